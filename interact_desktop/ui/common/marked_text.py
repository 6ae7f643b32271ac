"""Search hits drawn with their marked words: shared by the handbook's search and the notebook's.

A list item whose ``HTML_ROLE`` holds HTML is drawn as rich text; ``segments_html`` marks the
matched words of a snippet. Searches run after a short pause in typing (``TYPING_PAUSE_MS``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from interact_desktop.ui import USER_ROLE

HTML_ROLE = USER_ROLE + 1
TYPING_PAUSE_MS = 150


def segments_html(segments) -> str:
    return "".join(
        f"<b style='background-color:#ffe58a;color:#000'>{escape(s.text)}</b>"
        if s.marked
        else escape(s.text)
        for s in segments
    )


class HtmlDelegate(QStyledItemDelegate):
    """Draws a result as a bold title with marked words, and a grey snippet under it."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE) or escape(index.data() or ""))
        width = option.rect.width()
        if width <= 0 and option.widget is not None:  # size hints come before any layout
            tree = option.widget
            assert isinstance(tree, QTreeView), "the delegate draws the items of a tree"
            width = tree.viewport().width() - tree.indentation()
        document.setTextWidth(max(width, 120))
        return document

    def paint(self, painter, option, index) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)
