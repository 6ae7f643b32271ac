"""One running app per data folder: a second start brings the first window forward and ends, or
says the app is already open; a killed first app leaves nothing that stops the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from tests.conftest import REPO
from tests.helpers.process import run_app, startup_report

FIRST = """
import sys
from interact_desktop import app
from interact_desktop.cli import main
import interact_desktop.ui.single_instance as single_instance

forward = single_instance.bring_forward
def brought_forward(window):
    forward(window)
    print("brought forward", flush=True)
single_instance.bring_forward = brought_forward

answer = app.answer_later_starts
def listening(window, user_paths):
    answer(window, user_paths)
    print("listening", flush=True)
app.answer_later_starts = listening
sys.exit(main(["--basedir", sys.argv[1]]))
"""

HOLD_THE_LOCK_ONLY = """
import sys
from pathlib import Path
from interact_desktop.core.instance_lock import InstanceLock

lock = InstanceLock(Path(sys.argv[1]))
print("held" if lock.acquire() else "refused", flush=True)
sys.stdin.read()
"""

SECOND_START_READING_THE_MESSAGE = """
import sys
from PySide6.QtWidgets import QMessageBox
from interact_desktop.cli import main

def shown(box):
    text = " ".join([box.objectName(), box.text(), box.informativeText()]).replace("\\n", " ")
    print("message", text, flush=True)
    return 0
QMessageBox.exec = shown
sys.exit(main(["--basedir", sys.argv[1]]))
"""


def start(script: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args], cwd=REPO, env=env, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)
    process.stdin.close()
    process.stdout.close()


def test_a_second_start_brings_the_first_forward_and_a_killed_first_frees_the_folder(tmp_path):
    first = start(FIRST, str(tmp_path))
    try:
        assert first.stdout.readline().strip() == "listening"
        second = run_app("--basedir", str(tmp_path), timeout=30)
        assert second.returncode == 0, second.stderr
        assert "already open with this data folder" in second.stdout
        assert "brought forward" in second.stdout
        assert first.stdout.readline().strip() == "brought forward"
        assert first.poll() is None  # the first app goes on
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        stop(first)
    report = startup_report(run_app("--basedir", str(tmp_path), "--report-startup"))
    assert report["title"]  # the next start opens the window: no stale lock


def test_a_second_start_says_the_app_is_open_when_it_cannot_bring_it_forward(tmp_path):
    (tmp_path / "data").mkdir()
    holder = start(HOLD_THE_LOCK_ONLY, str(tmp_path / "data"))  # holds the folder, never answers
    try:
        assert holder.stdout.readline().strip() == "held"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        second = subprocess.run(
            [sys.executable, "-c", SECOND_START_READING_THE_MESSAGE, str(tmp_path)],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    finally:
        stop(holder)
    assert second.returncode == 0, second.stderr
    assert f"already open with this data folder (process {holder.pid})" in second.stderr
    message = next(line for line in second.stdout.splitlines() if line.startswith("message"))
    assert "alreadyOpenMessage" in message
    assert "INTERACT Desktop is already open with this data folder." in message
    assert f"(Process {holder.pid}.)" in message


def notebook_cli(basedir, *args: str, passphrase: str = "four words are easier"):
    return subprocess.run(
        [sys.executable, "-m", "interact_desktop", "--basedir", str(basedir), "notebook", *args],
        cwd=REPO, input=f"{passphrase}\n", capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_restore_is_refused_while_the_app_is_open(tmp_path):
    assert notebook_cli(tmp_path, "init").returncode == 0
    backup = tmp_path / "notebook.backup"
    made = notebook_cli(tmp_path, "backup", "--out", str(backup))
    assert made.returncode == 0, made.stderr
    database = tmp_path / "data" / "notebook" / "notebook.db"
    before = database.read_bytes()
    first = start(FIRST, str(tmp_path))
    try:
        assert first.stdout.readline().strip() == "listening"  # the app holds its folders now
        restore = notebook_cli(tmp_path, "restore", str(backup))
    finally:
        stop(first)
    assert restore.returncode == 1
    assert "open in another INTERACT Desktop window" in restore.stderr
    assert "Traceback" not in restore.stderr
    assert database.read_bytes() == before
