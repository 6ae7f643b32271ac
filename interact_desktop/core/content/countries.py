"""Country notes: ``content/countries.toml`` and ``content/countries/<lang>/<country>.md``.

The handbook is general on purpose; a country note says how its advice works in one country (who
to tell, which body appoints the guardian, what the practitioners call things). The catalogue names
the countries and the topics every note answers; each note is Markdown with one
``## Title {#topic}`` heading per topic, so a section can show just the part that belongs to it.

Like the rest of the loader, nothing here raises on bad content: problems are collected with their
file and line and what is usable stays usable.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interact_desktop.core.content.country_model import (
    Country,
    CountryNote,
    CountryTopic,
    NoteTopic,
)
from interact_desktop.core.content.model import localized
from interact_desktop.core.content.problems import Problem, read_content_file
from interact_desktop.core.content.toml_lines import Path as TablePath

if TYPE_CHECKING:
    from interact_desktop.core.content.tools import TomlReader

COUNTRIES_FILE = "countries.toml"
NOTES_FOLDER = "countries"

#: ``## Title {#topic}``: the topic's id is written after the title, as in Pandoc and attr_list.
TOPIC_HEADING = re.compile(r"^##\s+(?P<title>.+?)\s*\{#(?P<id>[^}\s]*)\}\s*$")
_ANY_HEADING = re.compile(r"^(#{1,6})\s+\S")
_FENCE = re.compile(r"^\s*(```|~~~)")
#: The marker for a statement the writers could not confirm; the reader shows it in words.
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CountryCatalogue:
    """The countries, the topics, and each note on first use."""

    def __init__(self, root: Path, problems: list[Problem]) -> None:
        self.root = root
        self.problems = problems
        self.countries: dict[str, Country] = {}
        self.topics: tuple[CountryTopic, ...] = ()
        self.declared_at: dict[str, int] = {}  # country id -> line in countries.toml
        self._notes: dict[tuple[str, str], CountryNote | None] = {}

    @property
    def path(self) -> Path:
        return self.root / COUNTRIES_FILE

    def topic(self, topic_id: str) -> CountryTopic | None:
        return next((topic for topic in self.topics if topic.id == topic_id), None)

    def topics_for_section(self, section_id: str) -> list[CountryTopic]:
        """The topics whose box shows on ``section_id``, in the catalogue's order."""
        return [topic for topic in self.topics if section_id in topic.sections]

    def name(self, country_id: str, lang: str) -> str:
        country = self.countries.get(country_id)
        return localized(country.name, lang) if country is not None else country_id

    def note_path(self, country_id: str, lang: str) -> Path:
        return self.root / NOTES_FOLDER / lang / f"{country_id}.md"

    def note(self, country_id: str, lang: str) -> CountryNote | None:
        """The note in ``lang``; None when the country is unknown or its file missing."""
        key = (country_id, lang)
        if key not in self._notes:
            self._notes[key] = None
            if country_id in self.countries:
                self._notes[key] = self._read_note(country_id, lang)
        return self._notes[key]

    def _read_note(self, country_id: str, lang: str) -> CountryNote | None:
        path = self.note_path(country_id, lang)
        raw = read_content_file(path, self.problems)
        if raw is None:
            return None
        return parse_note(path, raw, country_id, lang, self.topics, self.problems)


def parse_note(
    path: Path,
    raw: str,
    country_id: str,
    lang: str,
    topics: tuple[CountryTopic, ...],
    problems: list[Problem],
) -> CountryNote:
    """Split a note at its ``## Title {#topic}`` headings and check them against the catalogue."""
    lines = raw.lstrip("\ufeff").splitlines()
    title = country_id
    if lines and lines[0].startswith("# ") and lines[0][2:].strip():
        title = lines[0][2:].strip()
    else:
        problems.append(Problem(path, 1, "the first line must be the country's name: '# Name'"))
    known = {topic.id for topic in topics}
    found: list[NoteTopic] = []
    current: tuple[str, str, int] | None = None
    body: list[str] = []
    in_fence = False

    def close() -> None:
        if current is not None:
            topic_id, heading, line = current
            found.append(NoteTopic(topic_id, heading, "\n".join(body).strip("\n"), line))

    for number, line in enumerate(lines[1:], start=2):
        if _FENCE.match(line):
            in_fence = not in_fence
        heading = None if in_fence else TOPIC_HEADING.match(line)
        if heading is None:
            if not in_fence and line.startswith("## ") and not line.startswith("### "):
                problems.append(
                    Problem(path, number, "a topic heading ends with its id: '## Title {#topic}'")
                )
            elif current is None and line.strip() and not _ANY_HEADING.match(line):
                problems.append(Problem(path, number, "text before the first topic heading"))
            body.append(line)
            continue
        close()
        topic_id = heading.group("id")
        if topic_id not in known:
            problems.append(
                Problem(path, number, f"unknown topic '{topic_id}' ({', '.join(sorted(known))})")
            )
        elif any(t.id == topic_id for t in found):
            problems.append(Problem(path, number, f"topic '{topic_id}' appears twice"))
        current, body = (topic_id, heading.group("title"), number), []
    close()
    note = CountryNote(country_id, lang, title, tuple(t for t in found if t.id in known), path)
    _check_order(note, topics, problems)
    return note


def _check_order(
    note: CountryNote, topics: tuple[CountryTopic, ...], problems: list[Problem]
) -> None:
    """Every topic once, in the catalogue's order, so the compare view can set them side by side."""
    written = [topic.id for topic in note.topics]
    missing = [topic.id for topic in topics if topic.id not in written]
    if missing:
        problems.append(Problem(note.path, 1, f"topics missing: {', '.join(missing)}"))
    expected = [topic.id for topic in topics if topic.id in written]
    unique = list(dict.fromkeys(written))
    if unique != expected:
        problems.append(
            Problem(note.path, 1, f"topics out of order: write them as {', '.join(expected)}")
        )
    for topic in note.topics:
        if not topic.body.strip():
            problems.append(Problem(note.path, topic.line, f"topic '{topic.id}' has no text"))


def load_countries(
    root: Path, problems: list[Problem], section_ids: frozenset[str]
) -> CountryCatalogue:
    """Read ``countries.toml``; without one, the handbook simply has no country notes."""
    catalogue = CountryCatalogue(root, problems)
    if not catalogue.path.exists():
        return catalogue
    from interact_desktop.core.content.tools import TomlReader, _unique

    reader = TomlReader(catalogue.path, problems, section_ids)
    if reader.data is None:
        return catalogue
    reader.check_keys(reader.data, (), {"country", "topic"})
    seen: set[str] = set()
    for index, entry in enumerate(reader.array(reader.data, (), "country")):
        where = ("country", index)
        reader.check_keys(entry, where, {"id", "name", "where", "checked_as_of"})
        country_id = reader.ident(entry, where)
        name = reader.labels(entry, where, "name")
        in_country = reader.labels(entry, where, "where")
        checked = _date(reader, entry, where)
        if (
            country_id is not None
            and _unique(reader, seen, country_id, where, "country")
            and checked is not None
        ):
            catalogue.countries[country_id] = Country(country_id, name, checked, in_country)
            catalogue.declared_at[country_id] = reader.lines.line(where, "id")
    topics: list[CountryTopic] = []
    seen = set()
    for index, entry in enumerate(reader.array(reader.data, (), "topic")):
        where = ("topic", index)
        reader.check_keys(entry, where, {"id", "title", "sections"})
        topic_id = reader.ident(entry, where)
        title = reader.labels(entry, where, "title")
        sections = _sections(reader, entry, where)
        if topic_id is not None and _unique(reader, seen, topic_id, where, "topic"):
            topics.append(CountryTopic(topic_id, title, sections))
    if not catalogue.countries:
        reader.report((), None, "countries.toml needs at least one [[country]]")
    if not topics:
        reader.report((), None, "countries.toml needs at least one [[topic]]")
    catalogue.topics = tuple(topics)
    return catalogue


def _date(reader: TomlReader, entry: dict[str, Any], where: TablePath) -> str | None:
    value = entry.get("checked_as_of")
    if isinstance(value, dt.date):  # a bare TOML date
        value = value.isoformat()
    if value is None:
        reader.report(where, None, "missing 'checked_as_of' (a date, e.g. \"2026-12-07\")")
        return None
    if not isinstance(value, str) or not _DATE.match(value):
        reader.report(where, "checked_as_of", "'checked_as_of' must be a date like \"2026-12-07\"")
        return None
    return value


def _sections(reader: TomlReader, entry: dict[str, Any], where: TablePath) -> tuple[str, ...]:
    value = entry.get("sections", [])
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        reader.report(where, "sections", "'sections' must be a list of section ids")
        return ()
    for section in value:
        if section not in reader.section_ids:
            reader.report(where, "sections", f"'sections' names unknown section '{section}'")
    return tuple(s for s in value if s in reader.section_ids)
