"""The main window's size, place and splitter as the user left them, saved on closing and
brought back at the next start within the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from interact_desktop.core.settings import GEOMETRY, SPLITTER, WINDOW_STATE, Settings


def restore(
    window: QMainWindow, splitter: QSplitter, settings: Settings, available: QRect | None = None
) -> None:
    """The window as it was left, kept within the screen's ``available`` area (the screen the
    window is on, unless given): a window saved on a larger screen, at another scale or on a
    monitor since unplugged comes back whole and on screen."""
    if geometry := settings.get(GEOMETRY):
        window.restoreGeometry(geometry)
    else:
        window.resize(1200, 800)
    if available is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
    whole_screen = window.isMaximized() or window.isFullScreen()
    if available is not None and not available.isEmpty() and not whole_screen:
        window.setGeometry(within(window.geometry(), available))
    if state := settings.get(WINDOW_STATE):
        window.restoreState(state)
    if sizes := settings.get(SPLITTER):
        splitter.restoreState(sizes)


def save(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    settings.set(GEOMETRY, bytes(window.saveGeometry().data()))
    settings.set(WINDOW_STATE, bytes(window.saveState().data()))
    settings.set(SPLITTER, bytes(splitter.saveState().data()))
    settings.save()


def within(window: QRect, available: QRect) -> QRect:
    """``window`` made no larger than ``available`` and moved to lie inside it."""
    width = min(window.width(), available.width())
    height = min(window.height(), available.height())
    left = min(max(window.left(), available.left()), available.right() + 1 - width)
    top = min(max(window.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)
