"""The interface's icons: Lucide line icons (ISC licence, resources/icons/LICENSE), drawn in the
colour of the text around them so they stay visible in the light and the dark appearance.

``icon(name)`` costs nothing until the icon is painted: the SVG file is read and QtSvg loaded
only then. While the window waits for its first paint (``hold_drawing``), icons paint as empty
space of their size, and the window paints them right after (``draw_now``): reading and
drawing the toolbar's SVGs would otherwise add to the first paint. Each drawing is kept per
colour and size; switching the appearance changes the palette and the next paint draws the
icon in the new text colour.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from interact_desktop import paths

#: The app's names for its icons, and the Lucide drawing each one uses.
ICONS = {
    "home": "house",
    "back": "arrow-left",
    "forward": "arrow-right",
    "bookmark": "bookmark",
    "parallel": "columns-2",
    "linked": "link",
    "search": "search",
    "sidebar": "panel-left",
    "contents": "list-tree",
    "notebook": "notebook-pen",
    "emergency": "siren",
    "found": "shield-check",
    "border": "signpost",
    "checklist": "clipboard-list",
    "present": "presentation",
    "exercise": "dumbbell",
    "continue": "book-open",
    "quit": "log-out",
    "print": "printer",
    "export": "file-down",
    "zoom-in": "zoom-in",
    "zoom-out": "zoom-out",
    "zoom-reset": "rotate-ccw",
    "lock": "lock",
    "backup": "archive",
    "contacts": "book-user",
    "glossary": "book-a",
    "shortcuts": "keyboard",
    "about": "info",
}


_held = False


def hold_drawing() -> None:
    """Icons paint as blank space until ``draw_now`` (the window, before its first paint)."""
    global _held
    _held = True


def draw_now() -> None:
    """Icons draw from now on; the caller repaints what showed them blank."""
    global _held
    _held = False


def icon(name: str, colour: str = "") -> QIcon:
    """The icon called ``name`` (a key of ``ICONS``), in the text colour where it is drawn, or
    in ``colour`` (on a coloured button, say)."""
    return QIcon(_TextColouredIcon(name, colour))


def icon_file(name: str) -> Path:
    return paths.resources_dir() / "icons" / f"{ICONS[name]}.svg"


@cache
def _svg(name: str) -> str:
    return icon_file(name).read_text(encoding="utf-8")


def _drawing(name: str, colour: str, width: int, height: int) -> QPixmap:
    if _held:
        blank = QPixmap(width, height)
        blank.fill(QColor(0, 0, 0, 0))
        return blank
    return _kept_drawing(name, colour, width, height)


@cache
def _kept_drawing(name: str, colour: str, width: int, height: int) -> QPixmap:
    """``name`` drawn in ``colour`` at ``width`` x ``height`` device pixels (kept: a toolbar
    paints the same icons again and again)."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    pixmap = QPixmap(width, height)
    pixmap.fill(QColor(0, 0, 0, 0))  # transparent (the Qt namespace costs start-up time)
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour).encode()))
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


def text_colour(mode: QIcon.Mode) -> str:
    """The colour an icon takes: the palette's button text, greyed when its action is off."""
    palette = QApplication.palette()
    group = (
        QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    )
    colour: QColor = palette.color(group, QPalette.ColorRole.ButtonText)
    return colour.name()


class _TextColouredIcon(QIconEngine):
    def __init__(self, name: str, colour: str = "") -> None:
        super().__init__()
        if name not in ICONS:
            raise KeyError(f"no icon called {name!r}")
        self.name = name
        self.colour = colour

    def clone(self) -> QIconEngine:
        return _TextColouredIcon(self.name, self.colour)

    def _colour(self, mode: QIcon.Mode) -> str:
        return self.colour or text_colour(mode)

    def key(self) -> str:
        return "interact-text-coloured"

    def iconName(self) -> str:
        return self.name

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        return QPixmap(_drawing(self.name, self._colour(mode), side, side))

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = max(1, round(min(size.width(), size.height()) * scale))
        pixmap = QPixmap(_drawing(self.name, self._colour(mode), side, side))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.scaledPixmap(QSize(side, side), mode, state, ratio)
        corner = rect.center() - QPoint(side // 2, side // 2)
        painter.drawPixmap(QRect(corner, QSize(side, side)), pixmap)


class IconView(QWidget):
    """An icon on its own (on a start page tile, beside an empty list's message), drawn when
    painted; it says nothing to a screen reader, the text beside it does."""

    def __init__(self, name: str, side: int, colour: str = "") -> None:
        super().__init__()
        self.icon = icon(name, colour)
        self.name = name
        self.setFixedSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.icon.paint(painter, self.rect())
        painter.end()
