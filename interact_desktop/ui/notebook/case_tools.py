"""The case record and GDPR tools of the notebook view, kept apart from its notes and timeline:
the Details and Register tabs, status in the case list and its filter, the retention reminder,
deleting a case or a note for good, and the case report and subject-access exports.

The view creates one ``CaseTools`` and places its widgets; this object does the rest through the
view's ``NotebookService``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from interact_desktop.ui.notebook.case_details import CaseDetails
from interact_desktop.ui.notebook.case_export import CaseExporter
from interact_desktop.ui.notebook.case_list import (
    ID_ROLE,
    OVERDUE,
    StatusFilter,
    fill_case_model,
    is_overdue,
    set_case_state,
)
from interact_desktop.ui.notebook.export_register_view import ExportRegisterView
from interact_desktop.ui.notebook.handover_send import HandoverSender

if TYPE_CHECKING:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QLabel, QTabWidget

    from interact_desktop.core.content.handbook import Handbook
    from interact_desktop.core.settings import Settings
    from interact_desktop.ui.services.notebook_service import NotebookService


class CaseHost(Protocol):
    """What the case tools use of the notebook view they serve (NotebookView is one)."""

    controller: NotebookService
    settings: Settings
    tabs: QTabWidget
    case_model: QStandardItemModel
    case_title: QLabel
    case_id: int | None
    note_id: int | None
    lang: str

    def open_case(self, case_id: int, note_id: int | None = None) -> None: ...
    def new_note(self) -> None: ...
    def save_now(self) -> None: ...
    def refresh_timeline(self) -> None: ...
    def discard_edits(self) -> None: ...
    def case_closed(self) -> None: ...


BANNER_STYLE = (
    "QFrame#retentionBanner { background: #fdf1e7; border: 1px solid #9a2a10; }"
    "QFrame#retentionBanner QLabel { color: #9a2a10; font-weight: bold; }"
)


class CaseTools(QObject):
    def __init__(self, view: CaseHost, handbook: Handbook | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.parent_widget = parent  # the view itself: the dialogs' parent
        self.controller = controller = view.controller
        self._box: QMessageBox | None = None
        self.details = CaseDetails(controller)
        self.details.setEnabled(False)
        self.details.saved.connect(self._case_saved)
        self.details.deleteRequested.connect(self.delete_case)
        self.register = ExportRegisterView()
        self.status_filter = StatusFilter(controller.statuses())
        self.exporter = CaseExporter(controller, view.settings, parent)
        self.exporter.handbook = handbook
        self.exporter.exported.connect(self._exported)
        self.sender_of_handovers = HandoverSender(controller, view.settings, parent)
        self.sender_of_handovers.handbook = handbook
        self.sender_of_handovers.sent.connect(self._exported)

        self.actions = QWidget()
        self.actions.setObjectName("caseActions")
        self.report_button = QPushButton()
        self.report_button.setObjectName("exportCaseReportButton")
        self.report_button.clicked.connect(self.export_report)
        self.report_button.setEnabled(handbook is not None)
        self.access_button = QPushButton()
        self.access_button.setObjectName("subjectAccessButton")
        self.access_button.clicked.connect(self.export_subject_access)
        self.handover_button = QPushButton()
        self.handover_button.setObjectName("handOverButton")
        self.handover_button.clicked.connect(self.hand_over)
        self.handover_button.setEnabled(handbook is not None)
        self.exported_label = QLabel()
        self.exported_label.setObjectName("caseExported")
        # A long path is cut off rather than pushing the export buttons past the window's edge.
        self.exported_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self.actions)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.exported_label, 1)
        row.addWidget(self.report_button)
        row.addWidget(self.access_button)
        row.addWidget(self.handover_button)
        self.actions.setEnabled(False)

        self.banner = QFrame()
        self.banner.setObjectName("retentionBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_show = QPushButton()
        self.banner_show.setObjectName("retentionShow")
        self.banner_show.clicked.connect(lambda: self.status_filter.choose(OVERDUE))
        self.banner_close = QToolButton()
        self.banner_close.setObjectName("retentionDismiss")
        self.banner_close.setText("×")
        self.banner_close.clicked.connect(self.banner.hide)
        line = QHBoxLayout(self.banner)
        line.setContentsMargins(8, 4, 4, 4)
        line.addWidget(self.banner_text, 1)
        line.addWidget(self.banner_show)
        line.addWidget(self.banner_close)
        self.banner.hide()
        self._overdue = 0

        self.delete_note_button = QPushButton()
        self.delete_note_button.setObjectName("deleteNoteButton")
        self.delete_note_button.clicked.connect(self.delete_note)
        controller.locked.connect(self._locked)

    def connect_filter(self, proxy) -> None:
        """The status filter drives the view's CaseFilterProxy."""
        self.status_filter.currentIndexChanged.connect(
            lambda _row: proxy.set_status(self.status_filter.currentData())
        )

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        tabs = self.view.tabs
        tabs.setTabText(tabs.indexOf(self.details), self.tr("Details"))
        tabs.setTabText(tabs.indexOf(self.register), self.tr("Register"))
        self.report_button.setText(self.tr("Export case report…"))
        self.report_button.setToolTip(
            self.tr("A PDF of this case, for a recipient and with what they may see")
        )
        self.access_button.setText(self.tr("Everything about this case…"))
        self.access_button.setToolTip(
            self.tr("All data of this case as a JSON file, for a subject-access request")
        )
        self.handover_button.setText(self.tr("Hand over to a colleague…"))
        self.handover_button.setToolTip(
            self.tr("An encrypted packet and a PDF in two languages, for a colleague abroad")
        )
        self.banner_show.setText(self.tr("Show them"))
        self.banner_close.setToolTip(self.tr("Hide this reminder"))
        self.banner_close.setAccessibleName(self.tr("Hide this reminder"))
        self._banner_text()
        self.delete_note_button.setText(self.tr("Delete note…"))

    def _banner_text(self) -> None:
        self.banner_text.setText(
            self.tr(
                "%n case(s) past their retention date: delete them if no longer needed.",
                "",
                self._overdue,
            )
        )

    # -- the view's moments -------------------------------------------------------------------

    def fill_cases(self, model: QStandardItemModel) -> None:
        fill_case_model(model, self.controller.cases(), self.controller.overdue_ids())

    def unlocked(self) -> None:
        """The reminder: a banner, never a dialog, so nothing stands between unlocking and work."""
        self.status_filter.choose("")
        self._overdue = len(self.controller.overdue_ids())
        self._banner_text()
        self.banner.setVisible(self._overdue > 0)

    def open_case(self, case_id: int) -> None:
        self.details.load(case_id)
        self.register.show_records(self.controller.export_register(case_id))
        self.actions.setEnabled(True)
        self.exported_label.setText("")
        self.exported_label.setToolTip("")

    def save_now(self) -> None:
        self.details.save_now()

    def clear(self) -> None:
        self.details.clear()
        self.register.clear()
        self.actions.setEnabled(False)
        self.exported_label.setText("")
        self.exported_label.setToolTip("")
        self.banner.hide()
        self._overdue = 0

    def _locked(self) -> None:
        if self._box is not None:
            self._box.reject()

    def _case_saved(self, case_id: int) -> None:
        """The record changed: the list row and the title follow."""
        case = self.controller.case_record(case_id)
        model = self.view.case_model
        for row in range(model.rowCount()):
            item = model.item(row)
            if item.data(ID_ROLE) == case_id:
                item.setText(case.reference)
                set_case_state(item, case.status, is_overdue(case.retention))
        if case_id == self.view.case_id:
            self.view.case_title.setText(case.reference)

    # -- deleting -----------------------------------------------------------------------------

    def _confirm(self, title: str, text: str, action: str) -> bool:
        box = self._box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, parent=self.parent_widget
        )
        box.setObjectName("confirmDelete")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(action)
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()  # locking while it is open rejects it
        self._box = None
        box.setText("")  # it names the case; deletion happens later, in the event loop
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes and self.controller.is_unlocked

    def delete_case(self) -> None:
        view = self.view
        case_id = view.case_id
        if case_id is None or self.exporter.busy or self.sender_of_handovers.busy:
            return
        reference = self.controller.reference(case_id)
        text = self.tr(
            "Delete the case “%1” for good?\n\nIts details, notes, timeline, checklists and "
            "export register are erased from the notebook. This cannot be undone."
        ).replace("%1", reference)
        if not self._confirm(self.tr("Delete case"), text, self.tr("Delete for good")):
            return
        view.discard_edits()
        self.details.clear()
        self.controller.delete_case(case_id)
        view.case_closed()

    def delete_note(self) -> None:
        view = self.view
        view.save_now()  # a new note being typed gets its id, or stays unwritten when empty
        if view.case_id is None:
            return
        if view.note_id is None:
            view.new_note()
            return
        text = self.tr("Delete this note for good? This cannot be undone.")
        if not self._confirm(self.tr("Delete note"), text, self.tr("Delete for good")):
            return
        view.discard_edits()
        self.controller.delete_note(view.note_id)
        view.note_id = None
        view.open_case(view.case_id)

    # -- exports ------------------------------------------------------------------------------

    def export_report(self) -> None:
        self._export(self.exporter.export_report)

    def export_subject_access(self) -> None:
        self._export(self.exporter.export_subject_access)

    def hand_over(self) -> None:
        self._export(lambda case_id, _reference, lang: self.sender_of_handovers.hand_over(
            case_id, lang))  # fmt: skip

    def _export(self, export) -> None:
        view = self.view
        if view.case_id is None:
            return
        view.save_now()
        self.details.save_now()  # the file holds what is on screen
        export(view.case_id, self.controller.reference(view.case_id), view.lang)

    def _exported(self, case_id: int, path: str) -> None:
        if case_id != self.view.case_id or not self.controller.is_unlocked:
            return
        self.register.show_records(self.controller.export_register(case_id))
        self.view.refresh_timeline()
        self.exported_label.setText(self.tr("Saved: %1").replace("%1", Path(path).name))
        self.exported_label.setToolTip(path)
