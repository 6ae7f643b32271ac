"""The payload is read strictly: any field of the wrong kind, size or name refuses it whole."""

from __future__ import annotations

import json

import pytest

from interact_desktop.core.forms.answers import FilledChecklist
from interact_desktop.core.handover.errors import InvalidPayload
from interact_desktop.core.handover.payload import (
    MAX_ITEMS,
    Entry,
    Payload,
    Provenance,
    SentNote,
    Summary,
)

PROVENANCE = Provenance("Ελένη Π.", "Οργάνωση", "Ελλάδα", "2026-12-07", "συνέχεια φροντίδας",
                        "public-task", "", "el", "it", "Giulia R.")  # fmt: skip


def payload() -> Payload:
    filled = FilledChecklist("cross-border-handover", 1, {"countries": "Ελλάδα → Ιταλία"},
                             "2026-12-01T10:00:00", "2026-12-02T10:00:00", None)  # fmt: skip
    return Payload(
        PROVENANCE, Summary("", "missing", "ar", "guardian", "προστασία", "2026-11-30", ""),
        (filled,), (Entry("2026-12-01T09:00:00", "manual", "Συνάντηση"),),
        (SentNote("2026-12-01T09:30:00", "Σημείωση"),),
    )  # fmt: skip


def test_a_payload_reads_back_as_written():
    assert Payload.from_bytes(payload().to_bytes()) == payload()


def edited(change) -> bytes:
    data = json.loads(payload().to_bytes())
    change(data)
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=2), "version"),
        (lambda d: d.update(version=True), "version"),
        (lambda d: d.update(format="something else"), "not a hand-over"),
        (lambda d: d.update(extra=1), "unknown field 'extra'"),
        (lambda d: d.pop("notes"), "missing field 'notes'"),
        (lambda d: d["provenance"].update(sender_name=3), "provenance.sender_name is not text"),
        (lambda d: d["provenance"].update(sender_name=" "), "does not name its sender"),
        (lambda d: d["provenance"].update(date="7/12/2026"), "provenance.date is not a date"),
        (lambda d: d["provenance"].update(recipient_language="de"), "recipient_language"),
        (lambda d: d["provenance"].update(country="x" * 20_001), "longer than"),
        (lambda d: d["summary"].update(opened="soon"), "summary.opened"),
        (lambda d: d["timeline"][0].update(at="yesterday"), r"timeline\[0\].at"),
        (lambda d: d["timeline"].append("text"), r"timeline\[1\] is not an object"),
        (lambda d: d.update(timeline=[d["timeline"][0]] * (MAX_ITEMS["timeline"] + 1)),
         "more than"),
        (lambda d: d["notes"][0].update(body=None), "is not text"),
        (lambda d: d["checklists"][0].update(answers=[1]), "answers is not an object"),
        (lambda d: d["checklists"][0].update(version="1"), "version is not a number"),
        (lambda d: d["checklists"][0]["answers"].update(deep=[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]),
         "nested too deeply"),
    ],
)  # fmt: skip
def test_a_malformed_payload_is_refused_with_what_is_wrong(change, message):
    with pytest.raises(InvalidPayload, match=message):
        Payload.from_bytes(edited(change))


@pytest.mark.parametrize("data", [b"\xff\xfe", b"[1, 2]", b"{", b"[" * 100_000])
def test_what_is_not_json_of_an_object_is_refused(data):
    with pytest.raises(InvalidPayload, match="cannot be used"):
        Payload.from_bytes(data)


def test_the_sender_is_named_with_organisation_and_country():
    assert PROVENANCE.sender() == "Ελένη Π. (Οργάνωση, Ελλάδα)"
