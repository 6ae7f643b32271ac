"""The directory's operations on files, as the UI and the command line both call them.

Each call reads the directory afresh and writes it at most once, so the app and a script working
on the same folder never write back a stale copy; a file that cannot be read changes nothing.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from interact_desktop.core.atomic import write_atomic
from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.merge import ImportPlan, apply_import, plan_import
from interact_desktop.core.contacts.store import ContactStore
from interact_desktop.core.contacts.vcard import VCardError, read_vcards, to_vcards


def plan_file(store: ContactStore, source: Path, known_roles: Collection[str]) -> ImportPlan:
    """What importing ``source`` would change. Raises :class:`VCardError` for a file that is not
    vCards, :class:`ContactsFileError` for a damaged directory, OSError if it cannot be read."""
    data = source.read_bytes()
    try:
        cards = read_vcards(data, known_roles)
    except VCardError as error:
        raise VCardError(f"{source}: {error}") from error
    return plan_import(store.load(), cards.contacts, cards.skipped)


def apply_plan(store: ContactStore, plan: ImportPlan, accepted: Collection[str] = ()) -> Directory:
    """Add the plan's new entries and the accepted changes (ids of ``plan.changed`` entries) to
    the directory as it is now, and write it once."""
    result = apply_import(store.load(), plan, accepted)
    store.save(result)
    return result


def export_file(store: ContactStore, target: Path, role: str | None = None) -> int:
    """Write every entry (or a role's) to ``target`` as vCard 4.0; the number written."""
    directory = store.load()
    contacts = directory.for_role(role) if role else list(directory)
    write_atomic(target, to_vcards(contacts))
    return len(contacts)
