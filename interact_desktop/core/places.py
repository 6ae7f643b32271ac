"""Places in the handbook, written as ``kind:id`` (the same form as links in the content)."""

from __future__ import annotations

from typing import NamedTuple

from interact_desktop.core.content.handbook import Handbook

GLOSSARY = "glossary"


class Place(NamedTuple):
    kind: str  # section | checklist | flowchart | scenario | glossary
    id: str  # the section, checklist or flowchart id; for the glossary, a term id or ""

    @classmethod
    def parse(cls, text: str) -> Place | None:
        kind, _, ident = text.partition(":")
        if kind not in ("section", "checklist", "flowchart", "scenario", GLOSSARY):
            return None
        if kind != GLOSSARY and not ident:
            return None
        return cls(kind, ident.split("#", 1)[0])

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
        return not self.id or handbook.glossary_term(self.id) is not None

    def page(self) -> Place:
        """The page that shows this place: a glossary term lives on the glossary page."""
        return Place(GLOSSARY, "") if self.kind == GLOSSARY else self
