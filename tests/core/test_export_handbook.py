"""PDF export of the handbook: text, fonts, bookmarks, page numbers and links (read with pypdf)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.export.handbook_pdf import HandbookExport, PdfMeta
from tests.conftest import REPO
from tests.helpers.pdf import fonts_of, normalise

HANDBOOK = load_handbook(REPO / "content")


@pytest.fixture(scope="module")
def chapter_pdfs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    pdfs = {}
    for lang in ("el", "fr", "nl", "it"):
        target = folder / f"response-{lang}.pdf"
        HandbookExport(HANDBOOK, lang).export_chapter(
            "response", target, PdfMeta("Response", "Tester", lang)
        )
        pdfs[lang] = target
    return pdfs


@pytest.mark.parametrize("lang", ["el", "fr", "nl", "it"])
def test_text_matches_the_source_in_each_language(chapter_pdfs, lang):
    reader = PdfReader(chapter_pdfs[lang])
    text = normalise(" ".join(page.extract_text() for page in reader.pages))
    for section_id in ("response-first-hours", "response-hotline", "response-closing"):
        source = HANDBOOK.text(section_id, lang)
        assert normalise(source.title) in text
        first_paragraph = source.body.strip().split("\n\n")[0]
        words = normalise(first_paragraph).split()[:8]
        assert " ".join(words) in text, (section_id, words)


@pytest.mark.parametrize("lang", ["el", "fr"])
def test_every_font_is_an_embedded_dejavu_subset(chapter_pdfs, lang):
    names = fonts_of(PdfReader(chapter_pdfs[lang]))
    assert names
    assert all(
        re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?", n) for n in names
    )


def test_bookmarks_point_at_their_own_pages_and_pages_say_x_of_y(chapter_pdfs):
    reader = PdfReader(chapter_pdfs["el"])
    pages = len(reader.pages)

    def flatten(items):
        for item in items:
            if isinstance(item, list):
                yield from flatten(item)
            else:
                yield item

    outline = list(flatten(reader.outline))
    targets = {reader.get_destination_page_number(item) for item in outline}
    assert len(outline) > 10 and len(targets) > 5  # not all on the first page
    last = normalise(reader.pages[-1].extract_text())
    assert f"{pages} από {pages}" in last  # "Σελίδα N από N" on the last page
    assert reader.metadata.title == "Response" and reader.metadata.author == "Tester"


def test_links_inside_the_document(chapter_pdfs):
    reader = PdfReader(chapter_pdfs["fr"])
    internal = 0
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link" and "/Dest" in annotation:
                internal += 1
            action = annotation.get("/A")
            if action is not None and action.get_object().get("/S") == "/GoTo":
                internal += 1
    assert internal > 5


def test_a_section_link_lands_on_its_heading(chapter_pdfs):
    """Links and outline entries to a heading share its destination: its page, at its line."""
    reader = PdfReader(chapter_pdfs["el"])
    pages = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages)}

    def flatten(items):
        for item in items:
            yield from flatten(item) if isinstance(item, list) else [item]

    headings = {
        (reader.get_destination_page_number(item), round(float(item.top), 1)): item.title
        for item in flatten(reader.outline)
    }
    checked = 0
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            destination = annotation.get_object().get("/Dest")
            if destination is None:
                continue
            landing = pages[destination[0].idnum]  # a page of this document
            title = headings.get((landing, round(float(destination[3]), 1)))
            if title is not None:
                assert normalise(title) in normalise(reader.pages[landing].extract_text())
                checked += 1
    assert checked >= 10


def test_titles_with_markup_characters_are_printed_as_written(content_copy, tmp_path):
    from interact_desktop.core.export.markdown_pdf import Heading

    source = content_copy / "sections" / "en" / "response-hotline.md"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("# The 116 000 hotlines", "# Hotlines & <i>helplines</i>", 1),
                      encoding="utf-8")  # fmt: skip
    target = tmp_path / "hotline.pdf"
    export = HandbookExport(load_handbook(content_copy), "en")
    export.export_section("response-hotline", target, PdfMeta("H", "", "en"))
    lines = PdfReader(target).pages[0].extract_text().splitlines()
    assert lines[0] == "Hotlines & <i>helplines</i>"  # the heading, not only the running header
    heading = Heading("A", export.styles.h1, 0, "d-x", "A")
    assert heading.split(400, 10) == []  # a heading moves to the next page whole


def test_whole_handbook_has_a_contents_and_a_glossary(tmp_path):
    target = tmp_path / "all.pdf"
    calls = []
    HandbookExport(HANDBOOK, "it").export_all(
        target, PdfMeta("Manuale", "A", "it"), lambda done, total: calls.append((done, total))
    )
    reader = PdfReader(target)
    second = normalise(reader.pages[1].extract_text())
    assert "Indice" in second
    tail = normalise(" ".join(p.extract_text() for p in reader.pages[-20:]))
    assert "Glossario" in tail
    for term in HANDBOOK.glossary[:5]:
        assert normalise(term.term["it"]) in tail
    assert calls[-1][0] == calls[-1][1] == len(HANDBOOK.section_ids())


def test_single_section_has_no_cover(tmp_path):
    target = tmp_path / "one.pdf"
    HandbookExport(HANDBOOK, "el").export_section(
        "response-first-hours-report", target, PdfMeta("S", "A", "el")
    )
    reader = PdfReader(target)
    first = normalise(reader.pages[0].extract_text())
    assert normalise(HANDBOOK.title("response-first-hours-report", "el")) in first
    pages = len(reader.pages)
    assert f"Σελίδα 1 από {pages}" in first  # the first page has its header and footer too


def test_contents_give_the_page_each_section_starts_on(tmp_path):
    target = tmp_path / "chapter.pdf"
    HandbookExport(HANDBOOK, "en").export_chapter("framework", target, PdfMeta("F", "", "en"))
    reader = PdfReader(target)
    contents = normalise(reader.pages[1].extract_text())
    chapter = reader.outline[1]  # after "Contents"
    sections = reader.outline[2]  # the chapter's children
    assert chapter.title == HANDBOOK.title("framework", "en")
    titles = {HANDBOOK.title(s, "en") for s in HANDBOOK.section_ids()}
    entries = [chapter] + [i for i in sections if not isinstance(i, list) and i.title in titles]
    assert len(entries) >= 5
    for entry in entries:
        page = reader.get_destination_page_number(entry) + 1
        assert re.search(re.escape(normalise(entry.title)) + rf" ?{page}\b", contents), entry.title
