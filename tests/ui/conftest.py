"""A main window over the shipped content, with settings and bookmarks in a temporary dir."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from interact_desktop import paths
from interact_desktop.core.bookmarks import BookmarkStore
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.page_cache import PageCache
from interact_desktop.core.content.render import PageRenderer
from interact_desktop.core.forms.drafts import JsonDraftStore
from interact_desktop.ui.fonts import register_fonts, use_bundled_font
from interact_desktop.ui.i18n import LanguageManager
from interact_desktop.ui.main_window import MainWindow
from interact_desktop.ui.search_service import SearchService


@pytest.fixture(scope="session")
def handbook():
    return load_handbook(paths.content_dir())


@pytest.fixture(scope="session")
def search_cache(tmp_path_factory):
    """One cache dir for the whole session, so the search index is built only once."""
    return tmp_path_factory.mktemp("search-cache")


@pytest.fixture
def make_window(qapp, qtbot, tmp_path, handbook, search_cache):
    """Builds windows that share one user dir, so a test can 'restart' the app."""
    register_fonts(paths.resources_dir() / "fonts")
    use_bundled_font(qapp)
    user = paths.UserPaths.for_basedir(tmp_path).ensure()
    managers = []
    services = []

    def make() -> MainWindow:
        settings = QSettings(str(user.settings_file), QSettings.Format.IniFormat)
        languages = LanguageManager(qapp, paths.translations_dir())
        managers.append(languages)
        bookmarks = BookmarkStore(user.bookmarks_file)
        renderer = PageRenderer(handbook, PageCache(user.cache / "pages", "test"))

        def make_search() -> SearchService:
            services.append(SearchService(handbook, search_cache, "test"))
            return services[-1]

        drafts = JsonDraftStore(user.data / "drafts")
        window = MainWindow(
            handbook,
            languages,
            settings,
            bookmarks,
            renderer,
            "light",
            make_search,
            drafts,
            user.exercises_dir,
            user.data / "notebook",
        )
        qtbot.addWidget(window)
        window.restore_state()
        languages.set_language(str(settings.value("language", "en")))
        window.open_place(str(settings.value("lastPlace", "section:about")))
        window.show()
        window.finish_startup()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield make
    for languages in managers:
        languages.set_language("en")
    for service in services:
        service.shutdown()


@pytest.fixture
def window(make_window):
    return make_window()
