"""The case notebook in the window: passphrase prompt, autosave, locking, idle lock, clipboard,
search, and notes that never render HTML."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QWidget,
)

from interact_desktop.core.settings import AUTO_LOCK_MINUTES, Settings
from interact_desktop.ui import USER_ROLE
from interact_desktop.ui.notebook.notebook_view import NotebookView
from interact_desktop.ui.services.notebook_service import NotebookService
from tests.helpers.clock import FakeClock
from tests.helpers.notebook_ui import (
    PASSPHRASE,
    REFERENCE,
    SECRET,
    create,
    dialog_of,
    submit,
    texts_in,
    texts_in_widget,
    unlock,
)


@pytest.fixture
def make_view(qtbot, tmp_path):
    settings = Settings(tmp_path / "settings.ini")

    def make(**options) -> NotebookView:
        view = NotebookView(NotebookService(tmp_path / "notebook"), settings, **options)
        qtbot.addWidget(view)
        view.resize(1000, 700)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def test_create_then_ten_wrong_passphrases_then_the_right_one(make_view, qtbot):
    view = make_view()
    dialog = dialog_of(view)
    assert dialog.creating and dialog.confirm.isVisible()
    QTest.keyClicks(dialog.passphrase, "short")
    assert "weak" in dialog.strength.text()
    dialog.passphrase.setText("")
    submit(qtbot, dialog, PASSPHRASE, PASSPHRASE + "!")
    assert "differ" in dialog.message.text()
    assert dialog.passphrase.text() == dialog.confirm.text() == ""
    assert not view.controller.exists()
    create(qtbot, view)
    view.lock()

    dialog = dialog_of(view)
    assert not dialog.creating and not dialog.confirm.isVisible()
    for attempt in range(10):
        with qtbot.waitSignal(view.controller.failed, timeout=10_000):
            submit(qtbot, dialog, f"not the passphrase {attempt}")
        assert "does not open" in dialog.message.text()
        assert dialog.passphrase.text() == ""
        assert dialog.passphrase.isEnabled() and dialog.busy.isHidden()
        assert view.stack.currentWidget() is dialog
    unlock(qtbot, view)
    assert view.stack.currentWidget() is view.workspace
    assert dialog.message.text() == ""


def test_a_note_is_saved_within_two_seconds_and_survives_locking(make_view, qtbot):
    view = make_view()
    create(qtbot, view)
    case = view.new_case(REFERENCE)
    view.editor.setFocus()
    QTest.keyClicks(view.editor, SECRET)
    qtbot.waitUntil(
        lambda: [n.body for n in view.controller.notes(case)] == [SECRET], timeout=2_000
    )
    QTest.keyClicks(view.editor, " -")
    view.filter.setFocus()  # leaving the editor saves at once
    qtbot.waitUntil(lambda: not view.editor.hasFocus())
    assert view.controller.notes(case)[0].body == SECRET + " -"
    view.editor.setFocus()
    QTest.keyClick(view.editor, Qt.Key.Key_Backspace)
    QTest.keyClick(view.editor, Qt.Key.Key_Backspace)
    QTest.keyClicks(view.editor, " at night")  # then locked before the autosave is due
    view.lock()
    assert SECRET not in view.editor.toPlainText()
    unlock(qtbot, view)
    assert view.controller.notes(case)[0].body == SECRET + " at night"
    view.case_list.setCurrentIndex(view.case_proxy.index(0, 0))
    assert view.case_id == case
    assert view.editor.toPlainText() == SECRET + " at night"


def test_a_note_that_cannot_be_saved_stays_on_screen_and_says_so(make_view, qtbot, monkeypatch):
    from interact_desktop.core.notebook.store import NotebookError

    view = make_view()
    create(qtbot, view)
    case = view.new_case(REFERENCE)
    save = view.controller.save_note

    def full_disk(*args) -> int:
        raise NotebookError("database or disk is full")

    monkeypatch.setattr(view.controller, "save_note", full_disk)
    QTest.keyClicks(view.editor, SECRET)
    view.save_now()
    assert "disk is full" in view.note_status.text()
    assert view.editor.toPlainText() == SECRET
    monkeypatch.setattr(view.controller, "save_note", save)
    view.save_now()  # the next attempt writes it
    assert view.controller.notes(case)[0].body == SECRET


def test_the_preview_shows_raw_html_as_text(make_view, qtbot):
    view = make_view()
    create(qtbot, view)
    view.new_case("H-1")
    QTest.keyClicks(view.editor, "**Met** <img src=x onerror=alert(1)> <b>twice</b>")
    qtbot.waitUntil(lambda: "Met" in view.preview.toPlainText(), timeout=2_000)
    shown = view.preview.toPlainText()
    assert "<img src=x onerror=alert(1)>" in shown and "<b>twice</b>" in shown
    assert "<img" not in view.preview.toHtml()
    assert "font-weight" in view.preview.toHtml()  # the Markdown itself is rendered


def test_idle_time_locks_the_notebook_and_is_a_setting(make_view, qtbot):
    clock = FakeClock()
    view = make_view(clock=clock)
    view.auto_lock.setValue(7)
    assert view.settings.get(AUTO_LOCK_MINUTES) == 7
    assert view.idle.timeout_ms == 7 * 60_000
    create(qtbot, view)
    view.new_case(REFERENCE)
    view.editor.setFocus()
    QTest.keyClicks(view.editor, SECRET)
    view.idle.set_timeout_ms(400)
    for _ in range(4):  # typing keeps it open
        clock.advance(0.3)
        view.idle.deadline.check()
        QTest.keyClick(view.editor, Qt.Key.Key_Period)
        assert view.controller.is_unlocked
    fallback = []

    def idle_time_ends() -> None:
        clock.advance(0.5)
        view.idle.deadline.check()

    def never_hang() -> None:
        if (dialog := QApplication.activeModalWidget()) is not None:
            fallback.append(True)
            dialog.close()

    guard = QTimer(view)
    guard.setSingleShot(True)
    guard.timeout.connect(never_hang)
    guard.start(10_000)
    # The New case dialog is open when the idle time ends: locking closes it.
    QTimer.singleShot(0, idle_time_ends)  # runs inside the dialog's own event loop
    QTest.mouseClick(view.new_case_button, Qt.MouseButton.LeftButton)
    guard.stop()
    assert not view.controller.is_unlocked and not fallback
    assert view.stack.currentWidget() is view.unlock_dialog
    assert not any(SECRET in text for text in texts_in(view))
    unlock(qtbot, view)
    assert len(view.controller.cases()) == 1
    assert view.controller.notes(view.controller.cases()[0].id)[0].body == SECRET + "...."


def test_copied_case_text_leaves_the_clipboard_after_the_delay(make_view, qtbot):
    clock = FakeClock()
    view = make_view(clipboard_delay_ms=300, clock=clock)
    create(qtbot, view)
    view.new_case(REFERENCE)
    view.editor.setFocus()
    qtbot.waitUntil(view.editor.hasFocus)
    QTest.keyClicks(view.editor, SECRET)
    view.editor.selectAll()
    view.editor.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == SECRET
    clock.advance(0.2)
    view.clipboard_guard.deadline.check()
    assert clipboard.text() == SECRET  # not yet
    clock.advance(0.2)
    view.clipboard_guard.deadline.check()
    assert clipboard.text() == ""

    view.editor.selectAll()
    view.editor.copy()
    outside = QLineEdit("from the handbook")
    qtbot.addWidget(outside)
    outside.show()
    outside.activateWindow()
    outside.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is outside)
    outside.selectAll()
    outside.copy()  # copied since: not ours to clear
    clock.advance(1)
    view.clipboard_guard.deadline.check()
    assert clipboard.text() == "from the handbook"


def test_search_marks_words_and_opens_the_note(make_view, qtbot, monkeypatch):
    view = make_view()
    create(qtbot, view)
    asked = []

    def answer(dialog) -> int:
        asked.append(dialog.labelText())
        dialog.setTextValue("A-1")
        return 1

    monkeypatch.setattr(QInputDialog, "exec", answer)
    QTest.mouseClick(view.new_case_button, Qt.MouseButton.LeftButton)
    assert "no real name is needed" in asked[0]
    first = view.case_id
    assert view.case_title.text() == "A-1" and view.case_list.currentIndex().data() == "A-1"
    QTest.keyClicks(view.editor, "Talked with the guardian about school.")
    view.save_now()
    second = view.new_case("B-2")
    QTest.keyClicks(view.editor, "Seen near the station with two adults.")
    view.save_now()
    view.entry_text.setText("Police informed about the station")
    view.add_entry()
    view.new_case("C-3")
    QTest.keyClicks(view.search_field, "Station")
    qtbot.waitUntil(lambda: view.results.topLevelItemCount() == 2, timeout=2_000)
    html = view.results.topLevelItem(0).data(0, USER_ROLE + 1)
    assert "B-2" in html and ">station</b>" in html
    note_hit = next(
        view.results.topLevelItem(i)
        for i in range(2)
        if view.results.topLevelItem(i).data(0, USER_ROLE + 2)[0] == "note"
    )
    view.results.itemClicked.emit(note_hit, 0)
    assert view.case_id == second and view.tabs.currentIndex() == 0
    assert view.editor.toPlainText().startswith("Seen near the station")
    assert view.case_list.currentIndex().data() == "B-2"
    assert first != second


def test_ctrl_l_in_the_window_clears_every_view(window, qtbot):
    window.sidebar.setCurrentWidget(window.notebook.tab)
    view = window.notebook.view
    assert view is not None and view.isVisible() and not window.reader.isVisible()
    assert view.accessibleName() and view.objectName() == "notebookView"
    create(qtbot, view)
    case = view.new_case(REFERENCE)
    details = view.tools.details
    for name in ("languages", "roles", "tags"):
        QTest.keyClicks(details.fields[name], f"{SECRET} ({name})")
    QTest.keyClicks(details.purpose, SECRET)
    details.dates["last_seen"].edit.setDate(QDate(2026, 11, 20))
    view.controller.record_subject_access(case, "export.json", SECRET)
    view.open_case(case)  # the register and timeline show the export
    view.editor.setFocus()
    QTest.keyClicks(view.editor, SECRET)
    view.entry_text.setText(SECRET + " (timeline)")
    view.add_entry()
    QTest.keyClicks(view.search_field, "Zqvxelmorant")
    # the note, the entry, and the export's entry (it names the recipient)
    qtbot.waitUntil(lambda: view.results.topLevelItemCount() == 3, timeout=2_000)
    qtbot.waitUntil(lambda: SECRET in view.preview.toPlainText(), timeout=2_000)
    view.editor.setFocus()
    shown_in = {
        w.objectName()
        for w in window.findChildren(QWidget)
        if any(SECRET in text for text in texts_in_widget(w))
    }
    assert {
        "noteEditor",
        "notePreview",
        "noteList",
        "timelineList",
        "notebookSearchResults",
        "case_languages",
        "case_roles",
        "case_tags",
        "case_purpose",
        "exportRegister",
    } <= shown_in

    QTest.keyClick(view.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not view.controller.is_unlocked
    leaks = [text for text in texts_in(window) if "Zqvx" in text]
    assert leaks == []
    assert all(date.value() == "" for date in details.dates.values())
    assert details.status.currentIndex() == -1 and not details.isEnabled()
    assert not details.purpose.document().isUndoAvailable()
    assert dialog_of(window) is view.unlock_dialog

    window.sidebar.setCurrentWidget(window.toc)
    assert window.reader.isVisible() and not view.isVisible()
    window.notebook.open_action.trigger()
    assert window.sidebar.currentWidget() is window.notebook.tab and not window.reader.isVisible()
    unlock(qtbot, view)
    assert view.controller.notes(view.controller.cases()[0].id)[0].body == SECRET


def test_leaving_or_closing_saves_the_note_and_settings_hold_no_case_data(window, qtbot):
    from pathlib import Path

    from interact_desktop.core.notebook.store import Notebook

    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    case = view.new_case(REFERENCE)
    view.editor.setFocus()
    QTest.keyClicks(view.editor, SECRET)
    window.open_place("section:about")  # a page chosen from a menu takes the centre back
    assert window.reader.isVisible() and not view.isVisible()
    assert window.sidebar.currentWidget() is window.toc
    assert view.controller.notes(case)[0].body == SECRET

    window.notebook.show_notebook()
    QTest.keyClicks(view.editor, " again")
    window.close()
    assert not view.controller.is_unlocked
    notebook = Notebook.open(view.controller.folder, PASSPHRASE)
    assert notebook.notes.of_case(case)[0].body == SECRET + " again"
    notebook.lock()
    settings = Path(str(window.context.settings.path)).read_text(encoding="utf-8")
    assert "Zqvx" not in settings


def test_the_notebook_switches_language_live(window, qtbot):
    window.notebook.show_notebook()
    view = window.notebook.view
    window.languages.set_language("el")
    assert window.sidebar.tabText(window.sidebar.indexOf(window.notebook.tab)) == "Σημειωματάριο"
    assert view.unlock_dialog.button.text() == "Δημιουργία σημειωματαρίου"
    assert view.tabs.tabText(1) == "Χρονολόγιο"
    assert window.notebook.lock_action.text() == "&Κλείδωμα του σημειωματαρίου"


def test_a_lock_while_the_key_is_derived_closes_the_notebook_as_it_opens(make_view, qtbot):
    """The computer goes to sleep (or the idle time ends) between Enter and the notebook
    opening: it must not be open, with the case on screen, when the lid opens again."""
    view = make_view()
    create(qtbot, view)
    view.lock()
    dialog = dialog_of(view)
    opened = []
    view.controller.unlocked.connect(lambda: opened.append(True))
    with qtbot.waitSignal(view.controller.busyChanged, timeout=10_000) as busy:
        submit(qtbot, dialog, PASSPHRASE)
        assert view.controller.busy
        view.lock()  # the key is still being derived
    assert busy.args == [True]
    qtbot.waitUntil(lambda: not view.controller.busy, timeout=10_000)
    assert not view.controller.is_unlocked and opened == []
    assert view.stack.currentWidget() is view.unlock_dialog
    assert dialog.passphrase.text() == "" and dialog.passphrase.isEnabled()
    unlock(qtbot, view)  # the next try opens it as usual
    assert view.controller.is_unlocked
