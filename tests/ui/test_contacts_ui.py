"""The user's contacts in the window: beside the role links in the text, in the popover a role
link opens, and in Go > Your contacts (add, refuse a bad number, vCard import and export, the
first-hour sheet)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from interact_desktop.core.contacts.model import Contact, Phone
from interact_desktop.core.contacts.store import ContactStore
from interact_desktop.core.contacts.vcard import to_vcards
from interact_desktop.ui.contacts.contacts_dialog import ContactsDialog
from interact_desktop.ui.contacts.entry_editor import EntryEditor
from interact_desktop.ui.contacts.feature import ContactsFeature
from interact_desktop.ui.contacts.import_preview import ImportPreview
from tests.helpers.message_boxes import record_message_boxes

SECTION = "section:aftercare-turning-18"  # links role:sirene-bureau and role:legal-adviser

SIRENE = Contact(
    roles=("sirene-bureau",),
    name="Κατερίνα Δημητρίου",
    organisation="Τμήμα SIRENE",
    phones=(Phone("+30 210 000 0042", "work"),),
    emails=("sirene.desk@example.gr",),
    hours="24/7",
)


@pytest.fixture
def store(window) -> ContactStore:
    return window.context.contacts.store


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    return record_message_boxes(monkeypatch)


def dialog_of(window) -> ContactsDialog:
    return window.features.of(ContactsFeature).show()


def test_a_role_link_shows_the_users_entry_beside_it(window, store):
    store.add(SIRENE)
    window.context.contacts.reload()
    window.open_place(SECTION)
    text = window.reader.toPlainText()
    assert f"({SIRENE.label}, +30 210 000 0042)" in text
    assert "tel:+302100000042" in window.reader.toHtml()
    store.delete(SIRENE.id)
    window.context.contacts.reload()  # the page follows the directory
    assert "+30 210 000 0042" not in window.reader.toPlainText()


def test_clicking_a_role_opens_its_entries_to_call_or_copy(window, store, qtbot):
    store.add(SIRENE)
    window.context.contacts.reload()
    window.languages.set_language("el")
    window.open_place(SECTION)
    window.reader.placeRequested.emit("role:sirene-bureau")
    popover = QApplication.activePopupWidget()
    assert popover is not None and popover.objectName() == "rolePopover"
    entry = popover.findChild(QLabel, "contactEntry")
    assert 'href="tel:+302100000042"' in entry.text()
    assert 'href="mailto:sirene.desk@example.gr"' in entry.text()
    qtbot.mouseClick(popover.findChild(QPushButton, "copyContactButton"), Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.splitlines()[:2] == [SIRENE.label, "+30 210 000 0042"]
    assert window.statusBar().currentMessage() == window.handbook.roles["sirene-bureau"].title("el")
    popover.close()


def test_a_role_without_entries_offers_to_add_one(window):
    window.reader.placeRequested.emit("role:legal-adviser")
    popover = QApplication.activePopupWidget()
    assert popover.findChild(QLabel, "contactEntry") is None
    assert popover.findChild(QPushButton, "editContactsButton") is not None
    popover.close()


def fill(editor: EntryEditor, name: str, phones: str) -> None:
    editor.name.setText(name)
    editor.phones.setPlainText(phones)


def test_an_entry_added_in_the_dialog_is_saved_and_a_bad_number_is_refused(
    window, store, monkeypatch
):
    dialog = dialog_of(window)
    typed: list[EntryEditor] = []

    def exec_editor(editor: EntryEditor) -> int:
        typed.append(editor)
        fill(editor, "Joëlle van 't Hooft", "+31 20 000 0005\n06-call-me")
        editor.accept()  # refused: the editor stays open with what was typed
        assert editor.result_contact is None
        assert "06-call-me" in editor.error.text()
        assert editor.name.text() == "Joëlle van 't Hooft"
        fill(editor, "Joëlle van 't Hooft", "+31 20 000 0005\n+31 6 0000 0006")
        editor.accept()
        return QDialog.DialogCode.Accepted if editor.result_contact else 0

    monkeypatch.setattr(EntryEditor, "exec", exec_editor)
    dialog.add("guardianship-authority")
    saved = store.load().for_role("guardianship-authority")
    assert [c.name for c in saved] == ["Joëlle van 't Hooft"]
    assert [p.number for p in saved[0].phones] == ["+31 20 000 0005", "+31 6 0000 0006"]
    labels = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    role_item = next(i for i in labels if i.childCount())
    assert role_item.child(0).text(0) == "Joëlle van 't Hooft"


def test_a_malformed_vcard_changes_nothing_and_says_why(window, store, tmp_path, warnings):
    store.add(SIRENE)
    before = store.path.read_bytes()
    bad = tmp_path / "broken.vcf"
    bad.write_text("BEGIN:VCARD\nVERSION:4.0\nFN:Half a card\n", encoding="utf-8")
    dialog = dialog_of(window)
    assert dialog.import_file(bad) is False
    assert store.path.read_bytes() == before
    assert warnings and "unchanged" in warnings[0]


def test_an_import_adds_new_entries_and_only_the_changes_ticked(
    window, store, tmp_path, monkeypatch
):
    store.add(SIRENE)
    changed = SIRENE.edited(hours="08:00-20:00")
    newcomer = Contact(roles=("interpreter",), name="Luca Bianchi", phones=(Phone("+39 06 0000"),))
    source = tmp_path / "team.vcf"
    source.write_text(to_vcards([changed, newcomer]), encoding="utf-8")
    seen: list[ImportPreview] = []

    def exec_preview(preview: ImportPreview) -> int:
        seen.append(preview)
        assert set(preview.boxes) == {SIRENE.id}
        return QDialog.DialogCode.Accepted  # no box ticked: the change is not made

    monkeypatch.setattr(ImportPreview, "exec", exec_preview)
    assert dialog_of(window).import_file(source)
    directory = store.load()
    assert directory.get(SIRENE.id).hours == "24/7"
    assert [c.name for c in directory.for_role("interpreter")] == ["Luca Bianchi"]
    assert seen


def test_export_and_the_first_hour_sheet_write_files(window, store, tmp_path, qtbot):
    store.add(SIRENE)
    window.context.contacts.reload()
    dialog = dialog_of(window)
    target = tmp_path / "out.vcf"
    assert dialog.export_file(target)
    assert "Κατερίνα Δημητρίου" in target.read_text(encoding="utf-8")
    sheet = tmp_path / "sheet.pdf"
    with qtbot.waitSignal(dialog.sheetWritten, timeout=30000):
        assert dialog.export_sheet(sheet)
    assert sheet.read_bytes().startswith(b"%PDF")


def test_a_damaged_directory_is_named_and_never_overwritten(window, store, warnings):
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_bytes(b"{not json")
    window.context.contacts.reload()
    dialog = dialog_of(window)
    assert dialog.findChild(QLabel, "contactsProblem").isVisibleTo(dialog)
    assert not dialog.add_button.isEnabled()
    assert store.path.read_bytes() == b"{not json"
