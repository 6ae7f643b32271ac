"""vCard 4.0 (RFC 6350) export and import of the directory, through the ``vobject`` library.

How our fields map, chosen so that any address book shows something useful and our own import
gets every field back unchanged:

- ``UID`` is ``urn:uuid:`` + the entry's id, so re-importing a colleague's file finds the entry;
- ``FN`` is the name (the organisation for an office, with ``KIND:org``), ``ORG`` the organisation;
- ``CATEGORIES`` holds the role ids (``police-emergency,manager``): address books group by them;
- ``TEL;VALUE=text;TYPE=...`` keeps the number exactly as written, its kind in ``TYPE``;
- ``NOTE`` is the note and ``X-INTERACT-HOURS`` the opening hours;
- ``X-INTERACT-HANDOVER-KEY`` is a colleague's hand-over key, to seal cases handed over to them.

Import reads vCard 3.0 and 4.0. A card with no role this app knows is skipped and reported; a file
that cannot be read, or a card with a broken field, raises :class:`VCardError` and nothing is kept.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from interact_desktop.core.contacts.model import Contact, ContactError, Phone, new_id

PRODID = "-//INTERACT Desktop//contacts//EN"
UUID_PREFIX = "urn:uuid:"
HOURS = "x-interact-hours"
HANDOVER_KEY = "x-interact-handover-key"
MAX_VCF_BYTES = 5 * 1024 * 1024
_TYPES_FOR_KIND = {
    "work": ["work", "voice"],
    "mobile": ["cell"],
    "home": ["home", "voice"],
    "fax": ["fax"],
    "other": ["voice"],
}


class VCardError(ValueError):
    """The file is not a readable set of vCards; the message says where and why."""


@dataclass(frozen=True)
class SkippedCard:
    """A card that was read but not imported, and why (shown to the user with the plan)."""

    label: str
    reason: str


@dataclass(frozen=True)
class ReadCards:
    contacts: tuple[Contact, ...]
    skipped: tuple[SkippedCard, ...] = ()


# -- export ------------------------------------------------------------------------------------


def to_vcards(contacts: Iterable[Contact]) -> str:
    """Every entry as a vCard 4.0, one after the other (CRLF line ends, as RFC 6350 asks)."""
    return "".join(_card(contact).serialize() for contact in contacts)


def _card(contact: Contact) -> Any:
    import vobject

    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("prodid").value = PRODID
    card.add("uid").value = _uid(contact.id)
    card.add("kind").value = "individual" if contact.name else "org"
    card.add("fn").value = contact.name or contact.organisation
    if contact.name:
        given, _, family = contact.name.rpartition(" ")
        card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if contact.organisation:
        card.add("org").value = [contact.organisation]
    for phone in contact.phones:
        line = card.add("tel")
        line.value = phone.number
        line.params["VALUE"] = ["text"]
        line.params["TYPE"] = list(_TYPES_FOR_KIND[phone.kind])
    for address in contact.emails:
        card.add("email").value = address
    card.add("categories").value = list(contact.roles)
    if contact.note:
        card.add("note").value = contact.note
    if contact.hours:
        card.add(HOURS).value = contact.hours
    if contact.handover_key:
        card.add(HANDOVER_KEY).value = contact.handover_key
    return card


def _uid(contact_id: str) -> str:
    if len(contact_id) == 36 and contact_id.count("-") == 4:
        return UUID_PREFIX + contact_id
    return contact_id


# -- import ------------------------------------------------------------------------------------


def read_vcards(data: bytes, known_roles: Collection[str] | None = None) -> ReadCards:
    """The entries in a .vcf file's bytes. ``known_roles``: the role ids of the guidance; other
    categories on a card are ignored, and a card with none of them is skipped."""
    if len(data) > MAX_VCF_BYTES:
        raise VCardError("the file is too large for a contacts file (more than 5 MB)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise VCardError(f"not UTF-8 text (byte {error.start}); save it as UTF-8") from error
    components = _components(text)
    if not components:
        raise VCardError("no vCard in the file (nothing between BEGIN:VCARD and END:VCARD)")
    contacts: list[Contact] = []
    skipped: list[SkippedCard] = []
    seen: set[str] = set()
    for number, component in enumerate(components, start=1):
        if component.name.upper() != "VCARD":
            raise VCardError(f"item {number} is a {component.name}, not a vCard")
        try:
            contact = _contact(component, known_roles)
        except (ContactError, VCardError) as error:
            raise VCardError(f"card {number} ({_label(component)}): {error}") from error
        if isinstance(contact, SkippedCard):
            skipped.append(contact)
            continue
        if contact.id in seen:
            raise VCardError(f"card {number} ({contact.label}): a second card with the same UID")
        seen.add(contact.id)
        contacts.append(contact)
    return ReadCards(tuple(contacts), tuple(skipped))


def _components(text: str) -> list[Any]:
    """All top-level components. vobject raises many kinds of exception on bad input (its own
    ParseError, but also ValueError, IndexError, ...): each becomes one clear VCardError."""
    import vobject

    try:
        return list(vobject.readComponents(text, validate=False, ignoreUnreadable=False))
    except Exception as error:  # a third-party parser: every failure is bad input
        message = str(error).strip() or type(error).__name__
        raise VCardError(f"not a valid vCard file: {message}") from error


def _contact(card: Any, known_roles: Collection[str] | None) -> Contact | SkippedCard:
    version = _value(card, "version")
    if version not in ("3.0", "4.0"):
        raise VCardError(f"vCard version {version or 'missing'}; only 3.0 and 4.0 are read")
    formatted = _value(card, "fn")
    if not formatted:
        raise VCardError("no FN (the name to show), which every vCard must have")
    organisation = "; ".join(_org(card))
    if _value(card, "kind").lower() == "org":
        name, organisation = "", organisation or formatted
    else:
        name = formatted
    categories = [
        c.strip().lower() for line in _lines(card, "categories") for c in _list(line.value)
    ]
    roles = [c for c in categories if known_roles is None or c in known_roles]
    if not roles:
        label = name or organisation
        return SkippedCard(label, "no role of the guidance among its CATEGORIES")
    uid = _value(card, "uid")
    if uid.lower().startswith(UUID_PREFIX):
        uid = uid[len(UUID_PREFIX) :]
    return Contact(
        id=uid or new_id(),
        roles=tuple(dict.fromkeys(roles)),
        name=name,
        organisation=organisation,
        phones=tuple(_phone(line) for line in _lines(card, "tel")),
        emails=tuple(str(line.value).strip() for line in _lines(card, "email")),
        hours=_value(card, HOURS),
        note=_value(card, "note"),
        handover_key=_value(card, HANDOVER_KEY),
    )


def _phone(line: Any) -> Phone:
    number = str(line.value).strip()
    if number.lower().startswith("tel:"):
        number = number[4:].split(";", 1)[0]
    types = {t.lower() for value in line.params.get("TYPE", []) for t in value.split(",")}
    for vcard_type, kind in (
        ("cell", "mobile"),
        ("fax", "fax"),
        ("home", "home"),
        ("work", "work"),
    ):
        if vcard_type in types:
            return Phone(number, kind)
    return Phone(number, "other")


def _lines(card: Any, name: str) -> list[Any]:
    return list(card.contents.get(name, []))


def _value(card: Any, name: str) -> str:
    lines = _lines(card, name)
    if not lines:
        return ""
    value = lines[0].value
    if isinstance(value, list):
        value = ",".join(str(v) for v in value)
    return str(value).strip()


def _list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return str(value).split(",")


def _org(card: Any) -> list[str]:
    """The organisation's units (``ORG:Agency;Unit``). A comma left unescaped, as many address
    books write "Police, Juvenile Unit", makes vobject read a unit as a list: it is one name."""
    lines = _lines(card, "org")
    if not lines:
        return []
    value = lines[0].value
    units = value if isinstance(value, list) else str(value).split(";")
    result = []
    for unit in units:
        parts = unit if isinstance(unit, list) else [unit]
        text = ", ".join(str(part).strip() for part in parts if str(part).strip())
        if text:
            result.append(text)
    return result


def _label(card: Any) -> str:
    try:
        return _value(card, "fn") or "no name"
    except Exception:  # only for the error message
        return "no name"
