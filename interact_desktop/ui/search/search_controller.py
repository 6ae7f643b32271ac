"""Connects the search panel, the search thread and the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from interact_desktop.ui.common.actions import key_hint
from interact_desktop.ui.search.search_panel import KIND_ORDER, SearchPanel
from interact_desktop.ui.services.search_service import SearchService

if TYPE_CHECKING:
    from interact_desktop.ui.shell import Shell


class SearchController(QObject):
    def __init__(self, shell: Shell, panel: SearchPanel, service: SearchService) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        self.panel = panel
        self.service = service
        self._progress = ""
        panel.searchRequested.connect(self._search)
        panel.results.placeRequested.connect(self._open)
        panel.field.leaveRequested.connect(self._leave)
        service.progress.connect(self._on_progress)
        service.ready.connect(self._on_ready)
        service.failed.connect(self._on_failed)
        service.results.connect(self._show)
        service.completed.connect(self._complete)

    def retranslate(self) -> None:
        self.panel.field.setPlaceholderText(key_hint(self.tr("Search the handbook (%1)"), "Ctrl+F"))
        self.panel.field.setAccessibleName(self.tr("Search"))
        self.panel.results.setAccessibleName(self.tr("Search results"))
        self.panel.scope.setAccessibleName(self.tr("Where to search"))
        self.panel.kind.setAccessibleName(self.tr("What to search"))
        self.panel.set_choices(
            [(self.tr("This language"), "current"), (self.tr("All five languages"), "all")],
            [(self.tr("Everything"), KIND_ORDER)]
            + [(name, (kind,)) for kind, name in self._group_names().items()],
        )
        if not self.service.is_ready and self._progress:
            self.panel.status.setText(self._progress)

    def language_changed(self, lang: str) -> None:
        self.panel.lang = lang
        if self.panel.field.text():
            self.panel.search_now()

    def _group_names(self) -> dict[str, str]:
        """The name of each kind of result, as a filter choice and as a group heading."""
        return {
            "section": self.tr("Sections"),
            "checklist": self.tr("Checklists"),
            "flowchart": self.tr("Flowcharts"),
            "glossary": self.tr("Glossary"),
            "country": self.tr("Country notes"),
        }

    def _search(self, text: str, lang: str, kinds: tuple) -> None:
        if not text.strip():
            self.panel.results.clear()
            if self.service.is_ready:
                self.panel.status.clear()
            return
        if self.service.is_ready:  # otherwise _on_ready searches for what the field holds then
            self.service.search(text, lang, kinds)

    def _show(self, result) -> None:
        from interact_desktop.core.search.analysis import words as split_words

        text = self.panel.field.text()
        searched = result.suggestion if result.corrected else text
        words = [word for word, _, _ in split_words(searched, self.panel.lang)]
        self.panel.results.show_hits(result.hits, self._group_names(), words, self.panel.lang)
        if result.corrected:
            message = self.tr("No results for “%1”. Showing results for “%2”.")
            self.panel.status.setText(message.replace("%1", text).replace("%2", result.suggestion))
        elif result.suggestion:
            self.panel.status.setText(self.tr("Did you mean: %1?").replace("%1", result.suggestion))
        elif not result.hits:
            self.panel.status.setText(
                self.tr(
                    "No results. Check the spelling, try fewer or other words, or choose"
                    " “All five languages” above."
                )
            )
        else:
            self.panel.status.setText(self.tr("%n result(s)", "", len(result.hits)))

    def _complete(self, asked: str, completions: list) -> None:
        if completions:
            self.panel.field.offer_completion(asked, completions[0])

    def _open(self, target: str, words: list) -> None:
        """A result: the place, in the result's language (side by side if it is not the UI's),
        with the words marked."""
        lang, _, place = target.partition("|")
        self.shell.open_place(place, lang=lang, highlight=words)

    def _leave(self) -> None:
        """Esc in the field: back to the text."""
        self.shell.focus_text()

    def _on_progress(self, done: int, total: int) -> None:
        message = self.tr("Preparing search: %1 of %2 languages…")
        self._progress = message.replace("%1", str(done)).replace("%2", str(total))
        self.panel.status.setText(self._progress)

    def _on_ready(self) -> None:
        self._progress = ""
        self.panel.status.clear()
        if self.panel.field.text():
            self.panel.search_now()

    def _on_failed(self, message: str) -> None:
        self.panel.status.setText(self.tr("Search is not available: %1").replace("%1", message))
