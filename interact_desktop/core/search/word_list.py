"""The words of one language's index: folded form -> (most frequent written form, count).

Completion and "did you mean" work on this list; keeping the written form lets a suggestion be shown
with its accents ("παιδιά", not "παιδια").
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from interact_desktop.core.atomic import write_atomic
from interact_desktop.core.search.analysis import words

WORDS_FILE = "words.json"

WordTable = dict[str, tuple[str, int]]


def write_word_list(directory: Path, texts: list[str], lang: str) -> None:
    forms: dict[str, Counter[str]] = {}
    for text in texts:
        for word, start, end in words(text, lang):
            forms.setdefault(word, Counter())[text[start:end].lower()] += 1
    table = {word: [c.most_common(1)[0][0], sum(c.values())] for word, c in forms.items()}
    write_atomic(directory / WORDS_FILE, json.dumps(table, ensure_ascii=False), durable=False)


def read_word_list(directory: Path) -> WordTable:
    data = json.loads((directory / WORDS_FILE).read_text(encoding="utf-8"))
    return {word: (form, count) for word, (form, count) in data.items()}
