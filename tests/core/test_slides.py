"""Sections and flowcharts split into slides: one per heading, within budget, alike in every
language."""

from __future__ import annotations

import pytest

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.languages import LANGUAGES
from interact_desktop.core.presentation.slides import (
    LINES_PER_SLIDE,
    PIECE_LINES,
    Block,
    SlideMaker,
    pack,
    plain,
    sentences,
    split_alike,
)
from tests.conftest import REPO

HANDBOOK = load_handbook(REPO / "content")
MAKER = SlideMaker(HANDBOOK)


def headings(section_id: str, lang: str) -> list[str]:
    body = HANDBOOK.text(section_id, lang).body
    return [
        line.lstrip("#").strip() for line in body.splitlines() if line.startswith(("## ", "### "))
    ]


def test_a_section_starts_with_its_title_and_gives_every_heading_a_slide():
    slides = MAKER.section_slides("response-first-hours", "en")
    assert slides[0].kind == "title" and slides[0].title == "The first hours"
    assert "no waiting period" in slides[0].blocks[0].markup
    firsts = [s.title for s in slides if s.kind == "heading" and not s.continued]
    assert firsts == ["Steps", "What to record", "If the child makes contact", "Related"]
    assert all(s.context == "The first hours" for s in slides[1:])
    assert slides[1].anchor == "steps"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_heading_of_the_handbook_gets_its_own_slide(lang):
    for section_id in HANDBOOK.section_ids():
        titles = [s.title for s in MAKER.section_slides(section_id, lang) if not s.continued]
        assert titles[1:] == headings(section_id, lang), section_id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_slide_is_over_its_budget(lang):
    deck = MAKER.handbook_deck(lang)
    assert len(deck.slides) > 300
    over = [(s.place, s.title, s.lines()) for s in deck.slides if s.lines() > s.budget]
    assert not over


def test_long_content_continues_on_slides_marked_continued_with_notes():
    all_slides = MAKER.section_slides("response-first-hours", "el")
    slides = [s for s in all_slides if s.anchor and s.anchor == all_slides[1].anchor]
    assert len(slides) > 1
    assert slides[0].title == "Βήματα" and not slides[0].continued
    assert all(s.title == "Βήματα (συνέχεια)" and s.continued for s in slides[1:])
    assert "Συνεχίζεται στην επόμενη διαφάνεια." in slides[0].notes
    assert "Συνέχεια από την προηγούμενη διαφάνεια." in slides[1].notes
    # Items stay whole and in order across the slides.
    markers = [b.marker for s in slides for b in s.blocks if b.kind == "item"]
    assert markers == ["1.", "2.", "3.", "4.", "5."]


def test_every_section_has_the_same_slides_in_all_five_languages():
    """A trainer switching language keeps the slide number: same slides, same kinds, same
    headings (holds for every section of the shipped content)."""
    different = {}
    for section_id in HANDBOOK.section_ids():
        shapes = {
            lang: [(s.kind, s.part) for s in MAKER.section_slides(section_id, lang)]
            for lang in LANGUAGES
        }
        if any(shape != shapes["en"] for shape in shapes.values()):
            different[section_id] = {lang: len(shape) for lang, shape in shapes.items()}
    assert not different


def test_notes_explain_links_glossary_terms_and_the_outline():
    slides = MAKER.section_slides("response-first-hours", "en")
    assert slides[0].notes[:2] == ("On the following slides:", "• Steps")
    notes = "\n".join(n for s in slides for n in s.notes)
    assert "guardian: An independent person" in notes  # a glossary link, with its definition
    assert "→ Reporting to the police" in notes
    assert "Flowchart: A child goes missing" in notes
    assert "Figure: Timeline of the first hours" in notes
    assert "section:" not in "".join(b.markup for s in slides for b in s.blocks)


def test_a_chapter_is_its_sections_in_order_and_the_handbook_all_chapters():
    deck = MAKER.chapter_deck("response", "fr")
    titles = [s.place for s in deck.slides if s.kind == "title" and not s.continued]
    expected = [f"section:{node.id}" for node, _ in next(
        c for c in HANDBOOK.chapters if c.id == "response").walk()]  # fmt: skip
    assert titles == expected
    firsts = [s for s in deck.slides if s.kind == "title" and not s.continued]
    assert firsts[0].level == 0 and firsts[1].level == 1
    everything = MAKER.handbook_deck("fr")
    assert [s.place for s in everything.slides if s.kind == "title" and not s.part] == [
        f"section:{i}" for i in HANDBOOK.section_ids()
    ]


def test_a_wide_table_becomes_cards_and_a_narrow_one_repeats_its_header():
    cards = [b for s in MAKER.section_slides("tools-databases", "el") for b in s.blocks]
    assert {b.kind for b in cards} >= {"card"}
    assert all(b.kind != "row" for b in cards)
    rows = [s for s in MAKER.section_slides("prevention-training", "en")
            if any(b.kind == "row" for b in s.blocks)]  # fmt: skip
    row = next(b for b in rows[0].blocks if b.kind == "row")
    assert row.header == ("Role", "Focus")


def test_packing_keeps_order_and_starts_a_new_slide_when_full():
    blocks = [Block("paragraph", "x " * 150) for _ in range(5)]  # over 4 lines each
    sizes = [b.lines() for b in blocks]
    groups = pack(blocks, sizes, first=LINES_PER_SLIDE)
    assert [len(g) for g in groups] == [2, 2, 1]
    assert pack([], [], first=5.0) == [()]


def test_a_paragraph_longer_than_a_slide_is_cut_between_sentences_alike_in_each_language():
    english = Block(
        "paragraph", " ".join(f"Sentence {n} has <b>some words in it</b>." * 3 for n in range(12))
    )
    greek = Block(
        "paragraph", " ".join(f"Πρόταση {n} με <b>λίγες λέξεις</b> μέσα." * 4 for n in range(12))
    )
    assert english.lines() > 6
    cut = split_alike([english, greek], 6.0)
    assert len(cut[0]) == len(cut[1]) > 1
    assert all(piece.lines() <= 6.0 for pieces in cut for piece in pieces)
    assert all(p.markup.count("<b>") == p.markup.count("</b>") for pieces in cut for p in pieces)
    assert sentences("One. <b>Two. Three.</b> Four.") == ["One.", "<b>Two. Three.</b>", "Four."]


def test_a_flowchart_is_a_title_slide_then_its_steps_with_who_when_and_branches():
    deck = MAKER.flowchart_deck("child-missing", "el")
    title, *steps = deck.slides
    assert title.kind == "flow-title" and title.title.startswith("Ένα παιδί εξαφανίζεται")
    assert "13 βήματα" in title.blocks[0].markup
    numbers = [step.number for slide in steps for step in slide.steps]
    assert numbers == list(range(1, 14))
    assert all(s.lines() <= s.budget for s in steps)
    search = next(step for slide in steps for step in slide.steps if step.node_id == "search")
    assert search.who == "Προσωπικό βάρδιας" and search.deadline_minutes == 30
    details = deck.words.step_details(search)
    assert details[0] == "Ποιος: Προσωπικό βάρδιας · Προθεσμία: 30 λεπτά"
    decision = next(step for slide in steps for step in slide.steps if step.kind == "decision")
    assert len(decision.branches) == 2 and all(b.label for b in decision.branches)
    assert deck.words.duration(60) == "1 ώρα" and deck.words.duration(2880) == "2 ημέρες"


def test_a_deck_finds_the_slide_of_a_heading():
    deck = MAKER.section_deck("response", "en")
    index = deck.index_of("section:response-first-hours", "what-to-record")
    assert deck.slides[index].title == "What to record"
    assert deck.index_of("section:response-first-hours", "no-such-heading") == deck.index_of(
        "section:response-first-hours"
    )


def test_grouped_keeps_each_table_and_each_list_run_together():
    from interact_desktop.core.presentation.slides import Block, grouped

    blocks = (
        Block("row", table=1), Block("row", table=1), Block("row", table=2),
        Block("item"), Block("item"), Block("paragraph"), Block("item"),
    )  # fmt: skip
    kinds = [[b.kind for b in group] for group in grouped(blocks)]
    assert kinds == [["row", "row"], ["row"], ["item"], ["item"], ["paragraph"], ["item"]]
    kinds = [[b.kind for b in group] for group in grouped(blocks, ("row", "item"))]
    assert kinds == [["row", "row"], ["row"], ["item", "item"], ["paragraph"], ["item"]]


def test_paragraphs_that_fit_at_no_common_count_are_still_cut_alike():
    """One sentence far longer than a slide in one language, four shorter ones in the other:
    no count makes every piece fit, so each is cut as far as both can go, and the slides stay
    the same in both languages."""
    one_long = Block("paragraph", ("word " * 200).strip() + ". " + ("other " * 200).strip() + ".")
    four = Block("paragraph", " ".join(f"Sentence {n} is here." for n in range(4)))
    cut = split_alike([one_long, four], 6.0)
    assert len(cut[0]) == len(cut[1]) == 2


def test_a_list_item_too_long_for_a_slide_continues_without_its_number():
    sentence = "The guardian is told and the case is reviewed by everyone involved in it. "
    item = Block("item", markup=sentence * 20, marker="5.")
    pieces = split_alike([item], LINES_PER_SLIDE)[0]
    assert len(pieces) > 1
    assert all(piece.lines() <= LINES_PER_SLIDE for piece in pieces)
    assert [piece.marker for piece in pieces] == ["5."] + [""] * (len(pieces) - 1)
    assert " ".join(piece.markup for piece in pieces).split() == item.markup.split()


@pytest.mark.parametrize("lang", ["en", "el", "it"])
def test_long_paragraphs_of_the_handbook_are_cut_into_readable_pieces_on_slides(lang):
    """A room reads a few short blocks: every paragraph on a slide is at most PIECE_LINES long,
    unless it is one sentence, which is never cut (or a language had to follow another's cut)."""
    deck = MAKER.handbook_deck(lang)
    blocks = [b for s in deck.slides for b in s.blocks if b.kind == "paragraph"]
    too_long = [b for b in blocks if b.lines() > PIECE_LINES and len(sentences(b.markup)) > 1]
    assert len(too_long) <= len(blocks) // 50, [plain(b.markup)[:80] for b in too_long]
    assert max(len(sentences(b.markup)) for b in blocks) <= 8


def test_a_paragraph_of_many_sentences_that_fits_a_slide_is_still_cut():
    paragraph = Block("paragraph", " ".join(f"Sentence {n} says one short thing here." for n in
                                            range(16)))  # fmt: skip
    assert PIECE_LINES < paragraph.lines() <= LINES_PER_SLIDE
    pieces = split_alike([paragraph], PIECE_LINES)[0]
    assert len(pieces) >= 2
    assert all(piece.lines() <= PIECE_LINES for piece in pieces)
