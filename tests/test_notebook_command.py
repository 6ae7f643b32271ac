"""`interact-desktop notebook ...` when the disk fails: one clear line per kind, exit 1, no
traceback (L1, M1), run in this process on a failing disk (the e2e tests use a real full one)."""

from __future__ import annotations

import errno
import io

import pytest

from interact_desktop.core.notebook.faults import FailingFileSystem
from interact_desktop.core.notebook.folder_claim import claim
from interact_desktop.notebook_command import run_notebook

PASSPHRASE = "a passphrase for the command"


@pytest.fixture
def command(tmp_path, monkeypatch, capsys):
    """Run a notebook command with ``typed`` on standard input; (status, stdout, stderr)."""

    def run(action: str, typed: str, disk=None, base=None, **more) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(typed))
        status = run_notebook(action, base or tmp_path, files=disk, **more)
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return status, out, err

    return run


def test_init_on_a_full_disk_says_so_at_every_write_and_a_retry_works(command, tmp_path):
    counting = FailingFileSystem()
    assert command("init", f"{PASSPHRASE}\n", counting)[0] == 0
    *creating, locking = counting.writes
    assert locking == "sql PRAGMA wal_checkpoint(TRUNCATE)"
    for at in range(1, len(creating) + 1):
        base = tmp_path / f"at{at}"
        disk = FailingFileSystem(errno.ENOSPC, at=at)
        status, _, err = command("init", f"{PASSPHRASE}\n", disk, base)
        assert status == 1, at
        assert err.startswith("error: The disk is full") and err.count("\n") == 1, err
        assert "nothing of it was left behind" in err or "Nothing was changed" in err, err
        assert command("init", f"{PASSPHRASE}\n", base=base)[0] == 0, at


def test_init_whose_last_write_fails_keeps_the_notebook_and_says_so(command, tmp_path):
    counting = FailingFileSystem()
    assert command("init", f"{PASSPHRASE}\n", counting, tmp_path / "counted")[0] == 0
    disk = FailingFileSystem(errno.ENOSPC, at=len(counting.writes))
    status, _, err = command("init", f"{PASSPHRASE}\n", disk)
    assert status == 1 and err.startswith("error: The disk is full") and "kept" in err
    status, out, _ = command("verify", f"{PASSPHRASE}\n")
    assert status == 0 and "integrity: ok" in out


def test_verify_on_a_full_disk_says_so(command):
    assert command("init", f"{PASSPHRASE}\n")[0] == 0
    status, out, err = command("verify", f"{PASSPHRASE}\n", FailingFileSystem(errno.ENOSPC, at=1))
    assert status == 1 and err.startswith("error: The disk is full") and "integrity" not in out


def test_verify_when_the_last_write_fails_reports_it_after_locking(command):
    assert command("init", f"{PASSPHRASE}\n")[0] == 0
    counting = FailingFileSystem(errno.EIO)
    assert command("verify", f"{PASSPHRASE}\n", counting)[0] == 0
    last = len(counting.writes)  # the checkpoint when the notebook locks
    status, out, err = command("verify", f"{PASSPHRASE}\n", FailingFileSystem(errno.EIO, at=last))
    assert "integrity: ok" in out
    assert status == 1 and "read or write error" in err and "locked all the same" in err


def test_verify_on_a_read_only_medium_opens_read_only_and_says_so(command):
    assert command("init", f"{PASSPHRASE}\n")[0] == 0
    status, out, err = command("verify", f"{PASSPHRASE}\n", FailingFileSystem(errno.EROFS, at=1))
    assert status == 0 and "integrity: ok" in out
    assert "opened read-only" in err


def test_a_damaged_file_is_not_reported_as_a_wrong_passphrase(command, tmp_path):
    assert command("init", f"{PASSPHRASE}\n")[0] == 0
    database = tmp_path / "data" / "notebook" / "notebook.db"
    data = bytearray(database.read_bytes())
    data[100:132] = bytes(32)
    database.write_bytes(bytes(data))
    status, _, err = command("verify", f"{PASSPHRASE}\n")
    assert status == 1 and "damaged" in err and "passphrase does not open" not in err


def test_a_backup_to_a_full_disk_says_so_and_leaves_no_file(command, tmp_path):
    assert command("init", f"{PASSPHRASE}\n")[0] == 0
    out_file = tmp_path / "saved.backup"
    counting = FailingFileSystem()
    assert command("backup", f"{PASSPHRASE}\n", counting, out=out_file)[0] == 0
    write = counting.writes.index("write saved.backup") + 1
    out_file.unlink()
    disk = FailingFileSystem(errno.ENOSPC, at=write)
    status, _, err = command("backup", f"{PASSPHRASE}\n", disk, out=out_file)
    assert status == 1 and err.startswith("error: The disk is full") and "No backup" in err
    assert not out_file.exists()
    assert [p.name for p in tmp_path.iterdir() if "saved" in p.name] == []


def test_commands_refuse_while_the_notebook_is_open_elsewhere(command, tmp_path):
    assert command("init", f"{PASSPHRASE}\n")[0] == 0
    with claim(tmp_path / "data" / "notebook"):
        status, _, err = command("verify", f"{PASSPHRASE}\n")
    assert status == 1 and "open in another INTERACT Desktop window" in err


def test_restore_refusals_each_have_their_own_message(command, tmp_path):
    assert command("init", f"{PASSPHRASE}\n")[0] == 0
    saved = tmp_path / "saved.backup"
    assert command("backup", f"{PASSPHRASE}\n", out=saved)[0] == 0
    data = saved.read_bytes()
    messages = set()
    for name, content in (
        ("junk", data + b"junk"),
        ("short", data[:-100]),
        ("altered", data[:-1] + bytes([data[-1] ^ 1])),
        ("other", b"hello"),
    ):
        (tmp_path / name).write_bytes(content)
        status, _, err = command("restore", f"{PASSPHRASE}\n", file=tmp_path / name)
        assert status == 1 and err.count("\n") == 1, err
        messages.add(err.split(":")[1])
    assert len(messages) == 4
    status, out, _ = command("restore", f"{PASSPHRASE}\n", file=saved)
    assert status == 0 and "kept, encrypted, in" in out


def test_new_case_and_a_note_of_several_lines_from_standard_input(command, tmp_path):
    from interact_desktop.core.notebook.store import Notebook

    assert command("init", f"{PASSPHRASE}\n")[0] == 0
    status, out, _ = command("new-case", f"{PASSPHRASE}\n", reference=" ΑΘ-17 ", lang="el")
    assert status == 0 and "ΑΘ-17 created" in out
    note = "Πρώτη γραμμή.\n\nΔεύτερη: 20:30\n"
    assert command("add-note", f"{PASSPHRASE}\n{note}", reference="ΑΘ-17", lang="el")[0] == 0
    status, _, err = command("add-note", f"{PASSPHRASE}\n \n", reference="ΑΘ-17")
    assert status == 1 and "the note is empty" in err
    status, _, err = command("add-note", f"{PASSPHRASE}\nx\n", reference="ΑΘ-18")
    assert status == 1 and "no case with the reference 'ΑΘ-18'" in err
    command("new-case", f"{PASSPHRASE}\n", reference="ΑΘ-17")
    status, _, err = command("add-note", f"{PASSPHRASE}\nx\n", reference="ΑΘ-17")
    assert status == 1 and "2 cases have the reference" in err
    book = Notebook.open(tmp_path / "data" / "notebook", PASSPHRASE)
    try:
        [first, _] = sorted(case_id for case_id, _, _ in book.cases.summaries())
        assert [n.body for n in book.notes.of_case(first)] == ["Πρώτη γραμμή.\n\nΔεύτερη: 20:30"]
        assert book.cases.get(first).reference == "ΑΘ-17"
    finally:
        book.lock()
