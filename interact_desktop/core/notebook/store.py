"""The notebook database: create, unlock, lock, change the passphrase, upgrade the schema, check.

What the notebook holds is reached through its parts, which share the one connection:
``cases``, ``notes``, ``timeline``, ``checklists``, ``register`` (the export register) and
``search``. Each is a small class over one table (see its module); this class only opens and
closes the file they all write to, so locking closes every part at once.

Search indexes text analysed by the app in an FTS5 table inside the database, so no plaintext
index ever reaches the disk. Temporary tables and sorts stay in memory for the same reason.
"""

from __future__ import annotations

from pathlib import Path

from interact_desktop.core.notebook.cases import Cases
from interact_desktop.core.notebook.checklist_store import Checklists
from interact_desktop.core.notebook.database import (
    DATABASE,
    Connection,
    Database,
    Transaction,
    connect,
)
from interact_desktop.core.notebook.errors import NotebookError, NotebookLocked, WrongPassphrase
from interact_desktop.core.notebook.keys import Header, KeyParams, derive_key
from interact_desktop.core.notebook.notes import Notes
from interact_desktop.core.notebook.register import Register
from interact_desktop.core.notebook.schema import migrate
from interact_desktop.core.notebook.search import Search
from interact_desktop.core.notebook.timeline import Timeline

# Callers that open a notebook catch these; they are defined with the other parts' errors.
__all__ = ["Notebook", "NotebookError", "NotebookLocked", "WrongPassphrase"]


class Notebook:
    """One notebook folder and, while unlocked, its open database and the parts over it."""

    def __init__(self, folder: Path, connection: Connection) -> None:
        self.folder = folder
        self._database = Database(connection)
        self.search = Search(self._database)
        self.cases = Cases(self._database, self.search)
        self.notes = Notes(self._database, self.search, self.cases)
        self.timeline = Timeline(self._database, self.search, self.cases)
        self.checklists = Checklists(self._database, self.search, self.timeline)
        self.register = Register(self._database, self.timeline)

    @classmethod
    def exists(cls, folder: Path) -> bool:
        return (folder / DATABASE).exists()

    @classmethod
    def create(cls, folder: Path, passphrase: str) -> Notebook:
        if cls.exists(folder):
            raise NotebookError(f"A notebook already exists in {folder}.")
        if not passphrase:
            raise NotebookError("The passphrase cannot be empty.")
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        params = KeyParams.new()
        Header(params).write(folder)
        connection = connect(folder / DATABASE, derive_key(passphrase, params))
        notebook = cls(folder, connection)
        notebook._migrate()
        return notebook

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> Notebook:
        """Unlock with the current key, or with the pending one when a passphrase change or a
        restore was interrupted after the database had taken the new key."""
        if not cls.exists(folder):
            raise NotebookError(f"There is no notebook in {folder}.")
        header = Header.read(folder)
        for params in (header.current, header.pending):
            if params is None:
                continue
            try:
                connection = connect(folder / DATABASE, derive_key(passphrase, params))
            except WrongPassphrase:
                continue
            notebook = cls(folder, connection)
            if params is header.pending:  # a change was interrupted after the rekey
                Header(params).write(folder)
            notebook._migrate()
            return notebook
        raise WrongPassphrase("The passphrase does not open this notebook. Check it and try again.")

    def lock(self) -> None:
        """Close the database; every part says the notebook is locked from now on."""
        self._database.close()

    @property
    def locked(self) -> bool:
        return self._database.closed

    @property
    def connection(self) -> Connection:
        """The open connection (NotebookLocked once locked), for backups and administration."""
        return self._database.connection

    def transaction(self) -> Transaction:
        """All or nothing over several parts; the parts' own writes join it."""
        return self._database.transaction()

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rekey the database. The header names the new key as pending first, so a crash
        between the two writes leaves a notebook that one of the passphrases opens."""
        if not new_passphrase:
            raise NotebookError("The passphrase cannot be empty.")
        header = Header.read(self.folder)
        new = KeyParams.new()
        Header(header.current, pending=new).write(self.folder)
        key = derive_key(new_passphrase, new)
        self._database.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
        Header(new).write(self.folder)

    def _migrate(self) -> None:
        migrate(self.connection)

    @property
    def schema_version(self) -> int:
        version: int = self._database.execute("PRAGMA user_version").fetchone()[0]
        return version

    def verify(self) -> dict[str, int | str]:
        """Integrity check and counts, for administrators."""
        check = self._database.execute("PRAGMA integrity_check").fetchone()[0]
        counts = {
            table: self._database.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("cases", "notes", "timeline")
        }
        return {"integrity": check, **counts}
