"""Guided response: the current step of a flowchart, its deadline, the way on, and the path so far.

A thin widget over :class:`GuidedRun`: the run keeps the steps and the times; this shows them and
turns button presses into ``tick`` and ``choose``.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.core.content.model import localized
from interact_desktop.core.content.tool_model import Flowchart
from interact_desktop.core.export.police_summary import RunRecord
from interact_desktop.core.flowcharts.guided import (
    DUE_SOON,
    OVERDUE,
    Clock,
    FutureMoment,
    GuidedRun,
    TimelineSink,
)
from interact_desktop.ui.common.i18n import DATE_TIME_FORMAT, Retranslating
from interact_desktop.ui.common.theme import alert_colour

#: The quick choices for when the absence was noticed, in minutes ago (0: just now).
AGO_CHOICES = (0, 15, 30, 60)
STATUS_COLOURS = {  # on a light page, on a dark page
    OVERDUE: ("#c62828", "#ff8a80"),
    DUE_SOON: ("#b26a00", "#ffb74d"),
}


MAX_WIDTH = 520  # the widest the panel insists on: the diagram keeps the rest


class GuidedPanel(Retranslating, QWidget):
    """Steps one node at a time; ``stateChanged`` gives the diagram what to highlight."""

    stateChanged = Signal(dict)  # node id -> "current" | "done"
    closed = Signal()
    changed = Signal()  # the step or the time left changed (every second while running)
    policeSummaryRequested = Signal(str)  # the second language of the summary ("" for none)

    def __init__(
        self,
        clock: Clock = dt.datetime.now,
        sink: TimelineSink | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guidedPanel")
        self.clock = clock
        self.sink = sink
        self.run: GuidedRun | None = None
        self.lang = "en"

        self.heading = QLabel()
        self.heading.setObjectName("guidedHeading")
        self.heading.setWordWrap(True)
        self.recording = QLabel()
        self.recording.setObjectName("guidedRecording")
        self.recording.setWordWrap(True)
        self._case = ""  # the case whose timeline the steps go to
        self._stopped = False  # the notebook locked during the run
        self.moment = QDateTimeEdit()
        self.moment.setObjectName("guidedMoment")
        self.moment.setCalendarPopup(True)
        self.moment.editingFinished.connect(self._moment_edited)
        self.moment_error = QLabel()
        self.moment_error.setObjectName("guidedMomentError")
        self.moment_error.setWordWrap(True)
        self.moment_error.setStyleSheet(f"color: {alert_colour(self)}; font-weight: bold;")
        self.moment_error.hide()
        self.ago: dict[int, QPushButton] = {}
        ago_row = QGridLayout()  # two by two: the panel stays narrow, the diagram keeps its room
        for position, minutes in enumerate(AGO_CHOICES):
            button = QPushButton()
            button.setObjectName(f"guidedAgo{minutes}")
            button.clicked.connect(lambda _=False, m=minutes: self.noticed_ago(m))
            self.ago[minutes] = button
            ago_row.addWidget(button, position // 2, position % 2)
        self.moment_label = QLabel()
        self.elapsed = QLabel()
        self.elapsed.setObjectName("guidedElapsed")
        self.elapsed_label = QLabel()
        form = QFormLayout()
        form.addRow(self.moment_label, self.moment)
        form.addRow(ago_row)
        form.addRow(self.moment_error)
        form.addRow(self.elapsed_label, self.elapsed)

        self.step = QLabel()
        self.step.setObjectName("guidedStep")
        self.step.setWordWrap(True)
        # The instruction is never squeezed: the list of steps taken gives way first.
        self.step.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.who = QLabel()
        self.who.setObjectName("guidedWho")
        self.who.setWordWrap(True)
        self.due = QLabel()
        self.due.setObjectName("guidedDue")
        self.due.setWordWrap(True)
        self.buttons = QVBoxLayout()
        self.path_label = QLabel()
        self.path = QListWidget()
        self.path.setObjectName("guidedPath")
        self.path.setMinimumHeight(48)
        self.path.setWordWrap(True)
        self.path.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stop = QPushButton()
        self.stop.setObjectName("guidedStop")
        self.stop.clicked.connect(self.close_run)
        # The summary for the police: its menu says in which language(s) the page is written.
        self.police = QPushButton()
        self.police.setObjectName("policeSummaryButton")
        self.police_menu = QMenu(self.police)
        self.police_menu.setObjectName("policeSummaryMenu")
        self.police_menu.aboutToShow.connect(self._fill_police_menu)
        self.police.setMenu(self.police_menu)

        # What to do now comes first; when to count from, and what was done, below it. The whole
        # scrolls rather than cut a line of the instruction when the window is small.
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        layout.addWidget(self.step)
        layout.addWidget(self.who)
        layout.addWidget(self.due)
        layout.addLayout(self.buttons)
        layout.addSpacing(8)
        layout.addLayout(form)
        # On a line of its own, under the time it counts from: beside Stop it would widen the
        # panel in Greek, and at the foot it would hide below the steps taken.
        summary = QHBoxLayout()
        summary.addWidget(self.police)
        summary.addStretch(1)
        layout.addLayout(summary)
        layout.addWidget(self.recording)
        layout.addSpacing(8)
        layout.addWidget(self.path_label)
        layout.addWidget(self.path, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.stop)
        layout.addLayout(bottom)
        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._inner = inner
        inner.installEventFilter(self)  # its layout changes: the panel's minimum width follows

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh_time)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._inner and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self._fit_width)  # once the layout has taken the change
        return super().eventFilter(watched, event)

    def _fit_width(self) -> None:
        """The splitter never squeezes the panel narrower than its controls (up to a limit a
        window of 1280 pixels can give)."""
        self.setMinimumWidth(min(self.needed_width(), MAX_WIDTH))

    def needed_width(self) -> int:
        """The narrowest width that shows every control whole: the panel scrolls up and down,
        never sideways, so a narrower panel would cut the quick choices and the instruction
        at its right edge (long in Greek and French)."""
        scrollbar = self._scroll.verticalScrollBar().sizeHint().width()
        return self._inner.minimumSizeHint().width() + scrollbar

    # -- the run ------------------------------------------------------------------------------

    def start(self, flowchart: Flowchart, lang: str) -> None:
        self.lang = lang
        self.run = GuidedRun(flowchart, lang, self.sink, self.clock, moment_words=self.moment_text)
        self._use_locale()
        self._show_moment()
        self.timer.start()
        self._show_step()

    def _show_moment(self) -> None:
        assert self.run is not None
        moment = self.run.moment
        self.moment.setDateTime(
            QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute))
        )  # fmt: skip

    def _use_locale(self) -> None:
        """Dates and times as practitioners write them: 07/12/2026 14:30."""
        self.moment.setLocale(QLocale(self.lang))
        self.moment.setDisplayFormat(DATE_TIME_FORMAT)

    def moment_text(self, moment: dt.datetime) -> str:
        """The timeline's entry for a new moment, a sentence in the run's language."""
        when = QLocale(self.lang).toString(
            QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute)),
            DATE_TIME_FORMAT,
        )  # fmt: skip
        return self.tr("Counting from %1, when the absence was noticed").replace("%1", when)

    def noticed_ago(self, minutes: int) -> None:
        """A quick choice: the absence was noticed ``minutes`` ago (0: just now)."""
        if self.run is None:
            return
        moment = (self.clock() - dt.timedelta(minutes=minutes)).replace(second=0, microsecond=0)
        self._set_moment(moment)

    def set_recording(self, sink: TimelineSink | None, case: str = "") -> None:
        """Record the steps into ``case`` through ``sink``, or nowhere (None)."""
        self.sink = sink
        self._case = case if sink is not None else ""
        self._stopped = False
        if self.run is not None:
            self.run.sink = sink
        self._show_recording()

    def stop_recording(self) -> None:
        """The notebook locked: the steps from now on are not written anywhere."""
        if self.sink is not None:
            self.set_recording(None)
            self._stopped = True
            self._show_recording()

    def _show_recording(self) -> None:
        if self._case:
            text = self.tr("Recording in case %1").replace("%1", self._case)
        elif self._stopped:
            text = self.tr("The notebook is locked: the steps from now on are not recorded.")
        else:
            text = self.tr(
                "Steps are not recorded. To record them in a case's timeline, open the case in "
                "the notebook before starting."
            )
        self.recording.setText(text)
        self.recording.setProperty("recording", bool(self._case))
        self.recording.setStyleSheet("font-weight: bold;" if self._case else "")

    def record(self) -> RunRecord | None:
        """The run as the summary for the police needs it, or None when none is running."""
        if self.run is None:
            return None
        return RunRecord(self.run.flowchart, self.run.moment, tuple(self.run.path()), self._case)

    def _fill_police_menu(self) -> None:
        """The user's language alone, then with each other language under it."""
        from interact_desktop.core.languages import LANGUAGES, NATIVE_NAMES

        self.police_menu.clear()
        own = NATIVE_NAMES[self.lang]
        action = self.police_menu.addAction(self.tr("In %1 only").replace("%1", own))
        action.setObjectName("policeSummary-")
        action.triggered.connect(lambda: self.policeSummaryRequested.emit(""))
        for code in LANGUAGES:
            if code == self.lang:
                continue
            text = self.tr("In %1 and %2").replace("%1", own).replace("%2", NATIVE_NAMES[code])
            action = self.police_menu.addAction(text)
            action.setObjectName(f"policeSummary-{code}")
            action.triggered.connect(lambda _=False, c=code: self.policeSummaryRequested.emit(c))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.run is not None:
            self._use_locale()
            self._show_step()

    def close_run(self) -> None:
        self.timer.stop()
        self.run = None
        self.stateChanged.emit({})
        self.closed.emit()

    def _moment_edited(self) -> None:
        if self.run is None:
            return
        moment = self.moment.dateTime().toPython()
        assert isinstance(moment, dt.datetime)  # PySide6's stubs say only "object"
        if moment != self.run.moment.replace(second=0, microsecond=0):
            self._set_moment(moment)

    def _set_moment(self, moment: dt.datetime) -> None:
        """Count from ``moment``; a time in the future is refused and said so."""
        assert self.run is not None
        try:
            self.run.set_moment(moment)
        except FutureMoment:
            self.moment_error.setText(
                self.tr("That time is in the future. Enter when the absence was noticed.")
            )
            self.moment_error.show()
            self._show_moment()
            return
        self.moment_error.hide()
        self._show_moment()
        self._show_step()

    def _choose(self, index: int) -> None:
        assert self.run is not None
        edge = self.run.choices()[index]
        if self.run.current.kind == "decision" or len(self.run.choices()) > 1:
            self.run.choose(edge)
        else:
            self.run.tick()
        self._show_step()

    def _show_step(self) -> None:
        run = self.run
        assert run is not None
        node = run.current
        self.heading.setText(f"<b>{escape(localized(run.flowchart.title, self.lang))}</b>")
        self.step.setText(f"<b>{escape(localized(node.label, self.lang))}</b>")
        who = localized(node.who, self.lang)
        self.who.setText(self.tr("Who: %1").replace("%1", who) if who else "")
        self.who.setVisible(bool(who))
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # perhaps the button being clicked: deleted later
                widget.hide()
                widget.setObjectName("")
                widget.deleteLater()
        choices = run.choices()
        if run.finished:
            done = QLabel(self.tr("End of the flowchart. The steps are listed below."))
            done.setWordWrap(True)
            self.buttons.addWidget(done)
        elif node.kind == "decision" or len(choices) > 1:
            for index, edge in enumerate(choices):
                answer = localized(edge.label, self.lang)
                target = localized(run.flowchart.node(edge.target).label, self.lang)
                button = QPushButton(answer or target)
                button.setObjectName(f"guidedChoice_{edge.target}")
                button.setToolTip(target)
                button.clicked.connect(lambda _=False, i=index: self._choose(i))
                self.buttons.addWidget(button)
        else:
            button = QPushButton(self.tr("Done"))
            button.setObjectName("guidedDone")
            button.clicked.connect(lambda: self._choose(0))
            self.buttons.addWidget(button)
        self.path.clear()
        for step in run.path():
            self.path.addItem(f"{step.at:%H:%M} — {step.text}")
        self.path.scrollToBottom()
        self._fit_width()
        states = {step.node: "done" for step in run.path() if run.is_done(step.node)}
        if not run.finished:
            states[node.id] = "current"
        self.stateChanged.emit(states)
        self.refresh_time()

    # -- time ---------------------------------------------------------------------------------

    def refresh_time(self) -> None:
        run = self.run
        if run is None:
            return
        self.elapsed.setText(self.span(run.elapsed()))
        remaining = run.remaining(run.current.id)
        status = run.status(run.current.id)
        if remaining is None or run.finished:
            self.due.setText("")
        elif status == OVERDUE:
            self.due.setText(self.tr("Overdue by %1").replace("%1", self.span(-remaining)))
        else:
            self.due.setText(self.tr("Due in %1").replace("%1", self.span(remaining)))
        colours = STATUS_COLOURS.get(status or "")
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        style = f"color: {colours[dark]}; font-weight: bold;" if colours else ""
        self.due.setStyleSheet(style)
        self.due.setProperty("status", status or "")
        self.changed.emit()

    def summary(self) -> str:
        """The current step and its deadline in one line, for the bar shown over other pages."""
        if self.run is None:
            return ""
        step = localized(self.run.current.label, self.lang)
        due = self.due.text()
        return f"{step} — {due}" if due else step

    def span(self, time: dt.timedelta) -> str:
        """A length of time the way a clock on the wall reads: 2 h 05 min, 3 d 4 h."""
        minutes = max(int(time.total_seconds() // 60), 0)
        days, rest = divmod(minutes, 1440)
        hours, minutes = divmod(rest, 60)
        if days:
            return self.tr("%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
        if hours:
            text = self.tr("%1 h %2 min")
            return text.replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
        return self.tr("%1 min").replace("%1", str(minutes))

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Guided response"))
        self.moment_label.setText(self.tr("Counting from:"))
        self.moment.setToolTip(
            self.tr("When the absence was noticed: the guide's deadlines count from then")
        )
        self.moment.setAccessibleName(self.tr("Counting from"))
        self.ago[0].setText(self.tr("Just now"))
        for minutes in AGO_CHOICES[1:]:
            self.ago[minutes].setText(self.tr("%1 min ago").replace("%1", str(minutes)))
        self.elapsed_label.setText(self.tr("Time since then:"))
        self.path_label.setText(self.tr("Steps taken"))
        self.path.setAccessibleName(self.tr("Steps taken"))
        self.stop.setText(self.tr("Stop guided response"))
        self.police.setText(self.tr("Summary for the police…"))
        self.police.setToolTip(
            self.tr("One page for the police: what happened when, what they need, your contacts")
        )
        self.police.setAccessibleName(self.tr("Summary for the police"))
        self._show_recording()
        if self.run is not None:
            self._show_step()
        self._fit_width()
