"""What stands in for an empty list: one sentence saying what to do to fill it ("No bookmarks
yet. To keep a page at hand, ..."), so an empty panel is never a blank a user has to puzzle out."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from interact_desktop.ui.common import spacing


def empty_state(name: str) -> QLabel:
    """A wrapped label called ``name``; its text is set by the feature's retranslate."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setMargin(spacing.SMALL)
    # In the text colour (the placeholder grey is under 4.5:1 on the window's background), at
    # the top where the list would start even when given the list's height (aligned through the
    # property, by value, Qt.AlignmentFlag.AlignLeft | AlignTop: no Qt namespace needed before
    # the first paint, and no style sheet to restyle the label).
    label.setProperty("alignment", 0x0021)
    return label
