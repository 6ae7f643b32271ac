"""The notebook's one encrypted connection, shared by all its parts.

Every part (cases, notes, timeline, ...) holds the same ``Database``, so they see one transaction
at a time and all of them stop working at once when the notebook locks: after ``close`` every use
raises NotebookLocked instead of failing obscurely on a closed handle.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from interact_desktop.core.notebook.connection import Connection, Cursor
from interact_desktop.core.notebook.errors import (
    NotebookError,
    NotebookLocked,
    StorageError,
    storage_error,
)
from interact_desktop.core.notebook.filesystem import FileSystem
from interact_desktop.core.notebook.keys import sqlcipher_key, wipe

__all__ = ["DATABASE", "Connection", "Cursor", "Database", "Transaction", "connect"]

if TYPE_CHECKING:
    from interact_desktop.core.notebook.filesystem import OpenMode

DATABASE = "notebook.db"
#: The files SQLite keeps beside the database while it is open (or after a crash).
COMPANIONS = ("-wal", "-shm", "-journal")


class KeyRefused(Exception):
    """SQLCipher cannot read the first page with this key: the key is wrong, or the file is
    damaged. The caller knows which (from the header's key check); nothing was written."""


def now() -> str:
    """The time of a change, to the second, as stored in every table."""
    return dt.datetime.now().isoformat(timespec="seconds")


#: Statements that never write to the disk although they are not queries.
_NOT_WRITES = ("BEGIN", "ROLLBACK", "DETACH", "SELECT", "WITH", "EXPLAIN")
#: Pragmas that write (the others set up the connection or read).
_WRITING_PRAGMAS = ("WAL_CHECKPOINT", "REKEY", "JOURNAL_MODE", "USER_VERSION =")


def writes(sql: str) -> bool:
    """Whether an SQL statement, or any statement of a script, writes to the disk."""
    statements = [part for part in sql.split(";") if part.strip()]
    if len(statements) > 1:
        return any(writes(part) for part in statements)
    statement = " ".join(sql.split()).upper()
    if statement.startswith("PRAGMA"):
        return any(word in statement for word in _WRITING_PRAGMAS)
    return "SQLCIPHER_EXPORT" in statement or not statement.startswith(_NOT_WRITES)


def configure(connection: Connection, mode: OpenMode = "write") -> None:
    """Settings of every notebook connection: foreign keys, overwrite what is deleted, WAL (a
    crash at any instant keeps the last commit), temporary data in memory only. A read-only
    connection also refuses writes itself (query_only), whatever the disk would allow."""
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA temp_store = MEMORY")
    if mode == "write":
        connection.execute("PRAGMA journal_mode = WAL")
    else:
        connection.execute("PRAGMA query_only = ON")


def connect(
    path: Path, key: bytearray, files: FileSystem | None = None, mode: OpenMode = "write"
) -> Connection:
    """A keyed connection to an encrypted database.

    KeyRefused when the key does not open it ("probe" and "read" connections write nothing,
    not even on close); a StorageError (disk full, read-only, damaged...) when the disk fails.
    The key goes to SQLCipher through ``set_key``, never inside SQL text.
    """
    doing = "the notebook could not be opened"
    kept = "Nothing was changed."
    try:
        connection = (files or FileSystem()).connect(path, mode)
    except Exception as error:
        raise _typed(error, doing, kept, path.parent) from error
    blob = sqlcipher_key(key)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.set_key(blob)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        configure(connection, mode)
    except Exception as error:
        connection.close()
        if getattr(error, "sqlite_errorcode", None) == _SQLITE_NOTADB or (
            str(error) == "file is not a database"
        ):
            raise KeyRefused() from None
        raise _typed(error, doing, kept, path.parent) from error
    finally:
        wipe(blob)
    return connection


_SQLITE_NOTADB = 26


def _typed(error: BaseException, doing: str, kept: str, folder: Path | None) -> BaseException:
    """The typed error for a failure of the disk, or the failure itself when it is not one."""
    return storage_error(error, doing, kept, folder) or error


class Database:
    """The open connection of one notebook, until it is closed.

    A failure of the disk or the file surfaces as a typed StorageError (DiskFull,
    ReadOnlyMedium, DamagedFile, ...) that says what was kept; other errors are left as they are.
    """

    def __init__(
        self, connection: Connection, folder: Path | None = None, read_only: bool = False
    ) -> None:
        self._connection: Connection | None = connection
        self.folder = folder
        self.read_only = read_only

    @property
    def connection(self) -> Connection:
        """The open connection; once closed, every use says the notebook is locked."""
        if self._connection is None:
            raise NotebookLocked("The notebook is locked. Unlock it with the passphrase first.")
        return self._connection

    @property
    def closed(self) -> bool:
        return self._connection is None

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Cursor:
        connection = self.connection
        try:
            return connection.execute(sql, parameters)
        except Exception as error:
            if writes(sql):
                doing, kept = "the change could not be saved", "Everything saved before is kept."
            else:
                doing, kept = "the notebook could not be read", "Nothing was changed."
            raise _typed(error, doing, kept, self.folder) from error

    def insert(self, sql: str, parameters: Sequence[Any]) -> int:
        """Run an INSERT; returns the id of the new row."""
        row_id = self.execute(sql, parameters).lastrowid
        if row_id is None:
            raise NotebookError("The notebook did not store the new entry.")
        return row_id

    def transaction(self) -> Transaction:
        return Transaction(self)

    def close(self) -> StorageError | None:
        """Forget the connection, fold the write-ahead log into the file, close — in that order
        and whatever the disk says: the connection is dropped first and closed last, so a full
        disk cannot leave it open. Returns the disk's complaint (the log could not be folded in:
        the committed changes stay in notebook.db-wal and are read at the next unlock), or None.
        Closing twice is harmless."""
        connection, self._connection = self._connection, None
        if connection is None:
            return None
        problem: StorageError | None = None
        try:
            if not self.read_only:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as error:
            problem = _problem(error, self.folder)
        finally:
            try:
                connection.close()
            except Exception as error:
                problem = problem or _problem(error, self.folder)
        return problem


def _problem(error: BaseException, folder: Path | None) -> StorageError:
    """What locking reports when the disk refused its last write; the notebook is locked."""
    kept = (
        "The notebook is locked all the same. Every saved change is kept in its journal "
        "(notebook.db-wal) and is read back at the next unlock."
    )
    typed = storage_error(error, "the notebook's journal could not be folded into its file", kept,
                          folder)  # fmt: skip
    if isinstance(typed, StorageError):
        return typed
    return StorageError(f"Closing the notebook file failed ({error}). {kept}")


class Transaction:
    """BEGIN ... COMMIT, or ROLLBACK on any error: every write is all or nothing. Nested uses
    join the outer transaction, so one part can call another inside its own write. When the
    disk refuses the COMMIT, the transaction is rolled back and the typed error raised: the
    change is not saved, everything before it is."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._db = database.connection
        self._outer = False

    def __enter__(self) -> Transaction:
        self._outer = not self._db.in_transaction
        if self._outer:
            self._database.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if not self._outer:
            return
        if kind is None:
            try:
                self._database.execute("COMMIT")
                return
            except BaseException:
                self._rollback()
                raise
        self._rollback()

    def _rollback(self) -> None:
        """Undo what is not committed; SQLite may have rolled back already after a full disk,
        and the error that caused the rollback is the one to report."""
        if self._db.in_transaction:
            with contextlib.suppress(Exception):
                self._db.execute("ROLLBACK")
