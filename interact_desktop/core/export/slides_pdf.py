"""Slides as a 16:9 PDF: one page per slide, large type, the counter on each, text selectable.

Each page is drawn from the layout the presenter uses on screen (``presentation.layout``), at half
scale: 960 x 540 pt for 1920 x 1080 px. Title and heading slides are PDF bookmarks.
"""

from __future__ import annotations

from html import escape
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from interact_desktop.core.atomic import write_atomic_bytes
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.export.handbook_pdf import PdfMeta, document_options
from interact_desktop.core.export.markdown_pdf import destination
from interact_desktop.core.export.pdf_fonts import BOLD, FONT, register_fonts
from interact_desktop.core.presentation import layout
from interact_desktop.core.presentation.slides import Block, Deck, Slide, grouped

SCALE = 0.5  # points per layout pixel
PAGE = (layout.WIDTH * SCALE, layout.HEIGHT * SCALE)
COLOURS = layout.LIGHT  # paper is light


def pt(pixels: float) -> float:
    return pixels * SCALE


class _Styles:
    """Paragraph styles at the slide's sizes."""

    def __init__(self) -> None:
        register_fonts()
        ink = colors.HexColor(COLOURS.text)
        heading = colors.HexColor(COLOURS.heading)
        muted = colors.HexColor(COLOURS.muted)

        def style(
            name: str, size: float, colour: Any = ink, font: str = FONT, **more: Any
        ) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, bulletFontName=font, fontSize=pt(size),
                                  bulletFontSize=pt(size),
                                  leading=pt(size * layout.LEADING), textColor=colour,
                                  **more)  # fmt: skip

        self.context = style("context", layout.CONTEXT_PX, muted)
        self.title = style("title", layout.TITLE_PX, heading, BOLD)
        self.heading = style("heading", layout.HEADING_PX, heading, BOLD)
        self.body = style("body", layout.BODY_PX, spaceAfter=pt(layout.BODY_PX * 0.4))
        self.item = style("item", layout.BODY_PX, spaceAfter=pt(layout.BODY_PX * 0.2))
        self.detail = style("detail", layout.DETAIL_PX, muted)
        self.cell = style("cell", layout.DETAIL_PX)
        self.cell_head = style("cell_head", layout.DETAIL_PX, font=BOLD)
        self.step = style("step", layout.BODY_PX, font=BOLD, spaceBefore=pt(8))


class SlidePage(Flowable):
    """One slide, drawn over the whole page."""

    def __init__(self, deck: Deck, index: int, styles: _Styles, figures: Path) -> None:
        super().__init__()
        self.deck = deck
        self.index = index
        self.slide = deck.slides[index]
        self.styles = styles
        self.figures = figures
        self.overflowed = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return PAGE

    def draw(self) -> None:
        canvas: Canvas = self.canv
        slide = self.slide
        styles = self.styles
        width, height = PAGE
        left = pt(layout.MARGIN_X)
        text_width = width - 2 * left
        self._outline(canvas, slide)
        is_title = slide.kind in ("title", "flow-title") and not slide.part
        title_style = styles.title if is_title else styles.heading
        top = height - pt(layout.MARGIN_TOP)
        body_top = height - pt(layout.TITLE_BODY_TOP if is_title else layout.BODY_TOP)
        head = []
        if slide.context:
            head.append(Paragraph(escape(slide.context), styles.context))
        head.append(Spacer(1, pt(12)))
        head.append(_fitting(escape(slide.title), title_style, text_width, top - body_top - pt(40)))
        Frame(left, body_top, text_width, top - body_top, 0, 0, 0, 0).addFromList(head, canvas)
        canvas.setStrokeColor(colors.HexColor(COLOURS.accent))
        canvas.setLineWidth(pt(4))
        canvas.line(left, body_top + pt(20), left + pt(160), body_top + pt(20))
        body = self._body(text_width)
        bottom = pt(layout.HEIGHT - layout.BODY_BOTTOM)
        frame = Frame(left, bottom, text_width, body_top - bottom, 0, 0, 0, 0)
        frame.addFromList(body, canvas)
        if body:  # did not fit: never lose text, draw what is left smaller
            from reportlab.platypus import KeepInFrame

            rest = KeepInFrame(text_width, body_top - bottom, body, mode="shrink")
            Frame(left, bottom, text_width, body_top - bottom, 0, 0, 0, 0).addFromList(
                [rest], canvas
            )
            self.overflowed = True
        self._footer(canvas)

    def _outline(self, canvas: Canvas, slide: Slide) -> None:
        if slide.part or slide.kind == "flow-steps":
            return
        key = destination(f"slide-{self.index}")
        canvas.bookmarkPage(key)
        level = 0 if slide.kind in ("title", "flow-title") else 1
        canvas.addOutlineEntry(slide.title, key, level=level, closed=True)

    def _footer(self, canvas: Canvas) -> None:
        width, _ = PAGE
        canvas.setFont(FONT, pt(layout.FOOTER_PX))
        canvas.setFillColor(colors.HexColor(COLOURS.muted))
        y = pt(layout.FOOTER_BOTTOM)
        counter = f"{self.index + 1} / {len(self.deck.slides)}"
        canvas.drawRightString(width - pt(layout.MARGIN_X), y, counter)
        canvas.drawString(pt(layout.MARGIN_X), y, self.deck.title[:90])

    # -- the body -----------------------------------------------------------------------------

    def _body(self, width: float) -> list[Flowable]:
        slide = self.slide
        styles = self.styles
        story: list[Flowable] = []
        for group in grouped(slide.blocks):
            if group[0].kind == "row":
                story.append(self._table(group, width))
            else:
                story.append(self._block(group[0], width))
        for step in slide.steps:
            bullet = f"{step.number}."
            style = ParagraphStyle("s", parent=styles.step, leftIndent=pt(64),
                                   bulletIndent=0)  # fmt: skip
            story.append(Paragraph(escape(step.label), style, bulletText=bullet))
            detail = ParagraphStyle("d", parent=styles.detail, leftIndent=pt(64))
            for line in self.deck.words.step_details(step):
                story.append(Paragraph(escape(line), detail))
        return story

    def _block(self, block: Block, width: float) -> Flowable:
        styles = self.styles
        if block.kind == "item":
            indent = pt(48 * (block.depth + 1))
            style = ParagraphStyle("i", parent=styles.item, leftIndent=indent,
                                   bulletIndent=indent - pt(44))  # fmt: skip
            return Paragraph(block.markup, style, bulletText=block.marker or None)
        if block.kind == "figure":
            return self._figure(block, width)
        if block.kind in ("card", "quote"):
            # A bar on the left, as on screen: a one-cell table with a rule before it.
            style = ParagraphStyle("c", parent=styles.body, spaceAfter=0)
            card = Table(
                [[Paragraph(block.markup, style)]],
                colWidths=[width],
                spaceAfter=pt(layout.BODY_PX * 0.4),
            )
            card.setStyle(TableStyle([
                ("LINEBEFORE", (0, 0), (0, 0), pt(6), colors.HexColor(COLOURS.accent)),
                ("LEFTPADDING", (0, 0), (0, 0), pt(20)),
                ("TOPPADDING", (0, 0), (0, 0), 0),
                ("BOTTOMPADDING", (0, 0), (0, 0), 0),
                ("FONT", (0, 0), (-1, -1), FONT, pt(layout.BODY_PX)),
            ]))  # fmt: skip
            return card
        return Paragraph(block.markup, styles.body)

    def _table(self, rows: list[Block], width: float) -> Table:
        styles = self.styles
        data = []
        if rows[0].header:
            data.append([Paragraph(cell, styles.cell_head) for cell in rows[0].header])
        for row in rows:
            data.append([Paragraph(cell, styles.cell) for cell in row.cells])
        columns = max(len(r) for r in data)
        table = Table(data, colWidths=[width / columns] * columns)
        rule = colors.HexColor(COLOURS.rule)
        commands = [
            ("FONT", (0, 0), (-1, -1), FONT, pt(layout.DETAIL_PX)),  # not Helvetica
            ("GRID", (0, 0), (-1, -1), 0.75, rule),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), pt(8)),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pt(8)),
        ]
        if rows[0].header:
            commands.append(("LINEBELOW", (0, 0), (-1, 0), 1.5, colors.HexColor(COLOURS.heading)))
        table.setStyle(TableStyle(commands))
        return table

    def _figure(self, block: Block, width: float) -> Flowable:
        from svglib.svglib import svg2rlg

        from interact_desktop.core.export.markdown_pdf import _use_bundled_fonts
        from interact_desktop.core.export.pdf_fonts import register_for_figures

        register_for_figures()
        path = self.figures / f"{block.figure}.svg"
        drawing = svg2rlg(str(path)) if block.figure and path.exists() else None
        if drawing is None:
            return Paragraph(block.markup, self.styles.detail)
        _use_bundled_fonts(drawing)
        scale = min(width / max(drawing.width, 1), pt(layout.FIGURE_HEIGHT) / drawing.height)
        drawing.scale(scale, scale)
        drawing.width *= scale
        drawing.height *= scale
        return drawing


def _fitting(text: str, style: ParagraphStyle, width: float, height: float) -> Paragraph:
    """The title at its size, or smaller until it fits its room (long titles, long words)."""
    paragraph = Paragraph(text, style)
    size = style.fontSize
    while paragraph.wrap(width, height)[1] > height and size > style.fontSize * 0.6:
        size *= 0.92
        smaller = ParagraphStyle("fit", parent=style, fontSize=size, leading=size * 1.2)
        paragraph = Paragraph(text, smaller)
    return paragraph


class SlidesExport:
    """Writes a deck as a 16:9 PDF."""

    def __init__(self, handbook: Handbook) -> None:
        self.handbook = handbook

    def export(self, deck: Deck, target: Path, meta: PdfMeta) -> list[int]:
        """Write the PDF atomically; returns the slides whose body had to be shrunk to fit (none,
        normally)."""
        output = BytesIO()
        document = BaseDocTemplate(
            output,
            **{**document_options(meta), "pagesize": PAGE},
            leftMargin=0,
            rightMargin=0,
            topMargin=0,
            bottomMargin=0,
        )
        frame = Frame(0, 0, PAGE[0], PAGE[1], 0, 0, 0, 0, id="slide")
        document.addPageTemplates([PageTemplate("slide", [frame], onPage=_background)])
        styles = _Styles()
        figures = self.handbook.root / "figures"
        pages = [SlidePage(deck, index, styles, figures) for index in range(len(deck.slides))]
        story: list[Flowable] = []
        for page in pages:
            story += [page, PageBreak()]
        document.build(story[:-1])
        write_atomic_bytes(target, output.getvalue(), private=False)
        return [page.index for page in pages if page.overflowed]


def _background(canvas: Canvas, document: BaseDocTemplate) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.HexColor(COLOURS.background))
    canvas.rect(0, 0, PAGE[0], PAGE[1], stroke=0, fill=1)
    canvas.restoreState()
