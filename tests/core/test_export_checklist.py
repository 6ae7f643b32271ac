"""Checklist PDFs: blank with boxes and lines, filled, bilingual with each answer once."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.export.checklist_pdf import EMPTY_BOX, TICKED_BOX, ChecklistExport
from interact_desktop.core.forms.answers import FilledChecklist
from tests.conftest import REPO

HANDBOOK = load_handbook(REPO / "content")
CHECKLIST = HANDBOOK.checklists["missing-first-hours"]
WRITTEN = "Κόκκινο μπουφάν και μαύρο σακίδιο"


def text_of(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def filled() -> FilledChecklist:
    answers = FilledChecklist.new(CHECKLIST)
    for item in CHECKLIST.items:
        if item.type == "yesno":
            answers.answers[item.id] = "yes"
        elif item.type == "multiline":
            answers.answers[item.id] = WRITTEN
    return answers


def test_blank_checklist_has_boxes_and_lines(tmp_path):
    target = tmp_path / "blank.pdf"
    ChecklistExport(HANDBOOK).export(CHECKLIST, target, "fr")
    text = text_of(target)
    yes_no = sum(1 for item in CHECKLIST.items if item.type == "yesno")
    assert text.count(f"{EMPTY_BOX} Oui {EMPTY_BOX} Non {EMPTY_BOX} Inconnu") == yes_no
    assert TICKED_BOX not in text
    page = PdfReader(target).pages[0].get_contents().get_data()
    assert page.count(b" l S") + page.count(b" l\nS") >= 5, "ruled lines to write on"


def test_bilingual_checklist_shows_labels_in_both_languages_and_answers_once(tmp_path):
    target = tmp_path / "el-it.pdf"
    ChecklistExport(HANDBOOK).export(CHECKLIST, target, "el", "it", filled())
    text = text_of(target)
    for item in CHECKLIST.items:
        for lang in ("el", "it"):
            start = re.sub(r"\s+", " ", item.label[lang])[:25]
            assert start in text, (item.id, lang)
    assert text.count(WRITTEN) == sum(1 for i in CHECKLIST.items if i.type == "multiline")
    assert f"{TICKED_BOX} Ναι / Sì" in text


@pytest.mark.parametrize("lang", ["el", "nl"])
def test_checklist_fonts_are_dejavu_subsets(tmp_path, lang):
    target = tmp_path / f"{lang}.pdf"
    ChecklistExport(HANDBOOK).export(CHECKLIST, target, lang, filled=filled())
    for page in PdfReader(target).pages:
        for font in page["/Resources"]["/Font"].values():
            name = str(font.get_object()["/BaseFont"])
            assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold)?", name), name


def test_group_prints_rows_to_write_on_or_the_entries(tmp_path):
    checklist = HANDBOOK.checklists["identifying-information"]
    blank = tmp_path / "blank.pdf"
    ChecklistExport(HANDBOOK).export(checklist, blank, "it")
    assert "Nome o soprannome" in text_of(blank)
    answers = FilledChecklist.new(checklist)
    answers.answers["known-contacts"] = [{"name": "Cugina", "relation": "famiglia"}]
    filled_pdf = tmp_path / "filled.pdf"
    ChecklistExport(HANDBOOK).export(checklist, filled_pdf, "it", filled=answers)
    assert "Cugina" in text_of(filled_pdf) and "famiglia" in text_of(filled_pdf)


def test_checklist_pdf_carries_title_author_and_language(tmp_path):
    target = tmp_path / "meta.pdf"
    ChecklistExport(HANDBOOK).export(CHECKLIST, target, "el", "it", author="Μαρία Π.")
    reader = PdfReader(target)
    title = reader.metadata.title
    assert CHECKLIST.title["el"] in title and CHECKLIST.title["it"] in title
    assert reader.metadata.author == "Μαρία Π."
    assert reader.trailer["/Root"]["/Lang"] == "el"
