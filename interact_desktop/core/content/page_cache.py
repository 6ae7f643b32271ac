"""Rendered section pages kept in the cache dir, so start-up shows a page without Markdown.

An entry is valid for one app version and one exact source file (its size and modification time);
anything else is a miss and the page is rendered again. The pages are public handbook text only.
"""

from __future__ import annotations

from pathlib import Path

from interact_desktop.core.atomic import write_atomic


class PageCache:
    def __init__(self, directory: Path, version: str) -> None:
        self.directory = directory
        self.version = version

    def _entry(self, lang: str, section_id: str) -> Path:
        return self.directory / lang / f"{section_id}.html"

    def _key(self, source: Path) -> str | None:
        try:
            stat = source.stat()
        except OSError:
            return None
        return f"<!-- {self.version} {stat.st_size} {stat.st_mtime_ns} -->"

    def get(self, lang: str, section_id: str, source: Path) -> str | None:
        key = self._key(source)
        try:
            cached = self._entry(lang, section_id).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        first, _, html = cached.partition("\n")
        return html if key is not None and first == key else None

    def put(self, lang: str, section_id: str, source: Path, html: str) -> None:
        """Best effort: a cache that cannot be written only costs speed."""
        key = self._key(source)
        if key is None:
            return
        try:
            write_atomic(self._entry(lang, section_id), f"{key}\n{html}", durable=False)
        except OSError:
            return
