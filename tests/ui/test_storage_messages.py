"""A write that meets a full disk is named for what it is in every window that writes (the
notebook's backup, the contacts' export), never shown as the system's errno line with its path."""

from __future__ import annotations

import errno

from PySide6.QtWidgets import QFileDialog

from interact_desktop.core.atomic import injected_fault
from interact_desktop.core.contacts.model import Contact, Phone
from interact_desktop.ui.contacts.feature import ContactsFeature
from tests.helpers.message_boxes import record_message_boxes
from tests.helpers.notebook_ui import create


def test_a_backup_that_meets_a_full_disk_is_named_for_it(window, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "B-7.backup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = record_message_boxes(monkeypatch)
    panel = window.notebook
    panel.show_notebook()
    create(qtbot, panel.view)
    panel.view.new_case("B-7")
    with injected_fault("write", errno.ENOSPC):
        panel.backup_action.trigger()
    (message,) = shown
    assert "disk is full" in message
    assert "Errno" not in message and str(tmp_path) not in message
    assert not target.exists()


def test_a_contacts_export_that_meets_a_full_disk_is_named_for_it(window, monkeypatch, tmp_path):
    store = window.context.contacts.store
    store.add(Contact(roles=("police",), name="Duty officer", phones=(Phone("+30 210 000 0001"),)))
    window.context.contacts.reload()
    shown = record_message_boxes(monkeypatch)
    dialog = window.features.of(ContactsFeature).show()
    target = tmp_path / "contacts.vcf"
    with injected_fault("write", errno.ENOSPC):
        assert not dialog.export_file(target)
    (message,) = shown
    assert "disk is full" in message
    assert "Errno" not in message and str(tmp_path) not in message
