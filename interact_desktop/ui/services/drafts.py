"""Where checklists are saved now: plaintext drafts until a notebook exists, then the notebook.

Features hold this one object rather than a store, so the switch (on unlocking) reaches the form
without anyone handing it a new store; ``aboutToSwitch`` lets a form save what it holds into the
store it was filled in first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from interact_desktop.core.forms.drafts import DraftStore

if TYPE_CHECKING:
    from interact_desktop.core.forms.answers import FilledChecklist


class DraftService(QObject):
    aboutToSwitch = Signal()

    def __init__(self, store: DraftStore) -> None:
        super().__init__()
        self.current = store
        self.plaintext = store  # the JSON drafts of before the notebook, moved in on unlocking

    def use(self, store: DraftStore) -> None:
        if store is self.current:
            return
        self.aboutToSwitch.emit()
        self.current = store

    def list(self) -> list[tuple[str, FilledChecklist]]:
        return self.current.list()

    def load(self, draft_id: str) -> FilledChecklist | None:
        return self.current.load(draft_id)

    def save(self, draft_id: str, filled: FilledChecklist) -> None:
        self.current.save(draft_id, filled)

    def delete(self, draft_id: str) -> None:
        self.current.delete(draft_id)

    def case_reference(self, draft_id: str) -> str:
        """The reference of the case a checklist is attached to; "" when it is attached to none
        (plaintext drafts never are: cases live in the notebook)."""
        reference = getattr(self.current, "case_reference", None)
        return str(reference(draft_id)) if reference is not None else ""
