"""The timeline of a case: what happened when, written by people (``manual``, ``note``) and by
the app (a checklist finalised, an export, a step of a guided response)."""

from __future__ import annotations

from interact_desktop.core.notebook.cases import Cases
from interact_desktop.core.notebook.database import Database, now
from interact_desktop.core.notebook.errors import NotebookError
from interact_desktop.core.notebook.records import KINDS, TimelineEntry
from interact_desktop.core.notebook.search import Search

KIND = "timeline"  # how entries are named in the search index


class Timeline:
    """The timeline table. Other parts add entries inside their own transactions (which this
    one then joins), so an entry is never written without the change it records."""

    def __init__(self, database: Database, search: Search, cases: Cases) -> None:
        self._db = database
        self._search = search
        self._cases = cases

    def add(
        self, case_id: int, kind: str, text: str, at: str | None = None, lang: str = "en"
    ) -> int:
        """A timeline entry; ``kind`` is one of records.KINDS (manual, note, ... flowchart-step);
        ``at`` defaults to now."""
        if kind not in KINDS:
            raise NotebookError(f"kind must be one of {', '.join(KINDS)}")
        with self._db.transaction():
            entry_id = self._db.insert(
                "INSERT INTO timeline (case_id, at, kind, text) VALUES (?,?,?,?)",
                (case_id, at or now(), kind, text),
            )
            self._search.index(KIND, entry_id, case_id, text, lang)
            self._cases.touch(case_id)
        return entry_id

    def entries(self, case_id: int) -> list[TimelineEntry]:
        """The case's entries in time order."""
        rows = self._db.execute(
            "SELECT id, case_id, at, kind, text FROM timeline WHERE case_id = ? ORDER BY at, id",
            (case_id,),
        ).fetchall()
        return [TimelineEntry(*row) for row in rows]

    def lines(self, case_id: int) -> list[tuple[str, str, str]]:
        """(at, kind, text) in time order: the timeline as it is read."""
        return [(e.at, e.kind, e.text) for e in self.entries(case_id)]

    def delete(self, entry_id: int) -> None:
        with self._db.transaction():
            self._search.forget(KIND, entry_id)
            self._db.execute("DELETE FROM timeline WHERE id = ?", (entry_id,))
