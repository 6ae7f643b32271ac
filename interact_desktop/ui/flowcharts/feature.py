"""Flowcharts in the window: the diagram above a flowchart's text, and the guided response.

A guided response asks, as it starts, where its steps go (``guidedStarted`` with a
``GuidedRecording``): the notebook attaches the open case's timeline if it is unlocked. When the
notebook locks, recording stops; the response itself goes on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from interact_desktop.core.places import Place
from interact_desktop.ui.common.i18n import duration_text
from interact_desktop.ui.common.storage_message import failure_text
from interact_desktop.ui.shell import GuidedRecording

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget

    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.flowcharts.flowchart_pane import FlowchartPane
    from interact_desktop.ui.flowcharts.flowchart_view import FlowchartView
    from interact_desktop.ui.flowcharts.guided_indicator import GuidedIndicator
    from interact_desktop.ui.flowcharts.guided_panel import GuidedPanel
    from interact_desktop.ui.shell import Shell


class FlowchartsFeature(QObject):
    policeSummaryWritten = Signal(str)  # the path of a summary for the police, once written

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.context = context
        self.shell = shell
        self._pane: FlowchartPane | None = None
        self._guided: GuidedPanel | None = None
        self._indicator: GuidedIndicator | None = None
        self._second: FlowchartView | None = None  # the diagram above the side-by-side text
        self._second_pane: QWidget | None = None  # it, under the name of its language
        self._second_caption: QLabel | None = None
        context.events.placeOpened.connect(self._place_opened)
        context.events.secondLanguageChanged.connect(lambda _lang: self._show_second())
        context.events.asideChanged.connect(lambda _aside: self._update_indicator())
        context.events.languageChanged.connect(self._language_changed)
        context.events.notebookLocked.connect(self._stop_recording)
        shell.handle_places("guided", self.start_guided)
        if shell.place is not None:  # installed after the first page: it may be a flowchart
            self._place_opened(str(shell.place))

    @property
    def pane(self) -> FlowchartPane:
        """The diagram of a flowchart, built the first time one is opened."""
        if self._pane is None:
            from interact_desktop.ui.flowcharts.flowchart_pane import FlowchartPane

            pane = FlowchartPane(duration_text)
            pane.sectionRequested.connect(
                lambda section: self.shell.open_place(f"section:{section}")
            )
            pane.guidedStarting.connect(self._guided_starting)
            pane.guidedStopped.connect(self.context.events.guidedEnded)
            pane.guidedStopped.connect(self._update_indicator)
            self._pane = pane
            self.shell.show_above_text(pane)
        return self._pane

    def start_guided(self, flowchart_id: str) -> bool:
        """The start page's tasks: the flowchart with its guided response started (a response
        already running on it goes on)."""
        if flowchart_id not in self.context.handbook.flowcharts:
            return False
        if not self.shell.open_place(f"flowchart:{flowchart_id}"):
            return False
        pane = self.pane
        if not pane.guided_running():
            pane.start_guided()
        return True

    def _place_opened(self, text: str) -> None:
        place = Place.parse(text)
        if place is not None and place.kind == "flowchart":
            pane = self.pane
            pane.show_flowchart(self.context.handbook.flowcharts[place.id], self.context.lang)
            pane.show()
        elif self._pane is not None:
            self._pane.hide()
        self._show_second()
        self._update_indicator()

    def _show_second(self) -> None:
        """Side by side on a flowchart: its diagram above the second pane too, every word in
        that pane's language (the content's labels, not the UI's), under the language's name
        where the first has its buttons, so the two diagrams start level."""
        place, lang = self.shell.place, self.shell.second_language()
        if place is None or place.kind != "flowchart" or not lang:
            if self._second_pane is not None:
                self._second_pane.hide()
            return
        if self._second is None:
            from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

            from interact_desktop.ui.flowcharts.flowchart_view import FlowchartView

            frame = QWidget()
            frame.setObjectName("secondFlowchartPane")
            caption = QLabel()
            caption.setObjectName("secondFlowchartLanguage")
            caption.setMinimumHeight(self.pane.start.sizeHint().height())
            second = FlowchartView(duration_text, deadline=self._second_deadline)
            second.setObjectName("secondFlowchartView")
            second.sectionRequested.connect(
                lambda section: self.shell.open_place(f"section:{section}")
            )
            layout = QVBoxLayout(frame)
            layout.setContentsMargins(6, 4, 6, 0)
            layout.addWidget(caption)
            layout.addWidget(second, 1)
            self.shell.show_above_second_text(frame)
            self._second, self._second_pane, self._second_caption = second, frame, caption
        from interact_desktop.core.languages import NATIVE_NAMES

        assert self._second_pane is not None and self._second_caption is not None
        self._second_caption.setText(NATIVE_NAMES.get(lang, lang))
        self._second.show_flowchart(self.context.handbook.flowcharts[place.id], lang)
        self._second_pane.show()

    def _second_deadline(self, minutes: int) -> str:
        """ "Entro 2 ore": a deadline in the second pane's language."""
        lang = self._second.lang if self._second is not None else self.context.lang
        within = self.context.handbook.export_label("flow-within", lang)
        return within.replace("%1", self.context.renderer.duration(minutes, lang))

    # -- a running response over other pages --------------------------------------------------

    def _running_elsewhere(self) -> bool:
        """A response is running and its flowchart is not what the user sees."""
        pane = self._pane
        if pane is None or not pane.guided_running():
            return False
        place, chart = self.shell.place, pane.flowchart
        on_chart = (
            place is not None
            and chart is not None
            and place.kind == "flowchart"
            and place.id == chart.id
            and self.shell.aside is None
        )
        return not on_chart

    def _update_indicator(self) -> None:
        if not self._running_elsewhere():
            if self._indicator is not None:
                self._indicator.hide()
            return
        if self._indicator is None:
            from interact_desktop.ui.flowcharts.guided_indicator import GuidedIndicator

            indicator = GuidedIndicator()
            indicator.returnRequested.connect(self._return_to_response)
            self.shell.show_notice(indicator)
            self._indicator = indicator
        self._indicator.show()
        self._show_indicator_state()

    def _show_indicator_state(self) -> None:
        if self._indicator is None or not self._indicator.isVisibleTo(self.shell.widget()):
            return
        panel = self._guided
        text = panel.summary() if panel is not None else ""
        self._indicator.show_state(
            self.tr("Guided response running: %1").replace("%1", text),
            self.tr("Back to the response"),
        )

    def _return_to_response(self) -> None:
        pane = self._pane
        if pane is not None and pane.flowchart is not None:
            self.shell.open_place(f"flowchart:{pane.flowchart.id}")

    def _language_changed(self, _code: str) -> None:
        """The diagram is laid out again in the new language (a response goes on)."""
        if self.shell.place is not None and self._pane is not None and self._pane.isVisible():
            self._place_opened(str(self.shell.place))

    def _guided_starting(self, panel: GuidedPanel, lang: str) -> None:
        panel.set_recording(None)
        if self._guided is not panel:
            panel.changed.connect(self._show_indicator_state)
            panel.policeSummaryRequested.connect(self.export_police_summary)
        self._guided = panel
        request = GuidedRecording(lang, panel.set_recording)
        self.context.events.guidedStarted.emit(request)

    # -- the summary for the police ----------------------------------------------------------

    def export_police_summary(self, second: str = "", target: Path | None = None) -> bool:
        """The running response as one page for the police, in the user's language (and
        ``second`` under it), written in the background; ``target`` skips the save dialog."""
        from PySide6.QtWidgets import QMessageBox

        from interact_desktop.core.settings import AUTHOR
        from interact_desktop.ui.common.dialogs import ask_save_path, file_stem

        panel = self._guided
        record = panel.record() if panel is not None else None
        if record is None:
            return False
        handbook, lang = self.context.handbook, self.context.lang
        title = self.tr("Summary for the police")
        name = file_stem(handbook.export_label("police-title", lang), "police-summary")
        target = target or ask_save_path(
            self.shell.widget(), title, name, ".pdf", self.tr("PDF documents (*.pdf)"),
            self.context.settings,
        )  # fmt: skip
        if target is None:
            return False
        directory = self.context.contacts.directory  # empty when the file is damaged
        author = self.context.settings.get(AUTHOR)

        def work(_report: object) -> None:
            from interact_desktop.core.export.police_summary_pdf import PoliceSummary

            PoliceSummary(handbook).export(record, directory, target, lang, second or None,
                                           author=author)  # fmt: skip

        def done(_result: object) -> None:
            self.shell.show_message(self.tr("Saved: %1").replace("%1", str(target)), 8000)
            if record.case:  # the notebook records the export in the case's register
                self.context.events.guidedSummaryWritten.emit(target.name)
            self.policeSummaryWritten.emit(str(target))

        def failed(error: Exception) -> None:
            QMessageBox.warning(
                self.shell.widget(), title,
                self.tr("The PDF could not be written: %1").replace("%1", failure_text(error)),
            )  # fmt: skip

        self.context.background.run(work, done=done, failed=failed)
        return True

    def _stop_recording(self) -> None:
        if self._guided is not None:
            self._guided.stop_recording()
