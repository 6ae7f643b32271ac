"""The packet envelope and age: what opens, and each refusal with its own message."""

from __future__ import annotations

import hashlib

import pytest

from interact_desktop.core.handover import keys, packet
from interact_desktop.core.handover.errors import (
    BadRecipientKey,
    NeedsPassphrase,
    NewerPacket,
    NotAPacket,
    NotForThisKey,
    TamperedPacket,
    TruncatedPacket,
    WrongPacketPassphrase,
)

PAYLOAD = "Παιδί εντοπίστηκε στη Μιλάνο — test payload".encode() * 200
PHRASE = "viable accuse science body rural window amount"


@pytest.fixture(scope="module")
def pair():
    return keys.generate()


@pytest.fixture(scope="module")
def to_key(pair):
    return packet.seal_to_key(PAYLOAD, pair.public)


@pytest.fixture(scope="module")
def to_phrase():
    return packet.seal_with_passphrase(PAYLOAD, PHRASE)


def test_a_packet_sealed_to_a_key_opens_with_its_secret_and_hides_the_payload(pair, to_key):
    assert packet.open_with_key(to_key, pair.secret) == PAYLOAD
    assert packet.kind_of(to_key) == packet.TO_KEY
    assert b"test payload" not in to_key and "Παιδί".encode() not in to_key


def test_a_passphrase_packet_opens_with_the_words_as_typed_again(to_phrase):
    assert packet.kind_of(to_phrase) == packet.TO_PASSPHRASE
    typed = "  Viable-Accuse science  BODY rural window amount\n"
    assert packet.open_with_passphrase(to_phrase, typed) == PAYLOAD


@pytest.mark.parametrize("where", [0.05, 0.1, 0.3, 0.5, 0.9, 0.999])
def test_a_flipped_byte_anywhere_after_the_name_is_refused_as_altered(pair, to_key, where):
    damaged = bytearray(to_key)
    position = max(len(packet.MAGIC), int(len(damaged) * where))
    damaged[position] ^= 0x01
    with pytest.raises(TamperedPacket, match="altered or damaged"):
        packet.open_with_key(bytes(damaged), pair.secret)


def test_an_altered_ciphertext_with_a_rewritten_envelope_is_still_refused(pair, to_key):
    """The envelope's sums are no protection; age's MAC is, and its failure reads as altered."""
    body = bytearray(packet.read_envelope(to_key).ciphertext)
    body[len(body) // 2] ^= 0x01
    with pytest.raises(TamperedPacket, match="altered or damaged"):
        packet.open_with_key(packet.envelope(packet.TO_KEY, bytes(body)), pair.secret)


@pytest.mark.parametrize("keep", [5, 30, 120, 300, 0.5, -1])
def test_a_packet_cut_short_is_refused_as_incomplete(pair, to_key, keep):
    length = int(len(to_key) * keep) if isinstance(keep, float) else keep % len(to_key)
    with pytest.raises(TruncatedPacket, match="incomplete"):
        packet.open_with_key(to_key[:length], pair.secret)


def test_extra_bytes_after_the_packet_are_refused_as_altered(pair, to_key):
    with pytest.raises(TamperedPacket):
        packet.open_with_key(to_key + b"x", pair.secret)


def test_a_packet_for_another_key_is_refused_as_such(to_key):
    with pytest.raises(NotForThisKey, match="another hand-over key"):
        packet.open_with_key(to_key, keys.generate().secret)


def test_a_wrong_passphrase_is_refused_as_such(to_phrase):
    with pytest.raises(WrongPacketPassphrase, match="does not open"):
        packet.open_with_passphrase(to_phrase, "viable accuse science body rural window")


def test_a_passphrase_packet_opened_with_a_key_asks_for_the_passphrase(pair, to_phrase):
    with pytest.raises(NeedsPassphrase):
        packet.open_with_key(to_phrase, pair.secret)


@pytest.mark.parametrize(
    "data",
    [b"", b"%PDF-1.7\n%\xe2\xe3", "Σημείωση".encode(), b"age-encryption.org/v1\n-> X25519 a\n",
     bytes(range(256)) * 4],
)  # fmt: skip
def test_a_foreign_file_is_not_a_packet(pair, data):
    with pytest.raises(NotAPacket, match="not a hand-over packet"):
        packet.open_with_key(data, pair.secret)


def test_a_newer_format_asks_for_an_update(pair):
    head = f"INTERACT-HANDOVER 2\nto: key\nbytes: 1\nsha256: {hashlib.sha256(b'x').hexdigest()}\n"
    check = hashlib.sha256(head.encode()).hexdigest()
    with pytest.raises(NewerPacket, match="newer version"):
        packet.open_with_key(f"{head}check: {check}\n\nx".encode(), pair.secret)


def test_each_refusal_has_its_own_message():
    messages = {packet.TAMPERED, packet.TRUNCATED, packet.NOT_A_PACKET, packet.NOT_FOR_THIS_KEY,
                packet.WRONG_PASSPHRASE}  # fmt: skip
    assert len(messages) == 5


def test_recipient_keys_are_checked_and_forgiven_their_spacing(pair):
    spaced = f" {pair.public[:20]}\n{pair.public[20:].upper()} "
    assert keys.recipient_key(spaced) == pair.public
    with pytest.raises(BadRecipientKey, match="starts with 'age1'"):
        keys.recipient_key("ssh-ed25519 AAAA")
    with pytest.raises(BadRecipientKey, match="typing error"):
        keys.recipient_key(pair.public[:-1] + ("q" if pair.public[-1] != "q" else "p"))
    assert keys.public_of(pair.secret) == pair.public
