"""Places in the handbook, written as ``kind:id`` (the same form as links in the content)."""

from __future__ import annotations

from typing import NamedTuple

from interact_desktop.core.content.handbook import Handbook

GLOSSARY = "glossary"
LAWS = "laws"  # the Laws cited page; "laws:#ID" scrolls to one instrument
COUNTRY = "country"  # a country note; "country:gr#missing" scrolls to one topic
COMPARE = "compare"  # two countries' notes side by side: "compare:it+fr"
#: The page for a first-time user: Help > Getting started and the start page open it.
GETTING_STARTED = "section:getting-started"
KINDS = ("section", "checklist", "flowchart", "scenario", GLOSSARY, LAWS, COUNTRY, COMPARE)
#: Kinds whose id may be empty: the page itself.
_WHOLE_PAGES = (GLOSSARY, LAWS)


class Place(NamedTuple):
    kind: str  # one of KINDS
    id: str  # the section, checklist, flowchart or country id; for the glossary, a term or ""

    @classmethod
    def parse(cls, text: str) -> Place | None:
        """A place from its text; a link to a law (``law:ID#art-5``) is its entry on the Laws
        cited page."""
        kind, _, ident = text.partition(":")
        if kind == "law" and ident:
            return cls(LAWS, "")
        if kind not in KINDS:
            return None
        if kind not in _WHOLE_PAGES and not ident.split("#", 1)[0]:
            return None
        return cls(kind, ident.split("#", 1)[0])

    @staticmethod
    def anchor(text: str) -> str:
        """Where on the page ``text`` points: the part after '#', a law's id, a term."""
        kind, _, ident = text.partition(":")
        if kind == "law":
            return ident.split("#", 1)[0]
        if "#" in ident:
            return ident.split("#", 1)[1]
        return ident if kind in (GLOSSARY, LAWS) else ""

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"

    def exists_in(self, handbook: Handbook) -> bool:
        if self.kind == "section":
            return handbook.has_section(self.id)
        if self.kind == "checklist":
            return self.id in handbook.checklists
        if self.kind == "flowchart":
            return self.id in handbook.flowcharts
        if self.kind == "scenario":
            return self.id in handbook.scenarios
        if self.kind == LAWS:
            return True
        if self.kind == COUNTRY:
            return self.id in handbook.countries.countries
        if self.kind == COMPARE:
            pair = compared(self.id)
            return pair is not None and all(c in handbook.countries.countries for c in pair)
        return not self.id or handbook.glossary_term(self.id) is not None

    def page(self) -> Place:
        """The page that shows this place: a glossary term lives on the glossary page, an
        instrument on the Laws cited page."""
        return Place(self.kind, "") if self.kind in _WHOLE_PAGES else self


def compared(ident: str) -> tuple[str, str] | None:
    """The two countries of a comparison's id ("it+fr"); None unless there are exactly two."""
    first, plus, second = ident.partition("+")
    return (first, second) if plus and first and second and first != second else None
