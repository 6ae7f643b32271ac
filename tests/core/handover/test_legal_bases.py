"""The lawful bases offered are the guidance's own, in five languages, never "no basis"."""

from __future__ import annotations

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.handover.legal_bases import choices, described
from interact_desktop.core.languages import LANGUAGES
from tests.conftest import REPO

HANDBOOK = load_handbook(REPO / "content")


def test_the_bases_are_the_data_sharing_checklists_without_none():
    offered = choices(HANDBOOK.checklists)
    assert [basis.id for basis in offered] == [
        "legal-obligation", "vital-interests", "public-task", "law-enforcement", "consent",
    ]  # fmt: skip
    assert all(basis.label.get(lang) for basis in offered for lang in LANGUAGES)


def test_a_basis_is_described_in_a_language_and_completed_as_typed():
    assert described("vital-interests", "", HANDBOOK.checklists, "it") == (
        "Gli interessi vitali del minore"
    )
    assert described("public-task", " art. 6(1)(e) ", HANDBOOK.checklists, "en") == (
        "A task in the public interest or official authority — art. 6(1)(e)"
    )
    assert described("", "Loi n° 2016-297", HANDBOOK.checklists, "fr") == "Loi n° 2016-297"
    assert choices({}) == ()
