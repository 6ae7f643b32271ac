"""The search index on disk: built once per content and app version, verified on every open.

Layout under the cache dir: ``search/<key>/<lang>/`` (one Whoosh index per language) and
``search/<key>/manifest.json`` with the SHA-256 of every index file. ``key`` hashes the content
files and the app version, so new content or a new version builds a new index. A damaged index can
raise any exception in Whoosh, or none (random bytes may read as valid), so the manifest is checked
before an index is used, and anything that does not match is rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from interact_desktop.core.atomic import write_atomic
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.languages import LANGUAGES
from interact_desktop.core.search.analysis import stems
from interact_desktop.core.search.documents import SearchDocument, documents
from interact_desktop.core.search.pairs import common_stems, indexed_pairs, write_common
from interact_desktop.core.search.whoosh_analysis import stemmed_analyzer
from interact_desktop.core.search.word_list import write_word_list

if TYPE_CHECKING:
    from whoosh.index import FileIndex

INDEX_FORMAT = "5"  # 4: country notes; 5: pairs of common stems instead of `starts`
MANIFEST = "manifest.json"

Progress = Callable[[int, int], None]  # (done, total)


class BuildCancelled(Exception):
    """The build was stopped on request (the app is closing); nothing was put in place."""


def schema(lang: str) -> Schema:
    stemmed = stemmed_analyzer(lang)
    return Schema(
        kind=ID(stored=True),
        place=ID(stored=True, unique=True),
        title=TEXT(analyzer=stemmed, stored=True, field_boost=2.0),
        context=STORED(),
        body=TEXT(analyzer=stemmed, stored=True),
        # Two common stems that follow one another (see ``pairs``), as space-separated terms.
        title_pairs=KEYWORD(lowercase=False, scorable=True, field_boost=2.0),
        body_pairs=KEYWORD(lowercase=False, scorable=True),
    )


def content_key(content_root: Path, app_version: str) -> str:
    """A hash of every content file (names and bytes), the app version and the index format."""
    digest = hashlib.sha256(f"{app_version}\0{INDEX_FORMAT}\0".encode())
    for path in sorted(p for p in content_root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(content_root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


class IndexStore:
    def __init__(self, cache_dir: Path, key: str) -> None:
        self.root = cache_dir / "search"
        self.key = key
        self.directory = self.root / key

    def is_valid(self) -> bool:
        """True when the manifest exists and every index file matches it, and nothing is extra."""
        try:
            manifest = json.loads((self.directory / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        if manifest.get("key") != self.key or not isinstance(manifest.get("files"), dict):
            return False
        return _hashes(self.directory) == manifest["files"]

    def open(self, lang: str) -> FileIndex:
        return whoosh_index.open_dir(str(self.directory / lang))

    def build(
        self,
        handbook: Handbook,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        """Index every language into a fresh folder, then move it into place.

        ``cancelled`` is asked before each language; when it answers True the half-built folder is
        removed and :class:`BuildCancelled` raised.
        """
        # A folder of its own: two windows or two copies of the app may build at the same time.
        building = self.root / f".{self.key}.{os.getpid()}.{threading.get_ident()}.building"
        shutil.rmtree(building, ignore_errors=True)
        try:
            self._build_into(building, handbook, progress, cancelled)
            if not self.is_valid():
                shutil.rmtree(self.directory, ignore_errors=True)
                building.rename(self.directory)
        except OSError:
            if not self.is_valid():  # not another builder's complete index in place either
                raise
        finally:
            shutil.rmtree(building, ignore_errors=True)
        self._remove_others()

    def _build_into(
        self,
        building: Path,
        handbook: Handbook,
        progress: Progress | None,
        cancelled: Callable[[], bool],
    ) -> None:
        for number, lang in enumerate(LANGUAGES):
            if cancelled():  # between languages: Whoosh's writer cannot stop half-way cleanly
                raise BuildCancelled
            target = building / lang
            target.mkdir(parents=True)
            index = whoosh_index.create_in(str(target), schema(lang))
            writer = index.writer()
            texts: list[str] = []
            found = list(self.documents(handbook, lang))
            stemmed = [(stems(d.title, lang), stems(d.body, lang)) for d in found]
            common = common_stems(title + body for title, body in stemmed)
            for document, (title_stems, body_stems) in zip(found, stemmed, strict=True):
                texts += [document.title, document.body]
                writer.add_document(
                    kind=document.kind,
                    place=document.place,
                    title=document.title,
                    context=document.context,
                    body=document.body,
                    title_pairs=" ".join(indexed_pairs(title_stems, common)),
                    body_pairs=" ".join(indexed_pairs(body_stems, common)),
                )
            writer.commit()
            write_word_list(target, texts, lang)
            write_common(target, common)
            if progress is not None:
                progress(number + 1, len(LANGUAGES))
        manifest = {"key": self.key, "files": _hashes(building)}
        # A cache: no flush to disk needed, but never a half manifest, even before the rename.
        write_atomic(building / MANIFEST, json.dumps(manifest, indent=1), durable=False)

    def documents(self, handbook: Handbook, lang: str) -> Iterator[SearchDocument]:
        """What the index of ``lang`` holds: the handbook's documents (a benchmark adds more)."""
        return documents(handbook, lang)

    def _remove_others(self) -> None:
        """Indexes of other content or versions (folders being built are left to their builder)."""
        for path in self.root.iterdir():
            if path != self.directory and path.is_dir() and not path.name.startswith("."):
                shutil.rmtree(path, ignore_errors=True)


def _hashes(directory: Path) -> dict[str, str]:
    return {
        path.relative_to(directory).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and path.name != MANIFEST
    }
