"""One-time passphrases: enough entropy, from the shipped list, read back as typed."""

from __future__ import annotations

from interact_desktop.core.handover import words


def test_the_word_list_is_the_full_list_of_distinct_simple_words():
    listed = words.word_list()
    assert len(listed) == len(set(listed)) == 2048
    assert all(word.isascii() and word.isalpha() and word.islower() for word in listed)
    assert len({word[:4] for word in listed}) == 2048  # no two share their first four letters


def test_a_passphrase_has_at_least_70_bits():
    assert words.entropy_bits() >= 70
    phrase = words.one_time_passphrase().split()
    assert len(phrase) == words.WORD_COUNT and set(phrase) <= set(words.word_list())


def test_passphrases_differ_each_time():
    assert len({words.one_time_passphrase() for _ in range(50)}) == 50


def test_typing_variations_are_forgiven():
    assert words.normalised(" Alpha-beta\tGAMMA  delta\n") == "alpha beta gamma delta"
