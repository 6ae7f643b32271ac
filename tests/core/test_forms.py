"""The checklist engine: conditions, checks, alert rules, progress, and the draft store."""

from __future__ import annotations

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.forms.answers import FilledChecklist
from interact_desktop.core.forms.drafts import JsonDraftStore, new_draft_id
from interact_desktop.core.forms.engine import FormState
from tests.conftest import REPO

HANDBOOK = load_handbook(REPO / "content")
FIRST_HOURS = HANDBOOK.checklists["missing-first-hours"]
RISK = HANDBOOK.checklists["risk-assessment"]


def test_conditional_item_appears_once_its_condition_holds():
    filled = FilledChecklist.new(FIRST_HOURS)
    assert "sis-alert" not in [i.id for i in FormState(FIRST_HOURS, filled).visible]
    filled.answers["reported-at"] = "2026-11-25T22:10"
    assert "sis-alert" in [i.id for i in FormState(FIRST_HOURS, filled).visible]


def test_required_invalid_and_out_of_range_answers_are_reported():
    filled = FilledChecklist.new(FIRST_HOURS)
    filled.answers.update({"premises-searched": "maybe", "previous-episodes": 250})
    issues = {issue.item: issue.kind for issue in FormState(FIRST_HOURS, filled).issues()}
    assert issues["noticed-at"] == "required"
    assert issues["premises-searched"] == "invalid"
    assert issues["previous-episodes"] == "range"
    assert not FormState(FIRST_HOURS, filled).can_finalise()


def test_alerts_follow_the_rules_high_first():
    filled = FilledChecklist.new(RISK)
    assert FormState(RISK, filled).alerts() == []
    filled.answers.update({"journey-debt": "yes", "control-documents": "yes",
                           "move-missing-before": "yes"})  # fmt: skip
    alerts = FormState(RISK, filled).alerts()
    assert [a.id for a in alerts] == ["signs-of-trafficking", "risk-of-going-missing"]
    assert alerts[0].flowchart == "prevention-pathway" and alerts[0].message["el"]


def test_progress_counts_only_shown_items():
    filled = FilledChecklist.new(FIRST_HOURS)
    answered, shown = FormState(FIRST_HOURS, filled).progress()
    assert answered == 0 and shown == len(FIRST_HOURS.items) - 1  # sis-alert is hidden
    filled.answers["noticed-at"] = "2026-11-25T21:00"
    assert FormState(FIRST_HOURS, filled).progress()[0] == 1


def test_older_answers_survive_a_newer_template(tmp_path):
    filled = FilledChecklist.new(FIRST_HOURS)
    filled.version = FIRST_HOURS.version - 1
    filled.answers.update({"noticed-at": "2026-11-25T21:00", "item-removed-since": "kept"})
    store = JsonDraftStore(tmp_path)
    draft = new_draft_id()
    store.save(draft, filled)
    again = store.load(draft)
    assert again.unknown_answers(FIRST_HOURS) == {"item-removed-since": "kept"}
    assert FormState(FIRST_HOURS, again).progress()[0] == 1


def test_draft_store_lists_loads_and_deletes(tmp_path):
    store = JsonDraftStore(tmp_path / "drafts")
    first, second = new_draft_id(), new_draft_id()
    a = FilledChecklist.new(FIRST_HOURS)
    a.updated = "2026-11-25T10:00:00"
    b = FilledChecklist.new(RISK)
    b.updated = "2026-11-25T11:00:00"
    store.save(first, a)
    store.save(second, b)
    assert [draft for draft, _ in store.list()] == [second, first]
    (tmp_path / "drafts" / "broken.json").write_text("{", encoding="utf-8")
    assert len(store.list()) == 2
    store.delete(first)
    assert store.load(first) is None


def test_repeatable_group_rows_are_checked_by_field():
    checklist = HANDBOOK.checklists["identifying-information"]
    group = checklist.item("known-contacts")
    assert group.type == "group" and [f.id for f in group.fields] == ["name", "relation", "phone"]
    filled = FilledChecklist.new(checklist)
    filled.answers["known-contacts"] = [{"name": "Aunt", "phone": "+30 …"}, {"name": "Y"}]
    assert "known-contacts" not in {i.item for i in FormState(checklist, filled).issues()}
    filled.answers["known-contacts"] = [{"age": 3}]
    issues = {i.item: i.detail for i in FormState(checklist, filled).issues()}
    assert "unknown field 'age'" in issues["known-contacts"]
