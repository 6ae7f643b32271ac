"""M2: restore refuses while the notebook is open elsewhere, checks the whole backup before it
touches anything, and keeps the notebook it replaces as an encrypted copy beside it."""

from __future__ import annotations

import hashlib

import pytest

from interact_desktop.core.notebook.backup import backup, restore
from interact_desktop.core.notebook.backup_format import parse, seal
from interact_desktop.core.notebook.errors import DamagedFile, NotebookInUse, WrongPassphrase
from interact_desktop.core.notebook.folder_claim import LOCK_FILE, claim
from interact_desktop.core.notebook.keys import derive_key
from interact_desktop.core.notebook.store import Notebook
from tests.core.notebook.test_folder_claim import hold_in_another_process
from tests.helpers.notebook_store import PASSPHRASE


def fingerprint(folder) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.name != LOCK_FILE
    }


@pytest.fixture
def saved(book, tmp_path):
    book.notes.add(book.cases.add("In the backup"), "First note")
    backup(book, tmp_path / "b.backup")
    book.cases.add("Only in the notebook")
    book.change_passphrase("the newer passphrase")
    book.lock()
    return book.folder, tmp_path / "b.backup"


def test_restore_refuses_while_the_app_holds_the_notebook(saved):
    folder, source = saved
    before = fingerprint(folder)
    app = hold_in_another_process(folder)
    try:
        with pytest.raises(NotebookInUse, match="Close it there first"):
            restore(source, folder, PASSPHRASE)
        assert fingerprint(folder) == before
    finally:
        assert app.stdin is not None and app.stdout is not None
        app.stdin.close()
        app.wait(timeout=30)
        app.stdout.close()
    restore(source, folder, PASSPHRASE)  # once the app is gone, it restores


def test_restore_refuses_while_this_process_holds_the_folder(saved):
    folder, source = saved
    with claim(folder), pytest.raises(NotebookInUse):
        restore(source, folder, PASSPHRASE)


def test_the_replaced_notebook_is_kept_encrypted_and_opens_with_its_passphrase(saved):
    folder, source = saved
    restored = restore(source, folder, PASSPHRASE)
    assert restored.report["cases"] == 1
    kept = restored.kept
    assert kept is not None and kept.parent == folder
    assert b"Only in the notebook" not in b"".join(p.read_bytes() for p in kept.iterdir())
    with pytest.raises(WrongPassphrase):
        Notebook.open(kept, PASSPHRASE)
    old = Notebook.open(kept, "the newer passphrase")
    assert {reference for _, reference, _ in old.cases.summaries()} == {
        "In the backup",
        "Only in the notebook",
    }
    old.lock()
    current = Notebook.open(folder, PASSPHRASE)
    assert [reference for _, reference, _ in current.cases.summaries()] == ["In the backup"]
    current.lock()


def test_a_sealed_backup_with_a_damaged_database_inside_is_refused_before_anything_moves(
    saved, tmp_path
):
    folder, source = saved
    parsed = parse(source.read_bytes(), source)
    database = bytearray(parsed.database)
    for page in range(2, len(database) // 4096):  # damaged under SQLCipher, then sealed anew
        database[page * 4096 + 64] ^= 0xFF
    key = derive_key(PASSPHRASE, parsed.params)
    resealed = tmp_path / "resealed.backup"
    resealed.write_bytes(seal(bytes(database), parsed.params, parsed.notebook, key))
    before = fingerprint(folder)
    with pytest.raises(DamagedFile, match="damaged"):
        restore(resealed, folder, PASSPHRASE)
    assert fingerprint(folder) == before
    assert not [p for p in folder.iterdir() if p.name.startswith("replaced-")]


def test_a_key_file_left_without_its_database_does_not_block_a_restore(saved, tmp_path):
    _, source = saved
    elsewhere = tmp_path / "elsewhere"
    other = Notebook.create(elsewhere, PASSPHRASE)  # another notebook's key file ...
    other.lock()
    (elsewhere / "notebook.db").unlink()  # ... whose database is gone
    restored = restore(source, elsewhere, PASSPHRASE)
    assert restored.kept is None and restored.report["cases"] == 1
    Notebook.open(elsewhere, PASSPHRASE).lock()
