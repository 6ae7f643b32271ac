"""Search off the GUI thread: one background thread owns the index and the Whoosh searchers.

The work runs in a pool of one thread (``Background.serial``), so the index is built, searched
and closed by one job at a time. Requests carry a number; a request is skipped when a newer one
is already waiting, and only the answer to the newest request is shown, so results of an earlier
keystroke never replace newer ones. The index is checked (and built or rebuilt when needed) first,
with progress reported, while the reader stays usable.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal

from interact_desktop.core.content.handbook import Handbook
from interact_desktop.ui.common.background import Background, Report

if TYPE_CHECKING:
    from interact_desktop.core.search.searcher import HandbookSearch, SearchResult


class SearchAnswer(NamedTuple):
    """What one request finds: the hits, and words that complete the last word typed."""

    result: SearchResult
    completions: list[str]


class SearchService(QObject):
    """The GUI side: ask for a search, hear the newest answer."""

    progress = Signal(int, int)
    ready = Signal()
    failed = Signal(str)
    results = Signal(object)  # SearchResult of the newest request
    completed = Signal(str, list)  # the text asked for, and words that complete its last word

    def __init__(self, handbook: Handbook, cache_dir: Path, version: str) -> None:
        super().__init__()
        self._handbook = handbook
        self._cache_dir = cache_dir
        self._version = version
        self._background = Background.serial()
        self._search: HandbookSearch | None = None
        self._number = 0
        self._latest = 0  # written here, read by the job: a plain int is enough
        self._stopping = False  # likewise: set when the app closes, ends an index build early
        self.is_ready = False

    def start(self) -> None:
        """Check or build the index in the background."""
        self._background.run(self._prepare, done=self._on_ready, failed=self._on_failed,
                             progress=self.progress.emit)  # fmt: skip

    def _prepare(self, report: Report) -> HandbookSearch | None:
        from interact_desktop.core.search.index_store import BuildCancelled, IndexStore, content_key
        from interact_desktop.core.search.searcher import HandbookSearch

        store = IndexStore(self._cache_dir, content_key(self._handbook.root, self._version))
        if not store.is_valid():
            report(0, 5)
            try:
                store.build(self._handbook, report, lambda: self._stopping)
            except BuildCancelled:
                return None
        return HandbookSearch(store)

    def _on_ready(self, search: HandbookSearch | None) -> None:
        if search is None or self._stopping:
            if search is not None:
                search.close()
            return
        self._search = search
        self.is_ready = True
        self.ready.emit()

    def _on_failed(self, error: Exception) -> None:
        # Whatever failed (disk full, ...), the reader keeps working.
        self.failed.emit(str(error))

    def search(self, text: str, lang: str, kinds: tuple[str, ...]) -> int:
        self._number += 1
        number = self._latest = self._number
        search = self._search
        if search is None:
            return number

        def work(_report: Report) -> SearchAnswer | None:
            if number != self._latest:
                return None  # a newer request is waiting
            result = search.search(text, lang, kinds)
            completions = search.complete(text, "en" if lang == "all" else lang)
            return SearchAnswer(result, completions)

        self._background.run(work, done=lambda answer: self._on_answer(number, text, answer))
        return number

    def _on_answer(self, number: int, text: str, answer: SearchAnswer | None) -> None:
        if answer is None or number != self._number:
            return
        result, completions = answer
        self.results.emit(result)
        self.completed.emit(text, completions)

    def wait_idle(self, milliseconds: int = -1) -> bool:
        """Wait until no search is running or waiting; its answer is then queued to the GUI."""
        return self._background.wait(milliseconds)

    def shutdown(self) -> None:
        self._stopping = True
        self._background.wait()
        if self._search is not None:
            self._search.close()
            self._search = None
