"""A session writes a canary in Greek and Latin letters into a case, a note, a checklist (moved in
from a JSON draft, and saved), the timeline, and a case report exported outside the data folders
and then deleted. Afterwards no file under the data, cache, config or temporary folders holds it
in any encoding, nor in the folded or stemmed form the search uses."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.helpers.canary import CANARY, assert_in_no_file

pytestmark = pytest.mark.e2e


SESSION = """
import sys
from pathlib import Path
from interact_desktop import paths
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.export.case_report_pdf import export_case_report
from interact_desktop.core.forms.answers import FilledChecklist
from interact_desktop.core.forms.drafts import JsonDraftStore
from interact_desktop.core.notebook.checklists import NotebookDraftStore
from interact_desktop.core.notebook.store import Notebook

base, outside, canary = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
user = paths.UserPaths.for_basedir(base).ensure()
handbook = load_handbook(paths.content_dir())
answers = {"description": canary, "last-seen-place": canary}
draft = FilledChecklist("missing-first-hours", 1, answers, "2026-11-25T10:00", "2026-11-25T10:01")
JsonDraftStore(user.data / "drafts").save("before", draft)  # written before the notebook existed

book = Notebook.create(user.data / "notebook", "a passphrase for the canary")
case = book.cases.add(canary, "el", canary, roles=canary, purpose=canary)
book.cases.update(case, reference=f"{canary} 2")
note = book.notes.add(case, f"Met {canary} at the station.", "el")
book.notes.update(note, f"Met {canary} at the harbour.", "el")
store = NotebookDraftStore(book, case, "el")
assert store.move_json_drafts(user.data / "drafts") == 1
draft.finalised = "2026-11-25T11:00"
store.save("after", draft)
book.timeline.add(case, "manual", f"Call from {canary}", lang="el")
assert book.search.find(canary.split()[0], "el")
report = outside / "report.pdf"
export_case_report(book, handbook, case, report, "el", recipient=canary)
report.unlink()
book.lock()
print("done")
"""


def test_no_trace_of_case_data_in_any_file(tmp_path):
    base, outside, temporary = tmp_path / "base", tmp_path / "outside", tmp_path / "tmp"
    for folder in (outside, temporary):
        folder.mkdir()
    env = {**os.environ, "TMPDIR": str(temporary), "TEMP": str(temporary), "TMP": str(temporary)}
    result = subprocess.run(
        [sys.executable, "-c", SESSION, str(base), str(outside), CANARY],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0 and "done" in result.stdout, result.stderr
    files = [p for folder in (base, temporary, outside) for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "notebook.db" for p in files)
    assert not list((base / "data" / "drafts").glob("*.json")), "the JSON draft was removed"
    assert_in_no_file(CANARY, files)
