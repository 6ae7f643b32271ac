"""The notebook commands on a real small disk (a tmpfs): filled to the brim, then write-protected.

Mounting needs root; CI runs as root. Where mounting is not possible the tests say so in their
skip reason.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys

import pytest

from interact_desktop.core.notebook.errors import ReadOnlyMedium
from interact_desktop.core.notebook.store import Notebook
from tests.conftest import REPO

pytestmark = pytest.mark.e2e

PASSPHRASE = "a passphrase on a small disk"


@pytest.fixture
def disk(tmp_path):
    """A private 2 MiB tmpfs, unmounted afterwards."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs the tests as root)")
    point = tmp_path / "disk"
    point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(point)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", str(point)], check=True)


def notebook(basedir, action: str, typed: str, *more: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interact_desktop", "--basedir", str(basedir), "notebook", action,
         *more],
        input=typed, cwd=REPO, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


def fill(disk) -> None:
    """Fill ``disk`` to the last byte."""
    with open(disk / "filler", "ab", buffering=0) as filler:
        for size in (1 << 16, 1 << 12, 1 << 8, 1):
            try:
                while True:
                    filler.write(b"\0" * size)
            except OSError as error:
                assert error.errno == errno.ENOSPC
    assert os.statvfs(disk).f_bavail == 0


def failed_cleanly(result: subprocess.CompletedProcess[str], says: str) -> None:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if not line.startswith("note: ")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {says}"), result.stderr


def test_init_and_verify_on_a_full_disk_say_the_disk_is_full(disk):
    fill(disk)
    failed_cleanly(notebook(disk, "init", f"{PASSPHRASE}\n"), "The disk is full")
    (disk / "filler").unlink()
    created = notebook(disk, "init", f"{PASSPHRASE}\n")  # nothing was left to get in the way
    assert created.returncode == 0, created.stderr
    fill(disk)
    failed_cleanly(notebook(disk, "verify", f"{PASSPHRASE}\n"), "The disk is full")
    (disk / "filler").unlink()
    verified = notebook(disk, "verify", f"{PASSPHRASE}\n")
    assert verified.returncode == 0 and "integrity: ok" in verified.stdout


def test_on_a_write_protected_disk_the_notebook_opens_read_only_and_says_so(disk, tmp_path):
    assert notebook(disk, "init", f"{PASSPHRASE}\n").returncode == 0
    folder = disk / "data" / "notebook"
    book = Notebook.open(folder, PASSPHRASE)
    book.notes.add(book.cases.add("On the stick"), "Written before it was write-protected")
    assert book.lock() is None
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)

    verified = notebook(disk, "verify", f"{PASSPHRASE}\n")
    assert verified.returncode == 0, verified.stderr
    assert "integrity: ok" in verified.stdout and "notes: 1" in verified.stdout
    assert "opened read-only" in verified.stderr

    copy = tmp_path / "rescued.backup"  # a read-only notebook can still be backed up elsewhere
    saved = notebook(disk, "backup", f"{PASSPHRASE}\n", "--out", str(copy))
    assert saved.returncode == 0, saved.stderr
    assert "not recorded in the export register" in saved.stdout
    failed_cleanly(notebook(disk, "change-passphrase", f"{PASSPHRASE}\nnew one\nnew one\n"),
                   "The disk is read-only")  # fmt: skip
    failed_cleanly(notebook(disk, "restore", f"{PASSPHRASE}\n", str(copy)),
                   "The disk is read-only")  # fmt: skip

    book = Notebook.open(folder, PASSPHRASE)
    assert book.read_only
    assert book.notes.of_case(1)[0].body == "Written before it was write-protected"
    with pytest.raises(ReadOnlyMedium):
        book.cases.add("Refused")
    assert book.lock() is None

    restored = notebook(tmp_path, "restore", f"{PASSPHRASE}\n", str(copy))  # the rescued copy
    assert restored.returncode == 0, restored.stderr
    verified = notebook(tmp_path, "verify", f"{PASSPHRASE}\n")
    assert "notes: 1" in verified.stdout
