"""One spacing scale for the whole interface, in pixels: margins and gaps are taken from it, so
pages and dialogs line up with each other instead of each choosing its own numbers."""

from __future__ import annotations

TIGHT = 4  # between a label and what it names
SMALL = 8  # between controls of one group, and inside a tile
MEDIUM = 12  # inside a panel or dialog
LARGE = 16  # between groups on a page
XLARGE = 24  # around a page's content, and above a heading
XXLARGE = 32  # the side margins of a wide page

SCALE = (0, TIGHT, SMALL, MEDIUM, LARGE, XLARGE, XXLARGE)
