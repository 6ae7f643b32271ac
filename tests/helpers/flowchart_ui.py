"""Driving a flowchart as a user does: open one, press the guided response's buttons, a clock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsView, QPushButton


def open_chart(window, chart: str = "child-missing"):
    window.open_place(f"flowchart:{chart}")
    view = window.findChild(QGraphicsView, "flowchartView")
    assert view is not None and view.isVisible()
    return view


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 25, 18, 0)

    def __call__(self) -> dt.datetime:
        return self.now


def press(qtbot, panel, name: str) -> None:
    button = panel.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.waitUntil(button.isVisible)  # a new button is shown by the event loop
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


class Sink:
    """A timeline that keeps what a guided response records: (kind, text, at)."""

    def __init__(self) -> None:
        self.records: list[tuple[str, str, str]] = []

    def record(self, kind: str, text: str, at: str) -> None:
        self.records.append((kind, text, at))
