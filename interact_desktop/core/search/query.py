"""Turning what a person types into a Whoosh query, without ever failing on their input.

Understood: words (all must match), "quoted phrases", OR between two parts, NOT or a leading minus
to exclude. Everything else — stray quotes or operators, field prefixes such as ``title:``,
punctuation, very long input — is read as plain words. Each word matches its stem in titles and
text, and as a prefix of an unstemmed word, which catches Greek over-stemming (παιδιά -> "πα") and
the word still being typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from whoosh import query as wq

from interact_desktop.core.search.analysis import stemmer, words
from interact_desktop.core.search.whoosh_analysis import MAX_START

MAX_INPUT = 1000
MAX_CLAUSES = 24
_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_FIELD_PREFIX = re.compile(r"^[A-Za-z]+:(?=\S)")


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


def build(clauses: list[Clause], lang: str, typing: bool = True) -> wq.Query | None:
    """The Whoosh query; None when nothing positive is left to look for.

    ``typing`` treats the last word as unfinished: it matches as a prefix from two letters on.
    """
    stem = stemmer(lang)
    groups: list[list[wq.Query]] = []
    excluded: list[wq.Query] = []
    last = len(clauses) - 1
    for number, clause in enumerate(clauses):
        if clause.phrase:
            stems = [stem(word) for word in clause.words]
            part: wq.Query = wq.Or([wq.Phrase("title", stems), wq.Phrase("body", stems)])
        else:
            unfinished = typing and number == last and not clause.negated
            part = wq.And([_word(word, stem, unfinished) for word in clause.words])
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


def _word(word: str, stem: Callable[[str], str], unfinished: bool) -> wq.Query:
    stemmed = stem(word)
    options: list[wq.Query] = [wq.Term("title", stemmed), wq.Term("body", stemmed)]
    if len(word) >= 3 or (unfinished and len(word) >= 2):
        # The word itself, or any word it begins (long words by their first letters).
        options.append(wq.Term("starts", word[:MAX_START]))
    return wq.Or(options)


def plain_words(clauses: list[Clause]) -> list[str]:
    """The folded words a hit should show highlighted (excluded ones are not)."""
    return [word for clause in clauses if not clause.negated for word in clause.words]
