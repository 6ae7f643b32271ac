"""The bilingual hand-over PDF: the cross-border checklist first (filled in, or blank to fill),
labels and choices in both languages, what people wrote once and as written, Greek in DejaVu."""

from __future__ import annotations

import re
import stat

import pytest
from pypdf import PdfReader

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.export.handover_pdf import HandoverReport
from interact_desktop.core.forms.answers import FilledChecklist
from interact_desktop.core.handover.payload import Entry, Payload, Provenance, SentNote, Summary
from tests.conftest import REPO
from tests.helpers.pdf import fonts_of

HANDBOOK = load_handbook(REPO / "content")
WRITTEN = "Επίτροπος στο Μιλάνο, Δήμος Μιλάνου"


def payload(first: str, second: str, with_checklist: bool = True) -> Payload:
    provenance = Provenance("Ελένη Παπαδοπούλου", "Κέντρο", "Ελλάδα", "2026-12-07",
                            "Συνέχεια της προστασίας", "vital-interests", "νόμος 4960/2022",
                            first, second, "Giulia Rossi")  # fmt: skip
    answers = {"reason": "found-abroad", "best-interests": "no", "counterpart": WRITTEN}
    filled = FilledChecklist("cross-border-handover", 1, answers, "2026-12-01T10:00:00",
                             "2026-12-02T10:00:00", "2026-12-02T10:00:00")  # fmt: skip
    return Payload(
        provenance, Summary(status="missing", opened="2026-11-30"),
        (filled,) if with_checklist else (),
        (Entry("2026-12-01T09:00:00", "manual", "Τελευταία φορά στον σταθμό"),
         Entry("2026-12-02T10:00:00", "checklist-finalised", "cross-border-handover")),
        (SentNote("2026-12-02T11:00:00", "Μιλά **λίγα** ιταλικά <b>x</b>"),),
    )  # fmt: skip


def text_of(path) -> str:
    return " ".join(re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("first", "second", "titles", "choice", "basis"),
    [
        ("el", "it",
         ("Μεταβίβαση της υπόθεσης σε ομόλογο σε άλλη χώρα",
          "Passaggio di consegne a un omologo in un altro paese"),
         ("Το παιδί εντοπίστηκε σε άλλη χώρα", "Il minore è stato ritrovato in un altro paese"),
         ("Ζωτικό συμφέρον του παιδιού", "Gli interessi vitali del minore")),
        ("fr", "nl",
         ("Transmission du dossier à un homologue dans un autre pays",
          "Overdracht aan een collega in een ander land"),
         ("L'enfant a été retrouvé dans un autre pays", "Het kind is in een ander land gevonden"),
         ("Les intérêts vitaux de l'enfant", "De vitale belangen van het kind")),
    ],
)  # fmt: skip
def test_labels_and_choices_in_both_languages_and_answers_as_written(
    tmp_path, first, second, titles, choice, basis
):
    target = tmp_path / "handover.pdf"
    HandoverReport(HANDBOOK).write(payload(first, second), target)
    text = text_of(target)
    for words in (*titles, *choice, *basis):
        assert words in text
    for label in ("handover-title", "confidential", "timeline", "handover-legal-basis"):
        for lang in (first, second):
            assert HANDBOOK.export_label(label, lang) in text
    for written in (WRITTEN, "Ελένη Παπαδοπούλου", "νόμος 4960/2022", "Τελευταία φορά"):
        assert text.count(written) == 1
    assert "Μιλά λίγα ιταλικά <b>x</b>" in text  # Markdown read, HTML shown as typed
    assert text.index(titles[0]) < text.index(HANDBOOK.export_label("summary", first))
    assert all("DejaVu" in font for font in fonts_of(PdfReader(target)))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_without_the_checklist_it_is_printed_blank_to_fill_in(tmp_path):
    target = tmp_path / "handover.pdf"
    HandoverReport(HANDBOOK).write(payload("it", "en", with_checklist=False), target)
    text = text_of(target)
    assert "Non compilata per questo passaggio di consegne." in text
    assert "Not filled in for this hand-over." in text
    assert "Reason for the hand-over" in text and "Motivo del passaggio di consegne" in text
    assert WRITTEN not in text
