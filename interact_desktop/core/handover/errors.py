"""Why a packet was refused: one class, and one message, per thing a person can do about it.

Every refusal happens before anything is written, so a refused packet leaves the notebook as it
was; the messages say so."""

from __future__ import annotations

NOTHING_WRITTEN = "Nothing was imported."


class HandoverError(Exception):
    """A packet or a key that cannot be used; the message is for the person at the screen."""


class NotAPacket(HandoverError):
    """The file is not a hand-over packet at all (a PDF, a note, another program's file)."""


class TruncatedPacket(HandoverError):
    """The file ends before the packet does: a copy or download cut short."""


class TamperedPacket(HandoverError):
    """A byte of the packet differs from what was sealed: damaged on the way, or altered."""


class NotForThisKey(HandoverError):
    """Sealed to another installation's key: this one cannot open it."""


class WrongPacketPassphrase(HandoverError):
    """The one-time passphrase given does not open the packet."""


class NeedsPassphrase(HandoverError):
    """A packet sealed to a one-time passphrase, opened without one."""


class NewerPacket(HandoverError):
    """Made by a newer version of the app, in a format this one does not know."""


class InvalidPayload(HandoverError):
    """The packet opened, but what it holds is not a valid hand-over."""


class BadRecipientKey(HandoverError):
    """The recipient's key as typed is not an age public key."""
