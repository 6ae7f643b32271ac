"""The contacts directory for the UI: read once, re-read after every change, ``changed`` told.

A damaged file is never overwritten: the service reports it (``problem``) and refuses changes
until the user sets the file aside, so a repairable file full of numbers is not lost to a save.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.model import Contact
from interact_desktop.core.contacts.store import ContactsFileError, ContactStore


class ContactsService(QObject):
    changed = Signal()

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.store = ContactStore(path)
        self._directory: Directory | None = None
        self.problem = ""  # why the file could not be read, or ""

    @property
    def directory(self) -> Directory:
        return self._read()

    def _read(self) -> Directory:
        """The directory, read once; ``problem`` says why it is empty when the file is damaged."""
        if self._directory is None:
            try:
                self._directory = self.store.load()
                self.problem = ""
            except ContactsFileError as error:
                self._directory = Directory()
                self.problem = str(error)
        return self._directory

    def for_role(self, role_id: str) -> list[Contact]:
        return self.directory.for_role(role_id)

    def save(self, directory: Directory) -> None:
        """Write ``directory``. Raises ContactsFileError while the file on disk is damaged and
        OSError when it cannot be written; the directory on screen is then unchanged."""
        self._read()  # first: a damaged file is known, and never written over
        if self.problem:
            raise ContactsFileError(self.problem)
        self.store.save(directory)
        self.reload()

    def set_aside(self) -> Path:
        """Move a damaged file aside so a new directory can start."""
        target = self.store.set_aside()
        self.reload()
        return target

    def reload(self) -> None:
        self._directory = None
        self.changed.emit()
