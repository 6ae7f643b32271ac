import pytest

from interact_desktop.core.contacts.model import Contact
from interact_desktop.core.contacts.vcard import VCardError, read_vcards, to_vcards

ROLES = {"police-emergency", "missing-persons-unit", "guardianship-authority",
         "child-protection-service", "sirene-bureau", "manager"}  # fmt: skip


def test_round_trip_keeps_every_field_in_greek_french_and_dutch(people):
    text = to_vcards(people)
    read = read_vcards(text.encode("utf-8"), ROLES)
    assert read.skipped == ()
    assert read.contacts == tuple(people)  # ids, roles, names, phones with kinds, hours, notes


def test_export_is_vcard_4_with_roles_as_categories(people):
    text = to_vcards(people[:1])
    lines = text.split("\r\n")
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:4.0"]
    assert f"UID:urn:uuid:{people[0].id}" in lines
    assert "CATEGORIES:police-emergency,missing-persons-unit" in lines
    assert "FN:Ελένη Παπαδοπούλου" in lines
    assert "TEL;TYPE=cell;VALUE=text:+30 690 000 0002" in lines
    assert any(line.startswith("X-INTERACT-HOURS:") for line in lines)


def test_an_office_is_a_kind_org_card_and_comes_back_without_a_name(people):
    office = people[3]
    text = to_vcards([office])
    assert "KIND:org" in text
    assert read_vcards(text.encode(), ROLES).contacts == (office,)


def test_a_vcard_3_from_another_address_book_is_read():
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Janssens;Pieter;;;\r\nFN:Pieter Janssens\r\n"
        "ORG:Dienst Voogdij;Brussel\r\nTEL;TYPE=CELL:+32 470 00 00 00\r\n"
        "TEL;TYPE=WORK,VOICE:tel:+32-2-000-00-00\r\nEMAIL;TYPE=INTERNET:p.janssens@example.be\r\n"
        "CATEGORIES:Werk,guardianship-authority\r\nEND:VCARD\r\n"
    )
    (contact,) = read_vcards(text.encode(), ROLES).contacts
    assert contact.name == "Pieter Janssens"
    assert contact.organisation == "Dienst Voogdij; Brussel"
    assert contact.roles == ("guardianship-authority",)  # "Werk" is not a role
    assert [(p.number, p.kind) for p in contact.phones] == [
        ("+32 470 00 00 00", "mobile"),
        ("+32-2-000-00-00", "work"),
    ]
    assert contact.emails == ("p.janssens@example.be",)


def test_an_unescaped_comma_in_the_organisation_stays_part_of_its_name():
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ελένη Π.\r\n"
        "ORG:Ελληνική Αστυνομία, Τμήμα Ανηλίκων;Αθήνα\r\n"
        "CATEGORIES:police-emergency\r\nEND:VCARD\r\n"
    )
    (contact,) = read_vcards(text.encode(), ROLES).contacts
    assert contact.organisation == "Ελληνική Αστυνομία, Τμήμα Ανηλίκων; Αθήνα"


def test_a_card_without_a_role_is_skipped_and_reported():
    text = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Aunt May\r\nEND:VCARD\r\n"
    read = read_vcards(text.encode(), ROLES)
    assert read.contacts == ()
    assert [(s.label, "role" in s.reason) for s in read.skipped] == [("Aunt May", True)]


def test_a_card_without_uid_gets_a_new_id():
    text = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A B\r\nCATEGORIES:manager\r\nEND:VCARD\r\n"
    (contact,) = read_vcards(text.encode(), ROLES).contacts
    assert len(contact.id) == 36


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "no vCard in the file"),
        (b"hello", "not a valid vCard file"),
        (b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\n", "never closed"),
        (b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN;x\r\nEND:VCARD\r\n", "Failed to parse line"),
        (b"\xff\xfeB\x00", "not UTF-8"),
        (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "not a vCard"),
        (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nEND:VCARD\r\n", "version 2.1"),
        (b"BEGIN:VCARD\r\nVERSION:4.0\r\nCATEGORIES:manager\r\nEND:VCARD\r\n", "no FN"),
        (
            b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nCATEGORIES:manager\r\nTEL:call me\r\n"
            b"END:VCARD\r\n",
            "card 1 \\(A\\): 'call me' is not a phone number",
        ),
        (
            b"BEGIN:VCARD\r\nVERSION:4.0\r\nUID:x\r\nFN:A\r\nCATEGORIES:manager\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:4.0\r\nUID:x\r\nFN:B\r\nCATEGORIES:manager\r\nEND:VCARD\r\n",
            "second card with the same UID",
        ),
    ],
)
def test_malformed_files_raise_a_clear_error(data, message):
    with pytest.raises(VCardError, match=message):
        read_vcards(data, ROLES)


def test_a_long_greek_note_folds_without_breaking_letters():
    note = "Ώρες λειτουργίας και σημειώσεις για τη βάρδια της νύχτας. " * 8
    contact = Contact(roles=("manager",), name="Νίκος", note=note.strip())
    text = to_vcards([contact])
    assert max(len(line) for line in text.split("\r\n")) <= 76
    assert read_vcards(text.encode("utf-8"), ROLES).contacts == (contact,)
