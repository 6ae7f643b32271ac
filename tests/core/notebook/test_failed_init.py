"""L5 and L1: creating a notebook on a full disk says so and leaves nothing behind; retry works."""

from __future__ import annotations

import errno

import pytest

from interact_desktop.core.notebook.errors import DeviceError, DiskFull
from interact_desktop.core.notebook.faults import FailingFileSystem
from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_store import PASSPHRASE


def test_a_full_disk_at_any_write_of_init_leaves_nothing_and_a_retry_works(tmp_path, cheap_keys):
    counting = FailingFileSystem()
    Notebook.create(tmp_path / "counted", PASSPHRASE, counting).lock()
    assert counting.writes[-1] == "sql PRAGMA wal_checkpoint(TRUNCATE)"
    for at in range(1, len(counting.writes)):  # the last write is the checkpoint of lock()
        place = tmp_path / f"at{at}" / "notebook"
        with pytest.raises(DiskFull, match="disk is full") as failed:
            Notebook.create(place, PASSPHRASE, FailingFileSystem(errno.ENOSPC, at=at))
        assert "nothing of it was left behind" in str(failed.value), at
        assert not place.parent.exists(), (at, counting.writes[at - 1])
        retry = Notebook.create(place, PASSPHRASE)  # "already exists" no more
        retry.cases.add("After the retry")
        assert retry.lock() is None


def test_a_folder_that_existed_before_is_kept_and_left_empty(tmp_path, cheap_keys):
    place = tmp_path / "notebook"
    place.mkdir()
    (place / "unrelated.txt").write_text("mine")
    with pytest.raises(DiskFull):
        Notebook.create(place, PASSPHRASE, FailingFileSystem(errno.ENOSPC, at=4))
    assert [p.name for p in place.iterdir()] == ["unrelated.txt"]


def test_what_could_not_be_removed_is_named(tmp_path, cheap_keys):
    place = tmp_path / "notebook"
    with pytest.raises(DeviceError) as failed:  # a failing disk refuses the clean-up too
        Notebook.create(place, PASSPHRASE, FailingFileSystem(errno.EIO, at=3))
    assert "could not be removed" in str(failed.value)
    assert "notebook.header.json" in str(failed.value)
