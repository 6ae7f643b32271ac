"""No phone-like number in shipped content except 112 and 116 000 (issue 13).

A number printed in the guide goes stale and cannot be corrected on the user's machine; the user's
own numbers belong in the contacts directory, shown where the text links a role.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from interact_desktop.core.content.phone_numbers import find_phone_like
from tests.conftest import REPO

CONTENT = REPO / "content"


def shipped_text(path: Path) -> str:
    """What a reader can see in a file: all of a Markdown or TOML file, the words of a figure."""
    if path.suffix == ".svg":
        tree = ET.parse(path)
        return "\n".join("".join(e.itertext()) for e in tree.iter() if e.tag.endswith("text"))
    return path.read_text(encoding="utf-8")


def test_shipped_content_has_no_phone_numbers_but_112_and_116_000():
    files = sorted(p for p in CONTENT.rglob("*") if p.suffix in (".md", ".toml", ".svg"))
    assert CONTENT / "countries.toml" in files and CONTENT / "roles.toml" in files
    found = [
        f"{path.relative_to(REPO).as_posix()}:{hit.line}: {hit.text}"
        for path in files
        for hit in find_phone_like(shipped_text(path))
    ]
    assert found == []


@pytest.mark.parametrize(
    "text",
    ["Call +30 210 1234567 at night", "Tél. 01 40 20 30 40.", "free on 0800 123 456",
     "numero verde 800 290 290", "(020) 123 4567", "020-1234567", "+32 2 555 55 55",
     "the line 116 111", "1234567"],
)  # fmt: skip
def test_phone_numbers_are_found(text):
    assert find_phone_like(text), text


@pytest.mark.parametrize(
    "text",
    ["call 112 or 116 000", "116000", "116\u00a0000", "Regulation (EU) 2024/1351",
     "ΚΥΑ 9889/2020", "Law 4960/2022", "DPCM 234/2016", "CELEX 32011L0036", "art. 74-1 CPP",
     "L. 221-2-4 CASF", "checked on 2026-12-07", "le 7.12.2026", "at 14:30", "30 000 enfants",
     "30,000 children", "1 000 000", "loi n° 2016-297 du 14 mars 2016", "2014-2017", "2014–2017",
     "OJ L 180, 29.6.2013, p. 31", "COM(2017) 211", "section 5.2.1", "1 in 4 and 1 in 6",
     "https://eur-lex.europa.eu/eli/reg/2024/1351/oj"],
)  # fmt: skip
def test_laws_dates_and_counts_are_not_phone_numbers(text):
    assert find_phone_like(text) == []
