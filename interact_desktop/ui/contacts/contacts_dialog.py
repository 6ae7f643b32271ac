"""Go > Your contacts: the directory by role, with add, change, delete, vCard import and export,
and the first-hour sheet for the wall."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.core.contacts.model import Contact
from interact_desktop.core.contacts.store import ContactsFileError
from interact_desktop.core.contacts.vcard import VCardError
from interact_desktop.core.settings import AUTHOR
from interact_desktop.ui.common.dialogs import ask_save_path
from interact_desktop.ui.common.storage_message import failure_text

if TYPE_CHECKING:
    from interact_desktop.core.content.handbook import Handbook
    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.services.contacts_service import ContactsService


class ContactsDialog(QDialog):
    sheetWritten = Signal(str)  # the first-hour sheet's path, once written

    def __init__(
        self,
        contacts: ContactsService,
        handbook: Handbook,
        lang: str,
        context: AppContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsDialog")
        self.contacts = contacts
        self.handbook = handbook
        self.context = context
        self.lang = lang
        self.problem = QLabel()
        self.problem.setObjectName("contactsProblem")
        self.problem.setWordWrap(True)
        self.set_aside_button = self._button("setAsideContactsButton", self._set_aside)
        self.tree = QTreeWidget()
        self.tree.setObjectName("contactsTree")
        self.tree.setColumnCount(2)
        self.tree.itemActivated.connect(lambda *_: self.edit())
        self.add_button = self._button("addContactButton", lambda: self.add())
        self.edit_button = self._button("editContactButton", self.edit)
        self.delete_button = self._button("deleteContactButton", self.delete)
        self.import_button = self._button("importContactsButton", lambda: self.import_file())
        self.export_button = self._button("exportContactsButton", lambda: self.export_file())
        self.sheet_button = self._button("firstHourSheetButton", lambda: self.export_sheet())
        self.close_button = self._button("closeContactsButton", self.close)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problem, 1)
        problem_row.addWidget(self.set_aside_button)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        for button in (self.import_button, self.export_button, self.sheet_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(problem_row)
        layout.addLayout(body)
        self.resize(860, 560)
        contacts.changed.connect(self.refresh)
        self.set_language(lang)

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- the list -----------------------------------------------------------------------------

    def refresh(self) -> None:
        directory = self.contacts.directory
        damaged = bool(self.contacts.problem)
        self.problem.setText(
            self.tr("Your contacts file cannot be read and was left as it is: %1").replace(
                "%1", self.contacts.problem
            )
            if damaged
            else ""
        )
        self.problem.setVisible(damaged)
        self.set_aside_button.setVisible(damaged)
        for button in (self.add_button, self.edit_button, self.delete_button, self.import_button):
            button.setEnabled(not damaged)
        self.tree.clear()
        roles = self.handbook.roles
        order = [*roles, *(r for r in directory.roles() if r not in roles)]
        for role_id in order:
            entries = directory.for_role(role_id)
            role = roles.get(role_id)
            name = role.title(self.lang) if role else role_id
            top = QTreeWidgetItem([name, "" if entries else self.tr("(none yet)")])
            top.setData(0, Qt.ItemDataRole.UserRole, role_id)
            self.tree.addTopLevelItem(top)
            for contact in entries:
                phone = contact.phones[0].number if contact.phones else ""
                child = QTreeWidgetItem([contact.label, phone])
                child.setData(0, Qt.ItemDataRole.UserRole, contact.id)
                top.addChild(child)
            top.setExpanded(bool(entries))
        self.tree.resizeColumnToContents(0)

    def selected(self) -> tuple[str, Contact | None]:
        """The role and the entry under the cursor (an entry's role is its parent's)."""
        item = self.tree.currentItem()
        if item is None:
            return "", None
        key = item.data(0, Qt.ItemDataRole.UserRole)
        parent = item.parent()
        if parent is None:
            return key, None
        return parent.data(0, Qt.ItemDataRole.UserRole), self.contacts.directory.get(key)

    # -- changes ------------------------------------------------------------------------------

    def add(self, role_id: str = "") -> None:
        from interact_desktop.ui.contacts.entry_editor import EntryEditor

        editor = EntryEditor(
            self.handbook.roles, self.lang, None, role_id or self.selected()[0], self
        )
        if editor.exec() and editor.result_contact is not None:
            directory = self.contacts.directory
            self._save(lambda: directory.with_added(editor.result_contact))

    def edit(self) -> None:
        from interact_desktop.ui.contacts.entry_editor import EntryEditor

        _role, contact = self.selected()
        if contact is None:
            return
        editor = EntryEditor(self.handbook.roles, self.lang, contact, parent=self)
        if editor.exec() and editor.result_contact is not None:
            directory = self.contacts.directory
            self._save(lambda: directory.with_replaced(editor.result_contact))

    def delete(self) -> None:
        _role, contact = self.selected()
        if contact is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete contact"),
            self.tr("Delete %1 from your contacts?").replace("%1", contact.label),
        )
        if answer == QMessageBox.StandardButton.Yes:
            directory = self.contacts.directory
            self._save(lambda: directory.without(contact.id))

    def _save(self, change) -> None:
        try:
            self.contacts.save(change())
        except (ContactsFileError, OSError, ValueError) as error:
            QMessageBox.warning(
                self,
                self.tr("Your contacts"),
                self.tr("Your contacts were not changed: %1").replace("%1", failure_text(error)),
            )

    def _set_aside(self) -> None:
        try:
            target = self.contacts.set_aside()
        except OSError as error:
            QMessageBox.warning(self, self.tr("Your contacts"), failure_text(error))
            return
        QMessageBox.information(
            self,
            self.tr("Your contacts"),
            self.tr("The damaged file was kept as %1. You can start a new list.").replace(
                "%1", str(target)
            ),
        )

    # -- files --------------------------------------------------------------------------------

    def import_file(self, source: Path | None = None) -> bool:
        """Import a .vcf: show what would change and ask; a bad file changes nothing."""
        from interact_desktop.core.contacts.transfer import apply_plan, plan_file
        from interact_desktop.ui.contacts.import_preview import ImportPreview

        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import contacts"), str(Path.home()),
                self.tr("vCard files (*.vcf *.vcard)"),
                options=QFileDialog.Option.DontUseNativeDialog,
            )  # fmt: skip
            if not chosen:
                return False
            source = Path(chosen)
        title = self.tr("Import contacts")
        try:
            plan = plan_file(self.contacts.store, source, self.handbook.roles)
        except (VCardError, ContactsFileError, OSError) as error:
            detail = str(error) if not isinstance(error, OSError) else error.strerror or str(error)
            QMessageBox.warning(
                self,
                title,
                self.tr("Nothing was imported; your contacts are unchanged.\n\n%1").replace(
                    "%1", detail
                ),
            )
            return False
        if plan.is_empty:
            QMessageBox.information(
                self, title, self.tr("Your contacts already hold everything in this file.")
            )
            return False
        preview = ImportPreview(plan, self)
        if not preview.exec():
            return False
        try:
            apply_plan(self.contacts.store, plan, preview.accepted_changes())
        except (ContactsFileError, OSError) as error:
            QMessageBox.warning(
                self,
                title,
                self.tr("Your contacts were not changed: %1").replace("%1", failure_text(error)),
            )
            return False
        self.contacts.reload()
        return True

    def export_file(self, target: Path | None = None) -> bool:
        from interact_desktop.core.contacts.transfer import export_file

        target = target or ask_save_path(
            self, self.tr("Export contacts"), "contacts", ".vcf",
            self.tr("vCard files (*.vcf)"), self.context.settings,
        )  # fmt: skip
        if target is None:
            return False
        try:
            export_file(self.contacts.store, target)
        except (ContactsFileError, OSError) as error:
            QMessageBox.warning(self, self.tr("Export contacts"), failure_text(error))
            return False
        return True

    def export_sheet(self, target: Path | None = None) -> bool:
        """The first-hour sheet as PDF, written in the background."""
        from interact_desktop.core.export.first_hour_pdf import FirstHourSheet

        title = self.tr("First-hour sheet")
        target = target or ask_save_path(
            self, title, "first-hour", ".pdf", self.tr("PDF documents (*.pdf)"),
            self.context.settings,
        )  # fmt: skip
        if target is None:
            return False
        sheet = FirstHourSheet(self.handbook, self.handbook.roles)
        directory, lang = self.contacts.directory, self.lang
        author = self.context.settings.get(AUTHOR)
        self.sheet_button.setEnabled(False)

        def failed(error: Exception) -> None:
            self.sheet_button.setEnabled(True)
            QMessageBox.warning(
                self,
                title,
                self.tr("The PDF could not be written: %1").replace("%1", failure_text(error)),
            )

        def done(_result: object) -> None:
            self.sheet_button.setEnabled(True)
            self.sheetWritten.emit(str(target))

        self.context.background.run(
            lambda _report: sheet.export(directory, target, lang, author=author),
            done=done,
            failed=failed,
        )
        return True

    # -- language -----------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.setWindowTitle(self.tr("Your contacts"))
        self.tree.setHeaderLabels([self.tr("Role and contact"), self.tr("Phone")])
        self.tree.setAccessibleName(self.tr("Your contacts, by role"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Change…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.import_button.setText(self.tr("&Import vCard…"))
        self.export_button.setText(self.tr("&Export vCard…"))
        self.sheet_button.setText(self.tr("First-hour &sheet (PDF)…"))
        self.sheet_button.setToolTip(
            self.tr("One page with the first-hour steps and your numbers, for the wall")
        )
        self.close_button.setText(self.tr("Close"))
        self.set_aside_button.setText(self.tr("Set the damaged file aside"))
        self.refresh()
