"""On X11, selecting text is enough to put it in the PRIMARY selection, which any program reads
with a middle click: case text selected in the notebook leaves it after the guard's delay and at
lock, as the clipboard does, and someone else's selection is left alone.

The offscreen platform the other tests use has no selection, so this one runs the notebook view
on a private X server (Xvfb) in a process of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = [
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="the PRIMARY selection is an X11 feature"
    ),
    pytest.mark.skipif(
        shutil.which("Xvfb") is None, reason="Xvfb is not installed here (.ci/run installs it)"
    ),
]

SELECT_AND_LOCK = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QDeadlineTimer, QEventLoop, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from interact_desktop.core.settings import Settings
from interact_desktop.ui.notebook.notebook_view import NotebookView
from interact_desktop.ui.services.notebook_service import NotebookService
from tests.helpers.clock import FakeClock
from tests.helpers.notebook_ui import PASSPHRASE, REFERENCE, SECRET

app = QApplication([])
folder = Path(sys.argv[1])
clock = FakeClock()
view = NotebookView(NotebookService(folder / "notebook"), Settings(folder / "settings.ini"),
                    clipboard_delay_ms=300, clock=clock)
clipboard = QGuiApplication.clipboard()


def wait_for(condition, ms):
    # the event loop runs until condition() holds (True) or ms have passed (False)
    deadline = QDeadlineTimer(ms)
    while not condition():
        if deadline.hasExpired():
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return True


def selection():
    return clipboard.text(QClipboard.Mode.Selection)


def report(step, value):
    print(json.dumps([step, value]), flush=True)


def focus(window, widget):
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    widget.setFocus()
    assert wait_for(widget.hasFocus, 5000)


def select_note():
    focus(view, view.editor)
    QTest.keyClick(view.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    app.processEvents()


view.resize(900, 600)
view.show()
opened = QEventLoop()
view.controller.unlocked.connect(opened.quit)
view.controller.create(PASSPHRASE)
opened.exec()
view.new_case(REFERENCE)
focus(view, view.editor)
QTest.keyClicks(view.editor, SECRET)
report("supported", clipboard.supportsSelection())

select_note()  # no copy: selecting is enough on X11
report("selected", selection())
clock.advance(1)
wait_for(lambda: selection() == "", 3000)
report("after the delay", selection())

select_note()
outside = QLineEdit("from the handbook")
focus(outside, outside)
QTest.keyClick(outside, Qt.Key.Key_Home)
QTest.keyClick(outside, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
app.processEvents()
clock.advance(1)
wait_for(lambda: not view.clipboard_guard.selection_deadline.armed, 3000)
report("selected elsewhere since", selection())

select_note()
report("selected again", selection())
view.lock()
app.processEvents()
report("after the lock", selection())
"""


@pytest.fixture
def x_display():
    """A private X server; its display name."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1024x768x24"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as ready:
        number = ready.readline().strip()  # written once the server takes connections
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_case_text_selected_leaves_the_x11_selection_after_the_delay_and_at_lock(
    x_display, tmp_path
):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": x_display}
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run(
        [sys.executable, "-c", SELECT_AND_LOCK, str(tmp_path)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    steps = dict(json.loads(line) for line in run.stdout.splitlines() if line.startswith("["))
    secret = "Zqvxelmorant saw the minibus"
    assert steps.get("supported") is True, run.stderr
    assert steps.get("selected") == secret, run.stderr
    assert steps.get("after the delay") == "", run.stderr
    assert steps.get("selected elsewhere since") == "from the handbook", run.stderr
    assert steps.get("selected again") == secret, run.stderr
    assert steps.get("after the lock") == "", run.stderr
    assert run.returncode == 0, run.stderr
