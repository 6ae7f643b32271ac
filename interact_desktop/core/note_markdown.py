"""Case notes as HTML for the preview: Python-Markdown with raw HTML shown as text.

A note is typed by a person and may hold anything, pasted e-mails included; markup in it must never
become live HTML (an ``<img onerror=...>`` or a remote image would be a leak), so the block and
inline HTML handlers are removed and Markdown escapes every ``<`` and ``&`` it meets.
"""

from __future__ import annotations

import markdown
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension


def make_note_converter() -> markdown.Markdown:
    converter = markdown.Markdown(extensions=[TableExtension(), SaneListExtension()])
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter


def note_html(text: str, converter: markdown.Markdown | None = None) -> str:
    """The note as HTML in which only Markdown made tags; ``converter`` is reused when given."""
    converter = converter or make_note_converter()
    return converter.reset().convert(text)
