"""Folding text for comparison: shared by the content (sorting, checks) and both searches."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents in any script; ς -> σ. 'ΠΑΙΔΙΟΥ' and 'παιδιού' fold alike."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).replace("ς", "σ")
