"""The typed model of the handbook: the tree of sections, their texts, and the tools.

Everything is immutable once loaded. Labels of tools are :class:`Localized` mappings that hold a
text for every language (the loader and ``check-content`` make sure of it), so the UI never shows a
blank.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from interact_desktop.core.languages import SOURCE_LANGUAGE

Localized = Mapping[str, str]

CHECKLIST_ITEM_TYPES = (
    "text",
    "multiline",
    "yesno",
    "choice",
    "multichoice",
    "date",
    "datetime",
    "number",
)
FLOW_NODE_KINDS = ("start", "action", "decision", "end")
LINK_KINDS = ("section", "checklist", "flowchart", "glossary")


def localized(labels: Localized, lang: str) -> str:
    """The label in ``lang``, or in English when a damaged file left it out."""
    return labels.get(lang) or labels.get(SOURCE_LANGUAGE, "")


@dataclass(frozen=True)
class TocNode:
    """A chapter, section or subsection: its stable id and its children, in reading order."""

    id: str
    children: tuple[TocNode, ...] = ()

    def walk(self, depth: int = 0) -> Iterator[tuple[TocNode, int]]:
        yield self, depth
        for child in self.children:
            yield from child.walk(depth + 1)


@dataclass(frozen=True)
class SectionText:
    """One section in one language: its title and Markdown body (without the title line)."""

    id: str
    lang: str
    title: str
    body: str
    path: Path


@dataclass(frozen=True)
class Choice:
    id: str
    label: Localized


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    type: str
    label: Localized
    help: Localized = field(default_factory=dict)
    required: bool = False
    section: str | None = None
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class Checklist:
    id: str
    version: int
    section: str | None
    title: Localized
    description: Localized
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class FlowNode:
    id: str
    kind: str
    label: Localized
    who: Localized = field(default_factory=dict)
    section: str | None = None
    deadline_minutes: int | None = None


@dataclass(frozen=True)
class FlowEdge:
    source: str
    target: str
    label: Localized = field(default_factory=dict)


@dataclass(frozen=True)
class Flowchart:
    id: str
    section: str | None
    title: Localized
    nodes: tuple[FlowNode, ...]
    edges: tuple[FlowEdge, ...]

    def node(self, node_id: str) -> FlowNode:
        return next(n for n in self.nodes if n.id == node_id)

    def outgoing(self, node_id: str) -> list[FlowEdge]:
        return [e for e in self.edges if e.source == node_id]


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    section: str | None
    term: Localized
    definition: Localized


@dataclass(frozen=True)
class Inject:
    id: str
    minute: int
    sections: tuple[str, ...]
    text: Localized
    question: Localized


@dataclass(frozen=True)
class Scenario:
    id: str
    title: Localized
    summary: Localized
    injects: tuple[Inject, ...]
