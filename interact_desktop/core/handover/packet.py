"""The ``.interact-handover`` file: age ciphertext in a small envelope that lets the app tell a
cut-short file from an altered one from a foreign one before it tries to decrypt.

    INTERACT-HANDOVER 1
    to: key | passphrase
    bytes: <length of the age ciphertext>
    sha256: <hex digest of the age ciphertext>
    check: <hex digest of the lines above>
    <blank line>
    <age ciphertext>

The envelope authenticates nothing (anyone may rewrite it): age's own MAC does, and any failure
of it is read as an altered packet. The envelope only turns age's terse errors into the one
message that fits, and says whether to ask for a passphrase.
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from interact_desktop.core.handover.errors import (
    NOTHING_WRITTEN,
    HandoverError,
    NeedsPassphrase,
    NewerPacket,
    NotAPacket,
    NotForThisKey,
    TamperedPacket,
    TruncatedPacket,
    WrongPacketPassphrase,
)
from interact_desktop.core.handover.keys import recipient_key
from interact_desktop.core.handover.words import normalised

MAGIC = b"INTERACT-HANDOVER "
FORMAT = 1
SUFFIX = ".interact-handover"
TO_KEY, TO_PASSPHRASE = "key", "passphrase"
#: A packet holds one case; anything far larger is not one of ours and is not read into memory.
MAX_PACKET_BYTES = 32 * 1024 * 1024
_HEADER_LIMIT = 512

TAMPERED = (
    "This hand-over packet has been altered or damaged since it was sealed: at least one byte "
    "differs. Ask the sender to send it again. " + NOTHING_WRITTEN
)
TRUNCATED = (
    "This hand-over packet is incomplete: the file ends before the packet does (a copy or a "
    "download was cut short). Ask the sender to send it again. " + NOTHING_WRITTEN
)
NOT_A_PACKET = "This file is not a hand-over packet. " + NOTHING_WRITTEN
NOT_FOR_THIS_KEY = (
    "This hand-over packet was sealed to another hand-over key, not to this installation's. "
    "Check that the sender used your key ('interact-desktop handover key' shows it). "
    + NOTHING_WRITTEN
)
WRONG_PASSPHRASE = (
    "The one-time passphrase does not open this hand-over packet. Check the words with the "
    "sender and try again. " + NOTHING_WRITTEN
)


class Envelope(NamedTuple):
    to: str  # TO_KEY or TO_PASSPHRASE
    ciphertext: bytes


def seal_to_key(payload: bytes, key: str) -> bytes:
    """``payload`` encrypted to the recipient's public key (checked first)."""
    recipient = x25519.Recipient.from_str(recipient_key(key))
    return envelope(TO_KEY, pyrage.encrypt(payload, [recipient]))


def seal_with_passphrase(payload: bytes, phrase: str) -> bytes:
    """``payload`` encrypted to a passphrase (age's scrypt)."""
    return envelope(TO_PASSPHRASE, age_passphrase.encrypt(payload, normalised(phrase)))


def read_envelope(data: bytes) -> Envelope:
    """The envelope checked: NotAPacket, NewerPacket, TruncatedPacket or TamperedPacket."""
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data[: len(MAGIC)]) and len(data) < len(MAGIC):
            raise TruncatedPacket(TRUNCATED) if data else NotAPacket(NOT_A_PACKET)
        raise NotAPacket(NOT_A_PACKET)
    end = data.find(b"\n\n", 0, _HEADER_LIMIT)
    if end < 0:
        if len(data) < _HEADER_LIMIT and b"\n\n" not in data:
            raise TruncatedPacket(TRUNCATED)
        raise TamperedPacket(TAMPERED)
    head, body = data[: end + 1], data[end + 2 :]
    lines = head.decode("ascii", "replace").splitlines()
    fields = dict(line.partition(": ")[::2] for line in lines[1:])
    checked = "".join(f"{line}\n" for line in lines[:-1]).encode("ascii", "replace")
    if fields.get("check") != hashlib.sha256(checked).hexdigest():
        raise TamperedPacket(TAMPERED)
    version = lines[0][len(MAGIC) :]
    if version.isdigit() and int(version) > FORMAT:
        raise NewerPacket(
            "This hand-over packet was made by a newer version of the app. Update the app to "
            "open it. " + NOTHING_WRITTEN
        )
    if (
        version != str(FORMAT)
        or set(fields) != {"to", "bytes", "sha256", "check"}
        or fields["to"] not in (TO_KEY, TO_PASSPHRASE)
        or not fields["bytes"].isdigit()
    ):
        raise TamperedPacket(TAMPERED)
    expected = int(fields["bytes"])
    if len(body) < expected:
        raise TruncatedPacket(TRUNCATED)
    if len(body) > expected or hashlib.sha256(body).hexdigest() != fields["sha256"]:
        raise TamperedPacket(TAMPERED)
    return Envelope(fields["to"], body)


def open_with_key(data: bytes, secret: str) -> bytes:
    """The payload of a packet sealed to this installation's key ``secret``."""
    opened = read_envelope(data)
    if opened.to == TO_PASSPHRASE:
        raise NeedsPassphrase(
            "This hand-over packet is sealed with a one-time passphrase; the sender passed it "
            "to you separately."
        )
    try:
        return pyrage.decrypt(opened.ciphertext, [x25519.Identity.from_str(secret)])
    except pyrage.DecryptError as error:
        raise _decrypt_error(error, NotForThisKey(NOT_FOR_THIS_KEY)) from None


def open_with_passphrase(data: bytes, phrase: str) -> bytes:
    """The payload of a packet sealed to a one-time passphrase."""
    opened = read_envelope(data)
    if opened.to == TO_KEY:
        raise NotForThisKey(
            "This hand-over packet is sealed to a hand-over key, not to a passphrase. "
            + NOTHING_WRITTEN
        )
    try:
        return age_passphrase.decrypt(opened.ciphertext, normalised(phrase))
    except pyrage.DecryptError as error:
        raise _decrypt_error(error, WrongPacketPassphrase(WRONG_PASSPHRASE)) from None


def kind_of(data: bytes) -> str:
    """TO_KEY or TO_PASSPHRASE, once the envelope is checked (so a caller knows what to ask)."""
    return read_envelope(data).to


def _decrypt_error(error: Exception, refused: HandoverError) -> HandoverError:
    """age's error read: no stanza opened (another key, a wrong passphrase) or anything else,
    which after an intact envelope means the ciphertext was altered and re-summed."""
    message = str(error)
    if "No matching keys" in message or message == "Decryption failed":
        return refused
    return TamperedPacket(TAMPERED)


def envelope(to: str, ciphertext: bytes) -> bytes:
    """The ciphertext in its envelope (see the module's docstring)."""
    head = (
        f"{MAGIC.decode()}{FORMAT}\nto: {to}\nbytes: {len(ciphertext)}\n"
        f"sha256: {hashlib.sha256(ciphertext).hexdigest()}\n"
    )
    check = hashlib.sha256(head.encode("ascii")).hexdigest()
    return f"{head}check: {check}\n\n".encode("ascii") + ciphertext
