"""The legal bases a sender chooses from: the lawful bases the guidance explains (the choices of
the data-sharing checklist's "lawful basis" question: the GDPR's Article 6 bases it names and
police or judicial purposes under the Law Enforcement Directive and national law), with their
labels in the five languages, taken from the content so they read as the guidance does. A basis
may also be typed in full, or completed in the sender's words."""

from __future__ import annotations

from typing import NamedTuple

from interact_desktop.core.content.model import Localized, localized
from interact_desktop.core.content.tool_model import Checklist

SOURCE_CHECKLIST, SOURCE_ITEM = "data-sharing", "lawful-basis"
NOT_A_BASIS = "none"  # "no basis identified: do not share yet" is a reason not to send


class LegalBasis(NamedTuple):
    id: str
    label: Localized


def choices(checklists: dict[str, Checklist]) -> tuple[LegalBasis, ...]:
    checklist = checklists.get(SOURCE_CHECKLIST)
    item = checklist.item(SOURCE_ITEM) if checklist else None
    if item is None:
        return ()
    return tuple(LegalBasis(c.id, c.label) for c in item.choices if c.id != NOT_A_BASIS)


def described(basis_id: str, typed: str, checklists: dict[str, Checklist], lang: str) -> str:
    """The basis as printed in ``lang``: the chosen basis's label, then what was typed."""
    label = next((localized(b.label, lang) for b in choices(checklists) if b.id == basis_id), "")
    return " — ".join(part for part in (label, typed.strip()) if part)
