"""Export: the whole handbook in one language as PDF, against a plain reportlab document of the
same paragraphs built in the same run; and one checklist (bilingual, filled) in milliseconds,
against a plain one-table document.

"The same paragraphs" are the ones the export itself makes — every heading, paragraph, list item,
table cell and glossary entry with its inline markup and its links — taken from the export's
story before timing and laid out as plain paragraphs one after the other: no cover, contents,
outline, running header, page totals, tables or figures, and no Markdown to convert. Link
targets are plain ``<a name>`` anchors, reportlab's ordinary way. The ratio is therefore what
Markdown and the publication's furniture cost on top of the text itself.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from benchmarks.report import emit
from interact_desktop import paths
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.model import localized
from interact_desktop.core.export.checklist_pdf import ChecklistExport
from interact_desktop.core.export.handbook_pdf import ContentsEntry, HandbookExport, PdfMeta
from interact_desktop.core.export.markdown_pdf import Anchored
from interact_desktop.core.export.pdf_fonts import FONT
from interact_desktop.core.export.styles import make_styles
from interact_desktop.core.forms.answers import FilledChecklist

LANG = "el"
RUNS = 3

Spec = tuple[str, object, str | None] | None  # text, style, bullet; None for a page break


def _paragraphs(flowables) -> list[Spec]:
    """The export's own paragraphs (contents entries left out), as plain text specs."""
    specs: list[Spec] = []
    for flowable in flowables:
        if isinstance(flowable, ContentsEntry):
            continue
        if isinstance(flowable, PageBreak):
            specs.append(None)
        elif isinstance(flowable, Paragraph):
            text = flowable.text
            if isinstance(flowable, Anchored):
                text = f'<a name="{flowable.key}"/>{text}'
            specs.append((text, flowable.style, flowable.bulletText))
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                specs += _paragraphs(row)
    return specs


def _plain_handbook(specs: list[Spec], target: Path) -> None:
    story = [
        PageBreak() if spec is None else Paragraph(spec[0], spec[1], bulletText=spec[2])
        for spec in specs
    ]
    SimpleDocTemplate(str(target), initialFontName=FONT).build(story)


def _plain_checklist(checklist, target: Path) -> None:
    styles = make_styles()
    rows = [[Paragraph(localized(i.label, LANG), styles.cell), Paragraph("", styles.cell)]
            for i in checklist.items]  # fmt: skip
    SimpleDocTemplate(str(target), initialFontName=FONT).build([Table(rows)])


def run() -> list[dict]:
    handbook = load_handbook(paths.content_dir())
    checklist = handbook.checklists["risk-assessment"]
    filled = FilledChecklist.new(checklist)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        ours, plain, ours_cl, plain_cl = [], [], [], []
        meta = PdfMeta("", "", LANG)
        _, story = HandbookExport(handbook, LANG).whole_story(folder / "s.pdf", meta)
        specs = _paragraphs(story)
        for _ in range(RUNS):
            started = time.perf_counter()
            HandbookExport(handbook, LANG).export_all(folder / "h.pdf", PdfMeta("H", "", LANG))
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            _plain_handbook(specs, folder / "p.pdf")
            plain.append(time.perf_counter() - started)
        for _ in range(RUNS * 3):
            started = time.perf_counter()
            ChecklistExport(handbook).export(checklist, folder / "c.pdf", LANG, "it", filled)
            ours_cl.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            _plain_checklist(checklist, folder / "pc.pdf")
            plain_cl.append((time.perf_counter() - started) * 1000)
    median = statistics.median
    return [
        emit("export.handbook_s", median(ours), "s", "plain_reportlab.handbook_s", median(plain)),
        emit(
            "export.checklist_ms",
            median(ours_cl),
            "ms",
            "plain_reportlab.checklist_ms",
            median(plain_cl),
        ),
    ]
