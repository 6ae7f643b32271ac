"""Search off the GUI thread: one worker thread owns the index and the Whoosh searchers.

Requests carry a number; the worker skips a request when a newer one is already waiting, and the
window ignores any answer that is not for the newest request, so results of an earlier keystroke
never replace newer ones. The index is checked (and built or rebuilt when needed) in the same
thread, with progress reported, while the reader stays usable.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from interact_desktop.core.content.handbook import Handbook


class _Worker(QObject):
    progress = Signal(int, int)
    ready = Signal()
    failed = Signal(str)
    answered = Signal(int, object, list)  # request number, SearchResult, completions

    def __init__(self, handbook: Handbook, cache_dir: Path, version: str) -> None:
        super().__init__()
        self._handbook = handbook
        self._cache_dir = cache_dir
        self._version = version
        self._search = None
        self.latest = 0  # written by the GUI thread, read here: a plain int is enough
        self.stopping = False  # likewise: set when the app closes, ends an index build early

    @Slot()
    def prepare(self) -> None:
        from interact_desktop.core.search.index_store import (
            BuildCancelled,
            IndexStore,
            content_key,
        )
        from interact_desktop.core.search.searcher import HandbookSearch

        try:
            store = IndexStore(self._cache_dir, content_key(self._handbook.root, self._version))
            if not store.is_valid():
                self.progress.emit(0, 5)
                store.build(
                    self._handbook,
                    lambda done, total: self.progress.emit(done, total),
                    lambda: self.stopping,
                )
            self._search = HandbookSearch(store)
        except BuildCancelled:
            return
        except Exception as error:  # whatever failed (disk full, ...), the reader keeps working
            self.failed.emit(str(error))
            return
        self.ready.emit()

    @Slot(int, str, str, tuple)
    def search(self, number: int, text: str, lang: str, kinds: tuple) -> None:
        if self._search is None or number != self.latest:
            return
        result = self._search.search(text, lang, kinds)
        completions = self._search.complete(text, "en" if lang == "all" else lang)
        self.answered.emit(number, result, completions)

    @Slot()
    def close(self) -> None:
        if self._search is not None:
            self._search.close()


class SearchService(QObject):
    """The GUI side: ask for a search, hear the newest answer."""

    progress = Signal(int, int)
    ready = Signal()
    failed = Signal(str)
    results = Signal(object)  # SearchResult of the newest request
    completed = Signal(str, list)  # the text asked for, and words that complete its last word
    _request = Signal(int, str, str, tuple)
    _prepare = Signal()
    _close = Signal()

    def __init__(self, handbook: Handbook, cache_dir: Path, version: str) -> None:
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName("searchThread")
        self._worker = _Worker(handbook, cache_dir, version)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.search)
        self._prepare.connect(self._worker.prepare)
        self._close.connect(self._worker.close)
        self._worker.progress.connect(self.progress)
        self._worker.ready.connect(self._on_ready)
        self._worker.failed.connect(self.failed)
        self._worker.answered.connect(self._on_answer)
        self._number = 0
        self._texts: dict[int, str] = {}
        self.is_ready = False
        self._thread.start()

    def start(self) -> None:
        """Check or build the index in the background."""
        self._prepare.emit()

    def search(self, text: str, lang: str, kinds: tuple[str, ...]) -> int:
        self._number += 1
        self._texts = {self._number: text}
        self._worker.latest = self._number
        self._request.emit(self._number, text, lang, kinds)
        return self._number

    def shutdown(self) -> None:
        self._worker.stopping = True
        self._close.emit()
        self._thread.quit()
        self._thread.wait()

    def _on_ready(self) -> None:
        self.is_ready = True
        self.ready.emit()

    def _on_answer(self, number: int, result, completions: list) -> None:
        if number == self._number:
            self.results.emit(result)
            self.completed.emit(self._texts.get(number, ""), completions)
