"""A guard against a reference-counting fault of PySide6 6.12 on Python 3.11.

There, each call of a Qt method that returns nothing gives back one reference to ``None`` that
it never took. Python 3.12 made ``None`` immortal, so only 3.11 suffers: when the count reaches
zero, Python aborts ("none_dealloc"), at the latest when it exits. Drawing one slide makes about
fifty such calls, so a presentation of a few hundred slides would end in that abort. Whatever
draws slides tops the count up first, with references that are never given back (held in a list,
they would be released on exit and the abort would come all the same).
"""

from __future__ import annotations

import sys

FLOOR = 50_000


def top_up() -> None:
    """Keep the count of references to None at FLOOR or more (nothing to do from 3.12)."""
    if sys.version_info >= (3, 12):
        return
    missing = FLOOR - sys.getrefcount(None)
    if missing > 0:
        import ctypes

        take = ctypes.pythonapi.Py_IncRef
        take.argtypes = [ctypes.py_object]
        take.restype = None
        for _ in range(missing):
            take(None)
