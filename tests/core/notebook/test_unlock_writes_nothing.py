"""L4: a failed unlock never writes to disk, even when a crash left a write-ahead log behind."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest

from interact_desktop.core.notebook.database import DATABASE
from interact_desktop.core.notebook.errors import WrongPassphrase
from interact_desktop.core.notebook.keys import HEADER
from interact_desktop.core.notebook.store import Notebook
from tests.conftest import REPO
from tests.helpers.notebook_store import PASSPHRASE

CRASH = """
import os, sys
from pathlib import Path
from interact_desktop.core.notebook.store import Notebook
book = Notebook.open(Path(sys.argv[1]), sys.argv[2])
case = book.cases.add("Written just before the crash")
for number in range(20):
    book.notes.add(case, f"Committed note {number}")
os._exit(0)  # no lock, no checkpoint: the log stays beside the database
"""


def fingerprint(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def crashed_notebook(folder) -> None:
    Notebook.create(folder, PASSPHRASE).lock()
    subprocess.run(
        [sys.executable, "-c", CRASH, str(folder), PASSPHRASE], cwd=REPO, check=True, timeout=60
    )
    assert (folder / f"{DATABASE}-wal").stat().st_size > 0


@pytest.mark.parametrize("legacy", [False, True], ids=["key-check", "header-without-check"])
def test_wrong_passphrases_leave_a_crashed_notebook_byte_for_byte(tmp_path, legacy):
    folder = tmp_path / "nb"
    crashed_notebook(folder)
    if legacy:  # a header written before it recorded a key check: the database must tell
        header = json.loads((folder / HEADER).read_text())
        header["current"].pop("check", None)
        (folder / HEADER).write_text(json.dumps(header))
    before = fingerprint(folder)
    for attempt in range(3):
        with pytest.raises(WrongPassphrase):
            Notebook.open(folder, f"wrong {attempt}")
        assert fingerprint(folder) == before, attempt
    book = Notebook.open(folder, PASSPHRASE)  # the log is read back: nothing was lost
    assert len(book.notes.of_case(1)) == 20
    assert book.lock() is None
