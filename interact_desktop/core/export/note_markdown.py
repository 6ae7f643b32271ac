"""A person's notes (Markdown) as PDF flowables, with any raw HTML shown as the text it is.

Notes are typed by users, not shipped content: HTML blocks, inline tags and entities are not
interpreted (Python-Markdown's HTML processors are removed, so ``<script>`` is printed as written),
links stay text unless they are web links, and images become their description, never a file read.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape

from reportlab.platypus import Flowable, Paragraph

from interact_desktop.core.export.markdown_pdf import MarkdownFlowables
from interact_desktop.core.export.styles import Styles
from interact_desktop.core.note_markdown import make_note_converter, note_html


class NoteFlowables(MarkdownFlowables):
    def __init__(self, styles: Styles, width: float) -> None:
        super().__init__(styles, figures=None, link_target=lambda href: None, width=width)
        self._converter = make_note_converter()

    def convert_note(self, markdown: str) -> list[Flowable]:
        html = note_html(markdown, self._converter)
        try:
            root = ET.fromstring(f"<div>{html}</div>")
        except ET.ParseError:  # never expected; the text is still shown, as plain text
            return [Paragraph(escape(markdown).replace("\n", "<br/>"), self.styles.body)]
        flowables: list[Flowable] = []
        for element in root:
            if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                flowables.append(Paragraph(self.inline(element), self.styles.h3))
            else:
                flowables.extend(self._block(element, "note", 0))
        return flowables

    def _figure(self, image: ET.Element) -> list[Flowable]:
        caption = image.get("alt", "")
        return [Paragraph(escape(caption), self.styles.muted)] if caption else []
