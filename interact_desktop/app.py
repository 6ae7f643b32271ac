"""Composition root: builds the context, then the window and its features. No logic of its own."""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path
from typing import cast

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from interact_desktop import __version__, paths
from interact_desktop.core.instance_lock import InstanceLock
from interact_desktop.core.places import Place
from interact_desktop.diagnostics import peak_rss_mb
from interact_desktop.ui.assembly import build_window
from interact_desktop.ui.common.fonts import register_fonts, use_bundled_font
from interact_desktop.ui.common.theme import QT_ARGUMENTS, Appearance
from interact_desktop.ui.context import build_context
from interact_desktop.ui.main_window import MainWindow
from interact_desktop.ui.reader.feature import ReaderFeature

_STARTED = time.perf_counter()


def run_gui(args: argparse.Namespace) -> int:
    user_paths = paths.UserPaths.for_basedir(args.basedir).ensure()
    # One app per data folder; a folder that cannot be written (read-only medium) is safe anyway.
    lock = InstanceLock(user_paths.data)
    try:
        first = lock.acquire()
    except OSError:
        first = True
    # An existing application is a QApplication: this function creates it, or a test did.
    app = cast("QApplication | None", QApplication.instance()) or QApplication(
        [*sys.argv[:1], *QT_ARGUMENTS]
    )
    app.setApplicationName("INTERACT Desktop")
    app.setOrganizationName("INTERACT Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("interact-desktop")
    if not first:
        from interact_desktop.ui.single_instance import second_start

        return second_start(user_paths.data, lock.holder())
    try:
        return _run(app, args, user_paths)
    finally:
        lock.release()


def _run(app: QApplication, args: argparse.Namespace, user_paths: paths.UserPaths) -> int:
    register_fonts(paths.resources_dir() / "fonts")
    use_bundled_font(app)

    context = build_context(app, user_paths, lang=args.lang or "")
    handbook = context.handbook
    # A section id, or any place: flowchart:ID, checklist:ID, scenario:ID, glossary:.
    opening = Place.parse(args.open) or Place("section", args.open) if args.open else None
    if opening is not None and not opening.exists_in(handbook):
        print(f"error: no section or place '{args.open}' in the handbook", file=sys.stderr)
        return 1
    context.appearance = Appearance(app, context.settings)
    context.appearance.apply()

    window, features = build_window(context, start_page=opening is None)
    window.restore_state()
    context.languages.set_language(context.start_language)

    # The start page, unless a place was asked for; "Continue where I was" is on it.
    if opening is not None:
        # Shown first, so that the page is laid out once, at the reader's own width (before
        # the window has its size, every resize lays the whole page out again). Nothing is
        # painted before the event loop runs, so the first paint shows the page all the same.
        window.show()
        window.open_place(str(opening), record=True)
        painted = features.of(ReaderFeature).reader.firstPainted
    else:
        from interact_desktop.ui.home.feature import HomeFeature

        home = features.of(HomeFeature)
        home.show()
        assert home.page is not None
        painted = home.page.firstPainted
        window.show()
    # firstPainted is emitted once; what follows runs right after that paint.
    painted.connect(lambda: QTimer.singleShot(0, lambda: after_first_paint(app, window, args)))
    painted.connect(lambda: QTimer.singleShot(0, lambda: answer_later_starts(window, user_paths)))
    try:
        return app.exec()
    finally:
        context.shutdown()


def answer_later_starts(window: MainWindow, user_paths: paths.UserPaths) -> None:
    """Bring this window forward when the app is started again with the same data folder, and
    claim the notebook folder so that `notebook restore` never replaces a notebook this app is
    writing to (both modules load after the first paint: they cost a quarter of its budget)."""
    from interact_desktop.core.notebook.errors import NotebookInUse
    from interact_desktop.core.notebook.folder_claim import claim
    from interact_desktop.ui.single_instance import listen_for_later_starts

    listen_for_later_starts(window, user_paths.data)
    try:
        held = claim(user_paths.data / "notebook")
    except NotebookInUse:
        from interact_desktop.ui.single_instance import notebook_busy

        notebook_busy(window)
        return
    except OSError:  # a folder nobody can write to: nothing can replace the notebook either
        return
    window.context.on_close(held.release)


def after_first_paint(app: QApplication, window: MainWindow, args: argparse.Namespace) -> None:
    """Finish start-up; for scripts and tests, report figures or save a picture, then quit.

    The report is printed first: it describes the first paint, before the rest of start-up.
    """
    if args.report_startup:
        report = {
            "first_paint_ms": (time.perf_counter() - _STARTED) * 1000,
            "place": str(window.place) if window.place is not None else "home:",
            "language": window.context.lang,
            "title": window.windowTitle(),
            "menus": [action.text() for action in window.menuBar().actions()],
            "peak_rss_mb": peak_rss_mb(),
        }
        import json  # only for this report; not on the way to the first paint

        with contextlib.suppress(OSError):  # nobody reads it any more: quit all the same
            print(json.dumps(report, ensure_ascii=False), flush=True)
    # The app's icon in title bars and task switchers: an SVG for Qt's SVG icon engine, so after
    # the first paint, which it would otherwise delay.
    app.setWindowIcon(QIcon(str(paths.app_icon_file())))
    window.finish_startup()
    if not (args.report_startup or args.screenshot):
        return
    if args.screenshot:
        path = Path(args.screenshot)
        path.parent.mkdir(parents=True, exist_ok=True)
        app.processEvents()  # lay out what the features added after the first paint
        window.grab().save(str(path))
    window.close()
    app.quit()
