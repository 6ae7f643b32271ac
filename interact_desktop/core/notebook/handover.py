"""A case passed across a border: a hand-over packet built from a case, sealed and registered on
the sender's side; opened, checked and made into a new case on the recipient's.

Nothing of a packet's content is written in plaintext: it is built in memory, sealed with age
before the one write of the packet file, and on import decrypted in memory and written only into
the notebook, in one transaction (a refusal or a failure leaves the notebook as it was).

Each installation's hand-over key pair is made on first need and kept in the notebook
(``handover_key``); its public half is also written beside the notebook (``handover-key.txt``),
so ``interact-desktop handover key`` can show it without the passphrase.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from interact_desktop.core.atomic import write_atomic, write_atomic_bytes
from interact_desktop.core.content.tool_model import Checklist
from interact_desktop.core.forms.text import answers_text
from interact_desktop.core.handover import keys, packet
from interact_desktop.core.handover.errors import NOTHING_WRITTEN, NotForThisKey
from interact_desktop.core.handover.payload import Entry, Payload, Provenance, SentNote, Summary
from interact_desktop.core.notebook.dossier import gather, redact
from interact_desktop.core.notebook.records import (
    CHECKLIST_FINALISED,
    EXPORT,
    KINDS,
    MANUAL,
    STATUSES,
    StoredChecklist,
)
from interact_desktop.core.notebook.store import Notebook

PUBLIC_KEY_FILE = "handover-key.txt"
#: The report's presets a hand-over may use: statistics (no free text, dates by month) is for
#: counting, and its month-only dates would not make a case.
HANDOVER_PRESETS = ("hand-over", "full")
SENT, RECEIVED = "hand-over sent", "hand-over received"


@dataclass(frozen=True)
class Selection:
    """What of a case goes: the summary, the timeline, and the checklists and notes named (by
    their ids); ``preset`` is the report's redaction preset applied before anything is chosen."""

    summary: bool = True
    timeline: bool = True
    checklists: Sequence[str] = ()
    notes: Sequence[int] = ()
    preset: str = "hand-over"


def own_key(notebook: Notebook) -> str:
    """This installation's public hand-over key, made and kept on first need; the file beside
    the notebook is brought in line with the notebook's key each time."""
    pair = notebook.handover_key.get()
    if pair is None:
        made = keys.generate()
        notebook.handover_key.put(made.secret, made.public)
        public = made.public
    else:
        public = pair[1]
    if read_public_key(notebook.folder) != public:
        write_atomic(notebook.folder / PUBLIC_KEY_FILE, public + "\n")
    return public


def read_public_key(folder: Path) -> str | None:
    """The public key written beside the notebook, or None before the first hand-over."""
    try:
        text = (folder / PUBLIC_KEY_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


def build_payload(
    notebook: Notebook,
    case_id: int,
    selection: Selection,
    provenance: Provenance,
    templates: Mapping[str, Checklist],
) -> Payload:
    """The payload of a hand-over of the case, as the selection and its preset let it out."""
    if selection.preset not in HANDOVER_PRESETS:
        raise ValueError(f"a hand-over uses one of the presets {', '.join(HANDOVER_PRESETS)}")
    dossier = redact(gather(notebook, case_id), selection.preset, templates)
    case = dossier.case
    summary = (
        Summary(case.reference, case.status, case.languages, case.roles, case.purpose,
                case.opened, case.last_seen)
        if selection.summary else Summary(status=case.status)
    )  # fmt: skip
    chosen = set(selection.checklists)
    checklists = tuple(filled for draft, filled in dossier.checklists if draft in chosen)
    timeline = (
        tuple(Entry(e.at, e.kind, e.text) for e in dossier.timeline if e.kind != EXPORT)
        if selection.timeline else ()
    )  # fmt: skip
    wanted = set(selection.notes)
    notes = tuple(SentNote(n.updated, n.body) for n in dossier.notes if n.id in wanted)
    return Payload(provenance, summary, checklists, timeline, notes, dossier.preset)


def seal(payload: Payload, *, key: str | None = None, passphrase: str | None = None) -> bytes:
    """The packet: the payload sealed to a recipient's key or to a one-time passphrase (this
    takes a second with a passphrase: run it off the GUI thread)."""
    if (key is None) == (passphrase is None):
        raise ValueError("a hand-over is sealed to a key or to a passphrase, not both or neither")
    if key is not None:
        return packet.seal_to_key(payload.to_bytes(), key)
    return packet.seal_with_passphrase(payload.to_bytes(), passphrase or "")


def record_sent(notebook: Notebook, case_id: int, payload: Payload, file_name: str,
                key: str | None) -> None:  # fmt: skip
    """The register line "hand-over sent" (to the recipient as typed), and its timeline entry."""
    recipient = payload.provenance.recipient or (
        f"key {key[:12]}…" if key else "one-time passphrase"
    )
    notebook.register.record(
        case_id, f"{SENT}: {file_name}", recipient, payload.preset,
        timeline_text=f"{SENT} to {recipient}: {file_name}",
    )  # fmt: skip


def export_handover(
    notebook: Notebook,
    case_id: int,
    payload: Payload,
    target: Path,
    *,
    key: str | None = None,
    passphrase: str | None = None,
) -> None:
    """Seal the payload, write the packet (0600, atomically) and record it in the case's
    export register."""
    write_atomic_bytes(target, seal(payload, key=key, passphrase=passphrase), private=True)
    record_sent(notebook, case_id, payload, target.name, key)


def open_packet(notebook: Notebook, data: bytes, passphrase: str | None = None) -> Payload:
    """The checked payload of a packet, read in memory: sealed to this installation's key, or
    (``passphrase``) to a one-time passphrase. Writes nothing (a packet sealed to a key when this
    installation has none yet cannot be for it)."""
    if passphrase is not None:
        return Payload.from_bytes(packet.open_with_passphrase(data, passphrase))
    if packet.kind_of(data) == packet.TO_KEY:
        pair = notebook.handover_key.get()
        if pair is None:
            raise NotForThisKey(
                "This hand-over packet was sealed to a hand-over key, and this installation has "
                "not made one yet, so it cannot be for it. " + NOTHING_WRITTEN
            )
        return Payload.from_bytes(packet.open_with_key(data, pair[0]))
    return Payload.from_bytes(packet.open_with_key(data, ""))  # raises NeedsPassphrase


def import_payload(
    notebook: Notebook, payload: Payload, source: str, reference: str | None = None
) -> int:
    """A new case from a checked payload, all in one transaction: its summary, checklists,
    timeline and notes, and the register line and timeline entry "received from ...". Returns
    the new case's id."""
    origin = payload.provenance
    lang = origin.sender_language
    summary = payload.summary
    name = reference or summary.reference or f"hand-over {origin.date} ({origin.country})"
    with notebook.transaction():
        case_id = notebook.cases.add(
            name.strip()[:200] or "hand-over",
            summary.languages,
            status=summary.status if summary.status in STATUSES else "open",
            roles=summary.roles,
            purpose=summary.purpose,
            opened=summary.opened or dt.date.today().isoformat(),
            last_seen=summary.last_seen,
        )
        finalised = set()
        for filled in payload.checklists:
            body = filled.to_json()
            stored = StoredChecklist(uuid.uuid4().hex, case_id, filled.template, body,
                                     filled.updated, filled.finalised)  # fmt: skip
            notebook.checklists.save(stored, answers_text(body), lang)
            if filled.finalised:
                finalised.add((filled.finalised, filled.template))
        for entry in payload.timeline:
            if entry.kind == CHECKLIST_FINALISED and (entry.at, entry.text) in finalised:
                continue  # saving the finalised checklist above wrote this entry again
            kind = entry.kind if entry.kind in KINDS and entry.kind != EXPORT else MANUAL
            notebook.timeline.add(case_id, kind, entry.text, entry.at, lang)
        for note in payload.notes:
            notebook.notes.add(case_id, note.body, lang)
        notebook.register.record(
            case_id, f"{RECEIVED}: {source}", origin.sender(), payload.preset,
            timeline_text=f"received from {origin.sender()}",
        )  # fmt: skip
    return case_id
