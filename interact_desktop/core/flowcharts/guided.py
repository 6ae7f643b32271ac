"""Guided response: one step of a flowchart at a time, against the clock.

The user sets the moment the response counts from (when the child was last seen, when the
disappearance was noticed); every deadline of the flowchart is counted from that moment. Each step
taken is kept with its time and reported to a :class:`TimelineSink` — the case timeline of the
notebook, for instance — so the path taken can be written into a case report afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple, Protocol

from interact_desktop.core.content.model import localized
from interact_desktop.core.content.tool_model import Flowchart, FlowEdge, FlowNode

Clock = Callable[[], dt.datetime]

UPCOMING = "upcoming"
DUE_SOON = "due-soon"
OVERDUE = "overdue"
DONE = "done"

DUE_SOON_SHARE = 0.25  # the last quarter of a step's time is "due soon"...
DUE_SOON_AT_LEAST = dt.timedelta(minutes=15)  # ...and never less than a quarter of an hour

# What the timeline records: kinds of steps.
STARTED, MOMENT, TICKED, CHOSEN, ENDED = (
    "flowchart-start",
    "flowchart-moment",
    "flowchart-done",
    "flowchart-choice",
    "flowchart-end",
)


class TimelineSink(Protocol):
    """Where steps go as they are taken (e.g. a case's timeline in the notebook)."""

    def record(self, kind: str, text: str, at: str) -> None: ...


# How each kind of step reads in a case timeline, whatever the language: the notebook keeps one
# kind for all of them ("flowchart-step"), so the mark in front of the text tells them apart.
TIMELINE_MARKS = {STARTED: "▶", MOMENT: "◷", TICKED: "✓", CHOSEN: "→", ENDED: "■"}


#: Writes one timeline entry: (case_id, kind, text, at, lang), as ``Notebook.timeline.add``.
AddEntry = Callable[[int, str, str, str, str], object]


class NotebookTimeline:
    """A case's timeline in the encrypted notebook as a sink. It takes the function that writes
    an entry rather than the notebook, so the window can pass one that goes through its adapter
    (and stops when the notebook locks) and this module needs nothing of the notebook's."""

    def __init__(self, add_entry: AddEntry, case_id: int, lang: str = "en") -> None:
        self.add_entry = add_entry
        self.case_id = case_id
        self.lang = lang

    def record(self, kind: str, text: str, at: str) -> None:
        text = f"{TIMELINE_MARKS.get(kind, '•')} {text}"
        self.add_entry(self.case_id, "flowchart-step", text, at, self.lang)


class Step(NamedTuple):
    kind: str  # one of the kinds above
    node: str
    text: str
    at: dt.datetime
    target: str = ""  # a choice: the step the answer leads to (its edge, with ``node``)
    moment: dt.datetime | None = None  # a new moment to count from

    def edge(self, flowchart: Flowchart) -> FlowEdge | None:
        """The branch a choice took, so the summary can say the answer in any language."""
        return next((e for e in flowchart.outgoing(self.node) if e.target == self.target), None)


class GuidedError(Exception):
    """A step that the flowchart does not allow from where the run is."""


class FutureMoment(GuidedError):
    """A moment to count from that has not happened yet: deadlines counted from it would all
    look comfortably far away, which is the one mistake a guided response must not make."""


#: How far ahead of the clock a moment may be (a clock a minute fast is not the future).
FUTURE_TOLERANCE = dt.timedelta(minutes=1)

#: Words for the entry "counting from" in the timeline: the moment, as the user reads it.
MomentWords = Callable[[dt.datetime], str]


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


class GuidedRun:
    """A walk through ``flowchart`` in ``lang``; the start is recorded when the run begins."""

    def __init__(
        self,
        flowchart: Flowchart,
        lang: str,
        sink: TimelineSink | None = None,
        clock: Clock = dt.datetime.now,
        moment: dt.datetime | None = None,
        moment_words: MomentWords = _iso,
    ) -> None:
        self.flowchart = flowchart
        self.lang = lang
        self.sink = sink
        self.clock = clock
        self.moment_words = moment_words
        self.started = clock()
        self.moment = moment or self.started
        self._steps: list[Step] = []
        self._done: set[str] = set()
        start = next((n for n in flowchart.nodes if n.kind == "start"), flowchart.nodes[0])
        self.current: FlowNode = start
        self._record(STARTED, start.id, localized(flowchart.title, lang))
        self._done.add(start.id)
        following = flowchart.outgoing(start.id)
        if len(following) == 1:
            self._move(following[0])

    # -- where the run is ---------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.current.kind == "end" or not self.choices()

    def choices(self) -> list[FlowEdge]:
        """The branches out of the current step (one for an action, several at a decision)."""
        return self.flowchart.outgoing(self.current.id)

    def path(self) -> list[Step]:
        """The steps taken so far, oldest first, for the case report."""
        return list(self._steps)

    # -- moving on ----------------------------------------------------------------------------

    def tick(self) -> None:
        """The current action is done: go to the step after it."""
        choices = self.choices()
        if self.current.kind == "decision" or len(choices) != 1:
            raise GuidedError(f"'{self.current.id}' needs a choice, not a tick")
        self._record(TICKED, self.current.id, self._label(self.current))
        self._done.add(self.current.id)
        self._move(choices[0])

    def choose(self, edge: FlowEdge) -> None:
        """Answer the current decision with one of its branches."""
        if edge not in self.choices():
            raise GuidedError(f"'{edge.source}' -> '{edge.target}' does not leave the current step")
        answer = localized(edge.label, self.lang)
        text = f"{self._label(self.current)} → {answer}" if answer else self._label(self.current)
        self._record(CHOSEN, self.current.id, text, target=edge.target)
        self._done.add(self.current.id)
        self._move(edge)

    def set_moment(self, moment: dt.datetime) -> None:
        """Count deadlines from ``moment`` (when the absence was noticed). A moment in the future
        raises :class:`FutureMoment` and changes nothing."""
        if moment > self.clock() + FUTURE_TOLERANCE:
            raise FutureMoment(f"{_iso(moment)} is in the future")
        self.moment = moment
        self._record(MOMENT, self.current.id, self.moment_words(moment), moment=moment)

    def _move(self, edge: FlowEdge) -> None:
        self.current = self.flowchart.node(edge.target)
        if self.current.kind == "end":
            self._record(ENDED, self.current.id, self._label(self.current))
            self._done.add(self.current.id)

    def _record(
        self, kind: str, node: str, text: str, target: str = "",
        moment: dt.datetime | None = None,
    ) -> None:  # fmt: skip
        at = self.clock()
        self._steps.append(Step(kind, node, text, at, target, moment))
        if self.sink is not None:
            self.sink.record(kind, text, _iso(at))

    def _label(self, node: FlowNode) -> str:
        return localized(node.label, self.lang)

    # -- time ---------------------------------------------------------------------------------

    def elapsed(self) -> dt.timedelta:
        """Time since the moment the response counts from."""
        return self.clock() - self.moment

    def deadline(self, node_id: str) -> dt.datetime | None:
        minutes = self.flowchart.node(node_id).deadline_minutes
        return None if minutes is None else self.moment + dt.timedelta(minutes=minutes)

    def remaining(self, node_id: str) -> dt.timedelta | None:
        deadline = self.deadline(node_id)
        return None if deadline is None else deadline - self.clock()

    def status(self, node_id: str) -> str | None:
        """done, overdue, due-soon or upcoming; None for a step without a deadline."""
        if node_id in self._done:
            return DONE
        remaining = self.remaining(node_id)
        if remaining is None:
            return None
        if remaining < dt.timedelta(0):
            return OVERDUE
        window = dt.timedelta(minutes=self.flowchart.node(node_id).deadline_minutes or 0)
        if remaining <= max(window * DUE_SOON_SHARE, DUE_SOON_AT_LEAST):
            return DUE_SOON
        return UPCOMING

    def is_done(self, node_id: str) -> bool:
        return node_id in self._done
