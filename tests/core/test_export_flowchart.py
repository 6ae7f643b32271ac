"""Flowchart PDFs: one vector page with the labels as real text, in DejaVu only."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.model import localized
from interact_desktop.core.export.flowchart_pdf import FlowchartExport, duration
from tests.conftest import REPO

HANDBOOK = load_handbook(REPO / "content")


def fonts_of(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("lang", ["el", "fr", "en"])
def test_labels_are_selectable_text_in_dejavu(tmp_path, lang):
    flowchart = HANDBOOK.flowcharts["child-missing"]
    target = tmp_path / f"{lang}.pdf"
    FlowchartExport(HANDBOOK).export(flowchart, target, lang, "Hotline team")
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = words(reader.pages[0].extract_text())
    for node in flowchart.nodes:
        assert words(localized(node.label, lang)) in text, node.id
        if node.who:
            assert words(localized(node.who, lang)) in text
    for edge in flowchart.edges:
        assert localized(edge.label, lang).split()[0] in text if edge.label else True
    assert words(localized(flowchart.title, lang)) in text
    assert duration(HANDBOOK, lang, 60) in text
    fonts = fonts_of(reader)
    assert fonts and all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold)?", f) for f in fonts), fonts
    assert reader.metadata.title == localized(flowchart.title, lang)
    assert reader.metadata.author == "Hotline team"
    assert reader.metadata.creator == "INTERACT Desktop"


def test_the_page_is_a4_or_a3_and_the_diagram_fits_it(tmp_path):
    target = tmp_path / "f.pdf"
    FlowchartExport(HANDBOOK).export(HANDBOOK.flowcharts["prevention-pathway"], target, "el")
    box = PdfReader(target).pages[0].mediabox
    sizes = {tuple(sorted((round(float(box.width)), round(float(box.height)))))}
    assert sizes <= {(595, 842), (842, 1191)}


def test_durations_in_words():
    assert duration(HANDBOOK, "en", 120) == "Within 2 hours"
    assert duration(HANDBOOK, "en", 1440) == "Within 1 day"
    assert duration(HANDBOOK, "fr", 30) == "Dans un délai de 30 minutes"
    assert duration(HANDBOOK, "el", 60) == "Προθεσμία: 1 ώρα"
