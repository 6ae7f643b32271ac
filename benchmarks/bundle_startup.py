"""Start-up of the bundled app: first paint against the bare window and against ``uv run``.

``python -m benchmarks bundle_startup --bundle DIR``, where DIR is the bundle's folder (the one
holding the ``interact-desktop`` executable: ``dist/bundle/pyinstaller/interact-desktop`` after
``python -m tools.bundle``, or ``app/`` of the unpacked download). Three commands start as fresh
processes, in turn, several times: the bundle, ``uv run interact-desktop`` (the developer's way,
with uv's own check of the environment) and the bare QMainWindow of the start-up benchmark; each
opens the same section and reports its first paint. As in the start-up benchmark, the order rotates
each round and ``paired_ratio`` is the median of the ratios taken round by round.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.report import emit
from benchmarks.startup import BARE_WINDOW, RUNS, _measure, median_paired_ratio, paired_rounds

REPO = Path(__file__).resolve().parent.parent


def _executable(bundle: Path) -> Path:
    name = "interact-desktop.exe" if sys.platform == "win32" else "interact-desktop"
    for candidate in (bundle / name, bundle / "app" / name, bundle / "Contents" / "MacOS" / name):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"no {name} in {bundle}: give the bundle's folder (--bundle DIR)")


def run(bundle: Path) -> list[dict]:
    uv = shutil.which("uv")
    if uv is None:
        raise SystemExit("uv is not on PATH: it is the second command measured")
    executable = _executable(bundle)
    with tempfile.TemporaryDirectory() as bundled_home, tempfile.TemporaryDirectory() as uv_home:
        # Separate data folders: each keeps its own page cache, as on a user's machine.
        def options(basedir: str) -> list[str]:
            return ["--basedir", basedir, "--open", "response-first-hours", "--report-startup"]

        commands = {
            "bundle": [str(executable), *options(bundled_home)],
            "uv_run": [uv, "run", "--project", str(REPO), "interact-desktop", *options(uv_home)],
            "bare": [sys.executable, str(BARE_WINDOW)],
        }
        for command in commands.values():
            _measure(command)  # the first run writes settings and caches (and bytecode)
        results = paired_rounds(commands, RUNS)
    times = {name: [ms for ms, _ in values] for name, values in results.items()}
    rss = {name: [mb for _, mb in values] for name, values in results.items()}
    median = statistics.median

    def compared(name: str, base: str, base_name: str) -> dict:
        return emit(
            f"{name}.first_paint_ms",
            median(times[name]),
            "ms",
            base_name,
            median(times[base]),
            paired_ratio=median_paired_ratio(times[name], times[base]),
        )

    return [
        compared("bundle", "bare", "bare_qt.first_paint_ms"),
        compared("uv_run", "bare", "bare_qt.first_paint_ms"),
        compared("bundle", "uv_run", "uv_run.first_paint_ms"),
        emit("bundle.rss_mb", median(rss["bundle"]), "MB", "bare_qt.rss_mb", median(rss["bare"])),
    ]
