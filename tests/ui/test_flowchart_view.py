"""The flowchart diagram and the guided response, driven as a user would."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from interact_desktop.core.flowcharts.guided import CHOSEN, ENDED, STARTED, TICKED
from tests.helpers.flowchart_ui import Clock, Sink, open_chart, press


def click_node(qtbot, view, node_id: str) -> None:
    item = view.nodes[node_id]
    view.centerOn(item)
    point = view.mapFromScene(item.mapToScene(item.box.width / 2, item.box.height / 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_the_diagram_shows_every_node_inside_the_scene(window, handbook):
    view = open_chart(window)
    flowchart = handbook.flowcharts["child-missing"]
    assert set(view.nodes) == {node.id for node in flowchart.nodes}
    scene = view.sceneRect()
    for item in view.nodes.values():
        assert scene.contains(item.sceneBoundingRect().adjusted(6, 6, -6, -6))
    assert view.accessibleName()
    texts = " ".join(line.text for item in view.nodes.values() for line in item.box.lines)
    assert "Within 30 minutes" in texts and "Staff on duty" in texts
    window.open_place("section:about")
    assert not view.isVisible()


def test_clicking_a_node_opens_its_section(window, qtbot, handbook):
    view = open_chart(window)
    with qtbot.waitSignal(view.sectionRequested) as signal:
        click_node(qtbot, view, "hotline")
    assert signal.args == ["response-hotline"]
    assert str(window.place) == "section:response-hotline"
    assert not view.isVisible()
    window.go_back()
    assert view.isVisible()


def test_tab_moves_between_nodes_and_enter_opens_one(window, qtbot):
    view = open_chart(window)
    view.setFocus(Qt.FocusReason.TabFocusReason)
    assert view.focused_node() == "noticed"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.focused_node() == "search"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.focused_node() == "search"
    with qtbot.waitSignal(view.sectionRequested) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == ["response-first-hours"]


def test_zoom_with_keys_and_wheel_leaves_the_text_size_alone(window, qtbot):
    view = open_chart(window)
    view.setFocus()
    text_zoom = window.reader.zoom
    before = view.zoom
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom > before
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom < before
    assert window.reader.zoom == text_zoom
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    zoom = view.zoom
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom > zoom
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)

    def whole_diagram_shown() -> bool:  # once the scroll bars have gone
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        return shown.contains(view.sceneRect().adjusted(1, 1, -1, -1))

    qtbot.waitUntil(whole_diagram_shown)


def test_the_diagram_is_laid_out_again_in_a_new_language(window, handbook):
    view = open_chart(window)
    english_height = view.nodes["inform"].box.height
    window.language_selector.setCurrentIndex(window.language_selector.findData("el"))
    assert view.lang == "el"
    lines = " ".join(line.text for line in view.nodes["inform"].box.lines)
    assert lines.startswith(handbook.flowcharts["child-missing"].node("inform").label["el"][:10])
    assert view.nodes["inform"].box.height > english_height
    assert window.flowchart_pane.start.text() != "Start guided response"


def test_guided_response_through_child_missing(window, qtbot):
    view = open_chart(window)
    pane = window.flowchart_pane
    panel = pane.guided
    clock, sink = Clock(), Sink()
    panel.clock = clock
    window.context.events.guidedStarted.connect(lambda request: request.attach(sink, "T-1"))
    qtbot.mouseClick(pane.start, Qt.MouseButton.LeftButton)
    assert panel.isVisible() and panel.objectName() == "guidedPanel"
    assert not pane.start.isVisible()
    assert view.nodes["search"].state == "current"
    assert "30 min" in panel.due.text()
    clock.now += dt.timedelta(minutes=25)
    qtbot.waitUntil(lambda: panel.due.property("status") == "due-soon")
    assert "5 min" in panel.due.text()
    clock.now += dt.timedelta(minutes=10)
    panel.refresh_time()
    assert panel.due.property("status") == "overdue"
    assert "5 min" in panel.due.text()
    press(qtbot, panel, "guidedDone")
    assert view.nodes["search"].state == "done"
    assert view.nodes["found-quickly"].state == "current"
    press(qtbot, panel, "guidedChoice_danger")
    press(qtbot, panel, "guidedChoice_call-112")
    for _ in range(4):
        clock.now += dt.timedelta(minutes=30)
        press(qtbot, panel, "guidedDone")
    press(qtbot, panel, "guidedChoice_ongoing")
    kinds = [kind for kind, _, _ in sink.records]
    assert kinds == [STARTED, TICKED, CHOSEN, CHOSEN] + [TICKED] * 4 + [CHOSEN, ENDED]
    assert sink.records[0][2] == "2026-11-25T18:00:00"
    assert sink.records[-1][2] == "2026-11-25T20:35:00"
    assert panel.path.count() == len(sink.records)
    assert (
        panel.findChild(QPushButton, "guidedDone") is None
        or not panel.findChild(QPushButton, "guidedDone").isVisible()
    )
    qtbot.mouseClick(panel.stop, Qt.MouseButton.LeftButton)
    assert not panel.isVisible() and pane.start.isVisible()
    assert all(item.state == "" for item in view.nodes.values())


def test_export_as_pdf_exports_the_flowchart_in_view(window, qtbot, monkeypatch, tmp_path):
    window.language_selector.setCurrentIndex(window.language_selector.findData("fr"))
    open_chart(window, "border-crossing")
    assert window.exporter.page_action.isEnabled()
    target = tmp_path / "chart.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    with qtbot.waitSignal(window.exporter.exported, timeout=30_000):
        window.exporter.page_action.trigger()
    text = PdfReader(target).pages[0].extract_text()
    chart = window.handbook.flowcharts["border-crossing"]
    decision = next(node for node in chart.nodes if node.kind == "decision")

    def plain(words: str) -> str:  # pypdf reads French no-break spaces back as spaces
        return " ".join(words.replace("\u202f", " ").replace("\u00a0", " ").split())

    assert plain(decision.label["fr"]) in plain(text)


def test_colours_follow_the_dark_appearance(window, qapp, qtbot, tmp_path):
    from interact_desktop.core.settings import Settings
    from interact_desktop.ui.common.theme import Appearance

    view = open_chart(window)
    original = qapp.palette()
    settings = Settings(tmp_path / "theme.ini")
    try:
        Appearance(qapp, settings).choose("light")
        qtbot.waitUntil(lambda: not view.dark)
        Appearance(qapp, settings).choose("dark")
        qtbot.waitUntil(lambda: view.dark)
        assert view.backgroundBrush().color().lightness() < 60
        assert len(view.nodes) == len(window.handbook.flowcharts["child-missing"].nodes)
    finally:
        qapp.setPalette(original)
