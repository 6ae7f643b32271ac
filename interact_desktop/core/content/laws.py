"""The law register (content/laws.toml), the roles (content/roles.toml) and the edition
(content/edition.toml): parsed into the model with file:line problems, and the pattern that finds
an instrument number written in the text.

The register lets the text cite law by id (``[text](law:dir-2011-36#art-8)``) so that a reader
sees each instrument's status as of the edition date, and so that one change in the register
(a repeal, a recast) reaches every page that cites the instrument.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from interact_desktop.core.content.law_model import Edition, Law
from interact_desktop.core.content.problems import Problem
from interact_desktop.core.content.toml_lines import Path as TablePath
from interact_desktop.core.content.tools import TomlReader

LAWS_FILE = "laws.toml"
EDITION_FILE = "edition.toml"

_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
#: An EU or national instrument number as the text writes it: "2011/36/EU", "(EU) 2024/1351",
#: "No 604/2013", "2007/533/JHA", "2011/36/ΕΕ", "legge 47/2017", "ν. 4960/2022". Either side is a
#: year; "24/7" is not a number of anything, and neither is "2014/2015" (but 2018/1972 is).
INSTRUMENT_NUMBER = re.compile(
    rf"(?<![\w/.,])(?:(?P<year>{_YEAR})/(?P<number>\d{{1,4}})|(?P<serial>\d{{1,4}})/(?P<in>{_YEAR}))"
    r"(?:/[^\W\d_]{2,4})?(?![\w/])"
)


def number_key(match: re.Match[str]) -> str | None:
    """The digits that identify an instrument whatever the language ("2011/36" for 2011/36/EU
    and 2011/36/UE), or None when the match is a span of years ("2014/2015")."""
    if match.group("year") is not None:
        first, second = match.group("year"), match.group("number")
    else:
        first, second = match.group("serial"), match.group("in")
    if (
        re.fullmatch(_YEAR, first)
        and re.fullmatch(_YEAR, second)
        and 0 < int(second) - int(first) <= 10
    ):
        return None  # a span of years, not Directive 2018/1972
    return f"{first}/{second}"


def find_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of every instrument number in ``text``."""
    found = []
    for match in INSTRUMENT_NUMBER.finditer(text):
        key = number_key(match)
        if key is not None:
            found.append((match.start(), match.end(), key))
    return found


def _date(reader: TomlReader, entry: dict[str, Any], where: TablePath, key: str) -> dt.date | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        reader.report(where, key, f"'{key}' must be a date written as 2026-12-01 (no quotes)")
        return None
    return value


def _ids(reader: TomlReader, entry: dict[str, Any], where: TablePath, key: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        reader.report(where, key, f"'{key}' must be a list of law ids")
        return ()
    return tuple(value)


def parse_laws(path: Path, problems: list[Problem]) -> dict[str, Law]:
    """The register by id. Every reference between entries (replaced_by, amended_by...) must name
    an entry, and two entries must not share a number, or the text's numbers would be ambiguous."""
    reader = TomlReader(path, problems)
    if reader.data is None:
        return {}
    reader.check_keys(reader.data, (), {"law"})
    allowed = {
        "id", "number", "celex", "short", "title", "adopted", "applies_from", "repealed_by",
        "replaced_by", "repealed_on", "amended_by",
    }  # fmt: skip
    laws: dict[str, Law] = {}
    numbers: dict[str, str] = {}
    for index, entry in enumerate(reader.array(reader.data, (), "law")):
        where = ("law", index)
        reader.check_keys(entry, where, allowed)
        law_id = reader.ident(entry, where)
        number = reader.string(entry, where, "number", required=False)
        celex = reader.string(entry, where, "celex", required=False)
        if celex is not None and not re.fullmatch(r"[0-9][0-9]{4}[A-Z][0-9A-Z()]{1,12}", celex):
            reader.report(where, "celex", f"'{celex}' is not a CELEX number (e.g. 32011L0036)")
            celex = None
        short = reader.labels(entry, where, "short")
        title = reader.labels(entry, where, "title")
        dates = {key: _date(reader, entry, where, key) for key in ("adopted", "applies_from")}
        repealed_on = _date(reader, entry, where, "repealed_on")
        repealed_by = reader.ident(entry, where, "repealed_by", required=False)
        replaced_by = reader.ident(entry, where, "replaced_by", required=False)
        if repealed_on is None and (repealed_by or replaced_by):
            reader.report(where, None, "give 'repealed_on' with 'repealed_by' or 'replaced_by'")
        amended_by = _ids(reader, entry, where, "amended_by")
        if law_id is None:
            continue
        if law_id in laws:
            reader.report(where, "id", f"duplicate law id '{law_id}'")
            continue
        for _, _, key in find_numbers(number or ""):
            if key in numbers:
                reader.report(where, "number", f"number {key} is also '{numbers[key]}'")
            numbers[key] = law_id
        laws[law_id] = Law(
            law_id, number, short, title, celex, dates["adopted"], dates["applies_from"],
            repealed_by, replaced_by, repealed_on, amended_by, reader.lines.line(where, "id"),
        )  # fmt: skip
    for law in laws.values():
        for key, value in (("repealed_by", law.repealed_by), ("replaced_by", law.replaced_by)):
            if value is not None and value not in laws:
                problems.append(Problem(path, law.line, f"'{key}' names unknown law '{value}'"))
        for value in law.amended_by:
            if value not in laws:
                problems.append(
                    Problem(path, law.line, f"'amended_by' names unknown law '{value}'")
                )
    return laws


def number_index(laws: dict[str, Law]) -> dict[str, str]:
    """Which law each instrument number belongs to ("2011/36" -> "dir-2011-36")."""
    index = {}
    for law in laws.values():
        for _, _, key in find_numbers(law.number or ""):
            index[key] = law.id
    return index


def parse_edition(path: Path, problems: list[Problem]) -> Edition | None:
    reader = TomlReader(path, problems)
    if reader.data is None:
        return None
    reader.check_keys(reader.data, (), {"edition", "law_as_of"})
    edition = reader.string(reader.data, (), "edition")
    if edition is not None and not re.fullmatch(r"\d{4}-\d{2}", edition):
        reader.report(
            (), "edition", f"'edition' must be a year and month, e.g. 2026-12 ({edition})"
        )
        edition = None
    law_as_of = _date(reader, reader.data, (), "law_as_of")
    if law_as_of is None and "law_as_of" not in reader.data:
        reader.report((), None, "missing 'law_as_of' (the date the law was checked, 2026-12-01)")
    if edition is None or law_as_of is None:
        return None
    return Edition(edition, law_as_of)
