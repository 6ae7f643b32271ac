"""Bookmarks of places in the handbook, kept in a small JSON file in the user data dir.

Bookmarks point at stable ids ("section:response-first-hours"), so they survive content updates and
work in every language. Writes go to a temporary file that replaces the old one, so a crash never
leaves a half-written list.
"""

from __future__ import annotations

from pathlib import Path

from interact_desktop.core.atomic import write_atomic


class BookmarkStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._loaded: list[str] | None = None  # read on first use, not at start-up

    @property
    def _places(self) -> list[str]:
        if self._loaded is None:
            self._loaded = self._read()
        return self._loaded

    def places(self) -> list[str]:
        return list(self._places)

    def __contains__(self, place: str) -> bool:
        return place in self._places

    def add(self, place: str) -> None:
        if place not in self._places:
            self._places.append(place)
            self._write()

    def remove(self, place: str) -> None:
        if place in self._places:
            self._places.remove(place)
            self._write()

    def _read(self) -> list[str]:
        import json

        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        places = data.get("bookmarks", []) if isinstance(data, dict) else []
        return [p for p in places if isinstance(p, str)]

    def _write(self) -> None:
        import json

        write_atomic(self.path, json.dumps({"version": 1, "bookmarks": self._places}, indent=2))
