"""L6: once the notebook is locked, no copy of its key is left in the process's memory.

The whole memory of a process that unlocked, wrote, backed up, changed the passphrase and locked
is searched for the keys, as hexadecimal text (what SQLCipher's ``PRAGMA key`` would have been
given) and as raw bytes. Only Linux lets a process read another's memory this simply.

What Python cannot guarantee, and this test does not look for: the passphrase itself arrives as
an immutable ``str`` and stays in freed memory until it is reused.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from interact_desktop.core.notebook.keys import Header, derive_key
from interact_desktop.core.notebook.store import Notebook
from tests.conftest import REPO

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/mem").exists(), reason="reads another process's memory through /proc"
)

FIRST, SECOND = "first passphrase for memory", "second passphrase for memory"

SESSION = """
import sys
from pathlib import Path
from interact_desktop.core.notebook.backup import backup
from interact_desktop.core.notebook.store import Notebook
folder = Path(sys.argv[1])
book = Notebook.open(folder, sys.stdin.readline().rstrip("\\n"))
case = book.cases.add("Case in memory")
for number in range(50):
    book.notes.add(case, f"Note {number}")
backup(book, folder.parent / "copy.backup")
book.change_passphrase(sys.stdin.readline().rstrip("\\n"))
book.notes.add(case, "After the change")
assert book.lock() is None
print("locked", flush=True)
sys.stdin.readline()
"""


SPECIAL = ("[vvar]", "[vsyscall]", "[vvar_vclock]")  # kernel pages that cannot be read


def memory_of(pid: int) -> bytes:
    """Every readable region of the process's memory, concatenated."""
    regions = []
    maps = Path(f"/proc/{pid}/maps").read_text().splitlines()
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as memory:
        for line in maps:
            span, perms = line.split()[:2]
            if not perms.startswith("r") or line.endswith(SPECIAL):
                continue
            start, end = (int(part, 16) for part in span.split("-"))
            try:
                memory.seek(start)
                regions.append(memory.read(end - start))
            except (OSError, OverflowError, ValueError):
                continue
    return b"".join(regions)


def test_no_copy_of_the_key_is_left_in_memory_after_lock(tmp_path):
    folder = tmp_path / "nb"
    Notebook.create(folder, FIRST).lock()
    first = Header.read(folder).current
    session = subprocess.Popen(
        [sys.executable, "-c", SESSION, str(folder)],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert session.stdin is not None and session.stdout is not None
    try:
        session.stdin.write(f"{FIRST}\n{SECOND}\n")
        session.stdin.flush()
        assert session.stdout.readline() == "locked\n"
        dump = memory_of(session.pid)
    finally:
        session.stdin.close()
        session.wait(timeout=60)
        session.stdout.close()
    assert len(dump) > 1_000_000
    assert b"Case in memory" in dump or b"Note 49" in dump  # the search works on this dump
    keys = [derive_key(FIRST, first), derive_key(SECOND, Header.read(folder).current)]
    for number, key in enumerate(keys):
        text = key.hex().encode("ascii")
        found = {
            "hex": len(re.findall(re.escape(text), dump, re.IGNORECASE)),
            "raw": dump.count(bytes(key)),
        }
        assert found == {"hex": 0, "raw": 0}, (number, found)
