"""Key parameters checked before use; passphrases normalised to NFC, with a one-time fallback;
a stale pending key cleared (L8)."""

from __future__ import annotations

import json
import unicodedata

import argon2.low_level
import pytest

from interact_desktop.core.notebook.backup import restore
from interact_desktop.core.notebook.database import DATABASE
from interact_desktop.core.notebook.errors import DamagedFile, UnsafeKeyParameters
from interact_desktop.core.notebook.keys import HEADER, Header, KeyParams, derive_key, sqlcipher_key
from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_store import PASSPHRASE


@pytest.fixture
def no_derivation(monkeypatch):
    """Any Argon2 derivation fails the test: refused parameters must never reach it."""

    class Refusing:
        def __getattr__(self, name):
            if name == "argon2_hash":
                raise AssertionError("a key was derived from refused parameters")
            return getattr(real, name)

    def refuse(*args, **kwargs):
        raise AssertionError("a key was derived from refused parameters")

    real = argon2.low_level.lib
    monkeypatch.setattr(argon2.low_level, "lib", Refusing())
    monkeypatch.setattr(argon2.low_level, "hash_secret_raw", refuse)


def test_a_header_asking_for_ten_million_passes_is_refused_not_obeyed(book, no_derivation):
    folder = book.folder
    book.lock()
    header = json.loads((folder / HEADER).read_text())
    header["current"]["time_cost"] = 10**7
    (folder / HEADER).write_text(json.dumps(header))
    with pytest.raises(UnsafeKeyParameters, match="10000000 Argon2 passes") as refused:
        Notebook.open(folder, PASSPHRASE)
    assert "nothing was changed" in str(refused.value)


@pytest.mark.parametrize(
    "change",
    [
        {"time_cost": 0},
        {"time_cost": "3"},
        {"time_cost": True},
        {"time_cost": 3.5},
        {"time_cost": None},
        {"memory_kib": 10**12},
        {"memory_kib": 1},
        {"parallelism": 0},
        {"parallelism": 10**6},
        {"salt": "zz" * 16},
        {"salt": "00" * 4},
        {"salt": "00" * 1000},
        {"salt": 12},
        {"rounds": 3},
        {"check": "not hex"},
    ],
)
def test_out_of_bounds_or_mistyped_parameters_are_refused_with_a_message(
    book, no_derivation, change
):
    folder = book.folder
    book.lock()
    header = json.loads((folder / HEADER).read_text())
    header["current"].update(change)
    (folder / HEADER).write_text(json.dumps(header))
    with pytest.raises(DamagedFile, match="key file") as refused:
        Notebook.open(folder, PASSPHRASE)
    assert "It was not used, and nothing was changed." in str(refused.value)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"format": 1}',
        '{"format": 9, "current": {}}',
        '{"format": 2, "kdf": "scrypt", "current": {}}',
        '{"format": 2, "current": {"time_cost": 3}}',
    ],
)
def test_a_damaged_header_is_refused_with_a_message(book, no_derivation, text):
    folder = book.folder
    book.lock()
    (folder / HEADER).write_text(text)
    with pytest.raises(DamagedFile, match="key file"):
        Notebook.open(folder, PASSPHRASE)


def test_a_missing_header_is_named(book):
    folder = book.folder
    book.lock()
    (folder / HEADER).unlink()
    with pytest.raises(DamagedFile, match="missing"):
        Notebook.open(folder, PASSPHRASE)


def test_a_backup_asking_for_absurd_costs_is_refused_before_any_derivation(
    book, tmp_path, no_derivation
):
    book.lock()
    params = {"salt": "00" * 16, "time_cost": 10**7, "memory_kib": 65536, "parallelism": 2}
    hostile = tmp_path / "hostile.backup"
    hostile.write_bytes(
        b"INTERACT-NOTEBOOK-BACKUP 1\n" + json.dumps(params).encode() + b"\n" + bytes(8192)
    )
    with pytest.raises(UnsafeKeyParameters, match="10000000 Argon2 passes"):
        restore(hostile, book.folder, PASSPHRASE)


DECOMPOSED = unicodedata.normalize("NFD", "Ελένη café été")  # as macOS keyboards may send it
COMPOSED = unicodedata.normalize("NFC", DECOMPOSED)


def test_a_passphrase_is_the_same_however_its_accents_were_typed(tmp_path):
    assert DECOMPOSED != COMPOSED
    Notebook.create(tmp_path / "nb", DECOMPOSED).lock()
    Notebook.open(tmp_path / "nb", COMPOSED).lock()
    Notebook.open(tmp_path / "nb", DECOMPOSED).lock()


def test_a_notebook_keyed_from_the_form_as_typed_opens_once_and_is_rekeyed_to_nfc(book):
    """Made before passphrases were normalised: keyed from the decomposed form as typed."""
    folder = book.folder
    case = book.cases.add("Made before NFC")
    old = KeyParams.new()  # and no key check, as headers were then
    book.connection.reset_key(sqlcipher_key(derive_key(DECOMPOSED, old)))
    Header(old).write(folder)
    book.lock()
    again = Notebook.open(folder, DECOMPOSED)  # NFC fails, the form as typed opens it
    assert again.cases.get(case).reference == "Made before NFC"
    again.lock()
    assert Header.read(folder).current != old  # re-keyed, from the NFC form
    Notebook.open(folder, COMPOSED).lock()  # so a keyboard sending composed accents opens it
    Notebook.open(folder, DECOMPOSED).lock()


def test_a_stale_pending_key_is_removed_after_opening_with_the_current_one(book):
    """A passphrase change that crashed before the rekey leaves the new key pending; the old
    passphrase still opens the notebook, and the pending key goes (L8)."""
    folder = book.folder
    book.lock()
    current = Header.read(folder).current
    Header(current, pending=KeyParams.new()).write(folder)
    Notebook.open(folder, PASSPHRASE).lock()
    header = Header.read(folder)
    assert header.pending is None
    assert header.current.salt == current.salt


def test_headers_written_before_get_their_key_check_and_identity(book):
    folder = book.folder
    book.lock()
    data = json.loads((folder / HEADER).read_text())
    del data["current"]["check"], data["notebook"]
    (folder / HEADER).write_text(json.dumps({**data, "format": 1}))
    assert not Header.read(folder).current.check
    Notebook.open(folder, PASSPHRASE).lock()
    header = Header.read(folder)
    assert header.current.check and header.notebook
    assert (folder / DATABASE).exists()
