"""A person using the notebook, as a process a test can kill at any instant.

``python -m tests.helpers.notebook_driver BASEDIR SIDELOG SEED AUTOSAVE_MS`` (the passphrase on
the first line of standard input, as the command line reads it) claims the notebook folder of
BASEDIR the way the app does, then runs random operations until it is killed: notes typed and
edited, checklist answers typed, lock and unlock, a backup, a case report exported. Typing is
saved the way the window saves it: at the latest ``AUTOSAVE_MS`` after the first unsaved
keystroke, and when the person leaves the note or the checklist.

Every keystroke and every acknowledged save is appended to SIDELOG (one JSON object a line,
flushed and fsync'd before the driver goes on), with the wall-clock time, so the test can tell
after the kill what had been typed, and what saved, more than 2 s before it. The driver prints
``op N KIND`` to standard output before each operation.

Texts carry their own check: a note's body is ``body_of(tag, words)`` and a checklist's answer
``body_of(draft_id, words)``, so what the notebook holds can be told whole or torn, and how much
of the typing it holds (``words_in``).
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

NOTEBOOK = Path("data") / "notebook"
TEMPLATE = "stress-check"  # the checklist the driver fills in: one free-text answer
ANSWER = "notes"
KEYSTROKE_S = 0.01  # between two batches of keystrokes
WORDS = [
    "the",
    "boy",
    "said",
    "his",
    "cousin",
    "waits",
    "near",
    "the",
    "station",
    "in",
    "Milano",
    "and",
    "a",
    "man",
    "took",
    "his",
    "phone",
]


def body_of(tag: str, words: int) -> str:
    """What has been typed after ``words`` batches of keystrokes into the text tagged ``tag``."""
    return " ".join([tag, *(WORDS[n % len(WORDS)] for n in range(words))])


def words_in(body: str) -> tuple[str, int] | None:
    """(tag, words typed) of a saved text, or None when it is not whole."""
    tag, _, _ = body.partition(" ")
    count = len(body.split()) - 1
    return (tag, count) if body == body_of(tag, count) else None


class SideLog:
    """Append-only, every line on the disk before the driver goes on."""

    def __init__(self, path: Path) -> None:
        self._file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (open until killed)

    def write(self, durable: bool = True, **event: object) -> None:
        """One event; ``durable`` ones (acknowledged writes) are fsync'd. The others reach the
        kernel (flush), which a killed process cannot take back: only a power cut could."""
        self._file.write(json.dumps({"t": time.time(), **event}) + "\n")
        self._file.flush()
        if durable:
            os.fsync(self._file.fileno())


def read_side_log(path: Path) -> list[dict]:
    """Every whole line of a side log (the last may be cut by the kill)."""
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            events.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return events


class Driver:
    def __init__(self, base: Path, log: SideLog, rng: random.Random, autosave_s: float) -> None:
        self.folder = base / NOTEBOOK
        self.out = base / "out"
        self.out.mkdir(exist_ok=True)
        self.log = log
        self.rng = rng
        self.autosave_s = autosave_s
        self.passphrase = sys.stdin.readline().rstrip("\n")
        self.handbook = None  # loaded at the first export, as the window does
        self.book = self._open()
        self.process = f"p{os.getpid()}"
        self.made = 0

    def _open(self):
        from interact_desktop.core.notebook.store import Notebook

        return Notebook.open(self.folder, self.passphrase)

    # -- typing, saved as the window saves it -------------------------------------------------

    def _type(self, kind: str, tag: str, words: int, save) -> None:
        """Type a few batches of keystrokes into the text ``tag`` (``words`` typed so far),
        saving at the latest ``autosave_s`` after the first unsaved batch, and on leaving."""
        batches = self.rng.choice((*range(1, 8), *range(1, 8), 120))  # now and then over a second
        first_unsaved: float | None = None
        for _ in range(batches):
            words += 1
            self.log.write(durable=False, ev="typed", kind=kind, tag=tag, words=words)
            first_unsaved = first_unsaved or time.monotonic()
            if time.monotonic() - first_unsaved >= self.autosave_s:
                save(words)
                first_unsaved = None
            time.sleep(KEYSTROKE_S)
        if first_unsaved is not None:
            save(words)

    def _saver(self, kind: str, tag: str, write):
        def save(words: int) -> None:
            write(body_of(tag, words))
            self.log.write(ev="saved", kind=kind, tag=tag, words=words)

        return save

    def new_note(self) -> None:
        case_id = self._case()
        self.made += 1
        tag = f"N{self.process}x{self.made}"
        note: list[int] = []

        def write(body: str) -> None:
            if note:
                self.book.notes.update(note[0], body)
            else:
                note.append(self.book.notes.add(case_id, body))

        self._type("note", tag, 0, self._saver("note", tag, write))

    def edit_note(self) -> None:
        notes = [n for c in self._cases() for n in self.book.notes.of_case(c)]
        if not notes:
            return self.new_note()
        note = self.rng.choice(notes)
        whole = words_in(note.body)
        assert whole is not None, f"a torn note: {note.body!r}"
        tag, words = whole

        def write(body: str) -> None:
            self.book.notes.update(note.id, body)

        self._type("note", tag, words, self._saver("note", tag, write))

    def checklist(self) -> None:
        from interact_desktop.core.forms.answers import FilledChecklist
        from interact_desktop.core.forms.drafts import new_draft_id
        from interact_desktop.core.notebook.checklists import NotebookDraftStore

        store = NotebookDraftStore(self.book, self._case())
        drafts = store.list()
        if drafts and self.rng.random() < 0.7:
            draft_id, filled = self.rng.choice(drafts)
            whole = words_in(filled.answers[ANSWER])
            assert whole is not None, f"a torn answer: {filled.answers[ANSWER]!r}"
            words = whole[1]
        else:
            draft_id, filled, words = new_draft_id(), FilledChecklist(TEMPLATE, 1), 0

        def write(body: str) -> None:
            filled.answers[ANSWER] = body
            filled.updated = time.strftime("%Y-%m-%dT%H:%M:%S")
            store.save(draft_id, filled)

        self._type("checklist", draft_id, words, self._saver("checklist", draft_id, write))

    # -- the other operations -----------------------------------------------------------------

    def lock_and_unlock(self) -> None:
        problem = self.book.lock()
        assert problem is None, problem
        self.log.write(ev="locked")
        self.book = self._open()
        self.log.write(ev="unlocked")

    def backup(self) -> None:
        from interact_desktop.core.notebook.backup import backup

        backup(self.book, self.out / "notebook.backup")
        self.log.write(ev="backup")

    def export(self) -> None:
        from interact_desktop import paths
        from interact_desktop.core.content.handbook import load_handbook
        from interact_desktop.core.export.case_report_pdf import export_case_report

        self.handbook = self.handbook or load_handbook(paths.content_dir())
        export_case_report(self.book, self.handbook, self._case(), self.out / "report.pdf", "en")
        self.log.write(ev="export")

    def _cases(self) -> list[int]:
        return [case_id for case_id, _, _ in self.book.cases.summaries()]

    def _case(self) -> int:
        cases = self._cases()
        if len(cases) < 5:
            return self.book.cases.add(f"Case {len(cases) + 1}")
        return self.rng.choice(cases)

    def run(self) -> None:
        kinds = (
            (self.new_note, 20), (self.edit_note, 42), (self.checklist, 25),
            (self.lock_and_unlock, 5), (self.backup, 3), (self.export, 5),
        )  # fmt: skip
        operations = [op for op, weight in kinds for _ in range(weight)]
        number = 0
        while True:
            number += 1
            operation = self.rng.choice(operations)
            print(f"op {number} {operation.__name__}", flush=True)
            operation()


def main(argv: list[str]) -> None:
    from interact_desktop.core.notebook.folder_claim import claim

    base, log_path, seed, autosave_ms = Path(argv[0]), Path(argv[1]), int(argv[2]), int(argv[3])
    with claim(base / NOTEBOOK):
        driver = Driver(base, SideLog(log_path), random.Random(seed), autosave_ms / 1000)
        print("ready", flush=True)
        driver.run()


if __name__ == "__main__":
    main(sys.argv[1:])
