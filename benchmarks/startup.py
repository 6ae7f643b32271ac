"""Start-up: process start to the first painted window showing a section, and peak memory then.

Both the app and the baseline (a bare QMainWindow) run as fresh processes, alternately, several
times; the medians are compared. Wall time is measured from outside (process creation to the
report line), so interpreter start and imports count for both alike.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from benchmarks.report import emit

RUNS = 9


def _measure(command: list[str]) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    line = process.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    process.wait(timeout=60)
    report = json.loads(line)
    return elapsed, report.get("peak_rss_mb") or 0.0


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as basedir:
        app = [
            sys.executable,
            "-m",
            "interact_desktop",
            "--basedir",
            basedir,
            "--open",
            "response-first-hours",
            "--report-startup",
        ]
        bare = [sys.executable, "-m", "benchmarks.bare_window"]
        _measure(app)  # first run writes settings; later runs are ordinary starts
        _measure(bare)
        app_times, app_rss, bare_times, bare_rss = [], [], [], []
        for _ in range(RUNS):
            elapsed, rss = _measure(app)
            app_times.append(elapsed)
            app_rss.append(rss)
            elapsed, rss = _measure(bare)
            bare_times.append(elapsed)
            bare_rss.append(rss)
    median = statistics.median
    return [
        emit(
            "startup.first_paint_ms",
            median(app_times),
            "ms",
            "bare_qt.first_paint_ms",
            median(bare_times),
        ),
        emit("startup.rss_mb", median(app_rss), "MB", "bare_qt.rss_mb", median(bare_rss)),
    ]
