"""One entry of the directory, edited: roles, name, organisation, numbers, addresses, hours, note.

A value the model refuses (a phone number with letters, an address without @) is named under the
form and the dialog stays open with everything typed, so nothing is lost to a typo.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.core.contacts.model import Contact, ContactError, Phone
from interact_desktop.core.content.roles import Role
from interact_desktop.ui.common.theme import alert_colour


class EntryEditor(QDialog):
    def __init__(
        self,
        roles: dict[str, Role],
        lang: str,
        contact: Contact | None = None,
        role_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactEditor")
        self.setWindowTitle(self.tr("Contact") if contact is None else contact.label)
        self.original = contact
        self.result_contact: Contact | None = None
        self.role_list = QListWidget()
        self.role_list.setObjectName("contactRoles")
        chosen = set(contact.roles) if contact else {role_id}
        known = dict(roles)
        for extra in chosen - set(known) - {""}:  # a role from an imported card the guide lacks
            known[extra] = Role(extra, {})
        from PySide6.QtCore import Qt

        for rid, role in known.items():
            item = QListWidgetItem(role.title(lang))
            item.setData(Qt.ItemDataRole.UserRole, rid)
            item.setCheckState(Qt.CheckState.Checked if rid in chosen else Qt.CheckState.Unchecked)
            self.role_list.addItem(item)
        self.name = self._line("contactName", contact.name if contact else "")
        self.organisation = self._line(
            "contactOrganisation", contact.organisation if contact else ""
        )
        self.phones = QPlainTextEdit("\n".join(p.number for p in contact.phones) if contact else "")
        self.phones.setObjectName("contactPhones")
        self.phones.setTabChangesFocus(True)
        self.phones.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.emails = self._line("contactEmails", ", ".join(contact.emails) if contact else "")
        self.hours = self._line("contactHours", contact.hours if contact else "")
        self.note = QPlainTextEdit(contact.note if contact else "")
        self.note.setObjectName("contactNote")
        self.note.setTabChangesFocus(True)
        self.handover_key = self._line(
            "contactHandoverKey", contact.handover_key if contact else ""
        )
        self.handover_key.setPlaceholderText("age1…")
        self.error = QLabel()
        self.error.setObjectName("contactError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {alert_colour(self)}")
        form = QFormLayout()
        form.addRow(self.tr("For the roles:"), self.role_list)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Phone numbers (one per line):"), self.phones)
        form.addRow(self.tr("E-mail addresses:"), self.emails)
        form.addRow(self.tr("Hours:"), self.hours)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.tr("Hand-over key:"), self.handover_key)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def _line(self, name: str, text: str) -> QLineEdit:
        line = QLineEdit(text)
        line.setObjectName(name)
        return line

    def roles(self) -> list[str]:
        from PySide6.QtCore import Qt

        items = (self.role_list.item(i) for i in range(self.role_list.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def build(self) -> Contact:
        """The entry as typed; raises ContactError naming what is wrong. A number kept from
        the entry keeps its kind (mobile, fax, ...); a new one is a work number."""
        kinds = {p.number: p.kind for p in self.original.phones} if self.original else {}
        lines = [line.strip() for line in self.phones.toPlainText().splitlines() if line.strip()]
        phones = tuple(Phone(number, kinds.get(number, "work")) for number in lines)
        emails = tuple(part for part in self.emails.text().replace(";", ",").split(",") if part)
        fields = {
            "roles": tuple(self.roles()),
            "name": self.name.text(),
            "organisation": self.organisation.text(),
            "phones": phones,
            "emails": tuple(e.strip() for e in emails if e.strip()),
            "hours": self.hours.text(),
            "note": self.note.toPlainText(),
            "handover_key": self.handover_key.text(),
        }
        if self.original is not None:
            return self.original.edited(**fields)
        return Contact(**fields)  # type: ignore[arg-type]

    def accept(self) -> None:
        try:
            self.result_contact = self.build()
        except ContactError as error:
            self.error.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            return
        super().accept()
