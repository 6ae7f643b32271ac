"""Importing a .vcf into the directory: first a plan of what would change, then a merge.

An organisation sends one file to all its staff, and each person may have edited their own copy, so
nothing is overwritten without being shown. An incoming card matches an entry by UID, or failing
that by name and organisation (case, accents' composition and spacing do not count). The plan sorts
the cards into new, changed (with each field's old and new value) and unchanged; applying it adds
the new ones and changes only the entries the caller accepts.

A field the incoming card leaves empty keeps the entry's value (a colleague's file without hours
does not erase the hours you wrote); roles are added to the entry's, never taken away.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.model import Contact, Phone, clean_text, new_id
from interact_desktop.core.contacts.vcard import SkippedCard

FIELDS = ("roles", "name", "organisation", "phones", "emails", "hours", "note", "handover_key")


@dataclass(frozen=True)
class FieldChange:
    """One field of an entry, as it is and as the import would make it (both as text)."""

    field: str
    old: str
    new: str


@dataclass(frozen=True)
class ChangedEntry:
    existing: Contact
    incoming: Contact  # the card as read
    merged: Contact  # the entry as it would be after the import, with the existing id
    changes: tuple[FieldChange, ...]
    matched_by: Literal["uid", "name"]


@dataclass(frozen=True)
class ImportPlan:
    new: tuple[Contact, ...] = ()
    changed: tuple[ChangedEntry, ...] = ()
    unchanged: tuple[Contact, ...] = ()
    skipped: tuple[SkippedCard, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when applying the plan would change nothing at all."""
        return not self.new and not self.changed


def plan_import(
    directory: Directory, incoming: Collection[Contact], skipped: Collection[SkippedCard] = ()
) -> ImportPlan:
    """What importing ``incoming`` into ``directory`` would do; nothing is changed here."""
    new: list[Contact] = []
    changed: list[ChangedEntry] = []
    unchanged: list[Contact] = []
    claimed: set[str] = set()  # each entry takes at most one incoming card
    for card in incoming:
        existing, how = _match(directory, card, claimed)
        if existing is None:
            if directory.get(card.id) is not None or any(c.id == card.id for c in new):
                card = card.edited(id=new_id())  # its UID is taken: keep both
            new.append(card)
            continue
        claimed.add(existing.id)
        merged = merge(existing, card)
        changes = differences(existing, merged)
        if changes:
            changed.append(ChangedEntry(existing, card, merged, changes, how))
        else:
            unchanged.append(existing)
    return ImportPlan(tuple(new), tuple(changed), tuple(unchanged), tuple(skipped))


def apply_import(
    directory: Directory, plan: ImportPlan, accepted: Collection[str] = ()
) -> Directory:
    """The directory with the plan's new entries added, and the changed entries whose ids are in
    ``accepted`` changed in the fields the plan showed, and only those. Changes not accepted are
    left as they are, and so is a field edited since the plan was shown and not in it."""
    result = directory
    for entry in plan.changed:
        current = result.get(entry.existing.id)
        if entry.existing.id in accepted and current is not None:
            result = result.with_replaced(_apply_changes(current, entry))
    for contact in plan.new:
        if result.get(contact.id) is None:
            result = result.with_added(contact)
    return result


def merge(existing: Contact, incoming: Contact) -> Contact:
    """``existing`` with every non-empty field of ``incoming``; roles are joined."""
    changes: dict[str, object] = {"roles": tuple(dict.fromkeys((*existing.roles, *incoming.roles)))}
    for name in FIELDS[1:]:
        value = getattr(incoming, name)
        if value:
            changes[name] = value
    return existing.edited(**changes)


def _apply_changes(current: Contact, entry: ChangedEntry) -> Contact:
    fields: dict[str, object] = {c.field: getattr(entry.merged, c.field) for c in entry.changes}
    if "roles" in fields:
        fields["roles"] = tuple(dict.fromkeys((*current.roles, *entry.incoming.roles)))
    return current.edited(**fields)


def differences(old: Contact, new: Contact) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(name, show(getattr(old, name)), show(getattr(new, name)))
        for name in FIELDS
        if getattr(old, name) != getattr(new, name)
    )


def show(value: object) -> str:
    """A field's value as one line of text for the plan."""
    if isinstance(value, tuple):
        return ", ".join(_item(v) for v in value)
    return str(value).replace("\n", " / ")


def _item(value: object) -> str:
    if isinstance(value, Phone):
        return f"{value.number} ({value.kind})"
    return str(value)


def _match(
    directory: Directory, card: Contact, claimed: set[str]
) -> tuple[Contact | None, Literal["uid", "name"]]:
    by_uid = directory.get(card.id)
    if by_uid is not None and by_uid.id not in claimed:
        return by_uid, "uid"
    key = _identity(card)
    for contact in directory:
        if contact.id not in claimed and _identity(contact) == key:
            return contact, "name"
    return None, "uid"


def _identity(contact: Contact) -> tuple[str, str]:
    def fold(text: str) -> str:
        return " ".join(clean_text(text).casefold().split())

    return fold(contact.name), fold(contact.organisation)
