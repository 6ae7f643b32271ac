"""Baseline for start-up: a bare PySide6 QMainWindow that reports like the app after painting."""

from __future__ import annotations

import json
import sys
import time

_STARTED = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

from interact_desktop.diagnostics import peak_rss_mb  # noqa: E402


class _Report(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        elapsed = (time.perf_counter() - _STARTED) * 1000
        print(json.dumps({"first_paint_ms": elapsed, "peak_rss_mb": peak_rss_mb()}), flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("INTERACT")
    window.setCentralWidget(label)
    window.resize(1200, 800)
    reporter = _Report()
    label.installEventFilter(reporter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
