"""One JSON object per measurement, the format every benchmark group prints."""

from __future__ import annotations

import json
import time


def emit(
    name: str,
    value: float,
    unit: str,
    baseline_name: str,
    baseline: float,
    paired_ratio: float | None = None,
) -> dict:
    """Print and return one record; ``paired_ratio`` is the median of per-round ratios where the
    group measured the value and its baseline in pairs (see benchmarks/startup.py)."""
    record = {
        "name": name,
        "value": round(value, 2),
        "unit": unit,
        "baseline_name": baseline_name,
        "baseline": round(baseline, 2),
        "ratio": round(value / baseline, 2) if baseline else None,
    }
    if paired_ratio is not None:
        record["paired_ratio"] = round(paired_ratio, 3)
    print(json.dumps(record), flush=True)
    return record


class Timer:
    """Wall-clock and CPU time of a block, in ms. On a machine shared with other work the wall
    clock also counts the waiting for a core; the CPU time (this process, all its threads) is
    what the work itself cost, so both are reported."""

    def __enter__(self) -> Timer:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall_ms = (time.perf_counter() - self._wall) * 1000
        self.cpu_ms = (time.process_time() - self._cpu) * 1000
