"""The part of a DB-API connection the notebook uses, as types (sqlcipher3 ships none).

Apart from ``database`` so that the file system seam, which opens connections, and the database,
which uses them, do not import each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol


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

    def set_key(self, key: bytearray, /) -> Any: ...

    def reset_key(self, key: bytearray, /) -> Any: ...

    def close(self) -> None: ...
