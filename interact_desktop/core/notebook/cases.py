"""Cases in the notebook: the record under a pseudonymous reference, its changes, the retention
reminder, and deletion for good."""

from __future__ import annotations

import datetime as dt

from interact_desktop.core.notebook.database import Database, now
from interact_desktop.core.notebook.errors import NotebookError
from interact_desktop.core.notebook.records import CASE_COLUMNS, DATE_FIELDS, STATUSES, Case
from interact_desktop.core.notebook.search import Search


class Cases:
    """The cases table; ``search`` is there so that deleting a case also empties its index."""

    def __init__(self, database: Database, search: Search) -> None:
        self._db = database
        self._search = search

    def add(
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
        values = _checked(
            {"reference": reference, "status": status, "languages": languages, "roles": roles,
             "tags": tags, "purpose": purpose, "opened": opened or dt.date.today().isoformat(),
             "last_seen": last_seen, "closed": closed, "retention": retention}
        )  # fmt: skip
        changed = now()
        names = ", ".join(values)
        marks = ", ".join("?" * len(values))
        return self._db.insert(
            f"INSERT INTO cases ({names}, created, updated) VALUES ({marks}, ?, ?)",
            (*values.values(), changed, changed),
        )

    def update(
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
        values = _checked({k: v for k, v in given.items() if v is not None})
        if values:
            assignments = ", ".join(f"{name} = ?" for name in values)
            cursor = self._db.execute(
                f"UPDATE cases SET {assignments}, updated = ? WHERE id = ?",
                (*values.values(), now(), case_id),
            )
            if cursor.rowcount == 0:
                raise NotebookError("This case no longer exists.")
        return self.get(case_id)

    def get(self, case_id: int) -> Case:
        """One case in full, or NotebookError when it was deleted."""
        row = self._db.execute(
            f"SELECT {CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise NotebookError("This case no longer exists.")
        return Case(*row)

    def summaries(self) -> list[tuple[int, str, str]]:
        """(id, reference, status), most recently changed first: what the case list shows."""
        rows: list[tuple[int, str, str]] = self._db.execute(
            "SELECT id, reference, status FROM cases ORDER BY updated DESC, id DESC"
        ).fetchall()
        return rows

    def records(self) -> list[Case]:
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

    def delete(self, case_id: int) -> None:
        """For good: its notes, timeline, checklists, register lines and index rows are deleted,
        deleted pages are overwritten (secure_delete), the file is compacted and the write-ahead
        log emptied, so no page of the case is left anywhere in the files."""
        with self._db.transaction():
            self._search.forget_case(case_id)
            self._db.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        self._search.optimize()
        self._db.execute("VACUUM")
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def touch(self, case_id: int) -> None:
        """The case changed (a note, an entry): it moves to the top of the list."""
        self._db.execute("UPDATE cases SET updated = ? WHERE id = ?", (now(), case_id))


def _checked(fields: dict[str, str]) -> dict[str, str]:
    """The fields stripped and checked: text only, dates ISO, a reference, a known status."""
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


def _date(value: str, field: str) -> str:
    value = value.strip()
    if value:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise NotebookError(f"{field}: not a date (YYYY-MM-DD): {value!r}") from None
    return value
