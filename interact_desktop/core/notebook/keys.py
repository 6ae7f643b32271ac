"""Key derivation for the notebook: Argon2id over the passphrase, with parameters kept beside the
database in a small header. The passphrase and the key are never written anywhere; the key is
handed to SQLCipher as a raw key, so SQLCipher's own PBKDF2 is skipped."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from interact_desktop.core.atomic import write_atomic

HEADER = "notebook.header.json"
KEY_BYTES = 32


@dataclass(frozen=True)
class KeyParams:
    salt: str  # hex
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2

    @classmethod
    def new(cls) -> KeyParams:
        return cls(os.urandom(16).hex())


def derive_key(passphrase: str, params: KeyParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        bytes.fromhex(params.salt),
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


@dataclass(frozen=True)
class Header:
    """``current`` opens the database; ``pending`` is set only while a passphrase change is under
    way, so a crash in the middle leaves a notebook that one of the two still opens."""

    current: KeyParams
    pending: KeyParams | None = None

    def write(self, folder: Path) -> None:
        data = {"format": 1, "kdf": "argon2id", "current": asdict(self.current)}
        if self.pending is not None:
            data["pending"] = asdict(self.pending)
        write_atomic(folder / HEADER, json.dumps(data, indent=2))

    @classmethod
    def read(cls, folder: Path) -> Header:
        data = json.loads((folder / HEADER).read_text(encoding="utf-8"))
        pending = data.get("pending")
        return cls(KeyParams(**data["current"]), KeyParams(**pending) if pending else None)


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
