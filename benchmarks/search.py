"""Search: index build time and query latency (p50/p95, top 10 with highlighted snippets), against
SQLite FTS5 over the same documents, folded the same way, with the same queries, in the same run.

``search.reuse_ms`` is what a second start costs: checking the index files against the manifest
and opening the five indexes. Queries are in ``search_queries.tsv`` (language, kind, query): single
words, two words, phrases, prefixes and misspellings in all five languages.
``python -m benchmarks.search --write-queries`` draws a new set from the shipped content (fixed
seed), for when the content changes a lot.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.report import emit
from interact_desktop import paths
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.languages import LANGUAGES
from interact_desktop.core.search.analysis import fold, words
from interact_desktop.core.search.documents import documents
from interact_desktop.core.search.index_store import IndexStore
from interact_desktop.core.search.searcher import HandbookSearch

QUERIES = Path(__file__).with_name("search_queries.tsv")


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _load_queries() -> list[tuple[str, str, str]]:
    rows = []
    for line in QUERIES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, kind, query = line.split("\t")
            rows.append((lang, kind, query))
    return rows


class _Fts5:
    """The baseline: one FTS5 table per language over folded text, unicode61 tokenizer, over
    ``source``'s documents (the handbook's, or search_10x's tenfold corpus)."""

    def __init__(self, handbook, directory: Path, source=documents) -> None:
        self.db = sqlite3.connect(directory / "fts5.db")
        for lang in LANGUAGES:
            self.db.execute(f"CREATE VIRTUAL TABLE docs_{lang} USING fts5(place, title, body)")
            rows = [(d.place, fold(d.title), fold(d.body)) for d in source(handbook, lang)]
            self.db.executemany(f"INSERT INTO docs_{lang} VALUES (?, ?, ?)", rows)
        self.db.commit()

    def search(self, text: str, lang: str) -> list:
        phrase = text.startswith('"')
        terms = [word for word, _, _ in words(text, lang)]
        if not terms:
            return []
        if phrase:
            match = '"' + " ".join(terms) + '"'
        else:
            match = " AND ".join(f'"{t}"' for t in terms[:-1]) + (" AND " if len(terms) > 1 else "")
            match += f'"{terms[-1]}"*'
        return self.db.execute(
            f"SELECT place, snippet(docs_{lang}, 2, '[', ']', '…', 24) FROM docs_{lang} "
            f"WHERE docs_{lang} MATCH ? ORDER BY rank LIMIT 10",
            (match,),
        ).fetchall()


def run() -> list[dict]:
    handbook = load_handbook(paths.content_dir())
    queries = _load_queries()
    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        store = IndexStore(scratch_dir / "whoosh", "benchmark")
        started = time.perf_counter()
        store.build(handbook)
        build_s = time.perf_counter() - started
        started = time.perf_counter()
        fts5 = _Fts5(handbook, scratch_dir)
        fts5_build_s = time.perf_counter() - started

        # A second start: check the index against its manifest and open every language.
        started = time.perf_counter()
        assert IndexStore(scratch_dir / "whoosh", "benchmark").is_valid()
        for lang in LANGUAGES:
            store.open(lang).close()
        reuse_s = time.perf_counter() - started
        started = time.perf_counter()
        reopened = sqlite3.connect(scratch_dir / "fts5.db")
        for lang in LANGUAGES:
            reopened.execute(f"SELECT count(*) FROM docs_{lang}").fetchone()
        reopened.close()
        fts5_reuse_s = time.perf_counter() - started

        search = HandbookSearch(store)
        # One pass first: it opens the searchers and builds the word lists and spellers, which a
        # session does once; the measured pass is the steady state a user types in.
        for lang, _, query in queries:
            search.search(query, lang, limit=10, typing=False)
            fts5.search(query, lang)
        ours, theirs = [], []
        for lang, _, query in queries:
            started = time.perf_counter()
            search.search(query, lang, limit=10, typing=False)
            ours.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            fts5.search(query, lang)
            theirs.append((time.perf_counter() - started) * 1000)
        search.close()
        fts5.db.close()
    return [
        emit("search.build_s", build_s, "s", "fts5.build_s", fts5_build_s),
        emit("search.reuse_ms", reuse_s * 1000, "ms", "fts5.reuse_ms", fts5_reuse_s * 1000),
        emit(
            "search.query_p50_ms",
            _percentile(ours, 0.5),
            "ms",
            "fts5.query_p50_ms",
            _percentile(theirs, 0.5),
        ),
        emit(
            "search.query_p95_ms",
            _percentile(ours, 0.95),
            "ms",
            "fts5.query_p95_ms",
            _percentile(theirs, 0.95),
        ),
    ]


def write_queries() -> None:
    """Draw 45 queries per language from the content: 15 words, 8 pairs, 7 phrases, 8 prefixes,
    7 misspellings."""
    handbook = load_handbook(paths.content_dir())
    rng = random.Random(20261125)
    lines = ["# language\tkind\tquery  (drawn by `python -m benchmarks.search --write-queries`)"]
    for lang in LANGUAGES:
        texts = [f"{d.title} {d.body}" for d in documents(handbook, lang)]
        counts = Counter(w for t in texts for w, _, _ in words(t, lang) if len(w) >= 5)
        common = sorted(w for w, _ in counts.most_common(300))
        surface = {}
        for t in texts:
            for w, s, e in words(t, lang):
                surface.setdefault(w, t[s:e].lower())
        picks = rng.sample(common, 60)
        singles, pairs, prefixes, typos = picks[:15], picks[15:31], picks[31:39], picks[39:46]
        lines += [f"{lang}\tword\t{surface[w]}" for w in singles]
        lines += [
            f"{lang}\ttwo words\t{surface[a]} {surface[b]}"
            for a, b in zip(pairs[::2], pairs[1::2], strict=True)
        ]
        for text in rng.sample(texts, 7):
            found = [text[s:e] for _, s, e in words(text, lang)]
            start = rng.randrange(max(1, len(found) - 2))
            lines.append(f'{lang}\tphrase\t"{" ".join(found[start : start + 2])}"')
        lines += [f"{lang}\tprefix\t{surface[w][:4]}" for w in prefixes]
        for w in typos:
            word = surface[w]
            i = rng.randrange(1, len(word) - 2)
            lines.append(f"{lang}\tmisspelling\t{word[:i]}{word[i + 1]}{word[i]}{word[i + 2 :]}")
    QUERIES.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} queries written to {QUERIES}")


if __name__ == "__main__":
    if "--write-queries" in sys.argv:
        write_queries()
    else:
        run()
