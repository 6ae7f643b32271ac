"""The facilitator's screen for a table-top exercise (exerciseView).

Choose a scenario and start; a clock runs from the start, the next inject counts down and can be
revealed early ("Reveal the next inject": words of their own, never "present", which is the
slides); each revealed inject takes the participants' decisions. A projector view shows the room
only the injects revealed so far. A finished run takes no more reveals or decisions. Every change
is saved at once (core/exercises writes whole files atomically), so a crash loses nothing
recorded. The run is fictional training data: a banner says so, and nothing of it goes into the
case notebook.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import localized
from interact_desktop.core.content.tool_model import Inject, Scenario
from interact_desktop.core.exercises.run import Clock, ExerciseError, ExerciseRun, wall_clock
from interact_desktop.core.exercises.store import ExerciseStore
from interact_desktop.core.settings import Settings
from interact_desktop.ui import USER_ROLE
from interact_desktop.ui.common.background import Background, Report
from interact_desktop.ui.common.empty_state import empty_state
from interact_desktop.ui.common.fonts import scaled
from interact_desktop.ui.common.i18n import Retranslating
from interact_desktop.ui.common.storage_message import failure_text
from interact_desktop.ui.common.theme import alert_colour

if TYPE_CHECKING:
    from interact_desktop.ui.exercises.projector_view import ExerciseProjector

TICK_MS = 250
BANNER_STYLE = (
    "background: #fdf1e7; color: #9a2a10; border: 1px solid #9a2a10; padding: 6px; "
    "font-weight: bold;"
)


def clock_text(seconds: float) -> str:
    """12:05, or 1:02:05 past the hour: how a wall clock or a stopwatch shows it."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class InjectBox(QGroupBox):
    """One revealed inject: what happens, the question, and the decisions taken on it."""

    recordRequested = Signal(str, str, str)  # inject id, text, who
    placeRequested = Signal(str)

    def __init__(self, inject: Inject, handbook: Handbook, lang: str) -> None:
        super().__init__()
        self.inject = inject
        self.setObjectName(f"inject-{inject.id}")
        self.text = QLabel(localized(inject.text, lang))
        self.question = QLabel(f"<b>{escape(localized(inject.question, lang))}</b>")
        self.sections = QLabel()
        self.sections.linkActivated.connect(self.placeRequested)
        self._section_links = "; ".join(
            f'<a href="section:{s}">{escape(handbook.title(s, lang))}</a>' for s in inject.sections
        )
        self.decisions = QLabel()
        self.decisions.setObjectName("decisionList")
        for label in (self.text, self.question, self.sections, self.decisions):
            label.setWordWrap(True)
        self.who = QLineEdit()
        self.who.setObjectName("whoField")
        self.entry = QPlainTextEdit()
        self.entry.setObjectName("decisionEntry")
        self.entry.setTabChangesFocus(True)
        self.entry.setMaximumHeight(90)
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordButton")
        self.record_button.clicked.connect(
            lambda: self.recordRequested.emit(inject.id, self.entry.toPlainText(), self.who.text())
        )
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {alert_colour(self)};")
        self.problem.hide()
        self.who_label = QLabel()
        self.who_label.setBuddy(self.who)
        self.entry_label = QLabel()
        self.entry_label.setBuddy(self.entry)
        row = QHBoxLayout()
        row.addWidget(self.who_label)
        row.addWidget(self.who, 1)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        for widget in (self.text, self.question, self.sections, self.decisions, self.entry_label,
                       self.entry):  # fmt: skip
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.problem)

    def retranslate(self, revealed_at: str, decisions: list[tuple[str, str, str]]) -> None:
        minute = self.tr("Minute %1").replace("%1", str(self.inject.minute))
        revealed = self.tr("revealed to the room at %1").replace("%1", revealed_at)
        self.setTitle(f"{minute} · {revealed}")
        tests = self.tr("Sections this tests")
        self.sections.setText(f"<i>{escape(tests)}:</i> {self._section_links}")
        self.who_label.setText(self.tr("Group or participant:"))
        self.entry_label.setText(self.tr("Decision:"))
        self.record_button.setText(self.tr("Record"))
        self.entry.setAccessibleName(self.tr("Decision on this inject"))
        self.who.setAccessibleName(self.tr("Group or participant"))
        if decisions:
            items = "".join(
                f"<li>{escape(at)} — <b>{escape(who or '–')}</b>: {escape(text)}</li>"
                for at, who, text in decisions
            )
            heading = self.tr("Decisions recorded")
            self.decisions.setText(f"{escape(heading)}:<ul>{items}</ul>")
        else:
            none_yet = self.tr("No decision recorded yet.")
            self.decisions.setText(f"<i>{escape(none_yet)}</i>")

    def set_open(self, open_: bool) -> None:
        for widget in (self.entry, self.who, self.record_button):
            widget.setEnabled(open_)


class ExerciseView(Retranslating, QWidget):
    """Set-up (scenario, names, saved runs) and the running exercise, one page each."""

    saved = Signal(str)  # run id, after every change written
    exported = Signal(str)  # the debrief PDF written
    placeRequested = Signal(str)

    def __init__(
        self,
        handbook: Handbook,
        store: ExerciseStore,
        lang: str = "en",
        clock: Clock = wall_clock,
        author: Callable[[], str] = lambda: "",
        ask_target: Callable[[str], Path | None] | None = None,
        parent: QWidget | None = None,
        background: Background | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseView")
        self.background = background or Background()
        self.settings = settings
        self.handbook = handbook
        self.store = store
        self.lang = lang
        self.clock = clock
        self._author = author
        self._ask_target = ask_target or self._ask_target_in_dialog
        self.run: ExerciseRun | None = None
        self.scenario: Scenario | None = None
        self.boxes: dict[str, InjectBox] = {}
        self.projector: ExerciseProjector | None = None  # built when first asked for

        self.banner = QLabel()
        self.banner.setObjectName("fictionalBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_setup())
        self.pages.addWidget(self._build_running())
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.retranslate()
        self.refresh_runs()

    # -- construction -------------------------------------------------------------------------

    def _build_setup(self) -> QWidget:
        page = QWidget()
        self.setup_heading = QLabel()
        self.scenario_selector = QComboBox()
        self.scenario_selector.setObjectName("scenarioSelector")
        self.facilitator_field = QLineEdit()
        self.facilitator_field.setObjectName("facilitatorField")
        self.group_field = QLineEdit()
        self.group_field.setObjectName("groupField")
        self.start_button = QPushButton()
        self.start_button.setObjectName("startButton")
        self.start_button.clicked.connect(self.start_selected)
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.scenario_selector)
        self.form.addRow(QLabel(), self.facilitator_field)
        self.form.addRow(QLabel(), self.group_field)
        self.runs_heading = QLabel()
        self.run_list = QListWidget()
        self.run_list.setObjectName("runList")
        self.run_list.itemActivated.connect(lambda _item: self.resume_selected())
        self.runs_empty = empty_state("runListEmpty")
        self.run_problems = QLabel()
        self.run_problems.setObjectName("runProblems")
        self.run_problems.setWordWrap(True)
        self.run_problems.setStyleSheet(f"color: {alert_colour(self)};")
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.clicked.connect(self.resume_selected)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteRunButton")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        start_row = QHBoxLayout()
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.setup_heading)
        layout.addLayout(self.form)
        layout.addLayout(start_row)
        layout.addSpacing(12)
        layout.addWidget(self.runs_heading)
        layout.addWidget(self.runs_empty)
        layout.addWidget(self.run_list, 1)
        layout.addWidget(self.run_problems)
        layout.addLayout(buttons)
        _enlarge(self.setup_heading, 1.3)
        return page

    def _build_running(self) -> QWidget:
        page = QWidget()
        self.title = QLabel()
        self.title.setObjectName("exerciseTitle")
        self.title.setWordWrap(True)
        _enlarge(self.title, 1.4)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("exerciseClock")
        _enlarge(self.clock_label, 1.6)
        self.next_label = QLabel()
        self.next_label.setObjectName("nextInject")
        _enlarge(self.next_label, 1.1)
        self.reveal_button = QPushButton()
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.clicked.connect(self.reveal_next)
        self.projector_button = QPushButton()
        self.projector_button.setObjectName("projectorButton")
        self.projector_button.clicked.connect(self.show_projector)
        top = QHBoxLayout()
        top.addWidget(self.clock_label)
        top.addSpacing(24)
        top.addWidget(self.next_label, 1)
        # The buttons on a row of their own: with the countdown beside them, the Greek words
        # pushed the window past 1100 px.
        self.next_label.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.reveal_button)
        actions.addWidget(self.projector_button)
        self.inject_list = QWidget()
        self.inject_layout = QVBoxLayout(self.inject_list)
        self.inject_layout.addStretch(1)
        self.inject_scroll = QScrollArea()
        self.inject_scroll.setWidgetResizable(True)
        self.inject_scroll.setWidget(self.inject_list)
        self.status = QLabel()
        self.status.setObjectName("exerciseStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("debriefProgress")
        self.progress.hide()
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("finishButton")
        self.finish_button.clicked.connect(self.finish_and_export)
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("leaveButton")
        self.leave_button.clicked.connect(self.leave)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.leave_button)
        bottom.addWidget(self.finish_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.inject_scroll, 1)
        layout.addLayout(bottom)
        return page

    # -- language -----------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """The language of new runs and of the scenario list; a run keeps its own."""
        self.lang = lang
        self._fill_scenarios()
        self.refresh_runs()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Table-top exercise"))
        self.setWindowTitle(self.tr("Table-top exercises — INTERACT Desktop"))
        self.banner.setText(
            self.tr("Fictional — training exercise. Do not bring real case details into it; "
               "nothing here goes into the case notebook.")
        )  # fmt: skip
        self.setup_heading.setText(self.tr("Start a table-top exercise"))
        for row, text in enumerate((self.tr("Scenario:"), self.tr("Facilitator (optional):"),
                                    self.tr("Group (optional):"))):  # fmt: skip
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            assert isinstance(label, QLabel)  # the form's rows are built with a label each
            label.setText(text)
        self.scenario_selector.setAccessibleName(self.tr("Scenario"))
        self.facilitator_field.setAccessibleName(self.tr("Facilitator"))
        self.group_field.setAccessibleName(self.tr("Group"))
        self.start_button.setText(self.tr("Start the exercise"))
        self.runs_heading.setText(self.tr("Exercises run before (saved on this computer):"))
        self.run_list.setAccessibleName(self.tr("Exercises run before"))
        self.runs_empty.setText(
            self.tr(
                "No exercise has been run on this computer yet. To run one, choose a scenario"
                " above and press “Start the exercise”."
            )
        )
        self.resume_button.setText(self.tr("Resume"))
        self.delete_button.setText(self.tr("Delete"))
        self.reveal_button.setText(self.tr("Reveal the next inject"))
        self.reveal_button.setToolTip(
            self.tr("Give the participants the next inject now, before its time")
        )
        self.projector_button.setText(self.tr("Projector view"))
        self.projector_button.setToolTip(
            self.tr("A window for the room's screen: only the injects revealed so far, in large "
                    "type (F11: full screen)")
        )  # fmt: skip
        self.finish_button.setText(self.tr("Finish and export debrief…"))
        self.leave_button.setText(self.tr("Back to the list"))
        self.leave_button.setToolTip(self.tr("The exercise is saved and can be resumed"))
        self._fill_scenarios()
        self.refresh_runs()
        self._refresh_running()

    def _fill_scenarios(self) -> None:
        chosen = self.scenario_selector.currentData()
        self.scenario_selector.clear()
        for scenario in self.handbook.scenarios.values():
            self.scenario_selector.addItem(localized(scenario.title, self.lang), scenario.id)
        index = self.scenario_selector.findData(chosen)
        self.scenario_selector.setCurrentIndex(max(index, 0))

    # -- the list of runs ---------------------------------------------------------------------

    def refresh_runs(self) -> None:
        listing = self.store.list()
        self.run_list.clear()
        for run in listing.runs:
            scenario = self.handbook.scenarios.get(run.scenario)
            title = localized(scenario.title, run.lang) if scenario else run.scenario
            started = run.started[:16].replace("T", " ")
            state = self.tr("finished") if run.finished else self.tr("open")
            count = self.tr("%n decision(s)", "", len(run.decisions))
            names = " · ".join(n for n in (run.facilitator, run.group) if n)
            text = " — ".join(p for p in (started, title, names, f"{count}, {state}") if p)
            item = QListWidgetItem(text)
            item.setData(USER_ROLE, run.id)
            self.run_list.addItem(item)
        if self.run_list.count():
            self.run_list.setCurrentRow(0)
        self.run_list.setVisible(bool(listing.runs))
        self.runs_empty.setVisible(not listing.runs)
        problems = [broken.problem for broken in listing.broken]
        self.run_problems.setText(
            self.tr("These files could not be read and were left out: %1").replace(
                "%1", "; ".join(problems)
            )
            if problems
            else ""
        )
        self.run_problems.setVisible(bool(problems))
        self.resume_button.setEnabled(bool(listing.runs))
        self.delete_button.setEnabled(bool(listing.runs))

    def _selected_run_id(self) -> str | None:
        item = self.run_list.currentItem()
        return item.data(USER_ROLE) if item is not None else None

    def resume_selected(self) -> None:
        if (run_id := self._selected_run_id()) is not None:
            self.resume(run_id)

    def delete_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        run_id = self._selected_run_id()
        if run_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete exercise"),
            self.tr("Delete this exercise and the decisions recorded in it?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.delete(run_id)
            self.refresh_runs()

    # -- running ------------------------------------------------------------------------------

    def start_selected(self) -> None:
        self.start(
            self.scenario_selector.currentData(),
            self.facilitator_field.text(),
            self.group_field.text(),
        )

    def start(self, scenario_id: str, facilitator: str = "", group: str = "") -> ExerciseRun:
        """Start a run of a scenario now, in the view's language; the first injects show."""
        scenario = self.handbook.scenarios[scenario_id]
        run = ExerciseRun.start(scenario, self.lang, self.clock(), facilitator, group)
        self._open(run, scenario)
        return run

    def resume(self, run_id: str) -> bool:
        try:
            run = self.store.load(run_id)
        except ExerciseError as error:
            self.run_problems.setText(str(error))
            self.run_problems.show()
            return False
        scenario = self.handbook.scenarios.get(run.scenario)
        if scenario is None:
            return False
        self._open(run, scenario)
        return True

    def _open(self, run: ExerciseRun, scenario: Scenario) -> None:
        self.run, self.scenario = run, scenario
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes.clear()
        self.title.setText(localized(scenario.title, run.lang))
        self.status.clear()
        run.reveal_due(scenario, self.clock())
        self._save()
        self.pages.setCurrentIndex(1)
        self._refresh_running()
        if not run.finished:
            self.timer.start()

    def show_projector(self) -> ExerciseProjector | None:
        """The room's window, showing the run in view; the facilitator drags it to the
        projector and presses F11."""
        if self.run is None or self.scenario is None:
            return None
        if self.projector is None:
            from interact_desktop.ui.exercises.projector_view import ExerciseProjector

            self.projector = ExerciseProjector(self.handbook, self)
        self.projector.show_run(self.run, self.scenario)
        self.projector.show()
        self.projector.raise_()
        return self.projector

    def leave(self) -> None:
        if self.projector is not None:
            self.projector.close()
        self.timer.stop()
        self.run = self.scenario = None
        self.pages.setCurrentIndex(0)
        self.refresh_runs()

    def tick(self) -> None:
        """Reveal what is due and move the clock and the countdown on."""
        run, scenario = self.run, self.scenario
        if run is None or scenario is None:
            return
        if run.reveal_due(scenario, self.clock()):
            self._save()
            self._refresh_running()
        else:
            self._refresh_clock()

    def reveal_next(self) -> None:
        run, scenario = self.run, self.scenario
        if run is None or scenario is None or (inject := run.next_inject(scenario)) is None:
            return
        if run.finished:
            self.status.setText(self.tr("The exercise is finished: nothing more is revealed."))
            return
        run.reveal(scenario, inject.id, self.clock())
        self._save()
        self._refresh_running()

    def record(self, inject_id: str, text: str, who: str) -> bool:
        """Record a decision on a revealed inject; the group field keeps its text."""
        box = self.boxes[inject_id]
        if self.run is not None and self.run.finished:
            finished = self.tr("The exercise is finished: no more decisions are recorded.")
            box.problem.setText(finished)
            box.problem.show()
            return False
        if self.run is None or not text.strip():
            box.problem.setText(self.tr("Write the decision first."))
            box.problem.show()
            return False
        self.run.record(inject_id, text, who or self.run.group, self.clock())
        self._save()
        box.problem.hide()
        box.entry.clear()
        self._refresh_running()
        return True

    def _save(self) -> None:
        assert self.run is not None
        self.store.save(self.run)
        self.saved.emit(self.run.id)

    # -- showing the run ----------------------------------------------------------------------

    def _refresh_running(self) -> None:
        run, scenario = self.run, self.scenario
        if run is None or scenario is None:
            return
        added = None
        for inject in run.ordered(scenario):
            if inject.id in run.revealed and inject.id not in self.boxes:
                box = InjectBox(inject, self.handbook, run.lang)
                box.recordRequested.connect(self.record)
                box.placeRequested.connect(self.placeRequested)
                if not box.who.text():
                    box.who.setText(run.group)
                self.inject_layout.insertWidget(0, box)  # the newest on top
                self.boxes[inject.id] = box
                added = box
        for inject_id, box in self.boxes.items():
            decisions = [(_time(d.at), d.who, d.text) for d in run.decisions_for(inject_id)]
            box.retranslate(_time(run.revealed[inject_id]), decisions)
            box.set_open(not run.finished)
        if added is not None:
            QTimer.singleShot(0, lambda: self.inject_scroll.ensureWidgetVisible(added))
        if self.projector is not None:
            self.projector.show_run(run, scenario)
        self._refresh_clock()

    def _refresh_clock(self) -> None:
        run, scenario = self.run, self.scenario
        if run is None or scenario is None:
            return
        now = self.clock()
        elapsed = clock_text(run.elapsed(now))
        self.clock_label.setText(self.tr("Time since start: %1").replace("%1", elapsed))
        upcoming = run.next_inject(scenario)
        if run.finished:
            self.next_label.setText(self.tr("The exercise is finished."))
        elif upcoming is None:
            self.next_label.setText(self.tr("Every inject has been revealed."))
        else:
            wait = clock_text(run.seconds_until(upcoming, now))
            text = self.tr("Next inject (minute %1) in %2")
            self.next_label.setText(text.replace("%1", str(upcoming.minute)).replace("%2", wait))
        self.reveal_button.setEnabled(upcoming is not None and not run.finished)

    # -- the debrief --------------------------------------------------------------------------

    def finish_and_export(self) -> Path | None:
        """Ask where, finish the run, and write its debrief PDF off the GUI thread."""
        from interact_desktop.core.export.debrief_pdf import DebriefExport

        run, scenario = self.run, self.scenario
        if run is None or scenario is None:
            return None
        export = DebriefExport(self.handbook)
        target = self._ask_target(export.title(run, scenario))
        if target is None:
            return None
        run.finish(self.clock())
        self._save()
        self.timer.stop()
        self._refresh_running()
        author = self._author()

        def work(progress: Report) -> None:
            export.export(run, scenario, target, author, progress)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.finish_button.setEnabled(False)
        self.status.setText(self.tr("Writing %1…").replace("%1", target.name))
        self.background.run(
            work,
            done=lambda _result: self._exported(str(target)),
            failed=lambda error: self._failed(failure_text(error)),
            progress=self._progress,
        )
        return target

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _exported(self, path: str) -> None:
        self.progress.hide()
        self.finish_button.setEnabled(True)
        self.status.setText(self.tr("Debrief saved: %1").replace("%1", path))
        self.exported.emit(path)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.finish_button.setEnabled(True)
        self.status.setText(self.tr("The PDF could not be written: %1").replace("%1", message))

    def _ask_target_in_dialog(self, title: str) -> Path | None:
        from interact_desktop.ui.common.dialogs import ask_save_path, file_stem

        return ask_save_path(self, self.tr("Export the debrief as PDF"),
                             file_stem(title, "debrief"), ".pdf",
                             self.tr("PDF documents (*.pdf)"), self.settings)  # fmt: skip

    def closeEvent(self, event) -> None:
        self.timer.stop()
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        if self.run is not None and not self.run.finished:
            self.timer.start()
        super().showEvent(event)


def _enlarge(label: QLabel, factor: float) -> None:
    label.setFont(scaled(label.font(), factor, bold=True))


def _time(value: str) -> str:
    return value[11:16]
