"""`interact-desktop notebook` with the passphrase on standard input."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.e2e


def notebook(basedir, action: str, stdin: str, *more: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "interact_desktop", "--basedir", str(basedir), "notebook", action,
         *more],
        input=stdin, cwd=REPO, capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


def test_init_verify_change_and_wrong_passphrase(tmp_path):
    created = notebook(tmp_path, "init", "first passphrase here\n")
    assert created.returncode == 0, created.stderr
    assert "strength" in created.stdout
    verified = notebook(tmp_path, "verify", "first passphrase here\n")
    assert verified.returncode == 0
    assert "integrity: ok" in verified.stdout and "cases: 0" in verified.stdout
    files = {p: p.read_bytes() for p in (tmp_path / "data" / "notebook").iterdir()}
    wrong = notebook(tmp_path, "verify", "not it\n")
    assert wrong.returncode == 1
    assert "does not open this notebook" in wrong.stderr and "Traceback" not in wrong.stderr
    assert {p: p.read_bytes() for p in files} == files
    changed = notebook(tmp_path, "change-passphrase", "first passphrase here\nsecond one\n")
    assert changed.returncode == 0, changed.stderr
    assert notebook(tmp_path, "verify", "second one\n").returncode == 0
    again = notebook(tmp_path, "init", "x\n")
    assert again.returncode == 1 and "already exists" in again.stderr


def fingerprint(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_ten_wrong_passphrases_in_a_row_change_no_byte(tmp_path):
    assert notebook(tmp_path, "init", "the right one\n").returncode == 0
    folder = tmp_path / "data" / "notebook"
    before = fingerprint(folder)
    for attempt in range(10):
        wrong = notebook(tmp_path, "verify", f"wrong number {attempt}\n")
        assert wrong.returncode == 1
        assert wrong.stderr.strip() == (
            "error: The passphrase does not open this notebook. Check it and try again."
        )
        assert fingerprint(folder) == before
    assert notebook(tmp_path, "verify", "the right one\n").returncode == 0


def test_backup_and_restore_from_the_command_line(tmp_path):
    assert notebook(tmp_path, "init", "backup passphrase\n").returncode == 0
    out = tmp_path / "saved.backup"
    made = notebook(tmp_path, "backup", "backup passphrase\n", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert out.exists() and "Backup written" in made.stdout
    folder = tmp_path / "data" / "notebook"
    notebook(tmp_path, "change-passphrase", "backup passphrase\nchanged since\n")
    before = fingerprint(folder)
    wrong = notebook(tmp_path, "restore", "changed since\n", str(out))
    assert wrong.returncode == 1 and "does not open this backup" in wrong.stderr
    assert "Traceback" not in wrong.stderr and fingerprint(folder) == before
    restored = notebook(tmp_path, "restore", "backup passphrase\n", str(out))
    assert restored.returncode == 0, restored.stderr
    assert "integrity: ok" in restored.stdout
    assert notebook(tmp_path, "verify", "backup passphrase\n").returncode == 0
    missing = notebook(tmp_path, "backup", "backup passphrase\n")
    assert missing.returncode == 1 and "--out" in missing.stderr
    nothing = notebook(tmp_path, "restore", "x\n", str(tmp_path / "none"))
    assert nothing.returncode == 1 and "Cannot read" in nothing.stderr
