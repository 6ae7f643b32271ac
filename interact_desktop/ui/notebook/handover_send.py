"""Hand a case over to a colleague abroad: the dialog that says what goes, to whom, why and on
which lawful basis, and the sender that seals the packet (and writes the bilingual PDF) off the
GUI thread.

As with the other exports, the case is gathered on the GUI thread (the notebook connection serves
one thread), sealed and written in the thread pool, and registered back on the GUI thread once
the file exists; if the notebook locked meanwhile, the files are removed rather than left
unregistered. A one-time passphrase is shown once, for the sender to pass on by another channel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.core.content.model import localized
from interact_desktop.core.languages import LANGUAGES, NATIVE_NAMES
from interact_desktop.core.settings import AUTHOR, Settings
from interact_desktop.ui.common.background import Background, Job
from interact_desktop.ui.common.dialogs import ask_save_path, file_stem, progress_dialog
from interact_desktop.ui.common.i18n import Retranslating
from interact_desktop.ui.services.notebook_service import NotebookService

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from interact_desktop.core.content.handbook import Handbook

#: The report's presets that suit a colleague taking a case over (statistics, with no free text
#: and dates by month, is for counting, not for care: core/notebook/handover.HANDOVER_PRESETS).
PRESETS = ("hand-over", "full")
OTHER_BASIS = ""  # the combo's last entry: the basis is typed


def first_line(text: str, longest: int = 70) -> str:
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= longest else line[: longest - 1] + "…"


class HandoverDialog(Retranslating, QDialog):
    """What goes, the recipient's language, purpose, lawful basis and how it is sealed."""

    def __init__(
        self,
        handbook: Handbook,
        checklists: list[tuple[str, str]],
        notes: list[tuple[int, str]],
        lang: str,
        author: str,
        parent: QWidget | None = None,
        contacts: list[tuple[str, str]] | None = None,
    ) -> None:
        """``checklists``: (stored id, template id); ``notes``: (id, text); ``contacts``: (name,
        hand-over key) of the user's contacts that hold one."""
        super().__init__(parent)
        from interact_desktop.core.handover.legal_bases import choices

        self.setObjectName("handoverDialog")
        self.setModal(True)
        self.handbook, self.lang = handbook, lang
        self.bases = choices(handbook.checklists)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.what_box = QGroupBox()
        self.summary = QCheckBox()
        self.summary.setObjectName("handoverSummary")
        self.summary.setChecked(True)
        self.timeline = QCheckBox()
        self.timeline.setObjectName("handoverTimeline")
        self.timeline.setChecked(True)
        self.checklist_list = QListWidget()
        self.checklist_list.setObjectName("handoverChecklists")
        self._templates = []
        for stored_id, template in checklists:
            item = QListWidgetItem(self.checklist_list)
            item.setData(256, stored_id)
            item.setCheckState(_checked(True))
            self._templates.append((item, template))
        self.note_list = QListWidget()
        self.note_list.setObjectName("handoverNotes")
        for note_id, text in notes:
            item = QListWidgetItem(first_line(text), self.note_list)
            item.setData(256, note_id)
            item.setCheckState(_checked(False))  # free text leaves only when chosen
        for box in (self.checklist_list, self.note_list):
            box.setMaximumHeight(96)
        self.preset = QComboBox()
        self.preset.setObjectName("handoverPreset")
        self.checklists_label, self.notes_label, self.preset_label = QLabel(), QLabel(), QLabel()
        what = QFormLayout(self.what_box)
        what.addRow(self.summary)
        what.addRow(self.timeline)
        what.addRow(self.checklists_label, self.checklist_list)
        what.addRow(self.notes_label, self.note_list)
        what.addRow(self.preset_label, self.preset)

        self.who_box = QGroupBox()
        self.language = QComboBox()
        self.language.setObjectName("handoverLanguage")
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(1 if lang == LANGUAGES[0] else 0)
        self.sender_name = QLineEdit(author)
        self.sender_name.setObjectName("handoverSender")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("handoverOrganisation")
        self.country = QLineEdit()
        self.country.setObjectName("handoverCountry")
        self.recipient = QLineEdit()
        self.recipient.setObjectName("handoverRecipient")
        self.purpose = QLineEdit()
        self.purpose.setObjectName("handoverPurpose")
        self.basis = QComboBox()
        self.basis.setObjectName("handoverLegalBasis")
        self.basis_text = QLineEdit()
        self.basis_text.setObjectName("handoverLegalBasisText")
        self.labels = {name: QLabel() for name in ("language", "sender", "organisation",
                                                   "country", "recipient", "purpose", "basis",
                                                   "basis_text")}  # fmt: skip
        who = QFormLayout(self.who_box)
        for name, field in (("language", self.language), ("sender", self.sender_name),
                            ("organisation", self.organisation), ("country", self.country),
                            ("recipient", self.recipient), ("purpose", self.purpose),
                            ("basis", self.basis), ("basis_text", self.basis_text)):  # fmt: skip
            self.labels[name].setBuddy(field)
            who.addRow(self.labels[name], field)

        self.seal_box = QGroupBox()
        self.to_key = QRadioButton()
        self.to_key.setObjectName("handoverToKey")
        self.to_key.setChecked(True)
        self.key = QLineEdit()
        self.key.setObjectName("handoverKey")
        self.key.setPlaceholderText("age1…")
        self.contact = QComboBox()
        self.contact.setObjectName("handoverKeyContact")
        for label, key in contacts or []:
            self.contact.addItem(label, key)
        self.contact.setCurrentIndex(-1)
        self.contact.setVisible(bool(contacts))
        self.contact.activated.connect(self._contact_chosen)
        self.to_passphrase = QRadioButton()
        self.to_passphrase.setObjectName("handoverToPassphrase")
        self.pdf = QCheckBox()
        self.pdf.setObjectName("handoverPdf")
        self.pdf.setChecked(True)
        seal = QVBoxLayout(self.seal_box)
        for widget in (self.to_key, self.contact, self.key, self.to_passphrase, self.pdf):
            seal.addWidget(widget)

        self.problem = QLabel()
        self.problem.setObjectName("handoverProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (self.intro, self.what_box, self.who_box, self.seal_box, self.problem,
                     self.buttons):  # fmt: skip
            layout.addWidget(part)
        for edit in (self.sender_name, self.recipient, self.purpose, self.basis_text, self.key):
            edit.textChanged.connect(self._update_ok)
        for toggle in (self.to_key, self.to_passphrase):
            toggle.toggled.connect(self._update_ok)
        self.basis.currentIndexChanged.connect(self._update_ok)
        self.retranslate()
        self._update_ok()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand over to a colleague"))
        self.intro.setText(
            self.tr(
                "An encrypted packet that only your colleague's app opens, and a PDF in your "
                "language and theirs. Choose what goes: only what they need."
            )
        )
        self.what_box.setTitle(self.tr("What goes"))
        self.summary.setText(self.tr("Summary of the case"))
        self.timeline.setText(self.tr("Timeline"))
        self.checklists_label.setText(self.tr("Checklists"))
        self.notes_label.setText(self.tr("Notes"))
        self.preset_label.setText(self.tr("Leave out"))
        for item, template in self._templates:
            checklist = self.handbook.checklists.get(template)
            item.setText(localized(checklist.title, self.lang) if checklist else template)
        names = {
            "hand-over": self.tr("Reference, tags and register (hand-over)"),
            "full": self.tr("Nothing (full)"),
        }
        chosen = self.preset.currentIndex()
        self.preset.clear()
        for preset in PRESETS:
            self.preset.addItem(names[preset], preset)
        self.preset.setCurrentIndex(max(0, chosen))
        self.who_box.setTitle(self.tr("To whom, why, on which basis"))
        texts = {
            "language": self.tr("Their language"),
            "sender": self.tr("Your name"),
            "organisation": self.tr("Your organisation"),
            "country": self.tr("Your country"),
            "recipient": self.tr("Recipient"),
            "purpose": self.tr("Purpose"),
            "basis": self.tr("Lawful basis"),
            "basis_text": self.tr("Basis in your words"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.recipient.setPlaceholderText(self.tr("Name and organisation (required)"))
        self.purpose.setPlaceholderText(self.tr("Why they need it (required)"))
        self.basis_text.setPlaceholderText(self.tr("The law and article, if you know them"))
        chosen = self.basis.currentIndex()
        self.basis.clear()
        for basis in self.bases:
            self.basis.addItem(localized(basis.label, self.lang), basis.id)
        self.basis.addItem(self.tr("Another basis (type it below)"), OTHER_BASIS)
        self.basis.setPlaceholderText(self.tr("Choose the basis (required)"))
        self.basis.setCurrentIndex(chosen)  # none at first: the sender chooses, knowingly
        self.seal_box.setTitle(self.tr("Sealed for"))
        self.to_key.setText(self.tr("Their hand-over key"))
        self.key.setAccessibleName(self.tr("Their hand-over key"))
        self.contact.setPlaceholderText(self.tr("From your contacts…"))
        self.contact.setAccessibleName(self.tr("Hand-over key from your contacts"))
        self.to_passphrase.setText(
            self.tr("A one-time passphrase, shown once, to give them by phone")
        )
        self.pdf.setText(self.tr("Also write the PDF in both languages"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand over…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._update_ok()

    def _contact_chosen(self, index: int) -> None:
        """A contact's key fills the key; their name the recipient, if none was typed."""
        self.to_key.setChecked(True)
        self.key.setText(self.contact.itemData(index))
        if not self.recipient.text().strip():
            self.recipient.setText(self.contact.itemText(index))

    def key_problem(self) -> str:
        from interact_desktop.core.handover.errors import BadRecipientKey
        from interact_desktop.core.handover.keys import recipient_key

        if not self.to_key.isChecked():
            return ""
        if not self.key.text().strip():
            return self.tr("Paste your colleague's hand-over key.")
        try:
            recipient_key(self.key.text())
        except BadRecipientKey:
            return self.tr("This is not a complete hand-over key: it starts with age1.")
        return ""

    def _update_ok(self) -> None:
        if not hasattr(self, "buttons"):
            return
        problem = self.key_problem()
        typed = self.basis_text.text().strip()
        if not problem and self.basis.currentIndex() < 0:
            problem = self.tr("Choose the lawful basis.")
        elif not problem and self.basis.currentData() == OTHER_BASIS and not typed:
            problem = self.tr("Type the lawful basis.")
        filled = all(
            edit.text().strip() for edit in (self.sender_name, self.recipient, self.purpose)
        )
        self.key.setEnabled(self.to_key.isChecked())
        self.contact.setEnabled(self.to_key.isChecked())
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(filled and not problem)

    def checked_checklists(self) -> list[str]:
        return _checked_ids(self.checklist_list)

    def checked_notes(self) -> list[int]:
        return _checked_ids(self.note_list)


def _checked(on: bool):
    from PySide6.QtCore import Qt

    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


def _checked_ids(widget: QListWidget) -> list:
    from PySide6.QtCore import Qt

    items = (widget.item(row) for row in range(widget.count()))
    return [item.data(256) for item in items if item.checkState() == Qt.CheckState.Checked]


class HandoverSender(QObject):
    """Runs hand-overs from one view; ``sent`` once the register lines are written."""

    sent = Signal(int, str)  # case id, packet written

    def __init__(
        self,
        controller: NotebookService,
        settings: Settings,
        parent: QWidget,
        background: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller, self.settings, self.parent_widget = controller, settings, parent
        self.handbook: Handbook | None = None
        #: (name, key) of the user's contacts holding a hand-over key, read when asked
        self.contacts: Callable[[], list[tuple[str, str]]] = list
        self.dialog: HandoverDialog | None = None
        self.background = background or Background()
        self._jobs: list[Job] = []
        self._progress: QProgressDialog | None = None
        self.passphrase_box: QMessageBox | None = None
        controller.locked.connect(self._locked)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def ask(self, case_id: int, lang: str) -> HandoverDialog | None:
        if self.handbook is None:
            return None
        checklists = [(i, f.template) for i, f in self.controller.checklists(case_id)]
        notes = [(n.id, n.body) for n in self.controller.notes(case_id)]
        dialog = HandoverDialog(self.handbook, checklists, notes, lang,
                                self.settings.get(AUTHOR), self.parent_widget,
                                self.contacts())  # fmt: skip
        self.dialog = dialog
        accepted = dialog.exec()
        self.dialog = None
        dialog.deleteLater()
        return dialog if accepted and self.controller.is_unlocked else None

    def hand_over(self, case_id: int, lang: str) -> None:
        from interact_desktop.core.handover import words
        from interact_desktop.core.handover.keys import recipient_key
        from interact_desktop.core.handover.packet import SUFFIX
        from interact_desktop.core.handover.payload import Provenance
        from interact_desktop.core.notebook.handover import Selection

        dialog = self.ask(case_id, lang)
        if dialog is None or self.handbook is None:
            return
        today = dt.date.today().isoformat()
        target = ask_save_path(
            self.parent_widget, self.tr("Hand over to a colleague"),
            file_stem(f"hand-over-{today}"), SUFFIX, self.tr("Hand-over packets (*%1)")
            .replace("%1", SUFFIX), self.settings,
        )  # fmt: skip
        if target is None or not self.controller.is_unlocked:
            return
        basis = dialog.basis.currentData() or ""
        provenance = Provenance(
            dialog.sender_name.text().strip(), dialog.organisation.text().strip(),
            dialog.country.text().strip(), today, dialog.purpose.text().strip(), basis,
            dialog.basis_text.text().strip(), lang, dialog.language.currentData(),
            dialog.recipient.text().strip(),
        )  # fmt: skip
        selection = Selection(dialog.summary.isChecked(), dialog.timeline.isChecked(),
                              dialog.checked_checklists(), dialog.checked_notes(),
                              dialog.preset.currentData())  # fmt: skip
        payload = self.controller.handover_payload(case_id, selection, provenance,
                                                   self.handbook.checklists)  # fmt: skip
        key = recipient_key(dialog.key.text()) if dialog.to_key.isChecked() else None
        phrase = None if key is not None else words.one_time_passphrase()
        pdf = target.with_suffix(".pdf") if dialog.pdf.isChecked() else None
        handbook = self.handbook
        written: list[Path] = []  # what this hand-over wrote, removed again if it fails

        def work(progress) -> None:
            from interact_desktop.core.atomic import write_atomic_bytes
            from interact_desktop.core.export.handover_pdf import HandoverReport
            from interact_desktop.core.notebook.handover import seal

            write_atomic_bytes(target, seal(payload, key=key, passphrase=phrase), private=True)
            written.append(target)
            if pdf is not None:
                HandoverReport(handbook).write(payload, pdf)
                written.append(pdf)
            progress(1, 1)

        def record() -> None:
            self.controller.record_handover_sent(case_id, payload, target.name, key)
            if pdf is not None:
                self.controller.record_handover_pdf(case_id, pdf.name, provenance.recipient,
                                                    selection.preset)  # fmt: skip

        self._run(work, written, case_id, record, phrase)

    def _run(self, work, files: list[Path], case_id: int, record, phrase: str | None) -> None:
        progress = progress_dialog(self.parent_widget, self.tr("Hand over to a colleague"),
                                   self.tr("Sealing the packet…"))  # fmt: skip
        progress.setObjectName("handoverProgress")
        self._progress = progress
        jobs: list[Job] = []
        job = self.background.run(
            work,
            done=lambda _result: self._finished(jobs[0], case_id, files, record, phrase),
            failed=lambda error: self._failed(jobs[0], files, str(error)),
        )
        jobs.append(job)
        self._jobs.append(job)

    def _finished(self, job: Job, case_id: int, files: list[Path], record, phrase) -> None:
        self._jobs.remove(job)
        self._close_progress()
        try:
            if not self.controller.is_unlocked:
                raise RuntimeError(self.tr("the notebook was locked"))
            record()
        except Exception as error:
            for path in files:
                path.unlink(missing_ok=True)
            self._warn(
                self.tr(
                    "The hand-over could not be entered in the register (%1), so its files were "
                    "removed. Hand it over again."
                ).replace("%1", str(error))
            )
            return
        if phrase is not None:
            self._show_passphrase(phrase)
        self.sent.emit(case_id, str(files[0]))

    def _show_passphrase(self, phrase: str) -> None:
        from PySide6.QtCore import Qt

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("One-time passphrase"), "",
                          QMessageBox.StandardButton.Ok, self.parent_widget)  # fmt: skip
        box.setObjectName("handoverPassphrase")
        box.setText(
            self.tr(
                "Give these words to your colleague by another channel, such as a phone call, "
                "never with the packet. They are shown only now."
            )
        )
        box.setInformativeText(f"<p style='font-size:large'><b>{phrase}</b></p>")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.passphrase_box = box
        box.finished.connect(lambda _code: setattr(self, "passphrase_box", None))
        box.open()

    def _failed(self, job: Job, files: list[Path], message: str) -> None:
        self._jobs.remove(job)
        self._close_progress()
        for path in files:  # a packet written before the PDF failed is not left behind
            path.unlink(missing_ok=True)
        self._warn(self.tr("The hand-over could not be written: %1").replace("%1", message))

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget, self.tr("Hand over to a colleague"), message)

    def _close_progress(self) -> None:
        if self._progress is not None and not self._jobs:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _locked(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        if self.passphrase_box is not None:
            self.passphrase_box.close()
