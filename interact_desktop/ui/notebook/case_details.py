"""The Details tab of a case (caseDetails): the case record — pseudonymous reference, status,
languages spoken, roles involved, dates, tags, purpose and retention date — saved as it is edited.

Like a note, the record is written a moment after the last change, and at once when another case
opens, the view is hidden or the notebook locks. ``clear`` empties every field, undo history
included, so a locked notebook leaves no case data here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.ui.common.autosave import AutosaveTimer
from interact_desktop.ui.common.i18n import Retranslating
from interact_desktop.ui.common.storage_message import failure_text
from interact_desktop.ui.common.theme import alert_colour
from interact_desktop.ui.notebook.case_list import is_overdue, status_names

AUTOSAVE_MS = 800
UNSET = QDate(1900, 1, 1)  # the minimum date stands for "no date"
TEXT_FIELDS = ("reference", "languages", "roles", "tags")
DATE_FIELDS = ("opened", "last_seen", "closed", "retention")


class OptionalDate(QWidget):
    """A date that may be unset: the date edit shows "not set" at its minimum, and a button
    clears it. The calendar opens on this month when no date is set."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setObjectName(name)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(UNSET)
        self.edit.setDate(UNSET)
        self.edit.dateChanged.connect(lambda _date: self.changed.emit())
        self.edit.calendarWidget().installEventFilter(self)
        self.clear_button = QToolButton()
        self.clear_button.setObjectName(f"{name}Clear")
        self.clear_button.setText("×")
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

    def set_unset_text(self, text: str) -> None:
        """What an unset date shows; the field is made wide enough for it."""
        self.edit.setSpecialValueText(text)
        metrics = self.edit.fontMetrics()
        sample = metrics.horizontalAdvance("2026-12-31")
        chrome = self.edit.sizeHint().width() - sample
        self.edit.setMinimumWidth(chrome + max(sample, metrics.horizontalAdvance(text)) + 4)

    def value(self) -> str:
        date = self.edit.date()
        return "" if date == UNSET else date.toString(Qt.DateFormat.ISODate)

    def set_value(self, iso: str) -> None:
        """Without signalling: loading a case is not an edit."""
        date = QDate.fromString(iso, Qt.DateFormat.ISODate) if iso else UNSET
        self.edit.blockSignals(True)
        self.edit.setDate(date if date.isValid() else UNSET)
        self.edit.blockSignals(False)

    def clear(self) -> None:
        self.edit.setDate(UNSET)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The filter is on the date field's calendar only.
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QCalendarWidget)
            and self.edit.date() == UNSET
        ):
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class CaseDetails(Retranslating, QWidget):
    """The form; ``saved`` says which case changed, so the list and title can follow."""

    saved = Signal(int)
    deleteRequested = Signal()

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetails")
        self.controller = controller
        self.case_id: int | None = None
        self._loading = False
        self._dirty = False
        self._timer = AutosaveTimer(AUTOSAVE_MS, self.save_now, self)

        self.fields: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            field = QLineEdit()
            field.setObjectName(f"case_{name}")
            field.textEdited.connect(self._edited)
            self.fields[name] = field
        self.reference_hint = self._hint()
        self.status = QComboBox()
        self.status.setObjectName("case_status")
        for code in controller.statuses():
            self.status.addItem("", code)
        self.status.setCurrentIndex(-1)
        self.status.currentIndexChanged.connect(self._edited)
        self.dates = {name: OptionalDate(f"case_{name}") for name in DATE_FIELDS}
        for date in self.dates.values():
            date.changed.connect(self._edited)
        self.retention_hint = self._hint()
        self.overdue = QLabel()
        self.overdue.setObjectName("caseOverdue")
        self.overdue.setWordWrap(True)
        self.overdue.setStyleSheet(f"color: {alert_colour(self)}; font-weight: bold")
        self.overdue.hide()
        self.purpose = QPlainTextEdit()
        self.purpose.setObjectName("case_purpose")
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(self.purpose.fontMetrics().lineSpacing() * 4 + 16)
        self.purpose.textChanged.connect(self._edited)
        self.save_status = QLabel()
        self.save_status.setObjectName("caseDetailsStatus")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteCaseButton")
        self.delete_button.clicked.connect(self.deleteRequested)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget]] = [
            ("reference", self.fields["reference"]),
            ("", self.reference_hint),
            ("status", self.status),
            ("languages", self.fields["languages"]),
            ("roles", self.fields["roles"]),
            ("opened", self.dates["opened"]),
            ("last_seen", self.dates["last_seen"]),
            ("closed", self.dates["closed"]),
            ("tags", self.fields["tags"]),
            ("purpose", self.purpose),
            ("retention", self.dates["retention"]),
            ("", self.retention_hint),
            ("", self.overdue),
        ]
        for name, widget in rows:
            if not name:
                form.addRow("", widget)
                continue
            label = self.labels[name] = QLabel()
            label.setBuddy(widget.edit if isinstance(widget, OptionalDate) else widget)
            form.addRow(label, widget)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(form)
        column.addWidget(self.save_status)
        column.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.delete_button)
        column.addLayout(bottom)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def _hint(self) -> QLabel:
        hint = QLabel()
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text)")
        return hint

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        names = {
            "reference": self.tr("Reference"),
            "status": self.tr("Status"),
            "languages": self.tr("Languages spoken"),
            "roles": self.tr("Roles involved"),
            "opened": self.tr("Opened"),
            "last_seen": self.tr("Last seen"),
            "closed": self.tr("Closed"),
            "tags": self.tr("Tags"),
            "purpose": self.tr("Purpose"),
            "retention": self.tr("Retention date"),
        }
        for name, label in self.labels.items():
            label.setText(names[name])
        for name, field in self.fields.items():
            field.setAccessibleName(names[name])
        self.purpose.setAccessibleName(names["purpose"])
        self.status.setAccessibleName(names["status"])
        for name, date in self.dates.items():
            date.edit.setAccessibleName(names[name])
            date.set_unset_text(self.tr("not set"))
            date.clear_button.setToolTip(self.tr("No date"))
            date.clear_button.setAccessibleName(self.tr("Clear %1").replace("%1", names[name]))
        statuses = status_names()
        for row in range(self.status.count()):
            self.status.setItemText(row, statuses.get(self.status.itemData(row), ""))
        self.reference_hint.setText(
            self.tr("A pseudonymous reference, such as a file number: no real name is needed.")
        )
        self.fields["languages"].setPlaceholderText(self.tr("For example: Arabic, French"))
        self.fields["roles"].setPlaceholderText(
            self.tr("For example: guardian, police, shelter staff")
        )
        self.fields["tags"].setPlaceholderText(self.tr("Words to group cases, separated by commas"))
        self.purpose.setPlaceholderText(
            self.tr("Why this case is kept, for example: to protect the child while missing.")
        )
        self.retention_hint.setText(
            self.tr("The date by which the case should be deleted, when it is no longer needed.")
        )
        self.overdue.setText(
            self.tr("This date has come: delete the case if it is no longer needed.")
        )
        self.delete_button.setText(self.tr("Delete this case for good…"))

    # -- loading and saving -------------------------------------------------------------------

    def load(self, case_id: int) -> None:
        """Show a case's record (saving the one shown before)."""
        self.save_now()
        case = self.controller.case_record(case_id)
        self.case_id = case_id
        self._loading = True
        for name, field in self.fields.items():
            field.setText(getattr(case, name))
        self.status.setCurrentIndex(self.status.findData(case.status))
        for name, date in self.dates.items():
            date.set_value(getattr(case, name))
        self.purpose.setPlainText(case.purpose)
        self._loading = False
        self._dirty = False
        self.save_status.setText("")
        self.overdue.setVisible(is_overdue(case.retention))
        self.setEnabled(True)

    def values(self) -> dict[str, str]:
        values = {name: field.text() for name, field in self.fields.items()}
        values |= {name: date.value() for name, date in self.dates.items()}
        values["purpose"] = self.purpose.toPlainText()
        if self.status.currentIndex() >= 0:
            values["status"] = self.status.currentData()
        return values

    def _edited(self) -> None:
        if self._loading or self.case_id is None:
            return
        self._dirty = True
        self.overdue.setVisible(is_overdue(self.dates["retention"].value()))
        self._timer.changed()

    def save_now(self) -> None:
        self._timer.stop()
        if not self._dirty or self.case_id is None or not self.controller.is_unlocked:
            return
        values = self.values()
        message = ""
        if not values["reference"].strip():
            del values["reference"]  # the rest is saved; the old reference stays
            message = self.tr("A case needs a reference (a pseudonym is enough).") + " "
        self._dirty = False
        try:
            self.controller.update_case(self.case_id, **values)
        except Exception as error:  # a full disk: keep what is on screen and try again later
            self._dirty = True
            self.save_status.setText(
                self.tr("The details could not be saved: %1").replace("%1", failure_text(error))
            )
            return
        now = dt.datetime.now().strftime("%H:%M")
        self.save_status.setText(message + self.tr("Saved at %1").replace("%1", now))
        self.saved.emit(self.case_id)

    def clear(self) -> None:
        """Empty every field (undo history too) and forget the case."""
        self._timer.stop()
        self._loading = True
        self.case_id = None
        self._dirty = False
        for field in self.fields.values():
            field.setText("")  # unlike clear(), setText drops the undo history too
        self.status.setCurrentIndex(-1)
        for date in self.dates.values():
            date.set_value("")
        self.purpose.setPlainText("")  # drops the undo history
        self.save_status.setText("")
        self.overdue.hide()
        self._loading = False
        self.setEnabled(False)
