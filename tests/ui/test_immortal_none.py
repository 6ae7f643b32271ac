"""Qt calls that return nothing cannot wear out None's reference count (PySide6 6.12 on Python
3.11 takes one reference from None at each such call)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_none_outlives_many_qt_calls(qapp):
    label = QLabel()
    for _ in range(20_000):
        label.setText("x")  # returns nothing
    assert sys.getrefcount(None) > 1 << 31
