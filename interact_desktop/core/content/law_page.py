"""What a reader sees of the law register: a link's title and popover, and the "Laws cited" page.

The words come from content/export_labels.toml (``law-*`` keys), so the page, the popover and the
PDF say the same thing in each language. Status is given as of the edition's "law as of" date,
never today's: the text was checked against the law on that date, and the status must agree
with the text around it.

Places: ``laws:`` opens the Laws cited page, ``laws:ID`` the same page at one instrument (its
anchor is the law id). A link in the text is ``law:ID`` or ``law:ID#art-25``.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape
from typing import NamedTuple

from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.law_model import Law
from interact_desktop.core.content.laws import find_numbers, number_index
from interact_desktop.core.content.model import localized

LAWS_PLACE = "laws:"

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
    "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
}
_LAW_LINK = re.compile(r"\]\(\s*law:([a-z0-9-]+)")


def format_date(date: dt.date, lang: str) -> str:
    """A date as the language writes it in running text: "1 July 2026", "1er juillet 2026"."""
    month = _MONTHS.get(lang, _MONTHS["en"]).split()[date.month - 1]
    day = str(date.day)
    if date.day == 1 and lang == "fr":
        day = "1er"
    elif date.day == 1 and lang == "it":
        day = "1°"
    return f"{day} {month} {date.year}"


def as_of(handbook: Handbook) -> dt.date:
    """The date statuses are given at: the edition's "law as of" date, else today."""
    edition = handbook.edition
    return edition.law_as_of if edition is not None else dt.date.today()


def _label(handbook: Handbook, key: str, lang: str, *values: str) -> str:
    text = handbook.export_label(key, lang)
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def number_text(law: Law, lang: str) -> str:
    """The number as ``lang`` writes it ("règlement (UE) n° 604/2013"), taken from the start of
    the official title where it appears there; else the register's ``number`` as it is."""
    if not law.number:
        return ""
    keys = {key for _, _, key in find_numbers(law.number)}
    title = localized(law.title, lang)
    for _, end, key in find_numbers(title):
        if key in keys and end <= 60:
            return title[:end]
    return law.number


def _name(handbook: Handbook, law_id: str, lang: str) -> str:
    law = handbook.laws.get(law_id)
    if law is None:
        return law_id
    short = localized(law.short, lang)
    number = number_text(law, lang)
    in_short = {key for _, _, key in find_numbers(short)}
    if not number or number in short or in_short & {key for _, _, key in find_numbers(number)}:
        return short
    return f"{short} ({number})"


def status_text(handbook: Handbook, law: Law, lang: str) -> str:
    """The status as of the edition: "In force", "No longer in force since 1 July 2026..."."""
    status = law.status(as_of(handbook))
    # A law is "repealed" only with a repeal date and "not-yet" only with a date it applies from.
    if status == "repealed" and law.repealed_on is not None:
        text = _label(handbook, "law-repealed", lang, format_date(law.repealed_on, lang))
        if law.successor is not None:
            successor = _name(handbook, law.successor, lang)
            text += ". " + _label(handbook, "law-replaced-by", lang, successor)
        return text
    if status == "not-yet" and law.applies_from is not None:
        return _label(handbook, "law-not-yet", lang, format_date(law.applies_from, lang))
    if status == "amended":
        names = ", ".join(_name(handbook, other, lang) for other in law.amended_by)
        return _label(handbook, "law-amended", lang, names)
    return _label(handbook, "law-in-force", lang)


def dates_text(handbook: Handbook, law: Law, lang: str) -> str:
    """The dates: "Adopted: 5 April 2011 · Applies from: 6 April 2013", what is known of them."""
    parts = []
    if law.adopted is not None:
        parts.append(_label(handbook, "law-adopted", lang, format_date(law.adopted, lang)))
    if law.applies_from is not None:
        parts.append(
            _label(handbook, "law-applies-from", lang, format_date(law.applies_from, lang))
        )
    return " · ".join(parts)


class LawPopover(NamedTuple):
    """What the reader shows when a law link is hovered or clicked; ``place`` opens the
    instrument on the Laws cited page."""

    heading: str  # short title and number
    title: str  # the full (official) title
    status: str  # as of the edition's "law as of" date
    dates: str
    as_of: str  # "Status as of 1 December 2026"
    place: str

    def text(self) -> str:
        return "\n".join(
            p for p in (self.heading, self.title, self.status, self.dates, self.as_of) if p
        )


def popover(handbook: Handbook, law_id: str, lang: str) -> LawPopover | None:
    """The popover for ``law:ID`` (an ``#art-N`` anchor may be left on); None for an unknown id."""
    law = handbook.laws.get(law_id.split("#", 1)[0])
    if law is None:
        return None
    return LawPopover(
        _name(handbook, law.id, lang),
        localized(law.title, lang),
        status_text(handbook, law, lang),
        dates_text(handbook, law, lang),
        _label(handbook, "law-status-as-of", lang, format_date(as_of(handbook), lang)),
        f"{LAWS_PLACE}{law.id}",
    )


def link_title(handbook: Handbook, href: str, lang: str) -> str | None:
    """The tooltip of a ``law:`` or ``role:`` link: the instrument's name, status and dates, or
    the role's name. None for other links."""
    scheme, _, rest = href.partition(":")
    ref = rest.split("#", 1)[0]
    if scheme == "role" and ref in handbook.roles:
        return localized(handbook.roles[ref].name, lang)
    if scheme == "law" and (found := popover(handbook, ref, lang)) is not None:
        return " — ".join(p for p in (found.heading, found.status, found.dates) if p)
    return None


def linked_label(handbook: Handbook, text: str, lang: str) -> str:
    """A plain-text label (glossary, checklists, flowcharts, scenarios) as HTML, with each
    instrument number the register knows made into a law link: labels cannot hold Markdown."""
    index = number_index(handbook.laws)
    parts = []
    last = 0
    for start, end, key in find_numbers(text):
        law_id = index.get(key)
        if law_id is None:
            continue
        title = escape(link_title(handbook, f"law:{law_id}", lang) or "")
        parts.append(escape(text[last:start]))
        parts.append(f'<a href="law:{law_id}" title="{title}">{escape(text[start:end])}</a>')
        last = end
    parts.append(escape(text[last:]))
    return "".join(parts)


class CitedLaw(NamedTuple):
    """One line of the Laws cited page: the instrument and the sections that cite it."""

    law: Law
    name: str
    title: str
    status: str
    dates: str
    sections: tuple[tuple[str, str], ...]  # (section id, title in the page language)


def laws_cited(handbook: Handbook, lang: str) -> list[CitedLaw]:
    """Every instrument of the register in its order, with the sections that cite it in ``lang``
    (in reading order): the guide's table of authorities."""
    citing: dict[str, list[str]] = {law_id: [] for law_id in handbook.laws}
    for section_id in handbook.section_ids():
        text = handbook.text(section_id, lang)
        if text is None:
            continue
        for law_id in dict.fromkeys(_LAW_LINK.findall(text.body)):
            if law_id in citing:
                citing[law_id].append(section_id)
    return [
        CitedLaw(
            law,
            _name(handbook, law.id, lang),
            localized(law.title, lang),
            status_text(handbook, law, lang),
            dates_text(handbook, law, lang),
            tuple((s, handbook.title(s, lang)) for s in citing[law.id]),
        )
        for law in handbook.laws.values()
    ]


def edition_line(handbook: Handbook, lang: str) -> str:
    """The line "Edition 2026-12 · law as of 1 December 2026", or "" without an edition."""
    edition = handbook.edition
    if edition is None:
        return ""
    return _label(
        handbook, "edition-line", lang, edition.edition, format_date(edition.law_as_of, lang)
    )
