"""The list of bookmarks (bookmarksList): Enter opens, Delete removes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from interact_desktop.ui import USER_ROLE

PLACE_ROLE = USER_ROLE


class BookmarksPanel(QListWidget):
    placeRequested = Signal(str)
    removeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarksList")
        self.itemActivated.connect(lambda item: self.placeRequested.emit(item.data(PLACE_ROLE)))

    def populate(self, places: list[str], title_of: Callable[[str], str]) -> None:
        self.clear()
        for place in places:
            item = QListWidgetItem(title_of(place))
            item.setData(PLACE_ROLE, place)
            item.setToolTip(item.text())
            self.addItem(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        item = self.currentItem()
        if item is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removeRequested.emit(item.data(PLACE_ROLE))
            return
        super().keyPressEvent(event)
