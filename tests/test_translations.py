"""The UI catalogues are complete: every message translated, placeholders kept, none missing."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from interact_desktop.core.languages import LANGUAGES
from tests.conftest import REPO

TRANSLATIONS = REPO / "translations"
PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
SOURCES = sorted((REPO / "interact_desktop").rglob("*.py"))


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    found = {}
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


CATALOGUES = [f"interact_{code}.ts" for code in LANGUAGES] + [
    f"qtbase_{code}.ts" for code in LANGUAGES[1:]
]


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_message_is_finished_with_the_same_placeholders(name):
    problems = []
    for (context, source), message in messages(TRANSLATIONS / name).items():
        state = message.find("translation").get("type")
        texts = translations_of(message)
        if state is not None or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is {state or 'empty'}")
            continue
        expected = sorted(PLACEHOLDER.findall(source))
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != expected:
                problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
    assert problems == []


def test_catalogues_hold_exactly_the_messages_of_the_code(tmp_path):
    """lupdate over today's code must find no message the catalogues lack, and none extra."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(__import__("PySide6").__file__).parent / "lupdate"
    subprocess.run([str(lupdate), "-silent", *map(str, SOURCES), "-ts", str(fresh)], check=True)
    expected = set(messages(fresh))
    assert expected, "lupdate found no messages at all"
    for code in LANGUAGES[1:]:
        have = set(messages(TRANSLATIONS / f"interact_{code}.ts"))
        assert sorted(expected - have) == [], f"{code}: missing"
        assert sorted(have - expected) == [], f"{code}: no longer in the code"
    plurals = {key for key, message in messages(fresh).items() if message.get("numerus")}
    assert set(messages(TRANSLATIONS / "interact_en.ts")) == plurals, "en: plural forms"
