"""Pairs of common stems that follow one another, indexed as one term.

Whoosh's phrase query reads the positions of every document holding all the phrase's words: for a
phrase of common words ("de la", "που του") that is a large share of the index (about 50 ms at ten
times the handbook). Each two common stems that follow one another are indexed as one term
("π/τ"), so such a phrase reads one posting list. A phrase with an uncommon word is left to the
phrase query, which then reads the positions of few documents (at most those holding that word).
This is the "common grams" of other search engines, narrowed to pairs of two common words:
indexing every pair, or every pair with one common word, doubled the build time.

Common means found in at least ``COMMON_SHARE`` of a language's documents; the list is saved
beside the index (``common.json``), since the query must know which pairs were indexed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Container, Iterable
from itertools import pairwise
from pathlib import Path

from interact_desktop.core.atomic import write_atomic

COMMON_SHARE = 0.05
COMMON_FILE = "common.json"


def stem_pair(first: str, second: str) -> str:
    """The term of two stems (stems are letters and digits: no slash, no space)."""
    return f"{first}/{second}"


def common_stems(documents: Iterable[Iterable[str]]) -> set[str]:
    """Stems found in at least ``COMMON_SHARE`` of ``documents`` (each given by its stems)."""
    found: Counter[str] = Counter()
    count = 0
    for stems in documents:
        found.update(set(stems))
        count += 1
    least = max(2, COMMON_SHARE * count)
    return {stem for stem, documents_with in found.items() if documents_with >= least}


def indexed_pairs(stems: list[str], common: Container[str]) -> list[str]:
    """The pairs of ``stems`` (one text, in order) that the index holds."""
    return [stem_pair(a, b) for a, b in pairwise(stems) if a in common and b in common]


def write_common(directory: Path, common: set[str]) -> None:
    text = json.dumps(sorted(common), ensure_ascii=False)
    write_atomic(directory / COMMON_FILE, text, durable=False)


def read_common(directory: Path) -> frozenset[str]:
    return frozenset(json.loads((directory / COMMON_FILE).read_text(encoding="utf-8")))
