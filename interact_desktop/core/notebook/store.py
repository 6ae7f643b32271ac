"""The notebook database: create, unlock, lock, change the passphrase; cases, notes, timeline,
filled checklists, the export register, and search inside the encrypted file.

Search indexes text analysed by the app (folding and stems, the same as the handbook search) in an
FTS5 table inside the database, so no plaintext index ever reaches the disk. Temporary tables and
sorts stay in memory for the same reason.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from interact_desktop.core.notebook.keys import Header, KeyParams, derive_key
from interact_desktop.core.notebook.records import (
    CASE_COLUMNS,
    CHECKLIST_FINALISED,
    DATE_FIELDS,
    EXPORT,
    KINDS,
    STATUSES,
    Case,
    ExportRecord,
    Note,
    SearchHit,
    StoredChecklist,
    TimelineEntry,
)
from interact_desktop.core.notebook.schema import migrate
from interact_desktop.core.search.analysis import stemmer, words

DATABASE = "notebook.db"


class NotebookError(Exception):
    """A problem a person can act on, with a message to show them."""


class WrongPassphrase(NotebookError):
    pass


class NotebookLocked(NotebookError):
    pass


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


def _match_query(query_words: list[str], lang: str) -> str:
    """Each word, as the start of a word or by its stem: "σταθμός" finds "ΣΤΑΘΜΟ"."""
    stem = stemmer(lang)
    clauses = []
    for word in query_words:
        forms = dict.fromkeys(f for f in (word, stem(word)) if f.isalnum())
        if forms:
            clauses.append("(" + " OR ".join(f'"{f}"*' for f in forms) + ")")
    return " AND ".join(clauses)


def configure(connection) -> None:
    """Settings of every notebook connection: foreign keys, overwrite what is deleted, WAL (a
    crash at any instant keeps the last commit), temporary data in memory only."""
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("PRAGMA journal_mode = WAL")


def connect(path: Path, key: bytes):
    """A connection to an encrypted database, or WrongPassphrase (nothing is written then)."""
    import sqlcipher3

    connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        connection.close()
        raise WrongPassphrase(
            "The passphrase does not open this notebook. Check it and try again."
        ) from None
    configure(connection)
    return connection


def _date(value: str, field: str) -> str:
    value = value.strip()
    if value:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise NotebookError(f"{field}: not a date (YYYY-MM-DD): {value!r}") from None
    return value


class Notebook:
    def __init__(self, folder: Path, connection) -> None:
        self.folder = folder
        self._connection = connection

    @property
    def _db(self):
        """The open connection; once locked, every use says so instead of failing obscurely."""
        if self._connection is None:
            raise NotebookLocked("The notebook is locked. Unlock it with the passphrase first.")
        return self._connection

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
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        params = KeyParams.new()
        Header(params).write(folder)
        connection = connect(folder / DATABASE, derive_key(passphrase, params))
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
                connection = connect(folder / DATABASE, derive_key(passphrase, params))
            except WrongPassphrase:
                continue
            notebook = cls(folder, connection)
            if params is header.pending:  # a change was interrupted after the rekey
                Header(params).write(folder)
            notebook._migrate()
            return notebook
        raise WrongPassphrase("The passphrase does not open this notebook. Check it and try again.")

    def lock(self) -> None:
        if self._connection is not None:
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._connection.close()
            self._connection = None

    @property
    def locked(self) -> bool:
        return self._connection is None

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
        migrate(self._db)

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    # -- cases --------------------------------------------------------------------------------

    def add_case(
        self,
        reference: str,
        languages: str = "",
        tags: str = "",
        *,
        status: str = "open",
        roles: str = "",
        purpose: str = "",
        opened: str | None = None,
        last_seen: str = "",
        closed: str = "",
        retention: str = "",
    ) -> int:
        """A new case under a pseudonymous reference; ``opened`` defaults to today. Lists are
        comma-separated text, dates ISO (YYYY-MM-DD) or empty."""
        values = self._checked(
            {"reference": reference, "status": status, "languages": languages, "roles": roles,
             "tags": tags, "purpose": purpose, "opened": opened or dt.date.today().isoformat(),
             "last_seen": last_seen, "closed": closed, "retention": retention}
        )  # fmt: skip
        now = _now()
        names = ", ".join(values)
        marks = ", ".join("?" * len(values))
        cursor = self._db.execute(
            f"INSERT INTO cases ({names}, created, updated) VALUES ({marks}, ?, ?)",
            (*values.values(), now, now),
        )
        return cursor.lastrowid

    def update_case(
        self,
        case_id: int,
        *,
        reference: str | None = None,
        status: str | None = None,
        languages: str | None = None,
        roles: str | None = None,
        tags: str | None = None,
        purpose: str | None = None,
        opened: str | None = None,
        last_seen: str | None = None,
        closed: str | None = None,
        retention: str | None = None,
    ) -> Case:
        """Change the fields given (None leaves a field as it is); returns the case as saved."""
        given = {"reference": reference, "status": status, "languages": languages, "roles": roles,
                 "tags": tags, "purpose": purpose, "opened": opened, "last_seen": last_seen,
                 "closed": closed, "retention": retention}  # fmt: skip
        values = self._checked({k: v for k, v in given.items() if v is not None})
        if values:
            assignments = ", ".join(f"{name} = ?" for name in values)
            cursor = self._db.execute(
                f"UPDATE cases SET {assignments}, updated = ? WHERE id = ?",
                (*values.values(), _now(), case_id),
            )
            if cursor.rowcount == 0:
                raise NotebookError("This case no longer exists.")
        return self.case(case_id)

    def case(self, case_id: int) -> Case:
        row = self._db.execute(
            f"SELECT {CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise NotebookError("This case no longer exists.")
        return Case(*row)

    def cases(self) -> list[tuple[int, str, str]]:
        """(id, reference, status), most recently changed first."""
        return self._db.execute(
            "SELECT id, reference, status FROM cases ORDER BY updated DESC, id DESC"
        ).fetchall()

    def case_records(self) -> list[Case]:
        """Every case in full, most recently changed first."""
        rows = self._db.execute(
            f"SELECT {CASE_COLUMNS} FROM cases ORDER BY updated DESC, id DESC"
        ).fetchall()
        return [Case(*row) for row in rows]

    def overdue_retention(self, today: dt.date | None = None) -> list[Case]:
        """Cases whose retention date has come: the reminder to delete them."""
        day = (today or dt.date.today()).isoformat()
        rows = self._db.execute(
            f"SELECT {CASE_COLUMNS} FROM cases WHERE retention != '' AND retention <= ? "
            "ORDER BY retention, id",
            (day,),
        ).fetchall()
        return [Case(*row) for row in rows]

    def delete_case(self, case_id: int) -> None:
        """For good: its notes, timeline, checklists, register lines and index rows are deleted,
        deleted pages are overwritten (secure_delete), the file is compacted and the write-ahead
        log emptied, so no page of the case is left anywhere in the files."""
        with self._transaction():
            self._db.execute("DELETE FROM search WHERE case_id = ?", (case_id,))
            self._db.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        self._db.execute("INSERT INTO search(search) VALUES ('optimize')")
        self._db.execute("VACUUM")
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _checked(self, fields: dict[str, str]) -> dict[str, str]:
        values: dict[str, str] = {}
        for name, value in fields.items():
            if not isinstance(value, str):
                raise TypeError(f"{name} must be text")
            value = value.strip()
            if name in DATE_FIELDS:
                value = _date(value, name)
            elif name == "reference" and not value:
                raise NotebookError("A case needs a reference (a pseudonym is enough).")
            elif name == "status" and value not in STATUSES:
                raise NotebookError(f"status must be one of {', '.join(STATUSES)}")
            values[name] = value
        return values

    # -- notes --------------------------------------------------------------------------------

    def add_note(self, case_id: int, body: str, lang: str = "en") -> int:
        now = _now()
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO notes (case_id, body, created, updated) VALUES (?,?,?,?)",
                (case_id, body, now, now),
            )
            note_id = cursor.lastrowid
            self._index("note", note_id, case_id, body, lang)
            self._touch(case_id)
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
            self._touch(row[0])

    def delete_note(self, note_id: int) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM search WHERE kind = 'note' AND ref = ?", (note_id,))
            self._db.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def notes(self, case_id: int) -> list[Note]:
        rows = self._db.execute(
            "SELECT id, case_id, body, updated FROM notes WHERE case_id = ? ORDER BY id", (case_id,)
        ).fetchall()
        return [Note(*row) for row in rows]

    # -- timeline -----------------------------------------------------------------------------

    def add_event(
        self, case_id: int, kind: str, text: str, at: str | None = None, lang: str = "en"
    ) -> int:
        """A timeline entry; ``kind`` is one of records.KINDS (manual, note, ... flowchart-step)."""
        if kind not in KINDS:
            raise NotebookError(f"kind must be one of {', '.join(KINDS)}")
        with self._transaction():
            event = self._add_event(case_id, kind, text, at, lang)
        return event

    def timeline(self, case_id: int) -> list[tuple[str, str, str]]:
        """(at, kind, text) in time order."""
        return [(e.at, e.kind, e.text) for e in self.timeline_entries(case_id)]

    def timeline_entries(self, case_id: int) -> list[TimelineEntry]:
        rows = self._db.execute(
            "SELECT id, case_id, at, kind, text FROM timeline WHERE case_id = ? ORDER BY at, id",
            (case_id,),
        ).fetchall()
        return [TimelineEntry(*row) for row in rows]

    def delete_event(self, event_id: int) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM search WHERE kind = 'timeline' AND ref = ?", (event_id,))
            self._db.execute("DELETE FROM timeline WHERE id = ?", (event_id,))

    def _add_event(self, case_id: int, kind: str, text: str, at: str | None, lang: str) -> int:
        cursor = self._db.execute(
            "INSERT INTO timeline (case_id, at, kind, text) VALUES (?,?,?,?)",
            (case_id, at or _now(), kind, text),
        )
        self._index("timeline", cursor.lastrowid, case_id, text, lang)
        self._touch(case_id)
        return cursor.lastrowid

    # -- filled checklists --------------------------------------------------------------------

    def save_checklist(
        self,
        checklist: StoredChecklist,
        answers_text: str,
        lang: str = "en",
    ) -> None:
        """Insert or replace a filled checklist and its index row. When it is finalised while
        attached to a case, or attached once finalised, the case's timeline says so."""
        with self._transaction():
            before = self.stored_checklist(checklist.id)
            self._db.execute(
                "INSERT OR REPLACE INTO checklists (id, case_id, template, body, updated, "
                "finalised) VALUES (?,?,?,?,?,?)",
                checklist,
            )
            self._db.execute(
                "DELETE FROM search WHERE kind = 'checklist' AND ref = ?", (checklist.id,)
            )
            self._index("checklist", checklist.id, checklist.case_id, answers_text, lang)
            newly = before is None or before.finalised is None or before.case_id is None
            if checklist.finalised and checklist.case_id is not None and newly:
                self._add_event(
                    checklist.case_id, CHECKLIST_FINALISED, checklist.template,
                    checklist.finalised, lang,
                )  # fmt: skip

    def stored_checklist(self, checklist_id: str) -> StoredChecklist | None:
        row = self._db.execute(
            "SELECT id, case_id, template, body, updated, finalised FROM checklists WHERE id = ?",
            (checklist_id,),
        ).fetchone()
        return StoredChecklist(*row) if row else None

    def stored_checklists(self, case_id: int | None = None) -> list[StoredChecklist]:
        """All filled checklists, or those of one case; most recently changed first."""
        where, args = ("WHERE case_id = ?", (case_id,)) if case_id is not None else ("", ())
        rows = self._db.execute(
            "SELECT id, case_id, template, body, updated, finalised FROM checklists "
            f"{where} ORDER BY updated DESC, id",
            args,
        ).fetchall()
        return [StoredChecklist(*row) for row in rows]

    def delete_checklist(self, checklist_id: str) -> None:
        with self._transaction():
            self._db.execute(
                "DELETE FROM search WHERE kind = 'checklist' AND ref = ?", (checklist_id,)
            )
            self._db.execute("DELETE FROM checklists WHERE id = ?", (checklist_id,))

    # -- export register ----------------------------------------------------------------------

    def record_export(
        self, case_id: int | None, what: str, recipient: str, preset: str = ""
    ) -> int:
        """A line of the export register (and, for a case, of its timeline). Every export and
        backup calls this; ``recipient`` is kept as typed."""
        at = _now()
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO exports (case_id, at, what, recipient, preset) VALUES (?,?,?,?,?)",
                (case_id, at, what, recipient, preset),
            )
            if case_id is not None:
                text = f"{what} → {recipient}" if recipient else what
                self._add_event(case_id, EXPORT, text, at, "en")
        return cursor.lastrowid

    def export_register(self, case_id: int | None = None) -> list[ExportRecord]:
        """The register, oldest first: of one case, or of the whole notebook."""
        where, args = ("WHERE case_id = ?", (case_id,)) if case_id is not None else ("", ())
        rows = self._db.execute(
            f"SELECT id, case_id, at, what, recipient, preset FROM exports {where} ORDER BY id",
            args,
        ).fetchall()
        return [ExportRecord(*row) for row in rows]

    # -- search and checks --------------------------------------------------------------------

    def search(
        self, text: str, lang: str = "en", case_id: int | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Notes, timeline entries and checklist answers, best first, each with a snippet whose
        matching words are marked (the same folding and stems as the handbook search)."""
        from interact_desktop.core.search.highlight import Matcher, snippet

        query_words = list(dict.fromkeys(word for word, _, _ in words(text, lang)))
        query = _match_query(query_words, lang)
        if not query:
            return []
        where, args = ("AND case_id = ?", (case_id,)) if case_id is not None else ("", ())
        rows = self._db.execute(
            f"SELECT kind, ref, case_id FROM search WHERE search MATCH ? {where} "
            "ORDER BY rank LIMIT ?",
            (query, *args, limit),
        ).fetchall()
        matcher = Matcher(query_words, lang)
        hits = []
        for kind, ref, hit_case in rows:
            found = self._text_of(kind, ref)
            if found is not None:
                hits.append(SearchHit(kind, ref, hit_case, found, tuple(snippet(found, matcher))))
        return hits

    def _text_of(self, kind: str, ref: int | str) -> str | None:
        if kind == "checklist":
            from interact_desktop.core.notebook.checklists import answers_text

            stored = self.stored_checklist(str(ref))
            return answers_text(stored.body) if stored else None
        table, column = ("notes", "body") if kind == "note" else ("timeline", "text")
        found = self._db.execute(f"SELECT {column} FROM {table} WHERE id = ?", (ref,)).fetchone()
        return found[0] if found else None

    def verify(self) -> dict[str, int | str]:
        """Integrity check and counts, for administrators."""
        check = self._db.execute("PRAGMA integrity_check").fetchone()[0]
        counts = {
            table: self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("cases", "notes", "timeline")
        }
        return {"integrity": check, **counts}

    def _index(self, kind: str, ref: int | str, case_id: int | None, text: str, lang: str) -> None:
        self._db.execute(
            "INSERT INTO search (terms, kind, ref, case_id) VALUES (?,?,?,?)",
            (_terms(text, lang), kind, ref, case_id),
        )

    def _touch(self, case_id: int) -> None:
        """The case changed: it moves to the top of the list."""
        self._db.execute("UPDATE cases SET updated = ? WHERE id = ?", (_now(), case_id))

    def _transaction(self):
        return _Transaction(self._db)


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK on any error: every write is all or nothing. Nested uses
    join the outer transaction."""

    def __init__(self, connection) -> None:
        self._db = connection
        self._outer = False

    def __enter__(self):
        self._outer = not self._db.in_transaction
        if self._outer:
            self._db.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, kind, error, trace) -> None:
        if self._outer:
            self._db.execute("COMMIT" if kind is None else "ROLLBACK")
