"""Locking when the disk fails: the notebook still hides and forgets everything (views emptied,
key dropped, clipboard cleared, idle watch stopped, prompt shown), and only then says what went
wrong and what was kept.

The failure is made where a full disk makes it: closing the database (its last checkpoint) raises
the error SQLite or the system gives, and, in the harder cases, saving does too.
"""

from __future__ import annotations

import errno
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from interact_desktop.core.notebook.checklists import NotebookDraftStore
from interact_desktop.core.notebook.database import Database
from interact_desktop.core.notebook.errors import DiskFull
from interact_desktop.core.notebook.notes import Notes
from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_ui import (
    PASSPHRASE,
    REFERENCE,
    SECRET,
    attach,
    create,
    dialog_of,
    texts_in,
    unlock,
)

DISK_IO = sqlite3.OperationalError("disk I/O error")
DISK_FULL = OSError(errno.ENOSPC, "No space left on device")


def failing_close(error: Exception):
    """``Database.close`` as it behaves on a full disk: the checkpoint raises before closing."""

    def close(self: Database) -> None:
        raise error

    return close


def open_with_a_note(window, qtbot):
    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    case = view.new_case(REFERENCE)
    view.editor.setFocus()
    qtbot.waitUntil(view.editor.hasFocus)
    QTest.keyClicks(view.editor, SECRET)
    view.editor.selectAll()
    view.editor.copy()
    assert QGuiApplication.clipboard().text() == SECRET
    return view, case


def answer_the_report(found: list[str]) -> None:
    """Read and close the message the window shows modally while it closes."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        found.append(f"{box.objectName()}|{box.text()}|{box.informativeText()}")
        box.accept()


def assert_hidden_and_forgotten(window, view, connection) -> None:
    controller = view.controller
    assert not controller.is_unlocked
    with pytest.raises(Exception, match="closed"):  # the key went with the connection
        connection.execute("SELECT count(*) FROM notes")
    assert [text for text in texts_in(window.window) if "Zqvx" in text] == []
    assert QGuiApplication.clipboard().text() == ""
    assert not view.idle.deadline.armed and not view.idle._watching
    assert view.stack.currentWidget() is view.unlock_dialog
    assert not window.notebook.lock_action.isEnabled()


@pytest.mark.parametrize(
    ("how", "error", "kind_words"),
    [
        # SQLite's bare "disk I/O error" on a disk with room is what the core calls a device error.
        ("ctrl-l", DISK_IO, "disk reported a write error"),
        ("ctrl-l", DISK_FULL, "disk is full"),
        ("idle", DISK_FULL, "disk is full"),
        ("close", DISK_IO, "disk reported a write error"),
    ],
)
def test_locking_on_a_failing_disk_hides_forgets_then_says_so(
    window, qtbot, monkeypatch, how, error, kind_words
):
    view, case = open_with_a_note(window, qtbot)
    view.save_now()
    connection = view.controller._notebook.connection
    monkeypatch.setattr(Database, "close", failing_close(error))
    found: list[str] = []
    if how == "ctrl-l":
        QTest.keyClick(view.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    elif how == "idle":
        view.idle.idle.emit()  # what the idle watcher does when the time is up
    else:
        QTimer.singleShot(0, lambda: answer_the_report(found))
        window.close()
        window.show()  # as after a restart, to unlock again below

    assert_hidden_and_forgotten(window, view, connection)
    if how == "close":
        assert len(found) == 1, found
        report = found[0]
    else:
        box = window.findChild(QMessageBox, "notebookLockProblem")
        assert box is not None and box.isVisible()
        report = f"{box.objectName()}|{box.text()}|{box.informativeText()}"
        assert kind_words in window.statusBar().currentMessage()
        box.accept()
    assert kind_words in report and "locked" in report
    assert "Every change saved before the lock is kept" in report
    assert "Zqvx" not in report

    monkeypatch.undo()  # space freed: unlocking and locking work again, and the note is there
    window.notebook.show_notebook()
    unlock(qtbot, view)
    assert view.controller.notes(case)[0].body == SECRET
    window.notebook.lock()
    assert not view.controller.is_unlocked


def test_a_note_that_cannot_be_saved_at_lock_is_dropped_and_named(window, qtbot, monkeypatch):
    view, case = open_with_a_note(window, qtbot)
    view.save_now()
    QTest.keyClicks(view.editor, " and more")  # typed after the last save
    connection = view.controller._notebook.connection
    monkeypatch.setattr(Database, "close", failing_close(DISK_FULL))

    def disk_full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Notes, "update", disk_full)
    window.notebook.lock()

    assert_hidden_and_forgotten(window, view, connection)
    box = window.findChild(QMessageBox, "notebookLockProblem")
    assert box is not None and box.isVisible()
    assert "disk is full" in box.text()
    assert "the note being written" in box.informativeText()
    box.accept()
    monkeypatch.undo()
    window.notebook.show_notebook()
    unlock(qtbot, view)
    assert view.controller.notes(case)[0].body == SECRET  # what was saved before is kept


def test_a_checklist_that_cannot_be_saved_at_lock_is_emptied_and_named(
    window, qtbot, handbook, monkeypatch
):
    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    view.new_case(REFERENCE)
    view.tabs.setCurrentWidget(view.checklists)
    form = attach(window, qtbot, view, handbook)
    field = form.field("last-seen-place")
    field.setFocus()
    QTest.keyClicks(field, SECRET)
    connection = view.controller._notebook.connection

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(NotebookDraftStore, "save", disk_full)
    monkeypatch.setattr(Database, "close", failing_close(DISK_FULL))
    QTest.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert not view.controller.is_unlocked
    with pytest.raises(Exception, match="closed"):
        connection.execute("SELECT count(*) FROM notes")
    assert not form.isVisible() and form.checklist is None
    assert [text for text in texts_in(window.window) if "Zqvx" in text] == []
    box = window.findChild(QMessageBox, "notebookLockProblem")
    assert box is not None and box.isVisible()
    assert "disk is full" in box.text() and "the checklist being filled in" in (
        box.informativeText()
    )
    box.accept()
    window.notebook.show_notebook()
    assert dialog_of(window) is view.unlock_dialog
    monkeypatch.undo()
    notebook = Notebook.open(view.controller.folder, PASSPHRASE)
    notebook.lock()


@pytest.mark.parametrize(
    ("error", "free", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), 10**9, "disk-full"),
        (OSError(errno.EROFS, "Read-only file system"), 10**9, "read-only"),
        (OSError(errno.EACCES, "Permission denied"), 10**9, "denied"),
        (OSError(errno.EIO, "Input/output error"), 10**9, "device"),
        (sqlite3.OperationalError("database or disk is full"), 10**9, "disk-full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), 10**9, "read-only"),
        (sqlite3.DatabaseError("database disk image is malformed"), 10**9, "damaged"),
        # An I/O error on a disk with room that this account may write to: the device.
        (sqlite3.OperationalError("disk I/O error"), 10**9, "device"),
        (sqlite3.OperationalError("disk I/O error"), 4096, "disk-full"),
        (DiskFull("The disk is full."), 10**9, "disk-full"),  # named by the core already
    ],
)
def test_storage_errors_are_named_for_what_the_disk_did(tmp_path, monkeypatch, error, free, kind):
    import shutil

    from interact_desktop.ui.services.notebook_service import storage_problem

    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage._replace(free=free))
    assert storage_problem(error, tmp_path) == kind


def test_a_complaint_the_core_returns_on_locking_is_reported(window, qtbot, monkeypatch):
    view, _case = open_with_a_note(window, qtbot)
    connection = view.controller._notebook.connection
    closing = Notebook.lock

    def lock_and_complain(self: Notebook) -> Exception:
        closing(self)
        return DiskFull("The disk is full: the saved changes are kept in notebook.db-wal.")

    monkeypatch.setattr(Notebook, "lock", lock_and_complain)
    window.notebook.lock()
    assert_hidden_and_forgotten(window, view, connection)
    box = window.findChild(QMessageBox, "notebookLockProblem")
    assert box is not None and "disk is full" in box.text()
    assert "kept in notebook.db-wal" in box.informativeText()
    box.accept()
