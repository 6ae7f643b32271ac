"""Searching the tiny handbook: folding, stems and prefixes in five languages, robust parsing."""

from __future__ import annotations

import pytest

from interact_desktop.core.search.searcher import HandbookSearch


@pytest.fixture
def search(tiny_store):
    searcher = HandbookSearch(tiny_store)
    yield searcher
    searcher.close()


def places(result) -> set[str]:
    return {hit.place for hit in result.hits}


@pytest.mark.parametrize(
    "lang, query",
    [("el", "παιδι"), ("el", "ΠΑΙΔΙΑ"), ("fr", "enfant"), ("fr", "ENFANTS"), ("nl", "voogd"),
     ("it", "tutore"), ("it", "autorita"), ("en", "CHILD")],
)  # fmt: skip
def test_accent_free_and_capitalised_queries_find_accented_text(search, lang, query):
    result = search.search(query, lang, typing=False)
    assert "section:children" in places(result) or any(
        p.startswith("section:children#") for p in places(result)
    )


def test_greek_query_finds_both_the_plural_and_the_capitalised_genitive(search):
    result = search.search("παιδι", "el", typing=False)
    assert {"section:children", "section:children#δήλωση"} <= places(result)


def test_dutch_stem_and_prefix_find_the_plural(search):
    result = search.search("voogd", "nl", typing=False)
    assert "section:children#melding" in places(result)  # only "voogden" is there


def test_hits_land_on_the_heading_and_mark_the_words(search):
    result = search.search("police", "en", typing=False)
    hit = next(hit for hit in result.hits if hit.place == "section:children#reporting")
    assert [s.text for s in hit.snippet if s.marked] == ["police"]


def test_prefix_of_the_word_being_typed(search):
    assert "section:children" in places(search.search("gu", "en"))
    assert search.search("gu", "en", typing=False).hits == []  # two letters, and not typing
    assert "section:children" in places(search.search("guar", "en", typing=False))


def test_phrases_or_and_not(search):
    assert places(search.search('"missing children"', "en", typing=False))
    assert not places(search.search('"children missing"', "en", typing=False))
    assert places(search.search("zebra OR guardian", "en", typing=False))
    assert not places(search.search("zebra guardian", "en", typing=False))
    both = places(search.search("police", "en", typing=False))
    without = places(search.search("police -report", "en", typing=False))
    assert without < both


def test_longer_phrases_need_their_words_in_a_row_within_one_field(search):
    assert places(search.search('"the police take"', "en", typing=False))
    # Each two of these words follow one another somewhere, the three never do.
    assert not places(search.search('"take the missing"', "en", typing=False))
    # "Reporting" is a heading and "The police ..." its text: a phrase does not run across.
    assert not places(search.search('"reporting the police"', "en", typing=False))
    assert not places(search.search('"reporting the"', "en", typing=False))


def test_a_beginning_finds_every_word_it_begins_in_the_title_and_text(search):
    # "vermiste" and "vermissing" begin alike, and stem apart.
    found = places(search.search("vermi", "nl", typing=False))
    assert {"section:children", "section:children#melding"} <= found
    assert "section:children#melding" in places(search.search("vermissin", "nl", typing=False))


def test_a_beginning_of_several_words_combines_with_exclusion_and_kinds(search):
    found = places(search.search("chi", "en", typing=False))  # child, children
    assert {"section:children", "section:children#reporting"} <= found
    without = places(search.search("chi -report", "en", typing=False))
    assert without == found - {"section:children#reporting"}
    assert search.search("chi", "en", kinds=("glossary",)).hits == []


def test_misspelling_is_corrected_with_accents(search):
    result = search.search("παιδκά", "el", typing=False)
    assert result.suggestion == "παιδιά"
    assert result.corrected and result.hits


def test_all_languages_and_kinds(search):
    result = search.search("police", "all", typing=False)
    assert {hit.lang for hit in result.hits} >= {"en", "fr"}
    assert search.search("police", "en", kinds=("glossary",)).hits == []


@pytest.mark.parametrize(
    "query",
    ['"', '""', '"unclosed phrase', "AND", "OR OR", "NOT", "-", "+", "title:", "title:police",
     "body:(x", "*", "?", "a* b~2", "(((", "[]{}^:", "\\", "&&||!", "x" * 10_000,
     "word " * 2_000, "", "   ", "\u0000\u202e", "🙂", "NOT police", "-police"],
)  # fmt: skip
def test_no_input_makes_the_search_fail(search, query):
    result = search.search(query, "en")
    assert isinstance(result.hits, list)


def test_completion_offers_words_that_start_like_the_last_one(search):
    assert "guardian" in search.complete("a guar", "en")
    assert search.complete("", "en") == []
