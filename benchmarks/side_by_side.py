"""Side by side: one step of a scroll with the panes linked by heading, against the same two
panes moved by the same scroll value (no heading lookup), measured in the same run.

The page is the Laws cited page (the most headings: one per law) in Greek, with Italian beside
it, at 1280 x 720. Every step of a scroll asks both panes where their headings are; the ratio
says what anchoring by heading costs on top of moving the second pane at all.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from benchmarks.report import emit
from interact_desktop import paths
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.render import PageRenderer
from interact_desktop.ui.reader.linked_scroll import LinkedScroll
from interact_desktop.ui.reader.reader_view import ReaderView

RUNS = 5
STEPS = 200


def _scroll(view: ReaderView) -> float:
    """Milliseconds per step of a scroll from the top to the bottom of ``view``."""
    bar = view.verticalScrollBar()
    stride = max(1, bar.maximum() // STEPS)
    values = range(0, bar.maximum(), stride)
    start = time.perf_counter()
    for value in values:
        bar.setValue(value)
    return (time.perf_counter() - start) * 1000 / max(len(values), 1)


def run() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    renderer = PageRenderer(load_handbook(paths.content_dir()))
    frame = QWidget()
    row = QHBoxLayout(frame)
    left, right = ReaderView("left"), ReaderView("right")
    row.addWidget(left)
    row.addWidget(right)
    frame.resize(1280, 720)
    frame.show()
    left.show_page(renderer.laws_cited("el"))
    right.show_page(renderer.laws_cited("it"))
    app.processEvents()
    linked = LinkedScroll(left, right)
    by_heading, by_value = [], []
    for _ in range(RUNS):
        linked.set_linked(True)
        by_heading.append(_scroll(left))
        linked.set_linked(False)
        follow = left.verticalScrollBar().valueChanged.connect(right.verticalScrollBar().setValue)
        by_value.append(_scroll(left))
        left.verticalScrollBar().valueChanged.disconnect(follow)
    frame.close()
    return [
        emit(
            "side by side: one scroll step, panes linked by heading (laws page, el|it)",
            statistics.median(by_heading),
            "ms",
            "the same step, second pane moved by the same value",
            statistics.median(by_value),
        )
    ]
