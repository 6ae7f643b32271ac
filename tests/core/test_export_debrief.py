"""Debrief PDFs: the fictional mark on every page, each inject with its decisions and sections."""

from __future__ import annotations

import datetime as dt
import re

from pypdf import PdfReader

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.exercises.run import ExerciseRun
from interact_desktop.core.export.debrief_pdf import DebriefExport
from tests.conftest import REPO
from tests.helpers.pdf import fonts_of

HANDBOOK = load_handbook(REPO / "content")
QIRO = HANDBOOK.scenarios["qiro"]
T0 = dt.datetime(2026, 11, 25, 9, 30).astimezone()


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def run_with_decisions(lang: str, skip_last: bool = False) -> ExerciseRun:
    run = ExerciseRun.start(QIRO, lang, T0, "Eleni P.", "Ομάδα Β")
    injects = run.ordered(QIRO)[:-1] if skip_last else run.ordered(QIRO)
    for number, inject in enumerate(injects, start=1):
        now = T0 + dt.timedelta(minutes=inject.minute)
        run.reveal_due(QIRO, now)
        run.record(inject.id, f"Απόφαση {number}: ενημέρωση επιτρόπου", "Ομάδα Β", now)
    run.finish(T0 + dt.timedelta(minutes=95))
    return run


def test_greek_debrief_has_every_decision_section_and_the_mark_on_every_page(tmp_path):
    run = run_with_decisions("el", skip_last=True)
    target = tmp_path / "debrief.pdf"
    progress = []
    DebriefExport(HANDBOOK).export(run, QIRO, target, "Eleni P.", lambda *a: progress.append(a))
    reader = PdfReader(target)
    pages = [normalise(page.extract_text()) for page in reader.pages]
    mark = HANDBOOK.export_label("fictional", "el")
    assert len(pages) >= 2
    assert all(mark in page for page in pages)
    text = " ".join(pages)
    for number in range(1, len(QIRO.injects)):
        assert f"Απόφαση {number}: ενημέρωση επιτρόπου" in text
    for inject in QIRO.injects:
        assert normalise(inject.question["el"])[:60] in text
        for section in inject.sections:
            assert normalise(HANDBOOK.title(section, "el")) in text
    assert HANDBOOK.export_label("no-decisions", "el") in text  # the last inject
    assert normalise(QIRO.title["el"]) in pages[0]
    assert progress[-1] == (len(QIRO.injects), len(QIRO.injects))
    assert reader.metadata.author == "Eleni P."
    assert reader.metadata.subject == mark
    assert reader.metadata.title.endswith(QIRO.title["el"])
    assert all(
        re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?", name)
        for name in fonts_of(reader)
    )


def test_unrevealed_injects_are_listed_as_such(tmp_path):
    run = ExerciseRun.start(QIRO, "fr", T0)
    run.reveal_due(QIRO, T0)
    target = tmp_path / "fr.pdf"
    DebriefExport(HANDBOOK).export(run, QIRO, target)
    text = normalise(" ".join(page.extract_text() for page in PdfReader(target).pages))
    assert text.count(HANDBOOK.export_label("not-revealed", "fr")) == len(QIRO.injects) - 1
    assert HANDBOOK.export_label("not-finished", "fr") in text


def test_a_french_debrief_sets_its_colons_as_french_does(tmp_path):
    run = ExerciseRun.start(QIRO, "fr", T0)
    run.reveal_due(QIRO, T0)
    target = tmp_path / "fr.pdf"
    DebriefExport(HANDBOOK).export(run, QIRO, target)
    reader = PdfReader(target)
    # pypdf reads the no-break space back as a space; what matters is that one is there.
    text = " ".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")
    question = HANDBOOK.export_label("question", "fr")
    assert f"{question} :" in text
    assert f"{question}:" not in text
    assert "\u00a0: " in reader.metadata.title
