"""The notebook database: create, unlock, lock, change the passphrase; cases, notes, timeline, and
search inside the encrypted file.

Search indexes text analysed by the app (folding and stems, the same as the handbook search) in an
FTS5 table inside the database, so no plaintext index ever reaches the disk.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

from interact_desktop.core.notebook.keys import Header, KeyParams, derive_key
from interact_desktop.core.search.analysis import stemmer, words

DATABASE = "notebook.db"
SCHEMA_VERSION = 1

_SCHEMA_V1 = """
CREATE TABLE cases (
    id INTEGER PRIMARY KEY, reference TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open',
    languages TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL, updated TEXT NOT NULL
);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    body TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL
);
CREATE TABLE timeline (
    id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL
);
CREATE VIRTUAL TABLE search USING fts5(terms, kind UNINDEXED, ref UNINDEXED, case_id UNINDEXED);
"""


class NotebookError(Exception):
    """A problem a person can act on, with a message to show them."""


class WrongPassphrase(NotebookError):
    pass


class Note(NamedTuple):
    id: int
    case_id: int
    body: str
    updated: str


class SearchHit(NamedTuple):
    kind: str  # note | timeline
    ref: int
    case_id: int
    text: str


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _terms(text: str, lang: str = "en") -> str:
    """Folded words and their stems: what FTS5 sees instead of the text itself."""
    stem = stemmer(lang)
    found = []
    for word, _, _ in words(text, lang):
        found.append(word)
        stemmed = stem(word)
        if stemmed != word:
            found.append(stemmed)
    return " ".join(found)


def _connect(path: Path, key: bytes):
    import sqlcipher3

    connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        connection.close()
        raise WrongPassphrase("The passphrase does not open this notebook.") from None
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    return connection


class Notebook:
    def __init__(self, folder: Path, connection) -> None:
        self.folder = folder
        self._db = connection

    # -- lifecycle ----------------------------------------------------------------------------

    @classmethod
    def exists(cls, folder: Path) -> bool:
        return (folder / DATABASE).exists()

    @classmethod
    def create(cls, folder: Path, passphrase: str) -> Notebook:
        if cls.exists(folder):
            raise NotebookError(f"A notebook already exists in {folder}.")
        if not passphrase:
            raise NotebookError("The passphrase cannot be empty.")
        folder.mkdir(parents=True, exist_ok=True)
        params = KeyParams.new()
        Header(params).write(folder)
        connection = _connect(folder / DATABASE, derive_key(passphrase, params))
        notebook = cls(folder, connection)
        notebook._migrate()
        return notebook

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> Notebook:
        if not cls.exists(folder):
            raise NotebookError(f"There is no notebook in {folder}.")
        header = Header.read(folder)
        for params in (header.current, header.pending):
            if params is None:
                continue
            try:
                connection = _connect(folder / DATABASE, derive_key(passphrase, params))
            except WrongPassphrase:
                continue
            notebook = cls(folder, connection)
            if params is header.pending:  # a change was interrupted after the rekey
                Header(params).write(folder)
            notebook._migrate()
            return notebook
        raise WrongPassphrase("The passphrase does not open this notebook.")

    def lock(self) -> None:
        if self._db is not None:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._db.close()
            self._db = None

    @property
    def locked(self) -> bool:
        return self._db is None

    def change_passphrase(self, new_passphrase: str) -> None:
        if not new_passphrase:
            raise NotebookError("The passphrase cannot be empty.")
        header = Header.read(self.folder)
        new = KeyParams.new()
        Header(header.current, pending=new).write(self.folder)
        key = derive_key(new_passphrase, new)
        self._db.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
        Header(new).write(self.folder)

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version < 1:
            self._db.executescript("BEGIN;" + _SCHEMA_V1 + "PRAGMA user_version = 1; COMMIT;")

    # -- data ---------------------------------------------------------------------------------

    def add_case(self, reference: str, languages: str = "", tags: str = "") -> int:
        now = _now()
        cursor = self._db.execute(
            "INSERT INTO cases (reference, languages, tags, created, updated) VALUES (?,?,?,?,?)",
            (reference, languages, tags, now, now),
        )
        return cursor.lastrowid

    def cases(self) -> list[tuple[int, str, str]]:
        return self._db.execute(
            "SELECT id, reference, status FROM cases ORDER BY updated DESC"
        ).fetchall()

    def add_note(self, case_id: int, body: str, lang: str = "en") -> int:
        now = _now()
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO notes (case_id, body, created, updated) VALUES (?,?,?,?)",
                (case_id, body, now, now),
            )
            note_id = cursor.lastrowid
            self._index("note", note_id, case_id, body, lang)
        return note_id

    def update_note(self, note_id: int, body: str, lang: str = "en") -> None:
        with self._transaction():
            row = self._db.execute("SELECT case_id FROM notes WHERE id = ?", (note_id,)).fetchone()
            if row is None:
                raise NotebookError("This note no longer exists.")
            self._db.execute("UPDATE notes SET body = ?, updated = ? WHERE id = ?",
                             (body, _now(), note_id))  # fmt: skip
            self._db.execute("DELETE FROM search WHERE kind = 'note' AND ref = ?", (note_id,))
            self._index("note", note_id, row[0], body, lang)

    def notes(self, case_id: int) -> list[Note]:
        rows = self._db.execute(
            "SELECT id, case_id, body, updated FROM notes WHERE case_id = ? ORDER BY id", (case_id,)
        ).fetchall()
        return [Note(*row) for row in rows]

    def add_event(self, case_id: int, kind: str, text: str, at: str | None = None) -> int:
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO timeline (case_id, at, kind, text) VALUES (?,?,?,?)",
                (case_id, at or _now(), kind, text),
            )
            self._index("timeline", cursor.lastrowid, case_id, text, "en")
        return cursor.lastrowid

    def timeline(self, case_id: int) -> list[tuple[str, str, str]]:
        return self._db.execute(
            "SELECT at, kind, text FROM timeline WHERE case_id = ? ORDER BY at, id", (case_id,)
        ).fetchall()

    def delete_case(self, case_id: int) -> None:
        """For good: rows are overwritten (secure_delete) and the file is compacted."""
        with self._transaction():
            self._db.execute("DELETE FROM search WHERE case_id = ?", (case_id,))
            self._db.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        self._db.execute("VACUUM")

    def search(self, text: str, lang: str = "en") -> list[SearchHit]:
        terms = [t for t in _terms(text, lang).split() if t.isalnum()]
        if not terms:
            return []
        query = " AND ".join(f'"{t}"*' for t in dict.fromkeys(terms))
        rows = self._db.execute(
            "SELECT kind, ref, case_id FROM search WHERE search MATCH ? ORDER BY rank LIMIT 50",
            (query,),
        ).fetchall()
        hits = []
        for kind, ref, case_id in rows:
            table, column = ("notes", "body") if kind == "note" else ("timeline", "text")
            found = self._db.execute(
                f"SELECT {column} FROM {table} WHERE id = ?", (ref,)
            ).fetchone()
            if found is not None:
                hits.append(SearchHit(kind, ref, case_id, found[0]))
        return hits

    def verify(self) -> dict[str, int | str]:
        """Integrity check and counts, for administrators."""
        check = self._db.execute("PRAGMA integrity_check").fetchone()[0]
        counts = {
            table: self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("cases", "notes", "timeline")
        }
        return {"integrity": check, **counts}

    def _index(self, kind: str, ref: int, case_id: int, text: str, lang: str) -> None:
        self._db.execute(
            "INSERT INTO search (terms, kind, ref, case_id) VALUES (?,?,?,?)",
            (_terms(text, lang), kind, ref, case_id),
        )

    def _transaction(self):
        return _Transaction(self._db)


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK on any error: every write is all or nothing."""

    def __init__(self, connection) -> None:
        self._db = connection

    def __enter__(self):
        self._db.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, kind, error, trace) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")
