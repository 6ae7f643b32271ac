"""The start-up benchmark compares each start with the bare window's start of the same round."""

from __future__ import annotations

from benchmarks.startup import median_paired_ratio, paired_rounds


def test_every_command_runs_once_per_round_and_the_first_place_rotates() -> None:
    order: list[str] = []

    def measure(command: list[str]) -> tuple[float, float]:
        order.append(command[0])
        return float(len(order)), 0.0

    results = paired_rounds({"a": ["a"], "b": ["b"], "c": ["c"]}, rounds=4, measure=measure)

    assert {name: len(values) for name, values in results.items()} == {"a": 4, "b": 4, "c": 4}
    rounds = [order[i : i + 3] for i in range(0, len(order), 3)]
    assert [sorted(r) for r in rounds] == [["a", "b", "c"]] * 4
    assert [r[0] for r in rounds] == ["a", "b", "c", "a"]


def test_the_ratio_is_taken_within_each_round() -> None:
    # A busy second round slows both programs: per round the app is 1.2x the bare window, while
    # the ratio of the medians mixes a calm bare run with a busy app run.
    app = [120.0, 240.0, 130.0]
    bare = [100.0, 200.0, 100.0]

    assert median_paired_ratio(app, bare) == 1.2
    assert median_paired_ratio([1.0, 4.0], [1.0, 1.0]) == 2.5
