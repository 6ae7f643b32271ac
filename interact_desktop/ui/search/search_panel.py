"""The search panel: a field (searchField) and results grouped by kind (searchResults).

Typing searches as you go (after a short pause); Up and Down move through the results from the
field, Enter opens the selected one, Esc clears the field and returns to the text.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.ui import USER_ROLE
from interact_desktop.ui.common.marked_text import (
    HTML_ROLE,
    TYPING_PAUSE_MS,
    HtmlDelegate,
    segments_html,
)

PLACE_ROLE = USER_ROLE
KIND_ORDER = ("section", "checklist", "flowchart", "glossary", "country")


class SearchResults(QTreeWidget):
    placeRequested = Signal(str, list)  # place, words to highlight

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setItemDelegate(HtmlDelegate(self))
        self.itemActivated.connect(self._open)
        self.itemClicked.connect(self._open)
        self.words: list[str] = []

    def show_hits(self, hits, group_names: dict[str, str], words: list[str], lang: str) -> None:
        """Results grouped by kind; a hit in another language than ``lang`` shows its code."""
        self.clear()
        self.words = words
        groups: dict[str, QTreeWidgetItem] = {}
        for kind in KIND_ORDER:
            kind_hits = [hit for hit in hits if hit.kind == kind]
            if not kind_hits:
                continue
            group = QTreeWidgetItem(self, [f"{group_names[kind]} ({len(kind_hits)})"])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            groups[kind] = group
            for hit in kind_hits:
                item = QTreeWidgetItem(group)
                title = segments_html(hit.title)
                context = (
                    f" <span style='color:gray'>— {escape(hit.context)}</span>"
                    if hit.context
                    else ""
                )
                language = (
                    f" <span style='color:gray'>[{hit.lang}]</span>" if hit.lang != lang else ""
                )
                snippet = segments_html(hit.snippet)
                html = f"<b>{title}</b>{context}{language}"
                if snippet:
                    html += f"<br/>{snippet}"
                item.setData(0, HTML_ROLE, html)
                item.setData(0, PLACE_ROLE, f"{hit.lang}|{hit.place}")
                item.setText(0, "".join(s.text for s in hit.title))
        self.expandAll()
        first = self.first_hit()
        if first is not None:
            self.setCurrentItem(first)

    def _groups(self) -> list[QTreeWidgetItem]:
        groups = [self.topLevelItem(index) for index in range(self.topLevelItemCount())]
        return [group for group in groups if group is not None]

    def _hits(self) -> list[QTreeWidgetItem]:
        hits = [group.child(c) for group in self._groups() for c in range(group.childCount())]
        return [hit for hit in hits if hit is not None]

    def first_hit(self) -> QTreeWidgetItem | None:
        for group in self._groups():
            if group.childCount():
                return group.child(0)
        return None

    def move_current(self, step: int) -> None:
        items = self._hits()
        if not items:
            return
        current = self.currentItem()
        position = items.index(current) if current in items else -1
        self.setCurrentItem(items[max(0, min(len(items) - 1, position + step))])

    def open_current(self) -> None:
        current = self.currentItem()
        if current is not None:
            self._open(current)

    def _open(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, PLACE_ROLE)
        if target:
            self.placeRequested.emit(target, self.words)


class SearchField(QLineEdit):
    """Up/Down/Enter/Esc drive the results while the focus stays in the field."""

    moveRequested = Signal(int)
    openRequested = Signal()
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deleting = False  # the last key removed text: offer no completion then

    def offer_completion(self, asked: str, completion: str) -> None:
        """Complete the word being typed in place, the added letters selected (typing replaces
        them, Right or End keeps them). Only while the text is still what was searched."""
        from interact_desktop.core.search.analysis import fold

        text = self.text()
        if text != asked or self.deleting or self.hasSelectedText():
            return
        if self.cursorPosition() != len(text) or not text or not text[-1].isalnum():
            return
        start = len(text)
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        typed = text[start:]
        if len(typed) < 2 or len(completion) <= len(typed):
            return
        if fold(completion[: len(typed)]) != fold(typed):
            return
        self.blockSignals(True)  # the completed text is not a new search
        self.setText(text + completion[len(typed) :])
        self.setSelection(len(text), len(completion) - len(typed))
        self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        key = event.key()
        self.deleting = key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        if key == Qt.Key.Key_Down:
            self.moveRequested.emit(1)
        elif key == Qt.Key.Key_Up:
            self.moveRequested.emit(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openRequested.emit()
        elif key == Qt.Key.Key_Escape:
            self.clear()
            self.leaveRequested.emit()
        else:
            super().keyPressEvent(event)


class SearchPanel(QWidget):
    """Field, scope and kind filters, status line and the results."""

    searchRequested = Signal(str, str, tuple)  # text, language or "all", kinds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.field = SearchField()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.scope = QComboBox()
        self.scope.setObjectName("searchScope")
        self.kind = QComboBox()
        self.kind.setObjectName("searchKind")
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.results = SearchResults()
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.scope)
        filters.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._emit_search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.scope.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.kind.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.field.moveRequested.connect(self.results.move_current)
        self.field.openRequested.connect(self.results.open_current)
        self.lang = "en"

    def set_choices(self, scopes: list[tuple[str, str]], kinds: list[tuple[str, tuple]]) -> None:
        """Fill the scope and kind lists with translated names, keeping the current choice."""
        for combo, entries in ((self.scope, scopes), (self.kind, kinds)):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for name, data in entries:
                combo.addItem(name, data)
            combo.setCurrentIndex(max(current, 0))
            combo.blockSignals(False)

    def search_now(self) -> None:
        self._timer.stop()
        self._emit_search()

    def _emit_search(self) -> None:
        scope = self.scope.currentData() or "current"
        lang = "all" if scope == "all" else self.lang
        kinds = self.kind.currentData() or KIND_ORDER
        self.searchRequested.emit(self.field.text(), lang, tuple(kinds))
