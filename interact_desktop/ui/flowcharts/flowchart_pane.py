"""Where a flowchart is shown: the diagram with its zoom buttons, and the guided response beside it.

The flowcharts feature puts this above the flowchart's text version, only for flowcharts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QToolButton, QVBoxLayout, QWidget

from interact_desktop.core.content.tool_model import Flowchart
from interact_desktop.ui.common.actions import key_hint
from interact_desktop.ui.common.i18n import Retranslating
from interact_desktop.ui.flowcharts.flowchart_view import FlowchartView
from interact_desktop.ui.flowcharts.guided_panel import GuidedPanel


class FlowchartPane(Retranslating, QWidget):
    sectionRequested = Signal(str)
    guidedStarting = Signal(object, str)  # GuidedPanel and language, before its first step
    guidedStopped = Signal()

    def __init__(self, duration: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowchartPane")
        self.view = FlowchartView(duration)
        self.view.sectionRequested.connect(self.sectionRequested)
        self._guided: GuidedPanel | None = None
        self.zoom_out = self._button("flowchartZoomOut", "−", self.view.zoom_out)
        self.zoom_in = self._button("flowchartZoomIn", "+", self.view.zoom_in)
        self.fit = self._button("flowchartFit", "⤢", self.view.fit)
        self.start = QPushButton()
        self.start.setObjectName("startGuidedButton")
        self.start.clicked.connect(self.start_guided)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        for button in (self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.start)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def _button(self, name: str, text: str, slot) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.clicked.connect(slot)
        return button

    @property
    def flowchart(self) -> Flowchart | None:
        return self.view.flowchart

    def show_flowchart(self, flowchart: Flowchart, lang: str) -> None:
        """Show ``flowchart``; a guided response keeps going while its flowchart is shown."""
        if self.flowchart is not None and self.flowchart.id != flowchart.id:
            self.stop_guided()
        self.view.show_flowchart(flowchart, lang)
        if self._guided is not None:
            self._guided.set_language(lang)

    # -- guided response ----------------------------------------------------------------------

    @property
    def guided(self) -> GuidedPanel:
        if self._guided is None:
            self._guided = GuidedPanel()
            self._guided.stateChanged.connect(self.view.set_states)
            self._guided.closed.connect(self.stop_guided)
            self.splitter.addWidget(self._guided)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 1)
        return self._guided

    def start_guided(self) -> None:
        if self.flowchart is None:
            return
        panel = self.guided
        self.guidedStarting.emit(panel, self.view.lang)
        panel.start(self.flowchart, self.view.lang)
        panel.show()
        self.start.hide()  # one response at a time; the panel has its own Stop
        width = max(self.splitter.width(), 600)
        panel_width = max(320, panel.minimumWidth())
        self.splitter.setSizes([width - panel_width, panel_width])
        self.view.set_states(self.view.states())  # the current step in view in the narrower room

    def guided_running(self) -> bool:
        return self._guided is not None and self._guided.isVisibleTo(self)

    def stop_guided(self) -> None:
        if self._guided is not None and self._guided.isVisibleTo(self):
            self._guided.hide()
            if self._guided.run is not None:
                self._guided.close_run()
            self.guidedStopped.emit()
        self.start.show()

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.start.setText(self.tr("Start guided response"))
        self.start.setToolTip(
            self.tr("Go through the flowchart step by step, with the time left for each step")
        )
        self.zoom_in.setToolTip(key_hint(self.tr("Zoom in (%1)"), "Ctrl++"))
        self.zoom_out.setToolTip(key_hint(self.tr("Zoom out (%1)"), "Ctrl+-"))
        self.fit.setToolTip(key_hint(self.tr("Whole flowchart (%1)"), "Ctrl+0"))
        names = {self.zoom_in: self.tr("Zoom in"), self.zoom_out: self.tr("Zoom out"),
                 self.fit: self.tr("Whole flowchart")}  # fmt: skip
        for button, name in names.items():
            button.setAccessibleName(name)
