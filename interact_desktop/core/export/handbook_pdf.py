"""The handbook, a chapter or a section as a PDF that reads like a publication.

Cover and contents (for the handbook and chapters), PDF bookmarks for every chapter, section and
heading, links inside the document, a running header and "Page X of Y".

Numbers not known until the end — the page total, and the page of each entry in the contents — are
drawn as PDF forms that the canvas fills in when the document is saved. The document is laid out
once (reportlab's usual contents need two or three passes), and no page is held back (the common
"page X of Y" recipe does that and sends every bookmark to page 1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from interact_desktop.core.atomic import write_atomic_bytes
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import TocNode, localized
from interact_desktop.core.export.markdown_pdf import (
    Anchored,
    Heading,
    MarkdownFlowables,
    destination,
)
from interact_desktop.core.export.pdf_fonts import FONT
from interact_desktop.core.export.styles import MUTED, RULE, Styles, make_styles

Progress = Callable[[int, int], None]
TOTAL_FORM = "page-total"


class PdfMeta(NamedTuple):
    title: str
    author: str
    lang: str
    subject: str = ""


def document_options(meta: PdfMeta) -> dict[str, object]:
    """What every export's document template is given: A4, the metadata, and DejaVu from the
    first line (not Helvetica: it has no Greek, and it would be embedded)."""
    return {
        "pagesize": A4,
        "title": meta.title,
        "author": meta.author,
        "subject": meta.subject,
        "creator": "INTERACT Desktop",
        "lang": meta.lang,
        "initialFontName": FONT,
    }


def page_form(key: str) -> str:
    return f"page-{key}"


class PageTotalCanvas(Canvas):
    """Fills in the forms for numbers known only at the end: the page total, and the page of
    each contents entry (``page_numbers``, given by the document; a missing one shows a dash)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.page_numbers: dict[str, int] = {}
        self.contents_keys: tuple[str, ...] = ()

    def save(self) -> None:
        total = self.getPageNumber() - 1 if self._code == [] else self.getPageNumber()
        self.beginForm(TOTAL_FORM)
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(max(total, 1)))
        self.endForm()
        for key in self.contents_keys:
            self.beginForm(page_form(key))
            self.setFont(FONT, 10)
            # Forms clip at their origin: the number ends at NUMBER_WIDTH, not at 0.
            number = str(self.page_numbers.get(key, "–"))
            self.drawRightString(ContentsEntry.NUMBER_WIDTH, 0, number)
            self.endForm()
        super().save()


def draw_page_of(
    canvas: Canvas,
    page_of: str,
    y: float,
    *,
    left: float | None = None,
    right: float | None = None,
    prefix: str = "",
) -> None:
    """``prefix`` and "Page X of Y" in small muted type at ``y``, from ``left`` or ending at
    ``right`` (room kept for a three-digit total). Y is the form filled in when the document is
    saved (see PageTotalCanvas)."""
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    before, _, after = page_of.partition("%2")
    text = prefix + before.replace("%1", str(canvas.getPageNumber()))
    if right is not None:
        x = right - canvas.stringWidth(text + "000" + after, FONT, 8)
    else:
        x = left if left is not None else 0
    canvas.drawString(x, y, text)
    canvas.translate(x + canvas.stringWidth(text, FONT, 8), y)
    canvas.doForm(TOTAL_FORM)
    canvas.restoreState()


class ContentsEntry(Flowable):
    """One line of the contents: the title (a link to its place) and its page number, which is a
    form filled in when the document is saved."""

    NUMBER_WIDTH = 14 * mm

    def __init__(self, text: str, key: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.key = key
        self.paragraph = Paragraph(f'<a href="#{key}" color="#1f2328">{escape(text)}</a>', style)
        self.style = style

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, height = self.paragraph.wrap(available_width - self.NUMBER_WIDTH, available_height)
        self.height = height + self.style.spaceBefore
        return available_width, self.height

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)
        self.canv.saveState()
        # On the baseline of the entry's last line.
        baseline = self.style.leading - self.style.fontSize + 1
        self.canv.translate(self.width - self.NUMBER_WIDTH, baseline)
        self.canv.doForm(page_form(self.key))
        self.canv.restoreState()


class _Document(BaseDocTemplate):
    def __init__(
        self, output: BinaryIO | Path, meta: PdfMeta, page_of: str, running_prefix: str, cover: bool
    ) -> None:
        super().__init__(
            str(output) if isinstance(output, Path) else output,
            leftMargin=22 * mm,
            rightMargin=22 * mm,
            topMargin=24 * mm,
            bottomMargin=22 * mm,
            **document_options(meta),
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        body = PageTemplate("body", [frame], onPageEnd=self._furniture)
        # The first template serves the first page: the cover's, or a page of text like the rest.
        self.addPageTemplates([PageTemplate("cover", [frame]), body] if cover else [body])
        self._page_of = page_of
        self._prefix = running_prefix
        self.edition = ""  # "Edition 2026-12 · law as of 1 December 2026", left in the footer
        self.running = ""
        self.page_numbers: dict[str, int] = {}
        self.contents_keys: tuple[str, ...] = ()

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        self.canv.page_numbers = self.page_numbers
        self.canv.contents_keys = self.contents_keys

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        level, text, key = outline
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.page_numbers[key] = self.page
        if level == 0:
            self.running = text

    def _furniture(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        """Running header and "Page X of Y" footer."""
        canvas.saveState()
        width, height = self.pagesize
        top = height - 14 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(self.leftMargin, top - 2 * mm, width - self.rightMargin, top - 2 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        header = f"{self._prefix} — {self.running}" if self.running else self._prefix
        canvas.drawString(self.leftMargin, top, header[:120])
        draw_page_of(canvas, self._page_of, 12 * mm, right=width - self.rightMargin)
        if self.edition:
            canvas.setFont(FONT, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(self.leftMargin, 12 * mm, self.edition)
        canvas.restoreState()


class HandbookExport:
    """Builds PDFs of the whole handbook, one chapter or one section, in one language."""

    def __init__(self, handbook: Handbook, lang: str) -> None:
        self.handbook = handbook
        self.lang = lang
        self.styles: Styles = make_styles()

    def label(self, key: str) -> str:
        return self.handbook.export_label(key, self.lang)

    def edition_line(self) -> str:
        """The edition and the date its law was checked, so a printed copy says how current
        its law is (empty for content without an edition file)."""
        from interact_desktop.core.content.law_page import edition_line

        return edition_line(self.handbook, self.lang)

    # -- what to export -----------------------------------------------------------------------

    def export_all(self, target: Path, meta: PdfMeta, progress: Progress | None = None) -> None:
        output = BytesIO()
        document, story = self.whole_story(output, meta, progress)
        document.build(story, canvasmaker=PageTotalCanvas)
        write_atomic_bytes(target, output.getvalue(), private=False)

    def export_chapter(
        self, chapter_id: str, target: Path, meta: PdfMeta, progress: Progress | None = None
    ) -> None:
        node = next(c for c in self.handbook.chapters if c.id == chapter_id)
        self._build(target, meta, [node], glossary=False, cover=True, progress=progress)

    def export_section(
        self, section_id: str, target: Path, meta: PdfMeta, progress: Progress | None = None
    ) -> None:
        node = next(n for n, _ in self.handbook.walk() if n.id == section_id)
        self._build(target, meta, [node], glossary=False, cover=False, progress=progress)

    def whole_story(
        self, output: BinaryIO | Path, meta: PdfMeta, progress: Progress | None = None
    ) -> tuple[BaseDocTemplate, list[Flowable]]:
        """The document (to be written to ``output``) and the flowables of the whole handbook,
        not yet laid out (the export benchmark lays out the same paragraphs without contents,
        outline or links to compare)."""
        nodes = list(self.handbook.chapters)
        return self._story(output, meta, nodes, glossary=True, cover=True, progress=progress)

    # -- building -----------------------------------------------------------------------------

    def _build(
        self,
        target: Path,
        meta: PdfMeta,
        nodes: list[TocNode],
        glossary: bool,
        cover: bool,
        progress: Progress | None,
    ) -> None:
        """Lay the document out in memory, then write it atomically: a failed export never
        leaves half a PDF, nor replaces a good one."""
        output = BytesIO()
        document, story = self._story(output, meta, nodes, glossary, cover, progress)
        document.build(story, canvasmaker=PageTotalCanvas)
        write_atomic_bytes(target, output.getvalue(), private=False)

    def _story(
        self,
        output: BinaryIO | Path,
        meta: PdfMeta,
        nodes: list[TocNode],
        glossary: bool,
        cover: bool,
        progress: Progress | None,
    ) -> tuple[_Document, list[Flowable]]:
        included = {node.id for root in nodes for node, _ in root.walk()}
        total = len(included)
        document = _Document(output, meta, self.label("page-of"), self.label("cover-title"), cover)
        document.edition = self.edition_line()
        converter = MarkdownFlowables(
            self.styles,
            self.handbook.root / "figures",
            lambda href: self._link(href, included, glossary),
            document.width,
        )
        story: list = []
        if cover:
            story += self._cover(meta)
            story += [NextPageTemplate("body"), PageBreak()]
            story += self._contents(nodes, glossary, document)
        done = 0
        for root in nodes:
            for node, depth in root.walk():
                story += self._section(node.id, depth, converter, new_page=depth == 0 and cover)
                done += 1
                if progress is not None:
                    progress(done, total)
        if glossary and self.handbook.glossary:
            story += self._glossary()
        return document, story

    def _link(self, href: str, included: set[str], glossary: bool) -> str | None:
        kind, _, rest = href.partition(":")
        if kind == "section" and rest.split("#", 1)[0] in included:
            return destination(href) if "#" in rest else destination(f"section:{rest}")
        if kind == "glossary" and glossary:
            return destination(href)
        return None

    def _cover(self, meta: PdfMeta) -> list:
        styles = self.styles
        today = dt.date.today().isoformat()
        return [
            Spacer(1, 50 * mm),
            Paragraph(self.label("cover-title"), styles.cover_title),
            Paragraph(self.label("cover-subtitle"), styles.cover_subtitle),
            Paragraph(meta.title, styles.h2),
            Spacer(1, 60 * mm),
            Paragraph(escape(self.edition_line()), styles.muted),
            Paragraph(self.label("cover-note").replace("%1", today), styles.muted),
        ]

    def _contents(self, nodes: list[TocNode], glossary: bool, document: _Document) -> list:
        """Chapters and sections, known from the structure; their pages are filled in at the end."""
        title = self.label("contents")
        key = destination("contents")
        story = [Heading(escape(title), self.styles.chapter, 0, key, title, False)]
        keys = []
        levels = self.styles.toc_levels
        for root in nodes:
            for node, depth in root.walk():
                entry_key = destination(f"section:{node.id}")
                text = self.handbook.title(node.id, self.lang)
                story.append(ContentsEntry(text, entry_key, levels[min(depth, 2)]))
                keys.append(entry_key)
        if glossary and self.handbook.glossary:
            entry_key = destination("glossary:")
            story.append(ContentsEntry(self.label("glossary"), entry_key, levels[0]))
            keys.append(entry_key)
        document.contents_keys = tuple(keys)
        return [*story, PageBreak()]

    def _section(
        self, section_id: str, depth: int, converter: MarkdownFlowables, new_page: bool
    ) -> list[Flowable]:
        text = self.handbook.text(section_id, self.lang)
        if text is None:
            return []
        styles = self.styles
        style = (styles.chapter, styles.h1, styles.h2)[min(depth, 2)]
        key = destination(f"section:{section_id}")
        story = [PageBreak()] if new_page else []
        story.append(Heading(escape(text.title), style, depth, key, text.title))
        # A statement not confirmed stays visibly so on paper: "{tbc}" in the reader's words.
        body = text.body.replace("{tbc}", f"*({self.label('to-be-confirmed')})*")
        story += converter.convert(body, section_id, depth)
        return story

    def _glossary(self) -> list:
        styles = self.styles
        key = destination("glossary:")
        title = self.label("glossary")
        story = [PageBreak(), Heading(escape(title), styles.chapter, 0, key, title)]
        for term in self.handbook.glossary_in_order(self.lang):
            anchor = destination(f"glossary:{term.id}")
            name = localized(term.term, self.lang)
            story.append(Anchored(f"<b>{escape(name)}</b>", styles.body, anchor))
            story.append(Paragraph(localized(term.definition, self.lang), styles.muted))
        return story
