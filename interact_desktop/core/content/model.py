"""The typed model of the handbook: the tree of sections, their texts, and the tools.

Everything is immutable once loaded. Labels of tools are :class:`Localized` mappings that hold a
text for every language (the loader and ``check-content`` make sure of it), so the UI never shows a
blank. The records are NamedTuples rather than dataclasses: they are created at every start-up, and
NamedTuples cost a tenth of the time to define.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from interact_desktop.core.languages import SOURCE_LANGUAGE

if TYPE_CHECKING:  # dates are read only with the law register, after start-up
    import datetime as dt

Localized = Mapping[str, str]
NO_TEXT: Localized = MappingProxyType({})

CHECKLIST_ITEM_TYPES = (
    "text",
    "multiline",
    "yesno",
    "choice",
    "multichoice",
    "date",
    "datetime",
    "number",
    "group",
)
GROUP_FIELD_TYPES = ("text", "number", "date", "datetime")
FLOW_NODE_KINDS = ("start", "action", "decision", "end")
LINK_KINDS = ("section", "checklist", "flowchart", "glossary", "law", "laws", "role", "country")

#: After a statement not confirmed: the reader and PDFs show it as "to be confirmed locally".
TBC = "{tbc}"


def localized(labels: Localized, lang: str) -> str:
    """The label in ``lang``, or in English when a damaged file left it out."""
    return labels.get(lang) or labels.get(SOURCE_LANGUAGE, "")


class TocNode(NamedTuple):
    """A chapter, section or subsection: its stable id and its children, in reading order."""

    id: str
    children: tuple[TocNode, ...] = ()

    def walk(self, depth: int = 0) -> Iterator[tuple[TocNode, int]]:
        yield self, depth
        for child in self.children:
            yield from child.walk(depth + 1)


class SectionText(NamedTuple):
    """One section in one language: its title and Markdown body (without the title line)."""

    id: str
    lang: str
    title: str
    body: str
    path: Path


class Choice(NamedTuple):
    id: str
    label: Localized


class GroupField(NamedTuple):
    """One column of a repeatable group (e.g. the phone number of each contact)."""

    id: str
    type: str
    label: Localized


class ChecklistItem(NamedTuple):
    id: str
    type: str
    label: Localized
    help: Localized = NO_TEXT
    required: bool = False
    section: str | None = None
    choices: tuple[Choice, ...] = ()
    when: str | None = None  # shown only when this condition holds (content/expressions.py)
    minimum: float | None = None  # for numbers
    maximum: float | None = None
    fields: tuple[GroupField, ...] = ()  # for repeatable groups: one row per entry


class AlertRule(NamedTuple):
    """When ``when`` holds, the form shows ``message`` and points to what the guidance says."""

    id: str
    when: str
    level: str  # high | medium
    message: Localized
    section: str | None = None
    flowchart: str | None = None


class Checklist(NamedTuple):
    id: str
    version: int
    section: str | None
    title: Localized
    description: Localized
    items: tuple[ChecklistItem, ...]
    alerts: tuple[AlertRule, ...] = ()

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((item for item in self.items if item.id == item_id), None)


class FlowNode(NamedTuple):
    id: str
    kind: str
    label: Localized
    who: Localized = NO_TEXT
    section: str | None = None
    deadline_minutes: int | None = None


class FlowEdge(NamedTuple):
    source: str
    target: str
    label: Localized = NO_TEXT


class Flowchart(NamedTuple):
    id: str
    section: str | None
    title: Localized
    nodes: tuple[FlowNode, ...]
    edges: tuple[FlowEdge, ...]

    def node(self, node_id: str) -> FlowNode:
        return next(n for n in self.nodes if n.id == node_id)

    def outgoing(self, node_id: str) -> list[FlowEdge]:
        return [e for e in self.edges if e.source == node_id]


class GlossaryTerm(NamedTuple):
    id: str
    section: str | None
    term: Localized
    definition: Localized


class Inject(NamedTuple):
    id: str
    minute: int
    sections: tuple[str, ...]
    text: Localized
    question: Localized


class Scenario(NamedTuple):
    id: str
    title: Localized
    summary: Localized
    injects: tuple[Inject, ...]


class Country(NamedTuple):
    """A country with a note: its id (ISO 3166 alpha-2, lower case), name, and the date its notes
    were last checked, which the reader shows so nobody takes an old note for current practice."""

    id: str
    name: Localized
    checked_as_of: str  # ISO date, e.g. "2026-12-07"
    where: Localized = NO_TEXT  # heads the box on a section: "In Greece", "Aux Pays-Bas"


class CountryTopic(NamedTuple):
    """A question every country note answers, and the sections on which its box shows."""

    id: str
    title: Localized
    sections: tuple[str, ...]


class NoteTopic(NamedTuple):
    """One topic of one note in one language: the heading as written and its Markdown body."""

    id: str
    title: str
    body: str
    line: int  # of the heading, for problems


class CountryNote(NamedTuple):
    """One country's note in one language, its topics in reading order."""

    country: str
    lang: str
    title: str
    topics: tuple[NoteTopic, ...]
    path: Path

    def topic(self, topic_id: str) -> NoteTopic | None:
        return next((topic for topic in self.topics if topic.id == topic_id), None)


class Law(NamedTuple):
    """One instrument the guide cites (content/laws.toml), with the dates that give its status.

    ``replaced_by`` names the instrument that took its place (a recast, a successor);
    ``repealed_by`` the act that repealed it where no successor does the same job. Both are ids in
    the register. ``line`` is where the entry starts, for problems and the Laws cited page.
    """

    id: str
    number: str | None
    short: Localized
    title: Localized
    celex: str | None = None
    adopted: dt.date | None = None
    applies_from: dt.date | None = None
    repealed_by: str | None = None
    replaced_by: str | None = None
    repealed_on: dt.date | None = None
    amended_by: tuple[str, ...] = ()
    line: int = 1

    @property
    def successor(self) -> str | None:
        """The instrument a reader should be sent to instead of this one, if any."""
        return self.replaced_by or self.repealed_by

    def status(self, as_of: dt.date) -> str:
        """``repealed``, ``not-yet`` (adopted, not yet applicable), ``amended`` or ``in-force``."""
        if self.repealed_on is not None and self.repealed_on <= as_of:
            return "repealed"
        if self.applies_from is not None and self.applies_from > as_of:
            return "not-yet"
        return "amended" if self.amended_by else "in-force"


class Edition(NamedTuple):
    """Which edition of the guidance this is, and the date up to which its law was checked."""

    edition: str
    law_as_of: dt.date
