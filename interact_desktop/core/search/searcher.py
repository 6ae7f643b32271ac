"""Searching the handbook: hits with snippets, completion of the word being typed, "did you mean".

A :class:`HandbookSearch` keeps Whoosh searchers open and must be used by one thread only (Whoosh
searchers are not thread-safe); the UI owns one in its search thread, the CLI one of its own.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple

from whoosh import query as wq

from interact_desktop.core.languages import LANGUAGES
from interact_desktop.core.search import query as query_module
from interact_desktop.core.search.analysis import stemmer, words
from interact_desktop.core.search.documents import KINDS
from interact_desktop.core.search.highlight import Matcher, Segment, mark, snippet
from interact_desktop.core.search.index_store import IndexStore
from interact_desktop.core.search.pairs import read_common
from interact_desktop.core.search.spelling import Speller
from interact_desktop.core.search.word_list import WordTable, read_word_list

if TYPE_CHECKING:
    from whoosh.searching import Searcher

MAX_WORD = 30  # longer "words" are not misspellings worth correcting, and slow to compare
#: How many words a beginning stands for, the most frequent first, by its length (32 from four
#: letters on): "de" begins thousands of French words, and reading them all costs more than it
#: finds while the person types on (at ten times the handbook, 32 words for two letters: 50 ms).
MAX_EXPANSIONS = 32
SHORT_EXPANSIONS = {2: 4, 3: 8}


class Hit(NamedTuple):
    kind: str
    place: str
    lang: str
    title: list[Segment]
    context: str
    snippet: list[Segment]
    score: float


class SearchResult(NamedTuple):
    hits: list[Hit]
    suggestion: str | None  # the query respelled, with accents, when words were not found
    corrected: bool  # True when the hits are those of the suggestion (the query found nothing)


class HandbookSearch:
    def __init__(self, store: IndexStore) -> None:
        self.store = store
        self._searchers: dict[str, Searcher] = {}
        self._words: dict[str, WordTable] = {}
        self._spellers: dict[str, Speller] = {}
        self._sorted: dict[str, list[str]] = {}
        self._expanded: dict[tuple[str, str], tuple[str, ...]] = {}
        self._commons: dict[str, frozenset[str]] = {}

    def close(self) -> None:
        for searcher in self._searchers.values():
            searcher.close()
        self._searchers.clear()

    def search(
        self,
        text: str,
        lang: str = "en",
        kinds: tuple[str, ...] = KINDS,
        limit: int = 30,
        typing: bool = True,
    ) -> SearchResult:
        languages = LANGUAGES if lang == "all" else (lang,)
        hits = self._search(text, languages, kinds, limit, typing)
        suggestion = self.suggest(text, languages[0] if lang != "all" else "en", languages)
        if hits or suggestion is None:
            return SearchResult(hits, suggestion, False)
        return SearchResult(
            self._search(suggestion, languages, kinds, limit, False), suggestion, True
        )

    def _search(
        self, text: str, languages: Sequence[str], kinds: Sequence[str], limit: int, typing: bool
    ) -> list[Hit]:
        kind_filter = None
        if not set(KINDS) <= set(kinds):
            kind_filter = wq.Or([wq.Term("kind", kind) for kind in kinds])
        found: list[tuple[float, str, dict[str, Any], Matcher]] = []
        for lang in languages:
            clauses = query_module.parse(text, lang)
            expand = partial(self._expansions, lang=lang)
            whoosh_query = query_module.build(clauses, lang, typing, expand, self._common(lang))
            if whoosh_query is None:
                continue
            matcher = Matcher(query_module.plain_words(clauses), lang)
            # optimize=False: Whoosh's block-quality skipping costs more than it saves on an index
            # this size (measured: p50 2.3 -> 1.6 ms).
            results = self._searcher(lang).search(
                whoosh_query, limit=limit, filter=kind_filter, optimize=False
            )
            found += [(result.score, lang, result.fields(), matcher) for result in results]
        found.sort(key=lambda row: -row[0])
        # Snippets only for what is shown: marking words is the costly part of a search.
        return [
            Hit(
                kind=fields["kind"],
                place=fields["place"],
                lang=lang,
                title=mark(fields["title"], matcher),
                context=fields.get("context", ""),
                snippet=snippet(fields["body"], matcher) if fields["body"] else [],
                score=score,
            )
            for score, lang, fields, matcher in found[:limit]
        ]

    def _expansions(self, prefix: str, lang: str) -> tuple[str, ...]:
        """Stems of the most frequent words of ``lang`` that begin with ``prefix`` (see
        ``MAX_EXPANSIONS``)."""
        key = (lang, prefix)
        if key not in self._expanded:
            if len(self._expanded) > 20_000:  # a long session: forget rather than grow
                self._expanded.clear()
            table = self._word_table(lang)
            begun = self._starting_with(prefix, lang, limit=None)
            begun.sort(key=lambda word: -table[word][1])
            stem = stemmer(lang)
            chosen = begun[: SHORT_EXPANSIONS.get(len(prefix), MAX_EXPANSIONS)]
            self._expanded[key] = tuple(dict.fromkeys(stem(word) for word in chosen))
        return self._expanded[key]

    def complete(self, text: str, lang: str, limit: int = 8) -> list[str]:
        """Words of the handbook that start like the last word typed, most frequent first."""
        found = list(words(text, lang))
        if not found:
            return []
        prefix = found[-1][0]
        table = self._word_table(lang)
        candidates = [w for w in self._starting_with(prefix, lang) if w != prefix]
        candidates.sort(key=lambda w: -table[w][1])
        return [table[w][0] for w in candidates[:limit]]

    def suggest(self, text: str, lang: str, languages: Sequence[str] | None = None) -> str | None:
        """The query with unknown words replaced by the nearest known ones, written with accents."""
        table = self._word_table(lang)
        changed = False
        output: list[str] = []
        for word, start, end in words(text, lang):
            if word in table or any(word in self._word_table(o) for o in (languages or ())):
                output.append(table[word][0] if word in table else text[start:end])
                continue
            replacement = self._nearest(word, lang)
            if replacement is None:
                output.append(text[start:end])
                continue
            output.append(table[replacement][0])
            changed = True
        return " ".join(output) if changed else None

    def _nearest(self, word: str, lang: str) -> str | None:
        if not 4 <= len(word) <= MAX_WORD or word.isdigit():
            return None
        if self._starting_with(word, lang, limit=1):
            return None  # an unfinished word, not a misspelt one
        return self._speller(lang).nearest(word, max_distance=1 if len(word) < 6 else 2)

    def _starting_with(self, prefix: str, lang: str, limit: int | None = 200) -> list[str]:
        """Known words that start with ``prefix`` (a sorted list, so a bisection finds them)."""
        if lang not in self._sorted:
            self._sorted[lang] = sorted(self._word_table(lang))
        ordered = self._sorted[lang]
        found: list[str] = []
        for word in islice(ordered, bisect_left(ordered, prefix), None):
            if not word.startswith(prefix) or (limit is not None and len(found) >= limit):
                break
            found.append(word)
        return found

    def _searcher(self, lang: str) -> Searcher:
        if lang not in self._searchers:
            self._searchers[lang] = self.store.open(lang).searcher()
        return self._searchers[lang]

    def _word_table(self, lang: str) -> WordTable:
        if lang not in self._words:
            self._words[lang] = read_word_list(self.store.directory / lang)
        return self._words[lang]

    def _common(self, lang: str) -> frozenset[str]:
        if lang not in self._commons:
            self._commons[lang] = read_common(self.store.directory / lang)
        return self._commons[lang]

    def _speller(self, lang: str) -> Speller:
        if lang not in self._spellers:
            counts = {word: count for word, (_, count) in self._word_table(lang).items()}
            self._spellers[lang] = Speller(counts)
        return self._spellers[lang]
