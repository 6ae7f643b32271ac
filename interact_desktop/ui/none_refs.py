"""A guard against a reference-counting fault of PySide6 6.12 on Python 3.11.

There, each call of a Qt method that returns nothing gives back one reference to ``None`` that
it never took. Python 3.12 made ``None`` immortal, so only 3.11 suffers: when the count reaches
zero, Python aborts ("none_dealloc"), at the latest when it exits. Drawing one slide makes about
fifty such calls, so a presentation of a few hundred slides would end in that abort. Whatever
draws slides tops the count up first; the references cost 8 bytes each.
"""

from __future__ import annotations

import sys

FLOOR = 200_000
_held: list[None] = []


def top_up() -> None:
    """Keep at least FLOOR references to None (nothing to do from Python 3.12)."""
    if sys.version_info >= (3, 12):
        return
    missing = FLOOR - sys.getrefcount(None)
    if missing > 0:
        _held.extend([None] * missing)
