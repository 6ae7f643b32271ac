"""`interact-desktop handover` refuses what is missing or mistyped before it asks for any
passphrase, and says what a file is when it is no packet."""

from __future__ import annotations

import io

import pytest

from interact_desktop.cli import main


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    def run(*args: str, typed: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(typed))
        status = main(["--basedir", str(tmp_path), "handover", *args])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return status, out, err

    return run


def test_export_names_everything_missing_at_once(run):
    status, _, err = run("export", "R-1", "--out", "x.interact-handover")
    assert status == 1
    assert err.strip() == (
        "error: handover export needs --second-lang CODE, --purpose TEXT, --legal-basis ID, "
        "--to-key KEY or --passphrase"
    )


def test_a_mistyped_key_or_an_untyped_basis_is_refused_first(run):
    common = ["export", "R-1", "--out", "x", "--second-lang", "it", "--purpose", "care"]
    status, _, err = run(*common, "--legal-basis", "consent", "--to-key", "age1qqqq")
    assert status == 1 and "typing error" in err
    status, _, err = run(*common, "--legal-basis", "other", "--passphrase")
    assert status == 1 and "needs --legal-basis-text" in err


def test_key_and_import_without_a_notebook_say_how_to_make_one(run, tmp_path):
    status, _, err = run("key")
    assert status == 1 and "notebook init" in err
    foreign = tmp_path / "note.txt"
    foreign.write_text("Σημείωση", encoding="utf-8")
    status, _, err = run("import", str(foreign))
    assert status == 1 and "notebook init" in err


def test_a_foreign_file_is_refused_before_the_passphrase_is_asked(run, tmp_path):
    from interact_desktop.core.notebook.store import Notebook

    Notebook.create(tmp_path / "data" / "notebook", "a passphrase").lock()
    foreign = tmp_path / "note.pdf"
    foreign.write_bytes(b"%PDF-1.7 not a packet")
    status, _, err = run("import", str(foreign))  # nothing on standard input
    assert status == 1
    assert err.strip() == "error: This file is not a hand-over packet. Nothing was imported."
