"""A write that fails (full disk, read-only medium, failing disk) at any point keeps the file that
was there, leaves no temporary file, and says what happened; folders made on the way are private."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys

import pytest

from interact_desktop.core import atomic
from interact_desktop.core.atomic import (
    WriteError,
    describe_write_error,
    injected_fault,
    write_atomic,
    write_atomic_bytes,
)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("point", atomic.POINTS)
@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EROFS, errno.EIO])
def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_behind(tmp_path, point, error):
    path = tmp_path / "answers.json"
    write_atomic(path, "old and good")
    with injected_fault(point, error), pytest.raises(WriteError) as raised:
        write_atomic_bytes(path, b"new " * 100_000)
    assert raised.value.errno == error
    assert raised.value.path == path
    assert path.read_text(encoding="utf-8") == "old and good"
    assert [p.name for p in tmp_path.iterdir()] == ["answers.json"]


def test_a_failed_first_write_leaves_no_file_at_all(tmp_path):
    path = tmp_path / "new.pdf"
    with injected_fault("fsync", errno.ENOSPC), pytest.raises(WriteError):
        write_atomic_bytes(path, b"%PDF" * 1000)
    assert list(tmp_path.iterdir()) == []


def test_a_fault_can_name_the_one_file_that_fails(tmp_path):
    with injected_fault("write", errno.ENOSPC, name="report.pdf"):
        write_atomic(tmp_path / "settings.ini", "kept working")
        with pytest.raises(WriteError):
            write_atomic(tmp_path / "report.pdf", "fails")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.ini"]
    assert (tmp_path / "settings.ini").read_text(encoding="utf-8") == "kept working"


def test_faults_end_with_their_block(tmp_path):
    with injected_fault("rename", errno.EIO), pytest.raises(WriteError):
        write_atomic(tmp_path / "a.txt", "x")
    write_atomic(tmp_path / "a.txt", "works again")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "works again"
    with pytest.raises(ValueError, match="no point 'close'"), injected_fault("close"):
        pass


@pytest.mark.parametrize(
    "error, start",
    [
        (errno.ENOSPC, "disk full: there is no space left to write"),
        (errno.EROFS, "read-only: "),
        (errno.EIO, "input/output error: "),
        (errno.EACCES, "permission denied: "),
    ],
)
def test_the_message_names_the_failure_and_what_was_kept(tmp_path, error, start):
    good = tmp_path / "report.pdf"
    write_atomic(good, "good")
    with injected_fault("write", error), pytest.raises(WriteError) as raised:
        write_atomic(good, "new")
    message = raised.value.describe()
    assert message.startswith(start), message
    assert message.endswith("report.pdf as it was before is kept")
    fresh = describe_write_error(OSError(error, os.strerror(error)), tmp_path / "new.pdf")
    assert fresh.startswith(start) and fresh.endswith("no file was written")


def test_private_and_shared_files_and_private_new_folders(tmp_path):
    documents = tmp_path / "Documents"
    documents.mkdir()
    documents.chmod(0o755)
    previous = os.umask(0o022)
    try:
        deep = documents / "made" / "by" / "the-app"
        write_atomic(deep / "case.pdf", "case data")
        write_atomic(documents / "chapter.pdf", "handbook text", private=False)
    finally:
        os.umask(previous)
    assert mode(deep / "case.pdf") == 0o600
    assert mode(documents / "chapter.pdf") == 0o644
    for folder in (documents / "made", documents / "made" / "by", deep):
        assert mode(folder) == 0o700, folder
    assert mode(documents) == 0o755, "a folder that was there is not ours to change"


def test_a_temporary_left_by_a_process_that_died_is_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    pid = int(dead.stdout)
    left = tmp_path / f".report.pdf.{pid}.0.tmp"
    left.write_bytes(b"half of a case report")
    living = tmp_path / f".report.pdf.{os.getppid()}.0.tmp"  # a writer still at work
    living.write_bytes(b"being written")
    write_atomic(tmp_path / "report.pdf", "whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == [living.name, "report.pdf"]
