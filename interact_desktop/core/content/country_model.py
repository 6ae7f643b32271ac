"""The country notes' records: the countries, the topics every note answers, and one note.

Apart from the handbook's tree (``model``): the notes are read after start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from interact_desktop.core.content.model import NO_TEXT, Localized


class Country(NamedTuple):
    """A country with a note: its id (ISO 3166 alpha-2, lower case), name, and the date its notes
    were last checked, which the reader shows so nobody takes an old note for current practice."""

    id: str
    name: Localized
    checked_as_of: str  # ISO date, e.g. "2026-12-07"
    where: Localized = NO_TEXT  # heads the box on a section: "In Greece", "Aux Pays-Bas"


class CountryTopic(NamedTuple):
    """A question every country note answers, and the sections on which its box shows."""

    id: str
    title: Localized
    sections: tuple[str, ...]


class NoteTopic(NamedTuple):
    """One topic of one note in one language: the heading as written and its Markdown body."""

    id: str
    title: str
    body: str
    line: int  # of the heading, for problems


class CountryNote(NamedTuple):
    """One country's note in one language, its topics in reading order."""

    country: str
    lang: str
    title: str
    topics: tuple[NoteTopic, ...]
    path: Path

    def topic(self, topic_id: str) -> NoteTopic | None:
        return next((topic for topic in self.topics if topic.id == topic_id), None)
