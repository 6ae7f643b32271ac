"""A filled checklist: the answers to one template, with the template's id and version.

Stored as JSON. Answers are kept by item id; an answer whose item a newer template no longer has is
kept too (shown as "other answers"), so a template update never loses what was written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interact_desktop.core.content.tool_model import Checklist, ChecklistItem

YES_NO = ("yes", "no", "unknown")
# Answers are at most an object of answers, a group's list of rows, a row, a cell: anything
# nested much deeper is not answers, and would exhaust the stack of whatever walks it.
MAX_DEPTH = 16
TOO_DEEP = f"nested too deeply (answers are at most {MAX_DEPTH} levels deep)"


class AnswerError(ValueError):
    """An answers file that cannot be read, with a message for the person who wrote it."""


@dataclass
class FilledChecklist:
    template: str
    version: int
    answers: dict[str, Any] = field(default_factory=dict)
    created: str = ""
    updated: str = ""
    finalised: str | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "template": self.template,
                "version": self.version,
                "created": self.created,
                "updated": self.updated,
                "finalised": self.finalised,
                "answers": self.answers,
            },
            ensure_ascii=False,
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> FilledChecklist:
        try:
            data = json.loads(text)
        except ValueError as error:
            raise AnswerError(f"not valid JSON: {error}") from None
        except RecursionError:
            raise AnswerError(TOO_DEEP) from None
        if _depth(data) > MAX_DEPTH:
            raise AnswerError(TOO_DEEP)
        if not isinstance(data, dict) or not isinstance(data.get("answers", {}), dict):
            raise AnswerError('expected an object with "template" and "answers"')
        template = data.get("template")
        if not isinstance(template, str):
            raise AnswerError('missing "template" (the checklist id)')
        version = data.get("version", 0)
        return cls(
            template=template,
            version=version if isinstance(version, int) else 0,
            answers=dict(data.get("answers", {})),
            created=str(data.get("created") or ""),
            updated=str(data.get("updated") or ""),
            finalised=data.get("finalised") if isinstance(data.get("finalised"), str) else None,
        )

    @classmethod
    def from_file(cls, path: Path) -> FilledChecklist:
        """Answers from a JSON file someone wrote or another program made.

        Raises OSError when the file cannot be read, and AnswerError, with a message naming what
        is wrong, for anything else: text that is not UTF-8, not JSON, or not answers.
        """
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise AnswerError(
                f"not UTF-8 text: byte {error.start + 1} (line {line}) cannot be read; save the "
                "file as UTF-8"
            ) from None
        return cls.from_json(text)

    @classmethod
    def new(cls, checklist: Checklist) -> FilledChecklist:
        now = dt.datetime.now().isoformat(timespec="seconds")
        return cls(checklist.id, checklist.version, {}, now, now)

    def unknown_answers(self, checklist: Checklist) -> dict[str, Any]:
        """Answers to items the template no longer has."""
        known = {item.id for item in checklist.items}
        return {key: value for key, value in self.answers.items() if key not in known}


def is_answered(value: Any) -> bool:
    return value not in (None, "", [], {})


def answer_problem(item: ChecklistItem, value: Any) -> str | None:
    """Why a value does not fit its item's type (None when it fits or is empty)."""
    if not is_answered(value):
        return None
    kind = item.type
    choice_ids = {choice.id for choice in item.choices}
    # A choice is a string: a list or an object where one is expected is the wrong answer, and
    # is said to be (it cannot even be looked up among the choices).
    if kind in ("text", "multiline") and not isinstance(value, str):
        return "expected text"
    if kind == "yesno" and (not isinstance(value, str) or value not in YES_NO):
        return f"expected one of {', '.join(YES_NO)}"
    if kind == "choice" and (not isinstance(value, str) or value not in choice_ids):
        return f"expected one of {', '.join(sorted(choice_ids))}"
    if kind == "multichoice" and (
        not isinstance(value, list)
        or not all(isinstance(choice, str) for choice in value)
        or not set(value) <= choice_ids
    ):
        return f"expected a list of {', '.join(sorted(choice_ids))}"
    if kind == "number" and (isinstance(value, bool) or not isinstance(value, int | float)):
        return "expected a number"
    if kind == "group":
        return _group_problem(item, value)
    if kind == "date" and not _parses(value, dt.date.fromisoformat):
        return "expected a date such as 07/12/2026"
    if kind == "datetime" and not _parses(value, dt.datetime.fromisoformat):
        return "expected a date and time such as 07/12/2026 21:30"
    return None


def _group_problem(item: ChecklistItem, value: Any) -> str | None:
    """A repeatable group is a list of rows, each a mapping of field id to value."""
    if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
        return "expected a list of rows"
    fields = {field.id: field for field in item.fields}
    for number, row in enumerate(value, start=1):
        for key, cell in row.items():
            field = fields.get(key)
            if field is None:
                return f"row {number}: unknown field '{key}'"
            probe = ChecklistItem(field.id, field.type, field.label)
            if (problem := answer_problem(probe, cell)) is not None:
                return f"row {number}, {key}: {problem}"
    return None


def _parses(value: Any, parser: Callable[[Any], object]) -> bool:
    try:
        parser(value)
    except (TypeError, ValueError):
        return False
    return True


def _depth(value: Any) -> int:
    """How deeply ``value`` nests lists and objects, counted without recursion."""
    deepest = 0
    pending = [(value, 1)]
    while pending:
        current, depth = pending.pop()
        if isinstance(current, dict | list):
            deepest = max(deepest, depth)
            if depth <= MAX_DEPTH:  # deeper than that is refused anyway
                children = current.values() if isinstance(current, dict) else current
                pending.extend((child, depth + 1) for child in children)
    return deepest
