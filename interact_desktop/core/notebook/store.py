"""The notebook database: create, unlock, lock, change the passphrase, upgrade the schema, check.

What the notebook holds is reached through its parts, which share the one connection:
``cases``, ``notes``, ``timeline``, ``checklists``, ``register`` (the export register),
``search`` and ``handover_key``. Each is a small class over one table (see its module); this
class only opens and closes the file they all write to, so locking closes every part at once.

Search indexes text analysed by the app in an FTS5 table inside the database, so no plaintext
index ever reaches the disk. Temporary tables and sorts stay in memory for the same reason.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from interact_desktop.core.notebook.cases import Cases
from interact_desktop.core.notebook.checklist_store import Checklists
from interact_desktop.core.notebook.database import (
    COMPANIONS,
    DATABASE,
    Connection,
    Database,
    Transaction,
    connect,
)
from interact_desktop.core.notebook.errors import (
    NotebookError,
    NotebookLocked,
    ReadOnlyMedium,
    StorageError,
    WrongPassphrase,
    storage_error,
)
from interact_desktop.core.notebook.filesystem import FileSystem
from interact_desktop.core.notebook.handover_key import HandoverKey
from interact_desktop.core.notebook.keys import (
    HEADER,
    Header,
    KeyParams,
    derive_key,
    new_notebook_id,
    normalised,
    sqlcipher_key,
    wipe,
)
from interact_desktop.core.notebook.notes import Notes
from interact_desktop.core.notebook.register import Register
from interact_desktop.core.notebook.schema import SCHEMA_VERSION, migrate
from interact_desktop.core.notebook.search import Search
from interact_desktop.core.notebook.timeline import Timeline
from interact_desktop.core.notebook.unlocking import open_database

# Callers that open a notebook catch these; they are defined with the other parts' errors.
__all__ = ["Notebook", "NotebookError", "NotebookLocked", "StorageError", "WrongPassphrase"]

_UNCHANGED = "The passphrase was not changed; the old one still opens the notebook."


class Notebook:
    """One notebook folder and, while unlocked, its open database and the parts over it.

    While unlocked it holds its key (to seal backups) in a buffer that ``lock`` overwrites.
    ``files`` is where its writes go: the real disk unless a test hands it a failing one.
    """

    def __init__(
        self,
        folder: Path,
        connection: Connection,
        *,
        files: FileSystem | None = None,
        key: bytearray | None = None,
        params: KeyParams | None = None,
        notebook_id: str = "",
        read_only: bool = False,
    ) -> None:
        self.folder = folder
        self.files = files or FileSystem()
        self.notebook_id = notebook_id
        self._key = key
        self._params = params
        self._database = Database(connection, folder, read_only)
        self.search = Search(self._database)
        self.cases = Cases(self._database, self.search)
        self.notes = Notes(self._database, self.search, self.cases)
        self.timeline = Timeline(self._database, self.search, self.cases)
        self.checklists = Checklists(self._database, self.search, self.timeline)
        self.register = Register(self._database, self.timeline)
        self.handover_key = HandoverKey(self._database)

    @classmethod
    def exists(cls, folder: Path) -> bool:
        return (folder / DATABASE).exists()

    @classmethod
    def create(cls, folder: Path, passphrase: str, files: FileSystem | None = None) -> Notebook:
        """A new notebook in ``folder``. If anything fails (a full disk), what this call made is
        removed again, so trying again works."""
        if cls.exists(folder):
            raise NotebookError(f"A notebook already exists in {folder}.")
        if not passphrase:
            raise NotebookError("The passphrase cannot be empty.")
        files = files or FileSystem()
        made: list[Path] = []
        written: list[Path] = []
        connection: Connection | None = None
        key: bytearray | None = None
        try:
            made = files.make_folder(folder)
            params = KeyParams.new()
            key = derive_key(normalised(passphrase), params)
            params = params.with_check(key)
            notebook_id = new_notebook_id()
            written.append(folder / HEADER)
            Header(params, notebook=notebook_id).write(folder, files)
            written.extend(folder / f"{DATABASE}{suffix}" for suffix in ("", *COMPANIONS))
            files.create_file(folder / DATABASE)
            connection = connect(folder / DATABASE, key, files)
            notebook = cls(folder, connection, files=files, key=key, params=params,
                           notebook_id=notebook_id)  # fmt: skip
            notebook._migrate()
            return notebook
        except BaseException as error:
            if connection is not None:
                _close_quietly(connection)
            wipe(key)
            left = _remove(files, written, made)
            kept = (
                "No notebook was created, and nothing of it was left behind."
                if not left
                else "No notebook was created, but these files could not be removed: "
                + ", ".join(str(path) for path in left)
                + ". Delete them before trying again."
            )
            typed = storage_error(error, "the notebook could not be created", kept, folder)
            if typed is None or typed is error:
                raise
            raise typed from error

    @classmethod
    def open(cls, folder: Path, passphrase: str, files: FileSystem | None = None) -> Notebook:
        """Unlock. WrongPassphrase and the storage errors (DamagedFile, UnsafeKeyParameters,
        DiskFull, ...) leave every file as it was.

        The current key opens it, or the pending one when a passphrase change or a restore was
        interrupted after the database had taken the new key. On a read-only medium the notebook
        opens read-only (``read_only``; every write raises ReadOnlyMedium). Once open, it tidies
        up where the disk lets it: a finished change leaves no pending key, the header records
        the key check and the notebook's identity, files are made private, and a notebook keyed
        from the passphrase as typed is re-keyed from its NFC form."""
        if not cls.exists(folder):
            raise NotebookError(f"There is no notebook in {folder}.")
        files = files or FileSystem()
        header = Header.read(folder)
        read_only = files.read_only(folder)
        opened = open_database(folder / DATABASE, header, passphrase, files, read_only)
        notebook = cls(
            folder,
            opened.connection,
            files=files,
            key=opened.key,
            params=opened.params,
            notebook_id=header.notebook,
            read_only=read_only,
        )
        try:
            if read_only:
                notebook._refuse_old_schema()
                return notebook
            notebook._migrate()
            notebook._settle(header, opened.as_typed, passphrase)
        except BaseException:
            notebook.lock()
            raise
        return notebook

    def lock(self) -> StorageError | None:
        """Lock: always, whatever the disk says.

        The contract: when this returns, the database connection is closed, the key is
        overwritten and forgotten, and every part raises NotebookLocked. It never raises. If the
        disk refused the last write (the write-ahead log could not be folded into the file: a
        full, read-only or failing disk), the complaint is returned — a StorageError whose
        message says the notebook is locked and the saved changes are kept in its journal — for
        the caller to show after it has hidden everything. None when all went well.
        """
        try:
            problem = self._database.close()
        finally:
            key, self._key = self._key, None
            wipe(key)
        return problem

    @property
    def locked(self) -> bool:
        return self._database.closed

    @property
    def read_only(self) -> bool:
        """Opened read-only because its disk cannot be written (a write-protected stick)."""
        return self._database.read_only

    @property
    def connection(self) -> Connection:
        """The open connection (NotebookLocked once locked), for backups and administration."""
        return self._database.connection

    @property
    def key_params(self) -> KeyParams:
        """The parameters of the key that opened the database (NotebookLocked once locked)."""
        if self._params is None or self.locked:
            raise NotebookLocked("The notebook is locked. Unlock it with the passphrase first.")
        return self._params

    def key(self) -> bytearray:
        """The key itself, to seal a backup; NotebookLocked once locked. Do not keep it."""
        if self._key is None or self.locked:
            raise NotebookLocked("The notebook is locked. Unlock it with the passphrase first.")
        return self._key

    def ensure_passphrase_can_change(self) -> None:
        """ReadOnlyMedium when the notebook was opened read-only, so a command can refuse before
        it asks for a new passphrase."""
        if self.read_only:
            raise ReadOnlyMedium(
                "The disk is read-only (write-protected or mounted read-only): the passphrase "
                "cannot be changed on it. The old passphrase still opens the notebook."
            )

    def transaction(self) -> Transaction:
        """All or nothing over several parts; the parts' own writes join it."""
        return self._database.transaction()

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rekey the database. The header names the new key as pending first, so a crash
        between the two writes leaves a notebook that one of the passphrases opens."""
        if not new_passphrase:
            raise NotebookError("The passphrase cannot be empty.")
        self.ensure_passphrase_can_change()
        connection = self.connection
        current = self.key_params
        params = KeyParams.new()
        key = derive_key(normalised(new_passphrase), params)
        params = params.with_check(key)
        blob = sqlcipher_key(key)
        try:
            try:
                Header(current, pending=params, notebook=self.notebook_id).write(
                    self.folder, self.files
                )
                connection.reset_key(blob)
            except BaseException as error:
                wipe(key)
                typed = storage_error(error, "the passphrase could not be changed", _UNCHANGED,
                                      self.folder)  # fmt: skip
                if typed is None or typed is error:
                    raise
                raise typed from error
        finally:
            wipe(blob)
        old, self._key, self._params = self._key, key, params
        wipe(old)
        try:
            Header(params, notebook=self.notebook_id).write(self.folder, self.files)
        except OSError as error:
            kept = (
                "The passphrase was changed all the same: the new one opens the notebook, and "
                "its key file is finished at the next unlock."
            )
            raise storage_error(error, "the key file could not be updated", kept,
                                self.folder) or error from error  # fmt: skip

    def _migrate(self) -> None:
        try:
            migrate(self.connection)
        except Exception as error:
            kept = "The upgrade is all or nothing: the notebook is as it was."
            typed = storage_error(error, "the notebook's upgrade could not be saved", kept,
                                  self.folder)  # fmt: skip
            if typed is None or typed is error:
                raise
            raise typed from error

    def _refuse_old_schema(self) -> None:
        if self.schema_version < SCHEMA_VERSION:
            raise ReadOnlyMedium(
                "The disk is read-only (write-protected or mounted read-only), and this notebook "
                "needs an upgrade that must be written before it can be used. Nothing was "
                "changed. Open it once from a writable disk."
            )

    def _settle(self, header: Header, as_typed: bool, passphrase: str) -> None:
        """Tidy up after unlocking, where the disk lets it; the old state still opens the
        notebook, so a refusal here is left for the next unlock."""
        tidy = Header(self.key_params, notebook=header.notebook or new_notebook_id())
        try:
            if tidy != header:
                tidy.write(self.folder, self.files)
                self.notebook_id = tidy.notebook
            self.files.make_private(self.folder)
            for name in (HEADER, DATABASE, *(f"{DATABASE}{suffix}" for suffix in COMPANIONS)):
                if (self.folder / name).exists():
                    self.files.make_private(self.folder / name)
        except OSError:
            pass
        if as_typed:
            # Still keyed from the form as typed if the disk refuses: tried again next time.
            with contextlib.suppress(StorageError):
                self.change_passphrase(normalised(passphrase))

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


def _close_quietly(connection: Connection) -> None:
    with contextlib.suppress(Exception):
        connection.close()


def _remove(files: FileSystem, paths: list[Path], folders: list[Path]) -> list[Path]:
    """Remove ``paths`` and then the (empty) ``folders``, innermost first; returns what could
    not be removed."""
    left = []
    for path in paths:
        try:
            files.remove(path)
        except OSError:
            left.append(path)
    for folder in reversed(folders):
        files.remove_folder(folder)
    return left
