"""`interact-desktop export` and `export-checklist` as a script would run them."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from tests.helpers.process import run_app

pytestmark = pytest.mark.e2e


def test_export_a_section_in_greek(tmp_path):
    out = tmp_path / "s.pdf"
    result = run_app("--basedir", str(tmp_path), "export", "--lang", "el",
                     "--section", "response-hotline", "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert "116 000" in reader.pages[0].extract_text()
    assert reader.metadata.title


def test_author_comes_from_settings(tmp_path):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.ini").write_text("[General]\nauthor=Maria K.\n", "utf-8")
    out = tmp_path / "c.pdf"
    result = run_app("--basedir", str(tmp_path), "export", "--section", "about", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert PdfReader(out).metadata.author == "Maria K."


def test_checklist_list_and_bilingual_export_with_answers(tmp_path):
    listing = run_app("export-checklist", "--list")
    assert listing.returncode == 0
    ids = [line.split("\t")[0] for line in listing.stdout.splitlines()]
    assert "missing-first-hours" in ids and len(ids) >= 8
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"template": "missing-first-hours",
                                   "answers": {"premises-searched": "no"}}), "utf-8")  # fmt: skip
    out = tmp_path / "bi.pdf"
    result = run_app("export-checklist", "missing-first-hours", "--lang", "el", "--second-lang",
                     "it", "--answers", str(answers), "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "☒ Όχι / No" in PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize(
    "args, message",
    [
        (["export", "--out", "x.pdf"], "one of the arguments"),
        (["export", "--all", "--section", "about", "--out", "x.pdf"], "not allowed"),
        (["export", "--section", "nope", "--out", "OUT"], "no section 'nope'"),
        (["export", "--all", "--out", "/no/such/dir/x.pdf"], "folder does not exist"),
        (["export", "--all", "--out", "x.txt"], "must end in .pdf"),
        (["export-checklist", "nope", "--out", "OUT"], "no checklist 'nope'"),
        (["export-checklist", "missing-first-hours", "--answers", "ANSWERS", "--out", "OUT"],
         "expected one of yes, no, unknown"),
    ],
)  # fmt: skip
def test_user_errors_exit_1_with_a_clear_message(tmp_path, args, message):
    answers = tmp_path / "bad.json"
    answers.write_text('{"template": "missing-first-hours", "answers": {"premises-searched": 3}}')
    args = [str(tmp_path / "o.pdf") if a == "OUT" else str(answers) if a == "ANSWERS" else a
            for a in args]  # fmt: skip
    result = run_app("--basedir", str(tmp_path), *args, cwd=tmp_path)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
