"""Exercise runs: injects revealed on time (fake clock), decisions kept, damaged files reported."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.exercises.run import ExerciseError, ExerciseRun
from interact_desktop.core.exercises.store import ExerciseStore
from tests.conftest import REPO

HANDBOOK = load_handbook(REPO / "content")
ABENA = HANDBOOK.scenarios["abena"]
T0 = dt.datetime(2026, 11, 25, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def started(**details) -> ExerciseRun:
    return ExerciseRun.start(ABENA, "el", T0, **details)


def test_injects_are_revealed_when_their_minute_has_passed():
    run = started()
    assert [i.id for i in run.reveal_due(ABENA, T0)] == ["arrival-italy"]
    assert run.next_inject(ABENA).id == "warning-signs"
    assert run.seconds_until(run.next_inject(ABENA), at(10)) == 120
    assert run.reveal_due(ABENA, at(11.99)) == []
    assert [i.id for i in run.reveal_due(ABENA, at(12))] == ["warning-signs"]
    assert run.revealed["warning-signs"] == at(12).isoformat()
    # Nobody pressed anything for a while: all that is due comes at once, in time order.
    assert [i.id for i in run.reveal_due(ABENA, at(40))] == ["missing-italy", "alerts-and-channels"]
    assert run.reveal_due(ABENA, at(40)) == []


def test_the_facilitator_may_reveal_early_and_the_next_one_is_then_later():
    run = started()
    run.reveal_due(ABENA, T0)
    run.reveal(ABENA, "warning-signs", at(3))
    assert run.revealed["warning-signs"] == at(3).isoformat()
    assert run.next_inject(ABENA).id == "missing-italy"
    assert run.seconds_until(run.next_inject(ABENA), at(3)) == 21 * 60
    run.reveal(ABENA, "warning-signs", at(5))  # a second press changes nothing
    assert run.revealed["warning-signs"] == at(3).isoformat()
    with pytest.raises(ExerciseError, match="no inject 'nope'"):
        run.reveal(ABENA, "nope", at(5))


def test_decisions_only_for_revealed_injects_and_never_empty():
    run = started()
    run.reveal_due(ABENA, T0)
    with pytest.raises(ExerciseError, match="not been revealed"):
        run.record("warning-signs", "Call the police", "Group A", at(1))
    with pytest.raises(ExerciseError, match="needs some text"):
        run.record("arrival-italy", "   ", "Group A", at(1))
    run.record("arrival-italy", "  Appoint a guardian today ", " Group A ", at(2))
    assert run.decisions_for("arrival-italy")[0].text == "Appoint a guardian today"
    assert run.decisions_for("arrival-italy")[0].who == "Group A"


def test_finishing_stops_the_clock_and_the_record():
    run = started()
    run.reveal_due(ABENA, T0)
    run.finish(at(30))
    assert run.elapsed(at(90)) == 30 * 60
    assert run.reveal_due(ABENA, at(90)) == []
    with pytest.raises(ExerciseError, match="finished"):
        run.record("arrival-italy", "Too late", "", at(91))


def test_a_finished_exercise_refuses_reveals_and_records_and_stays_as_it_was():
    run = started()
    run.reveal_due(ABENA, T0)
    run.record("arrival-italy", "Guardian today", "Group A", at(2))
    run.finish(at(30))
    before = run.to_json()
    with pytest.raises(ExerciseError, match="finished: no more injects can be revealed"):
        run.reveal(ABENA, "warning-signs", at(31))
    with pytest.raises(ExerciseError, match="or decisions recorded"):
        run.record("arrival-italy", "Too late", "Group A", at(31))
    assert run.to_json() == before
    assert list(run.revealed) == ["arrival-italy"]


def test_decisions_are_saved_and_read_back_whole(tmp_path):
    store = ExerciseStore(tmp_path / "exercises")
    run = started(facilitator="Maria K.", group="Police and social services")
    run.reveal_due(ABENA, at(12))
    run.record("arrival-italy", "Ορισμός επιτρόπου σήμερα\nκαι διερμηνέας", "Ομάδα Α", at(4))
    run.record("warning-signs", "Safety plan with the child", "Group B", at(14))
    store.save(run)
    again = ExerciseStore(tmp_path / "exercises").load(run.id)
    assert again == run
    assert again.decisions_for("arrival-italy")[0].text.endswith("και διερμηνέας")
    assert list(again.revealed) == ["arrival-italy", "warning-signs"]


def test_every_file_says_it_is_fictional_and_an_unmarked_one_is_refused(tmp_path):
    store = ExerciseStore(tmp_path)
    run = started()
    store.save(run)
    data = json.loads(store.path(run.id).read_text("utf-8"))
    assert data["fictional"] is True
    data["fictional"] = False
    store.path(run.id).write_text(json.dumps(data), "utf-8")
    with pytest.raises(ExerciseError, match="fictional"):
        store.load(run.id)


def test_list_newest_first_resume_and_delete(tmp_path):
    store = ExerciseStore(tmp_path)
    older, newer = started(), ExerciseRun.start(ABENA, "en", at(60))
    store.save(older)
    store.save(newer)
    assert [r.id for r in store.list().runs] == [newer.id, older.id]
    resumed = store.load(older.id)
    resumed.reveal_due(ABENA, at(1))
    resumed.record("arrival-italy", "Resumed after a restart", "", at(61))
    store.save(resumed)
    assert store.load(older.id).decisions[0].text == "Resumed after a restart"
    store.delete(newer.id)
    assert [r.id for r in store.list().runs] == [older.id]
    with pytest.raises(ExerciseError, match="no exercise run"):
        store.load(newer.id)


@pytest.mark.parametrize(
    "content, problem",
    [
        ("{half a file", "not valid JSON"),
        ("[]", "not an exercise run"),
        ('{"fictional": true, "id": 3}', "'id' must be a text"),
        ('{"fictional": true, "id": "x", "scenario": "abena", "lang": "el", "started": "soon"}',
         "not a date and time"),
        ('{"fictional": true, "id": "x", "scenario": "abena", "lang": "el", '
         '"started": "2026-11-25T14:00:00", "decisions": [7]}', "not an object"),
        (b"\xff\xfe\x00", "cannot be read"),
    ],
)  # fmt: skip
def test_a_damaged_file_is_reported_and_the_others_still_listed(tmp_path, content, problem):
    store = ExerciseStore(tmp_path)
    good = started()
    store.save(good)
    damaged = tmp_path / "damaged.json"
    if isinstance(content, bytes):
        damaged.write_bytes(content)
    else:
        damaged.write_text(content, "utf-8")
    listing = store.list()
    assert [r.id for r in listing.runs] == [good.id]
    assert [b.path for b in listing.broken] == [damaged]
    assert problem in listing.broken[0].problem and "damaged.json" in listing.broken[0].problem
    with pytest.raises(ExerciseError, match=problem):
        store.load("damaged")


def test_run_ids_cannot_leave_the_folder(tmp_path):
    with pytest.raises(ExerciseError, match="not a run id"):
        ExerciseStore(tmp_path).path("../settings")
