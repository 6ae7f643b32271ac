"""Start-up of the bundled app: first paint against the bare window and against ``uv run``.

``python -m benchmarks bundle_startup --bundle DIR``, where DIR is the bundle's folder (the one
holding the ``interact-desktop`` executable: ``dist/bundle/pyinstaller/interact-desktop`` after
``python -m tools.bundle``, or ``app/`` of the unpacked download). Three commands start as fresh
processes, in turn, several times: the bundle, ``uv run interact-desktop`` (the developer's way,
with uv's own check of the environment) and the bare QMainWindow of the start-up benchmark; each
opens the same section and reports its first paint. The medians are compared with the bare window.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.report import emit
from benchmarks.startup import BARE_WINDOW, RUNS, _measure

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
        times: dict[str, list[float]] = {name: [] for name in commands}
        rss: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(RUNS):
            for name, command in commands.items():
                elapsed, peak = _measure(command)
                times[name].append(elapsed)
                rss[name].append(peak)
    median = statistics.median
    bare = median(times["bare"])
    return [
        emit(
            "bundle.first_paint_ms", median(times["bundle"]), "ms", "bare_qt.first_paint_ms", bare
        ),
        emit(
            "uv_run.first_paint_ms", median(times["uv_run"]), "ms", "bare_qt.first_paint_ms", bare
        ),
        emit(
            "bundle.first_paint_ms",
            median(times["bundle"]),
            "ms",
            "uv_run.first_paint_ms",
            median(times["uv_run"]),
        ),
        emit("bundle.rss_mb", median(rss["bundle"]), "MB", "bare_qt.rss_mb", median(rss["bare"])),
    ]
