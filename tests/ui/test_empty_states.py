"""Empty lists say what to do next: the start page with no pages read and a notebook without
cases, no bookmarks, a notebook without cases, no exercise run yet. And the start page keeps to
the one spacing scale."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QListWidget, QWidget

from interact_desktop.ui.common.spacing import SCALE
from tests.helpers.notebook_ui import create


def shown(root: QWidget, name: str) -> QLabel:
    label = root.findChild(QLabel, name)
    assert label is not None and label.isVisible(), name
    return label


def test_the_start_page_says_where_to_begin_and_how_to_make_a_case(window, qtbot):
    window.open_place("home:")
    page = window.findChild(QWidget, "homePage")
    assert not page.findChild(QListWidget, "recentPages").isVisible()
    assert "To start" in shown(page, "recentPagesEmpty").text()
    assert not page.findChild(QLabel, "recentCasesEmpty").isVisible()  # locked: nothing of cases
    window.notebook.show_notebook()
    create(qtbot, window.notebook.view)
    window.open_place("home:")
    assert "New case" in shown(page, "recentCasesEmpty").text()
    window.notebook.view.new_case("EMPTY-1")
    window.open_place("home:")
    assert not page.findChild(QLabel, "recentCasesEmpty").isVisible()
    assert page.findChild(QListWidget, "recentCases").count() == 1


def test_no_bookmarks_says_how_to_add_one(window):
    window.show_tab(window.reading.bookmarks.tab)
    assert "Ctrl+D" in shown(window.window, "bookmarksEmpty").text()
    window.open_place("section:response-found")
    window.reading.bookmarks.action.trigger()
    assert not window.findChild(QLabel, "bookmarksEmpty").isVisible()
    assert window.reading.bookmarks.panel.isVisible()


def test_a_notebook_without_cases_says_how_to_start_one(window, qtbot):
    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    assert "New case" in view.case_title.text()
    view.new_case("EMPTY-2")
    assert view.case_title.text() == "EMPTY-2"


def test_no_exercise_run_yet_says_how_to_run_one(window):
    window.exercises.show()
    view = window.exercises.view
    assert "Start the exercise" in shown(view, "runListEmpty").text()
    assert not view.findChild(QListWidget, "runList").isVisible()
    view.close()


def test_the_start_page_keeps_to_the_spacing_scale(window):
    window.open_place("home:")
    page = window.findChild(QWidget, "homePage")
    off_scale = []
    for layout in page.findChildren(QLayout):
        margins = layout.contentsMargins()
        values = [margins.left(), margins.top(), margins.right(), margins.bottom()]
        if isinstance(layout, QGridLayout):
            values += [layout.horizontalSpacing(), layout.verticalSpacing()]
        else:
            values.append(layout.spacing())
        owner = layout.parentWidget().objectName()
        off_scale += [f"{owner}: {value}" for value in values if value not in SCALE]
    assert off_scale == []
