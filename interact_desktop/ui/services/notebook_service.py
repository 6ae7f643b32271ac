"""The notebook as the window sees it: the one module of ui/ that calls core.notebook.

Views ask this adapter for cases, notes and timeline entries as plain tuples and never hold the
``Notebook`` itself, so locking drops the decrypted store in one place and new case fields reach
the views through small changes here. Opening and creating run off the GUI thread: Argon2id takes
a noticeable moment on purpose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal

from interact_desktop.ui.common.background import Background, Job, Report

if TYPE_CHECKING:
    from interact_desktop.core.content.model import Checklist
    from interact_desktop.core.flowcharts.guided import NotebookTimeline
    from interact_desktop.core.forms.answers import FilledChecklist
    from interact_desktop.core.notebook.checklists import NotebookDraftStore
    from interact_desktop.core.notebook.dossier import Dossier
    from interact_desktop.core.notebook.records import Case, ExportRecord, Note, SearchHit
    from interact_desktop.core.notebook.store import Notebook

WRONG_PASSPHRASE = "wrong-passphrase"
FAILED = "failed"


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
        self._job = None
        self._notebook = notebook
        self.busyChanged.emit(False)
        self.unlocked.emit()

    def _failed(self, kind: str, detail: str) -> None:
        self._job = None
        self.busyChanged.emit(False)
        self.failed.emit(kind, detail)

    def lock(self) -> None:
        """Close the database and drop the object; views clear themselves on ``locked``."""
        if self._notebook is not None:
            self.aboutToLock.emit()
        notebook, self._notebook = self._notebook, None
        if notebook is not None:
            notebook.lock()
            self.locked.emit()

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

    def record_subject_access(self, case_id: int, file_name: str, recipient: str) -> None:
        what = f"subject access (JSON): {file_name}"
        self._book.register.record(case_id, what, recipient, "full")

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
        self._drafts(case_id, lang).save(draft_id, filled)

    def delete_checklist(self, draft_id: str) -> None:
        self._drafts().delete(draft_id)

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
