"""The checks that keep the text's law tied to the register (content/laws.toml).

- An instrument number in a section's prose must be the text of a ``law:`` link, so the reader
  can see the instrument's status; a number inside the link must be that instrument's own.
- Labels in TOML files are plain text (the screen escapes them, so they cannot hold a link): a
  number there must be one the register knows, and the screen links it (see ``law_page``).
- A warning, not a failure: a page citing an instrument repealed before the edition's "law as of"
  date without also citing what replaced it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.laws import find_numbers, number_index
from interact_desktop.core.content.links import Link
from interact_desktop.core.content.problems import Problem

# A Markdown inline link with its text: [text](target "title").
_LINK = re.compile(r"(!?)\[((?:[^\]\\]|\\.)*)\]\(\s*([^)\s]+)(?:\s+\"[^\"]*\")?\s*\)")
_FENCE = re.compile(r"^\s*(```|~~~)")
# Links whose text names a page of the guide (its title may carry a number), not an instrument.
_PAGE_SCHEMES = ("section:", "checklist:", "flowchart:", "figure:")


def _suggest(handbook: Handbook, key: str, index: dict[str, str]) -> str:
    law_id = index.get(key)
    if law_id is None:
        return "; no instrument with this number in laws.toml (add it, then link it)"
    return f"; link it: [...](law:{law_id})"


def check_numbers_in_markdown(
    handbook: Handbook, path: Path, body: str, first_line: int, problems: list[Problem]
) -> None:
    """Every instrument number in ``body`` is the text of a law link to that instrument."""
    index = number_index(handbook.laws)
    in_fence = False
    for offset, line in enumerate(body.splitlines()):
        number = first_line + offset
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        masked = line
        for match in _LINK.finditer(line):
            text, target = match.group(2), match.group(3)
            if target.startswith("law:"):
                law_id = target[4:].split("#", 1)[0]
                for _, _, key in find_numbers(text):
                    if law_id in handbook.laws and index.get(key) != law_id:
                        problems.append(
                            Problem(
                                path,
                                number,
                                f"'{key}' in the text of a link to law:{law_id} is not its number",
                            )
                        )
                start, end = match.span()
            elif target.startswith(_PAGE_SCHEMES):
                start, end = match.span()
            else:
                start, end = match.start(3), match.end(3)
            masked = masked[:start] + " " * (end - start) + masked[end:]
        for start, end, key in find_numbers(masked):
            written = masked[start:end]
            problems.append(
                Problem(
                    path,
                    number,
                    f"instrument number '{written}' without a law link"
                    + _suggest(handbook, key, index),
                )
            )


def check_numbers_in_labels(handbook: Handbook, problems: list[Problem]) -> None:
    """Numbers in the labels of glossary, checklists, flowcharts and scenarios are in the register
    (the screen turns them into law links, which needs the register to know them)."""
    from interact_desktop.core.content.tools import TomlReader

    index = number_index(handbook.laws)
    root = handbook.root
    files = [root / "glossary.toml"]
    for folder in ("checklists", "flowcharts", "scenarios"):
        files += sorted((root / folder).glob("*.toml"))
    for path in files:
        if not path.exists():
            continue
        reader = TomlReader(path, [])  # the loader already reported what cannot be read
        if reader.data is None:
            continue
        for where, key, text in _labels(reader.data, ()):
            for start, end, found in find_numbers(text):
                if found not in index:
                    line = reader.lines.line(where, key)
                    problems.append(
                        Problem(
                            path,
                            line,
                            f"instrument number '{text[start:end]}' is not in laws.toml "
                            "(add it there; labels are plain text and get their link from it)",
                        )
                    )


def _labels(table: dict[str, Any], where: tuple) -> list[tuple[tuple, str, str]]:
    """(table path, dotted key, text) of every per-language text under ``table``."""
    found = []
    for key, value in table.items():
        if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            found += [(where, f"{key}.{lang}", text) for lang, text in value.items()]
        elif isinstance(value, dict):
            found += _labels(value, (*where, key))
        elif isinstance(value, list):
            for position, item in enumerate(value):
                if isinstance(item, dict):
                    found += _labels(item, (*where, key, position))
    return found


def superseded_without_successor(
    handbook: Handbook, path: Path, links: list[Link]
) -> list[Problem]:
    """Warnings for instruments repealed before the edition's "law as of" date whose successor the
    page does not also cite: a reader acting on the old law alone may act on rules that are gone."""
    edition = handbook.edition
    if edition is None:
        return []
    cited = {link.ref for link in links if link.scheme == "law"}
    warnings = []
    seen: set[str] = set()
    for link in links:
        law = handbook.laws.get(link.ref) if link.scheme == "law" else None
        if law is None or law.id in seen or law.status(edition.law_as_of) != "repealed":
            continue
        if law.repealed_on is None:  # not reached: "repealed" means a repeal date is set
            continue
        seen.add(law.id)
        successor = law.successor
        if successor is not None and successor not in cited:
            warnings.append(
                Problem(
                    path,
                    link.line,
                    f"cites {law.id}, repealed on {law.repealed_on.isoformat()}, "
                    f"without its successor: add a link to law:{successor}",
                )
            )
    return warnings
