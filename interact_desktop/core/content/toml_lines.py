"""Line numbers for values in a TOML file, so content errors point at ``file:line``.

``tomllib`` returns plain values without positions. Content files use a small, regular subset of
TOML (tables, arrays of tables, ``key = value`` and dotted keys on one line), so a line scan that
follows the same table paths is enough to find where a value was written.
"""

from __future__ import annotations

import re

_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.\-\s]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-\s]+?)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=")

Path = tuple[str | int, ...]


class TomlLines:
    """Where each table and key of one TOML text starts (1-based line numbers)."""

    def __init__(self, text: str) -> None:
        self._tables: dict[Path, int] = {(): 1}
        self._keys: dict[tuple[Path, str], int] = {}
        self._scan(text)

    def line(self, path: Path = (), key: str | None = None) -> int:
        """The line of ``key`` in the table at ``path``, else of the table, else of its parent."""
        if key is not None and (path, key) in self._keys:
            return self._keys[(path, key)]
        while path:
            if path in self._tables:
                return self._tables[path]
            path = path[:-1]
        return 1

    def _scan(self, text: str) -> None:
        counts: dict[Path, int] = {}
        latest: dict[tuple[str, ...], Path] = {}
        current: Path = ()
        in_multiline = False
        for number, raw in enumerate(text.splitlines(), start=1):
            if in_multiline:
                in_multiline = raw.count('"""') % 2 == 0
                continue
            if match := _ARRAY_HEADER.match(raw):
                names = _split(match.group(1))
                parent = self._resolve(names[:-1], latest)
                base = (*parent, names[-1])
                index = counts.get(base, 0)
                counts[base] = index + 1
                current = (*base, index)
                latest[tuple(names)] = current
                self._tables[current] = number
            elif match := _TABLE_HEADER.match(raw):
                names = _split(match.group(1))
                current = (*self._resolve(names[:-1], latest), names[-1])
                self._tables.setdefault(current, number)
            elif match := _KEY.match(raw):
                key = ".".join(_split(match.group(1)))
                self._keys.setdefault((current, key), number)
                in_multiline = raw.count('"""') % 2 == 1

    @staticmethod
    def _resolve(names: list[str], latest: dict[tuple[str, ...], Path]) -> Path:
        """The concrete path of a table named by ``names``: arrays resolve to their last element."""
        path: Path = ()
        for depth in range(1, len(names) + 1):
            prefix = tuple(names[:depth])
            path = latest[prefix] if prefix in latest else (*path, names[depth - 1])
        return path


def _split(dotted: str) -> list[str]:
    return [part.strip() for part in dotted.split(".")]
