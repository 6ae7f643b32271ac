"""The export commands and the search index build on a full disk, on a read-only medium, and
with answers files that are not answers: a clear message, exit code 1, no traceback, and the PDF
that was there before kept whole.

The disks are real: small tmpfs mounts, which need root (CI runs the tests as root).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from interact_desktop import paths
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.exercises.run import ExerciseRun
from interact_desktop.core.exercises.store import ExerciseStore
from tests.helpers.process import run_app

pytestmark = pytest.mark.e2e

RUN_ID = "RUN_ID"
EXPORTS = {
    "export": ["export", "--chapter", "response", "--out"],
    "export-checklist": ["export-checklist", "missing-first-hours", "--out"],
    "export-flowchart": ["export-flowchart", "child-missing", "--out"],
    "export-slides": ["export-slides", "--section", "about", "--out"],
    "exercise debrief": ["exercise", "debrief", RUN_ID, "--out"],
    "contacts sheet": ["contacts", "sheet", "--lang", "el", "--out"],
}


@pytest.fixture
def user(tmp_path) -> tuple[Path, str]:
    """User data on a sound disk, with one exercise run to make a debrief of: (basedir, run id)."""
    base = tmp_path / "base"
    scenario = load_handbook(paths.content_dir()).scenarios["qiro"]
    run = ExerciseRun.start(scenario, "en", dt.datetime(2026, 11, 25, 9, 30).astimezone())
    ExerciseStore(paths.UserPaths.for_basedir(base).exercises_dir).save(run)
    return base, run.id


def export(command: str, user: tuple[Path, str], target: Path) -> subprocess.CompletedProcess:
    basedir, run_id = user
    args = [run_id if arg == RUN_ID else arg for arg in EXPORTS[command]]
    return run_app("--basedir", str(basedir), *args, str(target))


def _mount(point: Path, options: str) -> None:
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], check=True)


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """A 2 MB file system of its own, unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; CI runs the tests as root")
    point = tmp_path / "disk"
    point.mkdir()
    _mount(point, "size=2m,mode=0755")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=True)


def fill(disk: Path) -> None:
    """Write until the file system refuses: every block is taken."""
    with open(disk / "filler", "wb", buffering=0) as stream:
        chunk = b"\0" * 65536
        try:
            while True:
                stream.write(chunk)
        except OSError:
            pass
        while True:  # the last blocks, smaller than a chunk
            try:
                stream.write(b"\0" * 512)
            except OSError:
                break


def make_read_only(disk: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)


def good_pdf(target: Path) -> bytes:
    """A small PDF already at the target, smaller than any export: a writer that truncates it
    first has room to start the new one, and runs out of space half-way."""
    canvas = Canvas(str(target))
    canvas.drawString(72, 720, "The report sent yesterday")
    canvas.save()
    return target.read_bytes()


def assert_clear_failure(result: subprocess.CompletedProcess, start: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.splitlines()[-1].startswith(f"error: {start}"), result.stderr


@pytest.mark.parametrize("command", EXPORTS)
def test_an_export_to_a_full_disk_says_so_and_keeps_the_pdf_there(small_disk, user, command):
    target = small_disk / "export.pdf"
    before = good_pdf(target)
    fill(small_disk)
    result = export(command, user, target)
    assert_clear_failure(result, f"disk full: there is no space left to write {target}")
    assert "export.pdf as it was before is kept" in result.stderr
    assert target.read_bytes() == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["export.pdf", "filler"]


@pytest.mark.parametrize("command", EXPORTS)
def test_an_export_to_a_read_only_medium_says_so(small_disk, user, command):
    target = small_disk / "export.pdf"
    before = good_pdf(target)
    make_read_only(small_disk)
    result = export(command, user, target)
    assert_clear_failure(result, f"read-only: {small_disk} is on a read-only medium")
    assert target.read_bytes() == before


def test_the_search_index_on_a_read_only_medium(small_disk):
    make_read_only(small_disk)
    result = run_app("--basedir", str(small_disk), "search", "guardian")
    assert_clear_failure(result, "read-only: the search index cannot be built")
    assert "writable disk" in result.stderr and "free some space" not in result.stderr.lower()


def test_the_search_index_on_a_full_disk(small_disk):
    # Room for the folders, not for the index (several megabytes).
    result = run_app("--basedir", str(small_disk), "search", "guardian")
    assert_clear_failure(result, "disk full: the search index cannot be built")
    assert "free some space" in result.stderr.lower()
    # Nothing half-built is left to be taken for an index later.
    assert not list((small_disk / "cache" / "search").glob("*"))


@pytest.mark.parametrize(
    "answers, message",
    [
        ({"sis-alert": ["issued"]}, "sis-alert: expected one of"),
        ({"sis-alert": {"issued": True}}, "sis-alert: expected one of"),
        ({"premises-searched": ["yes"]}, "premises-searched: expected one of yes, no, unknown"),
        ({"risk-indicators": [{"debt": 1}]}, "risk-indicators: expected a list of"),
    ],
)
def test_answers_of_the_wrong_shape_are_named(tmp_path, answers, message):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"template": "missing-first-hours", "answers": answers}), "utf-8")
    out = tmp_path / "filled.pdf"
    result = run_app("--basedir", str(tmp_path), "export-checklist", "missing-first-hours",
                     "--answers", str(path), "--out", str(out))  # fmt: skip
    assert_clear_failure(result, f"{path}: {message}")
    assert not out.exists()


@pytest.mark.parametrize(
    "content, message",
    [
        (b'{"template": "missing-first-hours", "answers": {"x": ' + b"[" * 100_000 + b"]" * 100_000
         + b"}}", "nested too deeply"),
        ('{"template": "missing-first-hours", "answers": {"description": "café"}}'.encode(
            "latin-1"), "not UTF-8 text: byte 68 (line 1)"),
        (b"\xff\xfe{}", "not UTF-8 text: byte 1"),
    ],
)  # fmt: skip
def test_answers_files_that_cannot_be_read_are_named(tmp_path, content, message):
    path = tmp_path / "answers.json"
    path.write_bytes(content)
    result = run_app("--basedir", str(tmp_path), "export-checklist", "missing-first-hours",
                     "--answers", str(path), "--out", str(tmp_path / "x.pdf"))  # fmt: skip
    assert_clear_failure(result, f"{path}: {message}")
