"""Long user text never breaks a PDF: a row taller than a page continues on the next page.

Every piece of long text is made of numbered words (``an0001 an0002 ...``) so the test can show
that each word is in the PDF exactly once and in order, even where a page break, the page's
furniture or a repeated table header falls in the middle of the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from interact_desktop import paths
from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.model import MAX_TEXT, Contact, Phone
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.roles import load_roles
from interact_desktop.core.exercises.run import ExerciseRun
from interact_desktop.core.export.case_report_pdf import export_case_report
from interact_desktop.core.export.checklist_pdf import ChecklistExport
from interact_desktop.core.export.debrief_pdf import DebriefExport
from interact_desktop.core.export.first_hour_pdf import FirstHourSheet
from interact_desktop.core.forms.answers import FilledChecklist
from interact_desktop.core.notebook.checklists import NotebookDraftStore
from interact_desktop.core.notebook.store import Notebook
from tests.conftest import REPO

HANDBOOK = load_handbook(REPO / "content")
QIRO = HANDBOOK.scenarios["qiro"]
T0 = dt.datetime(2026, 11, 25, 9, 30).astimezone()


def long_text(prefix: str, characters: int, words_per_line: int = 7) -> str:
    """About ``characters`` characters of numbered words, several lines of them."""
    words = [f"{prefix}{number:04d}" for number in range(1, characters // 7 + 2)]
    lines = [
        " ".join(words[start : start + words_per_line])
        for start in range(0, len(words), words_per_line)
    ]
    return "\n".join(lines)


def pdf_text(source: Path | bytes) -> str:
    reader = PdfReader(BytesIO(source) if isinstance(source, bytes) else source)
    return " ".join(page.extract_text() for page in reader.pages)


def assert_whole(text: str, written: str) -> None:
    """Every numbered word of ``written`` is in ``text`` once, in order."""
    prefix = written[:2]
    assert re.findall(rf"\b{prefix}\d{{4}}\b", text) == written.split()


def test_a_3000_character_answer_of_many_lines_exports_in_full(tmp_path):
    checklist = HANDBOOK.checklists["missing-first-hours"]
    filled = FilledChecklist.new(checklist)
    answer = long_text("an", 3000)
    assert len(answer) >= 3000 and answer.count("\n") > 50
    filled.answers["description"] = answer
    filled.answers["languages"] = long_text("la", 3000, words_per_line=400)  # one long line
    for second in (None, "el"):
        target = tmp_path / f"filled-{second}.pdf"
        ChecklistExport(HANDBOOK).export(checklist, target, "en", second, filled)
        text = pdf_text(target)
        assert_whole(text, answer)
        assert_whole(text, filled.answers["languages"])
        assert len(PdfReader(target).pages) >= 2


def test_a_long_row_of_a_group_answer_exports_in_full(tmp_path):
    checklist = HANDBOOK.checklists["identifying-information"]
    filled = FilledChecklist.new(checklist)
    name = long_text("gr", 5000)
    filled.answers["known-contacts"] = [{"name": name, "relation": "cousin"}]
    target = tmp_path / "group.pdf"
    ChecklistExport(HANDBOOK).export(checklist, target, "it", filled=filled)
    assert_whole(pdf_text(target), name)


@pytest.fixture
def long_case(tmp_path):
    book = Notebook.create(tmp_path / "nb", "passphrase")
    case_id = book.cases.add("UAM-2026-099", "ti", "", status="missing", last_seen="2026-11-20")
    written = {
        "tl": long_text("tl", 5000),
        "nt": long_text("nt", 5000, words_per_line=1000),
        "tb": long_text("tb", 5000, words_per_line=1000),
        "an": long_text("an", 5000),
        "pu": long_text("pu", 3000),
    }
    book.cases.update(case_id, purpose=written["pu"])
    book.timeline.add(case_id, "manual", written["tl"], "2026-11-20T22:10")
    book.notes.add(case_id, written["nt"])
    book.notes.add(case_id, f"| Who | What |\n|---|---|\n| cousin | {written['tb']} |\n")
    checklist = HANDBOOK.checklists["missing-first-hours"]
    filled = FilledChecklist.new(checklist)
    filled.answers["description"] = written["an"]
    NotebookDraftStore(book, case_id).save("c1", filled)
    yield book, case_id, written
    book.lock()


def test_a_case_report_with_5000_character_entries_exports_in_full(long_case, tmp_path):
    book, case_id, written = long_case
    target = tmp_path / "case.pdf"
    export_case_report(book, HANDBOOK, case_id, target, "fr")
    text = pdf_text(target)
    for entry in written.values():
        assert_whole(text, entry)


def test_a_debrief_with_a_long_decision_exports_in_full(tmp_path):
    facilitator = long_text("fa", 2000)
    run = ExerciseRun.start(QIRO, "el", T0, facilitator, "Ομάδα Β")
    inject = run.ordered(QIRO)[0]
    now = T0 + dt.timedelta(minutes=inject.minute)
    run.reveal_due(QIRO, now)
    decision = long_text("de", 5000)
    run.record(inject.id, decision, long_text("wh", 1000), now)
    run.finish(now)
    target = tmp_path / "debrief.pdf"
    DebriefExport(HANDBOOK).export(run, QIRO, target)
    text = pdf_text(target)
    for written in (facilitator, decision):
        assert_whole(text, written)


def _smallest_type(pdf: bytes) -> float:
    """The smallest text size on the page as printed (after the shrink to fit one page)."""
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * cm[0] * tm[0])

    PdfReader(BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return min(sizes)


def test_the_first_hour_sheet_stays_one_legible_page_with_the_longest_entries():
    roles, problems = load_roles(paths.content_dir())
    assert problems == []
    sheet = FirstHourSheet(HANDBOOK, roles)
    police = Contact(roles=("police-emergency",), name="Ελένη Παπαδοπούλου",
                     phones=(Phone("+30 210 000 0001"),))  # fmt: skip
    usual = Contact(
        roles=("police-emergency", "guardianship-authority"),
        name="Joëlle van 't Hooft-IJzerman",
        organisation="Nidos, regio Zuid",
        phones=(Phone("+31 20 000 0005"),),
        hours="ma–vr 9–17 uur; daarna de piketdienst",
    )
    longest = replace(
        usual,
        name=long_text("na", MAX_TEXT)[:MAX_TEXT].strip(),
        organisation=long_text("or", MAX_TEXT)[:MAX_TEXT].strip(),
        hours=long_text("ho", MAX_TEXT)[:MAX_TEXT].strip(),
    )
    today = dt.date(2026, 12, 7)
    pdf = sheet.render(Directory((police, longest)), "en", today)
    readable = _smallest_type(sheet.render(Directory((police, usual)), "en", today))
    assert len(PdfReader(BytesIO(pdf)).pages) == 1
    # Fields cut to a cell's worth of text shrink the page a little, never to unreadable type.
    assert _smallest_type(pdf) >= readable * 0.8, "shrunk to fit: too small to read on a wall"
    text = pdf_text(pdf)
    assert "+31 20 000 0005" in text and "na0001" in text and "…" in text
