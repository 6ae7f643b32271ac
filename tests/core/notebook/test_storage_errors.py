"""M1: storage errors named for what they are, never "wrong passphrase" for a disk's failure."""

from __future__ import annotations

import errno
import hashlib

import pytest
import sqlcipher3

from interact_desktop.core.notebook.database import DATABASE
from interact_desktop.core.notebook.errors import (
    AccessDenied,
    DamagedFile,
    DeviceError,
    DiskFull,
    NotebookInUse,
    ReadOnlyMedium,
    StorageError,
    WrongPassphrase,
    storage_error,
)
from interact_desktop.core.notebook.faults import FailingFileSystem
from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_store import PASSPHRASE


def fingerprint(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def folder(tmp_path):
    book = Notebook.create(tmp_path / "nb", PASSPHRASE)
    case = book.cases.add("Case M-1")
    for number in range(40):
        book.notes.add(case, f"Note {number} " * 40)
    book.lock()
    return tmp_path / "nb"


def test_a_damaged_file_is_called_damaged_and_a_wrong_passphrase_still_wrong(folder):
    data = bytearray((folder / DATABASE).read_bytes())
    data[200:216] = bytes(16)  # inside the first page, under SQLCipher's seal
    (folder / DATABASE).write_bytes(bytes(data))
    with pytest.raises(DamagedFile, match="damaged") as damaged:
        Notebook.open(folder, PASSPHRASE)
    assert "passphrase is right" in str(damaged.value)
    assert "Nothing was changed" in str(damaged.value)
    with pytest.raises(WrongPassphrase):
        Notebook.open(folder, "not the passphrase")


def test_a_damaged_page_further_in_is_called_damaged_when_read(folder):
    data = bytearray((folder / DATABASE).read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 100 : page * 4096 + 116] = bytes(16)
    (folder / DATABASE).write_bytes(bytes(data))
    with pytest.raises(DamagedFile, match="damaged"):
        book = Notebook.open(folder, PASSPHRASE)
        try:
            book.verify()
        finally:
            book.lock()


def test_a_disk_error_while_unlocking_is_not_a_wrong_passphrase(folder):
    before = fingerprint(folder)
    with pytest.raises(DeviceError, match="read or write error") as failed:
        Notebook.open(folder, PASSPHRASE, FailingFileSystem(errno.EIO, at=1, reads=True))
    assert "Nothing was changed" in str(failed.value)
    assert fingerprint(folder) == before


def test_a_full_disk_while_unlocking_is_not_a_wrong_passphrase(folder):
    with pytest.raises(DiskFull, match="disk is full"):
        Notebook.open(folder, PASSPHRASE, FailingFileSystem(errno.ENOSPC, at=1, reads=True))
    with pytest.raises(DiskFull, match="disk is full"):  # the journal cannot be created
        Notebook.open(folder, PASSPHRASE, FailingFileSystem(errno.ENOSPC, at=1))


def test_on_a_read_only_medium_the_notebook_opens_read_only_and_says_so(folder):
    before = fingerprint(folder)
    disk = FailingFileSystem(errno.EROFS, at=1)  # a write-protected stick
    book = Notebook.open(folder, PASSPHRASE, disk)
    assert book.read_only
    assert book.cases.summaries()[0][1] == "Case M-1"
    assert len(book.notes.of_case(1)) == 40
    assert book.search.find("note")
    with pytest.raises(ReadOnlyMedium, match="read-only") as refused:
        book.cases.add("Another")
    assert "Everything saved before is kept" in str(refused.value)
    with pytest.raises(ReadOnlyMedium):
        book.change_passphrase("a new one")
    assert book.lock() is None
    assert fingerprint(folder) == before


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (errno.ENOSPC, DiskFull),
        (errno.EROFS, ReadOnlyMedium),
        (errno.EIO, DeviceError),
        (errno.EACCES, AccessDenied),
        (errno.EPERM, AccessDenied),
    ],
)
def test_operating_system_errors_by_errno(tmp_path, code, kind):
    error = storage_error(OSError(code, "x", "f"), "the note could not be saved", "All kept.")
    assert type(error) is kind
    assert "the note could not be saved" in str(error) and "All kept." in str(error)


@pytest.mark.parametrize(
    ("code", "message", "kind"),
    [
        (13, "database or disk is full", DiskFull),
        (8, "attempt to write a readonly database", ReadOnlyMedium),
        (11, "database disk image is malformed", DamagedFile),
        (26, "file is not a database", DamagedFile),
        (5, "database is locked", NotebookInUse),
        (10, "disk I/O error", DeviceError),
        (4874, "disk I/O error", DeviceError),  # an extended code: SQLITE_IOERR_SHMSIZE
        (1, "attempt to write a readonly database", ReadOnlyMedium),  # as sqlcipher_export says
    ],
)
def test_sqlite_errors_by_result_code(tmp_path, code, message, kind):
    error = sqlcipher3.OperationalError(message)
    error.sqlite_errorcode = code
    assert type(storage_error(error, "doing", "kept", tmp_path)) is kind
    coded_by_message = sqlcipher3.OperationalError(message)
    assert type(storage_error(coded_by_message, "doing", "kept", tmp_path)) is kind


def test_programming_errors_are_not_storage_errors(tmp_path):
    assert storage_error(sqlcipher3.OperationalError("no such table: x"), "d", "k") is None
    assert storage_error(ValueError("x"), "d", "k") is None
    generic = storage_error(OSError(errno.ENAMETOOLONG, "File name too long"), "d", "k")
    assert type(generic) is StorageError and "File name too long" in str(generic)
