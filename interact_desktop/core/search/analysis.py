"""Text analysis for the five languages: folding, elision, stemming.

One set of functions serves the handbook's Whoosh index and the notebook's FTS5 index, so a word is
found the same way everywhere. Folding removes case and accents in every script (Whoosh's accent map
leaves Greek alone) and maps the Greek final sigma to σ; it runs before stemming, because the Greek
stemmer expects unaccented text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

import snowballstemmer

from interact_desktop.core.text import fold

STEMMERS = {"en": "english", "nl": "dutch", "fr": "french", "el": "greek", "it": "italian"}

#: Letters and digits, with inner hyphens; ``words`` then yields each part of a hyphenated word.
WORD = re.compile(r"\w+(?:-\w+)*")

#: What French and Italian write before an apostrophe (l'enfant, dell'autorità, qu'il): not words
#: a reader searches for. Apostrophes split words anyway; these leftovers are dropped.
ELIDED = {
    "fr": {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"},
    "it": {
        "l", "d", "dell", "all", "dall", "nell", "sull", "coll", "un", "quest", "quell", "c",
        "anch", "com", "dov", "s", "v", "m", "t", "n",
    },
}  # fmt: skip


_PART = re.compile(r"[^-]+")


#: Words repeat a lot in any text: folding each distinct one once keeps snippets fast.
_fold_word = lru_cache(maxsize=100_000)(fold)


def words(text: str, lang: str) -> Iterator[tuple[str, int, int]]:
    """Folded words of ``text`` with their character offsets in the original text."""
    elided = ELIDED.get(lang, ())
    for match in WORD.finditer(text):
        token = match.group()
        if "-" not in token:
            word = _fold_word(token)
            if word not in elided:
                yield word, match.start(), match.end()
            continue
        for part in _PART.finditer(token):
            word = _fold_word(part.group())
            if word and word not in elided:
                start = match.start() + part.start()
                yield word, start, start + len(part.group())


@lru_cache(maxsize=8)
def stemmer(lang: str) -> Callable[[str], str]:
    """The Snowball stemmer of ``lang`` as a cached function over folded words."""
    algorithm = snowballstemmer.stemmer(STEMMERS.get(lang, "english"))
    return lru_cache(maxsize=50_000)(algorithm.stemWord)


def stems(text: str, lang: str) -> list[str]:
    stem = stemmer(lang)
    return [stem(word) for word, _, _ in words(text, lang)]
