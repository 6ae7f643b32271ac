"""Notebook > Back up the notebook: one encrypted file that the passphrase restores."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from interact_desktop.core.notebook.backup import restore
from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_ui import PASSPHRASE, create


def test_a_backup_from_the_menu_restores_with_the_passphrase(window, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "copy.backup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    panel = window.notebook
    assert not panel.backup_action.isEnabled()  # nothing to copy while locked
    panel.show_notebook()
    view = panel.view
    create(qtbot, view)
    view.new_case("B-12")
    view.editor.setPlainText("Seen at the harbour")  # typed, not yet autosaved
    assert panel.backup_action.isEnabled()
    panel.backup_action.trigger()
    assert told and str(target) in told[0]
    assert b"harbour" not in target.read_bytes()  # encrypted

    view.lock()
    live = Notebook.open(panel.controller.folder, PASSPHRASE)
    try:  # the register of the notebook says a copy left it
        assert [e.what for e in live.register.entries()] == ["backup: copy.backup"]
    finally:
        live.lock()

    restored = tmp_path / "restored"
    restore(target, restored, PASSPHRASE)
    book = Notebook.open(restored, PASSPHRASE)
    try:
        ((case_id, reference, *_),) = book.cases.summaries()
        assert reference == "B-12"
        assert [note.body for note in book.notes.of_case(case_id)] == ["Seen at the harbour"]
    finally:
        book.lock()
