"""The search field in the toolbar (toolbarSearchField, Ctrl+K): always in sight, Enter searches.

The results go to the Search tab, as a search typed there would; Esc clears the field and
returns to the text.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from interact_desktop.ui.common.icons import icon

WIDTH = 260  # room for a few words; the toolbar keeps the rest for navigation and languages


class ToolbarSearchField(QLineEdit):
    searchRequested = Signal(str)
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolbarSearchField")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(WIDTH * 2 // 3)
        self.setMaximumWidth(WIDTH)
        # The magnifier at the field's start searches too (a screen reader says its text).
        self.search_action = self.addAction(
            icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search_action.setObjectName("toolbarSearchButton")
        self.search_action.triggered.connect(self._search)
        self.returnPressed.connect(self._search)

    def _search(self) -> None:
        if text := self.text().strip():
            self.searchRequested.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.leaveRequested.emit()
            return
        super().keyPressEvent(event)
