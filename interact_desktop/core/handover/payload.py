"""What a hand-over packet holds, as versioned JSON, and the strict reading of it.

A packet comes from outside: after decryption its content is checked field by field (known keys
only, types, lengths, dates, languages, nesting) before anything of it reaches the notebook or a
PDF, so a malformed or hostile packet is refused whole with a message, never half imported.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from interact_desktop.core.forms.answers import AnswerError, FilledChecklist
from interact_desktop.core.handover.errors import NOTHING_WRITTEN, InvalidPayload
from interact_desktop.core.languages import LANGUAGES

FORMAT_NAME = "interact-desktop hand-over"
VERSION = 1
MAX_SHORT = 500  # names, countries, references, ids
MAX_TEXT = 20_000  # purpose, summary fields, a timeline entry, one answer
MAX_NOTE = 200_000
MAX_ITEMS = {"checklists": 100, "timeline": 5_000, "notes": 1_000}
MAX_PAYLOAD_BYTES = 24 * 1024 * 1024
TOP_LEVEL = {"format", "version", "preset", "provenance", "summary", "checklists", "timeline",
             "notes"}  # fmt: skip


@dataclass(frozen=True)
class Provenance:
    """Who sends it, to whom, when, why and on which legal basis: all as typed by the sender,
    except the basis's ``legal_basis`` id (one of legal_bases.choices, or empty)."""

    sender_name: str
    organisation: str
    country: str
    date: str  # ISO date
    purpose: str
    legal_basis: str  # an id from legal_bases, or "" when only typed
    legal_basis_text: str  # the basis in the sender's words (may complete the id)
    sender_language: str
    recipient_language: str
    recipient: str = ""

    def sender(self) -> str:
        """One line naming the sender: "Name (Organisation, Country)"."""
        where = ", ".join(part for part in (self.organisation, self.country) if part)
        return f"{self.sender_name} ({where})" if where else self.sender_name


@dataclass(frozen=True)
class Summary:
    """The case record as the sender chose to pass it (empty where the preset left it out)."""

    reference: str = ""
    status: str = "open"
    languages: str = ""
    roles: str = ""
    purpose: str = ""
    opened: str = ""
    last_seen: str = ""


@dataclass(frozen=True)
class Entry:
    at: str
    kind: str
    text: str


@dataclass(frozen=True)
class SentNote:
    updated: str
    body: str


@dataclass(frozen=True)
class Payload:
    provenance: Provenance
    summary: Summary
    checklists: tuple[FilledChecklist, ...] = ()
    timeline: tuple[Entry, ...] = ()
    notes: tuple[SentNote, ...] = ()
    preset: str = "hand-over"
    version: int = field(default=VERSION)

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT_NAME,
            "version": self.version,
            "preset": self.preset,
            "provenance": asdict(self.provenance),
            "summary": asdict(self.summary),
            "checklists": [json.loads(filled.to_json()) for filled in self.checklists],
            "timeline": [asdict(entry) for entry in self.timeline],
            "notes": [asdict(note) for note in self.notes],
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Payload:
        """The payload read strictly, or InvalidPayload naming the first thing wrong."""
        if len(data) > MAX_PAYLOAD_BYTES:
            _refuse("it is larger than any hand-over could be")
        try:
            root = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            _refuse("its content is not readable")
        root = _object(root, "the packet", TOP_LEVEL)
        if root["format"] != FORMAT_NAME:
            _refuse("it is not a hand-over")
        if type(root["version"]) is not int or root["version"] != VERSION:
            _refuse(f"its version ({root['version']!r}) is not one this app reads")
        preset = _text(root["preset"], "preset", MAX_SHORT)
        provenance = Provenance(**_strings(root["provenance"], "provenance", Provenance))
        _date(provenance.date, "provenance.date")
        for name in ("sender_language", "recipient_language"):
            if getattr(provenance, name) not in LANGUAGES:
                _refuse(f"provenance.{name} is not one of {', '.join(LANGUAGES)}")
        if not provenance.sender_name.strip():
            _refuse("it does not name its sender")
        summary = Summary(**_strings(root["summary"], "summary", Summary))
        for name in ("opened", "last_seen"):
            if getattr(summary, name):
                _date(getattr(summary, name), f"summary.{name}")
        checklists = tuple(
            _checklist(item, f"checklists[{n}]")
            for n, item in enumerate(_list(root["checklists"], "checklists"))
        )
        timeline = tuple(
            Entry(**_strings(item, f"timeline[{n}]", Entry))
            for n, item in enumerate(_list(root["timeline"], "timeline"))
        )
        for n, entry in enumerate(timeline):
            _moment(entry.at, f"timeline[{n}].at")
        notes = tuple(
            SentNote(**_strings(item, f"notes[{n}]", SentNote, MAX_NOTE))
            for n, item in enumerate(_list(root["notes"], "notes"))
        )
        for n, note in enumerate(notes):
            _moment(note.updated, f"notes[{n}].updated")
        return cls(provenance, summary, checklists, timeline, notes, preset)


def _refuse(why: str) -> Any:
    raise InvalidPayload(f"This hand-over packet cannot be used: {why}. {NOTHING_WRITTEN}")


def _object(value: Any, where: str, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        _refuse(f"{where} is not an object")
    if set(value) != keys:
        unknown, missing = set(value) - keys, keys - set(value)
        what = (f"unknown field {sorted(unknown)[0]!r}" if unknown
                else f"missing field {sorted(missing)[0]!r}")  # fmt: skip
        _refuse(f"{where} has a {what}")
    return value


def _strings(value: Any, where: str, kind: type, longest: int = MAX_TEXT) -> dict[str, str]:
    """An object whose fields are exactly ``kind``'s, all text within length limits."""
    names = set(kind.__dataclass_fields__)  # type: ignore[attr-defined]
    fields = _object(value, where, names)
    return {name: _text(fields[name], f"{where}.{name}", longest) for name in names}


def _text(value: Any, where: str, longest: int) -> str:
    if not isinstance(value, str):
        _refuse(f"{where} is not text")
    if len(value) > longest:
        _refuse(f"{where} is longer than {longest} characters")
    return value


def _list(value: Any, name: str) -> list[Any]:
    if not isinstance(value, list):
        _refuse(f"{name} is not a list")
    if len(value) > MAX_ITEMS[name]:
        _refuse(f"it holds more than {MAX_ITEMS[name]} {name}")
    return value


def _checklist(value: Any, where: str) -> FilledChecklist:
    fields = _object(value, where, {"template", "version", "created", "updated", "finalised",
                                     "answers"})  # fmt: skip
    _text(fields["template"], f"{where}.template", MAX_SHORT)
    if type(fields["version"]) is not int:
        _refuse(f"{where}.version is not a number")
    for name in ("created", "updated"):
        _text(fields[name], f"{where}.{name}", MAX_SHORT)
    if fields["finalised"] is not None:
        _text(fields["finalised"], f"{where}.finalised", MAX_SHORT)
    if not isinstance(fields["answers"], dict):
        _refuse(f"{where}.answers is not an object")
    if len(json.dumps(fields["answers"], ensure_ascii=False)) > MAX_NOTE:
        _refuse(f"{where}.answers are longer than {MAX_NOTE} characters")
    try:
        return FilledChecklist.from_json(json.dumps(fields, ensure_ascii=False))
    except AnswerError as error:
        return _refuse(f"{where}: {error}")


def _date(value: str, where: str) -> None:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        _refuse(f"{where} is not a date")


def _moment(value: str, where: str) -> None:
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        _refuse(f"{where} is not a date and time")
