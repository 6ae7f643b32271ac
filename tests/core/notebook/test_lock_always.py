"""H1: locking always hides and forgets, whatever the disk says; the disk's complaint comes after.

The contract the window relies on: ``Notebook.lock()`` never raises. When it returns, the
connection is closed, the key overwritten and every part says the notebook is locked; if the disk
refused the last write, the StorageError is returned (not raised) for the window to show after it
has hidden everything.
"""

from __future__ import annotations

import errno

import pytest

from interact_desktop.core.notebook.errors import (
    DeviceError,
    DiskFull,
    NotebookLocked,
    ReadOnlyMedium,
    StorageError,
)
from interact_desktop.core.notebook.faults import FailingFileSystem
from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_store import PASSPHRASE


def test_lock_on_a_full_disk_locks_then_says_the_disk_is_full(tmp_path):
    disk = FailingFileSystem(errno.ENOSPC)
    book = Notebook.create(tmp_path / "nb", PASSPHRASE, disk)
    case = book.cases.add("Case A-17")
    book.notes.add(case, "Seen at the station with an older man")
    disk.fill()  # the checkpoint folding the journal into the file cannot be written

    problem = book.lock()

    assert isinstance(problem, DiskFull)
    assert "disk is full" in str(problem) and "locked" in str(problem)
    assert "kept" in str(problem)  # says where the saved notes are
    assert book.locked
    for use in (book.cases.summaries, lambda: book.connection):
        with pytest.raises(NotebookLocked):
            use()
    assert book.lock() is None  # again: nothing left to do, nothing raised

    disk.free()  # space freed: what was saved is all there, and locking works again
    again = Notebook.open(tmp_path / "nb", PASSPHRASE, disk)
    assert again.notes.of_case(case)[0].body == "Seen at the station with an older man"
    assert again.lock() is None


def test_the_key_is_overwritten_even_when_the_disk_refuses(tmp_path):
    disk = FailingFileSystem(errno.EIO)
    book = Notebook.create(tmp_path / "nb", PASSPHRASE, disk)
    key = book.key()
    assert any(key)
    disk.fill()
    assert isinstance(book.lock(), DeviceError)
    assert key == bytearray(len(key))
    with pytest.raises(NotebookLocked):
        book.key()


@pytest.mark.parametrize(
    ("error", "kind"),
    [(errno.ENOSPC, DiskFull), (errno.EROFS, ReadOnlyMedium), (errno.EIO, DeviceError)],
    ids=["ENOSPC", "EROFS", "EIO"],
)
def test_lock_fails_closed_at_every_write_of_a_session(tmp_path, cheap_keys, error, kind):
    """The disk fails at each write of a whole session in turn: whatever was refused, locking
    locks, and the notebook opens afterwards with everything that was saved."""
    counting = FailingFileSystem(error)
    _session(Notebook.create(tmp_path / "count", PASSPHRASE), counting)
    for at in range(1, len(counting.writes) + 1):
        folder = tmp_path / f"at{at}"
        book = Notebook.create(folder, PASSPHRASE)
        disk = FailingFileSystem(error, at=at)
        problems = _session(book, disk)
        assert book.locked, at
        assert all(isinstance(p, kind) for p in problems), (at, problems)
        disk.free()
        again = Notebook.open(folder, PASSPHRASE)
        assert again.verify()["integrity"] == "ok"
        assert again.lock() is None


def _session(book: Notebook, disk: FailingFileSystem) -> list[StorageError]:
    """Reopen ``book`` on ``disk`` and work in it; every refusal is collected, then it locks."""
    folder = book.folder
    book.lock()
    problems: list[StorageError] = []
    try:
        book = Notebook.open(folder, PASSPHRASE, disk)
    except StorageError as problem:
        return [problem]
    for step in (
        lambda: book.notes.add(book.cases.add("Case B"), "A note"),
        lambda: book.timeline.add(1, "manual", "Called the hotline"),
        lambda: book.notes.update(1, "The note, changed"),
    ):
        try:
            step()
        except StorageError as problem:
            problems.append(problem)
        except Exception as other:  # a missing case after a refused insert
            assert "no longer exists" in str(other) or "FOREIGN KEY" in str(other), other
    problem = book.lock()
    if problem is not None:
        problems.append(problem)
    return problems
