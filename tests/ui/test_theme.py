from PySide6.QtGui import QPalette

from interact_desktop.core.settings import Settings
from interact_desktop.ui.common.theme import Appearance


def window_lightness(app) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_chosen_theme_is_applied_and_remembered(qapp, tmp_path):
    original = qapp.palette()
    settings = Settings(tmp_path / "settings.ini")
    try:
        appearance = Appearance(qapp, settings)
        appearance.choose("dark")
        assert window_lightness(qapp) < 80
        assert Appearance(qapp, settings).theme == "dark"
        appearance.choose("light")
        assert window_lightness(qapp) > 200
        (tmp_path / "settings.ini").write_text("[General]\ntheme=purple\n", encoding="utf-8")
        assert Appearance(qapp, Settings(tmp_path / "settings.ini")).theme == "system"
    finally:
        qapp.setPalette(original)


def test_system_theme_follows_the_platform_palette(qapp, tmp_path):
    original = qapp.palette()
    settings = Settings(tmp_path / "settings.ini")
    try:
        dark = QPalette(original)
        dark.setColor(QPalette.ColorRole.Window, "#202020")
        qapp.setPalette(dark)
        assert Appearance(qapp, settings).dark is True
        light = QPalette(original)
        light.setColor(QPalette.ColorRole.Window, "#f0f0f0")
        qapp.setPalette(light)
        assert Appearance(qapp, settings).dark is False
    finally:
        qapp.setPalette(original)
