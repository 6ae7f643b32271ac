"""Finding the key that opens a notebook file, without writing anything until it is found.

A passphrase is tried in its NFC form, then as typed; each against the header's current key and,
when a passphrase change or a restore was interrupted, its pending one. A key whose recorded
check differs is dropped without touching the database. A key that passes is tried on a
connection that cannot write at all (read-only, no shared-memory index, no checkpoint on close),
so a wrong passphrase never changes a byte, even when a crash left a write-ahead log behind. Only
the key that opens the file gets a writing connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from interact_desktop.core.notebook.database import Connection, KeyRefused, connect
from interact_desktop.core.notebook.errors import DamagedFile, WrongPassphrase
from interact_desktop.core.notebook.filesystem import FileSystem
from interact_desktop.core.notebook.keys import (
    Header,
    KeyParams,
    derive_key,
    passphrase_forms,
    wipe,
)

WRONG = "The passphrase does not open this notebook. Check it and try again."


@dataclass
class Opened:
    """A database opened with ``key`` (the caller wipes it when done) derived with ``params``
    (its check filled in)."""

    connection: Connection
    key: bytearray
    params: KeyParams
    pending: bool  # opened with the header's pending key: an interrupted change is finished
    as_typed: bool  # opened with the passphrase as typed, not its NFC form: re-key it


def open_database(
    path: Path, header: Header, passphrase: str, files: FileSystem, read_only: bool
) -> Opened:
    """The database at ``path`` opened with the key ``passphrase`` gives; WrongPassphrase,
    DamagedFile (the passphrase is right by the header's check, the file refuses it) or a
    StorageError. Nothing is written unless it opens."""
    forms = passphrase_forms(passphrase)
    right_but_refused = False
    for form in forms:
        for params, pending in ((header.current, False), (header.pending, True)):
            if params is None:
                continue
            key = derive_key(form, params)
            if params.refuses(key):
                wipe(key)
                continue
            try:
                connection = _open(path, key, files, read_only)
            except KeyRefused:
                wipe(key)
                right_but_refused = right_but_refused or bool(params.check)
                continue
            except BaseException:
                wipe(key)
                raise
            return Opened(connection, key, params.with_check(key), pending, form != forms[0])
    if right_but_refused and header.pending is None:
        raise DamagedFile(
            "The notebook file is damaged: the passphrase is right (the key file confirms it), "
            "but the file cannot be decrypted with it. Nothing was changed. Restore the notebook "
            "from a backup (interact-desktop notebook restore)."
        )
    raise WrongPassphrase(WRONG)


def _open(path: Path, key: bytearray, files: FileSystem, read_only: bool) -> Connection:
    """Try ``key`` on a connection that writes nothing; if it opens, the connection to use."""
    probe = connect(path, key, files, "probe")
    probe.close()
    try:
        return connect(path, key, files, "read" if read_only else "write")
    except KeyRefused:  # the file changed under us, or a damaged journal
        raise DamagedFile(
            "The notebook file could not be opened although the passphrase is right; it may be "
            "damaged. Nothing was changed."
        ) from None
