"""The typed model of the handbook: the tree of sections, their texts, and the edition.

Everything is immutable once loaded. Labels are :class:`Localized` mappings that hold a text for
every language (the loader and ``check-content`` make sure of it), so the UI never shows a blank.
The records are NamedTuples rather than dataclasses: they are created at every start-up, and
NamedTuples cost a tenth of the time to define. Even so each costs about a millisecond, so the
records read after start-up live beside this module: the tools' in ``tool_model``, the country
notes' in ``country_model``, the law register's and the edition's in ``law_model``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from interact_desktop.core.languages import SOURCE_LANGUAGE

Localized = Mapping[str, str]
NO_TEXT: Localized = MappingProxyType({})

LINK_KINDS = ("section", "checklist", "flowchart", "glossary", "law", "laws", "role", "country")

#: After a statement not confirmed: the reader and PDFs show it as "to be confirmed locally".
TBC = "{tbc}"


def localized(labels: Localized, lang: str) -> str:
    """The label in ``lang``, or in English when a damaged file left it out."""
    return labels.get(lang) or labels.get(SOURCE_LANGUAGE, "")


class TocNode(NamedTuple):
    """A chapter, section or subsection: its stable id and its children, in reading order."""

    id: str
    children: tuple[TocNode, ...] = ()

    def walk(self, depth: int = 0) -> Iterator[tuple[TocNode, int]]:
        yield self, depth
        for child in self.children:
            yield from child.walk(depth + 1)


class SectionText(NamedTuple):
    """One section in one language: its title and Markdown body (without the title line)."""

    id: str
    lang: str
    title: str
    body: str
    path: Path
