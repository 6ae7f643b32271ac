"""One running app or notebook command per notebook folder: the claim and its release."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys

import pytest

from interact_desktop.core.notebook.errors import NotebookInUse
from interact_desktop.core.notebook.faults import FailingFileSystem
from interact_desktop.core.notebook.folder_claim import LOCK_FILE, claim
from tests.conftest import REPO

HOLD = """
import sys
from pathlib import Path
from interact_desktop.core.notebook.folder_claim import claim
held = claim(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.readline()
"""


def hold_in_another_process(folder) -> subprocess.Popen[str]:
    """Another process claims ``folder`` (as the running app does) and holds it."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    return holder


def test_a_second_claim_is_refused_until_the_first_is_released(tmp_path):
    folder = tmp_path / "data" / "notebook"
    first = claim(folder)
    with pytest.raises(NotebookInUse, match="open in another INTERACT Desktop window"):
        claim(folder)
    first.release()
    first.release()  # harmless
    with claim(folder) as again:
        assert again.held
    assert not again.held
    claim(folder).release()


def test_the_folder_and_the_lock_file_are_private_and_the_lock_file_stays_empty(tmp_path):
    folder = tmp_path / "data" / "notebook"
    with claim(folder):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE((folder / LOCK_FILE).stat().st_mode) == 0o600
    assert (folder / LOCK_FILE).read_bytes() == b""


def test_another_process_holding_it_is_refused_and_its_death_frees_the_folder(tmp_path):
    folder = tmp_path / "notebook"
    holder = hold_in_another_process(folder)
    try:
        with pytest.raises(NotebookInUse):
            claim(folder)
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # a crash: no release, the kernel drops the lock
        holder.wait(timeout=30)
        assert holder.stdout is not None
        holder.stdout.close()
        assert holder.stdin is not None
        holder.stdin.close()
    claim(folder).release()


def test_on_a_read_only_medium_the_claim_is_granted_without_writing(tmp_path):
    folder = tmp_path / "notebook"
    folder.mkdir()
    with claim(folder, FailingFileSystem(errno.EROFS, at=1)) as held:
        assert held.held
    assert list(folder.iterdir()) == []
