"""Markdown to HTML for Qt's rich text engine (Python-Markdown with a small adapter).

Kept apart from ``render`` so that Markdown is imported only when a page is not in the page cache.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable

import markdown
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension, slugify_unicode
from markdown.treeprocessors import Treeprocessor


class _QtLayout(Treeprocessor):
    """Adapts the HTML to Qt's rich text engine.

    Qt draws table borders from HTML attributes rather than from CSS on cells, and shows no alt
    text, so a figure's description becomes a visible caption under it.
    """

    def run(self, root: ET.Element) -> None:
        for table in root.iter("table"):
            table.set("border", "1")
            table.set("cellspacing", "0")
            table.set("cellpadding", "6")
            table.set("width", "100%")
            table.set("class", "grid")
        for paragraph in root.iter("p"):
            for image in list(paragraph.iter("img")):
                if image.get("alt"):
                    ET.SubElement(paragraph, "br")
                    caption = ET.SubElement(paragraph, "span", {"class": "caption"})
                    caption.text = image.get("alt")


class _LinkTitles(Treeprocessor):
    """Gives ``law:`` and ``role:`` links a title (the tooltip): the instrument's name, status and
    dates, or the role's name. The href stays ``law:ID#art-N`` for the reader to intercept.
    ``md.link_title`` is set per page (it depends on the page's language); None leaves them bare.
    """

    def run(self, root: ET.Element) -> None:
        title_of: Callable[[str], str | None] | None = getattr(self.md, "link_title", None)
        if title_of is None:
            return
        for link in root.iter("a"):
            href = link.get("href", "")
            if href.startswith(("law:", "role:")) and (title := title_of(href)):
                link.set("title", title)


class _QtLayoutExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_QtLayout(md), "qt_layout", 0)
        md.treeprocessors.register(_LinkTitles(md), "link_titles", 1)


def make_converter() -> markdown.Markdown:
    # Extension objects, not names: names make Markdown scan every installed package's entry
    # points, which costs more than the rest of start-up together.
    return markdown.Markdown(
        extensions=[
            TableExtension(),
            SaneListExtension(),
            TocExtension(slugify=slugify_unicode),
            _QtLayoutExtension(),
        ]
    )
