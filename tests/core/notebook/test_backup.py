"""Backup to one encrypted file; restore only with its passphrase, checked before anything moves."""

from __future__ import annotations

import hashlib

import pytest

from interact_desktop.core.notebook.backup import backup, restore
from interact_desktop.core.notebook.backup_format import MAGIC
from interact_desktop.core.notebook.errors import NotebookError, WrongPassphrase
from interact_desktop.core.notebook.folder_claim import LOCK_FILE
from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_store import PASSPHRASE


def fingerprint(folder) -> dict[str, str]:
    """Every file of the notebook (the empty lock file restore claims the folder with aside)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.name != LOCK_FILE
    }


def test_backup_and_restore_bring_the_notebook_back(book, tmp_path):
    case_id = book.cases.add("Backed up")
    book.notes.add(case_id, "Seen near the harbour")
    target = tmp_path / "notebook.backup"
    backup(book, target, "administrator")
    assert [(r.what, r.recipient) for r in book.register.entries()] == [
        ("backup: notebook.backup", "administrator")
    ]
    book.cases.add("After the backup")
    book.change_passphrase("a newer passphrase")
    book.lock()
    data = target.read_bytes()
    assert data.startswith(MAGIC) and b"harbour" not in data and b"Backed up" not in data
    restored = restore(target, book.folder, PASSPHRASE)
    assert restored.report == {"integrity": "ok", "cases": 1, "notes": 1, "timeline": 0}
    with pytest.raises(WrongPassphrase):
        Notebook.open(book.folder, "a newer passphrase")
    again = Notebook.open(book.folder, PASSPHRASE)
    assert again.cases.summaries() == [(case_id, "Backed up", "open")]
    assert again.search.find("harbour")[0].ref == 1
    assert again.register.entries() == []  # the backup was recorded once it was written
    again.lock()


def test_a_wrong_passphrase_or_a_damaged_backup_changes_nothing(book, tmp_path):
    book.cases.add("Current")
    target = tmp_path / "b.backup"
    backup(book, target)
    book.lock()
    before = fingerprint(book.folder)
    with pytest.raises(WrongPassphrase, match="does not open this backup"):
        restore(target, book.folder, "wrong")
    damaged = tmp_path / "damaged.backup"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(NotebookError):
        restore(damaged, book.folder, PASSPHRASE)
    (tmp_path / "other").write_bytes(b"hello")
    with pytest.raises(NotebookError, match="not a notebook backup"):
        restore(tmp_path / "other", book.folder, PASSPHRASE)
    with pytest.raises(NotebookError, match="Cannot read"):
        restore(tmp_path / "missing", book.folder, PASSPHRASE)
    assert fingerprint(book.folder) == before


def test_restore_into_an_empty_place(book, tmp_path):
    book.cases.add("Moved")
    backup(book, tmp_path / "b.backup")
    restore(tmp_path / "b.backup", tmp_path / "elsewhere", PASSPHRASE)
    moved = Notebook.open(tmp_path / "elsewhere", PASSPHRASE)
    assert moved.cases.summaries()[0][1] == "Moved"
    moved.lock()
