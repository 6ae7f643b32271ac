"""Search in the window: the field in the toolbar (Ctrl+K), the Search tab (Ctrl+F) where the
results are listed, and its thread.

The tab is a placeholder until the first page is on screen; then the panel is built and the
search service checks or builds its index in the background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from interact_desktop.ui.common.actions import key_hint, make_action
from interact_desktop.ui.common.icons import icon
from interact_desktop.ui.search.toolbar_field import ToolbarSearchField

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
        shell.add_tab(self.tab, "", icon("search"))
        self.find_action = make_action(self, "findAction", self.focus, ["Ctrl+F"], icon="search")
        shell.add_action(self.find_action, "go")
        self.toolbar_field = ToolbarSearchField()
        self.toolbar_field.searchRequested.connect(self.search_for)
        self.toolbar_field.leaveRequested.connect(shell.focus_text)
        spacer = QWidget()  # the field goes to the toolbar's far end, where search fields are
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        shell.add_toolbar_widget(spacer)
        shell.add_toolbar_widget(self.toolbar_field)
        self.toolbar_action = make_action(
            self, "toolbarSearchAction", self.focus_toolbar_field, ["Ctrl+K"]
        )
        shell.add_action(self.toolbar_action, "go")
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

    def focus_toolbar_field(self) -> None:
        self.toolbar_field.setFocus()
        self.toolbar_field.selectAll()

    def search_for(self, text: str) -> bool:
        """Search from elsewhere (the toolbar's field, the start page's): the search tab with
        ``text`` typed, searched at once."""
        self._build()
        assert self.panel is not None
        self.focus()
        self.panel.field.setText(text)
        self.panel.search_now()
        return True

    def _language_changed(self, code: str) -> None:
        self.retranslate()
        if self.controller is not None:
            self.controller.language_changed(code)

    def retranslate(self) -> None:
        self.shell.set_tab_title(self.tab, self.tr("Search"))
        self.find_action.setText(self.tr("Search the handbook"))
        self.toolbar_action.setText(self.tr("Search field in the toolbar"))
        self.toolbar_field.setPlaceholderText(key_hint(self.tr("Search (%1)"), "Ctrl+K"))
        self.toolbar_field.setAccessibleName(self.tr("Search the guide"))
        self.toolbar_field.search_action.setText(self.tr("Search"))
        self.toolbar_field.setToolTip(
            self.tr("Type words and press Enter: the results are listed in the Search tab")
        )
        if self.controller is not None:
            self.controller.retranslate()
