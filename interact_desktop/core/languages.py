"""The five languages of the handbook and the UI, in their fixed order."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "nl", "fr", "el", "it")
SOURCE_LANGUAGE = "en"

#: Each language named in itself, as a reader looks for it in a list.
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "nl": "Nederlands",
    "fr": "Français",
    "el": "Ελληνικά",
    "it": "Italiano",
}

#: English names, for messages addressed to content editors.
ENGLISH_NAMES: dict[str, str] = {
    "en": "English",
    "nl": "Dutch",
    "fr": "French",
    "el": "Greek",
    "it": "Italian",
}


def pick_language(candidates: list[str]) -> str:
    """Return the first supported language among locale names such as ``el_GR`` or ``fr-BE``.

    Falls back to English, so a first run on any machine opens in a language the reader can use.
    """
    for name in candidates:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE
