"""The summary for the police of a guided response: one page, when the child was last seen, what
happened when, what the police need (as the guide's section lists it) and the user's contacts, in
the user's language and a second one under it."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from interact_desktop import paths
from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.model import Contact, Phone
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.export.police_summary import RunRecord
from interact_desktop.core.export.police_summary_pdf import PoliceSummary
from interact_desktop.core.flowcharts.guided import GuidedRun

NOTICED = dt.datetime(2026, 12, 7, 1, 20)
START = dt.datetime(2026, 12, 7, 1, 40)


@pytest.fixture(scope="module")
def handbook():
    return load_handbook(paths.content_dir())


def text_of(path) -> tuple[int, str]:
    pages = PdfReader(path).pages
    return len(pages), re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))


def squeezed(text: str) -> str:
    """Words without spaces: a cell may break a sentence at any space."""
    return re.sub(r"\s+", "", text)


def needs_in_the_guide(lang: str) -> list[str]:
    """The first column of the table in the section's Markdown, read here on its own."""
    source = paths.content_dir() / "sections" / lang / "response-first-hours-report.md"
    rows = [
        line for line in source.read_text(encoding="utf-8").splitlines() if line.startswith("|")
    ]
    return [row.strip("|").split("|")[0].strip() for row in rows[2:]]


def a_run(handbook, lang: str, moments: int = 0) -> tuple[RunRecord, dt.datetime]:
    """The missing-child flowchart, counted from 01:20, a step every three minutes; ``moments``
    more corrections of the time make the record long."""
    now = [START]

    def clock() -> dt.datetime:
        now[0] += dt.timedelta(minutes=3)
        return now[0]

    run = GuidedRun(handbook.flowcharts["child-missing"], lang, clock=clock)
    for number in range(moments):
        run.set_moment(NOTICED - dt.timedelta(minutes=number % 7))
    run.set_moment(NOTICED)
    while not run.finished:
        if len(run.choices()) > 1 or run.current.kind == "decision":
            run.choose(run.choices()[0])
        else:
            run.tick()
    return RunRecord(run.flowchart, run.moment, tuple(run.path()), "X-17"), now[0]


def contacts() -> Directory:
    desk = Phone("+30 210 000 0001", "work")
    mobile = Phone("+30 697 000 0002", "mobile")
    return Directory((
        Contact(("police-emergency",), "Duty desk", "Omonoia station", (desk,)),
        Contact(("manager",), "Maria Papadaki", "Elaionas centre", (mobile,)),
    ))  # fmt: skip


def test_one_page_in_greek_with_last_seen_needs_and_contacts(handbook, tmp_path):
    record, now = a_run(handbook, "el")
    target = tmp_path / "summary.pdf"
    PoliceSummary(handbook).export(record, contacts(), target, "el", now=now)
    pages, text = text_of(target)
    assert pages == 1
    assert "Σύνοψη για την αστυνομία" in text
    assert squeezed(
        "Το παιδί θεάθηκε τελευταία φορά ή διαπιστώθηκε η απουσία του: 07/12/2026 01:20"
    ) in squeezed(text)
    minutes = int((now - NOTICED).total_seconds() // 60)
    assert minutes < 60
    assert f"{minutes} λεπ. πριν συνταχθεί αυτή η σύνοψη" in text
    needs = needs_in_the_guide("el")
    assert len(needs) >= 6
    for need in needs:
        assert squeezed(need) in squeezed(text), need
    assert "Maria Papadaki" in text and "+30 697 000 0002" in text and "112" in text
    assert "X-17" in text
    assert "Photo" not in text and "Recent photo" not in text  # nothing left in English


def test_a_long_record_stays_on_one_page_and_says_what_it_left_out(handbook, tmp_path):
    record, now = a_run(handbook, "it", moments=80)
    assert len(record.steps) > 80
    target = tmp_path / "long.pdf"
    PoliceSummary(handbook).export(record, contacts(), target, "it", "fr", now=now)
    pages, text = text_of(target)
    assert pages == 1
    # The moment is never dropped, in either language.
    assert squeezed(
        "Minore visto per l'ultima volta, o assenza constatata: 07/12/2026 01:20"
    ) in squeezed(text)
    assert squeezed(
        "Enfant vu pour la dernière fois, ou absence constatée : 07/12/2026 01:20"
    ) in squeezed(text)
    # The start and the latest steps are there; the ones between are counted, not lost.
    match = re.search(r"(\d+) voci precedenti non sono riportate qui", text)
    assert match is not None
    times_on_page = set(re.findall(r"\b\d\d:\d\d\b", text))
    shown = [step for step in record.steps if f"{step.at:%H:%M}" in times_on_page]
    assert record.steps[0] in shown and record.steps[-1] in shown
    assert int(match.group(1)) + len(shown) == len(record.steps)
    for need in needs_in_the_guide("it") + needs_in_the_guide("fr"):
        assert squeezed(need) in squeezed(text), need


def test_a_short_record_leaves_nothing_out(handbook, tmp_path):
    record, now = a_run(handbook, "en")
    target = tmp_path / "short.pdf"
    PoliceSummary(handbook).export(record, Directory(), target, "en", now=now)
    pages, text = text_of(target)
    assert pages == 1
    assert "earlier entries" not in text
    for step in record.steps:
        assert f"{step.at:%H:%M}" in text
    # With no contacts saved, the numbers that are the same everywhere are still there.
    assert "112" in text and "116 000" in text
