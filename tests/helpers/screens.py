"""One walk over the app's main screens, for tests that check something on each of them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from tests.helpers.notebook_ui import create


def walk_main_screens(
    window, qtbot, check: Callable[[QWidget], list[str]], case: str
) -> dict[str, list[str]]:
    """``check(window)`` on the start page, a section, search, a guided response, a checklist
    form, the locked notebook and the notebook with a new case named ``case``, in that order;
    what each found, by screen. The window is left on the notebook."""
    screens: dict[str, list[str]] = {}
    main = window.window
    window.open_place("home:")
    screens["start page"] = check(main)
    window.open_place("section:response-first-hours")
    screens["reader"] = check(main)
    window.focus_search()
    screens["search"] = check(main)
    window.open_place("flowchart:child-missing")
    window.flowchart_pane.start_guided()
    screens["guided response"] = check(main)
    window.open_place("checklist:risk-assessment")
    window.reader.anchorClicked.emit(QUrl("fill:risk-assessment"))
    screens["checklist"] = check(main)
    window.notebook.show_notebook()
    screens["notebook, locked"] = check(main)
    create(qtbot, window.notebook.view)
    window.notebook.view.new_case(case)
    screens["notebook"] = check(main)
    return screens
