"""Driving the notebook view as a user does: its unlock prompt, and every text it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from interact_desktop.ui import USER_ROLE
from interact_desktop.ui.notebook.notebook_view import NotebookView
from interact_desktop.ui.notebook.unlock_dialog import UnlockDialog

PASSPHRASE = "four words are easier"
SECRET = "Zqvxelmorant saw the minibus"
REFERENCE = "K-Zqvx-7"


def dialog_of(widget: QWidget) -> UnlockDialog:
    dialog = widget.findChild(UnlockDialog, "unlockDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def submit(qtbot, dialog: UnlockDialog, passphrase: str, again: str | None = None) -> None:
    QTest.keyClicks(dialog.passphrase, passphrase)
    if again is not None:
        QTest.keyClicks(dialog.confirm, again)
    QTest.mouseClick(dialog.button, Qt.MouseButton.LeftButton)


def create(qtbot, view: NotebookView) -> None:
    dialog = dialog_of(view)
    assert dialog.creating
    with qtbot.waitSignal(view.controller.unlocked, timeout=10_000):
        submit(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    assert view.stack.currentWidget() is view.workspace


def unlock(qtbot, view: NotebookView) -> None:
    with qtbot.waitSignal(view.controller.unlocked, timeout=10_000):
        submit(qtbot, dialog_of(view), PASSPHRASE)


def texts_in(root: QWidget) -> list[str]:
    """Every text a widget under ``root`` shows or keeps in a model."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += texts_in_widget(widget)
    return found


def texts_in_widget(widget: QWidget) -> list[str]:
    found = []
    if isinstance(widget, QLineEdit):
        found.append(widget.text())
    elif isinstance(widget, QTextEdit):
        found += [widget.toPlainText(), widget.toHtml()]
    elif isinstance(widget, QPlainTextEdit):
        found.append(widget.toPlainText())
    elif isinstance(widget, QLabel):
        found.append(widget.text())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        found += model_texts(widget.model())
    return found


def model_texts(model, parent=None) -> list[str]:
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        for column in range(100):  # list models keep columnCount private
            index = model.index(row, column, parent)
            if not index.isValid():
                break
            for role in (Qt.ItemDataRole.DisplayRole, USER_ROLE, USER_ROLE + 1, USER_ROLE + 2):
                found.append(str(index.data(role)))
            found += model_texts(model, index)
    return found


def answer_next_dialog(title: str) -> None:
    """Choose ``title`` in the template dialog that is about to open, and accept it."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog), dialog
        assert dialog.objectName() == "attachChecklistDialog"
        dialog.setTextValue(title)
        dialog.accept()

    QTimer.singleShot(0, answer)


def attach(window, qtbot, view, handbook, template: str = "missing-first-hours"):
    answer_next_dialog(handbook.checklists[template].title["en"])
    view.checklists.attach_button.click()
    window.activateWindow()  # the dialog had the focus: give it back, as the window manager does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.window)
    form = window.form
    assert form.isVisible() and not view.isVisible()
    assert form.checklist.id == template
    return form
