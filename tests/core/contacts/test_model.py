import pytest

from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.model import Contact, ContactError, Phone


def test_text_is_stored_composed_and_trimmed():
    decomposed = "Ele\u0301ni"  # e + combining acute accent, as some keyboards type it
    contact = Contact(roles=("manager",), name=f"  {decomposed} ")
    assert contact.name == "Eléni"


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"roles": ()}, "at least one role"),
        ({"roles": ("Police",)}, "not a role id"),
        ({"roles": ("manager",)}, "a name or an organisation"),
        ({"roles": ("manager",), "name": "A", "emails": ("nope",)}, "not an e-mail"),
        ({"roles": ("manager",), "name": "A", "note": "x" * 2001}, "longer than"),
    ],
)
def test_bad_entries_say_which_field(fields, message):
    with pytest.raises(ContactError, match=message):
        Contact(**fields)


def test_phone_numbers_are_checked_and_dialled_as_digits():
    assert Phone("+30 (210) 000-0001").dial == "+302100000001"
    assert Phone("112").dial == "112"
    with pytest.raises(ContactError, match="not a phone number"):
        Phone("call me")
    with pytest.raises(ContactError, match="unknown phone kind"):
        Phone("112", "pigeon")


def test_directory_finds_every_entry_for_a_role_in_order(people):
    directory = Directory(tuple(people))
    guardians = directory.for_role("guardianship-authority")
    assert [c.name for c in guardians] == [people[1].name, people[2].name]
    assert directory.for_role("interpreter") == []


def test_directory_edits_keep_ids_unique(people):
    directory = Directory(tuple(people[:1]))
    with pytest.raises(ContactError, match="exists already"):
        directory.with_added(people[0])
    edited = directory.with_replaced(people[0].edited(hours="24/7"))
    assert edited.get(people[0].id).hours == "24/7"
    assert len(edited.without(people[0].id)) == 0
