"""Checklists in the notebook, as a user meets them: plaintext drafts move in on the first unlock,
a checklist attached to a case is saved as it is typed and listed on the case page, finalising it
writes the timeline, and locking empties the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from interact_desktop.core.forms.answers import FilledChecklist
from interact_desktop.core.notebook.store import Notebook
from interact_desktop.ui.notebook.case_checklists import NotebookDrafts
from tests.helpers.notebook_ui import (
    PASSPHRASE,
    attach,
    create,
    dialog_of,
    texts_in,
    unlock,
)

SECRET = "Zqvxelmorant by the ferry"


def unlock_with_enter(qtbot, window) -> None:
    """Type the passphrase and press Enter (the prompt was just shown: no layout to click on)."""
    dialog = dialog_of(window)
    with qtbot.waitSignal(window.notebook.controller.unlocked, timeout=10_000):
        QTest.keyClicks(dialog.passphrase, PASSPHRASE)
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def fill_required(form) -> None:
    """Answers for every required item, as a person would have given them."""
    for item in form.checklist.items:
        if item.required:
            form.filled.answers[item.id] = {
                "date": "2026-11-25", "datetime": "2026-11-25T10:00", "number": 1,
                "yesno": "yes", "multichoice": [c.id for c in item.choices[:1]],
            }.get(item.type, item.choices[0].id if item.choices else "noted")  # fmt: skip


def open_case_checklists(window, qtbot, reference: str = "X-17"):
    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    case = view.new_case(reference)
    view.tabs.setCurrentWidget(view.checklists)
    return view, case


def test_first_unlock_moves_the_json_drafts_in_and_removes_their_files(window, qtbot, handbook):
    folder = window.drafts.plaintext.folder
    for draft_id, template in (("first", "missing-first-hours"), ("second", "risk-assessment")):
        filled = FilledChecklist.new(handbook.checklists[template])
        filled.answers["last-seen-place"] = "Platform 4"
        window.drafts.save(draft_id, filled)
    assert len(list(folder.glob("*.json"))) == 2

    window.notebook.show_notebook()
    create(qtbot, window.notebook.view)
    assert list(folder.iterdir()) == []
    assert isinstance(window.drafts.current, NotebookDrafts)
    assert sorted(draft_id for draft_id, _ in window.drafts.list()) == ["first", "second"]
    box = window.findChild(QMessageBox, "draftsMovedMessage")
    assert box is not None and box.isVisible() and "2 checklists" in box.text()
    box.accept()
    window.checklists.fill_drafts_menu()
    titles = [action.text() for action in window.checklists.drafts_menu.actions()]
    for template in ("missing-first-hours", "risk-assessment"):
        assert any(t.startswith(handbook.checklists[template].title["en"]) for t in titles)
    assert window.open_draft("first")
    assert window.form.field("last-seen-place").text() == "Platform 4"

    window.notebook.lock()  # a second unlock has nothing to move and says nothing
    window.notebook.show_notebook()
    unlock_with_enter(
        qtbot, window
    )  # Enter: a second click on the same spot reads as a double click
    assert window.findChild(QMessageBox, "draftsMovedMessage") is None


def test_while_locked_a_checklist_asks_for_the_notebook_and_is_never_plaintext(window, qtbot):
    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    window.notebook.lock()
    window.open_place("checklist:missing-first-hours")
    assert window.fill_checklist("missing-first-hours")
    assert view.isVisible() and "Unlock it" in dialog_of(window).message.text()
    assert window.aside is not window.checklists.form
    window.checklists.fill_drafts_menu()
    assert [a.text() for a in window.checklists.drafts_menu.actions()] == [
        "Unlock the notebook to see saved checklists…"
    ]

    unlock(qtbot, view)  # the checklist asked for opens at once, saved in the notebook
    form = window.form
    assert form.isVisible() and not view.isVisible() and form.checklist.id == "missing-first-hours"
    QTest.keyClicks(form.field("last-seen-place"), "Harbour")
    form.save_now()
    assert view.controller.load_checklist(form.draft_id).answers["last-seen-place"] == "Harbour"
    assert list(window.drafts.plaintext.folder.glob("*")) == []


def test_an_attached_checklist_is_saved_listed_finalised_and_emptied_by_ctrl_l(
    window, qtbot, handbook, monkeypatch
):
    view, case = open_case_checklists(window, qtbot)
    assert view.checklists.list.topLevelItemCount() == 0
    assert "No checklist" in view.checklists.intro.text()
    form = attach(window, qtbot, view, handbook)
    draft = form.draft_id
    controller = view.controller
    QTest.keyClicks(form.field("last-seen-place"), SECRET)
    qtbot.waitUntil(
        lambda: controller.load_checklist(draft).answers.get("last-seen-place") == SECRET,
        timeout=2_000,
    )
    assert [d for d, _ in controller.checklists(case)] == [draft]

    form.close_button.click()  # back to the case page
    assert view.isVisible() and view.case_id == case and not form.isVisible()
    row = view.checklists.list.topLevelItem(0)
    title = handbook.checklists["missing-first-hours"].title["en"]
    assert row.text(0) == title and row.text(2) == "Being filled in" and row.text(3) == "—"

    view.checklists.list.setCurrentItem(row)
    view.checklists.open_button.click()
    assert window.form.isVisible() and window.form.draft_id == draft
    fill_required(form)
    assert form.finalise()
    window.notebook.show_notebook()
    row = view.checklists.list.topLevelItem(0)
    assert row.text(2) == "Finalised" and row.toolTip(2) == (
        "Finalised " + form.filled.finalised.replace("T", " ")[:16]
    )
    view.tabs.setCurrentIndex(1)
    entries = [view.timeline.item(i).text() for i in range(view.timeline.count())]
    assert [e for e in entries if e.endswith(f"[checklist finalised] — {title}")]

    form = attach(window, qtbot, view, handbook, "risk-assessment")
    yes = handbook.checklists["risk-assessment"].item("journey-debt").choices[0].label["en"]
    for item_id in ("journey-debt", "control-documents"):
        button = next(r for r in form.field(item_id).findChildren(QAbstractButton)
                      if r.text() == yes)  # fmt: skip
        button.click()
    assert form.banner.isVisible()
    typed = form.field("participants")
    typed.setFocus()
    QTest.keyClicks(typed, SECRET)
    assert any(SECRET in text for text in texts_in(window))
    QTest.keyClick(typed, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock at once
    assert not controller.is_unlocked
    assert not window.form.isVisible() and window.reader.isVisible()
    leaks = [text for text in texts_in(window) if "Zqvx" in text]
    assert leaks == []

    notebook = Notebook.open(controller.folder, PASSPHRASE)  # what was typed was saved first
    try:
        bodies = [c.body for c in notebook.checklists.all(case)]
        assert len(bodies) == 2 and any(SECRET in body for body in bodies)
    finally:
        notebook.lock()
    window.notebook.show_notebook()
    unlock_with_enter(qtbot, window)
    view.open_case(case)
    alerts = [view.checklists.list.topLevelItem(i).text(3) for i in range(2)]
    assert "High" in alerts or "Medium" in alerts

    view.checklists.list.setCurrentItem(view.checklists.list.topLevelItem(0))
    view.checklists.detach_button.click()
    assert view.checklists.list.topLevelItemCount() == 1
    assert len(controller.checklists()) == 2  # detached, not deleted
