"""Hand-over keys: each installation has an X25519 key pair (age's), whose public half a colleague
puts in their contacts to seal packets only this installation opens.

The secret half is kept inside the encrypted notebook (see ``core/notebook/handover.py``);
nothing here writes to disk.
"""

from __future__ import annotations

from typing import NamedTuple

from pyrage import x25519

from interact_desktop.core.handover.errors import BadRecipientKey

PUBLIC_PREFIX = "age1"


class KeyPair(NamedTuple):
    secret: str  # AGE-SECRET-KEY-1...: only ever inside the notebook
    public: str  # age1...: safe to show, print and pass on


def generate() -> KeyPair:
    identity = x25519.Identity.generate()
    return KeyPair(str(identity), str(identity.to_public()))


def public_of(secret: str) -> str:
    return str(x25519.Identity.from_str(secret).to_public())


def recipient_key(text: str) -> str:
    """The key as typed or pasted (spaces, line breaks and case forgiven), checked; or
    BadRecipientKey saying what is wrong."""
    key = "".join(text.split()).lower()
    if not key.startswith(PUBLIC_PREFIX):
        raise BadRecipientKey(
            "This is not a hand-over key: a key starts with 'age1' (ask your colleague to run "
            "'interact-desktop handover key' or to copy it from the app)."
        )
    try:
        x25519.Recipient.from_str(key)
    except Exception:
        raise BadRecipientKey(
            "This hand-over key is not complete or has a typing error; ask your colleague to "
            "send it again."
        ) from None
    return key
