"""A canary: a text no file outside the encrypted notebook may hold, in any encoding or form."""

from __future__ import annotations

from pathlib import Path

from interact_desktop.core.search.analysis import fold, stems

CANARY = "Ξυλοκαστρινός Φουντουκάκης Zqvxelmorant Bluefinch"


def forms_of(text: str) -> set[str]:
    found = {text, text.lower(), text.upper(), fold(text)}
    for word in text.split():
        found |= {word, word.lower(), fold(word)}
    for lang in ("el", "en"):
        found |= {stem for stem in stems(text, lang) if len(stem) >= 5}
    return found


def assert_in_no_file(text: str, files: list[Path]) -> None:
    """No file holds ``text`` in any form the app could write (folded, stemmed) and encoding."""
    patterns = {
        form.encode(encoding)
        for form in forms_of(text)
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
    }
    for path in files:
        data = path.read_bytes()
        for pattern in patterns:
            assert pattern not in data, (path, pattern)
