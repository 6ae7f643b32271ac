"""`interact-desktop export-slides` as a script would run it."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.helpers.process import run_app

pytestmark = pytest.mark.e2e


def test_a_section_in_greek_as_slides(tmp_path):
    out = tmp_path / "s.pdf"
    result = run_app("--basedir", str(tmp_path), "export-slides", "--lang", "el",
                     "--section", "response-first-hours", "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    reader = PdfReader(out)
    first = reader.pages[0]
    assert float(first.mediabox.width) / float(first.mediabox.height) == pytest.approx(16 / 9)
    assert "Οι πρώτες ώρες" in first.extract_text()
    assert reader.metadata.title == "Οι πρώτες ώρες"


def test_a_flowchart_as_slides(tmp_path):
    out = tmp_path / "f.pdf"
    result = run_app("export-slides", "--flowchart", "child-found", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).pages) > 2


@pytest.mark.parametrize(
    "args, message",
    [
        (["export-slides", "--out", "x.pdf"], "one of the arguments"),
        (["export-slides", "--all", "--chapter", "risk", "--out", "x.pdf"], "not allowed"),
        (["export-slides", "--section", "nope", "--out", "OUT"], "no section 'nope'"),
        (["export-slides", "--chapter", "nope", "--out", "OUT"], "no chapter 'nope'"),
        (["export-slides", "--flowchart", "nope", "--out", "OUT"], "no flowchart 'nope'"),
        (["export-slides", "--lang", "de", "--all", "--out", "OUT"], "unknown language 'de'"),
        (["export-slides", "--all", "--out", "/no/such/dir/x.pdf"], "folder does not exist"),
        (["export-slides", "--all", "--out", "x.txt"], "must end in .pdf"),
    ],
)
def test_user_errors_exit_1_with_a_clear_message(tmp_path, args, message):
    args = [str(tmp_path / "o.pdf") if a == "OUT" else a for a in args]
    result = run_app("--basedir", str(tmp_path), *args, cwd=tmp_path)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o.pdf").exists()
