"""The typed model of the contacts directory: immutable entries, checked when they are built.

Entries are frozen dataclasses so that the UI and the import plan can compare and hand them around
without one view changing another's copy; every edit makes a new entry and goes through the store.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

PHONE_KINDS = ("work", "mobile", "home", "fax", "other")
_ROLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A phone number as people write it: digits, spaces, + ( ) - . / and an extension mark.
_PHONE = re.compile(r"^\+?[0-9][0-9 ()./\-]*(?:\s*(?:ext\.?|x|#)\s*[0-9]+)?$", re.IGNORECASE)
MAX_TEXT = 2000  # a field longer than this is not a contact detail; it is a mistake or an attack


class ContactError(ValueError):
    """An entry that cannot be kept as it is; the message says which field and why."""


def new_id() -> str:
    """A random id, also the vCard UID (as ``urn:uuid:...``), so a re-import finds the entry."""
    return str(uuid.uuid4())


def clean_text(value: str) -> str:
    """NFC and trimmed, so that "Ελένη" typed on two systems compares equal."""
    return unicodedata.normalize("NFC", value).strip()


@dataclass(frozen=True)
class Phone:
    """One number with its kind (work, mobile, ...), shown so the reader picks the right one."""

    number: str
    kind: str = "work"

    def __post_init__(self) -> None:
        number = clean_text(self.number)
        if not number:
            raise ContactError("a phone number is empty")
        if not _PHONE.match(number):
            raise ContactError(f"'{number}' is not a phone number (digits, spaces, + ( ) - . /)")
        if self.kind not in PHONE_KINDS:
            raise ContactError(f"unknown phone kind '{self.kind}' ({', '.join(PHONE_KINDS)})")
        object.__setattr__(self, "number", number)

    @property
    def dial(self) -> str:
        """The number as a ``tel:`` link wants it: + and digits only."""
        head = self.number.split("x")[0].split("X")[0].split("#")[0]
        return ("+" if head.startswith("+") else "") + "".join(c for c in head if c.isdigit())


@dataclass(frozen=True)
class Contact:
    """One entry: a person or an office, for one or more roles of the guidance."""

    roles: tuple[str, ...]
    name: str = ""
    organisation: str = ""
    phones: tuple[Phone, ...] = ()
    emails: tuple[str, ...] = ()
    hours: str = ""
    note: str = ""
    handover_key: str = ""  # a colleague's public hand-over key (age1...), to seal cases to
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "roles", _roles(self.roles))
        for name in ("name", "organisation", "hours", "note", "id"):
            value = getattr(self, name)
            if not isinstance(value, str):
                raise ContactError(f"'{name}' must be text")
            value = clean_text(value) if name != "note" else unicodedata.normalize("NFC", value)
            if len(value) > MAX_TEXT:
                raise ContactError(f"'{name}' is longer than {MAX_TEXT} characters")
            set_(self, name, value.strip() if name == "note" else value)
        if not self.id:
            raise ContactError("the entry has no id")
        if not self.name and not self.organisation:
            raise ContactError("an entry needs a name or an organisation")
        set_(self, "phones", tuple(self.phones))
        if not all(isinstance(phone, Phone) for phone in self.phones):
            raise ContactError("'phones' must be Phone entries")
        set_(self, "emails", tuple(_email(e) for e in self.emails))
        set_(self, "handover_key", _handover_key(self.handover_key))

    @property
    def label(self) -> str:
        """How the entry is named in lists: "Name (Organisation)", or whichever is there."""
        if self.name and self.organisation:
            return f"{self.name} ({self.organisation})"
        return self.name or self.organisation

    def edited(self, **changes: object) -> Contact:
        """A copy with ``changes``, checked like a new entry; the id stays."""
        return replace(self, **changes)  # type: ignore[arg-type]


def _roles(roles: Iterable[str]) -> tuple[str, ...]:
    if isinstance(roles, str):
        raise ContactError("'roles' must be a list of role ids")
    result: list[str] = []
    for role in roles:
        if not isinstance(role, str) or not _ROLE_ID.match(role):
            raise ContactError(f"'{role}' is not a role id (lower case, digits, hyphens)")
        if role not in result:
            result.append(role)
    if not result:
        raise ContactError("an entry needs at least one role")
    return tuple(result)


def _handover_key(value: str) -> str:
    """Empty, or a complete age public key (checked: a typo would seal cases to no one)."""
    from interact_desktop.core.handover.errors import BadRecipientKey
    from interact_desktop.core.handover.keys import recipient_key

    if not isinstance(value, str):
        raise ContactError("'handover_key' must be text")
    if not value.strip():
        return ""
    try:
        return recipient_key(value)
    except BadRecipientKey as error:
        raise ContactError(f"hand-over key: {error}") from None


def _email(value: str) -> str:
    if not isinstance(value, str):
        raise ContactError("an e-mail address must be text")
    address = clean_text(value)
    local, at, domain = address.partition("@")
    if not at or not local or "." not in domain or any(c.isspace() for c in address):
        raise ContactError(f"'{address}' is not an e-mail address")
    return address
