"""Notes of a case: free text a person writes, indexed for search as it is saved."""

from __future__ import annotations

from interact_desktop.core.notebook.cases import Cases
from interact_desktop.core.notebook.database import Database, now
from interact_desktop.core.notebook.errors import NotebookError
from interact_desktop.core.notebook.records import Note
from interact_desktop.core.notebook.search import Search

KIND = "note"  # how notes are named in the search index


class Notes:
    """The notes table. Each write changes the note, its index entry and the case's place in the
    list in one transaction."""

    def __init__(self, database: Database, search: Search, cases: Cases) -> None:
        self._db = database
        self._search = search
        self._cases = cases

    def add(self, case_id: int, body: str, lang: str = "en") -> int:
        """A new note of the case; ``lang`` chooses the stemming of its index entry."""
        changed = now()
        with self._db.transaction():
            note_id = self._db.insert(
                "INSERT INTO notes (case_id, body, created, updated) VALUES (?,?,?,?)",
                (case_id, body, changed, changed),
            )
            self._search.index(KIND, note_id, case_id, body, lang)
            self._cases.touch(case_id)
        return note_id

    def update(self, note_id: int, body: str, lang: str = "en") -> None:
        """Replace the text of a note (what autosave calls as a person types)."""
        with self._db.transaction():
            row = self._db.execute("SELECT case_id FROM notes WHERE id = ?", (note_id,)).fetchone()
            if row is None:
                raise NotebookError("This note no longer exists.")
            self._db.execute("UPDATE notes SET body = ?, updated = ? WHERE id = ?",
                             (body, now(), note_id))  # fmt: skip
            self._search.forget(KIND, note_id)
            self._search.index(KIND, note_id, row[0], body, lang)
            self._cases.touch(row[0])

    def delete(self, note_id: int) -> None:
        with self._db.transaction():
            self._search.forget(KIND, note_id)
            self._db.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def of_case(self, case_id: int) -> list[Note]:
        """The case's notes in the order they were written."""
        rows = self._db.execute(
            "SELECT id, case_id, body, updated FROM notes WHERE case_id = ? ORDER BY id", (case_id,)
        ).fetchall()
        return [Note(*row) for row in rows]
