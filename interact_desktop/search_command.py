"""``interact-desktop search``: hits with their place, title and snippet, and any suggestion."""

from __future__ import annotations

import sys
from pathlib import Path

from interact_desktop import __version__, paths
from interact_desktop.core.atomic import failure_kind, make_private_folder
from interact_desktop.core.content.handbook import load_handbook

MARK_START, MARK_END = "[", "]"


def run_search(query: str, lang: str, kind: str | None, basedir: Path | None) -> int:
    from interact_desktop.core.search.documents import KINDS
    from interact_desktop.core.search.index_store import IndexStore, content_key
    from interact_desktop.core.search.searcher import HandbookSearch

    if not query.strip():
        print("error: nothing to search for", file=sys.stderr)
        return 1
    handbook = load_handbook(paths.content_dir())
    cache = paths.UserPaths.for_basedir(basedir).cache
    store = IndexStore(cache, content_key(handbook.root, __version__))
    if not store.is_valid():
        print("Preparing the search index (first use)…", file=sys.stderr)
        try:
            make_private_folder(cache)
            store.build(handbook, lambda done, total: print(f"  {done}/{total}", file=sys.stderr))
        except OSError as error:
            print(f"error: {_index_problem(error, store.root)}", file=sys.stderr)
            return 1
    search = HandbookSearch(store)
    try:
        result = search.search(query, lang, (kind,) if kind else KINDS, typing=False)
    finally:
        search.close()
    if result.corrected:
        print(f"No results for “{query}”; showing results for “{result.suggestion}”.")
    elif result.suggestion:
        print(f"Did you mean: {result.suggestion}")
    for hit in result.hits:
        where = f" — {hit.context}" if hit.context else ""
        language = f"[{hit.lang}] " if lang == "all" else ""
        print(f"{language}{hit.place}\t{_text(hit.title)}{where}")
        if hit.snippet:
            print(f"    {' '.join(_text(hit.snippet).split())}")
    if not result.hits:
        print("No results.")
    return 0


def _index_problem(error: OSError, folder: Path) -> str:
    """Why the index could not be built, named for what it is, and what to do. The handbook and
    any index already there are untouched: an index is put in place only once complete."""
    kind = failure_kind(error)
    remedy = (
        "free some space, or give --basedir on another disk"
        if kind == "disk full"
        else "give --basedir on a writable disk"
    )
    return (
        f"{kind}: the search index cannot be built in {folder}; nothing else was changed. "
        f"To search, {remedy}."
    )


def _text(segments) -> str:
    return "".join(f"{MARK_START}{s.text}{MARK_END}" if s.marked else s.text for s in segments)
