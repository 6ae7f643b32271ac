"""The Getting started page: a chapter of its own near the top of the contents, in all five
languages with the same sections in the same order, and the safety points a first-time user must
not miss."""

from __future__ import annotations

import re

import pytest

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.languages import LANGUAGES
from interact_desktop.core.places import GETTING_STARTED, Place
from tests.conftest import REPO

HANDBOOK = load_handbook(REPO / "content")
PAGE = Place.parse(GETTING_STARTED).id
HEADING = re.compile(r"^(#{2,6}) ", re.M)


def headings(lang: str) -> list[str]:
    """The levels of the page's headings in order, e.g. ['##', '##', ...]."""
    return HEADING.findall(HANDBOOK.text(PAGE, lang).body)


def test_the_page_is_a_chapter_right_after_about():
    assert [chapter.id for chapter in HANDBOOK.chapters[:2]] == ["about", PAGE]


def test_the_english_page_covers_what_a_first_time_user_needs():
    text = HANDBOOK.text(PAGE, "en").body
    assert len(headings("en")) >= 8
    points = ["A child is missing now", "future", "passphrase", "nobody can recover",
              "without encryption", "never the child's name", "not encrypted", "`F1`"]  # fmt: skip
    assert [point for point in points if point not in text] == []


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_each_translation_has_the_same_sections_and_links(lang):
    assert headings(lang) == headings("en")
    links = re.compile(r"\]\(([a-z]+:[^)]*)\)")
    english = HANDBOOK.text(PAGE, "en").body
    text = HANDBOOK.text(PAGE, lang).body
    assert sorted(links.findall(text)) == sorted(links.findall(english))
    assert HANDBOOK.title(PAGE, lang) != HANDBOOK.title(PAGE, "en")
    # The same keys and the same menu paths, in the same order, as the English page.
    assert len(re.findall(r"`[^`]+`", text)) == len(re.findall(r"`[^`]+`", english))
    assert len(re.findall(r"\*\*[^*]+\*\*", text)) == len(re.findall(r"\*\*[^*]+\*\*", english))
