"""The start page: the emergency first (Enter starts the guided response), the other tasks, search,
recent pages, and recent cases only while the notebook is unlocked."""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from interact_desktop.core.content.model import localized
from interact_desktop.core.text import fold
from tests.helpers.notebook_ui import create, texts_in


def home(window) -> QWidget:
    page = window.findChild(QWidget, "homePage")
    assert page is not None and page.isVisible()
    return page


def test_from_the_start_page_one_key_reaches_the_first_guided_step(window, qtbot):
    window.open_place("home:")  # as the app opens
    emergency = home(window).findChild(QPushButton, "emergencyButton")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is emergency)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the one action
    flowchart = window.handbook.flowcharts["child-missing"]
    step = window.findChild(QLabel, "guidedStep")
    qtbot.waitUntil(lambda: step is not None and step.isVisible())
    start = next(node for node in flowchart.nodes if node.kind == "start")
    first = flowchart.node(flowchart.outgoing(start.id)[0].target)  # the first thing to do
    assert escape(localized(first.label, "en")) in step.text()
    assert str(window.place) == "flowchart:child-missing"
    assert not window.findChild(QWidget, "homePage").isVisible()


def test_alt_home_brings_the_page_back_with_the_pages_read(window, qtbot):
    for place in ("section:response-hotline", "checklist:missing-first-hours"):
        window.open_place(place)
    QTest.keyClick(window.window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    page = home(window)
    recent = page.findChild(QListWidget, "recentPages")
    qtbot.waitUntil(lambda: recent.count() > 0)  # listed right after the page's first paint
    titles = [recent.item(i).text() for i in range(recent.count())]
    assert titles[0] == window.handbook.title("response-hotline", "en")
    proceed = page.findChild(QPushButton, "continueButton")
    checklist = window.handbook.checklists["missing-first-hours"]
    assert proceed.text().endswith(localized(checklist.title, "en"))
    proceed.click()
    assert str(window.place) == "checklist:missing-first-hours"


def test_the_checklist_picker_is_sorted_as_the_user_reads(window):
    window.languages.set_language("it")
    window.open_place("home:")
    tile = home(window).findChild(QPushButton, "fillChecklistButton")
    tile.menu().popup(tile.mapToGlobal(tile.rect().bottomLeft()))  # as a click opens it
    titles = [action.text() for action in tile.menu().actions()]
    titles_it = [localized(c.title, "it") for c in window.handbook.checklists.values()]
    expected = sorted(titles_it, key=lambda title: fold(title))
    assert titles == expected
    tile.menu().actions()[0].trigger()
    assert window.form is not None and window.form.isVisible()


def test_the_search_field_searches_the_guide(window, qtbot):
    window.open_place("home:")
    field = home(window).findChild(QLineEdit, "homeSearchField")
    QTest.keyClicks(field, "SIRENE")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.search_panel.field.text() == "SIRENE"
    assert window.search_panel.field.hasFocus()


def test_recent_cases_show_only_while_the_notebook_is_unlocked(window, qtbot):
    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    view.new_case("K-Home-42")
    window.open_place("home:")
    cases = home(window).findChild(QListWidget, "recentCases")
    assert [cases.item(i).text() for i in range(cases.count())] == ["K-Home-42"]
    with qtbot.waitSignal(window.context.events.notebookLocked, timeout=10_000):
        window.findChild(QAction, "lockNotebookAction").trigger()
    window.open_place("home:")
    assert "K-Home-42" not in texts_in(home(window))


def test_a_running_response_stays_in_sight_over_other_pages(window, qtbot):
    window.open_place("home:")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the emergency tile
    window.open_place("section:response-first-hours-report")  # reading a step's guidance
    indicator = window.findChild(QWidget, "guidedIndicator")
    assert indicator is not None and indicator.isVisible()
    step = window.findChild(QLabel, "guidedStep")
    text = indicator.findChild(QLabel, "guidedIndicatorText").text()
    assert step.text().removeprefix("<b>").removesuffix("</b>")[:30] in escape(text)
    indicator.findChild(QPushButton, "guidedReturnButton").click()  # one click back
    assert str(window.place) == "flowchart:child-missing"
    assert step.isVisible() and not indicator.isVisible()


def test_long_task_names_wrap_instead_of_pushing_tiles_past_the_edge(window, qtbot):
    window.languages.set_language("el")
    window.resize(1000, 700)
    window.open_place("home:")
    page = home(window)
    qtbot.waitUntil(lambda: page.widget().width() <= page.viewport().width())
    assert page.horizontalScrollBar().maximum() == 0
    tile = page.findChild(QPushButton, "borderCrossingButton")
    assert tile.accessibleName() and tile.geometry().right() <= page.viewport().width()


@pytest.mark.parametrize("width", [800, 1280, 1920])
def test_no_word_of_a_task_is_cut_whatever_the_width(window, qtbot, width):
    """Side by side where they fit, one under the other where they do not."""
    window.languages.set_language("el")
    window.resize(width, 800)
    window.open_place("home:")
    page = home(window)
    qtbot.wait(50)  # the layout settles
    for name in ("childFoundButton", "borderCrossingButton", "fillChecklistButton"):
        tile = page.findChild(QPushButton, name)
        label = tile.findChild(QLabel)
        metrics = QFontMetrics(label.font())
        longest = max(metrics.horizontalAdvance(word) for word in label.text().split())
        assert label.contentsRect().width() >= longest, (name, label.text())
        assert tile.geometry().right() <= page.viewport().width()


@pytest.mark.parametrize("lang", ["en", "el", "fr"])
def test_at_1280x720_the_current_step_is_whole_and_its_node_in_view(window, qtbot, lang):
    window.languages.set_language(lang)
    window.resize(1280, 720)
    window.open_place("guided:child-missing")
    step = window.findChild(QLabel, "guidedStep")
    qtbot.waitUntil(step.isVisible)
    qtbot.wait(50)  # the splitter settles
    assert step.height() >= step.heightForWidth(step.width())  # no line cut off
    assert_nothing_cut_at_the_right(window)
    view = window.findChild(QGraphicsView, "flowchartView")
    current = next(i for i in view.nodes.values() if i.state == "current")
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(current.sceneBoundingRect().center())


def assert_nothing_cut_at_the_right(window) -> None:
    panel = window.findChild(QWidget, "guidedPanel")
    for name in ("guidedStep", "guidedAgo15", "guidedAgo60", "guidedMoment"):
        widget = panel.findChild(QWidget, name)
        assert widget.visibleRegion().boundingRect().width() == widget.width(), name


def test_the_guided_panel_widens_when_the_language_makes_its_controls_longer(window, qtbot):
    """Its buttons never wrap: in a longer language the panel takes the room they need."""
    window.resize(1280, 720)
    window.open_place("guided:child-missing")
    step = window.findChild(QLabel, "guidedStep")
    qtbot.waitUntil(step.isVisible)
    english = window.findChild(QWidget, "guidedPanel").width()
    window.languages.set_language("el")
    qtbot.waitUntil(lambda: window.findChild(QWidget, "guidedPanel").width() > english)
    qtbot.wait(50)  # the splitter settles
    assert_nothing_cut_at_the_right(window)
