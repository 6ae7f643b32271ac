from interact_desktop.core.search.spelling import Speller, distance


def test_distance_counts_a_swap_as_one_edit():
    assert distance("guardian", "guardian") == 0
    assert distance("gaurdian", "guardian") == 1
    assert distance("guardin", "guardian") == 1
    assert distance("kitten", "sitting") == 3


def test_nearest_prefers_fewer_edits_then_frequency():
    speller = Speller({"guardian": 5, "guardians": 2, "garden": 9, "police": 3})
    assert speller.nearest("gaurdian") == "guardian"
    assert speller.nearest("polcie") == "police"
    assert speller.nearest("guardiann") == "guardian"
    assert speller.nearest("xyzzy") is None
    assert speller.nearest("gurdn", max_distance=1) is None
