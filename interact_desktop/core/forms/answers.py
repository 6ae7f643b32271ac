"""A filled checklist: the answers to one template, with the template's id and version.

Stored as JSON. Answers are kept by item id; an answer whose item a newer template no longer has is
kept too (shown as "other answers"), so a template update never loses what was written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from interact_desktop.core.content.model import Checklist, ChecklistItem

YES_NO = ("yes", "no", "unknown")


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
    if kind in ("text", "multiline") and not isinstance(value, str):
        return "expected text"
    if kind == "yesno" and value not in YES_NO:
        return f"expected one of {', '.join(YES_NO)}"
    if kind == "choice" and value not in choice_ids:
        return f"expected one of {', '.join(sorted(choice_ids))}"
    if kind == "multichoice" and (not isinstance(value, list) or not set(value) <= choice_ids):
        return f"expected a list of {', '.join(sorted(choice_ids))}"
    if kind == "number" and (isinstance(value, bool) or not isinstance(value, int | float)):
        return "expected a number"
    if kind == "group":
        return _group_problem(item, value)
    if kind == "date" and not _parses(value, dt.date.fromisoformat):
        return "expected a date such as 2026-11-25"
    if kind == "datetime" and not _parses(value, dt.datetime.fromisoformat):
        return "expected a date and time such as 2026-11-25T21:30"
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
