"""Filled checklists kept in the notebook: the DraftStore the checklist form saves through once the
notebook is unlocked, with attach and detach to a case.

The answers are stored encrypted as FilledChecklist JSON; their text (``core.forms.text``) is
indexed in the notebook's search. ``move_json_drafts`` brings the drafts written before the
notebook existed (plaintext JSON files) inside, then overwrites and removes those files.
"""

from __future__ import annotations

import os
from pathlib import Path

from interact_desktop.core.forms.answers import AnswerError, FilledChecklist
from interact_desktop.core.forms.text import answers_text
from interact_desktop.core.notebook.errors import NotebookError
from interact_desktop.core.notebook.records import StoredChecklist
from interact_desktop.core.notebook.store import Notebook


class NotebookDraftStore:
    """A DraftStore over the notebook. With ``case_id``, new drafts are attached to that case and
    ``list`` shows that case's checklists; without, all of them."""

    def __init__(self, notebook: Notebook, case_id: int | None = None, lang: str = "en") -> None:
        self.notebook = notebook
        self.case_id = case_id
        self.lang = lang

    def list(self) -> list[tuple[str, FilledChecklist]]:
        drafts = []
        for stored in self.notebook.checklists.all(self.case_id):
            filled = _parse(stored.body)
            if filled is not None:
                drafts.append((stored.id, filled))
        return sorted(drafts, key=lambda pair: pair[1].updated, reverse=True)

    def load(self, draft_id: str) -> FilledChecklist | None:
        stored = self.notebook.checklists.get(draft_id)
        return _parse(stored.body) if stored else None

    def save(self, draft_id: str, filled: FilledChecklist) -> None:
        stored = self.notebook.checklists.get(draft_id)
        case_id = stored.case_id if stored is not None else self.case_id
        self._store(draft_id, filled, case_id)

    def delete(self, draft_id: str) -> None:
        self.notebook.checklists.delete(draft_id)

    def case_of(self, draft_id: str) -> int | None:
        stored = self.notebook.checklists.get(draft_id)
        return stored.case_id if stored else None

    def attach(self, draft_id: str, case_id: int | None) -> None:
        """Attach the checklist to a case (None detaches it)."""
        if case_id is not None:
            self.notebook.cases.get(case_id)  # raises if the case is gone
        filled = self.load(draft_id)
        if filled is None:
            raise NotebookError("This checklist no longer exists.")
        self._store(draft_id, filled, case_id)

    def detach(self, draft_id: str) -> None:
        self.attach(draft_id, None)

    def move_json_drafts(self, folder: Path) -> int:
        """Move the JSON drafts of ``folder`` (JsonDraftStore's) into the notebook, each in its
        own transaction, then overwrite and remove the plaintext file. Returns how many moved.
        Unreadable files are left alone for a person to look at."""
        moved = 0
        if not folder.is_dir():
            return 0
        for path in sorted(folder.glob("*.json")):
            draft_id = path.stem
            if not draft_id.isalnum():
                continue
            try:
                filled = FilledChecklist.from_json(path.read_text(encoding="utf-8"))
            except (OSError, AnswerError, ValueError):
                continue
            if self.notebook.checklists.get(draft_id) is None:
                self._store(draft_id, filled, self.case_id)
            shred(path)
            moved += 1
        for leftover in folder.glob(".*.json.*.tmp"):  # a write interrupted by a crash
            shred(leftover)
        return moved

    def _store(self, draft_id: str, filled: FilledChecklist, case_id: int | None) -> None:
        body = filled.to_json()
        stored = StoredChecklist(draft_id, case_id, filled.template, body, filled.updated,
                                 filled.finalised)  # fmt: skip
        self.notebook.checklists.save(stored, answers_text(body), self.lang)


def _parse(body: str) -> FilledChecklist | None:
    try:
        return FilledChecklist.from_json(body)
    except AnswerError:
        return None


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it to disk, then remove it. (On SSDs and copy-on-write
    file systems the old blocks may survive; this is the best a program can do.)"""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as stream:
            stream.write(b"\0" * size)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)
