"""The user's own contacts beside the roles the guidance names, in a page's HTML.

Where the text says "call the [SIRENE Bureau](role:sirene-bureau)", the reader adds the user's
first entry for that role right after the link: the number to call is on the line that says to
call. Only the first phone and a count of the others: the whole entry opens on a click.
"""

from __future__ import annotations

import re
from html import escape

from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.model import Contact

_ROLE_LINK = re.compile(r'<a href="role:(?P<role>[a-z0-9-]+)"[^>]*>.*?</a>', re.DOTALL)


def with_contacts(html: str, directory: Directory, more: str) -> str:
    """``html`` with each role link followed by the user's entry for it, if there is one.
    ``more`` is the UI's "+%n more" for a role with several entries."""
    if not len(directory):
        return html

    def add(match: re.Match[str]) -> str:
        entries = directory.for_role(match.group("role"))
        if not entries:
            return match.group(0)
        return f"{match.group(0)} {_inline(entries, more)}"

    return _ROLE_LINK.sub(add, html)


def _inline(entries: list[Contact], more: str) -> str:
    first = entries[0]
    parts = [escape(first.label)]
    if first.phones:
        phone = first.phones[0]
        parts.append(f'<a href="tel:{escape(phone.dial)}">{escape(phone.number)}</a>')
    elif first.emails:
        address = escape(first.emails[0])
        parts.append(f'<a href="mailto:{address}">{address}</a>')
    if len(entries) > 1:
        parts.append(escape(more.replace("%n", str(len(entries) - 1))))
    return f'<span class="contact">({", ".join(parts)})</span>'
