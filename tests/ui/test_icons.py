"""Icons: bundled offline with their licence, only those used, drawn in the theme's text colour,
and on the toolbar, the sidebar's tabs, the menus and the start page's tiles."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QIcon, QPalette
from PySide6.QtWidgets import QTabWidget, QToolBar, QToolButton, QWidget

from interact_desktop import paths
from interact_desktop.core.settings import Settings
from interact_desktop.ui.common.icons import ICONS, IconView, icon
from interact_desktop.ui.common.theme import Appearance

ICON_DIR = paths.resources_dir() / "icons"


def opaque_colours(qicon: QIcon, side: int = 32) -> set[str]:
    image = qicon.pixmap(QSize(side, side)).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_the_icons_used_are_bundled_with_their_licence_and_no_others():
    files = {path.stem for path in ICON_DIR.glob("*.svg")} - {paths.app_icon_file().stem}
    assert files == set(ICONS.values())
    licence = (ICON_DIR / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence
    for path in ICON_DIR.glob("*.svg"):
        assert "http" not in path.read_text(encoding="utf-8").replace(
            'xmlns="http://www.w3.org/2000/svg"', ""
        ), f"{path.name} refers to something online"


def test_an_icon_is_drawn_in_the_text_colour_of_the_light_and_the_dark_theme(qapp, tmp_path):
    original = qapp.palette()
    appearance = Appearance(qapp, Settings(tmp_path / "settings.ini"))
    seen = {}
    try:
        for theme in ("light", "dark"):
            appearance.choose(theme)
            text = qapp.palette().color(QPalette.ColorRole.ButtonText).name()
            seen[theme] = opaque_colours(icon("home"))
            assert seen[theme] == {text}
    finally:
        qapp.setPalette(original)
    assert seen["light"] != seen["dark"]


def test_a_disabled_action_draws_its_icon_greyed(qapp, tmp_path):
    original = qapp.palette()
    try:
        Appearance(qapp, Settings(tmp_path / "settings.ini")).choose("dark")
        greyed = icon("back").pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
        disabled = qapp.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        colours = {
            greyed.pixelColor(x, y).name()
            for x in range(32)
            for y in range(32)
            if greyed.pixelColor(x, y).alpha() == 255
        }
        assert colours == {disabled.name()}
    finally:
        qapp.setPalette(original)


def test_a_colour_given_wins_over_the_theme():
    assert opaque_colours(icon("emergency", "#ffffff")) == {"#ffffff"}


def test_toolbar_tabs_menus_and_start_tiles_show_icons(window):
    toolbar = window.findChild(QToolBar, "mainToolbar")
    buttons = [
        button
        for button in toolbar.findChildren(QToolButton)
        if button.defaultAction() is not None and button.isVisible()
    ]
    assert len(buttons) >= 5
    assert [b.defaultAction().objectName() for b in buttons if b.icon().isNull()] == []
    sidebar = window.findChild(QTabWidget, "sidebar")
    assert sidebar.count() >= 4
    assert [sidebar.tabText(i) for i in range(sidebar.count()) if sidebar.tabIcon(i).isNull()] == []
    for name in ("quitAction", "printAction", "exportPageAction", "presentAction", "aboutAction"):
        assert not window.findChild(QAction, name).icon().isNull(), name
    window.open_place("home:")
    page = window.findChild(QWidget, "homePage")
    for tile in ("emergencyButton", "childFoundButton", "borderCrossingButton"):
        picture = page.findChild(IconView, f"{tile}Icon")
        assert picture is not None and picture.isVisible(), tile


def test_the_sidebar_tab_in_front_shows_its_name_and_the_others_their_icon(window):
    from PySide6.QtWidgets import QTabBar

    bar = window.findChild(QTabWidget, "sidebar").findChild(QTabBar)
    window.languages.set_language("el")
    window.show_tab(None)
    widths = [bar.tabRect(i).width() for i in range(bar.count())]
    assert widths[0] > 2 * max(widths[1:])  # the contents, named; the others as icons
    window.focus_search()
    assert bar.tabRect(bar.currentIndex()).width() > 2 * bar.tabRect(0).width()
    assert bar.rect().contains(bar.tabRect(bar.count() - 1))  # all within the sidebar
    assert [bar.tabText(i) for i in range(bar.count())][:2] == ["Περιεχόμενα", "Αναζήτηση"]
    assert bar.tabToolTip(0) == "Περιεχόμενα"


def test_icons_wait_for_the_first_paint_then_draw(qapp):
    from interact_desktop.ui.common import icons

    icons.hold_drawing()
    try:
        assert opaque_colours(icon("lock")) == set()  # blank space of the icon's size
        assert not icon("lock").pixmap(QSize(24, 24)).isNull()
    finally:
        icons.draw_now()
    assert opaque_colours(icon("lock")) != set()


def test_the_window_draws_its_toolbar_icons_once_started(window, qtbot):
    button = next(
        b
        for b in window.findChild(QToolBar, "mainToolbar").findChildren(QToolButton)
        if b.defaultAction() is not None and b.defaultAction().objectName() == "backAction"
    )
    image = button.grab().toImage()
    text = button.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    drawn = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert (
        text.name() in drawn
        or button.palette().color(QPalette.ColorRole.ButtonText).name() in drawn
    )
