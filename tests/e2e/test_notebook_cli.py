"""`interact-desktop notebook` with the passphrase on standard input."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.e2e


def notebook(basedir, action: str, stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "interact_desktop", "--basedir", str(basedir), "notebook", action],
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
