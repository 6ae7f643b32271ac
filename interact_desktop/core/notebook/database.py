"""The notebook's one encrypted connection, shared by all its parts.

Every part (cases, notes, timeline, ...) holds the same ``Database``, so they see one transaction
at a time and all of them stop working at once when the notebook locks: after ``close`` every use
raises NotebookLocked instead of failing obscurely on a closed handle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from interact_desktop.core.notebook.errors import NotebookError, NotebookLocked, WrongPassphrase

DATABASE = "notebook.db"


class Cursor(Protocol):
    """The part of a DB-API cursor the notebook uses (sqlcipher3 ships no types)."""

    @property
    def lastrowid(self) -> int | None: ...

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Connection(Protocol):
    """The part of a DB-API connection the notebook uses: sqlcipher3's, or sqlite3's in tests."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...

    def executescript(self, script: str, /) -> Cursor: ...

    def close(self) -> None: ...


def now() -> str:
    """The time of a change, to the second, as stored in every table."""
    return dt.datetime.now().isoformat(timespec="seconds")


def configure(connection: Connection) -> None:
    """Settings of every notebook connection: foreign keys, overwrite what is deleted, WAL (a
    crash at any instant keeps the last commit), temporary data in memory only."""
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("PRAGMA journal_mode = WAL")


def connect(path: Path, key: bytes) -> Connection:
    """A connection to an encrypted database, or WrongPassphrase (nothing is written then)."""
    import sqlcipher3

    connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        connection.close()
        raise WrongPassphrase(
            "The passphrase does not open this notebook. Check it and try again."
        ) from None
    configure(connection)
    return connection


class Database:
    """The open connection of one notebook, until it is closed."""

    def __init__(self, connection: Connection) -> None:
        self._connection: Connection | None = connection

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
        return self.connection.execute(sql, parameters)

    def insert(self, sql: str, parameters: Sequence[Any]) -> int:
        """Run an INSERT; returns the id of the new row."""
        row_id = self.execute(sql, parameters).lastrowid
        if row_id is None:
            raise NotebookError("The notebook did not store the new entry.")
        return row_id

    def transaction(self) -> Transaction:
        return Transaction(self.connection)

    def close(self) -> None:
        """Empty the write-ahead log into the file, then close; closing twice is harmless."""
        if self._connection is not None:
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._connection.close()
            self._connection = None


class Transaction:
    """BEGIN ... COMMIT, or ROLLBACK on any error: every write is all or nothing. Nested uses
    join the outer transaction, so one part can call another inside its own write."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection
        self._outer = False

    def __enter__(self) -> Transaction:
        self._outer = not self._db.in_transaction
        if self._outer:
            self._db.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._outer:
            self._db.execute("COMMIT" if kind is None else "ROLLBACK")
