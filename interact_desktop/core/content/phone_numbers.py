"""Finding phone-like numbers in text, so shipped content carries none but 112 and 116 000.

A number printed in a guide goes stale, and a wrong one dialled at night costs a child time; the
user's own numbers live in the contacts directory instead. The content is full of numbers that are
not phones (years, law numbers such as 2024/1351 or ΚΥΑ 9889/2020, CELEX numbers, articles such as
74-1, dates, times, "30 000 children"), so the rule is narrow on purpose:

- a run of digits joined by single spaces, dots, hyphens or brackets (never by "/" or ",", which
  write law numbers and thousands) is a candidate when it holds at least six digits;
- it is a phone when it starts with "+" or "0" (international and national prefixes), or is a
  harmonised 116 number other than 116 000, or holds seven digits or more;
- unless it is a date (2026-12-07, 7.12.2026), a year followed by a number ("2016-297", the
  French way of numbering laws), a range of years or a round number ("1 000 000").
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: The only numbers the content may print: the EU emergency number and the missing-children line.
ALLOWED = frozenset({"112", "116000"})

_SPACE = "[ \u00a0\u202f\u2009]"
# A digit group, then more groups joined by one separator each. Not preceded by a letter, digit,
# "/" or "." (so 2024/1351 and 32011L0036 are not read) nor by "COM(", not followed by a letter,
# digit or "/".
_CANDIDATE = re.compile(
    rf"(?<![\w/.,\-])(?<!\w\()(\+{_SPACE}?)?(\(?\d+\)?(?:(?:{_SPACE}|[.\-]|{_SPACE}?[()]{_SPACE}?)\d+)*)"
    r"(?![\w/]|[.,\-]\d)"
)
_URL = re.compile(r"https?://\S+")
_DATE = re.compile(r"^(?:\d{4}[.\-]\d{1,2}[.\-]\d{1,2}|\d{1,2}[.\-]\d{1,2}[.\-](?:\d{2}|\d{4}))$")
_YEAR_FIRST = re.compile(r"^(?:19|20)\d\d-\d+(?:-\d+)?$")


class PhoneLike(NamedTuple):
    line: int
    text: str


def find_phone_like(text: str) -> list[PhoneLike]:
    """Every phone-like number in ``text`` with its line, URLs skipped."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = _URL.sub(" ", line)
        for match in _CANDIDATE.finditer(line):
            candidate = match.group(0).strip()
            if is_phone_like(candidate):
                found.append(PhoneLike(number, candidate))
    return found


def is_phone_like(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if len(digits) < 6 or digits in ALLOWED:
        return False
    compact = re.sub(rf"{_SPACE}+", " ", candidate.strip())
    if candidate.startswith("+"):
        return True
    if _DATE.match(compact) or _YEAR_FIRST.match(compact):
        return False
    if re.fullmatch(r"(?:19|20)\d\d(?:[ \-](?:19|20)\d\d)+", compact):
        return False  # a list or range of years
    if re.fullmatch(r"[1-9]\d{0,2}(?:[ .]000)+", compact):
        return False  # a round number written in thousands: 1 000 000
    return digits.startswith(("0", "116")) or len(digits) >= 7
