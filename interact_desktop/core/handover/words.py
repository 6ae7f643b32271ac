"""One-time passphrases as words, for a packet whose recipient has no key yet.

The words come from the English BIP-0039 list (2048 words, 11 bits each; shipped in
resources/wordlists with its MIT licence): short, common, no two sharing their first four letters,
so they survive being read out on the phone. Seven words give 77 bits, far beyond guessing
against age's scrypt.
"""

from __future__ import annotations

import math
import secrets
from functools import cache

from interact_desktop import paths

WORD_COUNT = 7


@cache
def word_list() -> tuple[str, ...]:
    path = paths.resources_dir() / "wordlists" / "bip39-english.txt"
    words = tuple(line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(word for word in words if word)


def entropy_bits(count: int = WORD_COUNT) -> float:
    return count * math.log2(len(set(word_list())))


def one_time_passphrase(count: int = WORD_COUNT) -> str:
    """``count`` words drawn with the operating system's cryptographic generator."""
    words = word_list()
    return " ".join(secrets.choice(words) for _ in range(count))


def normalised(typed: str) -> str:
    """The passphrase as read back: case, hyphens and extra spaces forgiven."""
    return " ".join(typed.replace("-", " ").lower().split())
