"""The modules on the way to the first paint leave the ``Qt`` namespace alone: importing it from
PySide6.QtCore builds all of its enums at once (about 20 ms of start-up, a fifth of the budget)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

PROBE = """
import json, sys
import interact_desktop.app as app
paint = app.after_first_paint
def record(*args):
    print(json.dumps(sorted(sys.modules)), flush=True)
    paint(*args)
app.after_first_paint = record
from interact_desktop.cli import main
main(["--basedir", sys.argv[1], *sys.argv[2:], "--report-startup"])
"""
OPEN_SECTION = ("--open", "response-first-hours")
LATE = ("tomllib", "interact_desktop.core.content.tools", "interact_desktop.core.contacts")


def modules_at_first_paint(basedir: Path, options: tuple[str, ...] = OPEN_SECTION) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(basedir), *options],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[0])


def test_no_module_before_the_first_paint_imports_qt_at_module_level(tmp_path):
    loaded = modules_at_first_paint(tmp_path)
    offenders = [
        f"{path.relative_to(REPO)}:{line}"
        for path in map(source_of, filter(lambda m: m.startswith("interact_desktop"), loaded))
        for line in module_level_qt_imports(path)
    ]
    assert offenders == []


def test_the_first_paint_reads_no_toml_and_no_user_directory(tmp_path):
    """The sections come from the start-up cache; the checklists, flowcharts, country notes and
    contacts (TOML and JSON files) are read after the first paint."""
    modules_at_first_paint(tmp_path)  # the first start writes the cache
    loaded = modules_at_first_paint(tmp_path)
    assert [m for m in loaded if m.startswith(LATE)] == []


def test_the_start_page_lists_checklists_and_flowcharts_read_before_only_after_it(tmp_path):
    """The start page names the recent pages and offers the checklists: their titles come from
    the tool files, which are parsed once the page is on screen."""
    modules_at_first_paint(tmp_path, ())  # the first start writes the cache and the settings
    settings = tmp_path / "config" / "settings.ini"
    history = "checklist:missing-first-hours|flowchart:child-missing|section:response-hotline"
    text = settings.read_text(encoding="utf-8").replace("[General]", "[General]\n"
        f"lastPlace=checklist:missing-first-hours\nrecentPlaces={history}", 1)  # fmt: skip
    settings.write_text(text, encoding="utf-8")
    loaded = modules_at_first_paint(tmp_path, ())
    assert "interact_desktop.ui.home.home_page" in loaded  # it did open on the start page
    assert [m for m in loaded if m.startswith(LATE)] == []


def source_of(module: str) -> Path:
    path = REPO.joinpath(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def module_level_qt_imports(path: Path) -> list[int]:
    """Lines of ``from PySide6.QtCore import ..., Qt`` run when the module is imported."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        and node.module == "PySide6.QtCore"
        and any(alias.name == "Qt" for alias in node.names)
    ]


def test_the_check_sees_a_module_level_qt_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import (\n    QObject,\n    Qt,\n)\n\n"
        "def later():\n    from PySide6.QtCore import Qt\n",
        encoding="utf-8",
    )
    assert module_level_qt_imports(sample) == [1]
