"""The whole directory as an immutable value: what the store reads and writes in one piece.

Every change makes a new directory, so a half-done edit never exists anywhere but in the caller's
hands, and the store writes either the old directory or the new one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from interact_desktop.core.contacts.model import Contact, ContactError


@dataclass(frozen=True)
class Directory:
    contacts: tuple[Contact, ...] = ()

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for contact in self.contacts:
            if contact.id in seen:
                raise ContactError(f"two entries have the id '{contact.id}'")
            seen.add(contact.id)

    def __iter__(self) -> Iterator[Contact]:
        return iter(self.contacts)

    def __len__(self) -> int:
        return len(self.contacts)

    def get(self, contact_id: str) -> Contact | None:
        return next((c for c in self.contacts if c.id == contact_id), None)

    def for_role(self, role_id: str) -> list[Contact]:
        """The entries for a role, in the order the user put them (the first is called first)."""
        return [c for c in self.contacts if role_id in c.roles]

    def roles(self) -> list[str]:
        """Every role that has at least one entry, in order of first appearance."""
        seen: dict[str, None] = {}
        for contact in self.contacts:
            seen.update(dict.fromkeys(contact.roles))
        return list(seen)

    def with_added(self, contact: Contact) -> Directory:
        if self.get(contact.id) is not None:
            raise ContactError(f"an entry with the id '{contact.id}' exists already")
        return Directory((*self.contacts, contact))

    def with_replaced(self, contact: Contact) -> Directory:
        if self.get(contact.id) is None:
            raise ContactError(f"no entry with the id '{contact.id}'")
        return Directory(tuple(contact if c.id == contact.id else c for c in self.contacts))

    def without(self, contact_id: str) -> Directory:
        if self.get(contact_id) is None:
            raise ContactError(f"no entry with the id '{contact_id}'")
        return Directory(tuple(c for c in self.contacts if c.id != contact_id))
