"""Export: the whole handbook in one language as PDF, against a plain reportlab document of the
same paragraphs (no cover, contents, bookmarks, links or figures) built in the same run; and one
checklist (bilingual, filled) in milliseconds, against a plain one-table document.
"""

from __future__ import annotations

import re
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
from interact_desktop.core.export.handbook_pdf import HandbookExport, PdfMeta
from interact_desktop.core.export.pdf_fonts import FONT
from interact_desktop.core.export.styles import make_styles
from interact_desktop.core.forms.answers import FilledChecklist

LANG = "el"
RUNS = 3


def _plain_handbook(handbook, target: Path) -> None:
    styles = make_styles()
    story = []
    for section_id in handbook.section_ids():
        text = handbook.text(section_id, LANG)
        story.append(Paragraph(text.title, styles.h1))
        for block in re.split(r"\n\s*\n", text.body):
            plain = re.sub(
                r"[#*|`>\[\]]|\(section:[^)]*\)|\((?:glossary|checklist|flowchart|figure):[^)]*\)",
                "",
                block,
            )
            if plain.strip():
                story.append(
                    Paragraph(plain.replace("&", "&amp;").replace("<", "&lt;"), styles.body)
                )
        story.append(PageBreak())
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
        HandbookExport(handbook, LANG)  # fonts registered before timing
        for _ in range(RUNS):
            started = time.perf_counter()
            HandbookExport(handbook, LANG).export_all(folder / "h.pdf", PdfMeta("H", "", LANG))
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            _plain_handbook(handbook, folder / "p.pdf")
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
