"""Help > Keyboard shortcuts (F1): every shortcut of the window, named as the user's system and
language name keys (Qt's native text), read from the actions themselves so the list can never
disagree with what the keys do."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what the action does, its main keys) for each action with a shortcut, once each. The
    alternatives (Ctrl+= beside Ctrl++, a keyboard's Back key) work but are not listed."""
    rows: list[tuple[str, str]] = []
    for action in actions:
        main = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        text = text.removesuffix("…").removesuffix("...")
        row = (text, main)
        if text and row[1] and row not in rows:
            rows.append(row)
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window.findChildren(QAction))
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for number, (text, keys) in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(text))
            self.table.setItem(number, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)
