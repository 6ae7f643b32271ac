"""Bookmarks: Ctrl+D toggles the page in view, the Bookmarks tab and menu list them.

The list in the tab is built after the first paint; until then the tab is an empty placeholder.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from interact_desktop.ui.common.actions import key_hint, make_action
from interact_desktop.ui.common.empty_state import empty_state

if TYPE_CHECKING:
    from interact_desktop.core.bookmarks import BookmarkStore
    from interact_desktop.ui.reader.bookmarks_panel import BookmarksPanel
    from interact_desktop.ui.shell import Shell


class BookmarksController(QObject):
    def __init__(self, shell: Shell, store: BookmarkStore, title_of: Callable[[str], str]) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        self.store = store
        self.title_of = title_of
        self.listed = False
        self.tab = QWidget()
        self.tab.setObjectName("bookmarksTab")
        self.panel: BookmarksPanel | None = None
        self.action = make_action(self, "bookmarkAction", self.toggle, ["Ctrl+D"], checkable=True)
        shell.menu("bookmarks").aboutToShow.connect(self._fill_menu)

    def build(self) -> None:
        """The list in the tab (after the first paint)."""
        from interact_desktop.ui.reader.bookmarks_panel import BookmarksPanel

        self.panel = BookmarksPanel()
        self.panel.setAccessibleName(self.tr("Bookmarks"))
        self.panel.placeRequested.connect(self.shell.open_place)
        self.panel.removeRequested.connect(self._remove)
        self.empty = empty_state("bookmarksEmpty")
        layout = QVBoxLayout(self.tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.panel, 1)
        self.retranslate()
        self.listed = True
        self.refresh()

    def toggle(self) -> None:
        if self.shell.place is None:
            return
        place = str(self.shell.place)
        if place in self.store:
            self.store.remove(place)
            self.shell.show_message(self.tr("Bookmark removed"), 3000)
        else:
            self.store.add(place)
            self.shell.show_message(self.tr("Bookmark added"), 3000)
        self.refresh()

    def _remove(self, place: str) -> None:
        self.store.remove(place)
        self.refresh()

    def refresh(self) -> None:
        if self.panel is not None:
            places = self.store.places()
            self.panel.populate(places, self.title_of)
            self.panel.setVisible(bool(places))
            self.empty.setVisible(not places)
        place = self.shell.place
        self.action.setChecked(self.listed and place is not None and str(place) in self.store)

    def _fill_menu(self) -> None:
        menu = self.shell.menu("bookmarks")
        menu.clear()
        menu.addAction(self.action)
        places = self.store.places()
        if places:
            menu.addSeparator()
        for place in places:
            action = menu.addAction(self.title_of(place))
            action.triggered.connect(lambda _=False, p=place: self.shell.open_place(p))

    def retranslate(self) -> None:
        self.shell.set_tab_title(self.tab, self.tr("Bookmarks"))
        self.action.setText(self.tr("Bookmark"))
        self.action.setToolTip(
            key_hint(self.tr("Add or remove a bookmark for this page (%1)"), "Ctrl+D")
        )
        if self.panel is not None:
            self.panel.setAccessibleName(self.tr("Bookmarks"))
            self.empty.setText(
                key_hint(
                    self.tr(
                        "No bookmarks yet. To keep a page at hand, open it and press %1 or the"
                        " bookmark button in the toolbar."
                    ),
                    "Ctrl+D",
                )
            )
