"""Checks of the country notes for ``check-content``: every note in every language, and the
translations equal to English in what a reader relies on.

A translation must answer the same topics, link to the same places and carry the same number of
"to be confirmed locally" markers as English (a marker lost in translation would turn a doubt into a
fact), and stay within ±35 % of its length, as sections do.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from interact_desktop.core.content.countries import NOTES_FOLDER
from interact_desktop.core.content.country_model import CountryNote
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.links import Link, find_links, link_difference
from interact_desktop.core.content.model import TBC
from interact_desktop.core.content.problems import Problem
from interact_desktop.core.languages import ENGLISH_NAMES, LANGUAGES, SOURCE_LANGUAGE

#: A translation's words as a share of the English note's, as for sections.
LENGTH_RANGE = (0.65, 1.35)
_WORD = re.compile(r"\w+")

LinkCheck = Callable[[Handbook, Path, list[Link], list[Problem]], None]


def note_words(note: CountryNote) -> int:
    """Words a reader reads: the headings and the text, without the markers."""
    text = " ".join(f"{topic.title} {topic.body}" for topic in note.topics).replace(TBC, " ")
    return len(_WORD.findall(f"{note.title} {text}"))


def note_links(note: CountryNote) -> list[Link]:
    links: list[Link] = []
    for topic in note.topics:
        links += find_links(topic.body, first_line=topic.line + 1)
    return links


def check_countries(handbook: Handbook, problems: list[Problem], check_links: LinkCheck) -> None:
    catalogue = handbook.countries
    folder = handbook.root / NOTES_FOLDER
    for lang in LANGUAGES:
        for path in sorted((folder / lang).glob("*.md")):
            if path.stem not in catalogue.countries:
                problems.append(Problem(path, 1, f"unknown country '{path.stem}' (countries.toml)"))
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.is_dir() and path.name not in LANGUAGES:
                problems.append(Problem(path, 1, f"unknown language folder '{path.name}'"))
    for country_id in catalogue.countries:
        notes: dict[str, CountryNote] = {}
        for lang in LANGUAGES:
            note = catalogue.note(country_id, lang)
            if note is None:
                expected = catalogue.note_path(country_id, lang).relative_to(handbook.root)
                problems.append(
                    Problem(
                        catalogue.path,
                        catalogue.declared_at.get(country_id, 1),
                        f"country '{country_id}' has no {ENGLISH_NAMES[lang]} note "
                        f"({expected.as_posix()})",
                    )
                )
                continue
            notes[lang] = note
            check_links(handbook, note.path, note_links(note), problems)
        if SOURCE_LANGUAGE in notes:
            _check_parity(notes, problems)


def _check_parity(notes: dict[str, CountryNote], problems: list[Problem]) -> None:
    source = notes[SOURCE_LANGUAGE]
    links = Counter(link.target for link in note_links(source))
    markers = _markers(source)
    words = note_words(source)
    for lang, note in notes.items():
        if lang == SOURCE_LANGUAGE:
            continue
        found = Counter(link.target for link in note_links(note))
        if detail := link_difference(links, found):
            problems.append(Problem(note.path, 1, f"links differ from English: {detail}"))
        if (count := _markers(note)) != markers:
            differ = [
                f"{topic} {count.get(topic, 0)} (English {markers.get(topic, 0)})"
                for topic in dict.fromkeys([*markers, *count])
                if count.get(topic, 0) != markers.get(topic, 0)
            ]
            problems.append(
                Problem(note.path, 1, f"{{tbc}} markers differ from English: {', '.join(differ)}")
            )
        if words and not LENGTH_RANGE[0] <= (ratio := note_words(note) / words) <= LENGTH_RANGE[1]:
            problems.append(
                Problem(
                    note.path,
                    1,
                    f"length is {ratio:.0%} of the English note ({note_words(note)} words against "
                    f"{words}); keep it within ±35 %",
                )
            )


def _markers(note: CountryNote) -> Counter[str]:
    """How many {tbc} markers each topic carries (topics without any are left out)."""
    return Counter({t.id: t.body.count(TBC) for t in note.topics if TBC in t.body})
