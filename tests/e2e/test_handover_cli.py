"""Two installations, each with its own data folder, pass a case across a border with the
command line: A, in Greek, hands a case over to B, in Italian, sealed to B's key or to a one-time
passphrase; B imports it. Then: what B's case holds, what each register says, that a canary
written into A's case is in no file but the encrypted stores and the packet, and that a damaged,
cut, foreign-key or wrong-passphrase packet is refused with its own message, nothing changed."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.helpers.canary import CANARY, assert_in_no_file

pytestmark = pytest.mark.e2e

PASS_A, PASS_B = "passphrase of sender A", "passphrase of recipient B"
REFERENCE = "ΑΘ-17"

#: A's case, filled where the command line has no command for it (a checklist, the timeline).
FILL_A = """
import sys
from pathlib import Path
from interact_desktop.core.forms.answers import FilledChecklist
from interact_desktop.core.notebook.checklists import NotebookDraftStore
from interact_desktop.core.notebook.store import Notebook

folder, passphrase, canary = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
book = Notebook.open(folder, passphrase)
[(case, _, _)] = book.cases.summaries()
answers = {"countries": "Ελλάδα → Ιταλία", "reason": "found-abroad", "best-interests": "yes",
           "counterpart": f"Επίτροπος στο Μιλάνο {canary}"}
filled = FilledChecklist("cross-border-handover", 1, answers, "2026-12-01T10:00:00",
                         "2026-12-02T10:00:00", "2026-12-02T10:00:00")
NotebookDraftStore(book, case, "el").save("handover1", filled)
book.timeline.add(case, "manual", f"Τελευταία φορά στον σταθμό {canary}", "2026-12-01T09:00:00",
                  "el")
book.lock()
"""

#: What a notebook holds, read back: the case (B's report in Italian as text) and the register.
READ = """
import json, sys
from pathlib import Path
from pypdf import PdfReader
from interact_desktop import paths
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.export.case_report_pdf import CaseReport
from interact_desktop.core.notebook.dossier import gather
from interact_desktop.core.notebook.store import Notebook

folder, passphrase, report = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
book = Notebook.open(folder, passphrase)
out = {"cases": [], "register": []}
for case_id, reference, _ in book.cases.summaries():
    CaseReport(load_handbook(paths.content_dir())).write(gather(book, case_id), report, "it")
    pages = PdfReader(report).pages
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in pages)
    report.unlink()
    out["cases"].append({"reference": reference, "report": text,
                         "timeline": book.timeline.lines(case_id)})
    out["register"] += [[r.what, r.recipient] for r in book.register.entries(case_id)]
book.lock()
print(json.dumps(out, ensure_ascii=False))
"""


class Installation:
    def __init__(self, base: Path, passphrase: str, env: dict[str, str]) -> None:
        self.base, self.passphrase, self.env = base, passphrase, env

    @property
    def notebook(self) -> Path:
        return self.base / "data" / "notebook"

    def run(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "interact_desktop", "--basedir", str(self.base), *args],
            input=stdin, cwd=REPO, capture_output=True, text=True, timeout=120, env=self.env,
        )  # fmt: skip

    def ok(self, *args: str, stdin: str = "") -> str:
        result = self.run(*args, stdin=stdin)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        return result.stdout

    def script(self, code: str, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", code, str(self.notebook), self.passphrase, *args],
            cwd=REPO, capture_output=True, text=True, timeout=120, env=self.env,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout

    def read(self, scratch: Path) -> dict:
        return json.loads(self.script(READ, str(scratch / "read.pdf")))

    def fingerprint(self) -> dict[str, str]:
        return {
            str(p.relative_to(self.base)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(self.base.rglob("*"))
            if p.is_file()
        }


@pytest.fixture
def world(tmp_path):
    """A (Greek, with a case) and B (Italian, with its key), a temporary folder for both, and a
    folder outside both for the packet and the PDF."""
    temporary, outside = tmp_path / "tmp", tmp_path / "outside"
    for folder in (temporary, outside):
        folder.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temporary),
           "TEMP": str(temporary), "TMP": str(temporary)}  # fmt: skip
    a = Installation(tmp_path / "a", PASS_A, env)
    b = Installation(tmp_path / "b", PASS_B, env)
    a.ok("notebook", "init", stdin=f"{PASS_A}\n{PASS_A}\n")
    b.ok("notebook", "init", stdin=f"{PASS_B}\n{PASS_B}\n")
    a.ok("--lang", "el", "notebook", "new-case", REFERENCE, stdin=f"{PASS_A}\n")
    note = f"Μιλά λίγα ιταλικά.\nΣημείωση για {CANARY}\n"
    a.ok("--lang", "el", "notebook", "add-note", REFERENCE, stdin=f"{PASS_A}\n{note}")
    a.script(FILL_A, CANARY)
    return a, b, outside, temporary


def export(a: Installation, outside: Path, *sealing: str, pdf: bool = False) -> str:
    more = ["--pdf", str(outside / "handover.pdf")] if pdf else []
    return a.ok(
        "handover", "export", REFERENCE, "--lang", "el", "--second-lang", "it", *sealing,
        "--out", str(outside / "case.interact-handover"), "--sender", "Ελένη Παπαδοπούλου",
        "--organisation", "Κέντρο Φιλοξενίας", "--country", "Ελλάδα", "--recipient",
        "Giulia Rossi, Milano", "--purpose", "Συνέχεια της προστασίας", "--legal-basis",
        "public-task", "--notes", *more, stdin=f"{PASS_A}\n",
    )  # fmt: skip


def check_received(a: Installation, b: Installation, outside: Path) -> None:
    """B's case in Italian: Italian labels, the Greek answers and entries as written; both
    registers record the hand-over."""
    [case] = b.read(outside)["cases"]
    report = case["report"]
    assert "Passaggio di consegne a un omologo in un altro paese" in report  # checklist title
    assert "Paese che trasferisce il caso e paese che lo riceve" in report  # a question
    assert "Il minore è stato ritrovato in un altro paese" in report  # a choice, in Italian
    assert "Ελλάδα → Ιταλία" in report  # the Greek answer as written
    texts = [text for _, _, text in case["timeline"]]
    assert f"Τελευταία φορά στον σταθμό {CANARY}" in texts
    assert "received from Ελένη Παπαδοπούλου (Κέντρο Φιλοξενίας, Ελλάδα)" in texts
    assert case["reference"].startswith("hand-over ")  # A's reference stayed with A
    assert b.read(outside)["register"] == [
        ["hand-over received: case.interact-handover",
         "Ελένη Παπαδοπούλου (Κέντρο Φιλοξενίας, Ελλάδα)"],
    ]  # fmt: skip
    assert ["hand-over sent: case.interact-handover", "Giulia Rossi, Milano"] in a.read(outside)[
        "register"
    ]


def test_a_greek_case_goes_to_an_italian_colleague_sealed_to_her_key(world):
    a, b, outside, temporary = world
    key = b.ok("handover", "key", stdin=f"{PASS_B}\n").strip()
    assert key.startswith("age1")
    assert b.ok("handover", "key").strip() == key  # from the file beside the notebook
    printed = export(a, outside, "--to-key", key, pdf=True)
    assert "written to" in printed and "passphrase" not in printed.lower()
    pdf = outside / "handover.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    pdf.unlink()  # a plaintext export, outside the data folders: the canary is not checked there
    imported = b.ok("--lang", "it", "handover", "import", str(outside / "case.interact-handover"),
                    stdin=f"{PASS_B}\n")  # fmt: skip
    assert "From: Ελένη Παπαδοπούλου" in imported
    assert "esecuzione di un compito di interesse pubblico" in imported  # the basis, in Italian
    check_received(a, b, outside)
    files = [p for folder in (a.base, b.base, temporary, outside) for p in folder.rglob("*")
             if p.is_file()]  # fmt: skip
    assert any(p.name == "case.interact-handover" for p in files)
    assert sum(p.name == "notebook.db" for p in files) == 2
    assert_in_no_file(CANARY, files)


def test_the_same_with_a_one_time_passphrase(world):
    a, b, outside, temporary = world
    printed = export(a, outside, "--passphrase")
    words = printed.strip().splitlines()[-1].split()
    assert len(words) == 7
    b.ok("handover", "import", str(outside / "case.interact-handover"),
         stdin=f"{PASS_B}\n{' '.join(words)}\n")  # fmt: skip
    check_received(a, b, outside)
    files = [p for folder in (a.base, b.base, temporary, outside) for p in folder.rglob("*")
             if p.is_file()]  # fmt: skip
    assert_in_no_file(CANARY, files)


def refused(b: Installation, packet: Path, stdin: str, message: str) -> None:
    before = b.fingerprint()
    result = b.run("handover", "import", str(packet), stdin=stdin)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert "Nothing was imported." in result.stderr
    assert b.fingerprint() == before


def test_damaged_cut_foreign_and_wrong_packets_are_refused_each_with_its_message(world, tmp_path):
    a, b, outside, _ = world
    key = b.ok("handover", "key", stdin=f"{PASS_B}\n").strip()
    export(a, outside, "--to-key", key)
    packet = outside / "case.interact-handover"
    sealed = packet.read_bytes()

    flipped = outside / "flipped.interact-handover"
    data = bytearray(sealed)
    data[len(data) // 2] ^= 0x08
    flipped.write_bytes(bytes(data))
    refused(b, flipped, f"{PASS_B}\n", "has been altered or damaged")

    cut = outside / "cut.interact-handover"
    cut.write_bytes(sealed[: len(sealed) - 100])
    refused(b, cut, f"{PASS_B}\n", "is incomplete")

    c = Installation(tmp_path / "c", "passphrase of C", b.env)
    c.ok("notebook", "init", stdin="passphrase of C\npassphrase of C\n")
    export(a, outside, "--to-key", c.ok("handover", "key", stdin="passphrase of C\n").strip())
    refused(b, packet, f"{PASS_B}\n", "sealed to another hand-over key")

    export(a, outside, "--passphrase")
    refused(b, packet, f"{PASS_B}\nnot the words that were printed\n",
            "one-time passphrase does not open")  # fmt: skip

    assert b.read(outside)["cases"] == []
    sender = a.read(outside)
    assert [case["reference"] for case in sender["cases"]] == [REFERENCE]
    assert [what for what, _ in sender["register"]] == [
        "hand-over sent: case.interact-handover"
    ] * 3
