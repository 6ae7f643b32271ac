"""Case notes as HTML: Python-Markdown with raw HTML and entities shown as the text they are.

A note is typed by a person and may hold anything, pasted e-mails included; markup in it must never
become live HTML (an ``<img onerror=...>`` or a remote image would be a leak), so the block and
inline HTML handlers and the entity pattern are removed, and an ``&`` the person typed stays an
``&``. The preview and the case report PDF both convert notes here.
"""

from __future__ import annotations

import re

import markdown
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

#: Markdown keeps anything shaped like an entity as it is; the person typed it as text.
_TYPED_ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);)")


def make_note_converter() -> markdown.Markdown:
    converter = markdown.Markdown(extensions=[TableExtension(), SaneListExtension()])
    converter.preprocessors.deregister("html_block")
    for pattern in ("html", "entity"):
        converter.inlinePatterns.deregister(pattern)
    return converter


def note_html(text: str, converter: markdown.Markdown | None = None) -> str:
    """The note as HTML in which only Markdown made tags; ``converter`` is reused when given."""
    converter = converter or make_note_converter()
    return _TYPED_ENTITY.sub("&amp;", converter.reset().convert(text))
