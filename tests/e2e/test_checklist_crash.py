"""kill -9 one second after an answer is typed: after a restart the answer is there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.e2e

TYPE_AN_ANSWER = """
import sys
from PySide6.QtTest import QTest
from interact_desktop import app
from interact_desktop.cli import build_parser
from interact_desktop.ui.checklists.checklist_form import ChecklistForm

def after_first_paint(qt_app, window, args):
    window.finish_startup()
    window.open_place("fill:missing-first-hours")  # the page's "Fill in this checklist" link
    form = window.findChild(ChecklistForm, "checklistForm")
    field = form.field("last-seen-place")
    field.setFocus()
    QTest.keyClicks(field, "Bus station, platform 4")  # typed as a person types
    print("typed", form.draft_id, flush=True)

app.after_first_paint = after_first_paint
app.run_gui(build_parser().parse_args(["--basedir", sys.argv[1]]))
"""

READ_IT_BACK = """
import sys
from interact_desktop import app
from interact_desktop.cli import build_parser
from interact_desktop.ui.checklists.checklist_form import ChecklistForm

def after_first_paint(qt_app, window, args):
    window.finish_startup()
    window.events.draftRequested.emit(sys.argv[2])  # File > Saved checklists
    form = window.findChild(ChecklistForm, "checklistForm")
    assert form.draft_id == sys.argv[2]
    print("answer", form.field("last-seen-place").text(), flush=True)
    window.close()
    qt_app.quit()

app.after_first_paint = after_first_paint
app.run_gui(build_parser().parse_args(["--basedir", sys.argv[1]]))
"""


def test_answer_survives_kill_9_one_second_after_typing(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    typing = subprocess.Popen(
        [sys.executable, "-c", TYPE_AN_ANSWER, str(tmp_path)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        line = typing.stdout.readline()
        assert line.startswith("typed "), line
        draft = line.split()[1]
        time.sleep(1.0)
        os.kill(typing.pid, signal.SIGKILL)
        typing.wait(timeout=10)
    finally:
        if typing.poll() is None:
            typing.kill()
            typing.wait(timeout=10)
        typing.stdout.close()
    assert typing.returncode == -signal.SIGKILL
    restarted = subprocess.run(
        [sys.executable, "-c", READ_IT_BACK, str(tmp_path), draft],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert restarted.returncode == 0, restarted.stderr
    assert "answer Bus station, platform 4" in restarted.stdout
