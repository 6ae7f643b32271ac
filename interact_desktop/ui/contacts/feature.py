"""The user's own contacts for the roles the guidance names: Go > Your contacts, and a role link
in the text opening the entries for that role (call, write, copy).

The directory lives outside the encrypted notebook on purpose: at 2 a.m. the number must open
without the passphrase. Editing happens in a dialog; the reader shows the entries beside the
role links by itself (``core.contacts.inline``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from interact_desktop.core.content.model import localized
from interact_desktop.ui.common.actions import make_action

if TYPE_CHECKING:
    from interact_desktop.ui.contacts.contacts_dialog import ContactsDialog
    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.shell import Shell


class ContactsFeature(QObject):
    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.context = context
        self.shell = shell
        self.dialog: ContactsDialog | None = None
        self.action = make_action(self, "contactsAction", lambda: self.show(), icon="contacts")
        shell.add_action(self.action, "go")
        shell.handle_places("role", self.show_role)
        context.events.languageChanged.connect(self.retranslate)
        self.retranslate()

    def show(self, role_id: str = "") -> ContactsDialog:
        """The directory, with a new entry for ``role_id`` started when it has none."""
        if self.dialog is None:
            from interact_desktop.ui.contacts.contacts_dialog import ContactsDialog

            context = self.context
            self.dialog = ContactsDialog(
                context.contacts, context.handbook, context.lang, context, self.shell.widget()
            )
            context.events.languageChanged.connect(self.dialog.set_language)
        self.dialog.show()
        self.dialog.raise_()
        if role_id and not self.context.contacts.for_role(role_id):
            self.dialog.add(role_id)
        return self.dialog

    def show_role(self, role_id: str) -> bool:
        """A role link: its name in the status bar and the user's entries beside the pointer."""
        role = self.context.handbook.roles.get(role_id)
        if role is None:
            return False
        name = localized(role.name, self.context.lang)
        self.shell.show_message(name, 8000)
        from PySide6.QtGui import QCursor

        from interact_desktop.ui.contacts.role_popover import RolePopover

        popover = RolePopover(name, self.context.contacts.for_role(role_id), self.shell.widget())
        popover.editRequested.connect(lambda: self.show(role_id))
        popover.show_at(QCursor.pos())
        return True

    def retranslate(self) -> None:
        self.action.setText(self.tr("Your &contacts…"))
        self.action.setToolTip(
            self.tr("The numbers you call where the guidance names a role (no passphrase needed)")
        )
