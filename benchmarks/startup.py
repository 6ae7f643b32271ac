"""Start-up: process start to the first painted window showing a section, and peak memory then.

The app and the baseline (a bare QMainWindow) run as fresh processes, alternately, several times;
the medians are compared. Both start as scripts, the way the installed ``interact-desktop`` command
starts, and wall time is measured from outside (process creation to the report line), so interpreter
start and imports count for both alike.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

from benchmarks.report import emit

RUNS = 15
BARE_WINDOW = Path(__file__).with_name("bare_window.py")


def _app_command() -> list[str]:
    script = shutil.which("interact-desktop", path=sysconfig.get_path("scripts"))
    return [script] if script else [sys.executable, "-m", "interact_desktop"]


def _measure(command: list[str]) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # As on a user's machine, compiled bytecode is written once and reused: a setting that turns
    # that off would make every start compile every module (of the app and of the baseline).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
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
        options = ["--basedir", basedir, "--open", "response-first-hours", "--report-startup"]
        app = [*_app_command(), *options]
        bare = [sys.executable, str(BARE_WINDOW)]
        _measure(app)  # the first run writes settings and the page cache: later runs are ordinary
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
