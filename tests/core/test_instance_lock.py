"""One running app per data folder: the lock is held by one process at a time, names its holder,
and is free again the moment the holder dies, even by kill -9."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys

import pytest

from interact_desktop.core.instance_lock import LOCK_FILE, AlreadyRunning, InstanceLock
from tests.conftest import REPO

HOLD = """
import sys
from pathlib import Path
from interact_desktop.core.instance_lock import InstanceLock

lock = InstanceLock(Path(sys.argv[1]))
print("held" if lock.acquire() else "refused", flush=True)
sys.stdin.read()  # until the test closes the pipe, or kills this process
"""


def hold_in_another_process(folder):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_one_holder_at_a_time_named_by_its_process_id(tmp_path):
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire() and first.held
    assert not second.acquire() and not second.held
    assert second.holder() == os.getpid()
    assert stat.S_IMODE((tmp_path / LOCK_FILE).stat().st_mode) == 0o600
    with pytest.raises(AlreadyRunning, match=rf"already open .*\(process {os.getpid()}\)"):
        InstanceLock(tmp_path).__enter__()
    first.release()
    assert (tmp_path / LOCK_FILE).exists()  # never deleted: see the module's docstring
    with InstanceLock(tmp_path) as lock:
        assert lock.held and lock.holder() == os.getpid()
    assert not lock.held and lock.holder() is None


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    holder = hold_in_another_process(tmp_path)
    try:
        lock = InstanceLock(tmp_path)
        assert not lock.acquire()
        assert lock.holder() == holder.pid
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
        assert lock.acquire()
        assert lock.holder() == os.getpid()
        lock.release()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=10)
        holder.stdin.close()
        holder.stdout.close()


def test_a_folder_that_cannot_be_written_says_so(tmp_path):
    folder = tmp_path / "missing"  # as good as read-only: the file cannot be created
    with pytest.raises(OSError):
        InstanceLock(folder).acquire()
