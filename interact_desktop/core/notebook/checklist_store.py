"""Filled checklists as rows of the notebook: stored, read, deleted, indexed for search.

The form's DraftStore over these rows, with attach and detach, is in ``checklists.py``; this
module only knows the table, so search and the dossier can read checklists without the form.
"""

from __future__ import annotations

from interact_desktop.core.notebook.database import Database
from interact_desktop.core.notebook.records import CHECKLIST_FINALISED, StoredChecklist
from interact_desktop.core.notebook.search import Search
from interact_desktop.core.notebook.timeline import Timeline

KIND = "checklist"  # how checklists are named in the search index
COLUMNS = "id, case_id, template, body, updated, finalised"


class Checklists:
    """The checklists table; ``timeline`` records the moment one is finalised in a case."""

    def __init__(self, database: Database, search: Search, timeline: Timeline) -> None:
        self._db = database
        self._search = search
        self._timeline = timeline

    def save(self, checklist: StoredChecklist, answers_text: str, lang: str = "en") -> None:
        """Insert or replace a filled checklist and its index row (``answers_text`` is what is
        indexed). When it is finalised while attached to a case, or attached once finalised,
        the case's timeline says so."""
        with self._db.transaction():
            before = self.get(checklist.id)
            self._db.execute(
                f"INSERT OR REPLACE INTO checklists ({COLUMNS}) VALUES (?,?,?,?,?,?)", checklist
            )
            self._search.forget(KIND, checklist.id)
            self._search.index(KIND, checklist.id, checklist.case_id, answers_text, lang)
            newly = before is None or before.finalised is None or before.case_id is None
            if checklist.finalised and checklist.case_id is not None and newly:
                self._timeline.add(
                    checklist.case_id, CHECKLIST_FINALISED, checklist.template,
                    checklist.finalised, lang,
                )  # fmt: skip

    def get(self, checklist_id: str) -> StoredChecklist | None:
        row = self._db.execute(
            f"SELECT {COLUMNS} FROM checklists WHERE id = ?", (checklist_id,)
        ).fetchone()
        return StoredChecklist(*row) if row else None

    def all(self, case_id: int | None = None) -> list[StoredChecklist]:
        """All filled checklists, or those of one case; most recently changed first."""
        where, args = ("WHERE case_id = ?", (case_id,)) if case_id is not None else ("", ())
        rows = self._db.execute(
            f"SELECT {COLUMNS} FROM checklists {where} ORDER BY updated DESC, id", args
        ).fetchall()
        return [StoredChecklist(*row) for row in rows]

    def delete(self, checklist_id: str) -> None:
        with self._db.transaction():
            self._search.forget(KIND, checklist_id)
            self._db.execute("DELETE FROM checklists WHERE id = ?", (checklist_id,))
