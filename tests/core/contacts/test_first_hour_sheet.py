import datetime as dt
import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from interact_desktop import paths
from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.first_hour import NAMED_IN_STEPS, first_hour_steps
from interact_desktop.core.contacts.model import Contact, Phone
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.roles import load_roles
from interact_desktop.core.export.first_hour_pdf import FirstHourSheet


@pytest.fixture(scope="module")
def handbook():
    return load_handbook(paths.content_dir())


@pytest.fixture(scope="module")
def sheet(handbook):
    roles, problems = load_roles(paths.content_dir())
    assert problems == []
    return FirstHourSheet(handbook, roles)


def _text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def test_steps_come_from_the_first_hours_section(handbook):
    steps = first_hour_steps(handbook, "el")
    assert len(steps.steps) == 5
    assert steps.title == handbook.title("response-first-hours", "el")
    # The roles linked in the steps, in order, between 112 and the 116 000 line.
    body = handbook.text("response-first-hours", "el").body
    listed = body[body.index("\n1. ") : body.index("\n\n", body.index("\n1. ") + 1)]
    linked = re.findall(r"\]\(role:([a-z0-9-]+)\)", listed)
    assert steps.roles == tuple(dict.fromkeys(["police-emergency", *linked, "hotline-116000"]))
    assert {"manager", "guardianship-authority", "child-protection-service"} <= set(steps.roles)


@pytest.mark.parametrize("lang", ["en", "el", "nl", "fr", "it"])
def test_one_page_with_the_users_contacts_and_the_numbers_for_everyone(sheet, people, lang):
    pdf = sheet.render(Directory(tuple(people)), lang, dt.date(2026, 12, 7))
    pages, text = _text(pdf)
    assert pages == 1
    assert "112" in text and "116 000" in text and "2026-12-07" in text
    assert "Ελένη Παπαδοπούλου" in text  # police emergency
    assert "Joëlle van 't Hooft-IJzerman" in text  # guardianship authority
    assert "Françoise Lefèvre-Dubœuf" in text


def test_a_full_directory_still_fits_one_page(sheet):
    many = [
        Contact(
            roles=NAMED_IN_STEPS,
            name=f"Person {number} with a rather long name",
            organisation="An organisation with a very long name, department of long names",
            phones=(Phone("+30 210 000 0000"), Phone("+30 690 000 0000", "mobile")),
            emails=("someone@example.org",),
            hours="Monday to Friday 08:00–16:00, weekends on call through the switchboard",
        )
        for number in range(12)
    ]
    pages, text = _text(sheet.render(Directory(tuple(many)), "el"))
    assert pages == 1
    assert "Person 0 with" in text
    assert "9 ακόμη στην εφαρμογή" in text  # 12 entries, three shown per role


def test_export_writes_the_file(sheet, people, tmp_path):
    target = tmp_path / "sheet.pdf"
    sheet.export(Directory(tuple(people)), target, "nl")
    assert target.read_bytes().startswith(b"%PDF")


def test_only_the_bundled_fonts_are_in_the_file(sheet, people):
    pdf = sheet.render(Directory(tuple(people)), "el")
    assert b"Helvetica" not in pdf
    assert b"DejaVuSans" in pdf
