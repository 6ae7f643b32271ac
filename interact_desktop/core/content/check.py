"""Checks that span files: every text exists in every language, links resolve, languages agree.

``check_handbook`` returns the loader's problems plus these, sorted by file and line; it is what
``interact-desktop check-content`` prints and the test suite runs on the shipped content.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from interact_desktop.core.content.country_check import check_countries
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.law_checks import (
    check_numbers_in_labels,
    check_numbers_in_markdown,
    superseded_without_successor,
)
from interact_desktop.core.content.links import (
    EXTERNAL_SCHEMES,
    Link,
    find_links,
    heading_levels,
    link_difference,
)
from interact_desktop.core.content.problems import Problem
from interact_desktop.core.content.wording import check_content_wording
from interact_desktop.core.languages import ENGLISH_NAMES, LANGUAGES, SOURCE_LANGUAGE

#: The links of each section in each language: targets[lang][section_id].
Targets = dict[str, dict[str, list[Link]]]

# #art-25, #art-11-4 (Article 11(4)), #s-45 (section 45 of a UK Act), #sched-2-para-4.
_ARTICLE = re.compile(r"(?:art|s|sched|para)-\d+[a-z]?(?:-(?:para-)?\d+[a-z]?)*")


@dataclass
class LanguageCounts:
    """What one language holds, as ``check-content`` reports it."""

    sections: int = 0
    words: int = 0
    checklists: int = 0
    flowcharts: int = 0
    glossary_terms: int = 0
    scenarios: int = 0
    country_notes: int = 0
    laws_cited: int = 0


@dataclass
class Report:
    """``problems`` fail the check; ``warnings`` are printed for an editor to weigh (e.g. a page
    citing a repealed instrument without its successor) and do not fail it."""

    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, LanguageCounts] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)


def check_handbook(handbook: Handbook) -> Report:
    report = Report()
    problems = report.problems
    _check_files(handbook, problems)
    targets: Targets = {lang: {} for lang in LANGUAGES}
    for section_id in handbook.section_ids():
        for lang in LANGUAGES:
            text = handbook.text(section_id, lang)
            if text is None:
                continue
            if text.title == section_id and not text.path.read_text(encoding="utf-8").startswith(
                "#"
            ):
                problems.append(
                    Problem(text.path, 1, "the first line must be the title: '# Title'")
                )
            links = find_links(text.body, first_line=2)
            _check_links(handbook, text.path, links, problems)
            check_numbers_in_markdown(handbook, text.path, text.body, 2, problems)
            report.warnings += superseded_without_successor(handbook, text.path, links)
            targets[lang][section_id] = links
        _check_parity(handbook, section_id, targets, problems)
    check_countries(handbook, problems, _check_links)
    problems.extend(check_content_wording(handbook.root))
    check_numbers_in_labels(handbook, problems)
    report.counts = _count(handbook, targets)
    problems.extend(handbook.problems)
    report.problems = sorted(set(problems))
    report.warnings = sorted(set(report.warnings))
    return report


def _check_files(handbook: Handbook, problems: list[Problem]) -> None:
    known = set(handbook.section_ids())
    for section_id in handbook.section_ids():
        for lang in LANGUAGES:
            if not handbook.section_path(section_id, lang).exists():
                expected = handbook.section_path(section_id, lang).relative_to(handbook.root)
                problems.append(
                    Problem(
                        handbook.structure_path,
                        handbook.declared_at.get(section_id, 1),
                        f"'{section_id}' has no {ENGLISH_NAMES[lang]} text ({expected.as_posix()})",
                    )
                )
    for lang in LANGUAGES:
        for path in sorted((handbook.root / "sections" / lang).glob("*.md")):
            if path.stem not in known:
                problems.append(Problem(path, 1, f"'{path.stem}' is not in structure.toml"))
    for path in sorted((handbook.root / "sections").glob("*")):
        if path.is_dir() and path.name not in LANGUAGES:
            problems.append(Problem(path, 1, f"unknown language folder '{path.name}'"))


def _check_links(
    handbook: Handbook, path: Path, links: list[Link], problems: list[Problem]
) -> None:
    for link in links:
        scheme, ref = link.scheme, link.ref
        if link.is_image:
            if scheme != "figure":
                problems.append(
                    Problem(path, link.line, f"images use figure:NAME, not '{link.target}'")
                )
            elif not (handbook.root / "figures" / f"{ref}.svg").exists():
                problems.append(Problem(path, link.line, f"figure '{ref}' not found in figures/"))
            continue
        if scheme in EXTERNAL_SCHEMES:
            continue

        def country_exists(_ref: str, target: str = link.target) -> bool:
            return _country_exists(handbook, target)

        checks: dict[str, Callable[[str], bool]] = {
            "section": handbook.has_section,
            "checklist": handbook.checklists.__contains__,
            "flowchart": handbook.flowcharts.__contains__,
            "glossary": lambda term: handbook.glossary_term(term) is not None,
            "law": handbook.laws.__contains__,
            "laws": lambda ref: not ref or ref in handbook.laws,  # the Laws cited page
            "role": handbook.roles.__contains__,
            "country": country_exists,
        }
        exists = checks.get(scheme)
        if exists is None:
            problems.append(
                Problem(
                    path,
                    link.line,
                    f"link '{link.target}' has no known scheme "
                    "(section:, checklist:, flowchart:, glossary:, law:, laws:, role:, country:, "
                    "figure:, https:)",
                )
            )
        elif not exists(ref):
            where = {"law": " in laws.toml", "role": " in roles.toml"}.get(scheme, "")
            problems.append(Problem(path, link.line, f"broken link: no {scheme} '{ref}'{where}"))
        elif scheme == "law" and not _ARTICLE.fullmatch(link.target.partition("#")[2] or "art-1"):
            message = f"'{link.target}': an article is written #art-25, a section of an Act #s-45"
            problems.append(Problem(path, link.line, message))


def _country_exists(handbook: Handbook, target: str) -> bool:
    """``country:gr`` or ``country:gr#missing``: a country in countries.toml, and its topic."""
    country, _, topic = target.split(":", 1)[1].partition("#")
    catalogue = handbook.countries
    return country in catalogue.countries and (not topic or catalogue.topic(topic) is not None)


def _check_parity(
    handbook: Handbook, section_id: str, targets: Targets, problems: list[Problem]
) -> None:
    """Each translation links to the same places and has the same headings as English."""
    source = handbook.text(section_id, SOURCE_LANGUAGE)
    if source is None:
        return
    expected = Counter(link.target for link in targets[SOURCE_LANGUAGE].get(section_id, []))
    levels = heading_levels(source.body)
    for lang in LANGUAGES[1:]:
        text = handbook.text(section_id, lang)
        if text is None:
            continue
        found = Counter(link.target for link in targets[lang].get(section_id, []))
        if detail := link_difference(expected, found):
            problems.append(Problem(text.path, 1, f"links differ from English: {detail}"))
        if heading_levels(text.body) != levels:
            problems.append(
                Problem(text.path, 1, f"headings differ from English (levels {levels})")
            )


def _count(handbook: Handbook, targets: Targets) -> dict[str, LanguageCounts]:
    counts: dict[str, LanguageCounts] = {}
    for lang in LANGUAGES:
        cited = {
            link.ref
            for links in targets[lang].values()
            for link in links
            if link.scheme == "law" and link.ref in handbook.laws
        }
        texts = [handbook.text(s, lang) for s in handbook.section_ids()]
        present = [t for t in texts if t is not None]
        counts[lang] = LanguageCounts(
            sections=len(present),
            words=sum(len(t.title.split()) + len(t.body.split()) for t in present),
            checklists=sum(1 for c in handbook.checklists.values() if lang in c.title),
            flowcharts=sum(1 for f in handbook.flowcharts.values() if lang in f.title),
            glossary_terms=sum(1 for t in handbook.glossary if lang in t.term),
            scenarios=sum(1 for s in handbook.scenarios.values() if lang in s.title),
            country_notes=sum(
                1 for c in handbook.countries.countries if handbook.countries.note(c, lang)
            ),
            laws_cited=len(cited),
        )
    return counts
