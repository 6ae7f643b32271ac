"""Filling a checklist in the window: autosave, marks, alerts, finalise, duplicate, drafts."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMessageBox


def start(window, checklist_id: str):
    window.open_place(f"checklist:{checklist_id}")
    window.reader.anchorClicked.emit(QUrl(f"fill:{checklist_id}"))
    form = window.form
    assert form.isVisible() and form.objectName() == "checklistForm"
    return form


def radio(form, item_id: str, text: str) -> QAbstractButton:
    box = form.field(item_id)
    return next(r for r in box.findChildren(QAbstractButton) if r.text() == text)


def test_an_answer_is_saved_within_two_seconds(window, qtbot):
    form = start(window, "missing-first-hours")
    field = form.field("last-seen-place")
    assert isinstance(field, QLineEdit)
    QTest.keyClicks(field, "Bus station")
    qtbot.waitUntil(
        lambda: window.drafts.load(form.draft_id).answers.get("last-seen-place") == "Bus station",
        timeout=2_000,
    )


def test_required_and_invalid_answers_are_marked_and_block_finalising(window, qtbot, monkeypatch):
    form = start(window, "missing-first-hours")
    QTest.keyClicks(form.field("previous-episodes"), "250")
    label = form.label_of("previous-episodes").text()
    assert "0–100" in label
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args))
    assert form.finalise() is False
    assert warnings and form.filled.finalised is None
    assert "*" in form.label_of("noticed-at").text()


def test_alert_banner_follows_the_rules_and_links_to_the_guidance(window, qtbot, handbook):
    window.language_selector.setCurrentIndex(window.language_selector.findData("el"))
    form = start(window, "risk-assessment")
    assert form.banner.isHidden()
    yes = handbook.checklists["risk-assessment"].item("journey-debt").choices[0].label["el"]
    radio(form, "journey-debt", yes).click()
    radio(form, "control-documents", yes).click()
    assert form.banner.isVisible()
    rule = handbook.checklists["risk-assessment"].alerts[0]
    assert rule.message["el"][:30] in form.banner.text()
    form.banner.linkActivated.emit(f"section:{rule.section}")
    assert str(window.place) == f"section:{rule.section}"
    assert not form.isVisible() and window.reader.isVisible()


def test_conditional_item_shows_when_its_condition_holds(window):
    form = start(window, "missing-first-hours")
    assert form.field("sis-alert").isHidden()
    QTest.keyClicks(form.field("reported-at"), "2026-11-25 22:10")
    assert not form.field("sis-alert").isHidden()


def test_finalise_locks_and_duplicate_starts_an_open_copy(window, monkeypatch):
    form = start(window, "return-interview")
    checklist = form.checklist
    for item in checklist.items:
        if item.required:
            value = {"date": "2026-11-25", "datetime": "2026-11-25T10:00", "number": 1,
                     "yesno": "yes", "multichoice": [c.id for c in item.choices[:1]]}.get(
                         item.type, item.choices[0].id if item.choices else "noted")  # fmt: skip
            form.filled.answers[item.id] = value
    assert form.finalise() is True
    assert form.filled.finalised
    assert not form.field(checklist.items[0].id).isEnabled()
    first = form.draft_id
    second = form.duplicate()
    assert second != first
    assert window.drafts.load(second).finalised is None
    assert window.drafts.load(second).answers == window.drafts.load(first).answers


def test_saved_checklists_are_listed_and_reopened(window):
    form = start(window, "missing-first-hours")
    QTest.keyClicks(form.field("last-seen-place"), "Park")
    form.save_now()
    draft = form.draft_id
    window.open_place("section:about")
    assert not window.form.isVisible()
    window.checklists.fill_drafts_menu()
    titles = [a.text() for a in window.checklists.drafts_menu.actions()]
    assert any(t.startswith(form.checklist.title["en"]) for t in titles)
    assert window.open_draft(draft)
    assert window.form.field("last-seen-place").text() == "Park"


def test_repeatable_group_adds_rows_and_saves_them(window, qtbot):
    from PySide6.QtWidgets import QPushButton, QTableWidget, QTableWidgetItem

    form = start(window, "identifying-information")
    box = form.field("known-contacts")
    table = box.findChild(QTableWidget)
    add = next(b for b in box.findChildren(QPushButton) if b.text() == "Add a row")
    add.click()
    add.click()
    table.setItem(0, 0, QTableWidgetItem("Cousin"))
    table.setItem(0, 2, QTableWidgetItem("+39 000"))
    table.setItem(1, 0, QTableWidgetItem("Friend"))
    form.save_now()
    saved = window.drafts.load(form.draft_id).answers["known-contacts"]
    assert saved == [{"name": "Cousin", "phone": "+39 000"}, {"name": "Friend"}]


def test_an_italian_date_is_taken_as_typed_and_kept_as_iso(window, qtbot):
    window.languages.set_language("it")
    form = start(window, "child-found")
    field = form.field("reassessment-on")
    assert isinstance(field, QLineEdit)
    assert not any(c.isdigit() for c in field.placeholderText())  # a hint, not an answer
    assert field.findChild(QAction, "calendarAction") is not None
    QTest.keyClicks(field, "07/12/2026")
    qtbot.waitUntil(
        lambda: window.drafts.load(form.draft_id).answers.get("reassessment-on") == "2026-12-07",
        timeout=2_000,
    )
    assert field.styleSheet() == ""  # not marked invalid
    field.setText("07/12/26")  # a two-digit year is not guessed
    assert field.styleSheet() != ""
    field.setText("07/12/2026")
    window.open_draft(form.draft_id)
    assert form.field("reassessment-on").text() == "07/12/2026"


def test_the_calendar_types_the_day_chosen(window, qtbot):
    form = start(window, "child-found")
    field = form.field("reassessment-on")
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = QApplication.activePopupWidget()
    assert calendar is not None and calendar.objectName() == "checklistCalendar"
    calendar.setSelectedDate(QDate(2026, 12, 24))
    calendar.activated.emit(QDate(2026, 12, 24))
    assert field.text() == "24/12/2026"
    qtbot.waitUntil(
        lambda: window.drafts.load(form.draft_id).answers.get("reassessment-on") == "2026-12-24",
        timeout=2_000,
    )
