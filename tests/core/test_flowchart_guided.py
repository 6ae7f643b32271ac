"""Guided response: steps, choices, deadlines from the set moment, and what the timeline gets."""

from __future__ import annotations

import datetime as dt

import pytest

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.flowcharts.guided import (
    CHOSEN,
    DONE,
    DUE_SOON,
    ENDED,
    MOMENT,
    OVERDUE,
    STARTED,
    TICKED,
    UPCOMING,
    FutureMoment,
    GuidedError,
    GuidedRun,
    NotebookTimeline,
)
from tests.conftest import REPO

FLOWCHART = load_handbook(REPO / "content").flowcharts["child-missing"]
T0 = dt.datetime(2026, 11, 25, 18, 0)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: int) -> None:
        self.now += dt.timedelta(minutes=minutes)


class Sink:
    def __init__(self) -> None:
        self.records: list[tuple[str, str, str]] = []

    def record(self, kind: str, text: str, at: str) -> None:
        self.records.append((kind, text, at))


def edge_to(run: GuidedRun, target: str):
    return next(e for e in run.choices() if e.target == target)


def test_a_run_through_child_missing_records_every_step_with_its_time():
    clock, sink = Clock(), Sink()
    run = GuidedRun(FLOWCHART, "el", sink, clock)
    assert run.current.id == "search"
    clock.advance(20)
    run.tick()
    assert run.current.id == "found-quickly"
    clock.advance(1)
    run.choose(edge_to(run, "danger"))
    clock.advance(2)
    run.choose(edge_to(run, "report-police"))
    for minutes in (30, 40, 60, 600):
        clock.advance(minutes)
        run.tick()
    assert run.current.id == "found-24h"
    clock.advance(5)
    run.choose(edge_to(run, "ongoing"))
    assert run.finished
    kinds = [kind for kind, _, _ in sink.records]
    assert kinds == [STARTED, TICKED, CHOSEN, CHOSEN, TICKED, TICKED, TICKED, TICKED, CHOSEN,
                     ENDED]  # fmt: skip
    assert sink.records[0][2] == "2026-11-25T18:00:00"
    assert sink.records[1] == (TICKED, FLOWCHART.node("search").label["el"], "2026-11-25T18:20:00")
    assert sink.records[2][1].endswith("→ Όχι")
    assert [step.node for step in run.path()][-2:] == ["found-24h", "ongoing"]
    assert [step.at for step in run.path()] == sorted(step.at for step in run.path())
    assert len(run.path()) == len(sink.records)


def test_deadline_status_follows_the_clock_from_the_set_moment():
    clock = Clock()
    run = GuidedRun(FLOWCHART, "en", None, clock)
    run.set_moment(T0 - dt.timedelta(minutes=10))  # last seen ten minutes ago
    assert run.path()[-1].kind == MOMENT
    assert run.elapsed() == dt.timedelta(minutes=10)
    # "report-police" is due within 60 minutes of the moment.
    assert run.status("report-police") == UPCOMING
    clock.advance(40)  # 50 minutes since the moment: 10 left of 60
    assert run.status("report-police") == DUE_SOON
    assert run.remaining("report-police") == dt.timedelta(minutes=10)
    clock.advance(11)
    assert run.status("report-police") == OVERDUE
    assert run.status("found-quickly") is None  # a decision has no deadline
    run.tick()
    assert run.status("search") == DONE


def test_wrong_moves_are_refused():
    run = GuidedRun(FLOWCHART, "en", None, Clock())
    run.tick()
    with pytest.raises(GuidedError):
        run.tick()  # a decision needs a choice
    other = FLOWCHART.outgoing("inform")[0]
    with pytest.raises(GuidedError):
        run.choose(other)


def test_the_steps_land_in_a_case_timeline_of_the_notebook(tmp_path):
    from interact_desktop.core.notebook.store import Notebook

    notebook = Notebook.create(tmp_path / "nb", "correct horse battery staple")
    try:
        case = notebook.cases.add("Case A-17")
        clock = Clock()
        run = GuidedRun(FLOWCHART, "fr", NotebookTimeline(notebook.timeline.add, case, "fr"), clock)
        clock.advance(5)
        run.tick()
        assert notebook.timeline.lines(case) == [
            ("2026-11-25T18:00:00", "flowchart-step", f"▶ {FLOWCHART.title['fr']}"),
            ("2026-11-25T18:05:00", "flowchart-step", f"✓ {FLOWCHART.node('search').label['fr']}"),
        ]
    finally:
        notebook.lock()


def test_a_moment_in_the_future_is_refused_and_changes_nothing():
    clock = Clock()
    run = GuidedRun(FLOWCHART, "en", None, clock, moment_words=lambda m: f"from {m:%H:%M}")
    before = (run.moment, run.path())
    with pytest.raises(FutureMoment):
        run.set_moment(T0 + dt.timedelta(hours=2))
    assert (run.moment, run.path()) == before
    run.set_moment(T0 + dt.timedelta(seconds=30))  # a clock half a minute fast is not the future
    assert run.path()[-1].text == f"from {T0 + dt.timedelta(seconds=30):%H:%M}"
