"""What the search index holds: one document per heading of a section, per checklist item, per
flowchart step, per glossary term and per topic of a country note, as plain text with the place to
open."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import TBC, localized

KINDS = ("section", "checklist", "flowchart", "glossary", "country")

_HEADING = re.compile(r"^(#{2,6})\s+(.+?)\s*#*\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"[*_`>#|]+|^\s*[-+]\s+|^\s*\d+\.\s+|^\s*:?-{3,}:?\s*$", re.MULTILINE)


class SearchDocument(NamedTuple):
    kind: str  # section | checklist | flowchart | glossary | country
    place: str  # what to open, e.g. "section:response-first-hours#steps", "country:gr#missing"
    title: str  # the heading, item or term itself
    context: str  # where it sits: the section, checklist or flowchart title
    body: str  # plain text


def plain_text(markdown: str) -> str:
    """Markdown reduced to the words a reader sees (link texts and captions, no markup)."""
    text = _IMAGE.sub(r"\1", markdown).replace(TBC, " ")
    text = _LINK.sub(r"\1", text)
    text = _MARKUP.sub(" ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def heading_anchor(title: str, used: set[str]) -> str:
    """The id the reader gives a heading (Python-Markdown's toc, unicode slugs, _1 for repeats)."""
    from markdown.extensions.toc import slugify_unicode, unique

    return unique(slugify_unicode(title, "-"), used)


def documents(handbook: Handbook, lang: str) -> Iterator[SearchDocument]:
    for section_id in handbook.section_ids():
        yield from _section_documents(handbook, section_id, lang)
    for checklist in handbook.checklists.values():
        title = localized(checklist.title, lang)
        place = f"checklist:{checklist.id}"
        yield SearchDocument("checklist", place, title, "", localized(checklist.description, lang))
        for item in checklist.items:
            extra = [localized(item.help, lang)] + [localized(c.label, lang) for c in item.choices]
            body = " ".join(part for part in extra if part)
            yield SearchDocument(
                "checklist", f"{place}#{item.id}", localized(item.label, lang), title, body
            )
    for flowchart in handbook.flowcharts.values():
        title = localized(flowchart.title, lang)
        place = f"flowchart:{flowchart.id}"
        yield SearchDocument("flowchart", place, title, "", "")
        for node in flowchart.nodes:
            branches = [localized(e.label, lang) for e in flowchart.outgoing(node.id) if e.label]
            body = " ".join([localized(node.who, lang), *branches]).strip()
            yield SearchDocument(
                "flowchart", f"{place}#{node.id}", localized(node.label, lang), title, body
            )
    for term in handbook.glossary:
        yield SearchDocument(
            "glossary",
            f"glossary:{term.id}",
            localized(term.term, lang),
            "",
            localized(term.definition, lang),
        )
    yield from _country_documents(handbook, lang)


def _country_documents(handbook: Handbook, lang: str) -> Iterator[SearchDocument]:
    """One document per topic of each note: the topic's heading, under the country's name."""
    catalogue = handbook.countries
    for country_id in catalogue.countries:
        note = catalogue.note(country_id, lang)
        if note is None:
            continue
        for topic in note.topics:
            yield SearchDocument(
                "country",
                f"country:{country_id}#{topic.id}",
                topic.title,
                note.title,
                plain_text(topic.body),
            )


def _section_documents(handbook: Handbook, section_id: str, lang: str) -> Iterator[SearchDocument]:
    text = handbook.text(section_id, lang)
    if text is None:
        return
    place = f"section:{section_id}"
    used: set[str] = set()
    heading, anchor = text.title, ""
    lines: list[str] = []
    for line in text.body.splitlines():
        match = _HEADING.match(line)
        if match:
            yield _chunk(place, anchor, heading, text.title, lines)
            heading = plain_text(match.group(2))
            anchor, lines = heading_anchor(heading, used), []
        else:
            lines.append(line)
    yield _chunk(place, anchor, heading, text.title, lines)


def _chunk(
    place: str, anchor: str, heading: str, section_title: str, lines: list[str]
) -> SearchDocument:
    target = f"{place}#{anchor}" if anchor else place
    context = section_title if anchor else ""
    return SearchDocument("section", target, heading, context, plain_text("\n".join(lines)))
