from interact_desktop.core.languages import LANGUAGES, NATIVE_NAMES, pick_language


def test_five_languages_with_english_first():
    assert LANGUAGES == ("en", "nl", "fr", "el", "it")
    assert set(NATIVE_NAMES) == set(LANGUAGES)


def test_pick_language_takes_first_supported_locale():
    assert pick_language(["de-DE", "el-GR", "fr-FR"]) == "el"
    assert pick_language(["nl_BE"]) == "nl"
    assert pick_language(["IT"]) == "it"


def test_pick_language_falls_back_to_english():
    assert pick_language(["de-DE", "pt-BR"]) == "en"
    assert pick_language([]) == "en"
