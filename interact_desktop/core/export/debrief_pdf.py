"""The debrief of a table-top exercise as PDF: what each inject asked, what was decided, and which
handbook sections it tests, for the discussion after the exercise.

Every page carries "FICTIONAL — training exercise" in its header, so a page that gets separated
from the rest can never pass for a case record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from interact_desktop.core.atomic import write_atomic_bytes
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import localized
from interact_desktop.core.content.tool_model import Inject, Scenario
from interact_desktop.core.content.typography import with_colon
from interact_desktop.core.exercises.run import Decision, ExerciseRun
from interact_desktop.core.export.handbook_pdf import (
    PageTotalCanvas,
    PdfMeta,
    Progress,
    document_options,
    draw_page_of,
)
from interact_desktop.core.export.pdf_fonts import BOLD, FONT
from interact_desktop.core.export.styles import MUTED, grid_style, make_styles
from interact_desktop.core.export.tables import flowing_table

FICTION_RED = colors.HexColor("#9a2a10")
FICTION_TINT = colors.HexColor("#fdf1e7")


class _Document(BaseDocTemplate):
    """A4 pages with the fictional mark and the title on top, "Page X of Y" at the bottom."""

    def __init__(self, output: BinaryIO, meta: PdfMeta, mark: str, page_of: str) -> None:
        super().__init__(
            output,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=24 * mm,
            bottomMargin=20 * mm,
            **document_options(meta),
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._furniture)])
        self._mark = mark
        self._title = meta.title
        self._page_of = page_of

    def _furniture(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        width, height = self.pagesize
        top = height - 14 * mm
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(FICTION_RED)
        canvas.drawString(self.leftMargin, top, self._mark)
        mark_width = canvas.stringWidth(self._mark, BOLD, 9)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        room = width - self.rightMargin - self.leftMargin - mark_width - 6 * mm
        title = self._title
        while title and canvas.stringWidth(title, FONT, 8) > room:
            title = title[:-2] + "…"
        canvas.drawRightString(width - self.rightMargin, top, title)
        canvas.setStrokeColor(FICTION_RED)
        canvas.setLineWidth(0.6)
        canvas.line(self.leftMargin, top - 2 * mm, width - self.rightMargin, top - 2 * mm)
        canvas.drawString(self.leftMargin, 10 * mm, self._mark)
        draw_page_of(canvas, self._page_of, 10 * mm, right=width - self.rightMargin)
        canvas.restoreState()


class DebriefExport:
    """Builds the debrief of one run, in the run's language."""

    def __init__(self, handbook: Handbook) -> None:
        self.handbook = handbook
        self.styles = make_styles()
        self.banner = ParagraphStyle(
            "fictional", parent=self.styles.h2, textColor=FICTION_RED, spaceBefore=0, spaceAfter=0
        )

    def title(self, run: ExerciseRun, scenario: Scenario) -> str:
        debrief = self.handbook.export_label("debrief", run.lang)
        return f"{with_colon(debrief, run.lang)} {localized(scenario.title, run.lang)}"

    def export(
        self,
        run: ExerciseRun,
        scenario: Scenario,
        target: Path,
        author: str = "",
        progress: Progress | None = None,
    ) -> None:
        lang = run.lang
        label = self._label(lang)
        meta = PdfMeta(self.title(run, scenario), author, lang, label("fictional"))
        output = BytesIO()
        document = _Document(output, meta, label("fictional"), label("page-of"))
        injects = run.ordered(scenario)
        story = self._cover(run, scenario, injects, document.width)
        for number, inject in enumerate(injects, start=1):
            story += self._inject(run, inject, number, document.width)
            if progress is not None:
                progress(number, len(injects))
        document.build(story, canvasmaker=PageTotalCanvas)
        # Private (0600): what participants decided and who they are.
        write_atomic_bytes(Path(target), output.getvalue(), private=True)

    def _label(self, lang: str) -> Callable[[str], str]:
        return lambda key: self.handbook.export_label(key, lang)

    # -- parts --------------------------------------------------------------------------------

    def _cover(
        self, run: ExerciseRun, scenario: Scenario, injects: list[Inject], width: float
    ) -> list:
        styles, label = self.styles, self._label(run.lang)
        banner = Table([[Paragraph(escape(label("fictional")), self.banner)]], colWidths=[width])
        banner.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9),
                                    ("BACKGROUND", (0, 0), (-1, -1), FICTION_TINT),
                                    ("BOX", (0, 0), (-1, -1), 1, FICTION_RED),
                                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 10)]))  # fmt: skip
        details = [
            (label("started"), _when(run.started)),
            (label("finished"), _when(run.finished) if run.finished else label("not-finished")),
            (label("facilitator"), run.facilitator),
            (label("group"), run.group),
        ]
        rows = [[Paragraph(escape(name), styles.cell_head), Paragraph(escape(value), styles.cell)]
                for name, value in details if value]  # fmt: skip
        facts = flowing_table(rows, [40 * mm, None], TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]), hAlign="LEFT")  # fmt: skip
        return [
            banner,
            Spacer(1, 8 * mm),
            Paragraph(escape(label("debrief")), styles.cover_subtitle),
            Paragraph(escape(localized(scenario.title, run.lang)), styles.cover_title),
            Paragraph(escape(localized(scenario.summary, run.lang)), styles.muted),
            Spacer(1, 4 * mm),
            facts,
            Spacer(1, 4 * mm),
            Paragraph(escape(label("debrief-note")), styles.small),
            Paragraph(escape(label("debrief-summary")), styles.h2),
            self._summary(run, injects, width),
            Spacer(1, 6 * mm),
        ]

    def _summary(self, run: ExerciseRun, injects: list[Inject], width: float) -> Table:
        styles, label = self.styles, self._label(run.lang)
        minute = label("minute").replace("%1", "").strip()
        head = ["#", minute, label("revealed"), label("decision-count"), label("sections-tested")]
        rows = [[Paragraph(f"<b>{escape(text)}</b>", styles.small) for text in head]]
        for number, inject in enumerate(injects, start=1):
            revealed = run.revealed.get(inject.id)
            rows.append(
                [
                    Paragraph(str(number), styles.cell),
                    Paragraph(str(inject.minute), styles.cell),
                    Paragraph(escape(_clock(revealed) if revealed else "–"), styles.cell),
                    Paragraph(str(len(run.decisions_for(inject.id))), styles.cell),
                    Paragraph(escape(self._section_titles(inject, run.lang)), styles.small),
                ]
            )
        widths = [8 * mm, 16 * mm, 32 * mm, 24 * mm, None]
        return flowing_table(rows, widths, grid_style(), repeat_rows=1)

    def _inject(self, run: ExerciseRun, inject: Inject, number: int, width: float) -> list:
        styles, label, lang = self.styles, self._label(run.lang), run.lang
        minute = label("minute").replace("%1", str(inject.minute))
        revealed = run.revealed.get(inject.id)
        when = label("revealed-at").replace("%1", _clock(revealed)) if revealed else None
        heading = f"{number} · {minute}"
        story: list = [
            Paragraph(escape(heading), styles.h2),
            Paragraph(escape(when or label("not-revealed")), styles.muted),
            Paragraph(escape(localized(inject.text, lang)), styles.body),
            Paragraph(
                f"<b>{escape(with_colon(label('question'), lang))}</b> "
                f"{escape(localized(inject.question, lang))}",
                styles.body,
            ),
            Paragraph(escape(label("sections-tested")), styles.h3),
        ]
        for section in inject.sections:
            title = escape(self.handbook.title(section, lang))
            story.append(Paragraph(title, styles.body, bulletText="•"))
        decisions = run.decisions_for(inject.id)
        story.append(Paragraph(escape(label("decisions")), styles.h3))
        if decisions:
            story.append(self._decisions(decisions, lang, width))
        else:
            story.append(Paragraph(escape(label("no-decisions")), styles.muted))
        return [KeepTogether(story[:3]), *story[3:], Spacer(1, 6 * mm)]

    def _decisions(self, decisions: list[Decision], lang: str, width: float) -> Table:
        styles, label = self.styles, self._label(lang)
        head = [label("time"), label("who"), label("decision")]
        rows = [[Paragraph(escape(text), styles.cell_head) for text in head]]
        for decision in decisions:
            text = escape(decision.text).replace("\n", "<br/>")
            rows.append([Paragraph(_clock(decision.at), styles.cell),
                         Paragraph(escape(decision.who or "–"), styles.cell),
                         Paragraph(text, styles.cell)])  # fmt: skip
        return flowing_table(rows, [16 * mm, 38 * mm, None], grid_style(), repeat_rows=1)

    def _section_titles(self, inject: Inject, lang: str) -> str:
        return "; ".join(self.handbook.title(section, lang) for section in inject.sections)


def _when(value: str) -> str:
    """2026-11-25 20:14: unambiguous in every language."""
    return dt.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")


def _clock(value: str) -> str:
    return dt.datetime.fromisoformat(value).strftime("%H:%M")
