"""``interact-desktop check-content``: content problems as file:line, then counts per language."""

from __future__ import annotations

import sys
from pathlib import Path

from interact_desktop import paths
from interact_desktop.core.content.check import check_handbook
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.languages import ENGLISH_NAMES, LANGUAGES


def run_check(content: Path | None) -> int:
    root = (content or paths.content_dir()).resolve()
    if not root.is_dir():
        print(f"error: content folder not found: {root}", file=sys.stderr)
        return 1
    report = check_handbook(load_handbook(root))
    for problem in report.problems:
        print(problem.format(relative_to=root.parent), file=sys.stderr)
    for warning in report.warnings:
        print("warning: " + warning.format(relative_to=root.parent), file=sys.stderr)
    print(
        f"{'language':<10} {'sections':>8} {'words':>7} {'checklists':>10} "
        f"{'flowcharts':>10} {'glossary':>8} {'scenarios':>9} {'countries':>9} "
        f"{'laws cited':>10}"
    )
    for lang in LANGUAGES:
        c = report.counts[lang]
        print(
            f"{lang + ' ' + ENGLISH_NAMES[lang]:<10.10} {c.sections:>8} {c.words:>7} "
            f"{c.checklists:>10} {c.flowcharts:>10} {c.glossary_terms:>8} {c.scenarios:>9} "
            f"{c.country_notes:>9} {c.laws_cited:>10}"
        )
    if report.warnings:
        print(f"{len(report.warnings)} warning(s), not failing", file=sys.stderr)
    if report.problems:
        print(f"{len(report.problems)} problem(s) found", file=sys.stderr)
        return 1
    print("content OK")
    return 0
