"""kill -9 at 20 random moments while a note is being typed and autosaved the way the notebook
view does it: afterwards the notebook opens, passes integrity_check, and holds the text typed up
to at most 2 s before the kill."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from interact_desktop.core.notebook.database import DATABASE, connect
from interact_desktop.core.notebook.keys import Header, derive_key
from interact_desktop.core.notebook.store import Notebook
from tests.conftest import REPO

pytestmark = pytest.mark.e2e

PASSPHRASE = "typing under pressure"
TEXT = "".join(f"Visit {n}: the boy said his cousin waits in Milano. " for n in range(400))
AUTOSAVE_EVERY = 0.5  # seconds of typing between saves; the UI saves within 2 s

TYPE_AND_AUTOSAVE = f"""
import sys, time
from pathlib import Path
from interact_desktop.core.notebook.store import Notebook
TEXT = {TEXT!r}
book = Notebook.open(Path(sys.argv[1]), {PASSPHRASE!r})
case_id = book.cases.summaries()[0][0]
note = book.notes.of_case(case_id)[0]
typed = len(note.body)
last_save = time.monotonic()
print("ready", typed, flush=True)
while typed < len(TEXT):
    typed += 3                      # a batch of keystrokes
    print("typed", typed, time.monotonic(), flush=True)
    if time.monotonic() - last_save >= {AUTOSAVE_EVERY}:
        book.notes.update(note.id, TEXT[:typed])
        last_save = time.monotonic()
        print("saved", typed, flush=True)
    time.sleep(0.02)
"""


def test_kill_9_at_20_random_moments_of_typing(tmp_path):
    rng = random.Random(20)
    lanes = []
    for lane in range(4):  # four notebooks side by side: a quarter of the waiting
        folder = tmp_path / f"nb{lane}"
        book = Notebook.create(folder, PASSPHRASE)
        book.notes.add(book.cases.add(f"Case {lane}"), "")
        book.lock()
        lanes.append((folder, derive_key(PASSPHRASE, Header.read(folder).current)))
    losses, saved_runs = [], 0
    for _round in range(5):
        runs = []
        for folder, _ in lanes:
            process = subprocess.Popen(
                [sys.executable, "-c", TYPE_AND_AUTOSAVE, str(folder)],
                cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            runs.append(process)
        for process in runs:
            ready = process.stdout.readline()
            assert ready.startswith("ready"), ready + process.stderr.read()
        started = time.monotonic()
        moments = sorted((rng.uniform(0.2, 1.5), n) for n in range(len(runs)))
        for moment, number in moments:
            # Random moments are the point of the test: there is no condition to wait for.
            time.sleep(max(0.0, started + moment - time.monotonic()))
            os.kill(runs[number].pid, signal.SIGKILL)
        for (folder, key), process in zip(lanes, runs, strict=True):
            process.wait(timeout=10)
            assert process.returncode == -signal.SIGKILL
            lines = process.stdout.read().splitlines()
            process.stdout.close()
            process.stderr.close()
            beats = [line.split() for line in lines if line.startswith("typed ")]
            typed = [(int(count), float(moment)) for _, count, moment in beats]
            saved_runs += any(ln.startswith("saved ") for ln in lines)

            connection = connect(folder / DATABASE, key)
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            body = connection.execute("SELECT body FROM notes").fetchone()[0]
            connection.close()
            assert TEXT.startswith(body), "the saved text is whole"
            lost = [moment for count, moment in typed if count > len(body)]
            if lost and typed:
                losses.append(typed[-1][1] - lost[0])
    assert saved_runs >= 8, "most runs saved at least once before the kill"
    assert max(losses, default=0.0) <= 2.0, losses
    last = Notebook.open(lanes[0][0], PASSPHRASE)
    assert last.verify()["integrity"] == "ok"
    last.lock()
