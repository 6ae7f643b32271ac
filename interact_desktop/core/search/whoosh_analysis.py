"""The analysis of ``analysis`` wrapped as a Whoosh analyzer (folded, then stemmed)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.analysis import Composable, Filter, Token, Tokenizer

from interact_desktop.core.search.analysis import stemmer, words


class FoldingTokenizer(Tokenizer):
    """Folded words of one language, with positions and character offsets."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FoldingTokenizer) and other.lang == self.lang

    def __hash__(self) -> int:
        return hash(("FoldingTokenizer", self.lang))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pieces = words(value, self.lang) if tokenize else [(value, 0, len(value))]
        for position, (word, start, end) in enumerate(pieces):
            token.text = word
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = start_pos + position
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


class StemmingFilter(Filter):
    """Replaces each folded word by its Snowball stem in the given language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StemmingFilter) and other.lang == self.lang

    def __hash__(self) -> int:
        return hash(("StemmingFilter", self.lang))

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        stem = stemmer(self.lang)
        for token in tokens:
            token.text = stem(token.text)
            yield token


def stemmed_analyzer(lang: str) -> Composable:
    return FoldingTokenizer(lang) | StemmingFilter(lang)
