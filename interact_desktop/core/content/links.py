"""Links inside the handbook's Markdown: ``[text](section:id)``, ``![caption](figure:name)``, ..."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from interact_desktop.core.content.model import LINK_KINDS

# A Markdown inline link or image; the target stops at whitespace or the closing parenthesis.
_LINK = re.compile(r"(!?)\[(?:[^\]\\]|\\.)*\]\(\s*([^)\s]+)(?:\s+\"[^\"]*\")?\s*\)")
_HEADING = re.compile(r"^(#{1,6})\s+\S")
_FENCE = re.compile(r"^\s*(```|~~~)")

EXTERNAL_SCHEMES = ("https", "http", "mailto")


class Link(NamedTuple):
    line: int
    target: str
    is_image: bool

    @property
    def scheme(self) -> str:
        return self.target.split(":", 1)[0] if ":" in self.target else ""

    @property
    def ref(self) -> str:
        """The id after the scheme, without any ``#anchor``."""
        return self.target.split(":", 1)[1].split("#", 1)[0] if ":" in self.target else ""

    @property
    def is_internal(self) -> bool:
        return self.scheme in (*LINK_KINDS, "figure")


def find_links(markdown: str, first_line: int = 1) -> list[Link]:
    """Every link and image with its line, skipping fenced code blocks."""
    links: list[Link] = []
    in_fence = False
    for offset, line in enumerate(markdown.splitlines()):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        for match in _LINK.finditer(line):
            links.append(Link(first_line + offset, match.group(2), match.group(1) == "!"))
    return links


def heading_levels(markdown: str) -> list[int]:
    """Levels of the headings in reading order, skipping fenced code blocks."""
    levels: list[int] = []
    in_fence = False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and (match := _HEADING.match(line)):
            levels.append(len(match.group(1)))
    return levels


def link_difference(english: Counter[str], found: Counter[str]) -> str:
    """How a translation's link targets differ from the English ones ("" when they agree),
    in the words of check-content's "links differ from English" problem."""
    missing = sorted((english - found).elements())
    extra = sorted((found - english).elements())
    parts = (
        f"missing {', '.join(missing)}" if missing else "",
        f"not in English {', '.join(extra)}" if extra else "",
    )
    return "; ".join(part for part in parts if part)
