"""The checklist form as a guardian fills it on a laptop: yes / no / not known as one joined
control worked by mouse or keyboard, no grey value that passes for an answer, questions beside
their answers when there is room, text at the reader's size, an alert that never moves a question
from under the pointer, and a header that says whose checklist this is."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from interact_desktop.ui.checklists.form_body import WIDE
from tests.helpers.notebook_ui import attach, create


def fill(window, checklist_id: str):
    assert window.fill_checklist(checklist_id)
    return window.form


def segments(form, item_id: str) -> list[QAbstractButton]:
    return [b for b in form.field(item_id).findChildren(QAbstractButton) if b.isVisible()]


def spoken_name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_yes_no_not_known_is_one_control_of_three_exclusive_buttons(window, qtbot, handbook):
    window.languages.set_language("it")
    form = fill(window, "risk-assessment")
    buttons = segments(form, "journey-debt")
    item = handbook.checklists["risk-assessment"].item("journey-debt")
    assert [b.text() for b in buttons] == [c.label["it"] for c in item.choices]
    assert not form.field("journey-debt").findChildren(QRadioButton)
    assert all(b.isCheckable() for b in buttons)
    # Joined: side by side on one line, each touching the next.
    tops = {b.mapTo(form, QPoint(0, 0)).y() for b in buttons}
    assert len(tops) == 1
    for left, right in pairwise(buttons):
        assert (
            right.mapTo(form, QPoint(0, 0)).x() - left.mapTo(form, QPoint(left.width(), 0)).x() <= 1
        )
    # Each named for a screen reader, and described by its question.
    for button in buttons:
        assert spoken_name(button) == button.text()
        assert button.accessibleDescription() == item.label["it"]
    buttons[0].click()
    buttons[2].click()
    assert [b.isChecked() for b in buttons] == [False, False, True]
    assert form.filled.answers["journey-debt"] == "not-known"


def test_the_joined_control_answers_to_the_arrow_keys_and_space(window, qtbot):
    form = fill(window, "missing-first-hours")
    yes, no, unknown = segments(form, "premises-searched")
    yes.setFocus()
    qtbot.waitUntil(yes.hasFocus)
    QTest.keyClick(yes, Qt.Key.Key_Space)
    assert form.filled.answers["premises-searched"] == "yes"
    QTest.keyClick(yes, Qt.Key.Key_Right)
    assert no.hasFocus() and no.isChecked()
    assert form.filled.answers["premises-searched"] == "no"
    QTest.keyClick(no, Qt.Key.Key_Right)
    assert unknown.hasFocus()
    QTest.keyClick(unknown, Qt.Key.Key_Space)
    # The stored values are those of every earlier version of the form.
    assert form.filled.answers["premises-searched"] == "unknown"
    QTest.keyClick(unknown, Qt.Key.Key_Left)
    assert no.hasFocus() and form.filled.answers["premises-searched"] == "no"


def test_no_placeholder_in_any_checklist_looks_like_an_answer(window, handbook):
    for lang in ("en", "el", "it"):
        window.languages.set_language(lang)
        for checklist_id in handbook.checklists:
            form = fill(window, checklist_id)
            hints = [e.placeholderText() for e in form.findChildren(QLineEdit)]
            assert [h for h in hints if any(ch.isdigit() for ch in h)] == [], (lang, checklist_id)


def test_questions_stand_beside_their_answers_when_wide_and_above_them_when_narrow(window, qtbot):
    form = fill(window, "risk-assessment")
    label, answer = form.label_of("participants"), form.field("participants")

    def label_box():
        return label.rect().translated(label.mapTo(form, QPoint(0, 0)))

    window.resize(WIDE + 700, 900)
    qtbot.waitUntil(lambda: form.body.two_columns)
    qtbot.waitUntil(lambda: label_box().right() < answer.mapTo(form, QPoint(0, 0)).x())
    assert abs(label_box().top() - answer.mapTo(form, QPoint(0, 0)).y()) < label.height()
    window.resize(760, 900)
    qtbot.waitUntil(lambda: not form.body.two_columns)
    qtbot.waitUntil(lambda: answer.mapTo(form, QPoint(0, 0)).y() > label_box().bottom())
    # Narrow, the answer takes the width the question has.
    assert answer.width() >= label.width() - 2


def test_labels_and_help_are_at_the_readers_body_size(window, qtbot):
    form = fill(window, "risk-assessment")
    body = max(10.0, window.reader.font().pointSizeF(), QApplication.font().pointSizeF())
    help_label = form.findChild(QLabel, "help-journey-debt")
    assert help_label is not None and help_label.isVisible() and help_label.text()
    assert "<small>" not in form.label_of("journey-debt").text()
    for label in (form.label_of("journey-debt"), help_label):
        assert label.font().pointSizeF() >= body - 0.01


def test_an_alert_appearing_or_going_moves_no_question(window, qtbot, handbook):
    window.languages.set_language("el")
    window.resize(1280, 720)
    form = fill(window, "risk-assessment")
    watched = form.field("exploitation-work")

    def where() -> QPoint:
        return watched.mapTo(form, QPoint(0, 0))

    QApplication.processEvents()  # the form laid out as it first shows
    before = where()
    assert before.y() > 0 and form.banner.isHidden()
    yes = handbook.checklists["risk-assessment"].item("journey-debt").choices[0].label["el"]
    for item_id in ("journey-debt", "control-documents"):
        next(b for b in segments(form, item_id) if b.text() == yes).click()
    QApplication.processEvents()
    assert form.banner.isVisible()
    assert where() == before
    no = handbook.checklists["risk-assessment"].item("journey-debt").choices[1].label["el"]
    next(b for b in segments(form, "journey-debt") if b.text() == no).click()
    next(b for b in segments(form, "control-documents") if b.text() == no).click()
    QApplication.processEvents()
    assert form.banner.isHidden()
    assert where() == before


def test_the_header_says_the_checklist_is_attached_to_no_case(window):
    window.languages.set_language("it")
    form = fill(window, "risk-assessment")
    case_label = form.findChild(QLabel, "checklistCase")
    assert case_label.isVisible()
    assert case_label.text() == "Non collegata a un caso"


def test_the_header_names_the_case_the_checklist_belongs_to(window, qtbot, handbook):
    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    view.new_case("KZ-2041")
    view.tabs.setCurrentWidget(view.checklists)
    form = attach(window, qtbot, view, handbook, "risk-assessment")
    case_label = form.findChild(QLabel, "checklistCase")
    assert case_label.isVisible() and "KZ-2041" in case_label.text()
    window.notebook.controller.lock()
    assert "KZ-2041" not in case_label.text()


def test_a_checklist_without_alert_rules_keeps_no_place_for_a_banner(window, handbook):
    assert not handbook.checklists["missing-first-hours"].alerts
    form = fill(window, "missing-first-hours")
    assert form.findChild(QWidget, "alertArea").isHidden()
    form = fill(window, "risk-assessment")
    assert form.findChild(QWidget, "alertArea").isVisible()
