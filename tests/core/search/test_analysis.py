from interact_desktop.core.search.analysis import fold, stems, words


def test_folding_removes_case_and_accents_in_every_script():
    assert fold("ΠΑΙΔΙΟΥ") == fold("παιδιού") == "παιδιου"
    assert fold("Παιδιά") == "παιδια"
    assert fold("ς") == "σ"
    assert fold("Délai") == "delai"
    assert fold("autorità") == "autorita"


def test_elided_articles_are_dropped_and_offsets_kept():
    text = "l'enfant dell’autorità"
    found = list(words(text, "fr"))
    assert [w for w, _, _ in found][:1] == ["enfant"]
    assert [text[s:e] for _, s, e in found] == ["enfant", "dell", "autorità"]
    assert [w for w, _, _ in words(text, "it")] == ["enfant", "autorita"]


def test_stemming_per_language():
    assert stems("children child", "en")[1] == "child"
    assert stems("enfants enfant", "fr") == ["enfant", "enfant"]
    assert stems("tutori tutore", "it") == ["tutor", "tutor"]
    assert stems("ΕΠΙΤΡΟΠΟΣ επιτρόπου", "el")[0] == stems("ΕΠΙΤΡΟΠΟΣ επιτρόπου", "el")[1]
