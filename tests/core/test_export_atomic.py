"""Every PDF export is written atomically: a full disk, a read-only medium or a failing disk while
writing leaves the PDF that was there whole (no 0-byte or half file, no temporary file), and the
exports that hold case data are private to the user (0600)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from interact_desktop import paths
from interact_desktop.core.atomic import WriteError, injected_fault
from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.roles import load_roles
from interact_desktop.core.exercises.run import ExerciseRun
from interact_desktop.core.export.case_report_pdf import export_case_report
from interact_desktop.core.export.checklist_pdf import ChecklistExport
from interact_desktop.core.export.debrief_pdf import DebriefExport
from interact_desktop.core.export.first_hour_pdf import FirstHourSheet
from interact_desktop.core.export.flowchart_pdf import FlowchartExport
from interact_desktop.core.export.handbook_pdf import HandbookExport, PdfMeta
from interact_desktop.core.export.slides_pdf import SlidesExport
from interact_desktop.core.forms.answers import FilledChecklist
from interact_desktop.core.notebook.store import Notebook
from interact_desktop.core.presentation.slides import SlideMaker
from tests.conftest import REPO

HANDBOOK = load_handbook(REPO / "content")
CHECKLIST = HANDBOOK.checklists["missing-first-hours"]
QIRO = HANDBOOK.scenarios["qiro"]
T0 = dt.datetime(2026, 11, 25, 9, 30).astimezone()

Notebook_ = tuple[Notebook, int]


def case_report(target: Path, notebook: Notebook_) -> None:
    book, case_id = notebook
    export_case_report(book, HANDBOOK, case_id, target, "en")


def filled_checklist(target: Path, _: Notebook_) -> None:
    answers = FilledChecklist.new(CHECKLIST)
    answers.answers["description"] = "Red jacket, black backpack"
    ChecklistExport(HANDBOOK).export(CHECKLIST, target, "en", filled=answers)


def debrief(target: Path, _: Notebook_) -> None:
    run = ExerciseRun.start(QIRO, "en", T0, "Eleni P.", "Group B")
    DebriefExport(HANDBOOK).export(run, QIRO, target)


def first_hour(target: Path, _: Notebook_) -> None:
    roles, _problems = load_roles(paths.content_dir())
    FirstHourSheet(HANDBOOK, roles).export(Directory(), target, "en")


def section(target: Path, _: Notebook_) -> None:
    HandbookExport(HANDBOOK, "en").export_section("about", target, PdfMeta("About", "", "en"))


def blank_checklist(target: Path, _: Notebook_) -> None:
    ChecklistExport(HANDBOOK).export(CHECKLIST, target, "en")


def flowchart(target: Path, _: Notebook_) -> None:
    FlowchartExport(HANDBOOK).export(HANDBOOK.flowcharts["child-missing"], target, "en")


def slides(target: Path, _: Notebook_) -> None:
    deck = SlideMaker(HANDBOOK).section_deck("about", "en")
    SlidesExport(HANDBOOK).export(deck, target, PdfMeta(deck.title, "", "en"))


Export = Callable[[Path, Notebook_], None]
PRIVATE: dict[str, Export] = {
    "case report": case_report,
    "filled checklist": filled_checklist,
    "debrief": debrief,
    "first-hour sheet": first_hour,
}
SHARED: dict[str, Export] = {
    "handbook section": section,
    "blank checklist": blank_checklist,
    "flowchart": flowchart,
    "slides": slides,
}
EVERY = {**PRIVATE, **SHARED}


@pytest.fixture(scope="module")
def notebook(tmp_path_factory):
    book = Notebook.create(tmp_path_factory.mktemp("nb") / "nb", "passphrase")
    case_id = book.cases.add("UAM-2026-007", "ti")
    book.notes.add(case_id, "Seen at the station")
    yield book, case_id
    book.lock()


@pytest.mark.parametrize("point", ["write", "fsync", "rename"])
@pytest.mark.parametrize("kind", EVERY)
def test_a_failed_export_keeps_the_good_pdf_that_was_there(tmp_path, notebook, kind, point):
    export = EVERY[kind]
    target = tmp_path / "export.pdf"
    export(target, notebook)
    good = target.read_bytes()
    assert len(PdfReader(target).pages) >= 1
    with injected_fault(point, errno.ENOSPC), pytest.raises(WriteError) as raised:
        export(target, notebook)
    assert raised.value.describe().startswith("disk full:")
    assert target.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["export.pdf"]


@pytest.mark.parametrize("kind", EVERY)
def test_an_export_to_a_read_only_medium_writes_nothing(tmp_path, notebook, kind):
    target = tmp_path / "export.pdf"
    with injected_fault("open", errno.EROFS), pytest.raises(WriteError) as raised:
        EVERY[kind](target, notebook)
    assert raised.value.describe().startswith(f"read-only: {tmp_path} is on a read-only medium")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", EVERY)
def test_exports_with_case_data_are_private_to_the_user(tmp_path, notebook, kind):
    target = tmp_path / "export.pdf"
    previous = os.umask(0o022)
    try:
        EVERY[kind](target, notebook)
    finally:
        os.umask(previous)
    expected = 0o600 if kind in PRIVATE else 0o644
    assert stat.S_IMODE(target.stat().st_mode) == expected
