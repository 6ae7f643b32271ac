"""The export register: every export and backup leaves a line saying what left the notebook,
when, and for whom (as typed), so a person can answer for every copy of a case's data."""

from __future__ import annotations

from interact_desktop.core.notebook.database import Database, now
from interact_desktop.core.notebook.records import EXPORT, ExportRecord
from interact_desktop.core.notebook.timeline import Timeline


class Register:
    """The exports table; ``timeline`` gets an ``export`` entry for each export of a case."""

    def __init__(self, database: Database, timeline: Timeline) -> None:
        self._db = database
        self._timeline = timeline

    def record(
        self,
        case_id: int | None,
        what: str,
        recipient: str,
        preset: str = "",
        timeline_text: str | None = None,
    ) -> int:
        """A line of the register (and, for a case, of its timeline). Every export and backup
        calls this; ``recipient`` is kept as typed. ``timeline_text`` replaces the timeline's
        usual "what → recipient" (a hand-over received says whom it came from)."""
        at = now()
        with self._db.transaction():
            line_id = self._db.insert(
                "INSERT INTO exports (case_id, at, what, recipient, preset) VALUES (?,?,?,?,?)",
                (case_id, at, what, recipient, preset),
            )
            if case_id is not None:
                text = f"{what} → {recipient}" if recipient else what
                text = timeline_text if timeline_text is not None else text
                self._timeline.add(case_id, EXPORT, text, at, "en")
        return line_id

    def entries(self, case_id: int | None = None) -> list[ExportRecord]:
        """The register, oldest first: of one case, or of the whole notebook."""
        where, args = ("WHERE case_id = ?", (case_id,)) if case_id is not None else ("", ())
        rows = self._db.execute(
            f"SELECT id, case_id, at, what, recipient, preset FROM exports {where} ORDER BY id",
            args,
        ).fetchall()
        return [ExportRecord(*row) for row in rows]
