"""The notebook as the window sees it: the one module of ui/ that calls core.notebook.

Views ask this adapter for cases, notes and timeline entries as plain tuples and never hold the
``Notebook`` itself, so locking drops the decrypted store in one place and new case fields reach
the views through small changes here. Opening and creating run off the GUI thread: Argon2id takes
a noticeable moment on purpose.

Locking never fails: a full disk or a read-only medium may stop the last checkpoint or the last
save, but the notebook is dropped, its connection (and SQLCipher's key with it) closed, and
``locked`` emitted all the same; what went wrong arrives afterwards as a ``LockProblem``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal

from interact_desktop.ui.common.background import Background, Job, Report

if TYPE_CHECKING:
    from interact_desktop.core.content.tool_model import Checklist
    from interact_desktop.core.flowcharts.guided import NotebookTimeline
    from interact_desktop.core.forms.answers import FilledChecklist
    from interact_desktop.core.handover.payload import Payload, Provenance
    from interact_desktop.core.notebook.checklists import NotebookDraftStore
    from interact_desktop.core.notebook.dossier import Dossier
    from interact_desktop.core.notebook.handover import Selection
    from interact_desktop.core.notebook.records import Case, ExportRecord, Note, SearchHit
    from interact_desktop.core.notebook.store import Notebook

WRONG_PASSPHRASE = "wrong-passphrase"
FAILED = "failed"
LOCKED_WHILE_OPENING = "locked-while-opening"  # a lock came before the key was derived

# What a storage error means for the person at the keyboard.
DISK_FULL = "disk-full"
READ_ONLY = "read-only"  # a write-protected or read-only mounted medium
DENIED = "denied"  # this account may not write there
DEVICE = "device"  # the disk reported a read or write error
DAMAGED = "damaged"
STORAGE = "storage"  # the disk said no, and did not say why

# What may be left unsaved when a lock comes while the disk fails.
NOTE = "note"
CASE_DETAILS = "case-details"
CHECKLIST = "checklist"

# Widgets that show what the notebook holds set this property to True (on themselves or on an
# ancestor): the notebook's clipboard guard then clears what is copied or selected in them.
CASE_DATA = "caseData"


def storage_problem(error: BaseException, folder: Path) -> str:
    """DISK_FULL, READ_ONLY, DENIED, DEVICE, DAMAGED or STORAGE: the kind the core names the
    error (``storage_error``, which also looks at the disk when SQLite says no more than "disk
    I/O error"), so the window and the command line never read a failure two ways."""
    from interact_desktop.core.notebook.errors import (
        AccessDenied,
        DamagedFile,
        DeviceError,
        DiskFull,
        ReadOnlyMedium,
        storage_error,
    )

    typed = storage_error(error, "locking", "", folder) or error
    kinds = ((DiskFull, DISK_FULL), (ReadOnlyMedium, READ_ONLY), (AccessDenied, DENIED),
             (DeviceError, DEVICE), (DamagedFile, DAMAGED))  # fmt: skip
    return next((name for kind, name in kinds if isinstance(typed, kind)), STORAGE)


class LockProblem(NamedTuple):
    """The notebook locked, but the disk failed on the way: what kind of failure, the system's
    own words (no case data: an error message from SQLite or the system), and what could not be
    saved (NOTE, CASE_DETAILS, CHECKLIST)."""

    kind: str
    detail: str
    unsaved: tuple[str, ...]


class CaseRow(NamedTuple):
    id: int
    reference: str
    status: str


class TimelineEntry(NamedTuple):
    at: str  # ISO date and time
    kind: str  # manual, or what the app recorded
    text: str


class NotebookService(QObject):
    unlocked = Signal()
    aboutToLock = Signal()  # the last moment to save: the database is still open
    locked = Signal()
    lockProblem = Signal(object)  # a LockProblem, after ``locked``
    failed = Signal(str, str)  # WRONG_PASSPHRASE or FAILED, detail
    busyChanged = Signal(bool)

    def __init__(
        self, folder: Path, background: Background | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.background = background or Background()
        self._notebook: Notebook | None = None
        self._job: Job | None = None
        self._locking = False
        self._lock_on_opening = False  # a lock asked for while the key was being derived
        self._unsaved: list[tuple[str, Exception]] = []  # saves that failed while locking

    # -- lifecycle ----------------------------------------------------------------------------

    def exists(self) -> bool:
        from interact_desktop.core.notebook.store import Notebook

        return Notebook.exists(self.folder)

    @property
    def is_unlocked(self) -> bool:
        return self._notebook is not None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def unlock(self, passphrase: str) -> None:
        self._start(passphrase, create=False)

    def create(self, passphrase: str) -> None:
        self._start(passphrase, create=True)

    def _start(self, passphrase: str, create: bool) -> None:
        """Derive the key and open (or create) the database in the background."""
        if self._job is not None or self._notebook is not None:
            return
        folder = self.folder

        def work(_report: Report) -> Notebook:
            from interact_desktop.core.notebook.store import Notebook

            if create:
                return Notebook.create(folder, passphrase)
            return Notebook.open(folder, passphrase)

        self.busyChanged.emit(True)
        self._job = self.background.run(work, done=self._opened, failed=self._open_failed)

    def _open_failed(self, error: Exception) -> None:
        from interact_desktop.core.notebook.store import WrongPassphrase

        if isinstance(error, WrongPassphrase):
            self._failed(WRONG_PASSPHRASE, "")
        else:  # a damaged file or a full disk must not end the app
            self._failed(FAILED, str(error))

    def _opened(self, notebook: Notebook) -> None:
        if self._lock_on_opening:  # the computer went to sleep while the key was derived
            self._lock_on_opening = False
            _close(notebook)
            self._failed(LOCKED_WHILE_OPENING, "")
            return
        self._job = None
        self._notebook = notebook
        self.busyChanged.emit(False)
        self.unlocked.emit()

    def _failed(self, kind: str, detail: str) -> None:
        self._job = None
        self._lock_on_opening = False
        self.busyChanged.emit(False)
        self.failed.emit(kind, detail)

    def lock(self) -> None:
        """Save what is typed (``aboutToLock``), then drop the notebook and close its database,
        whatever the disk says; views clear themselves on ``locked``. A failure on the way is
        reported afterwards (``lockProblem``): hiding and forgetting comes first."""
        notebook = self._notebook
        if notebook is None:
            self._lock_on_opening = self._job is not None  # opening: close it once it opens
            return
        self._unsaved = []
        self._locking = True
        try:
            self.aboutToLock.emit()
        finally:
            self._locking = False
            self._notebook = None
            closing = _close(notebook)
            self.locked.emit()
        errors = [error for _, error in self._unsaved]
        if closing is not None:
            errors.append(closing)
        if errors:
            unsaved = tuple(dict.fromkeys(what for what, _ in self._unsaved))
            kind = storage_problem(errors[0], self.folder)
            self.lockProblem.emit(LockProblem(kind, str(errors[0]), unsaved))
        self._unsaved = []

    @contextlib.contextmanager
    def _saving(self, what: str) -> Iterator[None]:
        """A save that fails while the notebook locks is remembered for the lock's report; the
        error still reaches the caller, which keeps the text on screen until the lock clears it."""
        try:
            yield
        except Exception as error:
            if self._locking:
                self._unsaved.append((what, error))
            raise

    @property
    def _book(self) -> Notebook:
        if self._notebook is None:
            raise RuntimeError("the notebook is locked")
        return self._notebook

    # -- cases --------------------------------------------------------------------------------

    def cases(self) -> list[CaseRow]:
        return [CaseRow(*row[:3]) for row in self._book.cases.summaries()]

    def add_case(self, reference: str) -> int:
        return self._book.cases.add(reference.strip())

    def reference(self, case_id: int) -> str:
        return next((case.reference for case in self.cases() if case.id == case_id), "")

    # -- notes and timeline -------------------------------------------------------------------

    def notes(self, case_id: int) -> list[Note]:
        return self._book.notes.of_case(case_id)

    def save_note(self, case_id: int, note_id: int | None, body: str, lang: str) -> int:
        """Writes a note (a new one when ``note_id`` is None); returns its id."""
        with self._saving(NOTE):
            if note_id is None:
                return self._book.notes.add(case_id, body, lang)
            self._book.notes.update(note_id, body, lang)
            return note_id

    def timeline(self, case_id: int) -> list[TimelineEntry]:
        return [TimelineEntry(*row) for row in self._book.timeline.lines(case_id)]

    def add_entry(self, case_id: int, text: str, at: dt.datetime) -> None:
        self._book.timeline.add(case_id, "manual", text.strip(), at.isoformat(timespec="minutes"))

    def search(self, text: str, lang: str) -> list[SearchHit]:
        return self._book.search.find(text, lang)

    # -- case record and GDPR tools -----------------------------------------------------------

    def statuses(self) -> tuple[str, ...]:
        from interact_desktop.core.notebook.records import STATUSES

        return STATUSES

    def case_record(self, case_id: int) -> Case:
        return self._book.cases.get(case_id)

    def update_case(self, case_id: int, **fields: str) -> Case:
        """Writes the fields given (see ``Cases.update``); returns the case as saved."""
        with self._saving(CASE_DETAILS):
            return self._book.cases.update(case_id, **fields)

    def overdue_ids(self, today: dt.date | None = None) -> set[int]:
        """Cases whose retention date has come."""
        return {case.id for case in self._book.cases.overdue_retention(today)}

    def delete_case(self, case_id: int) -> None:
        """For good: notes, timeline, checklists and register lines go with it."""
        self._book.cases.delete(case_id)

    def delete_note(self, note_id: int) -> None:
        self._book.notes.delete(note_id)

    def export_register(self, case_id: int) -> list[ExportRecord]:
        return self._book.register.entries(case_id)

    def case_dossier(
        self, case_id: int, preset: str, templates: Mapping[str, Checklist]
    ) -> Dossier:
        """What a report with ``preset`` may contain, gathered here on the GUI thread; the PDF
        is then written from it elsewhere without touching the database."""
        from interact_desktop.core.notebook.dossier import gather, redact

        return redact(gather(self._book, case_id), preset, templates)

    def subject_access(self, case_id: int) -> str:
        """Everything about the case as JSON (a subject-access request), to be written to a file."""
        from interact_desktop.core.notebook.dossier import gather, subject_access_json

        return subject_access_json(gather(self._book, case_id))

    def record_case_report(self, case_id: int, file_name: str, recipient: str, preset: str) -> None:
        """The register line (and timeline entry) of a case report, worded as the CLI's."""
        self._book.register.record(case_id, f"case report (PDF): {file_name}", recipient, preset)

    def record_police_summary(self, case_id: int, file_name: str) -> None:
        self._book.register.record(case_id, f"summary for the police (PDF): {file_name}", "police")

    def record_subject_access(self, case_id: int, file_name: str, recipient: str) -> None:
        what = f"subject access (JSON): {file_name}"
        self._book.register.record(case_id, what, recipient, "full")

    # -- hand-over to a colleague abroad ------------------------------------------------------

    def handover_payload(
        self,
        case_id: int,
        selection: Selection,
        provenance: Provenance,
        templates: Mapping[str, Checklist],
    ) -> Payload:
        """What a hand-over of the case holds (a core Payload), gathered on the GUI thread."""
        from interact_desktop.core.notebook.handover import build_payload

        return build_payload(self._book, case_id, selection, provenance, templates)

    def record_handover_sent(
        self, case_id: int, payload: Payload, file_name: str, key: str | None
    ) -> None:
        from interact_desktop.core.notebook.handover import record_sent

        record_sent(self._book, case_id, payload, file_name, key)

    def record_handover_pdf(
        self, case_id: int, file_name: str, recipient: str, preset: str
    ) -> None:
        self._book.register.record(case_id, f"hand-over (PDF): {file_name}", recipient, preset)

    def own_handover_key(self) -> str:
        """This installation's public hand-over key (made on first need)."""
        from interact_desktop.core.notebook.handover import own_key

        return own_key(self._book)

    def handover_secret(self) -> str | None:
        """The secret key, to open a packet off the GUI thread; None before the first key. Do
        not keep it."""
        pair = self._book.handover_key.get()
        return pair[0] if pair is not None else None

    def import_handover(self, payload: Payload, source: str) -> int:
        """A new case from a checked packet payload; returns its id."""
        from interact_desktop.core.notebook.handover import import_payload

        return import_payload(self._book, payload, source)

    # -- checklists and guided steps ----------------------------------------------------------

    def _drafts(self, case_id: int | None = None, lang: str = "en") -> NotebookDraftStore:
        from interact_desktop.core.notebook.checklists import NotebookDraftStore

        return NotebookDraftStore(self._book, case_id, lang)

    def checklists(self, case_id: int | None = None) -> list[tuple[str, FilledChecklist]]:
        """Filled checklists, most recently changed first: one case's, or all."""
        return self._drafts(case_id).list()

    def load_checklist(self, draft_id: str) -> FilledChecklist | None:
        return self._drafts().load(draft_id)

    def save_checklist(
        self, draft_id: str, filled: FilledChecklist, lang: str, case_id: int | None = None
    ) -> None:
        """A new checklist goes to ``case_id``; a saved one stays with its case. Finalising one
        that belongs to a case writes the case's timeline entry."""
        with self._saving(CHECKLIST):
            self._drafts(case_id, lang).save(draft_id, filled)

    def delete_checklist(self, draft_id: str) -> None:
        self._drafts().delete(draft_id)

    def case_of_checklist(self, draft_id: str) -> str:
        """The reference of the case a checklist is attached to, "" for none."""
        case_id = self._drafts().case_of(draft_id)
        return self.reference(case_id) if case_id is not None else ""

    def detach_checklist(self, draft_id: str) -> None:
        self._drafts().detach(draft_id)

    def move_json_drafts(self, folder: Path) -> int:
        """Bring the plaintext drafts written before the notebook existed inside; how many."""
        return self._drafts().move_json_drafts(folder)

    def backup(self, target: Path) -> None:
        """The whole notebook as one encrypted file (recorded in the export register)."""
        from interact_desktop.core.notebook.backup import backup

        backup(self._book, target)

    def add_event(self, case_id: int, kind: str, text: str, at: str, lang: str) -> None:
        self._book.timeline.add(case_id, kind, text, at, lang)

    def step_sink(self, case_id: int, lang: str) -> NotebookTimeline:
        """Guided-response steps into a case's timeline, written through this controller."""
        from interact_desktop.core.flowcharts.guided import NotebookTimeline

        return NotebookTimeline(self.add_event, case_id, lang)


def _close(notebook: Notebook) -> Exception | None:
    """Close the database; if that fails (its last checkpoint on a full disk), close the bare
    connection. SQLCipher wipes the key as the connection closes, and the write-ahead log beside
    the file keeps every committed change for the next unlock. The error, raised or returned by
    the core, is returned."""
    lock: Callable[[], object] = notebook.lock  # may also return the disk's complaint
    try:
        complaint = lock()
    except Exception as error:
        with contextlib.suppress(Exception):  # already closed: NotebookLocked
            notebook.connection.close()
        return error
    return complaint if isinstance(complaint, Exception) else None
