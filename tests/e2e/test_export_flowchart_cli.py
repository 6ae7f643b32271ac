"""`interact-desktop export-flowchart` as a script would run it."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from tests.helpers.process import run_app

pytestmark = pytest.mark.e2e


def test_list_gives_one_id_and_title_per_line():
    result = run_app("export-flowchart", "--list", "--lang", "el")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [row[0] for row in rows] == sorted(
        ["border-crossing", "child-found", "child-missing", "prevention-pathway"]
    )
    assert dict(rows)["child-missing"] == "Ένα παιδί εξαφανίζεται: οι πρώτες 24 ώρες"


def test_export_in_greek(tmp_path):
    out = tmp_path / "chart.pdf"
    result = run_app("--basedir", str(tmp_path), "export-flowchart", "border-crossing",
                     "--lang", "el", "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    text = re.sub(r"\s+", " ", PdfReader(out).pages[0].extract_text())
    assert "Βρέθηκε το παιδί;" in text
    assert "Γραφείο SIRENE" in text


@pytest.mark.parametrize(
    "args, message",
    [
        (["export-flowchart", "nope", "--out", "OUT"], "no flowchart 'nope'"),
        (["export-flowchart", "child-found"], "give a flowchart id and --out"),
        (["export-flowchart", "child-found", "--out", "x.txt"], "must end in .pdf"),
        (["export-flowchart", "child-found", "--lang", "de", "--out", "OUT"], "unknown language"),
    ],
)
def test_user_errors_exit_1_with_a_clear_message(tmp_path, args, message):
    args = [str(tmp_path / "o.pdf") if a == "OUT" else a for a in args]
    result = run_app("--basedir", str(tmp_path), *args, cwd=tmp_path)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o.pdf").exists()
