"""Which pairs of stems the index holds: only those of two common stems, in their order."""

from __future__ import annotations

from interact_desktop.core.search.pairs import common_stems, indexed_pairs


def test_common_stems_are_those_in_a_twentieth_of_the_documents_or_more():
    documents = [["de", "la", f"mot{n}"] for n in range(58)] + [["rare", "de"], ["rare"]]
    assert common_stems(documents) == {"de", "la"}
    assert common_stems([["seul"]]) == set()  # one document: nothing is common


def test_only_pairs_of_two_common_stems_are_indexed_in_their_order():
    stems = ["de", "la", "maison", "de", "la", "de"]
    assert indexed_pairs(stems, {"de", "la"}) == ["de/la", "de/la", "la/de"]
    assert indexed_pairs(stems, set()) == []
