"""Cases: the typed record, changes, retention, the upgrade from schema 1, deletion for good."""

from __future__ import annotations

import datetime as dt

import pytest

from interact_desktop.core.notebook.database import DATABASE, configure, connect
from interact_desktop.core.notebook.errors import NotebookError, NotebookLocked
from interact_desktop.core.notebook.filesystem import FileSystem
from interact_desktop.core.notebook.keys import Header, KeyParams, derive_key
from interact_desktop.core.notebook.records import STATUSES, Case
from interact_desktop.core.notebook.schema import SCHEMA_V1, SCHEMA_VERSION, migrate
from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_store import PASSPHRASE


def test_a_case_has_the_fields_of_the_product(book):
    case_id = book.cases.add(
        "UAM-2026-031", "ti, ar", "eritrea", roles="guardian, police", status="missing",
        purpose="Protection of an unaccompanied child", last_seen="2026-11-20",
        retention="2027-11-25",
    )  # fmt: skip
    case = book.cases.get(case_id)
    assert isinstance(case, Case)
    assert (case.reference, case.status, case.languages, case.roles, case.tags) == (
        "UAM-2026-031", "missing", "ti, ar", "guardian, police", "eritrea",
    )  # fmt: skip
    assert case.opened == dt.date.today().isoformat() and case.closed == ""
    changed = book.cases.update(case_id, status="found", closed="2026-11-26", tags="eritrea, found")
    assert (changed.status, changed.closed, changed.tags) == (
        "found",
        "2026-11-26",
        "eritrea, found",
    )
    assert book.cases.get(case_id) == changed
    assert book.cases.summaries() == [(case_id, "UAM-2026-031", "found")]
    assert book.cases.records() == [changed]


def test_case_fields_are_checked(book):
    case_id = book.cases.add("A")
    with pytest.raises(NotebookError, match="date"):
        book.cases.update(case_id, retention="next year")
    with pytest.raises(NotebookError, match="status"):
        book.cases.update(case_id, status="lost")
    with pytest.raises(NotebookError, match="reference"):
        book.cases.add("  ")
    with pytest.raises(TypeError):
        book.cases.update(case_id, id="7")
    with pytest.raises(TypeError):
        book.cases.update(case_id, roles=["guardian"])
    with pytest.raises(NotebookError):
        book.cases.get(999)
    with pytest.raises(NotebookError, match="kind"):
        book.timeline.add(case_id, "gossip", "x")
    assert "missing" in STATUSES


def test_overdue_retention_lists_cases_whose_date_has_come(book):
    due = book.cases.add("due", retention="2026-11-01")
    today = book.cases.add("today", retention="2026-11-25")
    book.cases.add("later", retention="2027-01-01")
    book.cases.add("none")
    overdue = book.cases.overdue_retention(dt.date(2026, 11, 25))
    assert [c.id for c in overdue] == [due, today]


def test_a_version_1_notebook_is_upgraded_and_keeps_its_data(tmp_path):
    folder = tmp_path / "nb"
    folder.mkdir()
    params = KeyParams.new()
    Header(params).write(folder)
    # Exactly what the first release wrote: its schema, then its inserts.
    old = connect(folder / DATABASE, derive_key(PASSPHRASE, params), FileSystem())
    old.executescript("BEGIN;" + SCHEMA_V1 + "PRAGMA user_version = 1; COMMIT;")
    old.execute(
        "INSERT INTO cases (reference, languages, tags, created, updated) VALUES (?,?,?,?,?)",
        ("Old case", "fa", "afghanistan", "2025-03-02T10:00:00", "2025-03-02T10:00:00"),
    )
    old.execute(
        "INSERT INTO notes (case_id, body, created, updated) VALUES (1, ?, ?, ?)",
        ("Asked for his brother", "2025-03-02T10:05:00", "2025-03-02T10:05:00"),
    )
    old.execute(
        "INSERT INTO search (terms, kind, ref, case_id) VALUES ('ask brother', 'note', 1, 1)"
    )
    old.execute(
        "INSERT INTO timeline (case_id, at, kind, text) VALUES (1, '2025-03-02', 'manual', 'x')"
    )
    old.close()

    book = Notebook.open(folder, PASSPHRASE)
    assert book.schema_version == SCHEMA_VERSION == 3
    case = book.cases.get(1)
    assert (case.reference, case.languages, case.tags, case.opened, case.retention) == (
        "Old case", "fa", "afghanistan", "2025-03-02", "",
    )  # fmt: skip
    assert book.notes.of_case(1)[0].body == "Asked for his brother"
    assert book.search.find("brother")[0].ref == 1
    assert book.timeline.lines(1) == [("2025-03-02", "manual", "x")]
    book.cases.update(1, roles="guardian", retention="2026-03-02")
    assert book.verify()["integrity"] == "ok"
    book.lock()
    assert Notebook.open(folder, PASSPHRASE).cases.get(1).roles == "guardian"


CANARY = "Καλλιρρόη Zwetschgenbaum"


def test_deleting_a_case_leaves_no_byte_of_it_in_the_files(tmp_path):
    """The deletion itself, seen on a plaintext file (encryption would hide any leftover from a
    byte scan): secure_delete, VACUUM and an emptied log leave no trace of the case."""
    import sqlcipher3

    folder = tmp_path / "plain"
    folder.mkdir()
    connection = sqlcipher3.connect(str(folder / DATABASE), isolation_level=None)
    configure(connection)
    migrate(connection)
    book = Notebook(folder, connection)
    keep = book.cases.add("Keep me")
    book.notes.add(keep, "Other child, other story " * 50)
    gone = book.cases.add(f"Case of {CANARY}", purpose=CANARY)
    for number in range(30):
        book.notes.add(gone, f"Note {number}: {CANARY} was seen again. " * 20, "el")
    book.timeline.add(gone, "manual", f"Called {CANARY}")
    book.register.record(gone, "case report", CANARY)
    book.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def files() -> bytes:
        return b"".join(p.read_bytes() for p in folder.iterdir())

    assert CANARY.encode() in files()  # the scan can see it...
    book.cases.delete(gone)
    data = files()
    for form in (CANARY, "καλλιρροη", "zwetschgenbaum"):
        assert form.encode() not in data, form  # ...and after deletion it is gone
    assert book.search.find("Zwetschgenbaum") == [] and book.cases.summaries() == [
        (keep, "Keep me", "open")
    ]
    assert book.register.entries() == []
    book.lock()


def test_deleting_a_case_in_the_encrypted_notebook(book):
    case_id = book.cases.add("Gone")
    book.notes.add(case_id, "quokka")
    book.timeline.add(case_id, "manual", "quokka called")
    book.register.record(case_id, "case report", "police")
    book.cases.delete(case_id)
    assert (
        book.cases.summaries() == []
        and book.search.find("quokka") == []
        and book.register.entries() == []
    )
    assert book.verify() == {"integrity": "ok", "cases": 0, "notes": 0, "timeline": 0}


def test_a_locked_notebook_says_so(book):
    case_id = book.cases.add("Locked away")
    book.lock()
    book.lock()
    with pytest.raises(NotebookLocked, match="locked"):
        book.cases.summaries()
    # Every part shares the one connection: locking closes them all at once.
    uses = (
        lambda: book.notes.add(case_id, "x"),
        lambda: book.timeline.entries(case_id),
        lambda: book.checklists.all(),
        lambda: book.register.entries(),
        lambda: book.search.find("locked"),
        lambda: book.connection,
    )
    for use in uses:
        with pytest.raises(NotebookLocked):
            use()
    assert book.locked
