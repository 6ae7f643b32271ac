"""The notebook's side of a hand-over: its own key, a case made into a packet and a packet into a
case, the register on both sides, and refusals that leave the notebook as it was."""

from __future__ import annotations

import pytest

from interact_desktop.core.forms.answers import FilledChecklist
from interact_desktop.core.handover import keys
from interact_desktop.core.handover.errors import NotForThisKey, TamperedPacket
from interact_desktop.core.handover.payload import Provenance
from interact_desktop.core.notebook.checklists import NotebookDraftStore
from interact_desktop.core.notebook.handover import (
    PUBLIC_KEY_FILE,
    Selection,
    build_payload,
    export_handover,
    import_payload,
    open_packet,
    own_key,
    read_public_key,
)
from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_store import PASSPHRASE

PROVENANCE = Provenance("Ελένη Π.", "Κέντρο Α", "Ελλάδα", "2026-12-07", "συνέχεια φροντίδας",
                        "public-task", "", "el", "it", "Giulia R., Milano")  # fmt: skip


@pytest.fixture
def other(tmp_path):
    notebook = Notebook.create(tmp_path / "other", PASSPHRASE)
    yield notebook
    notebook.lock()


def greek_case(book) -> tuple[int, str, int]:
    case = book.cases.add("ΑΘ-17", "ar, el", "secret-tag", status="missing", roles="guardian",
                          purpose="προστασία", opened="2026-11-30")  # fmt: skip
    book.timeline.add(case, "manual", "Τελευταία φορά στον σταθμό", "2026-12-01T09:00:00", "el")
    kept = book.notes.add(case, "Μιλά λίγα ιταλικά", "el")
    book.notes.add(case, "Not for the recipient", "en")
    store = NotebookDraftStore(book, case, "el")
    answers = {"countries": "Ελλάδα → Ιταλία", "reason": "found-abroad"}
    store.save("cb1", FilledChecklist("cross-border-handover", 1, answers,
                                      "2026-12-01T10:00:00", "2026-12-02T10:00:00",
                                      "2026-12-02T10:00:00"))  # fmt: skip
    store.save("other1", FilledChecklist("safety-plan", 1, {}, "2026-12-01", "2026-12-01"))
    return case, "cb1", kept


def test_the_installation_key_is_made_once_and_its_secret_stays_in_the_database(book):
    public = own_key(book)
    assert own_key(book) == public and public.startswith("age1")
    assert read_public_key(book.folder) == public
    secret = book.handover_key.get()[0]
    assert keys.public_of(secret) == public
    for path in book.folder.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    (book.folder / PUBLIC_KEY_FILE).write_text("stale\n")
    assert own_key(book) == public and read_public_key(book.folder) == public


def test_a_case_goes_over_with_only_what_was_chosen(book, other, tmp_path):
    case, checklist, note = greek_case(book)
    selection = Selection(checklists=[checklist], notes=[note])
    payload = build_payload(book, case, selection, PROVENANCE, {})
    assert payload.summary.reference == "" and payload.summary.status == "missing"
    assert [c.template for c in payload.checklists] == ["cross-border-handover"]
    assert [n.body for n in payload.notes] == ["Μιλά λίγα ιταλικά"]
    target = tmp_path / "case.interact-handover"
    export_handover(book, case, payload, target, key=own_key(other))
    assert "Μιλά".encode() not in target.read_bytes()
    [line] = book.register.entries(case)
    assert line.what == f"hand-over sent: {target.name}" and line.recipient == "Giulia R., Milano"

    received = open_packet(other, target.read_bytes())
    assert received == payload
    new = import_payload(other, received, target.name)
    copy = other.cases.get(new)
    assert (copy.status, copy.roles, copy.purpose, copy.opened) == (
        "missing", "guardian", "προστασία", "2026-11-30",
    )  # fmt: skip
    [stored] = other.checklists.all(new)
    assert FilledChecklist.from_json(stored.body).answers["countries"] == "Ελλάδα → Ιταλία"
    assert [n.body for n in other.notes.of_case(new)] == ["Μιλά λίγα ιταλικά"]
    lines = other.timeline.lines(new)
    assert ("2026-12-01T09:00:00", "manual", "Τελευταία φορά στον σταθμό") in lines
    finalised = [line for line in lines if line[1] == "checklist-finalised"]
    assert finalised == [("2026-12-02T10:00:00", "checklist-finalised", "cross-border-handover")]
    assert lines[-1][2] == "received from Ελένη Π. (Κέντρο Α, Ελλάδα)"
    [register] = other.register.entries(new)
    assert register.what == f"hand-over received: {target.name}"
    assert register.recipient == "Ελένη Π. (Κέντρο Α, Ελλάδα)"
    assert other.search.find("ιταλικά", "el")


def test_refused_packets_leave_the_recipient_notebook_as_it_was(book, other, tmp_path):
    case, checklist, _note = greek_case(book)
    payload = build_payload(book, case, Selection(checklists=[checklist]), PROVENANCE, {})
    target = tmp_path / "p.interact-handover"
    export_handover(book, case, payload, target, key=keys.generate().public)
    with pytest.raises(NotForThisKey, match="not made one yet"):
        open_packet(other, target.read_bytes())
    assert other.handover_key.get() is None
    own_key(other)
    with pytest.raises(NotForThisKey, match="another hand-over key"):
        open_packet(other, target.read_bytes())
    damaged = bytearray(target.read_bytes())
    damaged[len(damaged) // 2] ^= 0x40
    with pytest.raises(TamperedPacket):
        open_packet(other, bytes(damaged))
    assert other.cases.summaries() == [] and other.register.entries() == []


def test_the_statistics_preset_is_not_a_hand_over(book):
    case, _, _ = greek_case(book)
    with pytest.raises(ValueError, match="hand-over, full"):
        build_payload(book, case, Selection(preset="statistics"), PROVENANCE, {})
