"""`interact-desktop contacts` as an administrator or a script would run it."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.e2e

TEAM = """BEGIN:VCARD\r
VERSION:4.0\r
UID:urn:uuid:11111111-2222-4333-8444-555555555555\r
FN:Ελένη Παπαδοπούλου\r
ORG:Αστυνομικό Τμήμα Ομονοίας\r
CATEGORIES:police-emergency,missing-persons-unit\r
TEL;VALUE=text;TYPE=work,voice:+30 210 000 0001\r
NOTE:Μιλά αγγλικά.\r
X-INTERACT-HOURS:24/7\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:Joëlle van 't Hooft\r
ORG:Nidos\r
CATEGORIES:guardianship-authority\r
TEL;TYPE=CELL:+31 6 0000 0006\r
EMAIL:j@example.nl\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:4.0\r
FN:Françoise Lefèvre\r
ORG:Aide sociale à l'enfance\r
CATEGORIES:child-protection-service\r
END:VCARD\r
"""


def contacts(basedir, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "interact_desktop", "--basedir", str(basedir), "contacts", *args],
        input=stdin, cwd=basedir, capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


@pytest.fixture
def team(tmp_path):
    path = tmp_path / "team.vcf"
    path.write_text(TEAM, encoding="utf-8")
    return path


def directory_file(basedir):
    return basedir / "data" / "contacts" / "contacts.json"


def test_import_asks_then_lists_exports_and_prints_the_sheet(tmp_path, team):
    declined = contacts(tmp_path, "import", str(team), stdin="n\n")
    assert declined.returncode == 0, declined.stderr
    assert "New entries: 3" in declined.stdout
    assert "Nothing was changed" in declined.stderr
    assert not directory_file(tmp_path).exists()

    accepted = contacts(tmp_path, "import", str(team), stdin="y\n")
    assert accepted.returncode == 0, accepted.stderr
    assert "Imported: 3 new, 0 changed." in accepted.stdout
    mode = stat.S_IMODE(directory_file(tmp_path).stat().st_mode)
    assert os.name != "posix" or mode == 0o600

    listing = contacts(tmp_path, "list", "--lang", "el")
    assert listing.returncode == 0, listing.stderr
    assert "Αρχή επιτροπείας [guardianship-authority]" in listing.stdout
    assert "Joëlle van 't Hooft (Nidos)" in listing.stdout

    out = tmp_path / "export.vcf"
    exported = contacts(tmp_path, "export", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 3 and "VERSION:4.0" in text
    assert "FN:Françoise Lefèvre" in text

    sheet = tmp_path / "sheet.pdf"
    printed = contacts(tmp_path, "sheet", "--lang", "nl", "--out", str(sheet))
    assert printed.returncode == 0, printed.stderr
    reader = PdfReader(sheet)
    assert len(reader.pages) == 1
    words = re.sub(r"\s+", " ", reader.pages[0].extract_text().replace("\u00a0", " "))
    assert "Wie te bellen" in words
    assert "Ελένη Παπαδοπούλου" in words and "Joëlle van 't Hooft" in words


def test_a_changed_entry_is_shown_field_by_field_and_applied_with_yes(tmp_path, team):
    assert contacts(tmp_path, "import", str(team), "--yes").returncode == 0
    changed = tmp_path / "changed.vcf"
    changed.write_text(TEAM.replace("X-INTERACT-HOURS:24/7", "X-INTERACT-HOURS:08-20"), "utf-8")
    result = contacts(tmp_path, "import", str(changed), "--yes")
    assert result.returncode == 0, result.stderr
    assert "Changed entries: 1" in result.stdout
    assert "hours: 24/7 -> 08-20" in result.stdout
    assert "Unchanged entries: 2" in result.stdout
    assert '"hours": "08-20"' in directory_file(tmp_path).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN;broken\r\nEND:VCARD\r\n", "not a valid vCard file"),
        (TEAM.replace("END:VCARD\r\n", "", 1).encode(), "not a valid vCard file"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"", "no vCard in the file"),
        (TEAM.replace("+31 6 0000 0006", "ring ring").encode(), "is not a phone number"),
    ],
)
def test_a_malformed_file_exits_1_and_leaves_the_directory_byte_identical(
    tmp_path, team, content, message
):
    assert contacts(tmp_path, "import", str(team), "--yes").returncode == 0
    before = directory_file(tmp_path).read_bytes()
    bad = tmp_path / "bad.vcf"
    bad.write_bytes(content)
    result = contacts(tmp_path, "import", str(bad), "--yes")
    assert result.returncode == 1
    assert message in result.stderr
    assert "directory is unchanged" in result.stderr
    assert "Traceback" not in result.stderr
    assert directory_file(tmp_path).read_bytes() == before
    assert sorted(p.name for p in directory_file(tmp_path).parent.iterdir()) == ["contacts.json"]


def test_a_damaged_directory_is_reported_and_kept(tmp_path, team):
    directory_file(tmp_path).parent.mkdir(parents=True)
    directory_file(tmp_path).write_bytes(b'{"format": "interact-desktop contacts", "ver')
    for args in (["list"], ["import", str(team), "--yes"]):
        result = contacts(tmp_path, *args)
        assert result.returncode == 1
        assert "damaged at line 1" in result.stderr
        assert "Traceback" not in result.stderr
    assert directory_file(tmp_path).read_bytes().endswith(b'"ver')


@pytest.mark.parametrize(
    "args, message",
    [
        (["import"], "import needs the FILE.vcf"),
        (["import", "missing.vcf"], "no such file"),
        (["export"], "export needs --out"),
        (["export", "--out", "x.txt"], "must end in .vcf"),
        (["export", "--out", "x.vcf"], "no contacts in the directory"),
        (["sheet", "--out", "x.txt"], "must end in .pdf"),
        (["sheet", "--lang", "de", "--out", "x.pdf"], "unknown language"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_user_errors_exit_1_with_a_clear_message(tmp_path, args, message):
    result = contacts(tmp_path, *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.vcf").exists()
