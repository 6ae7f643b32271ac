"""The app over the shipped content, with its user data in a temporary dir."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from interact_desktop import paths
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.ui.common.fonts import register_fonts, use_bundled_font
from tests.helpers.app import App, start_app


@pytest.fixture(scope="session")
def handbook():
    return load_handbook(paths.content_dir())


@pytest.fixture(scope="session")
def search_cache(tmp_path_factory):
    """One cache dir for the whole session, so the search index is built only once."""
    return tmp_path_factory.mktemp("search-cache")


@pytest.fixture
def make_window(qapp, qtbot, tmp_path, handbook, search_cache):
    """Starts apps that share one user dir, so a test can 'restart' the app."""
    register_fonts(paths.resources_dir() / "fonts")
    use_bundled_font(qapp)
    apps: list[App] = []

    def make() -> App:
        app = start_app(qapp, tmp_path, handbook, search_cache)
        apps.append(app)
        window = app.window
        qtbot.addWidget(window)
        window.show()
        window.finish_startup()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return app

    yield make
    for app in apps:
        app.context.languages.set_language("en")
        app.context.shutdown()


@pytest.fixture
def window(make_window):
    return make_window()
