"""Composition root: builds the services, then the main window. No logic of its own."""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from interact_desktop import __version__, paths
from interact_desktop.core.bookmarks import BookmarkStore
from interact_desktop.core.content.page_cache import PageCache
from interact_desktop.core.content.render import PageRenderer
from interact_desktop.core.content.startup_cache import load_with_cache
from interact_desktop.core.forms.drafts import JsonDraftStore
from interact_desktop.core.languages import LANGUAGES, pick_language
from interact_desktop.core.places import Place
from interact_desktop.diagnostics import peak_rss_mb
from interact_desktop.ui.fonts import register_fonts, use_bundled_font
from interact_desktop.ui.i18n import LanguageManager
from interact_desktop.ui.main_window import MainWindow
from interact_desktop.ui.theme import QT_ARGUMENTS, Appearance

_STARTED = time.perf_counter()


def run_gui(args: argparse.Namespace) -> int:
    user_paths = paths.UserPaths.for_basedir(args.basedir).ensure()
    app = QApplication.instance() or QApplication([*sys.argv[:1], *QT_ARGUMENTS])
    app.setApplicationName("INTERACT Desktop")
    app.setOrganizationName("INTERACT Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("interact-desktop")
    register_fonts(paths.resources_dir() / "fonts")
    use_bundled_font(app)

    settings = QSettings(str(user_paths.settings_file), QSettings.Format.IniFormat)
    appearance = Appearance(app, settings)
    appearance.apply()

    saved = str(settings.value("language", ""))
    lang = args.lang or (saved if saved in LANGUAGES else "")
    lang = lang or pick_language(QLocale.system().uiLanguages())
    cache = user_paths.cache / f"startup-{lang}.marshal"
    handbook = load_with_cache(paths.content_dir(), lang, cache)
    if args.open and not Place("section", args.open).exists_in(handbook):
        print(f"error: no section '{args.open}' in the handbook", file=sys.stderr)
        return 1

    languages = LanguageManager(app, paths.translations_dir())
    renderer = PageRenderer(handbook, PageCache(user_paths.cache / "pages", __version__))
    bookmarks = BookmarkStore(user_paths.bookmarks_file)
    services = []

    def make_search():
        from interact_desktop.ui.search_service import SearchService

        services.append(SearchService(handbook, user_paths.cache, __version__))
        return services[-1]

    drafts = JsonDraftStore(user_paths.data / "drafts")
    window = MainWindow(
        handbook,
        languages,
        settings,
        bookmarks,
        renderer,
        appearance.theme,
        make_search,
        drafts,
        user_paths.exercises_dir,
        user_paths.data / "notebook",
    )
    window.themeRequested.connect(appearance.choose)
    window.restore_state()

    languages.set_language(lang)

    start = f"section:{args.open}" if args.open else str(settings.value("lastPlace", ""))
    if not window.open_place(start, record=True) and handbook.chapters:
        window.open_place(f"section:{handbook.chapters[0].id}")
    window.show()
    # firstPainted is emitted once; what follows runs right after that paint.
    window.reader.firstPainted.connect(
        lambda: QTimer.singleShot(0, lambda: _after_first_paint(app, window, args))
    )
    try:
        return app.exec()
    finally:
        for service in services:
            service.shutdown()


def _after_first_paint(app: QApplication, window: MainWindow, args: argparse.Namespace) -> None:
    """Finish start-up; for scripts and tests, report figures or save a picture, then quit.

    The report is printed first: it describes the first paint, before the rest of start-up.
    """
    from interact_desktop.ui.immortal_none import keep_none_alive

    keep_none_alive()
    if args.report_startup:
        report = {
            "first_paint_ms": (time.perf_counter() - _STARTED) * 1000,
            "place": str(window.place),
            "language": window.lang,
            "title": window.windowTitle(),
            "menus": [action.text() for action in window.menuBar().actions()],
            "peak_rss_mb": peak_rss_mb(),
        }
        import json  # only for this report; not on the way to the first paint

        with contextlib.suppress(OSError):  # nobody reads it any more: quit all the same
            print(json.dumps(report, ensure_ascii=False), flush=True)
    window.finish_startup()
    if not (args.report_startup or args.screenshot):
        return
    if args.screenshot:
        path = Path(args.screenshot)
        path.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(path))
    window.close()
    app.quit()
