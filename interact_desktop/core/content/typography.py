"""French typography: a non-breaking space before : ; ? ! » and after «.

With an ordinary space a line can break between a word and its colon or question mark, which leaves
the sign alone at the start of the next line; French readers take that as careless. The rule takes
U+00A0 (no-break space) or U+202F (narrow no-break space). URLs, link targets, inline code,
times (14:30) and Markdown syntax (a table's ``| :--- |``, an image's ``![``) are not prose and
are skipped.
"""

from __future__ import annotations

import re

_SKIP = re.compile(
    r"\]\([^)\s]*\)"  # a Markdown link target
    r"|`[^`]*`"  # inline code
    r"|https?://\S+"  # a bare URL
    r"|(?<=\|)\s*:?-{3,}:?\s*(?=\|)"  # a table's alignment cell
)
_BEFORE = re.compile(r" (?=[:;?!»])")
_AFTER = re.compile(r"«(?= )")


def plain_spaces(line: str) -> list[int]:
    """Offsets of each ordinary space that should be non-breaking in the French ``line``."""
    text = _SKIP.sub(lambda m: "\0" * len(m.group(0)), line)
    found = []
    for match in _BEFORE.finditer(text):
        sign_at = match.end()
        if text[sign_at] == "!" and text[sign_at + 1 : sign_at + 2] == "[":
            continue  # an image: ![caption](figure:x)
        found.append(match.start())
    found.extend(match.end() for match in _AFTER.finditer(text))
    return sorted(found)


def fix_spaces(line: str) -> str:
    """``line`` with each space :func:`plain_spaces` reports made non-breaking: narrow (U+202F)
    before ; ? ! as French printers set it, full width (U+00A0) before : and inside « »."""
    chars = list(line)
    for offset in plain_spaces(line):
        after = line[offset + 1 : offset + 2]
        chars[offset] = "\u202f" if after in (";", "?", "!") else "\u00a0"
    return "".join(chars)


def with_colon(label: str, lang: str) -> str:
    """``label`` followed by a colon as ``lang`` writes it: "Question\u00a0:" in French, so a
    label built in code follows the same rule as the content."""
    return f"{label}\u00a0:" if lang == "fr" else f"{label}:"
