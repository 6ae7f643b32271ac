"""Notebook: unlock (key derivation included) and search p95 with 1,000 cases and 10,000 notes,
against the same schema in plain (unencrypted) SQLite with a plain key-less open, in the same run.
The baseline runs the same FTS5 query but builds no snippets.
"""

from __future__ import annotations

import random
import re
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.report import emit
from interact_desktop import paths
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.notebook.search import match_query, terms
from interact_desktop.core.notebook.store import Notebook
from interact_desktop.core.search.analysis import words

CASES, NOTES, QUERIES = 1_000, 10_000, 200
PASSPHRASE = "benchmark passphrase of some length"


def _sentences() -> list[str]:
    handbook = load_handbook(paths.content_dir())
    text = " ".join(handbook.text(s, "en").body for s in handbook.section_ids())
    return [
        s.strip()
        for s in re.split(r"(?<=[.!?])\s+", re.sub(r"[#*|\[\]()]", " ", text))
        if len(s) > 40
    ]


def run() -> list[dict]:
    rng = random.Random(7)
    sentences = _sentences()
    vocabulary = sorted({w.lower() for s in sentences for w in re.findall(r"[A-Za-z]{5,}", s)})
    queries = [" ".join(rng.sample(vocabulary, rng.choice((1, 2)))) for _ in range(QUERIES)]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "nb"
        book = Notebook.create(folder, PASSPHRASE)
        plain = sqlite3.connect(Path(scratch) / "plain.db", isolation_level=None)
        plain.executescript(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, case_id INTEGER, body TEXT);"
            "CREATE VIRTUAL TABLE search USING fts5(terms, ref UNINDEXED);"
        )
        cases = [book.cases.add(f"Case {n:04d}") for n in range(CASES)]
        book.connection.execute("BEGIN")
        plain.execute("BEGIN")
        for number in range(NOTES):
            body = " ".join(rng.sample(sentences, 3))
            case = cases[number % CASES]
            cursor = book.connection.execute(
                "INSERT INTO notes (case_id, body, created, updated) VALUES (?,?,?,?)",
                (case, body, "2026-11-25T00:00:00", "2026-11-25T00:00:00"),
            )
            book.search.index("note", cursor.lastrowid, case, body, "en")
            plain.execute("INSERT INTO notes VALUES (?,?,?)", (number, case, body))
            plain.execute("INSERT INTO search VALUES (?,?)", (terms(body), number))
        book.connection.execute("COMMIT")
        plain.execute("COMMIT")
        book.lock()
        plain.close()

        unlock, plain_open = [], []
        for _ in range(5):
            started = time.perf_counter()
            opened = Notebook.open(folder, PASSPHRASE)
            opened.cases.summaries()
            unlock.append((time.perf_counter() - started) * 1000)
            opened.lock()
            started = time.perf_counter()
            connection = sqlite3.connect(Path(scratch) / "plain.db")
            connection.execute("SELECT count(*) FROM notes").fetchone()
            plain_open.append((time.perf_counter() - started) * 1000)
            connection.close()

        book = Notebook.open(folder, PASSPHRASE)
        plain = sqlite3.connect(Path(scratch) / "plain.db")
        ours, theirs = [], []
        for query in queries:
            started = time.perf_counter()
            book.search.find(query)
            ours.append((time.perf_counter() - started) * 1000)
            query_terms = match_query([w for w, _, _ in words(query, "en")], "en")
            started = time.perf_counter()
            rows = plain.execute(
                "SELECT ref FROM search WHERE search MATCH ? ORDER BY rank LIMIT 50", (query_terms,)
            ).fetchall()
            for (ref,) in rows:
                plain.execute("SELECT body FROM notes WHERE id = ?", (ref,)).fetchone()
            theirs.append((time.perf_counter() - started) * 1000)
        book.lock()
        plain.close()
    p95 = lambda values: sorted(values)[int(0.95 * (len(values) - 1))]  # noqa: E731
    return [
        emit(
            "notebook.unlock_ms",
            statistics.median(unlock),
            "ms",
            "sqlite.open_ms",
            statistics.median(plain_open),
        ),
        emit("notebook.search_p95_ms", p95(ours), "ms", "sqlite_fts5.search_p95_ms", p95(theirs)),
    ]
