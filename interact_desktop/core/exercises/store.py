"""Exercise runs on disk: one JSON file per run, in a folder of their own.

Runs are training material about fictional children, so they never go into the case notebook; each
file says ``"fictional": true``. Every change is written whole and atomically, so a crash leaves
the run as it was at the last recorded decision. A damaged file is reported, never fatal.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from interact_desktop.core.atomic import write_atomic
from interact_desktop.core.exercises.run import RUN_ID, ExerciseError, ExerciseRun


class BrokenRun(NamedTuple):
    """A file in the folder that could not be read as a run, and why."""

    path: Path
    problem: str


class Listing(NamedTuple):
    runs: list[ExerciseRun]  # newest first
    broken: list[BrokenRun]


class ExerciseStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, run_id: str) -> Path:
        if not RUN_ID.match(run_id):
            raise ExerciseError(f"'{run_id}' is not a run id")
        return self.folder / f"{run_id}.json"

    def save(self, run: ExerciseRun) -> None:
        write_atomic(self.path(run.id), run.to_json())

    def load(self, run_id: str) -> ExerciseRun:
        path = self.path(run_id)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ExerciseError(f"no exercise run '{run_id}'") from None
        except (OSError, UnicodeDecodeError) as error:
            raise ExerciseError(f"{path.name} cannot be read: {error}") from None
        try:
            run = ExerciseRun.from_json(text)
        except ExerciseError as error:
            raise ExerciseError(f"{path.name} is damaged: {error}") from None
        if run.id != run_id:
            raise ExerciseError(f"{path.name} holds run '{run.id}'")
        return run

    def list(self) -> Listing:
        runs, broken = [], []
        for path in sorted(self.folder.glob("*.json")):
            try:
                runs.append(self.load(path.stem))
            except ExerciseError as error:
                broken.append(BrokenRun(path, str(error)))
        runs.sort(key=lambda run: run.started, reverse=True)
        return Listing(runs, broken)

    def delete(self, run_id: str) -> None:
        self.path(run_id).unlink(missing_ok=True)
