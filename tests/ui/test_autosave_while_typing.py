"""Typing without a pause is saved all the same: at most the autosave interval after the first
unsaved keystroke, not only once the typing stops, so a crash takes at most 2 s of typing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from interact_desktop.core.settings import Settings
from interact_desktop.ui.checklists.checklist_form import ChecklistForm
from interact_desktop.ui.notebook.notebook_view import NotebookView
from interact_desktop.ui.services.notebook_service import NotebookService
from tests.helpers.notebook_ui import REFERENCE, create

KEYSTROKE_MS = 50  # far shorter than any autosave interval: the typing never pauses
KEYSTROKES = 80  # 4 s of typing, twice the most a crash may take


class MemoryDrafts:
    """A draft store that keeps what was saved, to see when the form saves."""

    def __init__(self) -> None:
        self.saved: dict[str, dict] = {}

    def list(self):
        return []

    def load(self, draft_id):
        return None

    def save(self, draft_id, filled) -> None:
        self.saved[draft_id] = dict(filled.answers)

    def delete(self, draft_id) -> None:
        self.saved.pop(draft_id, None)


def typist(parent: QWidget, field: QWidget) -> QTimer:
    """Types one letter into ``field`` every KEYSTROKE_MS, KEYSTROKES times, then stops."""
    timer = QTimer(parent)
    timer.setInterval(KEYSTROKE_MS)
    typed = [0]

    def keystroke() -> None:
        QTest.keyClicks(field, "a")
        typed[0] += 1
        if typed[0] == KEYSTROKES:
            timer.stop()

    timer.timeout.connect(keystroke)
    timer.start()
    return timer


def test_a_checklist_answer_typed_without_a_pause_is_saved_while_typing(qtbot, handbook):
    store = MemoryDrafts()
    form = ChecklistForm(handbook, store)
    qtbot.addWidget(form)
    form.show()
    draft_id = form.start(handbook.checklists["missing-first-hours"])
    field = form.field("last-seen-place")
    assert isinstance(field, QLineEdit)
    typing = typist(form, field)
    qtbot.waitUntil(lambda: bool(store.saved[draft_id].get("last-seen-place")), timeout=3_000)
    assert typing.isActive(), "saved only once the typing stopped"
    typing.stop()


@pytest.fixture
def view(qtbot, tmp_path):
    view = NotebookView(NotebookService(tmp_path / "notebook"), Settings(tmp_path / "s.ini"))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_note_typed_without_a_pause_is_saved_while_typing(view, qtbot):
    create(qtbot, view)
    case = view.new_case(REFERENCE)
    view.editor.setFocus()
    typing = typist(view, view.editor)
    qtbot.waitUntil(lambda: bool(view.controller.notes(case)), timeout=3_000)
    assert typing.isActive(), "saved only once the typing stopped"
    typing.stop()
