"""The tools' records: checklists, flowcharts of action, the glossary and exercise scenarios.

Apart from the handbook's tree (``model``): they are read after start-up, so their types are
built then too (each NamedTuple costs about a millisecond to define).
"""

from __future__ import annotations

from typing import NamedTuple

from interact_desktop.core.content.model import NO_TEXT, Localized

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
