"""A table-top exercise from start to debrief PDF in the real app, with nothing left in case data.

The app runs as its own process: the facilitator starts the Abena exercise from the scenario page,
reveals every inject with "Reveal now", records a decision on each, and leaves. The command line
then lists the run and writes its debrief.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from interact_desktop import paths
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.notebook.store import Notebook
from tests.conftest import REPO
from tests.helpers.pdf import fonts_of
from tests.helpers.process import run_app

pytestmark = pytest.mark.e2e

PASSPHRASE = "a long passphrase for the test"
TOKEN = "Zorblatquent"  # a word found nowhere else, so a leak cannot hide

RUN_AN_EXERCISE = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from interact_desktop import app
from interact_desktop.cli import build_parser
from interact_desktop.ui.exercises.exercise_view import ExerciseView

def click(button):
    QApplication.processEvents()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)

def after_first_paint(qt_app, window, args):
    window.finish_startup()
    window.open_place("scenario:abena")
    window.open_place("exercise:abena")  # the page's "Run this exercise" link
    view = window.findChild(ExerciseView, "exerciseView")
    QTest.keyClicks(view.facilitator_field, "Eleni P.")
    view.group_field.insert("Ομάδα Β")  # QTest types ASCII only
    click(view.start_button)
    while view.reveal_button.isEnabled():
        click(view.reveal_button)
    for number, inject in enumerate(view.run.ordered(view.scenario), start=1):
        box = view.boxes[inject.id]
        QTest.keyClicks(box.entry, f"{sys.argv[2]} {number}")
        box.entry.insertPlainText(" ορισμός επιτρόπου")
        click(box.record_button)
    print("run", view.run.id, len(view.run.decisions), flush=True)
    window.close()
    qt_app.quit()

app.after_first_paint = after_first_paint
app.run_gui(build_parser().parse_args(["--basedir", sys.argv[1], "--lang", "el"]))
"""


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_an_exercise_from_start_to_debrief_leaves_no_trace_in_case_data(tmp_path):
    handbook = load_handbook(paths.content_dir())
    abena = handbook.scenarios["abena"]
    basedir = tmp_path / "base"
    user = paths.UserPaths.for_basedir(basedir)
    notebook_dir = user.data / "notebook"
    Notebook.create(notebook_dir, PASSPHRASE).lock()

    result = subprocess.run(
        [sys.executable, "-c", RUN_AN_EXERCISE, str(basedir), TOKEN],
        cwd=REPO, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    _, run_id, count = result.stdout.split()
    assert int(count) == len(abena.injects)

    listing = run_app("--basedir", str(basedir), "exercise", "--list")
    assert listing.returncode == 0, listing.stderr
    assert listing.stdout.startswith(f"{run_id}\t")
    assert f"{len(abena.injects)} decisions" in listing.stdout

    out = tmp_path / "debrief.pdf"
    debrief = run_app("--basedir", str(basedir), "exercise", "debrief", run_id, "--out", str(out))
    assert debrief.returncode == 0, debrief.stderr
    reader = PdfReader(out)
    pages = [normalise(page.extract_text()) for page in reader.pages]
    text = " ".join(pages)
    assert all(handbook.export_label("fictional", "el") in page for page in pages)
    for number in range(1, len(abena.injects) + 1):
        assert f"{TOKEN} {number} ορισμός επιτρόπου" in text
    for inject in abena.injects:
        for section in inject.sections:
            assert normalise(handbook.title(section, "el")) in text
    assert "Eleni P." in pages[0] and "Ομάδα Β" in pages[0]
    assert all(
        re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?", name)
        for name in fonts_of(reader)
    )

    # Nothing of it in the case notebook, and the decisions in no file but the run's own.
    notebook = Notebook.open(notebook_dir, PASSPHRASE)
    try:
        assert notebook.cases.summaries() == []
        assert notebook.search.find(TOKEN) == []
    finally:
        notebook.lock()
    holding = [
        path.relative_to(basedir)
        for path in basedir.rglob("*")
        if path.is_file() and TOKEN.encode() in path.read_bytes()
    ]
    assert holding == [user.exercises_dir.relative_to(basedir) / f"{run_id}.json"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["exercise"], "exercise debrief RUN_ID --out FILE.pdf"),
        (["exercise", "debrief", "20261125-000000-abena-ffff", "--out", "OUT"],
         "no exercise run '20261125-000000-abena-ffff'"),
        (["exercise", "debrief", "../settings", "--out", "OUT"], "not a run id"),
        (["exercise", "debrief", "damaged", "--out", "OUT"], "damaged.json is damaged"),
        (["exercise", "debrief", "bogus"], "exercise debrief RUN_ID --out FILE.pdf"),
    ],
)  # fmt: skip
def test_exercise_command_user_errors_exit_1(tmp_path, args, message):
    folder = paths.UserPaths.for_basedir(tmp_path).exercises_dir
    folder.mkdir(parents=True)
    (folder / "damaged.json").write_text('{"fictional": true', "utf-8")
    args = [str(tmp_path / "o.pdf") if a == "OUT" else a for a in args]
    result = run_app("--basedir", str(tmp_path), *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_list_reports_a_damaged_run_and_carries_on(tmp_path):
    folder = paths.UserPaths.for_basedir(tmp_path).exercises_dir
    folder.mkdir(parents=True)
    (folder / "damaged.json").write_text("[]", "utf-8")
    result = run_app("--basedir", str(tmp_path), "exercise", "--list")
    assert result.returncode == 0
    assert result.stdout == ""
    assert "damaged.json is damaged: not an exercise run" in result.stderr
