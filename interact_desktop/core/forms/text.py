"""The words of a filled checklist as plain text: what the notebook's search indexes and shows.

It reads the stored JSON itself rather than a FilledChecklist, so a body that no longer parses as
a checklist still yields whatever text it holds, and search never fails on a damaged row.
"""

from __future__ import annotations

import json
from typing import Any


def answers_text(body: str) -> str:
    """Every text of a checklist's answers (free text, choices, rows of groups), one per line:
    what search indexes and shows in snippets."""
    try:
        answers = json.loads(body).get("answers", {})
    except (ValueError, AttributeError):
        return ""
    found: list[str] = []

    def collect(value: Any) -> None:
        if isinstance(value, str) and value.strip():
            found.append(value)
        elif isinstance(value, list):
            for item in value:
                collect(item)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)

    collect(answers)
    return "\n".join(found)
