"""A contact may hold a colleague's hand-over key: checked when typed, kept by the file and by
vCard, and brought in by an import."""

from __future__ import annotations

import json

import pytest

from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.merge import plan_import
from interact_desktop.core.contacts.model import Contact, ContactError
from interact_desktop.core.contacts.store import ContactStore
from interact_desktop.core.contacts.vcard import read_vcards, to_vcards
from interact_desktop.core.handover.keys import generate

KEY = generate().public


def colleague(key: str = KEY) -> Contact:
    return Contact(roles=("guardianship-authority",), name="Giulia Rossi", handover_key=key)


def test_the_key_is_checked_and_kept_as_the_key_itself():
    assert colleague(f"  {KEY[:30]}\n{KEY[30:].upper()} ").handover_key == KEY
    assert colleague("").handover_key == ""
    with pytest.raises(ContactError, match="hand-over key"):
        colleague(KEY[:-2])


def test_the_file_keeps_the_key_and_omits_the_field_when_there_is_none(tmp_path):
    store = ContactStore(tmp_path / "contacts.json")
    store.save(Directory((colleague(), Contact(roles=("manager",), name="Nobody"))))
    entries = json.loads((tmp_path / "contacts.json").read_text())["contacts"]
    assert entries[0]["handover_key"] == KEY and "handover_key" not in entries[1]
    assert [c.handover_key for c in store.load()] == [KEY, ""]


def test_vcard_carries_the_key_and_an_import_brings_it_to_an_existing_entry():
    text = to_vcards([colleague()])
    assert f"X-INTERACT-HANDOVER-KEY:{KEY}" in text.replace("\r\n ", "")  # lines unfolded
    [read] = read_vcards(text.encode(), {"guardianship-authority"}).contacts
    assert read.handover_key == KEY
    existing = Directory((colleague(""),))
    plan = plan_import(existing, [read])
    [changed] = plan.changed
    assert changed.merged.handover_key == KEY
    assert [change.field for change in changed.changes] == ["handover_key"]
