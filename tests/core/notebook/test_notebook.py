"""The encrypted notebook: passphrases, standard SQLCipher, no plaintext on disk, search."""

from __future__ import annotations

import hashlib

import pytest

from interact_desktop.core.notebook.database import DATABASE
from interact_desktop.core.notebook.errors import NotebookError, WrongPassphrase
from interact_desktop.core.notebook.keys import Header, KeyParams, derive_key, strength_hint
from interact_desktop.core.notebook.store import Notebook

PASSPHRASE = "correct horse battery staple"
CANARY_LATIN = "Zqvxelmorant Bluefinch"
CANARY_GREEK = "Ξυλοκαστρινός Φουντουκάκης"


def fingerprint(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def notebook(tmp_path):
    book = Notebook.create(tmp_path / "nb", PASSPHRASE)
    yield book
    book.lock()


def test_create_lock_and_open_again(notebook):
    case = notebook.cases.add("Case A-17", languages="ti, ar")
    notebook.notes.add(case, "Seen at the bus station with an older man.")
    notebook.timeline.add(case, "manual", "Reported to the police", "2026-11-25T22:10")
    folder = notebook.folder
    notebook.lock()
    assert notebook.locked
    again = Notebook.open(folder, PASSPHRASE)
    assert again.cases.summaries()[0][1] == "Case A-17"
    assert again.notes.of_case(case)[0].body.startswith("Seen at the bus station")
    assert again.timeline.lines(case) == [("2026-11-25T22:10", "manual", "Reported to the police")]
    assert again.verify() == {"integrity": "ok", "cases": 1, "notes": 1, "timeline": 1}
    again.lock()


def test_ten_wrong_passphrases_change_nothing_and_the_right_one_opens(notebook):
    notebook.cases.add("Case B")
    folder = notebook.folder
    notebook.lock()
    before = fingerprint(folder)
    for attempt in range(10):
        with pytest.raises(WrongPassphrase, match="does not open this notebook"):
            Notebook.open(folder, f"wrong {attempt}")
    assert fingerprint(folder) == before
    Notebook.open(folder, PASSPHRASE).lock()


def test_change_passphrase_and_recover_from_an_interrupted_change(notebook):
    folder = notebook.folder
    notebook.change_passphrase("a new long passphrase")
    notebook.lock()
    with pytest.raises(WrongPassphrase):
        Notebook.open(folder, PASSPHRASE)
    book = Notebook.open(folder, "a new long passphrase")
    # Interrupted: the database is rekeyed, but the header still names the old key as current.
    old = Header.read(folder).current
    pending = KeyParams.new()
    book.connection.execute(f"PRAGMA rekey = \"x'{derive_key('third', pending).hex()}'\"")
    Header(old, pending=pending).write(folder)
    book.lock()
    Notebook.open(folder, "third").lock()
    assert Header.read(folder).pending is None


def test_it_is_a_standard_sqlcipher_4_database(notebook):
    import sqlcipher3

    notebook.cases.add("Case C")
    folder = notebook.folder
    notebook.lock()
    key = derive_key(PASSPHRASE, Header.read(folder).current)
    connection = sqlcipher3.connect(str(folder / DATABASE))
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute("PRAGMA cipher_compatibility = 4")  # the standard SQLCipher 4 settings
    assert connection.execute("SELECT reference FROM cases").fetchone() == ("Case C",)
    assert connection.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    connection.close()


def test_no_plaintext_of_case_data_in_any_file(notebook):
    case = notebook.cases.add(f"{CANARY_LATIN} {CANARY_GREEK}")
    notebook.notes.add(case, f"Met {CANARY_LATIN} and {CANARY_GREEK} today.", "el")
    notebook.timeline.add(case, "manual", f"Call from {CANARY_GREEK}")
    folder = notebook.folder
    notebook.lock()
    data = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    for canary in (CANARY_LATIN, CANARY_GREEK, CANARY_GREEK.lower(), "ξυλοκαστρινοσ"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le"):
            assert canary.encode(encoding) not in data, (canary, encoding)


def test_search_inside_the_encrypted_file_folds_accents(notebook):
    case = notebook.cases.add("Case D")
    note = notebook.notes.add(case, "Το ΠΑΙΔΙ είπε ότι ο επίτροπος ενημερώθηκε.", "el")
    notebook.notes.add(case, "Nothing related.", "en")
    hits = notebook.search.find("παιδι επιτροπ", "el")
    assert [(h.kind, h.ref) for h in hits] == [("note", note)]
    notebook.notes.update(note, "Changed text about the hotline.")
    assert notebook.search.find("παιδι", "el") == []
    assert notebook.search.find("hotline")[0].ref == note


def test_delete_case_removes_it_and_its_index(notebook):
    case = notebook.cases.add("Case E")
    notebook.notes.add(case, "Unique word quokka")
    notebook.cases.delete(case)
    assert notebook.cases.summaries() == [] and notebook.search.find("quokka") == []


def test_creating_over_an_existing_notebook_or_with_no_passphrase_is_refused(notebook, tmp_path):
    with pytest.raises(NotebookError):
        Notebook.create(notebook.folder, PASSPHRASE)
    with pytest.raises(NotebookError):
        Notebook.create(tmp_path / "other", "")


def test_key_parameters_and_strength_hint():
    params = KeyParams.new()
    assert (params.time_cost, params.memory_kib, params.parallelism) == (3, 65536, 2)
    assert len(derive_key("x", params)) == 32
    assert strength_hint("abc") == "weak"
    assert strength_hint("Summer2026!") == "fair"
    assert strength_hint("four words make a phrase") == "strong"
