"""The term base (``content/terms.toml``): one preferred term per concept and language.

A reader who meets two words for one thing in a guide for urgent work wonders whether they are two
things. The term base names the preferred term of each concept in each language and the variants
that were used for it and are rejected, with the reason. ``check-content`` reports a rejected
variant in the content; the catalogue test reports one in the UI's translations.

A rejected variant is written as one or more patterns. Matching ignores case and accents (Greek
moves its accent when a word inflects: αποπλάνηση, αποπλανήσεις), starts at the beginning of a word,
and ends at the end of a word unless the pattern word ends in ``*``, which takes any ending
(``terugkeergesprek*`` matches terugkeergesprekken). Spaces between pattern words match any run of
spaces. ``allow`` patterns mark places where the same words are right (``segnalazione SIS``): a hit
inside an allowed phrase is not reported.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interact_desktop.core.content.problems import Problem
from interact_desktop.core.content.toml_lines import Path as TablePath
from interact_desktop.core.content.toml_lines import TomlLines
from interact_desktop.core.languages import LANGUAGES

TERMS_FILE = "terms.toml"
BINDS = ("content", "ui", "both")
#: Markdown link targets and inline code are ids and syntax, not prose.
_NOT_PROSE = re.compile(r"\]\([^)\s]*\)|`[^`]*`")


class _FoldTable(dict):
    """``str.translate`` table filled on first sight of each character: lower case, no accents,
    always one character for one (so offsets in the folded text are offsets in the original)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        parts = unicodedata.normalize("NFD", char)
        bare = "".join(c for c in parts if not unicodedata.combining(c)).casefold()
        value = bare if len(bare) == 1 else (char.lower()[:1] or char)
        self[code] = value
        return value


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower case without accents, one character for each character of ``text`` (offsets hold)."""
    return text.translate(_FOLD)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """A regular expression over folded text for one pattern of the term base."""
    parts = []
    for word in fold(pattern).split():
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word) + r"(?!\w)")
    return re.compile(r"(?<!\w)" + r"\s+".join(parts))


@dataclass(frozen=True)
class Rejected:
    """A variant that must not be used for the concept in one language."""

    lang: str
    patterns: tuple[str, ...]
    reason: str
    binds: str
    allow: tuple[str, ...] = ()
    _compiled: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    _allowed: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    _needles: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def find(self, text: str, folded: str | None = None) -> list[tuple[int, str]]:
        """Each (offset, matched text) of this variant in ``text``, outside allowed phrases.
        ``folded`` is ``fold(text)`` when the caller has it already."""
        if folded is None:
            folded = fold(text)
        if not any(needle in folded for needle in self._needles):
            return []
        spans = {m.span() for pattern in self._compiled for m in pattern.finditer(folded)}
        if spans and self._allowed:
            free = [m.span() for a in self._allowed for m in a.finditer(folded)]
            spans = {(s, e) for s, e in spans if not any(a <= s and e <= b for a, b in free)}
        return sorted((start, text[start:end]) for start, end in spans)


@dataclass(frozen=True)
class Term:
    id: str
    binds: str
    preferred: dict[str, str]
    rejected: tuple[Rejected, ...]
    national: dict[str, str]
    line: int


@dataclass
class TermBase:
    terms: tuple[Term, ...] = ()
    problems: list[Problem] = field(default_factory=list)

    def rejected_for(self, lang: str, scope: str) -> list[tuple[Term, Rejected]]:
        """The rejected variants of ``lang`` that bind ``scope`` ("content" or "ui")."""
        return [
            (term, rejected)
            for term in self.terms
            for rejected in term.rejected
            if rejected.lang == lang and rejected.binds in (scope, "both")
        ]


def load_terms(path: Path) -> TermBase:
    """Read the term base; problems in it are reported, never raised (no file: no terms)."""
    base = TermBase()
    if not path.exists():
        return base
    text = path.read_text(encoding="utf-8")
    lines = TomlLines(text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        base.problems.append(
            Problem(path, getattr(error, "lineno", 1) or 1, f"malformed TOML: {error}")
        )
        return base
    terms = []
    seen: set[str] = set()
    for index, entry in enumerate(data.get("term", [])):
        where = ("term", index)
        line = lines.line(where)

        def report(message: str, key: str | None = None, at: TablePath = where) -> None:
            base.problems.append(Problem(path, lines.line(at, key), message))

        term_id = entry.get("id")
        if not isinstance(term_id, str) or not term_id or term_id in seen:
            report(f"term needs a unique 'id' (got {term_id!r})", "id")
            continue
        seen.add(term_id)
        binds = entry.get("binds")
        if binds not in BINDS:
            report(f"'binds' must be one of {', '.join(BINDS)}", "binds")
            continue
        preferred = entry.get("preferred", {})
        missing = [lang for lang in LANGUAGES if not preferred.get(lang)]
        if missing:
            report(f"term '{term_id}' has no preferred term in {', '.join(missing)}")
        rejected = []
        for number, item in enumerate(entry.get("rejected", [])):
            at: TablePath = (*where, "rejected", number)

            def report_item(message: str, key: str, at: TablePath = at) -> None:
                report(message, key, at)

            made = _rejected(item, binds, report_item)
            if made is not None:
                rejected.append(made)
        national = {k: v for k, v in entry.get("national", {}).items() if isinstance(v, str)}
        terms.append(Term(term_id, binds, dict(preferred), tuple(rejected), national, line))
    base.terms = tuple(terms)
    return base


def _rejected(
    item: dict[str, Any], binds: str, report: Callable[[str, str], None]
) -> Rejected | None:
    lang, text, reason = item.get("lang"), item.get("text"), item.get("reason")
    if lang not in LANGUAGES:
        report(f"rejected variant has unknown lang {lang!r}", "lang")
        return None
    patterns = (text,) if isinstance(text, str) else tuple(text or ())
    if not patterns or not all(isinstance(p, str) and p.strip() for p in patterns):
        report("rejected variant needs 'text' (a pattern or a list of patterns)", "text")
        return None
    if not isinstance(reason, str) or not reason.strip():
        report("rejected variant needs a 'reason'", "reason")
        return None
    own = item.get("binds", binds)
    if own not in BINDS:
        report(f"'binds' must be one of {', '.join(BINDS)}", "binds")
        return None
    allow = tuple(item.get("allow", ()))
    return Rejected(
        lang, patterns, reason, own, allow,
        tuple(compile_pattern(p) for p in patterns),
        tuple(compile_pattern(p) for p in allow),
        tuple(fold(p).split()[0].rstrip("*") for p in patterns),
    )  # fmt: skip


def prose(line: str) -> str:
    """``line`` with link targets and inline code blanked, offsets unchanged."""
    return _NOT_PROSE.sub(lambda m: _blank_target(m.group(0)), line)


def _blank_target(found: str) -> str:
    if found.startswith("]("):
        return "](" + " " * (len(found) - 3) + ")"
    return " " * len(found)


def scan_lines(
    path: Path, lines: list[tuple[int, str]], lang: str, base: TermBase, scope: str
) -> list[Problem]:
    """Problems for each rejected variant of ``lang`` in the numbered ``lines``.

    A variant's expressions run only on lines that contain the literal start of one of its
    patterns (a plain substring test), which keeps the whole content under a second.
    """
    checks = base.rejected_for(lang, scope)
    needles = {needle for _, rejected in checks for needle in rejected._needles}
    problems = []
    for number, line in lines:
        text = prose(line)
        folded = fold(text)
        present = {needle for needle in needles if needle in folded}
        if not present:
            continue
        for term, rejected in checks:
            if present.isdisjoint(rejected._needles):
                continue
            for _, found in rejected.find(text, folded):
                preferred = term.preferred.get(lang, "?")
                problems.append(
                    Problem(
                        path,
                        number,
                        f"'{found}' is a rejected {lang} variant of '{term.id}': "
                        f"use '{preferred}' ({rejected.reason})",
                    )
                )
    return problems
