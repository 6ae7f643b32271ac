"""Handing a case over from the notebook view, and opening a packet: the dialog's required fields,
the packet and PDF written off the GUI thread and registered, the one-time passphrase shown once,
the preview in both languages, the case made on accept, and a damaged packet refused."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from interact_desktop.core.forms.answers import FilledChecklist
from interact_desktop.core.settings import Settings
from interact_desktop.ui.notebook.handover_import import HandoverImporter, HandoverPreview
from interact_desktop.ui.notebook.handover_send import HandoverDialog
from interact_desktop.ui.notebook.notebook_view import NotebookView
from interact_desktop.ui.services.notebook_service import NotebookService
from tests.helpers.notebook_ui import REFERENCE, SECRET, create


@pytest.fixture
def view(qtbot, tmp_path, handbook):
    settings = Settings(tmp_path / "settings.ini")
    made = NotebookView(NotebookService(tmp_path / "notebook"), settings, handbook=handbook)
    qtbot.addWidget(made)
    made.resize(1000, 700)
    made.show()
    qtbot.waitExposed(made)
    create(qtbot, made)
    return made


def a_case(view) -> int:
    case = view.new_case(REFERENCE)
    QTest.keyClicks(view.editor, SECRET)
    view.save_now()
    answers = {"countries": "Ελλάδα → Ιταλία", "reason": "found-abroad"}
    filled = FilledChecklist("cross-border-handover", 1, answers, "2026-12-01T10:00:00",
                             "2026-12-01T10:00:00")  # fmt: skip
    view.controller.save_checklist("cb1", filled, "el", case)
    view.open_case(case)
    return case


def fill(monkeypatch, seen: list, key: str | None, notes: bool = False) -> None:
    def exec_(dialog: HandoverDialog) -> int:
        ok = dialog.buttons.buttons()[0]
        seen.append(("empty", ok.isEnabled()))
        QTest.keyClicks(dialog.sender_name, "Eleni Papadopoulou")  # no author in the settings
        QTest.keyClicks(dialog.recipient, "Giulia Rossi, Milano")
        QTest.keyClicks(dialog.purpose, "Continuity of protection")
        dialog.language.setCurrentIndex(dialog.language.findData("it"))
        if key is None:
            dialog.to_passphrase.setChecked(True)
        else:
            QTest.keyClicks(dialog.key, key[:-3])
            seen.append(("short key", ok.isEnabled(), dialog.problem.text()))
            QTest.keyClicks(dialog.key, key[-3:])
        if notes:
            from PySide6.QtCore import Qt

            dialog.note_list.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.basis.setCurrentIndex(dialog.basis.count() - 1)  # another basis: typed
        seen.append(("typed basis missing", ok.isEnabled()))
        QTest.keyClicks(dialog.basis_text, "Law 4960/2022")
        seen.append(("filled", ok.isEnabled(), dialog.objectName(), dialog.checked_checklists()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HandoverDialog, "exec", exec_)


def save_as(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def accept_preview(monkeypatch, shown: list) -> None:
    def exec_(preview: HandoverPreview) -> int:
        shown.append(preview.text.toPlainText())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HandoverPreview, "exec", exec_)


def test_a_case_is_handed_over_to_a_key_registered_and_opened_again(
    view, qtbot, monkeypatch, tmp_path, handbook
):
    case = a_case(view)
    key = view.controller.own_handover_key()
    seen: list = []
    fill(monkeypatch, seen, key, notes=True)
    save_as(monkeypatch, tmp_path / "case")
    with qtbot.waitSignal(view.tools.sender_of_handovers.sent, timeout=20_000):
        view.tools.handover_button.click()
    assert seen[0] == ("empty", False)
    assert seen[1][:2] == ("short key", False) and "age1" in seen[1][2]
    assert seen[2] == ("typed basis missing", False)
    assert seen[3] == ("filled", True, "handoverDialog", ["cb1"])
    packet, pdf = tmp_path / "case.interact-handover", tmp_path / "case.pdf"
    assert packet.read_bytes().startswith(b"INTERACT-HANDOVER 1")
    assert SECRET.encode() not in packet.read_bytes()
    assert pdf.read_bytes().startswith(b"%PDF")
    whats = [r.what for r in view.controller.export_register(case)]
    assert whats == ["hand-over sent: case.interact-handover", "hand-over (PDF): case.pdf"]
    register = view.tools.register.table
    assert [register.topLevelItem(row).text(1) for row in range(2)] == [
        "Hand-over packet sent: case.interact-handover", "Hand-over (PDF): case.pdf",
    ]  # fmt: skip

    importer = HandoverImporter(view.controller, view)
    importer.handbook = handbook
    shown: list = []
    accept_preview(monkeypatch, shown)
    with qtbot.waitSignal(importer.imported, timeout=20_000) as made:
        importer.open_file(packet)
    [text] = shown
    assert "Hand-over of a case to a counterpart" in text
    assert "Passaggio di consegne a un omologo" in text  # the recipient's language too
    assert "Il minore è stato ritrovato in un altro paese" in text
    assert "Ελλάδα → Ιταλία" in text and SECRET in text and "Law 4960/2022" in text
    new = made.args[0]
    assert [n.body for n in view.controller.notes(new)] == [SECRET]
    [received] = view.controller.export_register(new)
    assert received.what == "hand-over received: case.interact-handover"


def test_a_one_time_passphrase_is_shown_once_and_opens_the_packet(
    view, qtbot, monkeypatch, tmp_path, handbook
):
    a_case(view)
    fill(monkeypatch, [], None)
    save_as(monkeypatch, tmp_path / "case")
    sender = view.tools.sender_of_handovers
    with qtbot.waitSignal(sender.sent, timeout=20_000):
        view.tools.handover_button.click()
    box = sender.passphrase_box
    assert box is not None and box.objectName() == "handoverPassphrase"
    words = box.informativeText().split("<b>")[1].split("</b>")[0]
    assert len(words.split()) == 7
    box.close()

    def type_words(dialog: QInputDialog) -> int:
        assert dialog.objectName() == "handoverPassphraseInput"
        dialog.setTextValue(words.upper())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", type_words)
    importer = HandoverImporter(view.controller, view)
    importer.handbook = handbook
    accept_preview(monkeypatch, [])
    with qtbot.waitSignal(importer.imported, timeout=20_000):
        importer.open_file(tmp_path / "case.interact-handover")
    assert len(view.controller.cases()) == 2


def test_a_damaged_packet_is_refused_with_its_message_and_nothing_is_made(
    view, qtbot, monkeypatch, tmp_path, handbook
):
    a_case(view)
    fill(monkeypatch, [], view.controller.own_handover_key())
    save_as(monkeypatch, tmp_path / "case")
    with qtbot.waitSignal(view.tools.sender_of_handovers.sent, timeout=20_000):
        view.tools.handover_button.click()
    data = bytearray((tmp_path / "case.interact-handover").read_bytes())
    data[len(data) // 2] ^= 0x10
    damaged = tmp_path / "damaged.interact-handover"
    damaged.write_bytes(bytes(data))
    cut = tmp_path / "cut.interact-handover"
    cut.write_bytes(bytes(data[:-40]))
    warnings: list = []

    def exec_(box: QMessageBox) -> int:
        warnings.append((box.objectName(), box.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    importer = HandoverImporter(view.controller, view)
    importer.handbook = handbook
    importer.open_file(damaged)
    importer.open_file(cut)
    assert [name for name, _ in warnings] == ["handoverRefused"] * 2
    assert "altered or damaged" in warnings[0][1] and "incomplete" in warnings[1][1]
    assert all("Nothing was imported." in text for _, text in warnings)
    assert len(view.controller.cases()) == 1


def test_a_contacts_key_fills_the_key_and_the_recipient(qtbot, handbook):
    from interact_desktop.core.handover.keys import generate

    key = generate().public
    dialog = HandoverDialog(handbook, [], [], "en", "Eleni", None, [("Giulia Rossi", key)])
    qtbot.addWidget(dialog)
    assert dialog.basis.currentIndex() == -1  # the lawful basis is chosen, never assumed
    assert "Choose the lawful basis" in dialog.problem.text() or dialog.key_problem()
    dialog.to_passphrase.setChecked(True)
    dialog.contact.activated.emit(0)
    assert dialog.to_key.isChecked() and dialog.key.text() == key
    assert dialog.recipient.text() == "Giulia Rossi"
    QTest.keyClicks(dialog.purpose, "Continuity")
    assert not dialog.buttons.buttons()[0].isEnabled()
    assert dialog.problem.text() == "Choose the lawful basis."
    dialog.basis.setCurrentIndex(dialog.basis.findData("vital-interests"))
    assert dialog.buttons.buttons()[0].isEnabled() and dialog.problem.text() == ""


def test_file_open_packet_unlocks_first_then_makes_the_case_and_opens_it(
    window, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtGui import QAction

    from interact_desktop.core.handover.payload import Payload, Provenance, Summary
    from interact_desktop.core.notebook.handover import seal
    from tests.helpers.notebook_ui import PASSPHRASE, dialog_of, submit

    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    key = view.controller.own_handover_key()
    view.lock()
    provenance = Provenance("Claire Dubois", "ASE", "France", "2026-12-07", "Continuité",
                            "vital-interests", "", "fr", "nl", "")  # fmt: skip
    packet = tmp_path / "case.interact-handover"
    packet.write_bytes(seal(Payload(provenance, Summary(status="missing")), key=key))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(packet), ""))
    shown: list = []
    accept_preview(monkeypatch, shown)
    actions = window.window.findChildren(QAction)
    [action] = [a for a in actions if a.objectName() == "openHandoverAction"]
    action.trigger()
    dialog = dialog_of(view)
    assert "hand-over packet" in dialog.message.text()
    with qtbot.waitSignal(view.controller.unlocked, timeout=10_000):
        submit(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: len(view.controller.cases()) == 1, timeout=20_000)
    assert "Transmission du dossier à un homologue" in shown[0]
    assert "Overdracht van een zaak aan een collega" in shown[0]
    [case] = view.controller.cases()
    assert view.case_id == case.id and case.status == "missing"


def test_the_installation_key_is_shown_as_text_and_qr_code_after_unlocking(
    window, qtbot, monkeypatch
):
    from interact_desktop.core.notebook.handover import read_public_key
    from interact_desktop.ui.notebook.handover_key_view import HandoverKeyDialog
    from tests.helpers.notebook_ui import PASSPHRASE, dialog_of, submit

    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    view.lock()
    shown: list = []

    def exec_(dialog: HandoverKeyDialog) -> int:
        shown.append((dialog.objectName(), dialog.key.text(), dialog.code.pixmap().isNull()))
        dialog.copy.click()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(HandoverKeyDialog, "exec", exec_)
    window.notebook.show_handover_key()  # no key yet: the notebook is unlocked first
    assert shown == [] and "hand-over key" in dialog_of(view).message.text()
    with qtbot.waitSignal(view.controller.unlocked, timeout=10_000):
        submit(qtbot, dialog_of(view), PASSPHRASE)
    key = read_public_key(view.controller.folder)
    assert shown == [("handoverKeyDialog", key, False)] and key.startswith("age1")
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == key
    view.lock()
    window.notebook.show_handover_key()  # now known: shown without the passphrase
    assert shown[-1] == ("handoverKeyDialog", key, False)
