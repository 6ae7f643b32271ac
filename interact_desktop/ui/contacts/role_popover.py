"""What a click on a role link shows: the user's entries for that role, to call, write or copy."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from interact_desktop.core.contacts.model import Contact


def entry_html(contact: Contact) -> str:
    """An entry as rich text: phones as tel: links, addresses as mailto: links."""
    lines = [f"<b>{escape(contact.label)}</b>"]
    for phone in contact.phones:
        lines.append(f'<a href="tel:{escape(phone.dial)}">{escape(phone.number)}</a>')
    for address in contact.emails:
        lines.append(f'<a href="mailto:{escape(address)}">{escape(address)}</a>')
    lines.extend(escape(text) for text in (contact.hours, contact.note) if text)
    return "<br/>".join(lines)


def entry_text(contact: Contact) -> str:
    """An entry as plain text, for the clipboard (a message, a form, a phone)."""
    lines = [contact.label, *(p.number for p in contact.phones), *contact.emails]
    return "\n".join(line for line in (*lines, contact.hours, contact.note) if line)


class RolePopover(QFrame):
    """A small window by the pointer; Esc or a click elsewhere closes it."""

    editRequested = Signal()

    def __init__(self, role_name: str, entries: list[Contact], parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("rolePopover")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{escape(role_name)}</b>")
        layout.addWidget(title)
        for contact in entries:
            row = QHBoxLayout()
            label = QLabel(entry_html(contact))
            label.setObjectName("contactEntry")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            label.linkActivated.connect(lambda url: QDesktopServices.openUrl(url))
            row.addWidget(label, 1)
            copy = QPushButton(self.tr("Copy"))
            copy.setObjectName("copyContactButton")
            copy.setToolTip(self.tr("Copy this entry to the clipboard"))
            copy.clicked.connect(lambda _=False, c=contact: self._copy(c))
            row.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        if not entries:
            empty = QLabel(
                self.tr("You have no contact for this role yet. Add the number you would call.")
            )
            empty.setWordWrap(True)
            layout.addWidget(empty)
        edit = QPushButton(self.tr("Add or change contacts…") if entries else self.tr("Add…"))
        edit.setObjectName("editContactsButton")
        edit.clicked.connect(self._edit)
        layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignRight)
        self.setMaximumWidth(480)

    def _copy(self, contact: Contact) -> None:
        QGuiApplication.clipboard().setText(entry_text(contact))

    def _edit(self) -> None:
        self.close()
        self.editRequested.emit()

    def show_at(self, point: QPoint) -> None:
        self.adjustSize()
        screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        x = min(point.x(), area.right() - self.width())
        y = min(point.y() + 12, area.bottom() - self.height())
        self.move(max(x, area.left()), max(y, area.top()))
        self.show()
