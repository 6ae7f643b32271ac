"""The Qt binding itself: PySide6-Essentials 6.12.0 on Python 3.11 gives back a reference to None
on every Qt call that returns nothing, so a long session ends in "Fatal Python error: none_dealloc".
pyproject.toml keeps the binding below 6.12; this test fails if a release with the fault comes in.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_qt_calls_that_return_nothing_leave_the_references_to_none_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.update()
    painter = QPainter(image)
    for _ in range(500):
        painter.setFont(QFont())
        painter.drawText(0, 10, "x")
    painter.end()
    assert sys.getrefcount(None) >= before - 50  # 2,000 calls; a leak would lose them all
