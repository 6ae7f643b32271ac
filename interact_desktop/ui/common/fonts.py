"""The bundled DejaVu Sans family, registered at start-up so Greek renders on any machine."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FAMILY = "DejaVu Sans"
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)
#: The faces of the bundled files, as the family names them.
FACES = frozenset({"Book", "Bold", "Oblique", "Bold Oblique"})


def register_fonts(fonts_dir: Path, installed: Iterable[str] | None = None) -> list[str]:
    """Add the bundled fonts to Qt's database; return the files that failed to load.

    Nothing is added when the system already has the four faces (``installed``: the family's
    styles there; asked of Qt when not given): most Linux systems ship DejaVu Sans, and adding
    it again reads 2.8 MB and costs about a hundredth of the window's start-up in instructions.
    """
    if set(QFontDatabase.styles(FAMILY) if installed is None else installed) >= FACES:
        return []
    failed = []
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(fonts_dir / name)) < 0:
            failed.append(name)
    return failed


def use_bundled_font(app: QApplication) -> None:
    """Make DejaVu Sans the app's font: every script the handbook uses, the same on every OS."""
    font = QFont(FAMILY)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)


def scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    """``font`` at ``factor`` times its size (a title, a tile, a hint), bold if asked: sizes
    stay relative to the user's font, so the system's text size setting still counts."""
    result = QFont(font)
    result.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        result.setBold(True)
    return result
