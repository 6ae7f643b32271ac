"""A disk that fails on purpose, for tests: the notebook's writes fail from a chosen one on.

``FailingFileSystem(errno.ENOSPC, at=3)`` lets two writes through and fails the third and every
one after it, as a disk that has filled up stays full, until ``free()``. File operations raise the
``OSError`` the operating system would; statements that write to the database raise the error
SQLite gives for the same condition ("database or disk is full", "attempt to write a readonly
database", "disk I/O error"), so the notebook meets the failure where it would meet the real one.

With ``at=None`` nothing fails and ``writes`` lists every write an operation made: a test runs
the operation once to count them, then fails each in turn.

A full disk still lets files be removed (that is how space is freed); a read-only or failing one
does not. ``reads=True`` makes reads of the database fail too (a failing disk fails both).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from interact_desktop.core.notebook.connection import Connection, Cursor
from interact_desktop.core.notebook.database import writes
from interact_desktop.core.notebook.filesystem import FileSystem, OpenMode

#: What SQLite says for each failure, as (result code, its name, its message).
SQLITE_ERRORS = {
    errno.ENOSPC: (13, "SQLITE_FULL", "database or disk is full"),
    errno.EROFS: (8, "SQLITE_READONLY", "attempt to write a readonly database"),
    errno.EIO: (10, "SQLITE_IOERR", "disk I/O error"),
}


class FailingFileSystem(FileSystem):
    """A ``FileSystem`` whose writes fail from the ``at``-th on (1 is the first)."""

    def __init__(self, error: int = errno.ENOSPC, at: int | None = None, reads: bool = False):
        if error not in SQLITE_ERRORS:
            raise ValueError(f"no SQLite error for errno {error}")
        self.error = error
        self.at = at
        self.reads = reads
        self.writes: list[str] = []

    @property
    def failing(self) -> bool:
        """Whether the next write fails (and, with ``reads``, the next read)."""
        return self.at is not None and len(self.writes) + 1 >= self.at

    def fill(self) -> None:
        """The disk fails from the next write on."""
        self.at = len(self.writes) + 1

    def free(self) -> None:
        """The disk works again (space was freed, the stick unlocked)."""
        self.at = None

    def read_only(self, folder: Path) -> bool:
        return (self.error == errno.EROFS and self.failing) or super().read_only(folder)

    # -- the writes -------------------------------------------------------------------------

    def write_file(self, path: Path, data: bytes) -> None:
        self._write(f"write {path.name}")
        super().write_file(path, data)

    def make_folder(self, folder: Path) -> list[Path]:
        self._write(f"make folder {folder.name}")
        return super().make_folder(folder)

    def create_file(self, path: Path) -> None:
        self._write(f"create {path.name}")
        super().create_file(path)

    def copy_file(self, source: Path, target: Path) -> None:
        self._write(f"copy {source.name} to {target.parent.name}/{target.name}")
        super().copy_file(source, target)

    def replace(self, source: Path, target: Path) -> None:
        self._write(f"rename {source.name} to {target.name}")
        super().replace(source, target)

    def remove(self, path: Path) -> None:
        if self.error != errno.ENOSPC:
            self._write(f"remove {path.name}")
        super().remove(path)

    def make_private(self, path: Path) -> None:
        if self.error != errno.ENOSPC:
            self._write(f"chmod {path.name}")
        super().make_private(path)

    def connect(self, path: Path, mode: OpenMode = "write") -> Connection:
        return _FailingConnection(super().connect(path, mode), self)

    def _write(self, what: str) -> None:
        failing = self.failing
        self.writes.append(what)
        if failing:
            raise OSError(self.error, os.strerror(self.error), what)

    def _sql(self, sql: str) -> None:
        """Count a statement that writes; raise SQLite's error when the disk fails."""
        if writes(sql):
            failing = self.failing
            self.writes.append("sql " + " ".join(sql.split())[:40])
            if failing:
                raise self.sqlite_error()
        elif self.reads and self.failing:
            raise self.sqlite_error()

    def sqlite_error(self) -> Exception:
        import sqlcipher3

        code, name, message = SQLITE_ERRORS[self.error]
        error = sqlcipher3.OperationalError(message)
        error.sqlite_errorcode = code
        error.sqlite_errorname = name
        return error


class _FailingConnection:
    """A connection whose writing statements go through ``FailingFileSystem._sql`` first."""

    def __init__(self, connection: Connection, disk: FailingFileSystem) -> None:
        self._connection = connection
        self._disk = disk

    @property
    def in_transaction(self) -> bool:
        return self._connection.in_transaction

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Cursor:
        self._disk._sql(sql)
        return self._connection.execute(sql, parameters)

    def executescript(self, script: str, /) -> Cursor:
        self._disk._sql(script)
        return self._connection.executescript(script)

    def set_key(self, key: bytearray) -> None:
        self._connection.set_key(key)

    def reset_key(self, key: bytearray) -> None:
        self._disk._sql("PRAGMA rekey = ?")
        self._connection.reset_key(key)

    def close(self) -> None:
        self._connection.close()
