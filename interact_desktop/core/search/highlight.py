"""Snippets with the matching words marked, found by the same analysis as the search.

Whoosh's highlighter only sees terms of the field it highlights; a hit found through the prefix of
an unstemmed word would show no mark. Marking here compares every word of the stored text with the
query's words (folded prefix, or same stem), which is also fast: a few kilobytes per hit.
"""

from __future__ import annotations

from typing import NamedTuple

from interact_desktop.core.search.analysis import stemmer, words


class Segment(NamedTuple):
    text: str
    marked: bool


class Matcher:
    """Decides whether a word of a text matches one of the query's words."""

    def __init__(self, query_words: list[str], lang: str, prefix: bool = True) -> None:
        self._stem = stemmer(lang)
        self._lang = lang
        self._words = [w for w in query_words if w]
        self._stems = {self._stem(w) for w in self._words}
        self._prefix = prefix
        self._seen: dict[str, bool] = {}
        self._heads = tuple({stem[:2] for stem in self._stems})

    def matches(self, word: str) -> bool:
        if word in self._seen:
            return self._seen[word]
        found = any(
            word == w or (self._prefix and len(w) >= 2 and word.startswith(w)) for w in self._words
        ) or (
            # A stem starts like its word, so only words that start like a query stem can share it:
            # this spares stemming every other word of the text.
            word.startswith(self._heads) and self._stem(word) in self._stems
        )
        self._seen[word] = found
        return found

    def spans(self, text: str, until: int | None = None) -> list[tuple[int, int]]:
        """Character ranges of matching words; with ``until``, stop at that offset after the
        first match (a snippet needs no more)."""
        found: list[tuple[int, int]] = []
        for word, start, end in words(text, self._lang):
            if found and until is not None and start > found[0][0] + until:
                break
            if self.matches(word):
                found.append((start, end))
        return found


def snippet(text: str, matcher: Matcher, width: int = 180) -> list[Segment]:
    """About ``width`` characters around the first match, cut at word boundaries, marks included."""
    spans = matcher.spans(text, until=width)
    if not spans:
        end = _cut_after(text, width)
        return [Segment(text[:end] + (" …" if end < len(text) else ""), False)]
    first = spans[0][0]
    start = _cut_before(text, max(0, first - width // 3))
    end = _cut_after(text, start + width)
    segments: list[Segment] = []
    if start > 0:
        segments.append(Segment("… ", False))
    position = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        if span_start > position:
            segments.append(Segment(text[position:span_start], False))
        segments.append(Segment(text[span_start:span_end], True))
        position = span_end
    if end > position:
        segments.append(Segment(text[position:end], False))
    if end < len(text):
        segments.append(Segment(" …", False))
    return segments


def mark(text: str, matcher: Matcher) -> list[Segment]:
    """The whole text with its matching words marked (for short titles)."""
    segments: list[Segment] = []
    position = 0
    for start, end in matcher.spans(text):
        if start > position:
            segments.append(Segment(text[position:start], False))
        segments.append(Segment(text[start:end], True))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:], False))
    return segments


def _cut_before(text: str, index: int) -> int:
    if index <= 0:
        return 0
    space = text.rfind(" ", 0, index)
    return space + 1 if space >= 0 else index


def _cut_after(text: str, index: int) -> int:
    if index >= len(text):
        return len(text)
    space = text.find(" ", index)
    return space if space >= 0 else len(text)
