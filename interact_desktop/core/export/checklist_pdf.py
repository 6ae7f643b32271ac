"""Checklists as PDF: blank for filling in by hand, filled, or bilingual for a hand-over.

A blank checklist has boxes to tick and lines to write on; a filled one shows each answer; a
bilingual one prints every label in both languages and each answer once, so a colleague across a
border reads the same page.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from interact_desktop.core.atomic import write_atomic_bytes
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import localized
from interact_desktop.core.content.tool_model import Checklist, ChecklistItem
from interact_desktop.core.export.handbook_pdf import (
    PageTotalCanvas,
    PdfMeta,
    document_options,
    draw_page_of,
)
from interact_desktop.core.export.pdf_fonts import FONT
from interact_desktop.core.export.styles import RULE, TABLE_HEAD, make_styles
from interact_desktop.core.export.tables import flowing_table
from interact_desktop.core.forms.answers import YES_NO, FilledChecklist, is_answered

EMPTY_BOX, TICKED_BOX = "☐", "☒"
LINES_FOR = {"text": 1, "multiline": 4, "number": 1, "date": 1, "datetime": 1}


class WritingLines(Flowable):
    """Ruled lines to write an answer on by hand."""

    def __init__(self, count: int, height: float = 7 * mm) -> None:
        super().__init__()
        self.count = count
        self.line_height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.count * self.line_height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for number in range(self.count):
            y = number * self.line_height + 1
            canvas.line(0, y, self.width, y)


class ChecklistExport:
    def __init__(self, handbook: Handbook) -> None:
        self.handbook = handbook
        self.styles = make_styles()

    def export(
        self,
        checklist: Checklist,
        target: Path,
        lang: str,
        second_lang: str | None = None,
        filled: FilledChecklist | None = None,
        author: str = "",
    ) -> None:
        """Write the PDF atomically; a filled checklist holds a child's details, so it is
        private to the user (0600), a blank one is not."""
        langs = [lang] + ([second_lang] if second_lang and second_lang != lang else [])
        title = " / ".join(localized(checklist.title, code) for code in langs)
        meta = PdfMeta(title, author, lang)
        output = BytesIO()
        document = SimpleDocTemplate(
            output,
            leftMargin=16 * mm,
            rightMargin=16 * mm,
            topMargin=16 * mm,
            bottomMargin=18 * mm,
            **document_options(meta),
        )
        story = self._heading(checklist, langs, filled)
        story.append(self._items_table(checklist, langs, filled, document.width))
        label = self.handbook.export_label
        page_of = label("page-of", lang)

        def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
            """Title and "Page X of Y" (Y from the form filled in at the end)."""
            draw_page_of(canvas, page_of, 10 * mm, left=doc.leftMargin, prefix=f"{title[:90]}  ·  ")

        document.build(story, onFirstPage=footer, onLaterPages=footer, canvasmaker=PageTotalCanvas)
        write_atomic_bytes(target, output.getvalue(), private=filled is not None)

    # -- parts --------------------------------------------------------------------------------

    def _heading(
        self, checklist: Checklist, langs: list[str], filled: FilledChecklist | None
    ) -> list:
        styles = self.styles
        label = self.handbook.export_label
        story: list = []
        for code in langs:
            story.append(Paragraph(escape(localized(checklist.title, code)), styles.h1))
        for code in langs:
            if checklist.description:
                story.append(
                    Paragraph(escape(localized(checklist.description, code)), styles.muted)
                )
        version = label("version", langs[0]).replace("%1", str(checklist.version))
        state = ""
        if filled is not None:
            if filled.finalised:
                state = label("finalised", langs[0]).replace("%1", _when(filled.finalised))
            else:
                state = label("draft", langs[0]).replace("%1", _when(filled.updated))
        story.append(Paragraph(escape(" · ".join(p for p in (version, state) if p)), styles.small))
        story.append(Spacer(1, 3 * mm))
        if filled is None:
            names = " / ".join(label("filled-by", c) for c in langs)
            dates = " / ".join(label("date", c) for c in langs)
            row = [
                [Paragraph(escape(names), styles.cell), WritingLines(1),
                 Paragraph(escape(dates), styles.cell), WritingLines(1)],
            ]  # fmt: skip
            table = Table(row, colWidths=[35 * mm, 70 * mm, 25 * mm, None])
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9),
                                       ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))  # fmt: skip
            story += [table, Spacer(1, 4 * mm)]
        return story

    def _items_table(
        self,
        checklist: Checklist,
        langs: list[str],
        filled: FilledChecklist | None,
        width: float,
    ) -> Table:
        styles = self.styles
        rows = []
        for number, item in enumerate(checklist.items, start=1):
            row = [Paragraph(str(number), styles.cell)]
            for code in langs:
                row.append(self._label_cell(item, code))
            row.append(self._answer_cell(item, langs, filled))
            rows.append(row)
        answer_width = width * (0.34 if len(langs) == 2 else 0.42)
        label_width = (width - 8 * mm - answer_width) / len(langs)
        return flowing_table(
            rows,
            [8 * mm] + [label_width] * len(langs) + [answer_width],
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 9),
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (0, -1), TABLE_HEAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            ),
        )

    def _label_cell(self, item: ChecklistItem, code: str) -> list:
        styles = self.styles
        text = escape(localized(item.label, code))
        if item.required:
            text += (
                f' <font color="#b42318">*</font> <font size="7" color="#57606a">'
                f"({escape(self.handbook.export_label('required', code))})</font>"
            )
        cell = [Paragraph(text, styles.cell)]
        if item.help:
            cell.append(Paragraph(escape(localized(item.help, code)), styles.small))
        return cell

    def _answer_cell(
        self, item: ChecklistItem, langs: list[str], filled: FilledChecklist | None
    ) -> list:
        styles = self.styles
        value = filled.answers.get(item.id) if filled is not None else None
        options = self._options(item, langs)
        if item.type == "group":
            return [self._group_table(item, langs, value if filled is not None else None)]
        if filled is None:
            if options:
                return [
                    Paragraph(f"{EMPTY_BOX} {escape(text)}", styles.cell) for _, text in options
                ]
            return [WritingLines(LINES_FOR.get(item.type, 1))]
        if not is_answered(value):
            return [Paragraph(escape(self.handbook.export_label("not-answered", langs[0])),
                              styles.muted)]  # fmt: skip
        if options:
            chosen = set(value) if isinstance(value, list) else {value}
            return [
                Paragraph(f"{TICKED_BOX if key in chosen else EMPTY_BOX} {escape(text)}",
                          styles.cell_head if key in chosen else styles.cell)
                for key, text in options
            ]  # fmt: skip
        return [Paragraph(escape(_format(item, value)).replace("\n", "<br/>"), styles.cell)]

    def _group_table(self, item: ChecklistItem, langs: list[str], rows: Any) -> Table:
        """Blank: a header and three rows to write in; filled: one row per entry."""
        styles = self.styles
        header = [
            Paragraph(escape(" / ".join(localized(f.label, c) for c in langs)), styles.small)
            for f in item.fields
        ]
        if rows:
            body = [[Paragraph(escape(str(row.get(f.id, ""))), styles.cell) for f in item.fields]
                    for row in rows]  # fmt: skip
        elif rows is None:
            body = [[WritingLines(1) for _ in item.fields] for _ in range(3)]
        else:
            body = [[Paragraph(escape(self.handbook.export_label("not-answered", langs[0])),
                               styles.muted)] + [""] * (len(item.fields) - 1)]  # fmt: skip
        # Rows written in may be long: they split across pages, under the repeated header.
        return flowing_table([header, *body], style=TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("GRID", (0, 0), (-1, -1), 0.3, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEAD),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, -1), "BOTTOM" if rows is None else "TOP"),
        ]), repeat_rows=1)  # fmt: skip

    def _options(self, item: ChecklistItem, langs: list[str]) -> list[tuple[str, str]]:
        label = self.handbook.export_label
        if item.type == "yesno":
            return [(key, " / ".join(label(key, code) for code in langs)) for key in YES_NO]
        if item.type in ("choice", "multichoice"):
            return [(c.id, " / ".join(localized(c.label, code) for code in langs))
                    for c in item.choices]  # fmt: skip
        return []


def _format(item: ChecklistItem, value: Any) -> str:
    if item.type == "datetime":
        return _when(str(value))
    return str(value)


def _when(value: str) -> str:
    """An ISO date and time as 2026-11-25 21:30 (unambiguous in every language)."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value or ""
    return moment.strftime("%Y-%m-%d %H:%M")
