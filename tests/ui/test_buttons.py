"""Buttons look like buttons: no flat or borderless push button on the main screens, and every
toolbar button shows an icon (a bare word in a toolbar reads as a label)."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QPushButton, QToolBar, QToolButton, QWidget

from tests.helpers.contrast import contrast
from tests.helpers.notebook_ui import create


def plain(root: QWidget) -> list[str]:
    return [
        f"{button.objectName() or button.text()!r}"
        for button in root.findChildren(QPushButton)
        if button.isVisible()
        and (button.isFlat() or re.search(r"border\s*:\s*(none|0)", button.styleSheet()))
    ]


def test_push_buttons_have_their_frame_and_toolbar_buttons_their_icon(window, qtbot):
    window.languages.set_language("it")
    screens: dict[str, list[str]] = {}
    window.open_place("home:")
    screens["start page"] = plain(window.window)
    window.open_place("section:response-first-hours")
    screens["reader"] = plain(window.window)
    window.notebook.show_notebook()
    create(qtbot, window.notebook.view)
    window.notebook.view.new_case("BTN-1")
    screens["notebook"] = plain(window.window)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    screens["toolbar"] = [
        button.defaultAction().objectName()
        for button in toolbar.findChildren(QToolButton)
        if button.isVisible() and button.defaultAction() is not None and button.icon().isNull()
    ]
    assert {screen: found for screen, found in screens.items() if found} == {}


def test_the_emergency_buttons_focus_ring_shows_on_the_light_and_the_dark_window(
    window, qapp, tmp_path
):
    from interact_desktop.core.settings import Settings
    from interact_desktop.ui.common.theme import Appearance

    window.open_place("home:")
    emergency = window.findChild(QPushButton, "emergencyButton")
    ring = re.search(r":focus \{ border: 3px solid (#[0-9a-f]{6})", emergency.styleSheet())
    assert ring is not None
    original = qapp.palette()
    try:
        appearance = Appearance(qapp, Settings(tmp_path / "settings.ini"))
        for theme in ("light", "dark"):
            appearance.choose(theme)
            window_colour = qapp.palette().color(QPalette.ColorRole.Window)
            assert contrast(QColor(ring.group(1)), window_colour) >= 3.0, theme  # non-text: 3:1
    finally:
        qapp.setPalette(original)
