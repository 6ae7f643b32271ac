"""Side by side as a reader uses it: choosing a second language shows it, the panes scroll
together heading by heading (or not, when unlinked), a flowchart speaks each pane's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def side_by_side(window, qtbot):
    """The Greek handbook with Italian beside it, in a window of 1280 x 720."""
    window.window.resize(1280, 720)
    window.languages.set_language("el")
    window.parallel_selector.setCurrentIndex(window.parallel_selector.findData("it"))
    window.set_parallel_visible(True)
    window.open_place("section:recommendations-ten-steps")
    qtbot.waitUntil(lambda: window.parallel.isVisible())
    return window


def test_choosing_a_second_language_turns_side_by_side_on(window, qtbot):
    window.open_place("section:response-hotline")
    window.set_parallel_visible(False)
    selector = window.parallel_selector
    selector.setFocus()
    before = selector.currentData()
    qtbot.keyClick(selector, Qt.Key.Key_Down)  # as a user picks Nederlands, with the keyboard
    assert selector.currentData() != before
    assert window.reading.parallel_action.isChecked() and window.parallel.isVisible()
    assert window.handbook.title("response-hotline", selector.currentData()) in (
        window.parallel.toPlainText()
    )


def heading_index_at_top(view) -> int:
    """Which heading (by order) is at the top of a pane: the last one at or above it."""
    value = view.verticalScrollBar().value()
    tops = [top for _name, top in view.heading_positions()]
    return max(index for index, top in enumerate(tops) if top <= value + 2)


def test_the_panes_scroll_together_anchored_by_heading(side_by_side, qtbot):
    reader, parallel = side_by_side.reader, side_by_side.parallel
    assert side_by_side.reading.scroll_linked()
    left, right = reader.heading_positions(), parallel.heading_positions()
    assert len(left) == len(right) >= 6
    assert [name for name, _ in left] != [name for name, _ in right]  # ids differ by language
    for index in (2, 4, len(left) // 2):
        reader.scrollToAnchor(left[index][0])
        assert reader.verticalScrollBar().value() == pytest.approx(left[index][1], abs=2)
        assert heading_index_at_top(parallel) == index
        assert parallel.verticalScrollBar().value() == pytest.approx(right[index][1], abs=2)
    # Half way between two headings on the left is between the same two on the right.
    start, end = left[3][1], left[4][1]
    reader.verticalScrollBar().setValue(round((start + end) / 2))
    value = parallel.verticalScrollBar().value()
    assert right[3][1] < value < right[4][1]
    # The other way round: scrolling the Italian pane brings the Greek one along.
    parallel.scrollToAnchor(right[1][0])
    assert heading_index_at_top(reader) == 1
    parallel.verticalScrollBar().setValue(0)
    assert reader.verticalScrollBar().value() == 0


def test_unlinked_panes_scroll_on_their_own_and_link_again(side_by_side, qtbot):
    reader, parallel = side_by_side.reader, side_by_side.parallel
    action = side_by_side.reading.link_action
    assert action in side_by_side.menu("view").actions() and action.isEnabled()
    action.trigger()
    assert not side_by_side.reading.scroll_linked()
    left = reader.heading_positions()
    reader.scrollToAnchor(left[5][0])
    assert parallel.verticalScrollBar().value() == 0
    parallel.verticalScrollBar().setValue(40)
    assert reader.verticalScrollBar().value() == pytest.approx(left[5][1], abs=2)
    action.trigger()  # linked again: the second pane comes to the reader's heading
    assert heading_index_at_top(parallel) == 5
    side_by_side.set_parallel_visible(False)
    assert not action.isEnabled()


def test_the_switch_is_remembered(make_window):
    first = make_window()
    first.set_parallel_visible(True)
    first.reading.link_action.trigger()
    first.window.close()
    again = make_window()
    assert not again.reading.scroll_linked()


def test_a_flowchart_speaks_each_panes_language(window):
    window.languages.set_language("fr")
    window.parallel_selector.setCurrentIndex(window.parallel_selector.findData("nl"))
    window.set_parallel_visible(True)
    window.open_place("flowchart:child-missing")
    french, dutch = window.reader.toPlainText(), window.parallel.toPlainText()
    assert "Qui :" in french and "Dans un délai de" in french  # (the no-break space as a space)
    assert "Wie:" in dutch and "Binnen " in dutch and "ga naar stap" in dutch
    assert "Qui" not in dutch and "Dans un délai" not in dutch
    window.parallel_selector.setCurrentIndex(window.parallel_selector.findData("el"))
    greek = window.parallel.toPlainText()
    assert "Ποιος:" in greek and "Προθεσμία:" in greek and "Wie:" not in greek


def diagram_text(view) -> str:
    """The words drawn in a diagram, as one line."""
    return " ".join(line.text for item in view.nodes.values() for line in item.box.lines)


def test_a_flowchart_diagram_above_each_pane_in_its_language(window, qtbot, handbook):
    from PySide6.QtWidgets import QLabel, QWidget

    from interact_desktop.ui.flowcharts.flowchart_view import FlowchartView

    window.languages.set_language("fr")
    window.parallel_selector.setCurrentIndex(window.parallel_selector.findData("nl"))
    window.set_parallel_visible(True)
    window.open_place("flowchart:child-missing")
    first = window.window.findChild(FlowchartView, "flowchartView")
    second = window.window.findChild(FlowchartView, "secondFlowchartView")
    qtbot.waitUntil(second.isVisible)
    assert first.lang == "fr" and second.lang == "nl"
    column = window.window.findChild(QWidget, "parallelColumn")
    assert column.isAncestorOf(second) and column.isAncestorOf(window.parallel)
    assert window.window.findChild(QLabel, "secondFlowchartLanguage").text() == "Nederlands"
    assert not column.isAncestorOf(first)
    who = handbook.flowcharts["child-missing"].nodes[1].who
    dutch, french = diagram_text(second), diagram_text(first)
    assert "Binnen 30 minuten" in dutch and who["nl"] in dutch
    assert "Dans un délai" not in dutch and who["fr"] not in dutch
    assert "Dans un délai de 30 minutes" in french and who["fr"] in french
    window.parallel_selector.setCurrentIndex(window.parallel_selector.findData("el"))
    assert second.lang == "el" and "Προθεσμία: 30 λεπτά" in diagram_text(second)
    window.open_place("section:response-hotline")
    assert not second.isVisible()
    window.open_place("flowchart:child-missing")
    assert second.isVisible()
    window.set_parallel_visible(False)
    assert not second.isVisible()
