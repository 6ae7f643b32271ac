"""L7: the notebook's files are 0600 and its folders 0700, also after a restore elsewhere."""

from __future__ import annotations

import os
import stat

import pytest

from interact_desktop.core.notebook.backup import backup, restore
from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_store import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def modes(folder) -> dict[str, int]:
    return {p.name: mode(p) for p in folder.iterdir() if p.is_file()}


@pytest.fixture(autouse=True)
def usual_umask():
    old = os.umask(0o022)  # what most desktops use: files 0644 unless the app says otherwise
    yield
    os.umask(old)


def test_the_database_its_journal_and_header_are_private(tmp_path):
    book = Notebook.create(tmp_path / "nb", PASSPHRASE)
    book.notes.add(book.cases.add("Case"), "A note in the journal")
    open_files = modes(book.folder)
    assert {"notebook.db", "notebook.db-wal", "notebook.db-shm", "notebook.header.json"} <= set(
        open_files
    )
    assert set(open_files.values()) == {0o600}, open_files
    assert mode(book.folder) == 0o700
    book.lock()
    assert set(modes(book.folder).values()) == {0o600}


def test_a_notebook_made_before_is_made_private_when_opened(tmp_path):
    book = Notebook.create(tmp_path / "nb", PASSPHRASE)
    folder = book.folder
    book.lock()
    for path in folder.iterdir():
        path.chmod(0o644)
    folder.chmod(0o755)
    Notebook.open(folder, PASSPHRASE).lock()
    assert set(modes(folder).values()) == {0o600}
    assert mode(folder) == 0o700


def test_a_restore_into_a_new_folder_makes_it_private(tmp_path):
    book = Notebook.create(tmp_path / "nb", PASSPHRASE)
    book.cases.add("Moved")
    backup(book, tmp_path / "b.backup")
    book.lock()
    assert mode(tmp_path / "b.backup") == 0o600
    target = tmp_path / "new" / "data" / "notebook"
    restore(tmp_path / "b.backup", target, PASSPHRASE)
    assert mode(target) == 0o700
    assert mode(target.parent) == 0o700 and mode(target.parent.parent) == 0o700
    assert set(modes(target).values()) == {0o600}, modes(target)
    moved = Notebook.open(target, PASSPHRASE)
    moved.cases.add("After the move")
    assert set(modes(target).values()) == {0o600}, modes(target)
    moved.lock()


def test_the_copy_kept_by_a_restore_is_private(tmp_path):
    book = Notebook.create(tmp_path / "nb", PASSPHRASE)
    backup(book, tmp_path / "b.backup")
    book.lock()
    kept = restore(tmp_path / "b.backup", book.folder, PASSPHRASE).kept
    assert kept is not None and mode(kept) == 0o700
    assert set(modes(kept).values()) == {0o600}
