"""Parsing of the TOML tools (checklists, flowcharts, glossary, scenarios) into the typed model.

Each parser checks the schema as it goes and reports problems with their line, then keeps what is
usable: one broken item never hides the rest of a checklist.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from interact_desktop.core.content.problems import Problem
from interact_desktop.core.content.toml_lines import Path as TablePath
from interact_desktop.core.content.toml_lines import TomlLines
from interact_desktop.core.content.tool_model import (
    CHECKLIST_ITEM_TYPES,
    FLOW_NODE_KINDS,
    GROUP_FIELD_TYPES,
    AlertRule,
    Checklist,
    ChecklistItem,
    Choice,
    Flowchart,
    FlowEdge,
    FlowNode,
    GlossaryTerm,
    GroupField,
    Inject,
    Scenario,
)
from interact_desktop.core.content.validation_rules import is_valid_id
from interact_desktop.core.languages import ENGLISH_NAMES, LANGUAGES


class TomlReader:
    """Reads one TOML file and reports problems against its lines."""

    def __init__(
        self, path: Path, problems: list[Problem], section_ids: frozenset[str] = frozenset()
    ) -> None:
        self.path = path
        self.problems = problems
        self.section_ids = section_ids
        self.data: dict[str, Any] | None = None
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self.report((), None, f"cannot read file: {error}")
            self.lines = TomlLines("")
            return
        self.lines = TomlLines(text)
        try:
            self.data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            line = getattr(error, "lineno", None) or _line_from_message(str(error))
            self.problems.append(Problem(path, line, f"malformed TOML: {error}"))

    def report(self, where: TablePath, key: str | None, message: str) -> None:
        self.problems.append(Problem(self.path, self.lines.line(where, key), message))

    def check_keys(self, table: dict[str, Any], where: TablePath, allowed: set[str]) -> None:
        for key in table:
            if key not in allowed:
                self.report(where, _first_key(key, table[key]), f"unknown key '{key}'")

    def string(
        self, table: dict[str, Any], where: TablePath, key: str, required: bool = True
    ) -> str | None:
        value = table.get(key)
        if value is None:
            if required:
                self.report(where, None, f"missing '{key}'")
            return None
        if not isinstance(value, str) or not value.strip():
            self.report(where, key, f"'{key}' must be a non-empty string")
            return None
        return value

    def ident(
        self, table: dict[str, Any], where: TablePath, key: str = "id", required: bool = True
    ) -> str | None:
        value = self.string(table, where, key, required)
        if value is not None and not is_valid_id(value):
            self.report(where, key, f"'{value}' is not a valid id (lower case, digits, hyphens)")
            return None
        return value

    def section_ref(
        self, table: dict[str, Any], where: TablePath, key: str = "section"
    ) -> str | None:
        """An optional reference to a handbook section, which must exist in structure.toml."""
        value = self.ident(table, where, key, required=False)
        if value is not None and value not in self.section_ids:
            self.report(where, key, f"'{key}' refers to unknown section '{value}'")
            return None
        return value

    def choice(
        self, table: dict[str, Any], where: TablePath, key: str, allowed: tuple[str, ...]
    ) -> str | None:
        """A required string that must be one of ``allowed`` (an item type, a node kind)."""
        value = self.string(table, where, key)
        if value is not None and value not in allowed:
            self.report(where, key, f"unknown {key} '{value}' ({', '.join(allowed)})")
            return None
        return value

    def integer(
        self, table: dict[str, Any], where: TablePath, key: str, required: bool = True
    ) -> int | None:
        value = table.get(key)
        if value is None:
            if required:
                self.report(where, None, f"missing '{key}'")
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            self.report(where, key, f"'{key}' must be a whole number, 0 or more")
            return None
        return value

    def labels(
        self, table: dict[str, Any], where: TablePath, key: str, required: bool = True
    ) -> dict[str, str]:
        """A label in all five languages; each missing or empty language is a problem."""
        value = table.get(key)
        if value is None:
            if required:
                self.report(where, None, f"missing '{key}' (a text in each language)")
            return {}
        if not isinstance(value, dict):
            self.report(
                where, key, f"'{key}' must give a text per language, e.g. {key}.en = \"...\""
            )
            return {}
        anchor = f"{key}.en" if "en" in value else f"{key}.{next(iter(value), 'en')}"
        for lang in value:
            if lang not in LANGUAGES:
                self.report(where, f"{key}.{lang}", f"unknown language '{lang}' in '{key}'")
        result: dict[str, str] = {}
        for lang in LANGUAGES:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                state = "is empty" if isinstance(text, str) else "is missing"
                line_key = f"{key}.{lang}" if lang in value else anchor
                self.report(where, line_key, f"{ENGLISH_NAMES[lang]} text of '{key}' {state}")
            else:
                result[lang] = text.strip()
        return result

    def array(self, table: dict[str, Any], where: TablePath, key: str) -> list[dict[str, Any]]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.report(where, key, f"'{key}' must be a list of tables ([[{key}]])")
            return []
        return value


def _first_key(key: str, value: Any) -> str:
    """The dotted key as written on its line (``label.en`` for a table ``label``)."""
    if isinstance(value, dict) and value:
        return f"{key}.{next(iter(value))}"
    return key


def _line_from_message(message: str) -> int:
    """tomllib before Python 3.14 puts the position only in the message: '... (at line 3, ...)'."""
    marker = "at line "
    if marker in message:
        digits = message.split(marker, 1)[1].split(",")[0].split(")")[0]
        if digits.strip().isdigit():
            return int(digits)
    return 1


def _unique(reader: TomlReader, seen: set[str], value: str, where: TablePath, what: str) -> bool:
    if value in seen:
        reader.report(where, "id", f"duplicate {what} id '{value}'")
        return False
    seen.add(value)
    return True


def _top(reader: TomlReader, allowed: set[str]) -> dict[str, Any] | None:
    data = reader.data
    if data is None:
        return None
    reader.check_keys(data, (), allowed)
    file_id = data.get("id")
    if isinstance(file_id, str) and file_id != reader.path.stem:
        reader.report((), "id", f"id '{file_id}' must equal the file name '{reader.path.stem}'")
    return data


def parse_checklist(
    path: Path,
    problems: list[Problem],
    section_ids: frozenset[str],
    flowchart_ids: frozenset[str] = frozenset(),
) -> Checklist | None:
    reader = TomlReader(path, problems, section_ids)
    data = _top(reader, {"id", "version", "section", "title", "description", "item", "alert"})
    if data is None:
        return None
    checklist_id = reader.ident(data, ())
    version = reader.integer(data, (), "version")
    section = reader.section_ref(data, ())
    title = reader.labels(data, (), "title")
    description = reader.labels(data, (), "description", required=False)
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    entries = reader.array(data, (), "item")
    if not entries:
        reader.report((), None, "a checklist needs at least one [[item]]")
    allowed = {
        "id", "type", "required", "section", "label", "help", "choice", "when", "min", "max",
        "field",
    }  # fmt: skip
    for index, entry in enumerate(entries):
        where = ("item", index)
        reader.check_keys(entry, where, allowed)
        item_id = reader.ident(entry, where)
        item_type = reader.choice(entry, where, "type", CHECKLIST_ITEM_TYPES)
        required = entry.get("required", False)
        if not isinstance(required, bool):
            reader.report(where, "required", "'required' must be true or false")
            required = False
        choices = _choices(reader, entry, where, item_type)
        label = reader.labels(entry, where, "label")
        help_text = reader.labels(entry, where, "help", required=False)
        item_section = reader.section_ref(entry, where)
        when = _condition(reader, entry, where, seen)
        minimum, maximum = (_number(reader, entry, where, key) for key in ("min", "max"))
        fields = _fields(reader, entry, where, item_type)
        if (
            item_id is not None
            and _unique(reader, seen, item_id, where, "item")
            and item_type is not None
        ):
            items.append(
                ChecklistItem(
                    item_id, item_type, label, help_text, required, item_section,
                    tuple(choices), when, minimum, maximum, fields,
                )
            )  # fmt: skip
    alerts = _alerts(reader, data, {item.id for item in items}, flowchart_ids)
    if checklist_id is None or version is None:
        return None
    return Checklist(checklist_id, version, section, title, description, tuple(items), alerts)


def _fields(reader: TomlReader, entry: dict, where: TablePath, item_type: str | None) -> tuple:
    """The columns of a repeatable group."""
    entries = reader.array(entry, where, "field")
    if item_type == "group" and not entries:
        reader.report(where, "type", "a 'group' item needs at least one [[item.field]]")
    if entries and item_type != "group":
        reader.report(where, "type", "only group items take [[item.field]]")
    fields = []
    seen: set[str] = set()
    for index, field_entry in enumerate(entries):
        at = (*where, "field", index)
        reader.check_keys(field_entry, at, {"id", "type", "label"})
        field_id = reader.ident(field_entry, at)
        field_type = reader.choice(field_entry, at, "type", GROUP_FIELD_TYPES)
        label = reader.labels(field_entry, at, "label")
        if (
            field_id is not None
            and _unique(reader, seen, field_id, at, "field")
            and field_type is not None
        ):
            fields.append(GroupField(field_id, field_type, label))
    return tuple(fields)


def _condition(
    reader: TomlReader, entry: dict[str, Any], where: TablePath, earlier: set[str]
) -> str | None:
    """A ``when`` condition that parses and reads only items above it."""
    from interact_desktop.core.content.expressions import ExpressionError, names, parse

    text = reader.string(entry, where, "when", required=False)
    if text is None:
        return None
    try:
        unknown = sorted(names(parse(text)) - earlier)
    except ExpressionError as error:
        reader.report(where, "when", f"condition cannot be read: {error}")
        return None
    if unknown:
        reader.report(where, "when", f"condition reads items not above it: {', '.join(unknown)}")
        return None
    return text


def _number(reader: TomlReader, entry: dict, where: TablePath, key: str) -> float | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        reader.report(where, key, f"'{key}' must be a number")
        return None
    return float(value)


def _alerts(
    reader: TomlReader, data: dict[str, Any], item_ids: set[str], flowchart_ids: frozenset[str]
) -> tuple[AlertRule, ...]:
    from interact_desktop.core.content.expressions import ExpressionError, names, parse

    alerts = []
    allowed = {"id", "when", "level", "message", "section", "flowchart"}
    for index, entry in enumerate(reader.array(data, (), "alert")):
        where = ("alert", index)
        reader.check_keys(entry, where, allowed)
        alert_id = reader.ident(entry, where)
        when = reader.string(entry, where, "when")
        level = reader.string(entry, where, "level")
        if level is not None and level not in ("high", "medium"):
            reader.report(where, "level", "'level' must be high or medium")
            level = None
        if when is not None:
            try:
                unknown = sorted(names(parse(when)) - item_ids)
            except ExpressionError as error:
                reader.report(where, "when", f"rule cannot be read: {error}")
                when = None
            else:
                if unknown:
                    reader.report(where, "when", f"rule reads unknown items: {', '.join(unknown)}")
                    when = None
        message = reader.labels(entry, where, "message")
        section = reader.section_ref(entry, where)
        flowchart = reader.ident(entry, where, "flowchart", required=False)
        if flowchart is not None and flowchart not in flowchart_ids:
            reader.report(where, "flowchart", f"unknown flowchart '{flowchart}'")
            flowchart = None
        if alert_id is not None and when is not None and level is not None:
            alerts.append(AlertRule(alert_id, when, level, message, section, flowchart))
    return tuple(alerts)


def _choices(
    reader: TomlReader, entry: dict[str, Any], where: TablePath, item_type: str | None
) -> list[Choice]:
    entries = reader.array(entry, where, "choice")
    if item_type in ("choice", "multichoice") and len(entries) < 2:
        reader.report(where, "type", f"a '{item_type}' item needs at least two [[item.choice]]")
    if entries and item_type not in ("choice", "multichoice"):
        reader.report(where, "type", "only choice and multichoice items take [[item.choice]]")
    choices: list[Choice] = []
    seen: set[str] = set()
    for index, choice in enumerate(entries):
        at = (*where, "choice", index)
        reader.check_keys(choice, at, {"id", "label"})
        choice_id = reader.ident(choice, at)
        label = reader.labels(choice, at, "label")
        if choice_id is not None and _unique(reader, seen, choice_id, at, "choice"):
            choices.append(Choice(choice_id, label))
    return choices


def parse_flowchart(
    path: Path, problems: list[Problem], section_ids: frozenset[str]
) -> Flowchart | None:
    reader = TomlReader(path, problems, section_ids)
    data = _top(reader, {"id", "section", "title", "node", "edge"})
    if data is None:
        return None
    flowchart_id = reader.ident(data, ())
    section = reader.section_ref(data, ())
    title = reader.labels(data, (), "title")
    nodes: list[FlowNode] = []
    seen: set[str] = set()
    allowed = {"id", "kind", "label", "who", "section", "deadline_minutes"}
    for index, entry in enumerate(reader.array(data, (), "node")):
        where = ("node", index)
        reader.check_keys(entry, where, allowed)
        node_id = reader.ident(entry, where)
        kind = reader.choice(entry, where, "kind", FLOW_NODE_KINDS)
        label = reader.labels(entry, where, "label")
        who = reader.labels(entry, where, "who", required=False)
        node_section = reader.section_ref(entry, where)
        deadline = reader.integer(entry, where, "deadline_minutes", required=False)
        if (
            node_id is not None
            and _unique(reader, seen, node_id, where, "node")
            and kind is not None
        ):
            nodes.append(FlowNode(node_id, kind, label, who, node_section, deadline))
    edges = _edges(reader, data, {n.id: n for n in nodes})
    if flowchart_id is None:
        return None
    chart = Flowchart(flowchart_id, section, title, tuple(nodes), tuple(edges))
    _check_graph(reader, chart)
    return chart


def _edges(reader: TomlReader, data: dict, nodes: dict[str, FlowNode]) -> list[FlowEdge]:
    edges: list[FlowEdge] = []
    for index, entry in enumerate(reader.array(data, (), "edge")):
        where = ("edge", index)
        reader.check_keys(entry, where, {"from", "to", "label"})
        source = reader.string(entry, where, "from")
        target = reader.string(entry, where, "to")
        for key, value in (("from", source), ("to", target)):
            if value is not None and value not in nodes:
                reader.report(where, key, f"edge {key} unknown node '{value}'")
        from_decision = source in nodes and nodes[source].kind == "decision"
        label = reader.labels(entry, where, "label", required=from_decision)
        if source in nodes and target in nodes:
            edges.append(FlowEdge(source, target, label))
    return edges


def _check_graph(reader: TomlReader, chart: Flowchart) -> None:
    """One start, every node reachable from it, no cycles, decisions branch, ends stop."""
    starts = [n.id for n in chart.nodes if n.kind == "start"]
    if len(starts) != 1:
        reader.report((), None, f"a flowchart needs exactly one start node (found {len(starts)})")
        return
    index = {n.id: i for i, n in enumerate(chart.nodes)}
    for node in chart.nodes:
        out = chart.outgoing(node.id)
        where = ("node", index[node.id])
        if node.kind == "decision" and len(out) < 2:
            reader.report(where, "kind", f"decision '{node.id}' needs at least two branches")
        if node.kind == "end" and out:
            reader.report(where, "kind", f"end node '{node.id}' must have no outgoing edge")
        if node.kind != "end" and not out:
            reader.report(where, "kind", f"node '{node.id}' leads nowhere (make it an end node)")
    state: dict[str, int] = {}

    def visit(node_id: str) -> None:
        state[node_id] = 1
        for edge in chart.outgoing(node_id):
            if state.get(edge.target) == 1:
                reader.report(("node", index[edge.target]), "id", f"cycle through '{edge.target}'")
            elif edge.target not in state:
                visit(edge.target)
        state[node_id] = 2

    visit(starts[0])
    for node in chart.nodes:
        if node.id not in state:
            reader.report(("node", index[node.id]), "id", f"node '{node.id}' is unreachable")


def parse_glossary(
    path: Path, problems: list[Problem], section_ids: frozenset[str]
) -> tuple[GlossaryTerm, ...]:
    reader = TomlReader(path, problems, section_ids)
    data = _top(reader, {"term"})
    if data is None:
        return ()
    terms: list[GlossaryTerm] = []
    seen: set[str] = set()
    for index, entry in enumerate(reader.array(data, (), "term")):
        where = ("term", index)
        reader.check_keys(entry, where, {"id", "section", "term", "definition"})
        term_id = reader.ident(entry, where)
        section = reader.section_ref(entry, where)
        term = reader.labels(entry, where, "term")
        definition = reader.labels(entry, where, "definition")
        if term_id is not None and _unique(reader, seen, term_id, where, "term"):
            terms.append(GlossaryTerm(term_id, section, term, definition))
    return tuple(terms)


def parse_scenario(
    path: Path, problems: list[Problem], section_ids: frozenset[str]
) -> Scenario | None:
    reader = TomlReader(path, problems, section_ids)
    data = _top(reader, {"id", "title", "summary", "inject"})
    if data is None:
        return None
    scenario_id = reader.ident(data, ())
    title = reader.labels(data, (), "title")
    summary = reader.labels(data, (), "summary")
    injects: list[Inject] = []
    seen: set[str] = set()
    allowed = {"id", "minute", "sections", "text", "question"}
    for index, entry in enumerate(reader.array(data, (), "inject")):
        where = ("inject", index)
        reader.check_keys(entry, where, allowed)
        inject_id = reader.ident(entry, where)
        minute = reader.integer(entry, where, "minute")
        sections = entry.get("sections", [])
        if not isinstance(sections, list) or not all(isinstance(s, str) for s in sections):
            reader.report(where, "sections", "'sections' must be a list of section ids")
            sections = []
        for section in sections:
            if section not in section_ids:
                reader.report(where, "sections", f"'sections' names unknown section '{section}'")
        text = reader.labels(entry, where, "text")
        question = reader.labels(entry, where, "question")
        if (
            inject_id is not None
            and _unique(reader, seen, inject_id, where, "inject")
            and minute is not None
        ):
            injects.append(Inject(inject_id, minute, tuple(sections), text, question))
    if scenario_id is None:
        return None
    return Scenario(scenario_id, title, summary, tuple(injects))


def parse_export_labels(path: Path, problems: list[Problem]) -> dict[str, dict[str, str]]:
    """Words printed in exported documents: one table per label, one key per language."""
    reader = TomlReader(path, problems)
    if reader.data is None:
        return {}
    labels: dict[str, dict[str, str]] = {}
    for key, value in reader.data.items():
        if not isinstance(value, dict):
            reader.report((), key, f"'{key}' must be a table of texts per language")
            continue
        placeholders = sorted(re.findall(r"%\d", value.get("en", "")))
        texts = {}
        for lang in LANGUAGES:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                reader.report((key,), lang, f"{ENGLISH_NAMES[lang]} text of '{key}' is missing")
            elif sorted(re.findall(r"%\d", text)) != placeholders:
                message = f"'{key}.{lang}' must keep the placeholders {placeholders}"
                reader.report((key,), lang, message)
            else:
                texts[lang] = text
        labels[key] = texts
    return labels
