"""The state of a checklist being filled in: what is shown, what is missing or wrong, what calls
for action, and how far along it is. Computed from the template and the answers alone, so the form,
the PDF and the tests agree."""

from __future__ import annotations

from functools import cached_property
from typing import Any, NamedTuple

from interact_desktop.core.content.expressions import evaluate, parse
from interact_desktop.core.content.tool_model import AlertRule, Checklist, ChecklistItem
from interact_desktop.core.forms.answers import FilledChecklist, answer_problem, is_answered


class Issue(NamedTuple):
    item: str
    kind: str  # required | invalid | range
    detail: str = ""


class FormState:
    def __init__(self, checklist: Checklist, filled: FilledChecklist) -> None:
        self.checklist = checklist
        self.filled = filled

    @cached_property
    def visible(self) -> list[ChecklistItem]:
        """Items in order, without those whose condition does not hold (answers to hidden items
        are kept, but not counted or checked)."""
        answers = self.filled.answers
        return [
            item
            for item in self.checklist.items
            if item.when is None or bool(evaluate(parse(item.when), answers))
        ]

    def issues(self) -> list[Issue]:
        found = []
        for item in self.visible:
            value = self.filled.answers.get(item.id)
            if not is_answered(value):
                if item.required:
                    found.append(Issue(item.id, "required"))
                continue
            if (problem := answer_problem(item, value)) is not None:
                found.append(Issue(item.id, "invalid", problem))
            elif item.type == "number" and not _within(value, item.minimum, item.maximum):
                found.append(Issue(item.id, "range", _range_text(item)))
        return found

    def alerts(self) -> list[AlertRule]:
        answers = self.filled.answers
        raised = [rule for rule in self.checklist.alerts if evaluate(parse(rule.when), answers)]
        return sorted(raised, key=lambda rule: rule.level != "high")

    def progress(self) -> tuple[int, int]:
        """(answered, shown) counting only the items the form shows."""
        answered = sum(1 for item in self.visible if is_answered(self.filled.answers.get(item.id)))
        return answered, len(self.visible)

    def can_finalise(self) -> bool:
        return not self.issues()


def _within(value: Any, minimum: float | None, maximum: float | None) -> bool:
    return (minimum is None or value >= minimum) and (maximum is None or value <= maximum)


def _range_text(item: ChecklistItem) -> str:
    low = "" if item.minimum is None else f"{item.minimum:g}"
    high = "" if item.maximum is None else f"{item.maximum:g}"
    return f"{low}–{high}"
