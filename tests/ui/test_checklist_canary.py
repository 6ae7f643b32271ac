"""A canary in Greek and Latin letters typed into checklists through the window — first as a
plaintext draft before the notebook exists, then into a checklist attached to a case — leaves no
trace in any file under the user's folders (data, cache, settings) or the temporary folder once
the notebook is locked and the app closed: not in UTF-8, UTF-16 or UTF-32, nor folded or stemmed."""

from __future__ import annotations

import tempfile

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.helpers.canary import CANARY, assert_in_no_file
from tests.helpers.notebook_ui import attach, create, texts_in


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, as a keyboard in any layout sends them (QTest's
    keyClicks only knows Latin-1)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_a_canary_typed_into_checklists_is_in_no_file(
    make_window, qtbot, handbook, tmp_path, tmp_path_factory, monkeypatch
):
    temporary = tmp_path_factory.mktemp("tmpdir")
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", None)  # asked again, from the variables above
    window = make_window()

    # Before the notebook exists: a plaintext draft, as before.
    window.open_place("checklist:missing-first-hours")
    assert window.fill_checklist("missing-first-hours")
    field = window.form.field("description")
    field.setFocus()
    type_text(field, CANARY)
    window.form.save_now()
    drafts = list(window.drafts.plaintext.folder.glob("*.json"))
    assert len(drafts) == 1 and CANARY in drafts[0].read_text(encoding="utf-8")

    window.notebook.show_notebook()  # the draft moves in on creation
    view = window.notebook.view
    create(qtbot, view)
    window.findChild(QMessageBox, "draftsMovedMessage").accept()
    view.new_case("C-1")
    view.tabs.setCurrentWidget(view.checklists)
    form = attach(window, qtbot, view, handbook, "risk-assessment")
    field = form.field("participants")
    field.setFocus()
    type_text(field, CANARY)
    qtbot.waitUntil(
        lambda: (
            CANARY in view.controller.load_checklist(form.draft_id).answers.get("participants", "")
        ),
        timeout=2_000,
    )
    window.notebook.show_notebook()
    QTest.keyClicks(view.search_field, CANARY.split()[-1])  # found, inside the encrypted file
    qtbot.waitUntil(lambda: view.results.topLevelItemCount() == 2, timeout=2_000)

    QTest.keyClick(view.search_field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not view.controller.is_unlocked
    assert [text for text in texts_in(window) if CANARY.split()[0] in text] == []
    window.close()

    files = [p for folder in (tmp_path, temporary) for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "notebook.db" for p in files) and any(p.suffix == ".ini" for p in files)
    assert_in_no_file(CANARY, files)
