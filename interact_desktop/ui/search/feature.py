"""Search in the window: the Search tab (Ctrl+F, Ctrl+K) and its thread.

The tab is a placeholder until the first page is on screen; then the panel is built and the
search service checks or builds its index in the background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from interact_desktop.ui.common.actions import make_action

if TYPE_CHECKING:
    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.search.search_controller import SearchController
    from interact_desktop.ui.search.search_panel import SearchPanel
    from interact_desktop.ui.shell import Shell


class SearchFeature(QObject):
    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.context = context
        self.shell = shell
        self.tab = QWidget()
        self.tab.setObjectName("searchTab")
        self.panel: SearchPanel | None = None
        self.controller: SearchController | None = None
        shell.add_tab(self.tab, "")
        self.find_action = make_action(self, "findAction", self.focus, ["Ctrl+F", "Ctrl+K"])
        shell.add_action(self.find_action, "go")
        context.events.startupFinished.connect(self._build)
        context.events.searchFocusRequested.connect(self.focus)
        shell.handle_places("search", self.search_for)
        context.events.languageChanged.connect(self._language_changed)
        self.retranslate()

    def _build(self) -> None:
        from interact_desktop.ui.search.search_controller import SearchController
        from interact_desktop.ui.search.search_panel import SearchPanel

        if self.controller is not None:
            return
        self.panel = SearchPanel()
        layout = QVBoxLayout(self.tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        service = self.context.search
        self.controller = SearchController(self.shell, self.panel, service)
        self.controller.retranslate()
        self.controller.language_changed(self.context.lang)
        service.start()

    def focus(self) -> None:
        if self.panel is None:
            return
        self.shell.show_tab(self.tab)
        self.panel.field.setFocus()
        self.panel.field.selectAll()

    def search_for(self, text: str) -> bool:
        """Search from elsewhere (the start page's field): the search tab with ``text`` typed."""
        self._build()
        assert self.panel is not None
        self.focus()
        self.panel.field.setText(text)
        return True

    def _language_changed(self, code: str) -> None:
        self.retranslate()
        if self.controller is not None:
            self.controller.language_changed(code)

    def retranslate(self) -> None:
        self.shell.set_tab_title(self.tab, self.tr("Search"))
        self.find_action.setText(self.tr("Search the handbook"))
        if self.controller is not None:
            self.controller.retranslate()
