"""The shipped handbook is complete and equal in all five languages (content checks)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from interact_desktop.core.content.check import check_handbook
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.model import localized
from interact_desktop.core.languages import LANGUAGES
from interact_desktop.core.search.analysis import stemmer, words
from tests.conftest import REPO

HANDBOOK = load_handbook(REPO / "content")
SECTIONS = HANDBOOK.section_ids()


def word_count(section_id: str, lang: str) -> int:
    text = HANDBOOK.text(section_id, lang)
    return len(re.findall(r"\w+", f"{text.title} {text.body}"))


def test_the_handbook_is_large_enough():
    assert len(SECTIONS) >= 45
    assert len(HANDBOOK.checklists) >= 8
    assert len(HANDBOOK.flowcharts) >= 4
    assert len(HANDBOOK.glossary) >= 60
    assert {"abena", "qiro"} <= set(HANDBOOK.scenarios)
    short = [s for s in SECTIONS if word_count(s, "en") < 250]
    assert short == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_at_least_15000_words(lang):
    assert check_handbook(HANDBOOK).counts[lang].words >= 15_000


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_sections_are_within_35_percent_of_the_english_length(lang):
    outside = []
    for section_id in SECTIONS:
        ratio = word_count(section_id, lang) / word_count(section_id, "en")
        if not 0.65 <= ratio <= 1.35:
            outside.append(f"{section_id}: {ratio:.2f}")
    assert outside == []


def test_greek_text_is_written_in_greek_letters():
    for section_id in SECTIONS:
        text = HANDBOOK.text(section_id, "el").body
        letters = [c for c in re.sub(r"\([^)]*\)", "", text) if c.isalpha()]
        greek = sum(1 for c in letters if "\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff")
        assert greek / len(letters) > 0.85, section_id


#: Common English words that are not words in Dutch, French or Italian.
ENGLISH_MARKERS = {"the", "and", "with", "which", "should", "when", "this", "that", "must", "from"}
#: English names that stay English in every language (organisations, foreign laws).
PROPER_NAMES = re.compile(
    r"Missing Children Europe|Missing People|Refugee Youth Service|Modern Slavery Act|"
    r"Data Protection Act|Child Trafficking Advice Centre|Center of Excellence[\w ]*|"
    r"Practical guidance on preventing and responding to trafficking and disappearances of "
    r"children in migration"
)


@pytest.mark.parametrize("lang", ["nl", "fr", "it"])
def test_no_english_sentences_left(lang):
    leftovers = []
    for section_id in SECTIONS:
        text = PROPER_NAMES.sub("", HANDBOOK.text(section_id, lang).body)
        found = Counter(w for w in re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", "", text.lower()))
                        if w in ENGLISH_MARKERS)  # fmt: skip
        if sum(found.values()) > 3:
            leftovers.append(f"{section_id}: {dict(found)}")
    assert leftovers == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_glossary_term_occurs_in_the_text(lang):
    stem = stemmer(lang)
    corpus_stems = set()
    corpus_words = set()
    for section_id in SECTIONS:
        text = HANDBOOK.text(section_id, lang)
        for word, _, _ in words(f"{text.title} {text.body}", lang):
            corpus_words.add(word)
            corpus_stems.add(stem(word))
    missing = []
    for term in HANDBOOK.glossary:
        name = re.sub(r"\([^)]*\)", "", localized(term.term, lang))  # "(MSNA)" and the like
        significant = [w for w, _, _ in words(name, lang) if len(w) >= 4]
        found = all(
            stem(w) in corpus_stems or any(c.startswith(w[:5]) for c in corpus_words)
            for w in significant
        )
        if not found:
            missing.append(term.id)
    assert missing == []


def test_tool_references_point_to_sections_that_exist():
    known = set(SECTIONS)
    for checklist in HANDBOOK.checklists.values():
        assert checklist.section in known
    for flowchart in HANDBOOK.flowcharts.values():
        for node in flowchart.nodes:
            if node.kind == "action":
                assert node.section in known, (flowchart.id, node.id)
    for term in HANDBOOK.glossary:
        assert term.section in known, term.id
