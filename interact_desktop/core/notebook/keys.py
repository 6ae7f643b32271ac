"""Key derivation for the notebook: Argon2id over the passphrase, with parameters kept beside the
database in a small header. The passphrase and the key are never written anywhere; the key is
handed to SQLCipher as a raw key, so SQLCipher's own PBKDF2 is skipped.

Parameters read from a header or a backup are checked against bounds before any derivation: a
damaged or hostile file asking for ten million passes or a terabyte of memory is refused with a
message, not obeyed.

Passphrases are normalised to Unicode NFC before derivation, so "é" typed as one character or as
"e" and a combining accent (macOS and some input methods) is the same passphrase. Notebooks made
before did not normalise: ``passphrase_forms`` gives the NFC form first and then the form as typed,
and the notebook re-keys itself to NFC the first time the typed form opens it.

Each key parameter set carries a ``check``: an HMAC of a fixed text under the derived key. It tells
a wrong passphrase (the check differs; the database is not even opened) from a damaged database
(the check matches but SQLCipher refuses the file), and reveals nothing an attacker holding the
database could not learn by trying the same passphrase on it, at the same Argon2 cost.

Key material lives in ``bytearray`` objects that are overwritten (``wipe``) as soon as they are
no longer needed, and is handed to SQLCipher with ``set_key``/``reset_key`` rather than inside an
SQL string, so no Python ``str`` ever holds the key. What Python cannot promise: the passphrase
arrives as a ``str`` (immutable, freed but not overwritten), ``str.encode`` makes a transient
copy of it, and OpenSSL's HMAC and SQLCipher keep their own copies of the key, which they wipe
when they are done with them.
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from interact_desktop.core.notebook.errors import (
    DamagedFile,
    NotebookError,
    UnsafeKeyParameters,
)
from interact_desktop.core.notebook.filesystem import FileSystem

HEADER = "notebook.header.json"
KEY_BYTES = 32
HEADER_FORMAT = 2
KDF = "argon2id"

#: Accepted bounds of each Argon2id parameter (inclusive). The defaults are 3 passes, 64 MiB and
#: 2 lanes; the upper bounds leave room for stronger settings later while keeping a derivation
#: within about a minute and a gibibyte on the laptops the app runs on.
BOUNDS = {
    "time_cost": (1, 16, "Argon2 passes"),
    "memory_kib": (8 * 1024, 1024 * 1024, "KiB of Argon2 memory"),
    "parallelism": (1, 16, "Argon2 lanes"),
}
SALT_BYTES = (16, 64)
_CHECK_TEXT = b"INTERACT Desktop notebook key check 1"
_HEX = [f"{byte:02x}".encode("ascii") for byte in range(256)]


@dataclass(frozen=True)
class KeyParams:
    salt: str  # hex
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2
    check: str = ""  # hex HMAC under the key; empty in headers written before it existed

    @classmethod
    def new(cls) -> KeyParams:
        return cls(os.urandom(16).hex())

    @classmethod
    def from_json(cls, data: object, where: str) -> KeyParams:
        """Parameters read from a file, checked; ``where`` names the file in the message."""
        if not isinstance(data, dict):
            raise DamagedFile(f"{where} is damaged: its key parameters are missing. {_UNUSED}")
        unknown = sorted(set(data) - {"salt", "time_cost", "memory_kib", "parallelism", "check"})
        if unknown or "salt" not in data:
            what = f"unknown key parameters ({', '.join(unknown)})" if unknown else "no salt"
            raise DamagedFile(f"{where} is damaged: {what}. {_UNUSED}")
        params = cls(**data)
        params.validate(where)
        return params

    def validate(self, where: str = "The key parameters") -> None:
        """UnsafeKeyParameters unless every parameter is of the right type and within bounds."""
        for name, (low, high, unit) in BOUNDS.items():
            value = getattr(self, name)
            if type(value) is not int:
                raise UnsafeKeyParameters(
                    f"{where} is damaged: {name} is {value!r}, not a whole number. {_UNUSED}"
                )
            if not low <= value <= high:
                raise UnsafeKeyParameters(
                    f"{where} asks for {value} {unit}; between {low} and {high} are accepted. "
                    f"It is damaged or was not written by INTERACT Desktop. {_UNUSED}"
                )
        if not _is_hex(self.salt) or not SALT_BYTES[0] <= len(self.salt) // 2 <= SALT_BYTES[1]:
            raise UnsafeKeyParameters(
                f"{where} is damaged: the salt must be {SALT_BYTES[0]} to {SALT_BYTES[1]} bytes "
                f"written in hexadecimal. {_UNUSED}"
            )
        if self.check and not (_is_hex(self.check) and len(self.check) == 64):
            raise DamagedFile(f"{where} is damaged: its key check is not valid. {_UNUSED}")

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "salt": self.salt,
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }
        if self.check:
            data["check"] = self.check
        return data

    def with_check(self, key: bytearray) -> KeyParams:
        """These parameters, recording the check of ``key`` derived with them."""
        return replace(self, check=key_check(key))

    def refuses(self, key: bytearray) -> bool:
        """True when the recorded check proves ``key`` wrong; False when it matches or when no
        check was recorded (then only the database can tell)."""
        return bool(self.check) and not hmac.compare_digest(self.check, key_check(key))


_UNUSED = "It was not used, and nothing was changed."


def normalised(passphrase: str) -> str:
    """The passphrase as the notebook derives keys from it: Unicode NFC."""
    return unicodedata.normalize("NFC", passphrase)


def passphrase_forms(passphrase: str) -> list[str]:
    """The forms to try when opening: NFC first, then the form as typed when it differs (for
    notebooks made before passphrases were normalised)."""
    form = normalised(passphrase)
    return [form] if form == passphrase else [form, passphrase]


def derive_key(passphrase: str, params: KeyParams) -> bytearray:
    """Argon2id over ``passphrase`` exactly as given, into a ``bytearray`` the caller wipes.

    The parameters are checked first (UnsafeKeyParameters). The derivation writes into buffers
    of our own, copied into the result and overwritten, rather than into argon2-cffi's immutable
    ``bytes``.
    """
    from argon2.low_level import ARGON2_VERSION, Type, error_to_str, ffi, lib

    params.validate()
    secret = bytearray(passphrase.encode("utf-8"))
    salt = bytes.fromhex(params.salt)
    password = ffi.new("uint8_t[]", max(len(secret), 1))
    out = ffi.new("uint8_t[]", KEY_BYTES)
    try:
        ffi.memmove(password, secret, len(secret))
        result = lib.argon2_hash(
            params.time_cost, params.memory_kib, params.parallelism,
            password, len(secret), ffi.new("uint8_t[]", salt), len(salt),
            out, KEY_BYTES, ffi.NULL, 0, Type.ID.value, ARGON2_VERSION,
        )  # fmt: skip
        if result != lib.ARGON2_OK:
            raise NotebookError(f"The key could not be derived: {error_to_str(result)}.")
        key = bytearray(KEY_BYTES)
        ffi.memmove(key, out, KEY_BYTES)
        return key
    finally:
        ffi.memmove(out, bytes(KEY_BYTES), KEY_BYTES)
        ffi.memmove(password, bytes(len(secret)), len(secret))
        wipe(secret)


def key_check(key: bytearray) -> str:
    return hmac.new(key, _CHECK_TEXT, "sha256").hexdigest()


def sqlcipher_key(key: bytearray) -> bytearray:
    """The raw-key form SQLCipher takes (``x'<hex>'``), built in place in one buffer: the caller
    passes it to ``set_key``/``reset_key`` and wipes it."""
    blob = bytearray(2 * len(key) + 3)
    blob[0:2] = b"x'"
    for index, byte in enumerate(key):
        blob[2 + 2 * index : 4 + 2 * index] = _HEX[byte]
    blob[-1] = ord("'")
    return blob


def wipe(buffer: bytearray | None) -> None:
    """Overwrite key material in place (the buffer keeps its length, so nothing is moved)."""
    if buffer is not None:
        for index in range(len(buffer)):
            buffer[index] = 0


def new_notebook_id() -> str:
    """A random identity for a notebook, carried into its backups: a backup of another
    notebook is told apart before it replaces this one."""
    return secrets.token_hex(16)


@dataclass(frozen=True)
class Header:
    """``current`` opens the database; ``pending`` is set only while a passphrase change or a
    restore is under way, so a crash in the middle leaves a notebook that one of the two still
    opens. ``notebook`` is the notebook's identity (empty in headers written before it
    existed)."""

    current: KeyParams
    pending: KeyParams | None = None
    notebook: str = ""

    def write(self, folder: Path, files: FileSystem | None = None) -> None:
        data: dict[str, Any] = {"format": HEADER_FORMAT, "kdf": KDF}
        if self.notebook:
            data["notebook"] = self.notebook
        data["current"] = self.current.to_json()
        if self.pending is not None:
            data["pending"] = self.pending.to_json()
        text = json.dumps(data, indent=2)
        (files or FileSystem()).write_file(folder / HEADER, text.encode("utf-8"))

    @classmethod
    def read(cls, folder: Path) -> Header:
        """The header, checked (DamagedFile, UnsafeKeyParameters): nothing it says is used before
        all of it is known to be sane."""
        where = f"The notebook's key file ({folder / HEADER})"
        try:
            data = json.loads((folder / HEADER).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DamagedFile(
                f"{where} is missing: without it no passphrase can open the notebook. Nothing "
                "was changed. Restore the notebook from a backup."
            ) from None
        except (ValueError, UnicodeDecodeError):
            raise DamagedFile(f"{where} is damaged (not readable). {_UNUSED}") from None
        if not isinstance(data, dict) or data.get("format") not in (1, HEADER_FORMAT):
            raise DamagedFile(f"{where} is damaged or of an unknown format. {_UNUSED}")
        if data.get("kdf", KDF) != KDF:
            raise DamagedFile(f"{where} names an unknown key derivation. {_UNUSED}")
        notebook = data.get("notebook", "")
        if not isinstance(notebook, str) or (notebook and not _is_hex(notebook)):
            raise DamagedFile(f"{where} is damaged: the notebook's identity. {_UNUSED}")
        current = KeyParams.from_json(data.get("current"), where)
        pending = data.get("pending")
        return cls(current, KeyParams.from_json(pending, where) if pending else None, notebook)


def _is_hex(text: object) -> bool:
    if not isinstance(text, str) or len(text) % 2:
        return False
    try:
        bytes.fromhex(text)
    except ValueError:
        return False
    return text.isascii() and " " not in text


def strength_hint(passphrase: str) -> str:
    """A plain-words hint ("weak", "fair", "strong") from length and variety; not a guarantee."""
    kinds = sum(
        any(test(c) for c in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(passphrase.split())
    if len(passphrase) >= 16 or (words >= 4 and len(passphrase) >= 14):
        return "strong"
    if len(passphrase) >= 10 and kinds >= 2:
        return "fair"
    return "weak"
