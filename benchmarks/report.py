"""One JSON object per measurement, the format every benchmark group prints."""

from __future__ import annotations

import json


def emit(name: str, value: float, unit: str, baseline_name: str, baseline: float) -> dict:
    record = {
        "name": name,
        "value": round(value, 2),
        "unit": unit,
        "baseline_name": baseline_name,
        "baseline": round(baseline, 2),
        "ratio": round(value / baseline, 2) if baseline else None,
    }
    print(json.dumps(record), flush=True)
    return record
