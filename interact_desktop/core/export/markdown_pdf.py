"""A section's Markdown as reportlab flowables: headings, paragraphs, lists, tables, figures.

Markdown is turned into HTML by the same converter as the reader, then each element becomes a
flowable. Inline markup uses reportlab's paragraph tags; links to places inside the export become
internal PDF links, links to places outside it plain text, web links stay links.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from interact_desktop.core.export.pdf_fonts import BOLD, FONT
from interact_desktop.core.export.styles import LINK, RULE, TABLE_HEAD, Styles
from interact_desktop.core.export.tables import flowing_table

if TYPE_CHECKING:
    from markdown import Markdown
    from reportlab.graphics.shapes import Drawing

LinkTarget = Callable[[str], str | None]  # "section:x#y" -> PDF destination name, or None


class Anchored(Paragraph):
    """A paragraph that links can jump to: the PDF destination ``key`` at its first line.

    The destination is set when the paragraph is drawn rather than with an ``<a name>`` tag in
    its text: a tag splits the text into fragments, and reportlab lays out a paragraph of one
    fragment much faster.
    """

    def __init__(self, text: str, style: ParagraphStyle, key: str) -> None:
        super().__init__(text, style)
        self.key = key

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Never broken across pages: it moves to the next page whole."""
        return []

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, self.height)
        super().draw()


class Heading(Anchored):
    """A paragraph that is also an entry of the contents and the PDF outline."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        level: int,
        key: str,
        outline_text: str,
        in_contents: bool = True,
    ) -> None:
        super().__init__(text, style, key)
        self.outline = (level, outline_text, key)
        self.in_contents = in_contents  # headings inside a section go to the outline only


def destination(place: str) -> str:
    """PDF destination names: letters, digits, hyphens (section ids and heading slugs)."""
    return "d-" + "".join(c if c.isalnum() or c == "-" else "_" for c in place)


class MarkdownFlowables:
    def __init__(
        self, styles: Styles, figures: Path | None, link_target: LinkTarget, width: float
    ) -> None:
        self.styles = styles
        self.figures = figures  # None where no figure may be read (a person's notes)
        self.link_target = link_target
        self.width = width
        self._converter: Markdown | None = None

    def convert(self, markdown: str, section_id: str, heading_level: int) -> list[Flowable]:
        """Flowables of one section body; its ## headings become outline entries one level
        below ``heading_level``."""
        converter = self._converter
        if converter is None:
            from interact_desktop.core.content.markdown_html import make_converter

            converter = self._converter = make_converter()
        converter.reset()
        html = converter.convert(markdown)
        root = ET.fromstring(f"<div>{html}</div>")
        flowables: list[Flowable] = []
        for element in root:
            flowables.extend(self._block(element, section_id, heading_level))
        return flowables

    # -- blocks -------------------------------------------------------------------------------

    def _block(self, element: ET.Element, section_id: str, level: int) -> list[Flowable]:
        tag = element.tag
        styles = self.styles
        if tag in ("h2", "h3", "h4", "h5", "h6"):
            depth = 1 if tag == "h2" else 2
            style = styles.h2 if tag == "h2" else styles.h3
            key = destination(f"section:{section_id}#{element.get('id', '')}")
            text = self.inline(element)
            plain = "".join(element.itertext())
            heading = Heading(text, style, level + depth, key, plain, False)
            return [heading]
        if tag == "p":
            image = element.find("img")
            if image is not None:
                return self._figure(image)
            return [Paragraph(self.inline(element), styles.body)]
        if tag in ("ul", "ol"):
            return [*self._list(element), Spacer(1, 2 * mm)]
        if tag == "table":
            return [Spacer(1, 1.5 * mm), self._table(element), Spacer(1, 3 * mm)]
        if tag == "blockquote":
            return [
                Paragraph(self.inline(child), styles.muted) for child in element if child.tag == "p"
            ]
        if tag == "pre":
            return [Paragraph(escape("".join(element.itertext())), styles.small)]
        return []

    def _list(self, element: ET.Element, depth: int = 0) -> list[Flowable]:
        """Items as bullet paragraphs (reportlab's own bullets; lighter than ListFlowable)."""
        indent = 14 * (depth + 1)
        style = ParagraphStyle(
            f"item{depth}", parent=self.styles.body, leftIndent=indent, bulletIndent=indent - 11,
            spaceAfter=3,
        )  # fmt: skip
        ordered = element.tag == "ol"
        flowables: list[Flowable] = []
        for number, item in enumerate(element.findall("li"), start=1):
            inner = ET.Element("span")
            inner.text = item.text
            nested: list[Flowable] = []
            for child in item:
                if child.tag in ("ul", "ol"):
                    nested += self._list(child, depth + 1)
                elif child.tag == "p":
                    nested.append(Paragraph(self.inline(child), style))
                else:
                    inner.append(child)
            bullet = f"{number}." if ordered else "•"
            flowables.append(Paragraph(self.inline(inner), style, bulletText=bullet))
            flowables += nested
        return flowables

    def _table(self, element: ET.Element) -> Table:
        rows = []
        for row in element.iter("tr"):
            cells = []
            for cell in row:
                style = self.styles.cell_head if cell.tag == "th" else self.styles.cell
                cells.append(Paragraph(self.inline(cell), style))
            rows.append(cells)
        columns = max(len(r) for r in rows) if rows else 1
        # A cell of a person's note may be longer than a page: rows split across pages.
        return flowing_table(
            rows,
            [self.width / columns] * columns,
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 9),
                    ("FONT", (0, 0), (-1, 0), BOLD, 9),
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEAD),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
            repeat_rows=1,
        )

    def _figure(self, image: ET.Element) -> list[Flowable]:
        from svglib.svglib import svg2rlg

        from interact_desktop.core.export.pdf_fonts import register_for_figures

        register_for_figures()

        src = image.get("src", "")
        name = src.split(":", 1)[1] if src.startswith("figure:") else ""
        drawing = None
        if name and self.figures is not None:
            drawing = svg2rlg(str(self.figures / f"{name}.svg"))
        parts: list[Flowable] = []
        if drawing is not None:
            _use_bundled_fonts(drawing)
            scale = min(1.0, self.width / max(drawing.width, 1))
            drawing.scale(scale, scale)
            drawing.width *= scale
            drawing.height *= scale
            parts.append(drawing)
        caption = image.get("alt", "")
        if caption:
            parts.append(Paragraph(escape(caption), self.styles.muted))
        return [Spacer(1, 2 * mm), KeepTogether(parts), Spacer(1, 2 * mm)]

    # -- inline -------------------------------------------------------------------------------

    def inline(self, element: ET.Element) -> str:
        """The element's content in reportlab paragraph markup."""
        parts = [escape(element.text or "")]
        for child in element:
            inner = self.inline(child)
            tag = child.tag
            if tag in ("strong", "b"):
                parts.append(f"<b>{inner}</b>")
            elif tag in ("em", "i"):
                parts.append(f"<i>{inner}</i>")
            elif tag == "a":
                parts.append(self._link(child.get("href", ""), inner))
            elif tag == "br":
                parts.append("<br/>")
            else:
                parts.append(inner)
            parts.append(escape(child.tail or ""))
        return "".join(parts)

    def _link(self, href: str, text: str) -> str:
        if href.startswith(("https://", "http://", "mailto:")):
            return f'<a href="{escape(href)}" color="{LINK.hexval()}">{text}</a>'
        target = self.link_target(href)
        if target is None:
            return text
        return f'<a href="#{target}" color="{LINK.hexval()}">{text}</a>'


def _use_bundled_fonts(drawing: Drawing) -> None:
    """Every text of a figure in DejaVu Sans (bold stays bold), whatever fonts svglib found on
    this machine; and no Helvetica as the drawing's initial font."""
    from reportlab.graphics.shapes import String

    from interact_desktop.core.export.pdf_fonts import BOLD

    drawing.initialFontName = FONT
    nodes = [drawing]
    while nodes:
        node = nodes.pop()
        if isinstance(node, String):
            node.fontName = BOLD if "bold" in node.fontName.lower() else FONT
        nodes.extend(getattr(node, "contents", []))
