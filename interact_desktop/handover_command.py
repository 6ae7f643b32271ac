"""``interact-desktop handover key | export REF | import FILE``: hand a case to a colleague abroad,
or take one over, from a script or a terminal.

The notebook's passphrase is read first and, for a packet sealed to a one-time passphrase, the
packet's passphrase next: each from the terminal, or one line of standard input when it is not a
terminal. A one-time passphrase made for an export is printed once, on standard output, for the
sender to pass on by another channel (a phone call, never the e-mail that carries the packet).
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from pathlib import Path
from typing import TYPE_CHECKING

from interact_desktop import paths
from interact_desktop.notebook_command import (
    READ_ONLY,
    case_by_reference,
    error_line,
    read_passphrase,
)

if TYPE_CHECKING:
    import argparse

    from interact_desktop.core.content.handbook import Handbook
    from interact_desktop.core.handover.payload import Payload
    from interact_desktop.core.notebook.store import Notebook

OTHER_BASIS = "other"


def run_handover(args: argparse.Namespace) -> int:
    """One hand-over command; 0 on success, 1 with one clear line on standard error."""
    from interact_desktop.core.handover.errors import HandoverError
    from interact_desktop.core.notebook.errors import NotebookError, storage_error
    from interact_desktop.core.notebook.folder_claim import claim
    from interact_desktop.core.notebook.handover import read_public_key
    from interact_desktop.core.notebook.store import Notebook

    folder = paths.UserPaths.for_basedir(args.basedir).data / "notebook"
    try:
        problem = _check_arguments(args)
        if problem:
            return error_line(problem)
        if args.action == "key" and (public := read_public_key(folder)) is not None:
            print(public)
            return 0
        if not Notebook.exists(folder):
            return error_line(
                f"There is no notebook in {folder}. The hand-over key and the cases are kept in "
                "the notebook: create it first with 'interact-desktop notebook init'."
            )
        packet_data = _read_packet(Path(args.target)) if args.action == "import" else b""
        with claim(folder):
            notebook = Notebook.open(folder, read_passphrase("Passphrase of the notebook: "))
            try:
                if notebook.read_only:
                    return error_line(READ_ONLY)
                status = _act(args, notebook, packet_data)
            finally:
                locked = notebook.lock()
            return error_line(str(locked)) if locked is not None else status
    except (HandoverError, NotebookError, ValueError) as error:
        return error_line(str(error))
    except Exception as error:  # an OSError or an SQLite error the notebook did not name
        typed = storage_error(error, f"handover {args.action} could not finish", "", folder)
        if typed is None:
            raise
        return error_line(str(typed))


def _check_arguments(args: argparse.Namespace) -> str | None:
    """What is missing or contradictory, said before any passphrase is asked for."""
    if args.action in ("export", "import") and not args.target:
        return (
            f"handover {args.action} needs the case REF"
            if args.action == "export"
            else ("handover import needs the packet FILE")
        )
    if args.action != "export":
        return None
    missing = [
        option
        for option, value in (("--out FILE", args.out), ("--second-lang CODE", args.second_lang),
                              ("--purpose TEXT", args.purpose),
                              ("--legal-basis ID", args.legal_basis))
        if not value
    ]  # fmt: skip
    if not (args.to_key or args.passphrase):
        missing.append("--to-key KEY or --passphrase")
    if missing:
        return "handover export needs " + ", ".join(missing)
    if args.legal_basis == OTHER_BASIS and not args.legal_basis_text.strip():
        return "--legal-basis other needs --legal-basis-text: the basis in your words"
    if args.to_key:
        from interact_desktop.core.handover.keys import recipient_key

        recipient_key(args.to_key)  # a mistyped key is refused before any passphrase
    return None


def _read_packet(path: Path) -> bytes:
    from interact_desktop.core.handover.errors import NotAPacket
    from interact_desktop.core.handover.packet import MAX_PACKET_BYTES, read_envelope

    try:
        if path.stat().st_size > MAX_PACKET_BYTES:
            raise NotAPacket(f"{path} is far larger than a hand-over packet. Nothing was imported.")
        data = path.read_bytes()
    except OSError as error:
        raise ValueError(f"Cannot read {path}: {error.strerror}") from None
    read_envelope(data)  # a foreign, cut or altered file is refused before any passphrase
    return data


def _act(args: argparse.Namespace, notebook: Notebook, packet_data: bytes) -> int:
    from interact_desktop.core.notebook.handover import own_key

    if args.action == "key":
        print(own_key(notebook))
        return 0
    if args.action == "export":
        return _export(args, notebook)
    return _import(args, notebook, packet_data)


def _export(args: argparse.Namespace, notebook: Notebook) -> int:
    from interact_desktop.core.content.handbook import load_handbook
    from interact_desktop.core.handover import legal_bases, words
    from interact_desktop.core.handover.keys import recipient_key
    from interact_desktop.core.handover.payload import Provenance
    from interact_desktop.core.notebook.handover import Selection, build_payload, export_handover

    handbook = load_handbook(paths.content_dir())
    known = [basis.id for basis in legal_bases.choices(handbook.checklists)]
    if args.legal_basis not in (*known, OTHER_BASIS):
        return error_line(f"unknown --legal-basis {args.legal_basis!r}; choose one of "
                          + ", ".join((*known, OTHER_BASIS)))  # fmt: skip
    key = recipient_key(args.to_key) if args.to_key else None
    case_id = case_by_reference(notebook, args.target)
    chosen = _checklists(notebook, case_id, args.checklist)
    notes = [note.id for note in notebook.notes.of_case(case_id)] if args.notes else []
    sender_lang = args.handover_lang or args.lang or "en"
    provenance = Provenance(
        sender_name=args.sender or _user_name(),
        organisation=args.organisation,
        country=args.country,
        date=dt.date.today().isoformat(),
        purpose=args.purpose,
        legal_basis="" if args.legal_basis == OTHER_BASIS else args.legal_basis,
        legal_basis_text=args.legal_basis_text,
        sender_language=sender_lang,
        recipient_language=args.second_lang,
        recipient=args.recipient,
    )
    selection = Selection(
        timeline=not args.no_timeline, checklists=chosen, notes=notes, preset=args.preset
    )
    payload = build_payload(notebook, case_id, selection, provenance, handbook.checklists)
    phrase = words.one_time_passphrase() if args.passphrase else None
    export_handover(notebook, case_id, payload, args.out, key=key, passphrase=phrase)
    print(f"Hand-over packet written to {args.out}.")
    if args.pdf is not None:
        _pdf(notebook, handbook, case_id, payload, args.pdf)
    if phrase is not None:
        print(
            "One-time passphrase (give it to the recipient by another channel, such as a phone "
            f"call; it is shown only now):\n{phrase}"
        )
    return 0


def _pdf(
    notebook: Notebook, handbook: Handbook, case_id: int, payload: Payload, target: Path
) -> None:
    from interact_desktop.core.export.handover_pdf import HandoverReport

    HandoverReport(handbook).write(payload, target)
    recipient = payload.provenance.recipient
    notebook.register.record(case_id, f"hand-over (PDF): {target.name}", recipient,
                             payload.preset)  # fmt: skip
    print(f"Hand-over PDF written to {target}.")


def _checklists(notebook: Notebook, case_id: int, wanted: list[str]) -> list[str]:
    """The case's checklists named by their own id or their template's (all when none named)."""
    from interact_desktop.core.notebook.errors import NotebookError

    stored = notebook.checklists.all(case_id)
    if not wanted:
        return [checklist.id for checklist in stored]
    names = {name for c in stored for name in (c.id, c.template)}
    if unknown := [name for name in wanted if name not in names]:
        raise NotebookError(f"The case has no checklist {unknown[0]!r}.")
    chosen = [c.id for c in stored if c.id in wanted or c.template in wanted]
    return chosen


def _import(args: argparse.Namespace, notebook: Notebook, data: bytes) -> int:
    from interact_desktop.core.handover.packet import TO_PASSPHRASE, kind_of
    from interact_desktop.core.notebook.handover import import_payload, open_packet

    phrase = None
    if kind_of(data) == TO_PASSPHRASE:
        phrase = read_passphrase("One-time passphrase of the packet: ")
    payload = open_packet(notebook, data, phrase)
    _describe(payload, args.lang or "en")
    case_id = import_payload(notebook, payload, Path(args.target).name, args.ref)
    case = notebook.cases.get(case_id)
    print(
        f"Case {case.reference} created (id {case_id}). Checklists: {len(payload.checklists)}, "
        f"timeline entries: {len(payload.timeline)}, notes: {len(payload.notes)}."
    )
    return 0


def _describe(payload: Payload, lang: str) -> None:
    """The provenance, printed before the case is made (the preview of the command line)."""
    from interact_desktop.core.content.handbook import load_handbook
    from interact_desktop.core.handover.legal_bases import described

    origin = payload.provenance
    checklists = load_handbook(paths.content_dir()).checklists
    basis = described(origin.legal_basis, origin.legal_basis_text, checklists, lang)
    for name, value in (
        ("From", origin.sender()),
        ("To", origin.recipient),
        ("Date", origin.date),
        ("Purpose", origin.purpose),
        ("Lawful basis", basis),
        ("Languages", f"{origin.sender_language} → {origin.recipient_language}"),
    ):
        if value:
            print(f"{name}: {value}")


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"
