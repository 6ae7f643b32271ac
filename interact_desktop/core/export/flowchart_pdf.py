"""A flowchart as a one-page vector PDF, drawn from the same layout as the window's diagram.

Text is real text in DejaVu (selectable, searchable, read aloud), measured with reportlab's own
metrics so every line fits its box. The page is A4 when the diagram stays legible on it, A3
otherwise, in whichever orientation lets the diagram be largest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from io import BytesIO
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from interact_desktop.core.atomic import write_atomic_bytes
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import localized
from interact_desktop.core.content.tool_model import Flowchart
from interact_desktop.core.export.handbook_pdf import PdfMeta
from interact_desktop.core.export.pdf_fonts import BOLD, FONT, register_fonts
from interact_desktop.core.export.styles import HEADING, INK, MUTED
from interact_desktop.core.flowcharts.layout import (
    STYLE,
    FlowLayout,
    NodeBox,
    flowchart_layout,
    wrap,
)

MARGIN = 14 * mm
TITLE_SIZE = 15.0
LEGEND_SIZE = 7.5
SMALLEST_ON_A4 = 0.55  # below this scale (labels under ~7.7 pt) the diagram goes on A3
LARGEST = 0.8  # labels of 11 pt at most
BOX_WIDTHS = (STYLE.max_text_width, 300.0, 380.0)

FILL = {
    "start": colors.HexColor("#e2f2e6"),
    "end": colors.HexColor("#e2f2e6"),
    "action": colors.HexColor("#e9f1fb"),
    "decision": colors.HexColor("#fdf0d9"),
}
STROKE = {
    "start": colors.HexColor("#2f7d4a"),
    "end": colors.HexColor("#2f7d4a"),
    "action": colors.HexColor("#1d5fa8"),
    "decision": colors.HexColor("#a45f00"),
}
TEXT = {"label": INK, "who": MUTED, "deadline": colors.HexColor("#b42318"), "edge": HEADING}
LINE = colors.HexColor("#57606a")


def measure(text: str, size: float) -> float:
    return stringWidth(text, FONT, size)


def duration(handbook: Handbook, lang: str, minutes: int) -> str:
    """A deadline in words from the export labels: "Within 2 hours", "Προθεσμία: 1 ημέρα"."""
    if minutes and minutes % 1440 == 0:
        unit, count = "day", minutes // 1440
    elif minutes and minutes % 60 == 0:
        unit, count = "hour", minutes // 60
    else:
        unit, count = "minute", minutes
    amount = handbook.export_label(f"{unit}-{'one' if count == 1 else 'many'}", lang)
    return handbook.export_label("flow-within", lang).replace(
        "%1", amount.replace("%1", str(count))
    )


def flowchart_pdf_layout(
    handbook: Handbook,
    flowchart: Flowchart,
    lang: str,
    max_text_width: float = STYLE.max_text_width,
) -> FlowLayout:
    register_fonts()
    style = replace(STYLE, max_text_width=max_text_width)
    return flowchart_layout(
        flowchart, lang, measure, lambda minutes: duration(handbook, lang, minutes), style
    )


class FlowchartExport:
    def __init__(self, handbook: Handbook) -> None:
        self.handbook = handbook

    def export(self, flowchart: Flowchart, target: Path, lang: str, author: str = "") -> None:
        title = localized(flowchart.title, lang)
        legend = self.handbook.export_label("flow-legend", lang)
        # Wider boxes make a shorter diagram: keep the one that prints largest.
        choices = []
        for width in BOX_WIDTHS:
            layout = flowchart_pdf_layout(self.handbook, flowchart, lang, width)
            choices.append((*_page_for(layout, title), layout))
        page, scale, title_lines, layout = max(choices, key=_preference)
        meta = PdfMeta(title, author, lang, subject=self.handbook.export_label("flowchart", lang))
        output = BytesIO()
        canvas = Canvas(output, pagesize=page, initialFontName=FONT, lang=meta.lang)
        canvas.setTitle(meta.title)
        canvas.setAuthor(meta.author)
        canvas.setSubject(meta.subject)
        canvas.setCreator("INTERACT Desktop")
        width, height = page
        y = height - MARGIN - TITLE_SIZE
        canvas.setFillColor(HEADING)
        canvas.setFont(BOLD, TITLE_SIZE)
        for line in title_lines:
            canvas.drawString(MARGIN, y, line)
            y -= TITLE_SIZE * 1.25
        top = y + TITLE_SIZE * 0.25 - 4 * mm
        left = (width - layout.width * scale) / 2
        _draw(canvas, layout, left, top, scale)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, LEGEND_SIZE)
        canvas.drawString(MARGIN, MARGIN - LEGEND_SIZE, legend)
        canvas.showPage()
        canvas.save()
        write_atomic_bytes(target, output.getvalue(), private=False)


def _preference(choice: tuple) -> tuple[bool, float]:
    """A4 where the diagram stays legible on it, then the largest diagram."""
    page, scale = choice[0], choice[1]
    return sorted(page) == sorted(A4) and scale >= SMALLEST_ON_A4, scale


def _title_lines(title: str, width: float) -> list[str]:
    return wrap(title, TITLE_SIZE, width, lambda text, size: stringWidth(text, BOLD, size))


def _page_for(layout: FlowLayout, title: str) -> tuple[tuple[float, float], float, list[str]]:
    """The smallest page (A4, else A3), and the orientation, where the diagram is largest."""
    best: tuple[float, tuple[float, float], list[str]] | None = None
    for size in (A4, A3):
        for page in (size, landscape(size)):
            width, height = page
            lines = _title_lines(title, width - 2 * MARGIN)
            free_height = (
                height - 2 * MARGIN - len(lines) * TITLE_SIZE * 1.25 - 6 * mm - LEGEND_SIZE
            )
            scale = min((width - 2 * MARGIN) / layout.width, free_height / layout.height, LARGEST)
            if best is None or scale > best[0] + 1e-6:
                best = (scale, page, lines)
        if best is not None and best[0] >= SMALLEST_ON_A4:
            break
    assert best is not None
    scale, page, lines = best
    return page, scale, lines


def _draw(canvas: Canvas, layout: FlowLayout, left: float, top: float, scale: float) -> None:
    def at(x: float, y: float) -> tuple[float, float]:
        return left + x * scale, top - y * scale

    canvas.setLineWidth(0.9)
    canvas.setStrokeColor(LINE)
    canvas.setFillColor(LINE)
    for edge in layout.edges:
        path = canvas.beginPath()
        path.moveTo(*at(*edge.points[0]))
        for point in edge.points[1:]:
            path.lineTo(*at(*point))
        canvas.drawPath(path, stroke=1, fill=0)
        _arrow(canvas, at(*edge.points[-2]), at(*edge.points[-1]), 7 * scale)
    for edge in layout.edges:
        for line in edge.label:
            canvas.setFillColor(TEXT["edge"])
            canvas.setFont(FONT, line.size * scale)
            x, y = at(line.x, line.top + line.height * 0.72)
            canvas.drawString(x, y, line.text)
    for box in layout.nodes:
        _box(canvas, box, at, scale)


def _arrow(
    canvas: Canvas, start: tuple[float, float], end: tuple[float, float], size: float
) -> None:
    (x0, y0), (x1, y1) = start, end
    length = max(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5, 1e-6)
    dx, dy = (x1 - x0) / length, (y1 - y0) / length
    path = canvas.beginPath()
    path.moveTo(x1, y1)
    path.lineTo(x1 - dx * size - dy * size * 0.45, y1 - dy * size + dx * size * 0.45)
    path.lineTo(x1 - dx * size + dy * size * 0.45, y1 - dy * size - dx * size * 0.45)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _box(
    canvas: Canvas, box: NodeBox, at: Callable[[float, float], tuple[float, float]], scale: float
) -> None:
    canvas.setStrokeColor(STROKE[box.kind])
    canvas.setFillColor(FILL[box.kind])
    canvas.setLineWidth(1.2 if box.kind == "action" else 1.5)
    x, y = at(box.x, box.y + box.height)
    width, height = box.width * scale, box.height * scale
    if box.kind == "decision":
        point = min(STYLE.decision_point * scale, height / 2)
        path = canvas.beginPath()
        path.moveTo(x, y + height / 2)
        path.lineTo(x + point, y + height)
        path.lineTo(x + width - point, y + height)
        path.lineTo(x + width, y + height / 2)
        path.lineTo(x + width - point, y)
        path.lineTo(x + point, y)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    elif box.kind in ("start", "end"):
        canvas.roundRect(
            x, y, width, height, min(STYLE.round_radius * scale, height / 2), stroke=1, fill=1
        )
    else:
        canvas.rect(x, y, width, height, stroke=1, fill=1)
    for line in box.lines:
        canvas.setFillColor(TEXT[line.role])
        canvas.setFont(FONT, line.size * scale)
        lx, ly = at(line.x, line.top + line.height * 0.72)
        canvas.drawCentredString(lx, ly, line.text)
