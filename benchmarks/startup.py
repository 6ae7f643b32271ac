"""Start-up: process start to the first painted window, and peak memory then.

Two ways the app opens are measured: on a section (``--open``, as from a bookmark or the command
line) and on the start page (an ordinary start). The baseline is a bare QMainWindow. The three run
as fresh processes, one after the other in a rotating order, several rounds. Each start is compared
with the bare window's start in the same round: the reported ratio is the median of those paired
ratios, because two starts a fraction of a second apart share the machine's load of that moment,
while the medians of separate series can come from calmer and busier moments (on a shared machine
the bare window alone moved between 157 and 261 ms from one call to the next). The ratio of the
medians is reported beside it.

All start as scripts, the way the installed ``interact-desktop`` command starts, and wall time is
measured from outside (process creation to the report line), so interpreter start and imports count
for all alike.
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
from collections.abc import Callable
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


def paired_rounds(
    commands: dict[str, list[str]],
    rounds: int,
    measure: Callable[[list[str]], tuple[float, float]] = _measure,
) -> dict[str, list[tuple[float, float]]]:
    """(ms, MB) per command and round; the order rotates each round so none always goes first."""
    names = list(commands)
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            results[name].append(measure(commands[name]))
    return results


def median_paired_ratio(values: list[float], baselines: list[float]) -> float:
    """The median of value/baseline taken round by round (not the ratio of the two medians)."""
    return statistics.median(value / base for value, base in zip(values, baselines, strict=True))


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as section_dir, tempfile.TemporaryDirectory() as home_dir:
        report = ["--report-startup"]
        commands = {
            "section": [
                *_app_command(),
                "--basedir",
                section_dir,
                "--open",
                "response-first-hours",
                *report,
            ],
            "home": [*_app_command(), "--basedir", home_dir, *report],
            "bare": [sys.executable, str(BARE_WINDOW)],
        }
        for command in commands.values():
            # The first run writes settings and the page cache: later runs are ordinary.
            _measure(command)
        results = paired_rounds(commands, RUNS)
    median = statistics.median
    bare_ms = [ms for ms, _ in results["bare"]]
    bare_mb = [mb for _, mb in results["bare"]]
    records = []
    for name, metric in (
        ("section", "startup.first_paint_ms"),
        ("home", "startup.home_first_paint_ms"),
    ):
        app_ms = [ms for ms, _ in results[name]]
        records.append(
            emit(
                metric,
                median(app_ms),
                "ms",
                "bare_qt.first_paint_ms",
                median(bare_ms),
                paired_ratio=median_paired_ratio(app_ms, bare_ms),
            )
        )
    app_mb = [mb for _, mb in results["section"]]
    records.append(emit("startup.rss_mb", median(app_mb), "MB", "bare_qt.rss_mb", median(bare_mb)))
    return records
