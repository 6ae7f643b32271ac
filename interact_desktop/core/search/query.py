"""Turning what a person types into a Whoosh query, without ever failing on their input.

Understood: words (all must match), "quoted phrases", OR between two parts, NOT or a leading minus
to exclude. Everything else — stray quotes or operators, field prefixes such as ``title:``,
punctuation, very long input — is read as plain words. Each word matches its stem in titles and
text, and as the beginning of other words of the handbook (``expand``: the stems of the most
frequent words it begins), which catches Greek over-stemming (παιδιά -> "πα"), Dutch plurals and
the word still being typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from itertools import pairwise
from typing import NamedTuple

from whoosh import query as wq
from whoosh.query.compound import PreloadedOr

from interact_desktop.core.search.analysis import stemmer, words
from interact_desktop.core.search.pairs import stem_pair

MAX_INPUT = 1000
#: A word longer than this matches every word that begins with its first ``MAX_START`` letters.
MAX_START = 10
MIN_START = 2
MAX_CLAUSES = 24
_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_FIELD_PREFIX = re.compile(r"^[A-Za-z]+:(?=\S)")

#: Folded beginning of a word -> the stems of the (most frequent) words of the index it begins.
Expand = Callable[[str], Sequence[str]]


class Clause(NamedTuple):
    words: tuple[str, ...]  # folded words
    phrase: bool
    negated: bool
    joined_by_or: bool  # OR with the clause before it


def parse(text: str, lang: str) -> list[Clause]:
    clauses: list[Clause] = []
    negate_next = or_next = False
    for match in _TOKEN.finditer(text[:MAX_INPUT]):
        phrase, token = match.group(1), match.group(2)
        if token is not None:
            if token in ("OR", "|", "||"):
                or_next = bool(clauses)
                continue
            if token in ("AND", "&", "&&", "+"):
                continue
            if token == "NOT":
                negate_next = True
                continue
            negated = negate_next or (token.startswith("-") and len(token) > 1)
            raw = _FIELD_PREFIX.sub("", token.lstrip("+-"))
        else:
            negated, raw = negate_next, phrase
        found = tuple(word for word, _, _ in words(raw, lang))
        negate_next = False
        if not found:
            continue
        clauses.append(Clause(found, token is None and len(found) > 1, negated, or_next))
        or_next = False
        if len(clauses) >= MAX_CLAUSES:
            break
    return clauses


def build(
    clauses: list[Clause],
    lang: str,
    typing: bool = True,
    expand: Expand | None = None,
    common: Container[str] = frozenset(),
) -> wq.Query | None:
    """The Whoosh query; None when nothing positive is left to look for.

    ``typing`` treats the last word as unfinished: it matches as a prefix from two letters on.
    Without ``expand`` words match by their stem only; ``common`` are the stems whose pairs the
    index holds (see ``pairs``; without them, phrases are read from positions alone).
    """
    stem = stemmer(lang)
    groups: list[list[wq.Query]] = []
    excluded: list[wq.Query] = []
    last = len(clauses) - 1
    for number, clause in enumerate(clauses):
        if clause.phrase:
            stems = [stem(word) for word in clause.words]
            part: wq.Query = phrase_part(stems, common)
        else:
            unfinished = typing and number == last and not clause.negated
            part = wq.And([_word(word, stem, unfinished, expand) for word in clause.words])
        if clause.negated:
            excluded.append(part)
        elif clause.joined_by_or and groups:
            groups[-1].append(part)
        else:
            groups.append([part])
    if not groups:
        return None
    positive = wq.And([group[0] if len(group) == 1 else wq.Or(group) for group in groups])
    return wq.AndNot(positive, wq.Or(excluded)) if excluded else positive


def phrase_part(stems: list[str], common: Container[str]) -> wq.Query:
    """The stems one after another, in the title or in the text.

    Pairs of two ``common`` stems are indexed (see ``pairs``): such a phrase of two words is one
    term to read; any other is checked by its positions, in the documents holding its indexed
    pairs, or where its uncommon words are (few documents, by definition).
    """
    pairs = [stem_pair(a, b) for a, b in pairwise(stems) if a in common and b in common]
    if len(stems) == 2 and pairs:
        return wq.Or([wq.Term("title_pairs", pairs[0]), wq.Term("body_pairs", pairs[0])])
    fields = (("title", "title_pairs"), ("body", "body_pairs"))
    return wq.Or(
        [
            wq.And([wq.Term(paired, pair) for pair in pairs] + [wq.Phrase(field, stems)])
            for field, paired in fields
        ]
    )


def _word(
    word: str, stem: Callable[[str], str], unfinished: bool, expand: Expand | None
) -> wq.Query:
    stems = [stem(word)]
    if expand is not None and (len(word) >= 3 or (unfinished and len(word) >= MIN_START)):
        # The word itself, or any word it begins (long words by their first letters).
        stems += [s for s in expand(word[:MAX_START]) if s not in stems]
    terms = [wq.Term(field, s) for s in stems for field in ("title", "body")]
    return PreloadedOr(terms) if len(terms) > 4 else wq.Or(terms)


def plain_words(clauses: list[Clause]) -> list[str]:
    """The folded words a hit should show highlighted (excluded ones are not)."""
    return [word for clause in clauses if not clause.negated for word in clause.words]
