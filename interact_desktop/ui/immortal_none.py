"""PySide6 6.12 on Python 3.11 hands back None from C++ calls without counting the reference it
gives away: every call of a Qt method that returns nothing takes one from None's count, and when
the count reaches zero the interpreter aborts ("deallocating None"), after a few hours of use or at
the end of a long test run. Python 3.12 made None immortal; on 3.11 this gives it, once, a count
that no session can use up.
"""

from __future__ import annotations

import sys


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12):
        return
    import ctypes  # only here: a few milliseconds, kept off the way to the first paint

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
