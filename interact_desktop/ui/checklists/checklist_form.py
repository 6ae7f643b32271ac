"""The checklist form (checklistForm): generated from a template, saved as you type.

Every change is saved within a second (the draft store writes whole files atomically), so closing
the laptop or a crash loses at most the last keystrokes. Required and invalid answers are marked,
alert rules show a banner that links to the guidance, and progress counts the shown items.

The header names the case the checklist is attached to. Questions and their help sit beside the
answers when the form is wide enough (``FormBody``), at the reader's body size; the alert banner
has a place of its own above the questions that never changes height, so an alert appearing or
going never moves a question from under the pointer.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
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
from interact_desktop.core.content.model import localized
from interact_desktop.core.content.tool_model import Checklist, ChecklistItem
from interact_desktop.core.forms.answers import YES_NO, FilledChecklist
from interact_desktop.core.forms.dates import parse_date, parse_datetime, show_date, show_datetime
from interact_desktop.core.forms.drafts import DraftStore, new_draft_id
from interact_desktop.core.forms.engine import FormState
from interact_desktop.ui.checklists.form_body import ROW_GAP, FormBody
from interact_desktop.ui.checklists.segmented import SegmentedChoice, fits
from interact_desktop.ui.common.autosave import AutosaveTimer
from interact_desktop.ui.common.fonts import scaled
from interact_desktop.ui.common.i18n import DATE_FORMAT
from interact_desktop.ui.common.storage_message import storage_message
from interact_desktop.ui.common.theme import alert_colour
from interact_desktop.ui.services.notebook_service import CASE_DATA

AUTOSAVE_MS = 800
INVALID_STYLE = "border: 2px solid #b42318;"
#: Lines of text the alert banner's place holds; more alerts than that scroll inside it.
BANNER_LINES = 3
#: However long an alert, its place takes at most this many lines; a longer one scrolls.
BANNER_MOST = 9
BANNER_STYLE = "background:%1; color:#1f2328; border:1px solid #c9ced6; padding:8px;"
# The banner's colours are its own in both appearances, so its links take a blue readable on them.
LINK = ' style="color:#1d5fa8"'
NO_ALERT_STYLE = "border:1px solid palette(mid); padding:8px;"


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
        self._rows: dict[str, tuple[QLabel, QLabel, int]] = {}  # question, help, row number
        self._loading = False
        # Answers whose save failed (a full disk), kept here until a later save succeeds.
        self._unsaved: dict[str, FilledChecklist] = {}

        self.title = QLabel()
        self.title.setObjectName("checklistTitle")
        self.title.setWordWrap(True)
        self.title.setFont(scaled(self.title.font(), 1.5, bold=True))
        self.case_label = QLabel()
        self.case_label.setObjectName("checklistCase")
        self.case_label.setWordWrap(True)
        self.case_reference = ""
        self.banner = QLabel()
        self.banner.setObjectName("alertBanner")
        self.banner.setWordWrap(True)
        self.banner.setOpenExternalLinks(False)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.banner.linkActivated.connect(self.placeRequested)
        self.banner.hide()
        self.no_alert = QLabel()
        self.no_alert.setObjectName("noAlert")
        self.no_alert.setWordWrap(True)
        self.no_alert.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        alerts = QWidget()
        alerts_layout = QVBoxLayout(alerts)
        alerts_layout.setContentsMargins(0, 0, 0, 0)
        alerts_layout.setSpacing(0)
        for label in (self.no_alert, self.banner):
            # Whichever is shown fills the place, so the box keeps one size.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            alerts_layout.addWidget(label)
        self.no_alert.setStyleSheet(NO_ALERT_STYLE)
        # The banner's place: the same height with or without alerts (it scrolls when many).
        self.alert_area = QScrollArea()
        self.alert_area.setObjectName("alertArea")
        self.alert_area.setFrameShape(QFrame.Shape.NoFrame)
        self.alert_area.setWidgetResizable(True)
        self.alert_area.setWidget(alerts)
        self.alert_area.setFixedHeight(self._banner_height())
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

        self.body = FormBody()
        scroll = QScrollArea()
        scroll.setObjectName("checklistScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.case_label)
        layout.addWidget(self.alert_area)
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
        self.body.clear()  # deletes the rows' widgets
        self._inputs.clear()
        self._rows.clear()
        self._unsaved.clear()  # the lock forgets them too; the notebook names what was lost
        self.save_problem.hide()
        self.checklist, self.filled, self.draft_id = None, None, ""
        self.case_reference = ""
        self.alert_area.hide()
        for label in (self.title, self.case_label, self.banner, self.status, self.no_alert):
            label.setText("")
        self.banner.hide()

    def set_case(self, reference: str) -> None:
        """The reference of the case the checklist is attached to ("" for none), for the
        header: a guardian with several children's checklists open must see whose this is."""
        self.case_reference = reference
        self._show_case()

    def _show_case(self) -> None:
        if self.checklist is None:
            self.case_label.setText("")
        elif self.case_reference:
            self.case_label.setText(self.tr("Case %1").replace("%1", self.case_reference))
        else:
            self.case_label.setText(self.tr("Not attached to a case"))

    def _banner_height(self) -> int:
        """The banner's place: ``BANNER_LINES`` lines of its text and its padding."""
        # Rich text sets bold lines a little apart from the font's spacing: half a line spare.
        lines = int(self.banner.fontMetrics().lineSpacing() * (BANNER_LINES + 0.5))
        return lines + 2 * 8 + 4  # padding and border (see _show_alerts)

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
        self.alert_area.setAccessibleName(self.tr("Alerts"))
        self._show_case()
        if self.checklist is not None:
            self._refresh()

    # -- building the form --------------------------------------------------------------------

    def _build(self) -> None:
        assert self.checklist is not None and self.filled is not None
        self._loading = True
        self.body.clear()
        self._inputs.clear()
        self._rows.clear()
        self.title.setText(localized(self.checklist.title, self.lang))
        self._show_case()
        for number, item in enumerate(self.checklist.items):
            question = QWidget()
            question.setObjectName(f"question-{item.id}")
            column = QVBoxLayout(question)
            column.setContentsMargins(0, ROW_GAP, 0, 0)
            column.setSpacing(2)
            label = QLabel()
            label.setObjectName(f"label-{item.id}")
            label.setWordWrap(True)
            label.setFont(scaled(self.font(), 1.0, bold=True))
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            help_label = QLabel()
            help_label.setObjectName(f"help-{item.id}")
            help_label.setWordWrap(True)
            help_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            help_label.setVisible(bool(item.help))
            column.addWidget(label)
            column.addWidget(help_label)
            widget = self._input(item)
            widget.setObjectName(f"item-{item.id}")
            # The question is not the answer's sibling, so Qt cannot find it as the buddy's
            # label: the answer is named (and described by its help) here.
            widget.setAccessibleName(localized(item.label, self.lang))
            if item.help:
                widget.setAccessibleDescription(localized(item.help, self.lang))
            if not isinstance(widget, SegmentedChoice):
                label.setBuddy(widget)
            self.body.add_row(question, widget)
            self._inputs[item.id] = widget
            self._rows[item.id] = (label, help_label, number)
        self._loading = False
        self._reserve_banner()
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
        if kind == "yesno" or (
            kind == "choice" and fits([list(c.label.values()) for c in item.choices])
        ):
            return self._segmented(item, value)
        if kind in ("choice", "multichoice"):
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

    def _segmented(self, item: ChecklistItem, value) -> QWidget:
        """Yes / no / not known, and other short answers, as one joined control."""
        if item.type == "yesno":
            options = [(key, self.handbook.export_label(key, self.lang)) for key in YES_NO]
        else:
            options = [(c.id, localized(c.label, self.lang)) for c in item.choices]
        control = SegmentedChoice(options, value, localized(item.label, self.lang))
        control.chosen.connect(lambda key: self._changed(item, key))
        return control

    def _options(self, item: ChecklistItem, value) -> QWidget:
        box = QWidget()
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
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
            label, help_label, number = self._rows[item.id]
            widget = self._inputs[item.id]
            self.body.set_row_visible(number, item.id in shown)
            text = escape(localized(item.label, self.lang))
            if item.required:
                text += f' <span style="color:{red}">*</span>'
            issue = issues.get(item.id)
            if issue is not None and issue.kind != "required":
                text += f' <span style="color:{red}">— {escape(self._issue_text(issue))}</span>'
            label.setText(text)
            # Help at the body size: a guardian reads it while deciding the answer.
            help_label.setText(localized(item.help, self.lang) if item.help else "")
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
        """The alerts in the banner's place, or a calm line saying there is none: the place
        keeps its height either way."""
        self.no_alert.setText(self.tr("No alert from the answers so far."))
        self.no_alert.setVisible(not alerts)
        if not alerts:
            self.banner.hide()
            return
        high = any(rule.level == "high" for rule in alerts)
        colour = "#fde8e7" if high else "#fff4d6"
        self.banner.setStyleSheet(BANNER_STYLE.replace("%1", colour))
        self.banner.setText(self._alerts_html(alerts))
        self.banner.show()

    def _alerts_html(self, alerts) -> str:
        parts = []
        for rule in alerts:
            links = []
            if rule.section:
                title = self.handbook.title(rule.section, self.lang)
                links.append(f'<a href="section:{rule.section}"{LINK}>{escape(title)}</a>')
            if rule.flowchart and rule.flowchart in self.handbook.flowcharts:
                title = localized(self.handbook.flowcharts[rule.flowchart].title, self.lang)
                links.append(f'<a href="flowchart:{rule.flowchart}"{LINK}>{escape(title)}</a>')
            message = escape(localized(rule.message, self.lang))
            parts.append(f"<b>{message}</b><br/>{' · '.join(links)}")
        return "<br/><br/>".join(parts)

    def _reserve_banner(self) -> None:
        """Make the banner's place as tall as the longest single alert of this checklist needs
        at this width (at least ``BANNER_LINES`` lines, at most ``BANNER_MOST``): set when the
        checklist, the language or the width changes, never when an answer does."""
        # A checklist without alert rules never shows one: no place is kept for it.
        self.alert_area.setVisible(self.checklist is not None and bool(self.checklist.alerts))
        height = self._banner_height()
        if self.checklist is not None and self.checklist.alerts:
            scroll_bar = self.alert_area.verticalScrollBar().sizeHint().width()
            width = max(self.alert_area.width() - scroll_bar - 2, 100)
            probe = QLabel()
            probe.setWordWrap(True)
            probe.setFont(self.banner.font())
            probe.setStyleSheet(BANNER_STYLE.replace("%1", "#fde8e7"))
            tallest = 0
            for rule in self.checklist.alerts:
                probe.setText(self._alerts_html([rule]))
                tallest = max(tallest, probe.heightForWidth(width))
            most = self.banner.fontMetrics().lineSpacing() * BANNER_MOST
            height = max(height, min(tallest + 4, most))
        if height != self.alert_area.height():
            self.alert_area.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._reserve_banner()

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
