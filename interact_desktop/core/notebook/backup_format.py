"""The backup file, sealed as a whole.

Format 2, one file::

    INTERACT-NOTEBOOK-BACKUP 2\\n
    {"kdf": "argon2id", "params": {...}, "notebook": "<id>", "length": N, "mac": "hmac-sha256"}\\n
    <N bytes: a standard SQLCipher 4 database under the notebook's key>
    <32 bytes: HMAC-SHA256 of everything above>

``params`` are the Argon2id salt and costs (not secret) with the key check, ``notebook`` the
identity of the notebook it was made from. The HMAC key is derived from the notebook key
(HMAC-SHA256 of a fixed label under it), so only the passphrase of the moment of the backup can
check the seal, and nothing in the file can be changed, cut or added to without the seal
failing. The declared length tells a cut-short copy from one with bytes appended before any key
is derived, so each gets its own message; the key check tells a wrong passphrase from an altered
file.

Format 1 (made before) had no length, identity or seal: it is still restored, with what can be
checked without a seal (whole pages, integrity) checked after the key opens it.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from pathlib import Path

from interact_desktop.core.notebook.errors import (
    BackupAltered,
    BackupHasExtraData,
    BackupTruncated,
    DamagedFile,
    NotABackup,
)
from interact_desktop.core.notebook.keys import KeyParams

PREFIX = b"INTERACT-NOTEBOOK-BACKUP "
MAGIC = PREFIX + b"2\n"
LEGACY_MAGIC = PREFIX + b"1\n"
MAC_BYTES = 32
#: SQLCipher 4's page size: a database file is a whole number of pages.
PAGE_BYTES = 4096
_HEADER_LIMIT = 4096
_MAC_LABEL = b"INTERACT Desktop backup seal 2"
_UNUSED = "It was not used, and nothing was changed."


@dataclass(frozen=True)
class Backup:
    """A backup file taken apart; ``sealed`` is what the seal covers (format 2)."""

    version: int
    params: KeyParams
    notebook: str  # empty in format 1
    database: bytes
    sealed: bytes = b""
    mac: bytes = b""

    def seal_holds(self, key: bytearray) -> bool:
        """Whether the file is exactly as it was written under ``key`` (format 2)."""
        return hmac.compare_digest(self.mac, _mac(key, self.sealed))


def seal(database: bytes, params: KeyParams, notebook: str, key: bytearray) -> bytes:
    """The backup file for ``database`` encrypted under ``key`` derived with ``params``."""
    header = {
        "kdf": "argon2id",
        "params": params.with_check(key).to_json(),
        "notebook": notebook,
        "length": len(database),
        "mac": "hmac-sha256",
    }
    body = MAGIC + json.dumps(header, separators=(",", ":")).encode("ascii") + b"\n" + database
    return body + _mac(key, body)


def parse(data: bytes, source: Path) -> Backup:
    """The parts of a backup file; NotABackup, BackupTruncated, BackupHasExtraData,
    DamagedFile or UnsafeKeyParameters (checked before anything derives a key from them)."""
    if not data.startswith(PREFIX):
        raise NotABackup(f"{source} is not a notebook backup.")
    if data.startswith(LEGACY_MAGIC):
        return _parse_legacy(data[len(LEGACY_MAGIC) :], source)
    if not data.startswith(MAGIC):
        raise NotABackup(
            f"{source} is a notebook backup of a format this version does not know (made by a "
            "newer version of INTERACT Desktop?). Nothing was changed."
        )
    line, newline, rest = data[len(MAGIC) :].partition(b"\n")
    if not newline:
        if len(line) < _HEADER_LIMIT:
            raise BackupTruncated(f"{source} is cut short inside its header. {_UNUSED}")
        raise DamagedFile(f"{source} is damaged: its header never ends. {_UNUSED}")
    where = f"The header of the backup {source}"
    try:
        header = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        raise DamagedFile(f"{where} is damaged (not readable). {_UNUSED}") from None
    if not isinstance(header, dict) or header.get("kdf") != "argon2id":
        raise DamagedFile(f"{where} is damaged or names an unknown key derivation. {_UNUSED}")
    if header.get("mac") != "hmac-sha256":
        raise DamagedFile(f"{where} names an unknown seal. {_UNUSED}")
    params = KeyParams.from_json(header.get("params"), where)
    notebook, length = header.get("notebook"), header.get("length")
    if not params.check or not isinstance(notebook, str) or type(length) is not int or length < 0:
        raise DamagedFile(f"{where} is damaged: a field is missing or wrong. {_UNUSED}")
    expected = length + MAC_BYTES
    if len(rest) < expected:
        raise BackupTruncated(
            f"{source} is cut short: it holds {len(rest):,} of the {expected:,} bytes its header "
            "announces (an interrupted copy or download?). It was not used, and nothing was "
            "changed. Use another copy of the backup."
        )
    if len(rest) > expected:
        raise BackupHasExtraData(
            f"{source} has {len(rest) - expected:,} bytes of extra data after its end: something "
            "was added to the file after it was made. It was not used, and nothing was changed. "
            "Use an unaltered copy of the backup."
        )
    sealed = data[: len(data) - MAC_BYTES]
    return Backup(2, params, notebook, rest[:length], sealed, rest[length:])


def altered(source: Path) -> BackupAltered:
    return BackupAltered(
        f"{source} was altered or damaged after it was made: its contents no longer match its "
        "seal. It was not used, and nothing was changed. Use another copy of the backup."
    )


def truncated_or_extended(source: Path, have: int, expected: int) -> DamagedFile:
    """For a format-1 backup, once its database says how long it should be."""
    if have < expected:
        return BackupTruncated(
            f"{source} is cut short: it holds {have:,} of the {expected:,} bytes of its "
            f"database (an interrupted copy or download?). {_UNUSED}"
        )
    return BackupHasExtraData(
        f"{source} has {have - expected:,} bytes of extra data after its end: something was "
        f"added to the file after it was made. {_UNUSED}"
    )


def _parse_legacy(data: bytes, source: Path) -> Backup:
    line, newline, database = data.partition(b"\n")
    where = f"The header of the backup {source}"
    if not newline:
        raise BackupTruncated(f"{source} is cut short inside its header. {_UNUSED}")
    try:
        raw = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        raise NotABackup(f"{source} is not a notebook backup (damaged header).") from None
    params = KeyParams.from_json(raw, where)
    if len(database) < PAGE_BYTES:
        raise truncated_or_extended(source, len(database), PAGE_BYTES)
    return Backup(1, params, "", database)


def _mac(key: bytearray, body: bytes) -> bytes:
    # A key of its own for the seal, derived from the notebook key (immutable bytes: Python
    # cannot overwrite them; it seals backups only and cannot decrypt anything).
    seal_key = hmac.new(key, _MAC_LABEL, "sha256").digest()
    return hmac.new(seal_key, body, "sha256").digest()
