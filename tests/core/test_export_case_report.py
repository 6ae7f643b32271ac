"""Case report PDF: every section, the confidentiality line on every page, notes without HTML,
redaction presets that leave identifying fields out, and the export register."""

from __future__ import annotations

import json
import re
import stat

import pytest
from pypdf import PdfReader

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.export.case_report_pdf import export_case_report
from interact_desktop.core.forms.answers import FilledChecklist
from interact_desktop.core.notebook.checklists import NotebookDraftStore
from interact_desktop.core.notebook.dossier import export_subject_access, gather, redact
from interact_desktop.core.notebook.store import Notebook
from tests.conftest import REPO

HANDBOOK = load_handbook(REPO / "content")
CHECKLIST = HANDBOOK.checklists["missing-first-hours"]
REFERENCE = "UAM-2026-031"
NOTE = "Spoke with **Ἀλέξανδρος** at the centre.\n\n<b>not bold</b> <script>alert(1)</script>"
WRITTEN = "Κόκκινο μπουφάν και μαύρο σακίδιο"
PATH = ["Start: child reported missing", "Call the police at once"]
pages_of = lambda path: [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(path).pages]  # noqa: E731


@pytest.fixture
def case(tmp_path):
    book = Notebook.create(tmp_path / "nb", "passphrase")
    case_id = book.cases.add(
        REFERENCE, "ti, ar", "dublin-transfer", roles="guardian", status="missing",
        purpose="Protection of a child", last_seen="2026-11-20", retention="2027-11-25",
    )  # fmt: skip
    for number in range(12):  # enough to fill more than one page
        book.notes.add(case_id, f"{NOTE}\n\nVisit {number}: " + "more words to read " * 30)
    book.timeline.add(case_id, "manual", "Reported to the police", "2026-11-20T22:10")
    book.timeline.add(case_id, "flowchart-step", "Inform the guardian", "2026-11-20T22:20")
    filled = FilledChecklist.new(CHECKLIST)
    for item in CHECKLIST.items:
        if item.type in ("yesno", "text", "multiline"):
            filled.answers[item.id] = "yes" if item.type == "yesno" else WRITTEN
    filled.finalised = "2026-11-21T09:00:00"
    NotebookDraftStore(book, case_id).save("c1", filled)
    book.register.record(case_id, "phone call summary", "Police officer on duty")
    yield book, case_id
    book.lock()


def test_full_report_in_greek(case, tmp_path):
    book, case_id = case
    target = tmp_path / "full.pdf"
    export_case_report(book, HANDBOOK, case_id, target, "el", "full", "Επίτροπος", path_taken=PATH)
    pages = pages_of(target)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "Εμπιστευτικό — περιέχει προσωπικά δεδομένα" in page
        assert f"Σελίδα {number} από {len(pages)}" in page
    text = " ".join(pages)
    expected_texts = (
        *(REFERENCE, "dublin-transfer", "Αγνοείται", "Χρονολόγιο", "Reported to the police"),
        *("Βήμα διαγράμματος ροής", "Inform the guardian", *PATH, "Ἀλέξανδρος", WRITTEN, "Ναι"),
        *("<b>not bold</b> <script>alert(1)</script>", "Μητρώο εξαγωγών"),
        *("Police officer on duty", "Συντάχθηκε για: Επίτροπος"),
    )
    for expected in expected_texts:
        assert expected in text, expected
    for page in PdfReader(target).pages:
        for font in page["/Resources"]["/Font"].values():
            name = str(font.get_object()["/BaseFont"])
            assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique)?", name), name
    assert [(r.what, r.recipient, r.preset) for r in book.register.entries(case_id)][-1] == (
        "case report (PDF): full.pdf", "Επίτροπος", "full",
    )  # fmt: skip
    assert book.timeline.lines(case_id)[-1][1] == "export"


def test_hand_over_leaves_identifying_fields_out(case, tmp_path):
    book, case_id = case
    target = tmp_path / "hand-over.pdf"
    export_case_report(book, HANDBOOK, case_id, target, "en", "hand-over", "Next guardian")
    text = " ".join(pages_of(target))
    assert REFERENCE not in text and "dublin-transfer" not in text
    assert "Police officer on duty" not in text and "Export register" not in text
    assert "(left out)" in text and "Ἀλέξανδρος" in text and WRITTEN in text
    assert PdfReader(target).metadata.title == "Case report"
    assert book.register.entries(case_id)[-1].preset == "hand-over"


def test_statistics_keeps_no_free_text(case, tmp_path):
    book, case_id = case
    target = tmp_path / "statistics.pdf"
    export_case_report(book, HANDBOOK, case_id, target, "en", "statistics")
    text = " ".join(pages_of(target))
    for absent in (REFERENCE, "Ἀλέξανδρος", WRITTEN, "Reported to the police", "Protection of",
                   "2026-11-20", "Police officer"):  # fmt: skip
        assert absent not in text, absent
    assert "Number of notes: 12" in text and "Yes" in text and "2026-11" in text
    assert "Inform the guardian" in text  # the steps of a flowchart are not personal text


def test_redaction_works_on_the_data(case):
    book, case_id = case
    with pytest.raises(ValueError):
        redact(gather(book, case_id), "nothing", HANDBOOK.checklists)
    dossier = redact(gather(book, case_id), "statistics", HANDBOOK.checklists)
    assert dossier.case.reference == "" and all(n.body == "" for n in dossier.notes)
    assert set(dossier.checklists[0][1].answers.values()) == {"yes"}


def test_subject_access_export_has_everything_and_is_registered(case, tmp_path):
    book, case_id = case
    target = tmp_path / "sar.json"
    export_subject_access(book, case_id, target, "The young person")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["case"]["reference"] == REFERENCE and len(data["notes"]) == 12
    assert data["checklists"][0]["answers"]["description"] == WRITTEN
    assert data["timeline"][0]["text"] == "Reported to the police"
    assert data["export_register"][0]["recipient"] == "Police officer on duty"
    assert book.register.entries(case_id)[-1].recipient == "The young person"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # case data: for this user only


def test_the_report_names_the_alerts_raised_and_the_required_questions_left_open(tmp_path):
    risk = HANDBOOK.checklists["risk-assessment"]
    book = Notebook.create(tmp_path / "nb", "passphrase")
    try:
        case_id = book.cases.add("RISK-1")
        filled = FilledChecklist.new(risk)
        filled.answers["exploitation-oath"] = "yes"  # raises the high alert on its own
        NotebookDraftStore(book, case_id).save("r1", filled)
        target = tmp_path / "risk.pdf"
        export_case_report(book, HANDBOOK, case_id, target, "it", "full", "Tutore")
    finally:
        book.lock()
    text = " ".join(pages_of(target))
    alert = next(rule for rule in risk.alerts if rule.id == "signs-of-trafficking")
    assert HANDBOOK.export_label("alert-raised", "it") in text
    assert re.sub(r"\s+", " ", alert.message["it"])[:60] in text
    assert HANDBOOK.export_label("unanswered-required", "it") in text
    required = [i for i in risk.items if i.required and i.id != "exploitation-oath" and not i.when]
    assert required and re.sub(r"\s+", " ", required[0].label["it"])[:40] in text
