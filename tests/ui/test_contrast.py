"""Text contrast of at least 4.5:1 (WCAG AA) in the light and the dark appearance: the palette's
text on its backgrounds, the reader's text colours on the page, and the warning red."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from interact_desktop.core.settings import Settings
from interact_desktop.ui.common.theme import Appearance, alert_colour
from interact_desktop.ui.reader.reader_view import ReaderView
from tests.helpers.contrast import contrast

MINIMUM = 4.5
Role = QPalette.ColorRole
PALETTE_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.PlaceholderText, Role.Base),
]


def test_the_formula_matches_wcag():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.fixture(params=["light", "dark"])
def appearance(request, qapp, tmp_path):
    original = qapp.palette()
    Appearance(qapp, Settings(tmp_path / "settings.ini")).choose(request.param)
    yield qapp.palette()
    qapp.setPalette(original)


def test_palette_text_is_readable_on_its_backgrounds(appearance):
    low = {
        (text.name, back.name): round(ratio, 2)
        for text, back in PALETTE_PAIRS
        if (ratio := contrast(appearance.color(text), appearance.color(back))) < MINIMUM
    }
    assert low == {}


def test_the_readers_colours_are_readable_on_the_page_and_in_boxes(appearance, qtbot):
    view = ReaderView("contrastProbe")
    qtbot.addWidget(view)
    view.show_page("<h1>Title</h1><p class='muted'>checked</p>")
    css = view.document().defaultStyleSheet()
    colours = dict(re.findall(r"\.?([a-z0-9]+) \{[^}]*?\bcolor: (#[0-9a-f]{6})", css))
    page = appearance.color(Role.Base)
    box = QColor(re.search(r"table\.country-note \{ background-color: (#[0-9a-f]{6})", css)[1])
    texts = {name: QColor(colours[name]) for name in ("body", "h1", "muted", "a", "tbc")}
    low = {
        (name, where): round(ratio, 2)
        for name, colour in texts.items()
        for where, back in (("page", page), ("box", box))
        if (ratio := contrast(colour, back)) < MINIMUM
    }
    assert low == {}


def test_the_warning_red_is_readable_on_windows_and_fields(appearance, qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    red = QColor(alert_colour(label))
    for back in (Role.Window, Role.Base):
        assert contrast(red, appearance.color(back)) >= MINIMUM


def test_the_page_in_view_takes_the_new_colours_at_once(qapp, qtbot, tmp_path):
    original = qapp.palette()
    view = ReaderView("contrastSwitch")
    qtbot.addWidget(view)
    appearance = Appearance(qapp, Settings(tmp_path / "settings.ini"))
    try:
        appearance.choose("light")
        view.show_page("<h1>Title</h1><p>Text</p>")
        appearance.choose("dark")  # no other page opened
        qapp.processEvents()
        heading = view.document().firstBlock().charFormat().foreground().color()
        assert contrast(heading, qapp.palette().color(Role.Base)) >= MINIMUM
    finally:
        qapp.setPalette(original)


def test_in_the_window_the_headings_are_readable_right_after_a_switch_to_dark(
    window, qapp, tmp_path
):
    original = qapp.palette()
    window.open_place("section:response-first-hours")
    try:
        appearance = Appearance(qapp, Settings(tmp_path / "settings.ini"))
        appearance.choose("light")
        appearance.choose("dark")  # the same page, not opened again
        qapp.processEvents()
        block = window.reader.document().firstBlock()
        while block.isValid() and block.blockFormat().headingLevel() == 0:
            block = block.next()
        assert block.isValid()  # the page's title, a heading
        heading = block.charFormat().foreground().color()
        assert contrast(heading, qapp.palette().color(Role.Base)) >= MINIMUM
    finally:
        qapp.setPalette(original)
