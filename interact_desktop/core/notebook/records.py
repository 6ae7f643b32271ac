"""What the notebook hands out: typed, read-only records of cases, notes, timeline entries,
checklists, exports and search hits. Views hold these, never database rows."""

from __future__ import annotations

from typing import NamedTuple

from interact_desktop.core.search.highlight import Segment

#: Where a case stands. "missing" and "found" matter most for disappearances.
STATUSES = ("open", "missing", "found", "closed")

#: Timeline kinds: "manual" and "note" are written by a person; the others by the app.
MANUAL, NOTE, CHECKLIST_FINALISED, EXPORT, FLOWCHART_STEP = (
    "manual", "note", "checklist-finalised", "export", "flowchart-step",
)  # fmt: skip
KINDS = (MANUAL, NOTE, CHECKLIST_FINALISED, EXPORT, FLOWCHART_STEP)


class Case(NamedTuple):
    """A case under a pseudonymous reference: no real name is ever asked for.

    Lists (languages spoken, roles involved, tags) are comma-separated text as typed; dates are
    ISO dates (``YYYY-MM-DD``) or empty. ``retention`` is the date by which the case should be
    deleted; ``purpose`` says why the data is kept (GDPR purpose limitation).
    """

    id: int
    reference: str
    status: str
    languages: str
    roles: str
    tags: str
    purpose: str
    opened: str
    last_seen: str
    closed: str
    retention: str
    created: str
    updated: str


CASE_COLUMNS = ", ".join(Case._fields)
DATE_FIELDS = ("opened", "last_seen", "closed", "retention")


class Note(NamedTuple):
    id: int
    case_id: int
    body: str
    updated: str


class TimelineEntry(NamedTuple):
    id: int
    case_id: int
    at: str
    kind: str
    text: str


class StoredChecklist(NamedTuple):
    """A filled checklist as kept in the notebook; ``body`` is FilledChecklist JSON."""

    id: str
    case_id: int | None
    template: str
    body: str
    updated: str
    finalised: str | None


class ExportRecord(NamedTuple):
    """One line of the export register: what left the notebook, when, and for whom (as typed)."""

    id: int
    case_id: int | None
    at: str
    what: str
    recipient: str
    preset: str


class SearchHit(NamedTuple):
    kind: str  # note | timeline | checklist
    ref: int | str  # note or timeline id; checklist id
    case_id: int | None
    text: str
    snippet: tuple[Segment, ...] = ()
