"""Search over a corpus ten times the shipped handbook: index build time and query p95.

The corpus is the handbook's own documents (every language) and nine synthetic variants of each:
the same title, and a body whose sentences are drawn (fixed seed) from the documents of the same
language, so the vocabulary and word frequencies are the handbook's while every posting list is
about ten times as long. The queries are ``search_queries.tsv``, as in ``search``.

Baselines, in the same run over the same documents: SQLite FTS5 (one table per language, folded
text, unicode61), built and queried as in ``search``.
Each figure also as CPU time of this process (``_cpu``), which the waiting for a core on a
shared machine does not inflate.
Targets (issue 15): query p95 <= 20 ms; build <= 120 s (the app builds in the background).
"""

from __future__ import annotations

import random
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from benchmarks.report import Timer, emit
from benchmarks.search import _Fts5, _load_queries, _percentile
from interact_desktop import paths
from interact_desktop.core.content.handbook import Handbook, load_handbook
from interact_desktop.core.search.documents import SearchDocument, documents
from interact_desktop.core.search.index_store import IndexStore
from interact_desktop.core.search.searcher import HandbookSearch

TIMES = 10
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


def tenfold(handbook: Handbook, lang: str) -> list[SearchDocument]:
    """The handbook's documents of ``lang`` and nine variants of each (see the module's text)."""
    originals = list(documents(handbook, lang))
    sentences = [s for d in originals for s in _SENTENCE_END.split(d.body) if s.strip()]
    rng = random.Random(f"search_10x {lang}")
    corpus = list(originals)
    for copy in range(1, TIMES):
        for document in originals:
            count = max(1, len(_SENTENCE_END.split(document.body)))
            body = " ".join(rng.choice(sentences) for _ in range(count))
            corpus.append(document._replace(place=f"{document.place}~{copy}", body=body))
    return corpus


class TenfoldIndexStore(IndexStore):
    """The app's index store over the tenfold corpus."""

    def documents(self, handbook: Handbook, lang: str) -> Iterator[SearchDocument]:
        return iter(tenfold(handbook, lang))


def run() -> list[dict]:
    handbook = load_handbook(paths.content_dir())
    queries = _load_queries()
    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        store = TenfoldIndexStore(scratch_dir / "whoosh", "benchmark")
        with Timer() as build:
            store.build(handbook)
        with Timer() as fts5_build:
            fts5 = _Fts5(handbook, scratch_dir, source=tenfold)

        search = HandbookSearch(store)
        for lang, _, query in queries:  # the first pass opens searchers and word lists
            search.search(query, lang, limit=10, typing=False)
            fts5.search(query, lang)
        ours, theirs = [], []
        for lang, _, query in queries:
            with Timer() as timer:
                search.search(query, lang, limit=10, typing=False)
            ours.append(timer)
            with Timer() as timer:
                fts5.search(query, lang)
            theirs.append(timer)
        search.close()
        fts5.db.close()
    records = []
    for suffix, read in (("", lambda t: t.wall_ms), ("_cpu", lambda t: t.cpu_ms)):
        records += [
            emit(f"search_10x.build{suffix}_s", read(build) / 1000, "s",
                 f"fts5_10x.build{suffix}_s", read(fts5_build) / 1000),
            emit(f"search_10x.query_p95{suffix}_ms", _percentile([read(t) for t in ours], 0.95),
                 "ms", f"fts5_10x.query_p95{suffix}_ms",
                 _percentile([read(t) for t in theirs], 0.95)),
        ]  # fmt: skip
    return records


if __name__ == "__main__":
    run()
