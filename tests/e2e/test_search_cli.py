"""`interact-desktop search` as a script would run it."""

from __future__ import annotations

import pytest

from tests.helpers.process import run_app

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def basedir(tmp_path_factory):
    return tmp_path_factory.mktemp("search-cli")


def test_prints_place_title_and_marked_snippet(basedir):
    result = run_app("--basedir", str(basedir), "search", "--lang", "el", "επιτροπος")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    place, _title = first.split("\t", 1)
    assert place.startswith(("section:", "glossary:", "checklist:", "flowchart:"))
    assert "[" in result.stdout and "]" in result.stdout


def test_all_languages_and_kind(basedir):
    result = run_app("--basedir", str(basedir), "search", "--lang", "all", "--kind", "glossary",
                     "voogd")  # fmt: skip
    assert result.returncode == 0
    lines = [line for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert lines and all(line.startswith("[nl] glossary:") for line in lines)


def test_no_hits_is_still_success_and_says_so(basedir):
    result = run_app("--basedir", str(basedir), "search", "qqqqzzzz")
    assert result.returncode == 0
    assert "No results." in result.stdout


def test_misspelling_gets_a_suggestion(basedir):
    result = run_app("--basedir", str(basedir), "search", "gaurdian")
    assert result.returncode == 0
    assert "guardian" in result.stdout.splitlines()[0]


USAGE_ERRORS = [
    ["search"],
    ["search", "--lang", "xx", "a"],
    ["search", "--kind", "video", "a"],
    ["search", "  "],
]


@pytest.mark.parametrize("args", USAGE_ERRORS)
def test_usage_errors_exit_1_without_traceback(basedir, args):
    result = run_app("--basedir", str(basedir), *args)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
