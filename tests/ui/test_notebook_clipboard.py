"""Case text leaves the clipboard: answers copied in the checklist form as well as notes, after the
guard's delay and at once when the notebook locks; text from the handbook is left alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.helpers.notebook_ui import REFERENCE, SECRET, attach, create


def test_checklist_answers_copied_leave_the_clipboard_after_the_delay_and_at_lock(
    window, qtbot, handbook
):
    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    view.new_case(REFERENCE)
    view.tabs.setCurrentWidget(view.checklists)
    form = attach(window, qtbot, view, handbook)
    view.clipboard_guard.set_delay_ms(300)
    field = form.field("last-seen-place")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClicks(field, SECRET)
    clipboard = QGuiApplication.clipboard()

    field.selectAll()
    field.copy()
    assert clipboard.text() == SECRET  # not yet: the delay has not passed
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)

    field.selectAll()
    field.copy()
    assert clipboard.text() == SECRET
    QTest.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not view.controller.is_unlocked
    assert clipboard.text() == ""


def test_text_copied_outside_the_case_data_stays_on_the_clipboard_at_lock(window, qtbot):
    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    window.open_place("section:about")
    search = window.findChild(QLineEdit, "searchField")
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    QTest.keyClicks(search, "guardian")
    search.selectAll()
    search.copy()
    window.notebook.lock()
    assert not view.controller.is_unlocked
    assert QGuiApplication.clipboard().text() == "guardian"
