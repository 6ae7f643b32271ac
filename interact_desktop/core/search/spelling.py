"""Nearest known word for a misspelt one: symmetric deletes, then edit distance.

Every known word is filed under itself and under each form with one letter deleted; a query word is
looked up the same way. Two words filed under a common key are at most two edits apart (this covers
a wrong, missing, extra or swapped letter), and the few candidates found are then ranked by their
real edit distance and by how often they occur. A lookup costs a dozen dictionary reads.
"""

from __future__ import annotations

from collections import defaultdict


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance: Levenshtein with adjacent swaps counted as one edit."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


class Speller:
    def __init__(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self._keys: dict[str, set[str]] = defaultdict(set)
        for word in counts:
            self._keys[word].add(word)
            for key in _deletes(word):
                self._keys[key].add(word)

    def nearest(self, word: str, max_distance: int = 2) -> str | None:
        candidates: set[str] = set()
        for key in {word, *_deletes(word)}:
            candidates |= self._keys.get(key, set())
        candidates.discard(word)
        scored = [(distance(word, c), -self._counts[c], c) for c in candidates]
        scored = [row for row in scored if row[0] <= max_distance]
        return min(scored)[2] if scored else None
