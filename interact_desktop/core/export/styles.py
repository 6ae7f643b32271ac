"""Paragraph styles of exported documents: a calm, readable page in DejaVu Sans."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from interact_desktop.core.export.pdf_fonts import BOLD, FONT, register_fonts

INK = colors.HexColor("#1f2328")
HEADING = colors.HexColor("#14365d")
MUTED = colors.HexColor("#57606a")
RULE = colors.HexColor("#aab3bd")
TABLE_HEAD = colors.HexColor("#eef2f6")
LINK = colors.HexColor("#1d5fa8")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    chapter: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        bulletFontName=FONT,  # bullets too: Helvetica would be embedded otherwise
        fontSize=10.5,
        leading=15,
        textColor=INK,
        spaceAfter=6,
        alignment=TA_LEFT,
    )

    def derive(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **changes)

    return Styles(
        body=body,
        small=derive("small", fontSize=8.5, leading=11),
        muted=derive("muted", fontSize=9, leading=12, textColor=MUTED),
        cell=derive("cell", fontSize=9, leading=12, spaceAfter=0),
        cell_head=derive("cell_head", fontName=BOLD, fontSize=9, leading=12, spaceAfter=0),
        h1=derive(
            "h1",
            fontName=BOLD,
            fontSize=18,
            leading=23,
            textColor=HEADING,
            spaceBefore=16,
            spaceAfter=10,
            keepWithNext=1,  # never the last line of a page
        ),
        h2=derive(
            "h2",
            fontName=BOLD,
            fontSize=13.5,
            leading=18,
            textColor=HEADING,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h3=derive(
            "h3",
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            textColor=HEADING,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
        ),
        chapter=derive(
            "chapter",
            fontName=BOLD,
            fontSize=24,
            leading=30,
            textColor=HEADING,
            spaceAfter=14,
            keepWithNext=1,
        ),
        cover_title=derive(
            "cover_title", fontName=BOLD, fontSize=28, leading=34, textColor=HEADING, spaceAfter=14
        ),
        cover_subtitle=derive(
            "cover_subtitle", fontSize=15, leading=21, textColor=INK, spaceAfter=30
        ),
        toc_levels=(
            derive("toc0", fontName=BOLD, fontSize=11, leading=16, spaceBefore=6),
            derive("toc1", fontSize=10, leading=14, leftIndent=14),
            derive("toc2", fontSize=9.5, leading=13, leftIndent=28, textColor=MUTED),
        ),
    )


def grid_style() -> TableStyle:
    """A table with a ruled grid and a shaded header row: the debrief's and the first-hour
    sheet's tables look alike."""
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEAD),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )
