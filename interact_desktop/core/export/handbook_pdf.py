"""The handbook, a chapter or a section as a PDF that reads like a publication.

Cover and contents (for the handbook and chapters), PDF bookmarks for every chapter, section and
heading, links inside the document, a running header and "Page X of Y". The total page count is
drawn from a form filled in when the document ends: the common recipe of holding pages back until
the count is known sends every bookmark to page 1.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import TocNode, localized
from interact_desktop.core.export.markdown_pdf import Heading, MarkdownFlowables, destination
from interact_desktop.core.export.pdf_fonts import FONT
from interact_desktop.core.export.styles import MUTED, RULE, Styles, make_styles

Progress = Callable[[int, int], None]
TOTAL_FORM = "page-total"


class PdfMeta(NamedTuple):
    title: str
    author: str
    lang: str
    subject: str = ""


class PageTotalCanvas(Canvas):
    """Fills in the page-total form once the last page is known."""

    def save(self) -> None:
        total = self.getPageNumber() - 1 if self._code == [] else self.getPageNumber()
        self.beginForm(TOTAL_FORM)
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(max(total, 1)))
        self.endForm()
        super().save()


class _Document(BaseDocTemplate):
    def __init__(self, target: Path, meta: PdfMeta, page_of: str, running_prefix: str) -> None:
        super().__init__(
            str(target),
            pagesize=A4,
            leftMargin=22 * mm,
            rightMargin=22 * mm,
            topMargin=24 * mm,
            bottomMargin=22 * mm,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            creator="INTERACT Desktop",
            lang=meta.lang,
            initialFontName=FONT,  # not Helvetica: it has no Greek, and it would be embedded
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame]),
                PageTemplate("body", [frame], onPageEnd=self._furniture),
            ]
        )
        self._page_of = page_of
        self._prefix = running_prefix
        self.running = ""

    def handle_documentBegin(self) -> None:
        self.running = ""  # each pass of a multi-pass build starts from the cover again
        super().handle_documentBegin()

    def afterFlowable(self, flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        level, text, key = outline
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        if flowable.in_contents:
            self.notify("TOCEntry", (level, text, self.page, key))
        if level == 0:
            self.running = text

    def _furniture(self, canvas: Canvas, document) -> None:
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
        before, _, after = self._page_of.partition("%2")
        text = before.replace("%1", str(canvas.getPageNumber()))
        x = width - self.rightMargin - canvas.stringWidth(text + "000" + after, FONT, 8)
        canvas.drawString(x, 12 * mm, text)
        canvas.saveState()
        canvas.translate(x + canvas.stringWidth(text, FONT, 8), 12 * mm)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()
        canvas.restoreState()


class HandbookExport:
    """Builds PDFs of the whole handbook, one chapter or one section, in one language."""

    def __init__(self, handbook: Handbook, lang: str) -> None:
        self.handbook = handbook
        self.lang = lang
        self.styles: Styles = make_styles()

    def label(self, key: str) -> str:
        return self.handbook.export_label(key, self.lang)

    # -- what to export -----------------------------------------------------------------------

    def export_all(self, target: Path, meta: PdfMeta, progress: Progress | None = None) -> None:
        nodes = list(self.handbook.chapters)
        self._build(target, meta, nodes, glossary=True, cover=True, progress=progress)

    def export_chapter(self, chapter_id: str, target: Path, meta: PdfMeta, progress=None) -> None:
        node = next(c for c in self.handbook.chapters if c.id == chapter_id)
        self._build(target, meta, [node], glossary=False, cover=True, progress=progress)

    def export_section(self, section_id: str, target: Path, meta: PdfMeta, progress=None) -> None:
        node = next(n for n, _ in self.handbook.walk() if n.id == section_id)
        self._build(target, meta, [node], glossary=False, cover=False, progress=progress)

    # -- building -----------------------------------------------------------------------------

    def _build(self, target, meta, nodes: list[TocNode], glossary, cover, progress) -> None:
        included = {node.id for root in nodes for node, _ in root.walk()}
        total = len(included)
        document = _Document(Path(target), meta, self.label("page-of"), self.label("cover-title"))
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
            story += self._contents()
        else:
            story.append(NextPageTemplate("body"))
        done = 0
        for root in nodes:
            for node, depth in root.walk():
                story += self._section(node.id, depth, converter, new_page=depth == 0 and cover)
                done += 1
                if progress is not None:
                    progress(done, total)
        if glossary and self.handbook.glossary:
            story += self._glossary()
        if cover:
            document.multiBuild(story, canvasmaker=PageTotalCanvas)
        else:
            document.build(story, canvasmaker=PageTotalCanvas)

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
            Paragraph(self.label("cover-note").replace("%1", today), styles.muted),
        ]

    def _contents(self) -> list:
        # The contents are a table: without a font of its own it would use Helvetica.
        table_style = TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10)])
        contents = TableOfContents(dotsMinLevel=0, tableStyle=table_style)
        contents.levelStyles = list(self.styles.toc_levels)
        title = self.label("contents")
        key = destination("contents")
        heading = Heading(f'<a name="{key}"/>{title}', self.styles.chapter, 0, key, title, False)
        return [heading, contents, PageBreak()]

    def _section(self, section_id: str, depth: int, converter, new_page: bool) -> list:
        text = self.handbook.text(section_id, self.lang)
        if text is None:
            return []
        styles = self.styles
        style = (styles.chapter, styles.h1, styles.h2)[min(depth, 2)]
        key = destination(f"section:{section_id}")
        story = [PageBreak()] if new_page else []
        story.append(Heading(f'<a name="{key}"/>{text.title}', style, depth, key, text.title))
        story += converter.convert(text.body, section_id, depth)
        return story

    def _glossary(self) -> list:
        styles = self.styles
        key = destination("glossary:")
        title = self.label("glossary")
        story = [PageBreak(), Heading(f'<a name="{key}"/>{title}', styles.chapter, 0, key, title)]
        terms = sorted(
            self.handbook.glossary, key=lambda t: localized(t.term, self.lang).casefold()
        )
        for term in terms:
            anchor = destination(f"glossary:{term.id}")
            name = localized(term.term, self.lang)
            story.append(Paragraph(f'<a name="{anchor}"/><b>{name}</b>', styles.body))
            story.append(Paragraph(localized(term.definition, self.lang), styles.muted))
        return story
