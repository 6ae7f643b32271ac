"""Wording checks over the content and the UI catalogues: the term base and French typography.

Both read text line by line in a known language and report ``file:line``: Markdown files by the
language folder they sit in, TOML files by the language of each ``key.<lang> = "..."`` line, a Qt
catalogue by its language and only inside its ``<translation>`` elements (the English sources and
the code locations are not the translator's text).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from interact_desktop.core.content.problems import Problem
from interact_desktop.core.content.terms import TERMS_FILE, TermBase, load_terms, scan_lines
from interact_desktop.core.content.typography import plain_spaces
from interact_desktop.core.languages import LANGUAGES

#: ``label.fr = "..."`` or, in a table per label, ``fr = "..."``: the language is the last part of
#: the key; the text follows the ``=``.
_TOML_TEXT = re.compile(r"^\s*(?:[A-Za-z0-9_\-]+\.)*(" + "|".join(LANGUAGES) + r")\s*=\s*")
_TOML_FOLDERS = ("checklists", "flowcharts", "scenarios")
_MARKDOWN_FOLDERS = ("sections", "countries")
_TRANSLATION = re.compile(
    r"<(translation|numerusform)\b[^>]*>(.*?)(?=</(?:translation|numerusform)>)", re.S
)
_TAG = re.compile(r"<[^>]*>")
TYPOGRAPHY_MESSAGE = "plain space {where}: French needs a no-break space here (U+202F or U+00A0)"


def content_lines(root: Path) -> Iterator[tuple[Path, str, list[tuple[int, str]]]]:
    """Each content file with the numbered lines written in each language (prose only)."""
    for folder in _MARKDOWN_FOLDERS:
        for lang in LANGUAGES:
            for path in sorted((root / folder / lang).glob("*.md")):
                text = path.read_text(encoding="utf-8").splitlines()
                yield path, lang, list(enumerate(text, start=1))
    tomls = [p for p in sorted(root.glob("*.toml")) if p.name not in (TERMS_FILE, "structure.toml")]
    for folder in _TOML_FOLDERS:
        tomls.extend(sorted((root / folder).glob("*.toml")))
    for path in tomls:
        by_lang: dict[str, list[tuple[int, str]]] = {lang: [] for lang in LANGUAGES}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if match := _TOML_TEXT.match(line):
                by_lang[match.group(1)].append((number, " " * match.end() + line[match.end() :]))
        for lang, lines in by_lang.items():
            if lines:
                yield path, lang, lines


def catalogue_lines(path: Path) -> list[tuple[int, str]]:
    """The translated texts of a Qt ``.ts`` catalogue, line by line, XML entities resolved and
    accelerator ampersands removed (``Blad&wijzers`` is the word ``Bladwijzers``)."""
    text = path.read_text(encoding="utf-8")
    found = []
    for match in _TRANSLATION.finditer(text):
        first = text.count("\n", 0, match.start(2)) + 1
        for offset, line in enumerate(match.group(2).split("\n")):
            plain = html.unescape(_TAG.sub("", line))
            plain = plain.replace("&&", "\0").replace("&", "").replace("\0", "&")
            if plain.strip():
                found.append((first + offset, plain))
    return found


def typography_problems(path: Path, lines: list[tuple[int, str]]) -> list[Problem]:
    """French spacing problems in the numbered lines of ``path``."""
    problems = []
    for number, line in lines:
        for offset in plain_spaces(line):
            after_quote = line[offset - 1 : offset] == "«"
            where = "after «" if after_quote else f"before '{line[offset + 1]}'"
            problems.append(Problem(path, number, TYPOGRAPHY_MESSAGE.format(where=where)))
    return problems


def check_content_wording(root: Path, base: TermBase | None = None) -> list[Problem]:
    """Rejected variants of terms binding content, and French typography, in the content."""
    if base is None:
        base = load_terms(root / TERMS_FILE)
    problems = list(base.problems)
    for path, lang, lines in content_lines(root):
        problems.extend(scan_lines(path, lines, lang, base, "content"))
        if lang == "fr":
            problems.extend(typography_problems(path, lines))
    return problems


def check_catalogue(path: Path, lang: str, base: TermBase) -> list[Problem]:
    """Rejected variants of terms binding the UI, and French typography, in a catalogue."""
    lines = catalogue_lines(path)
    problems = scan_lines(path, lines, lang, base, "ui")
    if lang == "fr":
        problems.extend(typography_problems(path, lines))
    return problems
