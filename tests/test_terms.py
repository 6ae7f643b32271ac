"""The UI catalogues follow the term base and French typography, and menus keep their accelerators
apart; each rule is also shown failing on a small sample catalogue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from interact_desktop.core.content.terms import load_terms
from interact_desktop.core.content.wording import catalogue_lines, check_catalogue
from interact_desktop.core.languages import LANGUAGES
from tests.conftest import REPO
from tests.test_translations import messages, translations_of

TRANSLATIONS = REPO / "translations"
TERMS = load_terms(REPO / "content" / "terms.toml")
#: Entries of one menu, by (context, source): their accelerators must differ in every language.
MENUS = {
    "menu bar": [
        ("MainWindow", "&File"), ("MainWindow", "&View"), ("MainWindow", "&Go"),
        ("MainWindow", "&Bookmarks"), ("MainWindow", "&Help"),
        ("NotebookFeature", "&Notebook"),
    ],
    "File": [
        ("ChecklistsFeature", "Saved &checklists"), ("ExportFeature", "&Print…"),
        ("MainWindow", "&Quit"), ("NotebookFeature", "Open &hand-over packet…"),
    ],
    "Go": [("ExercisesFeature", "Table-top &exercises…"), ("ContactsFeature", "Your &contacts…")],
    "Help": [
        ("HelpController", "&Getting started"), ("HelpController", "&Keyboard shortcuts"),
        ("HelpController", "Content &problems"), ("HelpController", "&About INTERACT Desktop"),
    ],
}  # fmt: skip

SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../interact_desktop/ui/unlock.py" line="12"/>
      <source>Passphrase?</source>
      <translation>{text}</translation>
    </message>
  </context>
</TS>
"""


def sample(tmp_path: Path, lang: str, text: str) -> Path:
    path = tmp_path / f"interact_{lang}.ts"
    path.write_text(SAMPLE.format(lang=lang, text=text), encoding="utf-8")
    return path


def found(path: Path, lang: str) -> list[str]:
    return [p.format(relative_to=path.parent) for p in check_catalogue(path, lang, TERMS)]


@pytest.mark.parametrize("code", LANGUAGES[1:])
def test_catalogue_uses_the_term_base_and_the_typography(code):
    path = TRANSLATIONS / f"interact_{code}.ts"
    assert found(path, code) == []


def test_rejected_variant_in_a_catalogue_is_reported_with_line_and_preferred_term(tmp_path):
    path = sample(tmp_path, "nl", "Voer uw wachtzin in")
    assert found(path, "nl") == [
        "interact_nl.ts:9: 'wachtzin' is a rejected nl variant of 'passphrase': use "
        "'wachtwoordzin' (not a Dutch word; the usual term is wachtwoordzin)"
    ]


def test_accelerators_and_terms_binding_only_the_content_are_not_reported(tmp_path):
    """``Wacht&zin`` is the word wachtzin; ``terugkeergesprek`` binds the UI too, ``brandmuur``
    only the content."""
    assert found(sample(tmp_path, "nl", "Wacht&amp;zin"), "nl") != []
    assert found(sample(tmp_path, "nl", "Het terugkeergesprek"), "nl") != []
    assert found(sample(tmp_path, "nl", "De brandmuur"), "nl") == []


def test_a_plain_space_before_a_question_mark_in_the_french_catalogue_is_an_error(tmp_path):
    path = sample(tmp_path, "fr", "Phrase secrète ?")
    assert found(path, "fr") == [
        "interact_fr.ts:9: plain space before '?': French needs a no-break space here "
        "(U+202F or U+00A0)"
    ]
    assert found(sample(tmp_path, "fr", "Phrase secrète\u202f?"), "fr") == []


@pytest.mark.parametrize(("code", "apostrophe"), [("fr", "’"), ("it", "'")])
def test_catalogue_writes_one_apostrophe(code, apostrophe):
    """French sets the curly ’, Italian the straight ': one of them, never both, so neither looks
    like a typing slip."""
    other = "'" if apostrophe == "’" else "’"
    mixed = [
        line
        for line, text in catalogue_lines(TRANSLATIONS / f"interact_{code}.ts")
        if other in text
    ]
    assert mixed == []


#: English key names that each language writes in its own words in a shortcut hint.
ENGLISH_KEYS = {
    "nl": r"\b(Left|Right|Space)\b",
    "fr": r"\b(Left|Right|Space|Backspace|Escape|Page Up|Page Down)\b",
    "el": r"\b(Left|Right|Plus|Minus)\b",
    "it": r"\b(Left|Right|Space|Plus|Minus|Page Up|Page Down|Enter)\b",
}


@pytest.mark.parametrize("code", LANGUAGES[1:])
def test_key_names_are_written_in_the_users_language(code):
    pattern = re.compile(ENGLISH_KEYS[code])
    english = [
        f"{line}: {text}"
        for line, text in catalogue_lines(TRANSLATIONS / f"interact_{code}.ts")
        if pattern.search(text)
    ]
    assert english == []


def test_an_english_key_name_in_a_translation_is_caught(tmp_path):
    path = sample(tmp_path, "it", "Torna indietro (Alt+Left)")
    assert re.search(ENGLISH_KEYS["it"], catalogue_lines(path)[0][1])


@pytest.mark.parametrize("code", LANGUAGES)
def test_entries_of_one_menu_have_different_accelerators(code):
    found_messages = messages(TRANSLATIONS / f"interact_{code}.ts")
    clashes = []
    for menu, entries in MENUS.items():
        keys: dict[str, str] = {}
        for context, source in entries:
            message = found_messages.get((context, source))
            if message is None:
                if code != "en":  # English holds plurals only; elsewhere a stale entry
                    clashes.append(f"{menu}: no message {source!r} in context {context}")
                continue
            text = translations_of(message)[0]
            match = re.search(r"&(?!&)(\w)", text)
            if match is None:
                clashes.append(f"{menu}: {text!r} has no accelerator")
                continue
            key = match.group(1).casefold()
            if key in keys:
                clashes.append(f"{menu}: {text!r} and {keys[key]!r} share {key!r}")
            keys[key] = text
    assert clashes == []
