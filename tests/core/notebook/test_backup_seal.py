"""L3: a backup is sealed as a whole; appended data, a cut-short copy, an altered byte and a
backup of another notebook are each refused with their own message, and change nothing."""

from __future__ import annotations

import hashlib
import json

import pytest

from interact_desktop.core.notebook.backup import backup, restore
from interact_desktop.core.notebook.backup_format import MAC_BYTES, parse
from interact_desktop.core.notebook.errors import (
    BackupAltered,
    BackupHasExtraData,
    BackupOfAnotherNotebook,
    BackupTruncated,
    NotebookError,
    WrongPassphrase,
)
from interact_desktop.core.notebook.folder_claim import LOCK_FILE
from interact_desktop.core.notebook.keys import Header
from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_store import PASSPHRASE


def fingerprint(folder) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.name != LOCK_FILE
    }


@pytest.fixture
def saved(book, tmp_path):
    """A notebook with a case, its backup, and the notebook locked."""
    book.notes.add(book.cases.add("Backed up"), "Seen near the harbour " * 50)
    target = tmp_path / "notebook.backup"
    backup(book, target)
    book.cases.add("After the backup")
    book.lock()
    return book.folder, target


def refused(saved, tmp_path, data: bytes, error: type[Exception], passphrase=PASSPHRASE) -> str:
    folder, _ = saved
    before = fingerprint(folder)
    bad = tmp_path / "bad.backup"
    bad.write_bytes(data)
    with pytest.raises(error) as raised:
        restore(bad, folder, passphrase)
    assert fingerprint(folder) == before
    assert "nothing was changed" in str(raised.value).lower()
    return str(raised.value)


def test_appended_data_is_refused(saved, tmp_path):
    data = saved[1].read_bytes()
    message = refused(saved, tmp_path, data + b"appended junk" * 100, BackupHasExtraData)
    assert "1,300 bytes of extra data" in message


@pytest.mark.parametrize("keep", [0.5, 0.999, -MAC_BYTES, -1, 40])
def test_a_cut_short_backup_is_refused_not_called_a_wrong_passphrase(saved, tmp_path, keep):
    data = saved[1].read_bytes()
    end = int(len(data) * keep) if isinstance(keep, float) else keep
    message = refused(saved, tmp_path, data[:end], BackupTruncated)
    assert "cut short" in message


def test_an_altered_byte_is_refused_and_a_wrong_passphrase_still_named(saved, tmp_path):
    data = bytearray(saved[1].read_bytes())
    data[len(data) // 2] ^= 0x01
    message = refused(saved, tmp_path, bytes(data), BackupAltered)
    assert "altered or damaged" in message
    refused(saved, tmp_path, bytes(data), WrongPassphrase, passphrase="not the passphrase")


def test_an_altered_header_is_refused(saved, tmp_path):
    data = saved[1].read_bytes()
    parsed = parse(data, saved[1])
    header_end = data.index(b"\n", len(b"INTERACT-NOTEBOOK-BACKUP 2\n"))
    header = json.loads(data[len(b"INTERACT-NOTEBOOK-BACKUP 2\n") : header_end])
    header["notebook"] = "ab" * 16  # claims to belong to another notebook (or none)
    forged = (
        b"INTERACT-NOTEBOOK-BACKUP 2\n"
        + json.dumps(header, separators=(",", ":")).encode()
        + data[header_end:]
    )
    assert parse(forged, saved[1]).database == parsed.database
    refused(saved, tmp_path, forged, NotebookError)


def test_a_backup_of_another_notebook_is_refused(saved, tmp_path):
    other = Notebook.create(tmp_path / "other", PASSPHRASE)  # even with the same passphrase
    other.cases.add("Another child's case")
    backup(other, tmp_path / "other.backup")
    other.lock()
    message = refused(saved, tmp_path, (tmp_path / "other.backup").read_bytes(),
                      BackupOfAnotherNotebook)  # fmt: skip
    assert "another notebook" in message and "move the folder" in message
    fresh = tmp_path / "fresh"  # where there is no notebook, it restores
    restore(tmp_path / "other.backup", fresh, PASSPHRASE)
    assert Header.read(fresh).notebook == Header.read(tmp_path / "other").notebook


def test_the_messages_differ(saved, tmp_path):
    data = saved[1].read_bytes()
    messages = {
        refused(saved, tmp_path, data + b"x", BackupHasExtraData).split(":")[0],
        refused(saved, tmp_path, data[:-1], BackupTruncated).split(":")[0],
        refused(saved, tmp_path, data[:-1] + bytes([data[-1] ^ 1]), BackupAltered).split(":")[0],
    }
    assert len(messages) == 3


def test_a_backup_in_the_first_format_still_restores_and_junk_in_it_is_refused(saved, tmp_path):
    folder, target = saved
    parsed = parse(target.read_bytes(), target)
    params = {k: v for k, v in parsed.params.to_json().items() if k != "check"}
    legacy = b"INTERACT-NOTEBOOK-BACKUP 1\n" + json.dumps(params).encode() + b"\n"
    refused(saved, tmp_path, legacy + parsed.database + b"junk" * 300, BackupHasExtraData)
    (tmp_path / "legacy.backup").write_bytes(legacy + parsed.database)
    restored = restore(tmp_path / "legacy.backup", folder, PASSPHRASE)
    assert restored.report["cases"] == 1
    Notebook.open(folder, PASSPHRASE).lock()
