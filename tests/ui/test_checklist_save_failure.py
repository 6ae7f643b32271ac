"""A checklist whose autosave meets a full disk before any notebook exists (the plaintext drafts):
nothing escapes into the event loop, the form names the failure as the core classifies it, and the
answers stay in memory until a later save writes them."""

from __future__ import annotations

import errno

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from interact_desktop.core.atomic import injected_fault
from interact_desktop.core.forms.answers import FilledChecklist
from interact_desktop.core.forms.drafts import JsonDraftStore
from interact_desktop.ui.checklists.checklist_form import ChecklistForm

ITEM = "last-seen-place"


def shown_problem(form: ChecklistForm) -> str:
    label = form.findChild(QLabel, "checklistSaveProblem")
    return label.text() if label is not None and label.isVisible() else ""


def test_a_full_disk_under_the_drafts_is_named_and_the_answers_are_kept(qtbot, handbook, tmp_path):
    store = JsonDraftStore(tmp_path / "drafts")
    form = ChecklistForm(handbook, store)
    qtbot.addWidget(form)
    form.show()
    draft_id = form.start(handbook.checklists["missing-first-hours"])
    with injected_fault("write", errno.ENOSPC):
        QTest.keyClicks(form.field(ITEM), "Bus station")
        # The autosave runs from its timer, in the event loop, and fails there.
        qtbot.waitUntil(lambda: bool(shown_problem(form)), timeout=3_000)
        problem = form.findChild(QLabel, "checklistSaveProblem")
        assert "disk is full" in problem.text()
        assert form.unsaved == [draft_id]
        assert form.filled.answers[ITEM] == "Bus station"
        assert store.load(draft_id).answers.get(ITEM) is None
        other = handbook.checklists["risk-assessment"]
        form.open(other, "other1", FilledChecklist.new(other))
        assert draft_id in form.unsaved, "opening another checklist keeps the unsaved answers"
    form.save_now()  # space was freed: the next save writes what was kept
    assert store.load(draft_id).answers[ITEM] == "Bus station"
    assert form.unsaved == [] and not problem.isVisible()
