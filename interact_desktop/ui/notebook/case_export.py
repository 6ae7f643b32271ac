"""Case data leaving the notebook: the case report PDF and the subject-access JSON.

A dialog asks what goes out (the redaction preset), for whom (required: it goes into the export
register) and in which language; then a file name. The notebook connection serves one thread at a
time, so the data is gathered and redacted on the GUI thread through the controller, the file is
written in the thread pool, and the register line is added back on the GUI thread once the file
exists. If the notebook locked meanwhile, or the case was deleted, the line cannot be written: the
file is removed rather than left unregistered.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.core.languages import LANGUAGES, NATIVE_NAMES
from interact_desktop.core.settings import AUTHOR, Settings
from interact_desktop.ui.common.background import Background, Job
from interact_desktop.ui.common.dialogs import ask_save_path, file_stem, progress_dialog
from interact_desktop.ui.common.i18n import Retranslating
from interact_desktop.ui.common.storage_message import storage_message
from interact_desktop.ui.services.notebook_service import NotebookService

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from interact_desktop.core.content.handbook import Handbook

REPORT = "report"
SUBJECT_ACCESS = "subject-access"
PRESETS = ("full", "hand-over", "statistics")  # core/notebook/dossier.py, in this order


class CaseExportDialog(Retranslating, QDialog):
    """What goes out and for whom. ``kind`` is REPORT (preset, recipient, language) or
    SUBJECT_ACCESS (recipient only: such an export holds everything)."""

    def __init__(self, kind: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("caseReportDialog" if kind == REPORT else "subjectAccessDialog")
        self.setModal(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.presets = QButtonGroup(self)
        self.preset_buttons: dict[str, QRadioButton] = {}
        self.preset_notes: dict[str, QLabel] = {}
        choices = QVBoxLayout()
        choices.setSpacing(2)
        for preset in PRESETS if kind == REPORT else ():
            button = self.preset_buttons[preset] = QRadioButton()
            button.setObjectName(f"preset-{preset}")
            note = self.preset_notes[preset] = QLabel()
            note.setWordWrap(True)
            note.setIndent(24)
            note.setStyleSheet("color: palette(placeholder-text)")
            self.presets.addButton(button)
            choices.addWidget(button)
            choices.addWidget(note)
        if self.preset_buttons:
            self.preset_buttons["full"].setChecked(True)
        self.recipient = QLineEdit()
        self.recipient.setObjectName("exportRecipient")
        self.recipient.textChanged.connect(self._update_ok)
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.recipient_label = QLabel()
        self.recipient_label.setBuddy(self.recipient)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(self.recipient_label, self.recipient)
        if kind == REPORT:
            form.addRow(self.language_label, self.language)
        else:
            self.language.hide()
            self.language_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(choices)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update_ok()
        self.resize(520, self.sizeHint().height())

    def retranslate(self) -> None:
        if self.kind == REPORT:
            self.setWindowTitle(self.tr("Export case report"))
            self.intro.setText(
                self.tr("A case report holds personal data. Choose what it includes:")
            )
        else:
            self.setWindowTitle(self.tr("Everything about this case"))
            self.intro.setText(
                self.tr(
                    "Every field, note, timeline entry, checklist and register line of this case, "
                    "as a JSON file: the answer to a subject-access request."
                )
            )
        names = {
            "full": (self.tr("Full"), self.tr("Everything about the case, with its reference.")),
            "hand-over": (
                self.tr("Hand-over"),
                self.tr("For a colleague taking the case over: no reference, tags or register."),
            ),
            "statistics": (
                self.tr("Statistics"),
                self.tr("No free text at all, and dates by month only: for counting."),
            ),
        }
        for preset, button in self.preset_buttons.items():
            button.setText(names[preset][0])
            self.preset_notes[preset].setText(names[preset][1])
        self.recipient_label.setText(self.tr("For whom"))
        self.recipient.setPlaceholderText(self.tr("Name, role or organisation (required)"))
        self.recipient.setAccessibleName(self.tr("For whom"))
        self.language_label.setText(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.recipient.text().strip()))

    @property
    def preset(self) -> str:
        return next((p for p, b in self.preset_buttons.items() if b.isChecked()), "full")

    @property
    def lang(self) -> str:
        return self.language.currentData()


class CaseExporter(QObject):
    """Runs the exports of one view; ``exported`` after the register line is written."""

    exported = Signal(int, str)  # case id, file written

    def __init__(
        self,
        controller: NotebookService,
        settings: Settings,
        parent: QWidget,
        background: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.parent_widget = parent
        self.handbook: Handbook | None = (
            None  # set by the view: the report names checklists and labels from it
        )
        self.dialog: QDialog | None = None
        self.background = background or Background()
        self._jobs: list[Job] = []
        self._progress: QProgressDialog | None = None
        controller.locked.connect(self._locked)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def ask(self, kind: str, lang: str) -> CaseExportDialog | None:
        """The dialog, run; None when cancelled or when locking closed it."""
        dialog = CaseExportDialog(kind, lang, self.parent_widget)
        self.dialog = dialog
        accepted = dialog.exec()
        self.dialog = None
        dialog.deleteLater()
        return dialog if accepted and self.controller.is_unlocked else None

    def export_report(self, case_id: int, reference: str, lang: str) -> None:
        from interact_desktop.core.export.case_report_pdf import CaseReport

        dialog = self.ask(REPORT, lang)
        if dialog is None or self.handbook is None:
            return
        preset, recipient, report_lang = dialog.preset, dialog.recipient.text().strip(), dialog.lang
        today = dt.date.today().isoformat()
        stem = f"case-report-{reference}-{today}" if preset == "full" else f"case-report-{today}"
        target = self._ask_target(stem, ".pdf", self.tr("PDF documents (*.pdf)"))
        if target is None or not self.controller.is_unlocked:
            return
        dossier = self.controller.case_dossier(case_id, preset, self.handbook.checklists)
        handbook, author = self.handbook, self.settings.get(AUTHOR)

        def work(progress) -> None:
            CaseReport(handbook).write(dossier, target, report_lang, recipient, author)
            progress(1, 1)

        def record() -> None:
            self.controller.record_case_report(case_id, target.name, recipient, preset)

        self._run(work, target, case_id, record)

    def export_subject_access(self, case_id: int, reference: str, lang: str) -> None:
        dialog = self.ask(SUBJECT_ACCESS, lang)
        if dialog is None:
            return
        recipient = dialog.recipient.text().strip()
        today = dt.date.today().isoformat()
        target = self._ask_target(
            f"subject-access-{reference}-{today}", ".json", self.tr("JSON files (*.json)")
        )
        if target is None or not self.controller.is_unlocked:
            return
        text = self.controller.subject_access(case_id)

        def work(progress) -> None:
            from interact_desktop.core.atomic import write_atomic

            write_atomic(target, text)  # 0600, and a failed write never leaves half a file
            progress(1, 1)

        def record() -> None:
            self.controller.record_subject_access(case_id, target.name, recipient)

        self._run(work, target, case_id, record)

    def _ask_target(self, stem: str, suffix: str, kinds: str) -> Path | None:
        return ask_save_path(self.parent_widget, self.tr("Export"), file_stem(stem), suffix, kinds,
                             self.settings)  # fmt: skip

    def _run(self, work, target: Path, case_id: int, record) -> None:
        progress = progress_dialog(self.parent_widget, self.tr("Export"),
                                   self.tr("Writing %1…").replace("%1", target.name))  # fmt: skip
        progress.setObjectName("caseExportProgress")
        self._progress = progress
        jobs: list[Job] = []
        job = self.background.run(
            work,
            done=lambda _result: self._finished(jobs[0], case_id, target, record),
            failed=lambda error: self._failed(jobs[0], storage_message(error) or str(error)),
        )
        jobs.append(job)
        self._jobs.append(job)  # how many are still writing

    def _finished(self, job: Job, case_id: int, target: Path, record) -> None:
        self._jobs.remove(job)
        self._close_progress()
        try:
            if not self.controller.is_unlocked:
                raise RuntimeError(self.tr("the notebook was locked"))
            record()
        except Exception as error:  # locked or deleted meanwhile: nothing leaves unregistered
            target.unlink(missing_ok=True)
            self._warn(
                self.tr(
                    "The export could not be entered in the register (%1), so the file was "
                    "removed. Export again."
                ).replace("%1", str(error))
            )
            return
        self.exported.emit(case_id, str(target))

    def _failed(self, job: Job, message: str) -> None:
        self._jobs.remove(job)
        self._close_progress()
        self._warn(self.tr("The file could not be written: %1").replace("%1", message))

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget, self.tr("Export"), message)

    def _close_progress(self) -> None:
        if self._progress is not None and not self._jobs:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _locked(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
