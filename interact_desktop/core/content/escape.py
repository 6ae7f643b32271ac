"""Escaping text for the pages' HTML, with the standard library's ``html.escape``.

Imported on first use: the ``html`` package builds its table of some 2,200 named character
references when it loads (about a hundredth of the window's start-up in instructions), and the
first page, served from the page cache, escapes nothing.
"""

from __future__ import annotations


def escape(text: str) -> str:
    """``text`` with &, <, >, " and ' written as character references."""
    from html import escape as html_escape

    return html_escape(text)
