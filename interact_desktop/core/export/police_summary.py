"""What the "summary for the police" of a guided response says, in any language of the guide.

Two parts come from elsewhere and are only gathered here: what the police need at a report is the
table of the section "Reporting to the police" (``response-first-hours-report``), read from the
content in the language asked for, so the summary says what the guidance says; what happened
when is the run's own record (``GuidedRun.path``), told again in the language asked for from the
flowchart's labels rather than copied in the language the run was started in.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import localized
from interact_desktop.core.content.tool_model import Flowchart
from interact_desktop.core.flowcharts.guided import (
    CHOSEN,
    ENDED,
    MOMENT,
    STARTED,
    TICKED,
    Step,
)
from interact_desktop.core.languages import SOURCE_LANGUAGE

REPORT_SECTION = "response-first-hours-report"

#: The export label that words each kind of step; %1 is the step, %2 a choice's answer.
STEP_LABELS = {
    STARTED: "police-step-started",
    MOMENT: "police-step-moment",
    TICKED: "police-step-done",
    CHOSEN: "police-step-chosen",
    ENDED: "police-step-ended",
}


@dataclass(frozen=True)
class PoliceNeed:
    """One line of "what to give the police": the information, and where to find it."""

    what: str
    where: str


@dataclass(frozen=True)
class RunRecord:
    """A guided response as the summary needs it, free of any widget: the flowchart, the
    moment deadlines count from (last seen, or the absence noticed), the steps taken, and the
    case the steps were recorded in ("" for none)."""

    flowchart: Flowchart
    moment: dt.datetime
    steps: tuple[Step, ...]
    case: str = ""


def police_needs(handbook: Handbook, lang: str) -> tuple[str, list[PoliceNeed]]:
    """The title of the section and the first table's rows, in ``lang`` (English when that text
    is missing); no rows only when the content has no table there."""
    text = handbook.text(REPORT_SECTION, lang) or handbook.text(REPORT_SECTION, SOURCE_LANGUAGE)
    if text is None:
        return REPORT_SECTION, []
    from interact_desktop.core.content.markdown_html import make_converter

    root = ET.fromstring(f"<div>{make_converter().convert(text.body)}</div>")
    table = root.find(".//table")
    if table is None:
        return text.title, []
    needs = []
    for row in table.iter("tr"):
        cells = ["".join(cell.itertext()).strip() for cell in row.findall("td")]
        if cells and cells[0]:
            needs.append(PoliceNeed(cells[0], cells[-1] if len(cells) > 2 else ""))
    return text.title, needs


def when(moment: dt.datetime) -> str:
    """A date and time as people in every language of the guide write it: 07/12/2026 14:05."""
    return f"{moment:%d/%m/%Y %H:%M}"


def step_sentence(handbook: Handbook, flowchart: Flowchart, step: Step, lang: str) -> str:
    """One step of the run as a sentence in ``lang``."""
    label = handbook.export_label(STEP_LABELS.get(step.kind, "police-step-done"), lang)
    if step.kind == STARTED:
        what = localized(flowchart.title, lang)
    elif step.kind == MOMENT and step.moment is not None:
        what = when(step.moment)
    else:
        node = next((n for n in flowchart.nodes if n.id == step.node), None)
        what = localized(node.label, lang) if node is not None else step.text
    answer = ""
    if step.kind == CHOSEN:
        edge = step.edge(flowchart)
        answer = localized(edge.label, lang) if edge is not None else ""
        if not answer and edge is not None:
            answer = localized(flowchart.node(edge.target).label, lang)
    return label.replace("%1", what).replace("%2", answer)


def timeline(steps: tuple[Step, ...], keep: int) -> tuple[list[Step], int]:
    """At most ``keep`` steps for one page: the first (the start) and the latest, with how many
    earlier ones were left out between them. Nothing is left out silently: the count is said."""
    if len(steps) <= keep:
        return list(steps), 0
    latest = max(keep - 1, 1)
    shown = [steps[0], *steps[len(steps) - latest :]]
    return shown, len(steps) - len(shown)
