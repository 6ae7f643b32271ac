"""What the first-hour sheet holds, read from the content: the steps, and the roles to call.

The steps are the numbered list of the section "The first hours" (``response-first-hours``) in the
reader's language, so the sheet says what the guidance says and changes when it changes. The roles
are those the steps link as ``role:ID``, with police emergency and the 116 000 hotline always; while
the text links none, the roles of the first hours that the steps name in words stand in.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.languages import SOURCE_LANGUAGE

SECTION = "response-first-hours"
EMERGENCY_ROLE = "police-emergency"
HOTLINE_ROLE = "hotline-116000"
# Numbers the sheet always prints: the same in every EU country.
ALWAYS = {EMERGENCY_ROLE: "112", HOTLINE_ROLE: "116 000"}
# The people the steps name in words (police, manager, guardian, social worker, hotline), for as
# long as the text carries no role links.
NAMED_IN_STEPS = (
    EMERGENCY_ROLE,
    "missing-persons-unit",
    "manager",
    "guardianship-authority",
    "child-protection-service",
    HOTLINE_ROLE,
)


@dataclass(frozen=True)
class FirstHourSteps:
    """The section's title, its opening paragraph, the line just above the steps, and the steps
    (each an HTML ``<li>`` element, so the PDF keeps the text's bold words)."""

    title: str
    lead: ET.Element | None
    note: ET.Element | None
    steps: tuple[ET.Element, ...]
    roles: tuple[str, ...]


def first_hour_steps(handbook: Handbook, lang: str) -> FirstHourSteps:
    """The steps in ``lang`` (English when that text is missing); ``steps`` is empty only when
    the content has no numbered list there."""
    text = handbook.text(SECTION, lang) or handbook.text(SECTION, SOURCE_LANGUAGE)
    if text is None:
        return FirstHourSteps(SECTION, None, None, (), _roles([]))
    from interact_desktop.core.content.markdown_html import make_converter

    root = ET.fromstring(f"<div>{make_converter().convert(text.body)}</div>")
    blocks = list(root)
    lead = next((b for b in blocks if b.tag == "p" and b.find("img") is None), None)
    position = next((i for i, b in enumerate(blocks) if b.tag == "ol"), None)
    if position is None:
        return FirstHourSteps(text.title, lead, None, (), _roles([]))
    before = blocks[position - 1] if position > 0 else None
    note = before if before is not None and before.tag == "p" and before is not lead else None
    steps = tuple(blocks[position].findall("li"))
    linked = [
        href.split(":", 1)[1].split("#", 1)[0]
        for step in steps
        for link in step.iter("a")
        if (href := link.get("href", "")).startswith("role:")
    ]
    return FirstHourSteps(text.title, lead, note, steps, _roles(linked))


def _roles(linked: list[str]) -> tuple[str, ...]:
    if not linked:
        return NAMED_IN_STEPS
    ordered = [EMERGENCY_ROLE, *linked, HOTLINE_ROLE]
    return tuple(dict.fromkeys(ordered))
