"""A guided response started while a case is open in the notebook goes into that case: one
timeline entry per step, with its time, in the Timeline tab and in the case report PDF; locking
stops the recording, and without a case open the panel says nothing is recorded."""

from __future__ import annotations

import datetime as dt
import re

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from interact_desktop.core.export.case_report_pdf import export_case_report
from interact_desktop.core.notebook.store import Notebook
from tests.helpers.flowchart_ui import Clock, open_chart, press
from tests.helpers.notebook_ui import PASSPHRASE, create


def start_in_case(window, qtbot, reference: str = "X-17"):
    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    case = view.new_case(reference)
    open_chart(window)
    pane = window.flowchart_pane
    clock = Clock()
    pane.guided.clock = clock
    pane.start.click()
    return view, case, pane.guided, clock


def flat(text: str) -> str:
    """Text without spaces and line breaks: a PDF wraps long steps over lines."""
    return re.sub(r"\s+", "", text)


def test_each_step_goes_to_the_case_timeline_and_its_report(window, qtbot, handbook, tmp_path):
    view, case, panel, clock = start_in_case(window, qtbot)
    assert panel.recording.text() == "Recording in case X-17"
    press(qtbot, panel, "guidedDone")
    press(qtbot, panel, "guidedChoice_danger")
    press(qtbot, panel, "guidedChoice_call-112")
    for _ in range(4):
        clock.now += dt.timedelta(minutes=30)
        press(qtbot, panel, "guidedDone")
    press(qtbot, panel, "guidedChoice_ongoing")
    steps = panel.run.path()
    assert len(steps) == 10 and panel.run.finished

    window.notebook.show_notebook()  # back to the case: its Timeline tab lists every step
    view.tabs.setCurrentIndex(1)
    shown = [view.timeline.item(row).text() for row in range(view.timeline.count())]
    assert len(shown) == len(steps)
    for step, line in zip(steps, shown, strict=True):
        assert line.startswith(f"{step.at:%Y-%m-%d %H:%M} [flowchart step]")
        assert line.endswith(step.text)
    assert steps[-1].at == dt.datetime(2026, 11, 25, 20, 0)

    view.lock()
    notebook = Notebook.open(view.controller.folder, PASSPHRASE)
    try:
        report = tmp_path / "case.pdf"
        export_case_report(notebook, handbook, case, report, "en")
    finally:
        notebook.lock()
    text = flat("".join(page.extract_text() for page in PdfReader(report).pages))
    for step in steps:
        assert flat(step.text) in text, step.text
        assert flat(f"{step.at:%Y-%m-%d %H:%M}") in text


def test_locking_stops_the_recording_and_no_case_records_nothing(window, qtbot):
    view, case, panel, _clock = start_in_case(window, qtbot, "Y-3")
    press(qtbot, panel, "guidedDone")
    recorded = len(view.controller.timeline(case))
    assert recorded == 2
    QTest.keyClick(panel, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not view.controller.is_unlocked
    assert panel.sink is None and panel.run.sink is None
    assert "locked" in panel.recording.text() and "Y-3" not in panel.recording.text()
    press(qtbot, panel, "guidedChoice_danger")  # goes on, written nowhere
    assert panel.run.path()[-1].node == "found-quickly"

    panel.stop.click()
    pane = window.flowchart_pane
    pane.start.click()  # locked: nothing to record into
    assert panel.sink is None
    assert panel.recording.text().startswith("Steps are not recorded")
    window.languages.set_language("el")
    assert panel.recording.text().startswith("Τα βήματα δεν καταγράφονται")
