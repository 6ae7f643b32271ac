"""The directory in one JSON file in the user data folder: written atomically, mode 0600.

Why JSON: the standard library reads and writes it (TOML has no writer there), and an administrator
can read the file. Why not the notebook: the directory must open without the passphrase.

A damaged file is never overwritten by accident: loading it raises :class:`ContactsFileError` with
what is wrong, every change loads first and so fails the same way, and
:meth:`ContactStore.set_aside` moves the damaged file away (kept, not deleted) when the user
chooses to start afresh.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path
from typing import Any

from interact_desktop.core.atomic import write_atomic_bytes
from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.model import Contact, ContactError, Phone

FORMAT = "interact-desktop contacts"
VERSION = 1
MAX_FILE_BYTES = 5 * 1024 * 1024  # thousands of entries; more is not a contacts file


class ContactsFileError(Exception):
    """The file cannot be read as a directory; the message names the file and the fault."""


class ContactStore:
    """Loads and saves the directory; each change is load, change, write in one call."""

    def __init__(self, path: Path) -> None:
        self.path = path

    # -- reading ------------------------------------------------------------------------------

    def load(self) -> Directory:
        """The directory on disk; empty when there is no file yet."""
        try:
            if self.path.stat().st_size > MAX_FILE_BYTES:
                raise ContactsFileError(f"{self.path}: the file is too large for a directory")
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Directory()
        except OSError as error:
            raise ContactsFileError(f"{self.path}: cannot read: {error.strerror}") from error
        return decode(raw, self.path)

    # -- changes (each writes the file once) --------------------------------------------------

    def add(self, contact: Contact) -> Contact:
        self.save(self.load().with_added(contact))
        return contact

    def update(self, contact: Contact) -> Contact:
        """Replace the entry with the same id."""
        self.save(self.load().with_replaced(contact))
        return contact

    def delete(self, contact_id: str) -> None:
        self.save(self.load().without(contact_id))

    def save(self, directory: Directory) -> None:
        """Write the whole directory atomically; the folder is made private (0700) first."""
        folder = self.path.parent
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) != 0o700:
            folder.chmod(0o700)
        write_atomic_bytes(self.path, encode(directory))

    def set_aside(self) -> Path:
        """Rename a damaged file to ``contacts.json.damaged-TIME`` so a new one can start; the
        old bytes stay for whoever wants to repair them."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        os.replace(self.path, target)
        return target


def encode(directory: Directory) -> bytes:
    entries = [
        {
            "id": c.id,
            "roles": list(c.roles),
            "name": c.name,
            "organisation": c.organisation,
            "phones": [{"number": p.number, "kind": p.kind} for p in c.phones],
            "emails": list(c.emails),
            "hours": c.hours,
            "note": c.note,
            # written only when there is one, so an older version still reads the file
            **({"handover_key": c.handover_key} if c.handover_key else {}),
        }
        for c in directory
    ]
    document = {"format": FORMAT, "version": VERSION, "contacts": entries}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def decode(raw: bytes, path: Path) -> Directory:
    """The directory in ``raw``, or a :class:`ContactsFileError` that says where it is wrong."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ContactsFileError(f"{path}: not UTF-8 text (byte {error.start})") from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise ContactsFileError(f"{path}: damaged at {where}: {error.msg}") from error
    except RecursionError as error:
        raise ContactsFileError(f"{path}: nested too deeply to be a directory") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ContactsFileError(f"{path}: not a contacts directory of this app")
    version = document.get("version")
    if version != VERSION:
        raise ContactsFileError(
            f"{path}: format version {version!r}; this version of the app reads {VERSION}"
        )
    entries = document.get("contacts")
    if not isinstance(entries, list):
        raise ContactsFileError(f"{path}: 'contacts' must be a list")
    contacts = []
    for number, entry in enumerate(entries, start=1):
        try:
            contacts.append(_contact(entry))
        except (ContactError, TypeError) as error:
            raise ContactsFileError(f"{path}: entry {number}: {error}") from error
    try:
        return Directory(tuple(contacts))
    except ContactError as error:
        raise ContactsFileError(f"{path}: {error}") from error


def _contact(entry: Any) -> Contact:
    if not isinstance(entry, dict):
        raise ContactError("must be an object with the entry's fields")
    known = {"id", "roles", "name", "organisation", "phones", "emails", "hours", "note",
             "handover_key"}  # fmt: skip
    if unknown := sorted(set(entry) - known):
        raise ContactError(f"unknown field '{unknown[0]}'")
    phones = entry.get("phones", [])
    if not isinstance(phones, list) or not all(isinstance(p, dict) for p in phones):
        raise ContactError("'phones' must be a list of {number, kind}")
    for name in ("roles", "emails"):
        if not isinstance(entry.get(name, []), list):
            raise ContactError(f"'{name}' must be a list")
    return Contact(
        id=_text(entry, "id"),
        roles=tuple(entry.get("roles", [])),
        name=_text(entry, "name"),
        organisation=_text(entry, "organisation"),
        phones=tuple(Phone(_text(p, "number"), _text(p, "kind") or "work") for p in phones),
        emails=tuple(entry.get("emails", [])),
        hours=_text(entry, "hours"),
        note=_text(entry, "note"),
        handover_key=_text(entry, "handover_key"),
    )


def _text(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise ContactError(f"'{key}' must be text")
    return value
