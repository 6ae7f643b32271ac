"""Where checklists being filled in are kept, behind one small interface.

Until the encrypted notebook exists, drafts are JSON files in the user data dir, written so that a
crash leaves the previous version whole. The notebook replaces this store (same interface) and
moves the drafts in, removing these files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from interact_desktop.core.atomic import write_atomic

if TYPE_CHECKING:  # imported where used: the store is created at start-up, drafts are read later
    from interact_desktop.core.forms.answers import FilledChecklist


class DraftStore(Protocol):
    def list(self) -> list[tuple[str, FilledChecklist]]: ...
    def load(self, draft_id: str) -> FilledChecklist | None: ...
    def save(self, draft_id: str, filled: FilledChecklist) -> None: ...
    def delete(self, draft_id: str) -> None: ...


def new_draft_id() -> str:
    import uuid

    return uuid.uuid4().hex


class JsonDraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, draft_id: str) -> Path:
        if not draft_id.isalnum():
            raise ValueError(f"not a draft id: {draft_id!r}")
        return self.folder / f"{draft_id}.json"

    def list(self) -> list[tuple[str, FilledChecklist]]:
        drafts = []
        for path in sorted(self.folder.glob("*.json")):
            filled = self.load(path.stem)
            if filled is not None:
                drafts.append((path.stem, filled))
        return sorted(drafts, key=lambda pair: pair[1].updated, reverse=True)

    def load(self, draft_id: str) -> FilledChecklist | None:
        from interact_desktop.core.forms.answers import AnswerError, FilledChecklist

        try:
            return FilledChecklist.from_json(self._path(draft_id).read_text(encoding="utf-8"))
        except (OSError, AnswerError, ValueError):
            return None

    def save(self, draft_id: str, filled: FilledChecklist) -> None:
        write_atomic(self._path(draft_id), filled.to_json())

    def delete(self, draft_id: str) -> None:
        self._path(draft_id).unlink(missing_ok=True)
