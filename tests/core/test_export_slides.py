"""The slides PDF: 16:9 pages, one per slide, Greek text selectable, DejaVu subsets only."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.export.handbook_pdf import PdfMeta
from interact_desktop.core.export.slides_pdf import SlidesExport
from interact_desktop.core.presentation.slides import SlideMaker
from tests.conftest import REPO
from tests.helpers.pdf import fonts_of, normalise

HANDBOOK = load_handbook(REPO / "content")
MAKER = SlideMaker(HANDBOOK)


@pytest.fixture(scope="module")
def greek_chapter(tmp_path_factory):
    deck = MAKER.chapter_deck("response", "el")
    target = tmp_path_factory.mktemp("slides") / "response-el.pdf"
    shrunk = SlidesExport(HANDBOOK).export(deck, target, PdfMeta(deck.title, "Μαρία", "el"))
    return deck, target, shrunk


def test_pages_are_16_by_9_one_per_slide(greek_chapter):
    deck, target, _ = greek_chapter
    reader = PdfReader(target)
    assert len(reader.pages) == len(deck.slides) > 20
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width / height - 16 / 9) < 0.001


def test_greek_text_is_selectable_with_the_counter_on_each_slide(greek_chapter):
    deck, target, _ = greek_chapter
    reader = PdfReader(target)
    source = HANDBOOK.text("response-first-hours", "el")
    words = " ".join(normalise(source.body.split("\n\n")[0]).split()[:10])
    text = normalise(" ".join(page.extract_text() for page in reader.pages))
    assert words in text
    assert "Οι πρώτες ώρες" in text and "(συνέχεια)" in text
    total = len(deck.slides)
    for number, page in enumerate(reader.pages, start=1):
        assert f"{number} / {total}" in page.extract_text()


def test_fonts_are_dejavu_subsets_only_and_metadata_is_set(greek_chapter):
    _, target, _ = greek_chapter
    reader = PdfReader(target)
    names = fonts_of(reader)
    assert names
    assert all(
        re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?", n) for n in names
    ), names
    assert reader.metadata.title == "Αντιμετώπιση μιας εξαφάνισης"
    assert reader.metadata.author == "Μαρία"
    assert reader.metadata.creator == "INTERACT Desktop"
    assert reader.trailer["/Root"]["/Lang"] == "el"


def test_titles_are_bookmarks(greek_chapter):
    _, target, _ = greek_chapter
    titles = [item.title for item in PdfReader(target).outline if not isinstance(item, list)]
    assert "Οι πρώτες ώρες" in titles


@pytest.mark.parametrize("lang", ["en", "fr", "el"])
def test_every_slide_of_the_handbook_fits_its_page(tmp_path, lang):
    """The line budget holds in real layout: no slide's body had to be shrunk to fit."""
    deck = MAKER.handbook_deck(lang)
    shrunk = SlidesExport(HANDBOOK).export(deck, tmp_path / "all.pdf", PdfMeta("x", "", lang))
    assert shrunk == []


def test_a_flowchart_gives_its_steps_with_who_and_when(tmp_path):
    deck = MAKER.flowchart_deck("child-missing", "en")
    target = tmp_path / "flow.pdf"
    SlidesExport(HANDBOOK).export(deck, target, PdfMeta(deck.title, "", "en"))
    text = normalise(" ".join(p.extract_text() for p in PdfReader(target).pages))
    assert "Who: Staff on duty · Within 30 minutes" in text
    assert "Yes → go to step" in text
