"""One run of a table-top exercise: when it started, which injects were revealed, what was decided.

Time comes from a clock that is passed in (the app's wall clock, a test's fake one), so timing can
be tested without waiting. An inject is due once its minute since the start has passed; the
facilitator may reveal one earlier. Times are kept as ISO strings with the local offset.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from interact_desktop.core.content.tool_model import Inject, Scenario
from interact_desktop.core.languages import LANGUAGES

Clock = Callable[[], dt.datetime]
FORMAT = 1
RUN_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")


def wall_clock() -> dt.datetime:
    """Now, with the local offset: the times in a debrief read as the room's clock did."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


class ExerciseError(Exception):
    """Something the facilitator or a script can act on, with a message to show them."""


@dataclass(frozen=True)
class Decision:
    """What a participant or group decided in answer to one inject, and when it was recorded."""

    inject: str
    text: str
    who: str
    at: str


@dataclass
class ExerciseRun:
    id: str
    scenario: str
    lang: str
    started: str
    facilitator: str = ""
    group: str = ""
    revealed: dict[str, str] = field(default_factory=dict)  # inject id -> when, in reveal order
    decisions: list[Decision] = field(default_factory=list)
    finished: str = ""

    @classmethod
    def start(
        cls,
        scenario: Scenario,
        lang: str,
        now: dt.datetime,
        facilitator: str = "",
        group: str = "",
    ) -> ExerciseRun:
        if lang not in LANGUAGES:
            raise ExerciseError(f"unknown language '{lang}'")
        run_id = f"{now:%Y%m%d-%H%M%S}-{scenario.id}-{uuid.uuid4().hex[:4]}".lower()
        return cls(run_id, scenario.id, lang, now.isoformat(), facilitator.strip(), group.strip())

    # -- timing -------------------------------------------------------------------------------

    def elapsed(self, now: dt.datetime) -> float:
        """Seconds since the start; the clock stops when the run is finished."""
        end = _parse(self.finished) if self.finished else now
        return max(0.0, (end - _parse(self.started)).total_seconds())

    def ordered(self, scenario: Scenario) -> list[Inject]:
        return sorted(scenario.injects, key=lambda inject: inject.minute)

    def next_inject(self, scenario: Scenario) -> Inject | None:
        """The first inject not yet revealed, in the scenario's time order."""
        return next((i for i in self.ordered(scenario) if i.id not in self.revealed), None)

    def seconds_until(self, inject: Inject, now: dt.datetime) -> float:
        """How long until ``inject`` is due (0 when it is due already)."""
        return max(0.0, inject.minute * 60 - self.elapsed(now))

    def reveal_due(self, scenario: Scenario, now: dt.datetime) -> list[Inject]:
        """Reveal every inject whose time has come; returns those newly revealed."""
        if self.finished:
            return []
        due = [
            inject
            for inject in self.ordered(scenario)
            if inject.id not in self.revealed and self.seconds_until(inject, now) == 0
        ]
        for inject in due:
            self.revealed[inject.id] = now.isoformat()
        return due

    def reveal(self, scenario: Scenario, inject_id: str, now: dt.datetime) -> None:
        """Reveal one inject now, before its time if the facilitator wants."""
        self._check_open()
        if inject_id not in {inject.id for inject in scenario.injects}:
            raise ExerciseError(f"no inject '{inject_id}' in scenario '{scenario.id}'")
        self.revealed.setdefault(inject_id, now.isoformat())

    # -- decisions ----------------------------------------------------------------------------

    def record(self, inject_id: str, text: str, who: str, now: dt.datetime) -> Decision:
        self._check_open()
        if inject_id not in self.revealed:
            raise ExerciseError(f"inject '{inject_id}' has not been revealed yet")
        if not text.strip():
            raise ExerciseError("a decision needs some text")
        decision = Decision(inject_id, text.strip(), who.strip(), now.isoformat())
        self.decisions.append(decision)
        return decision

    def decisions_for(self, inject_id: str) -> list[Decision]:
        return [decision for decision in self.decisions if decision.inject == inject_id]

    def finish(self, now: dt.datetime) -> None:
        if not self.finished:
            self.finished = now.isoformat()

    def _check_open(self) -> None:
        """A finished run is the record the debrief was written from: it takes nothing more."""
        if self.finished:
            raise ExerciseError(
                "the exercise is finished: no more injects can be revealed or decisions recorded"
            )

    # -- files --------------------------------------------------------------------------------

    def to_json(self) -> str:
        data = {
            "fictional": True,
            "format": FORMAT,
            "id": self.id,
            "scenario": self.scenario,
            "lang": self.lang,
            "started": self.started,
            "finished": self.finished,
            "facilitator": self.facilitator,
            "group": self.group,
            "revealed": [{"inject": key, "at": at} for key, at in self.revealed.items()],
            "decisions": [
                {"inject": d.inject, "text": d.text, "who": d.who, "at": d.at}
                for d in self.decisions
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> ExerciseRun:
        """A run read back; ExerciseError names what is wrong with a damaged file."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ExerciseError(f"not valid JSON (line {error.lineno}: {error.msg})") from None
        if not isinstance(data, dict):
            raise ExerciseError("not an exercise run")
        if data.get("fictional") is not True:
            raise ExerciseError('not marked "fictional": true; only training runs belong here')
        try:
            run = cls(
                id=_text(data, "id"),
                scenario=_text(data, "scenario"),
                lang=_text(data, "lang"),
                started=_time(data, "started"),
                facilitator=_text(data, "facilitator", ""),
                group=_text(data, "group", ""),
                revealed={_text(r, "inject"): _time(r, "at") for r in _list(data, "revealed")},
                decisions=[_decision(entry) for entry in _list(data, "decisions")],
                finished=_time(data, "finished", ""),
            )
        except (TypeError, AttributeError):
            raise ExerciseError("an entry is not an object") from None
        if not RUN_ID.match(run.id):
            raise ExerciseError(f"'{run.id}' is not a run id")
        if run.lang not in LANGUAGES:
            raise ExerciseError(f"unknown language '{run.lang}'")
        return run


def _decision(data: dict[str, Any]) -> Decision:
    return Decision(_text(data, "inject"), _text(data, "text"), _text(data, "who", ""),
                    _time(data, "at"))  # fmt: skip


def _text(data: dict[str, Any], key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise ExerciseError(f"'{key}' must be a text")
    return value


def _time(data: dict[str, Any], key: str, default: str | None = None) -> str:
    value = _text(data, key, default)
    if value:
        try:
            _parse(value)
        except ValueError:
            raise ExerciseError(f"'{key}' is not a date and time: {value!r}") from None
    return value


def _list(data: dict[str, Any], key: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ExerciseError(f"'{key}' must be a list")
    return value


def _parse(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.astimezone()
