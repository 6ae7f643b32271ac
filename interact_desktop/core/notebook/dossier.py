"""Everything the notebook holds about one case, gathered for a report or a subject-access
request, and the redaction presets that leave identifying fields out of it.

Redaction works on the data, before any layout: what a preset leaves out is not in the dossier
handed to the PDF writer, so no rendering path can print it by mistake.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from interact_desktop.core.atomic import write_atomic
from interact_desktop.core.content.tool_model import Checklist
from interact_desktop.core.forms.answers import AnswerError, FilledChecklist
from interact_desktop.core.notebook.records import (
    CHECKLIST_FINALISED,
    EXPORT,
    FLOWCHART_STEP,
    Case,
    ExportRecord,
    Note,
    TimelineEntry,
)
from interact_desktop.core.notebook.store import Notebook

#: full: everything; hand-over: for a colleague taking the case over, without the reference, tags
#: and the register of who received what; statistics: no free text, dates by month.
PRESETS = ("full", "hand-over", "statistics")
#: Answer types that say nothing in a person's own words: kept in statistics.
COUNTABLE_ANSWERS = ("yesno", "choice", "multichoice", "number")


class Dossier(NamedTuple):
    case: Case
    notes: tuple[Note, ...]
    timeline: tuple[TimelineEntry, ...]
    checklists: tuple[tuple[str, FilledChecklist], ...]
    register: tuple[ExportRecord, ...]
    preset: str = "full"

    @property
    def free_text(self) -> bool:
        return self.preset != "statistics"


def gather(notebook: Notebook, case_id: int) -> Dossier:
    checklists = []
    for stored in notebook.checklists.all(case_id):
        try:
            checklists.append((stored.id, FilledChecklist.from_json(stored.body)))
        except AnswerError:
            continue
    return Dossier(
        notebook.cases.get(case_id),
        tuple(notebook.notes.of_case(case_id)),
        tuple(notebook.timeline.entries(case_id)),
        tuple(sorted(checklists, key=lambda pair: pair[1].created)),
        tuple(notebook.register.entries(case_id)),
    )


def redact(dossier: Dossier, preset: str, templates: Mapping[str, Checklist]) -> Dossier:
    """The dossier as ``preset`` lets it out (see PRESETS)."""
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}; one of {', '.join(PRESETS)}")
    if preset == "full":
        return dossier
    case = dossier.case._replace(reference="", tags="")
    timeline = tuple(e for e in dossier.timeline if e.kind != EXPORT)
    if preset == "hand-over":
        return dossier._replace(case=case, timeline=timeline, register=(), preset=preset)
    dates = ("opened", "last_seen", "closed", "retention", "created", "updated")
    month = {field: getattr(case, field)[:7] for field in dates}
    case = case._replace(purpose="", **month)
    kept_text = (CHECKLIST_FINALISED, FLOWCHART_STEP)  # template ids and flowchart step labels
    timeline = tuple(
        e._replace(at=e.at[:7], text=e.text if e.kind in kept_text else "") for e in timeline
    )
    notes = tuple(n._replace(body="", updated=n.updated[:7]) for n in dossier.notes)
    checklists = []
    for draft_id, filled in dossier.checklists:
        template = templates.get(filled.template)
        types = {item.id: item.type for item in template.items} if template else {}
        answers = {k: v for k, v in filled.answers.items() if types.get(k) in COUNTABLE_ANSWERS}
        checklists.append((draft_id, FilledChecklist(
            filled.template, filled.version, answers, filled.created[:7], filled.updated[:7],
            filled.finalised[:7] if filled.finalised else None,
        )))  # fmt: skip
    return Dossier(case, notes, timeline, tuple(checklists), (), preset)


def subject_access_json(dossier: Dossier) -> str:
    """All data of the case, as JSON a person can read (answers to a subject-access request)."""
    data = {
        "format": "interact-desktop case export 1",
        "case": dossier.case._asdict(),
        "notes": [n._asdict() for n in dossier.notes],
        "timeline": [e._asdict() for e in dossier.timeline],
        "checklists": [
            {"id": draft_id, **json.loads(filled.to_json())}
            for draft_id, filled in dossier.checklists
        ],
        "export_register": [r._asdict() for r in dossier.register],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def export_subject_access(notebook: Notebook, case_id: int, target: Path, recipient: str) -> None:
    """Write everything about the case to ``target`` as JSON, and register the export."""
    write_atomic(target, subject_access_json(gather(notebook, case_id)))  # 0600: case data
    notebook.register.record(case_id, f"subject access (JSON): {target.name}", recipient, "full")
