"""The failing disk the notebook's fault tests use: it fails where and how it is told to."""

from __future__ import annotations

import errno

import pytest
import sqlcipher3

from interact_desktop.core.notebook.database import writes
from interact_desktop.core.notebook.faults import FailingFileSystem
from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_store import PASSPHRASE


def test_it_counts_the_writes_of_an_operation_without_failing(tmp_path):
    disk = FailingFileSystem()
    Notebook.create(tmp_path / "nb", PASSPHRASE, disk).lock()
    assert disk.writes[:3] == ["make folder nb", "write notebook.header.json", "create notebook.db"]
    assert "sql PRAGMA journal_mode = WAL" in disk.writes
    assert disk.writes[-1] == "sql PRAGMA wal_checkpoint(TRUNCATE)"


def test_from_the_chosen_write_on_every_write_fails_until_freed(tmp_path):
    disk = FailingFileSystem(errno.EROFS, at=2)
    disk.write_file(tmp_path / "first", b"1")
    for _ in range(2):
        with pytest.raises(OSError) as failed:
            disk.write_file(tmp_path / "second", b"2")
        assert failed.value.errno == errno.EROFS
    assert not (tmp_path / "second").exists()
    assert disk.read_only(tmp_path)  # a read-only disk also says so when asked
    disk.free()
    disk.write_file(tmp_path / "second", b"2")
    assert (tmp_path / "second").read_bytes() == b"2"


def test_database_writes_fail_with_the_error_sqlite_gives(tmp_path):
    disk = FailingFileSystem(errno.ENOSPC)
    book = Notebook.create(tmp_path / "nb", PASSPHRASE, disk)
    disk.fill()
    connection = book.connection
    assert connection.execute("SELECT count(*) FROM cases").fetchone() == (0,)  # reads work
    with pytest.raises(sqlcipher3.OperationalError, match="database or disk is full") as failed:
        connection.execute("INSERT INTO search(search) VALUES ('optimize')")
    assert failed.value.sqlite_errorcode == 13
    disk.free()
    book.lock()


def test_a_full_disk_still_lets_files_be_removed_a_read_only_one_does_not(tmp_path):
    (tmp_path / "a").write_bytes(b"x")
    FailingFileSystem(errno.ENOSPC, at=1).remove(tmp_path / "a")
    assert not (tmp_path / "a").exists()
    (tmp_path / "b").write_bytes(b"x")
    with pytest.raises(OSError):
        FailingFileSystem(errno.EROFS, at=1).remove(tmp_path / "b")
    with pytest.raises(ValueError):
        FailingFileSystem(errno.ENOENT)


def test_reads_fail_too_when_asked(tmp_path):
    book = Notebook.create(tmp_path / "nb", PASSPHRASE)
    book.lock()
    connection = FailingFileSystem(errno.EIO, at=1, reads=True).connect(
        tmp_path / "nb" / "notebook.db"
    )
    try:
        with pytest.raises(sqlcipher3.OperationalError, match="disk I/O error"):
            connection.execute("SELECT 1")
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT * FROM cases", False),
        ("SELECT sqlcipher_export('backup')", True),
        ("PRAGMA user_version", False),
        ("PRAGMA backup.user_version = 2", True),
        ("PRAGMA foreign_keys = ON", False),
        ("PRAGMA wal_checkpoint(TRUNCATE)", True),
        ("BEGIN IMMEDIATE", False),
        ("COMMIT", True),
        ("INSERT INTO cases VALUES (1)", True),
        ("ROLLBACK", False),
        ("BEGIN IMMEDIATE; CREATE TABLE t (x); COMMIT;", True),
        ("BEGIN; SELECT 1;", False),
    ],
)
def test_which_statements_count_as_writes(sql, expected):
    assert writes(sql) is expected
