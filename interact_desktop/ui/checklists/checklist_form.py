"""The checklist form (checklistForm): generated from a template, saved as you type.

Every change is saved within a second (the draft store writes whole files atomically), so closing
the laptop or a crash loses at most the last keystrokes. Required and invalid answers are marked,
alert rules show a banner that links to the guidance, and progress counts the shown items.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import Checklist, ChecklistItem, localized
from interact_desktop.core.forms.answers import YES_NO, FilledChecklist
from interact_desktop.core.forms.dates import parse_date, parse_datetime, show_date, show_datetime
from interact_desktop.core.forms.drafts import DraftStore, new_draft_id
from interact_desktop.core.forms.engine import FormState
from interact_desktop.ui.common.autosave import AutosaveTimer
from interact_desktop.ui.common.fonts import scaled
from interact_desktop.ui.common.i18n import DATE_FORMAT
from interact_desktop.ui.common.storage_message import storage_message
from interact_desktop.ui.common.theme import alert_colour
from interact_desktop.ui.services.notebook_service import CASE_DATA

AUTOSAVE_MS = 800
INVALID_STYLE = "border: 2px solid #b42318;"


class ChecklistForm(QWidget):
    placeRequested = Signal(str)
    saved = Signal(str)  # draft id
    closed = Signal()

    def __init__(self, handbook: Handbook, store: DraftStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checklistForm")
        # Answers are case data: the notebook clears what is copied or selected here.
        self.setProperty(CASE_DATA, True)
        self.handbook = handbook
        self.store = store
        self.lang = "en"
        self.checklist: Checklist | None = None
        self.filled: FilledChecklist | None = None
        self.draft_id = ""
        self._inputs: dict[str, QWidget] = {}
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        self._loading = False
        # Answers whose save failed (a full disk), kept here until a later save succeeds.
        self._unsaved: dict[str, FilledChecklist] = {}

        self.title = QLabel()
        self.title.setObjectName("checklistTitle")
        self.title.setWordWrap(True)
        self.title.setFont(scaled(self.title.font(), 1.5, bold=True))
        self.banner = QLabel()
        self.banner.setObjectName("alertBanner")
        self.banner.setWordWrap(True)
        self.banner.setOpenExternalLinks(False)
        self.banner.linkActivated.connect(self.placeRequested)
        self.banner.hide()
        self.status = QLabel()
        self.status.setObjectName("checklistProgress")
        self.save_problem = QLabel()
        self.save_problem.setObjectName("checklistSaveProblem")
        self.save_problem.setWordWrap(True)
        self.save_problem.hide()
        self.finalise_button = QPushButton()
        self.duplicate_button = QPushButton()
        self.clear_button = QPushButton()
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.finalise_button, self.duplicate_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.finalise_button.clicked.connect(self.finalise)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.clear_button.clicked.connect(self.clear)
        self.close_button.clicked.connect(self.closed)

        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addWidget(self.save_problem)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self._timer = AutosaveTimer(AUTOSAVE_MS, self.save_now, self)
        self.retranslate()

    # -- opening ------------------------------------------------------------------------------

    def start(self, checklist: Checklist) -> str:
        """A new draft of ``checklist``; returns its id."""
        self.open(checklist, new_draft_id(), FilledChecklist.new(checklist))
        self.save_now()
        return self.draft_id

    def open(self, checklist: Checklist, draft_id: str, filled: FilledChecklist) -> None:
        self.save_now()
        self.checklist, self.draft_id, self.filled = checklist, draft_id, filled
        self._build()

    def unload(self) -> None:
        """Save, then empty the form: no answer stays in any widget (the notebook is locking).
        The form is emptied even when saving fails: the notebook names what was not saved."""
        try:
            self.save_now()
        except Exception:  # a full disk: the lock must still hide and forget
            self._timer.stop()
        while self.form.rowCount():
            self.form.removeRow(0)  # deletes the row's widgets
        self._inputs.clear()
        self._rows.clear()
        self._unsaved.clear()  # the lock forgets them too; the notebook names what was lost
        self.save_problem.hide()
        self.checklist, self.filled, self.draft_id = None, None, ""
        for label in (self.title, self.banner, self.status):
            label.setText("")
        self.banner.hide()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.checklist is not None:
            self._build()

    def retranslate(self) -> None:
        self.finalise_button.setText(self.tr("Finalise"))
        self.finalise_button.setToolTip(self.tr("Lock the answers and record when"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.clear_button.setText(self.tr("Clear all answers"))
        self.close_button.setText(self.tr("Close"))
        self.setAccessibleName(self.tr("Checklist form"))
        if self.checklist is not None:
            self._refresh()

    # -- building the form --------------------------------------------------------------------

    def _build(self) -> None:
        assert self.checklist is not None and self.filled is not None
        self._loading = True
        while self.form.rowCount():
            self.form.removeRow(0)
        self._inputs.clear()
        self._rows.clear()
        self.title.setText(localized(self.checklist.title, self.lang))
        for item in self.checklist.items:
            label = QLabel()
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            widget = self._input(item)
            widget.setObjectName(f"item-{item.id}")
            label.setBuddy(widget)
            self.form.addRow(label, widget)
            label.setObjectName(f"label-{item.id}")
            self._inputs[item.id] = widget
            self._rows[item.id] = (label, widget)
        self._loading = False
        self._refresh()

    def _input(self, item: ChecklistItem) -> QWidget:
        assert self.filled is not None
        value = self.filled.answers.get(item.id)
        kind = item.type
        if kind == "multiline":
            text_edit = QPlainTextEdit(value or "")
            text_edit.setTabChangesFocus(True)
            text_edit.setMaximumHeight(110)
            text_edit.textChanged.connect(lambda: self._changed(item, text_edit.toPlainText()))
            return text_edit
        if kind in ("yesno", "choice", "multichoice"):
            return self._options(item, value)
        if kind == "group":
            return self._group(item, value)
        edit = QLineEdit(self._display(kind, value))
        # A hint of the form in letters, never a value that could pass for an answer.
        hints = {"date": self.tr("dd/mm/yyyy"), "datetime": self.tr("dd/mm/yyyy hh:mm")}
        edit.setPlaceholderText(hints.get(kind, ""))
        edit.textChanged.connect(lambda text: self._changed(item, self._parse(kind, text)))
        if kind in ("date", "datetime"):
            self._add_calendar(edit, kind)
        return edit

    def _add_calendar(self, edit: QLineEdit, kind: str) -> None:
        """A calendar beside a date (click, or Alt+Down in the field): the day chosen is typed
        in; a time already there stays."""
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QStyle

        icon = edit.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarUnshadeButton)
        action = QAction(icon, self.tr("Choose the date from a calendar"), edit)
        action.setObjectName("calendarAction")
        action.setShortcut("Alt+Down")
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: self._open_calendar(edit, kind))
        edit.addAction(action, QLineEdit.ActionPosition.TrailingPosition)

    def _open_calendar(self, edit: QLineEdit, kind: str) -> None:
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QCalendarWidget

        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("checklistCalendar")
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setLocale(QLocale(self.lang))
        typed = edit.text().strip()
        current = parse_date(typed.split(" ")[0]) if typed else None
        if current is not None:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))

        def chosen(day: QDate) -> None:
            text = day.toString(DATE_FORMAT)
            if kind == "datetime":
                time = typed.partition(" ")[2].strip()
                text = f"{text} {time}" if time else text
            edit.setText(text)
            edit.setFocus()
            calendar.close()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        calendar.move(edit.mapToGlobal(edit.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()

    def _options(self, item: ChecklistItem, value) -> QWidget:
        box = QWidget()
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        if item.type == "yesno":
            options = [(key, self.handbook.export_label(key, self.lang)) for key in YES_NO]
        else:
            options = [(c.id, localized(c.label, self.lang)) for c in item.choices]
        if item.type == "multichoice":
            chosen = set(value or [])
            boxes = []
            for key, text in options:
                check = QCheckBox(text)
                check.setChecked(key in chosen)
                boxes.append((key, check))
                row.addWidget(check)
            for _, check in boxes:
                check.toggled.connect(
                    lambda _on: self._changed(item, [k for k, c in boxes if c.isChecked()])
                )
            return box
        group = QButtonGroup(box)
        for key, text in options:
            radio = QRadioButton(text)
            radio.setChecked(key == value)
            group.addButton(radio)
            row.addWidget(radio)
            radio.toggled.connect(partial(self._chosen, item, key))
        return box

    def _chosen(self, item: ChecklistItem, key: str, on: bool) -> None:
        """A radio button toggled: the answer is the one turned on."""
        if on:
            self._changed(item, key)

    def _group(self, item: ChecklistItem, value) -> QWidget:
        """A small table, one row per entry; empty rows are not saved."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        table = QTableWidget(0, len(item.fields))
        table.setObjectName(f"group-{item.id}")
        table.setHorizontalHeaderLabels([localized(f.label, self.lang) for f in item.fields])
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(120)
        for row in value or []:
            self._add_row(table, item, row)
        add = QPushButton(self.tr("Add a row"))
        remove = QPushButton(self.tr("Remove the selected row"))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addWidget(table)
        layout.addLayout(buttons)

        def collect() -> None:
            rows = []
            for number in range(table.rowCount()):
                row = {}
                for column, field in enumerate(item.fields):
                    cell = table.item(number, column)
                    text = cell.text().strip() if cell is not None else ""
                    if text:
                        row[field.id] = self._parse(field.type, text)
                if row:
                    rows.append(row)
            self._changed(item, rows)

        def remove_selected() -> None:
            if table.currentRow() >= 0:
                table.removeRow(table.currentRow())
                collect()

        table.cellChanged.connect(lambda _row, _column: collect())
        add.clicked.connect(lambda: self._add_row(table, item, {}))
        remove.clicked.connect(remove_selected)
        return box

    def _add_row(self, table: QTableWidget, item: ChecklistItem, row: dict) -> None:
        table.blockSignals(True)
        number = table.rowCount()
        table.insertRow(number)
        for column, field in enumerate(item.fields):
            table.setItem(
                number, column, QTableWidgetItem(self._display(field.type, row.get(field.id)))
            )
        table.blockSignals(False)

    @staticmethod
    def _display(kind: str, value) -> str:
        """An answer as the form shows it: dates day first, as every language writes them."""
        if value is None:
            return ""
        if kind == "date":
            return show_date(str(value))
        if kind == "datetime":
            return show_datetime(str(value))
        return str(value)

    @staticmethod
    def _parse(kind: str, text: str):
        text = text.strip()
        if not text:
            return None
        if kind == "number":
            try:
                return int(text) if text.lstrip("-").isdigit() else float(text.replace(",", "."))
            except ValueError:
                return text  # kept as typed; marked invalid
        if kind == "date":
            date = parse_date(text)
            return date.isoformat() if date is not None else text  # else kept; marked invalid
        if kind == "datetime":
            moment = parse_datetime(text)
            return moment.isoformat(timespec="minutes") if moment is not None else text
        return text

    # -- changes, checks, saving --------------------------------------------------------------

    def _changed(self, item: ChecklistItem, value) -> None:
        if self._loading or self.filled is None or self.filled.finalised:
            return
        if value in (None, "", []):
            self.filled.answers.pop(item.id, None)
        else:
            self.filled.answers[item.id] = value
        self.filled.updated = dt.datetime.now().isoformat(timespec="seconds")
        self._timer.changed()
        self._refresh()

    def field(self, item_id: str) -> QWidget:
        """The widget that takes the answer to an item (objectName ``item-<item id>``)."""
        return self._inputs[item_id]

    def label_of(self, item_id: str) -> QLabel:
        """The label of an item, with * when it is required (objectName ``label-<item id>``)."""
        return self._rows[item_id][0]

    def filled_checklist(self) -> tuple[str, FilledChecklist] | None:
        """What File > Export this page exports while the form is shown: saved first."""
        if self.checklist is None:
            return None
        assert self.filled is not None  # opened and emptied together with the checklist
        self.save_now()
        return self.checklist.id, self.filled

    def save_now(self) -> None:
        """Save the answers shown, and any whose save failed before. A storage failure (a full
        disk) does not escape: it is named under the form, the answers stay here (also when
        another checklist is opened) and are saved again at the next change or save. Other
        errors are raised."""
        self._timer.stop()
        if self.filled is not None and self.draft_id:
            self._unsaved[self.draft_id] = self.filled
        for draft_id, filled in list(self._unsaved.items()):
            try:
                self.store.save(draft_id, filled)
            except Exception as error:
                message = storage_message(error)
                if message is None:
                    raise
                self._show_save_problem(message)
                return
            del self._unsaved[draft_id]
            self.saved.emit(draft_id)
        self.save_problem.hide()

    @property
    def unsaved(self) -> list[str]:
        """The drafts whose answers are only in memory: their last save failed."""
        return list(self._unsaved)

    def _show_save_problem(self, message: str) -> None:
        kept = self.tr(
            "The answers could not be saved. They stay in this form and are saved as soon as "
            "the disk allows (at the next change)."
        )
        self.save_problem.setText(f"{kept} {message}")
        self.save_problem.setStyleSheet(f"color: {alert_colour(self)}")
        self.save_problem.show()

    def _refresh(self) -> None:
        assert self.checklist is not None and self.filled is not None
        state = FormState(self.checklist, self.filled)
        shown = {item.id for item in state.visible}
        issues = {issue.item: issue for issue in state.issues()}
        red = alert_colour(self)
        for item in self.checklist.items:
            label, widget = self._rows[item.id]
            visible = item.id in shown
            label.setVisible(visible)
            widget.setVisible(visible)
            text = escape(localized(item.label, self.lang))
            if item.required:
                text += f' <span style="color:{red}">*</span>'
            issue = issues.get(item.id)
            if issue is not None and issue.kind != "required":
                text += f' <span style="color:{red}">— {escape(self._issue_text(issue))}</span>'
            if item.help:
                text += f"<br/><small>{escape(localized(item.help, self.lang))}</small>"
            label.setText(text)
            widget.setStyleSheet(INVALID_STYLE if issue and issue.kind != "required" else "")
            widget.setEnabled(not self.filled.finalised)
        answered, total = state.progress()
        status = self.tr("%1 of %2 answered").replace("%1", str(answered)).replace("%2", str(total))
        if self.filled.finalised:
            status += " · " + self.tr("Finalised on %1").replace(
                "%1", self.filled.finalised.replace("T", " ")
            )
        self.status.setText(status)
        self._show_alerts(state.alerts())
        self.finalise_button.setEnabled(not self.filled.finalised)
        self.clear_button.setEnabled(not self.filled.finalised)

    def _issue_text(self, issue) -> str:
        if issue.kind == "range":
            return self.tr("allowed: %1").replace("%1", issue.detail)
        return self.tr("not a valid answer")

    def _show_alerts(self, alerts) -> None:
        if not alerts:
            self.banner.hide()
            return
        parts = []
        for rule in alerts:
            links = []
            if rule.section:
                title = self.handbook.title(rule.section, self.lang)
                links.append(f'<a href="section:{rule.section}">{escape(title)}</a>')
            if rule.flowchart and rule.flowchart in self.handbook.flowcharts:
                title = localized(self.handbook.flowcharts[rule.flowchart].title, self.lang)
                links.append(f'<a href="flowchart:{rule.flowchart}">{escape(title)}</a>')
            message = escape(localized(rule.message, self.lang))
            parts.append(f"<b>{message}</b><br/>{' · '.join(links)}")
        high = any(rule.level == "high" for rule in alerts)
        colour = "#fde8e7" if high else "#fff4d6"
        self.banner.setStyleSheet(
            f"background:{colour}; color:#1f2328; border:1px solid #c9ced6; padding:8px;"
        )
        self.banner.setText("<br/><br/>".join(parts))
        self.banner.show()

    # -- actions ------------------------------------------------------------------------------

    def finalise(self) -> bool:
        assert self.checklist is not None and self.filled is not None
        state = FormState(self.checklist, self.filled)
        if not state.can_finalise():
            from PySide6.QtWidgets import QMessageBox

            # Issues name items of this checklist.
            labels = {item.id: item.label for item in self.checklist.items}
            missing = [localized(labels[issue.item], self.lang) for issue in state.issues()]
            QMessageBox.warning(
                self,
                self.tr("Finalise"),
                self.tr("Some answers are missing or not valid:") + "\n\n• " + "\n• ".join(missing),
            )
            return False
        self.filled.finalised = dt.datetime.now().isoformat(timespec="seconds")
        self.save_now()
        self._refresh()
        return True

    def duplicate(self) -> str:
        assert self.checklist is not None and self.filled is not None
        copy = FilledChecklist.from_json(self.filled.to_json())
        copy.finalised = None
        copy.created = copy.updated = dt.datetime.now().isoformat(timespec="seconds")
        self.open(self.checklist, new_draft_id(), copy)
        self.save_now()
        return self.draft_id

    def clear(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Clear all answers"), self.tr("Remove every answer of this checklist?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            assert self.filled is not None
            self.filled.answers.clear()
            self.save_now()
            self._build()
