import json
import os
import stat

import pytest

from interact_desktop.core import atomic
from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.model import Contact
from interact_desktop.core.contacts.store import ContactsFileError, ContactStore


@pytest.fixture
def store(tmp_path):
    return ContactStore(tmp_path / "data" / "contacts" / "contacts.json")


def test_missing_file_is_an_empty_directory(store):
    assert len(store.load()) == 0
    assert not store.path.exists()


def test_save_and_load_keep_every_field(store, people):
    store.save(Directory(tuple(people)))
    assert store.load().contacts == tuple(people)
    assert "Ελένη" in store.path.read_text(encoding="utf-8")  # readable, not \u escapes


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_file_is_0600_and_folder_0700(store, people):
    store.path.parent.mkdir(parents=True, mode=0o755)
    store.add(people[0])
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def test_add_update_delete(store, people):
    store.add(people[0])
    store.add(people[1])
    store.update(people[1].edited(hours="08–20"))
    store.delete(people[0].id)
    assert [(c.id, c.hours) for c in store.load()] == [(people[1].id, "08–20")]


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_a_failed_write_leaves_the_old_file(store, people, monkeypatch, failing):
    store.add(people[0])
    before = store.path.read_bytes()

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if failing == "write":
        monkeypatch.setattr(atomic.os, "fdopen", broken)
    else:
        monkeypatch.setattr(atomic.os, failing, broken)
    with pytest.raises(OSError):
        store.add(people[1])
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["contacts.json"]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"\xff\xfe", "not UTF-8"),
        (b'{"format": "interact-desktop contacts", "version": 1, "contacts": [', "line 1, column"),
        (b"[]", "not a contacts directory"),
        (b'{"format": "interact-desktop contacts", "version": 9, "contacts": []}', "version 9"),
        (
            b'{"format": "interact-desktop contacts", "version": 1, "contacts": [{"id": "a"}]}',
            "entry 1: an entry needs at least one role",
        ),
        (b"[" * 100000, "nested too deeply|damaged"),
    ],
)
def test_a_damaged_file_says_what_is_wrong_and_is_never_overwritten(
    store, people, content, message
):
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(content)
    with pytest.raises(ContactsFileError, match=message):
        store.load()
    with pytest.raises(ContactsFileError):
        store.add(people[0])
    assert store.path.read_bytes() == content


def test_a_damaged_file_can_be_set_aside_and_kept(store, people):
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(b"garbage")
    kept = store.set_aside()
    assert kept.read_bytes() == b"garbage"
    store.add(people[0])
    assert json.loads(store.path.read_text())["contacts"][0]["name"] == people[0].name


def test_two_entries_with_one_id_are_reported(store, people):
    one = Contact(roles=("manager",), name="A", id="same")
    two = Contact(roles=("manager",), name="B", id="same")
    entries = [{"id": c.id, "roles": list(c.roles), "name": c.name} for c in (one, two)]
    document = {"format": "interact-desktop contacts", "version": 1, "contacts": entries}
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps(document))
    with pytest.raises(ContactsFileError, match="two entries have the id 'same'"):
        store.load()
