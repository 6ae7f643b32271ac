"""The slide's geometry and colours, in pixels of a 1920 x 1080 screen.

The screen and the PDF scale the same numbers (the PDF page is 960 x 540 pt, half of them), so a
slide that fits its budget of lines (see ``slides``) fits on both, and looks the same on both.
"""

from __future__ import annotations

from typing import NamedTuple

from interact_desktop.core.presentation.slides import FIGURE_LINES, LINES_PER_SLIDE

WIDTH, HEIGHT = 1920, 1080
MARGIN_X = 120
MARGIN_TOP = 64
CONTEXT_PX = 28  # the line above the title: where the slide belongs
TITLE_PX = 76  # the title of a title slide
HEADING_PX = 56  # the title of any other slide
BODY_PX = 38
DETAIL_PX = 30  # who, when and branches of a flowchart step; table cells
FOOTER_PX = 24  # the counter and the deck's title
FOOTER_BOTTOM = 40  # from the bottom edge to the footer's baseline
LEADING = 1.3
BODY_TOP = 300  # where the body starts on heading slides
TITLE_BODY_TOP = 440  # and on title slides, under the large title
BODY_BOTTOM = HEIGHT - 96
FIGURE_HEIGHT = int(FIGURE_LINES * BODY_PX * LEADING)

# The body must hold a full budget of lines at the body's leading.
assert BODY_BOTTOM - BODY_TOP >= LINES_PER_SLIDE * BODY_PX * LEADING


class Colours(NamedTuple):
    background: str
    text: str
    heading: str
    muted: str
    accent: str
    rule: str


LIGHT = Colours("#ffffff", "#101418", "#0b3366", "#3d4650", "#1d5fa8", "#b7c0ca")
DARK = Colours("#05070a", "#f5f7fa", "#a8d1ff", "#c3cad2", "#79b8ff", "#4a535e")
