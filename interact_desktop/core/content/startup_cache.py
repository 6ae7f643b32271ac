"""The handbook's tree and one language's titles, kept between starts.

Reading them means parsing the structure TOML and opening every section file; at start-up that is
most of the app's own work before the first page shows. They are stored with ``marshal`` (built in,
nothing to import) and used only while the structure file and every section file of the language
have the same size and modification time as when they were stored.
"""

from __future__ import annotations

import contextlib
import marshal
from pathlib import Path

from interact_desktop.core.atomic import write_atomic_bytes
from interact_desktop.core.content.handbook import Handbook, load_handbook
from interact_desktop.core.content.model import TocNode

FORMAT = 1


def _fingerprint(root: Path, lang: str) -> tuple:
    entries = []
    for path in (root / "structure.toml", *sorted((root / "sections" / lang).glob("*.md"))):
        stat = path.stat()
        entries.append((path.name, stat.st_size, stat.st_mtime_ns))
    return (FORMAT, str(root), lang, tuple(entries))


def _tree(node: TocNode) -> tuple:
    return (node.id, tuple(_tree(child) for child in node.children))


def _node(data: tuple) -> TocNode:
    return TocNode(data[0], tuple(_node(child) for child in data[1]))


def load_with_cache(root: Path, lang: str, cache_file: Path) -> Handbook:
    """The handbook, its tree and ``lang`` titles from the cache when still valid."""
    try:
        fingerprint = _fingerprint(root, lang)
    except OSError:
        return load_handbook(root)
    try:
        stored = marshal.loads(cache_file.read_bytes())
        if stored["fingerprint"] == fingerprint:
            return Handbook.from_parts(
                root, tuple(_node(c) for c in stored["chapters"]), lang, stored["titles"]
            )
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        pass
    handbook = load_handbook(root)
    if not handbook.problems:
        titles = {node.id: handbook.title(node.id, lang) for node, _ in handbook.walk()}
        data = {
            "fingerprint": fingerprint,
            "chapters": tuple(_tree(c) for c in handbook.chapters),
            "titles": titles,
        }
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            write_atomic_bytes(cache_file, marshal.dumps(data), durable=False)
    return handbook
