"""Light and dark appearance: follows the system unless the reader chooses one."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from interact_desktop.core.settings import THEME, Settings

THEMES = ("system", "light", "dark")

QT_ARGUMENTS = ["-style", "fusion"]
"""Fusion everywhere, the same look on every OS. Given to QApplication as arguments: asking for the
style from Python would build the QStyle class and its many enums, which slows start-up."""


class Appearance:
    """Applies the chosen theme and follows the system's light or dark mode while it runs.

    At start-up the system's mode is read from the palette the platform gave the application
    (Qt 6.5+ makes it dark in dark mode); reading ``QStyleHints.colorScheme()`` instead would build
    every enum of the ``Qt`` namespace before the first paint. Later changes arrive as signals.
    """

    def __init__(self, app: QApplication, settings: Settings) -> None:
        self._app = app
        self._settings = settings
        self._system_dark = _is_dark_palette(app.palette())
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    @property
    def theme(self) -> str:
        return self._settings.get(THEME)

    @property
    def dark(self) -> bool:
        theme = self.theme
        return theme == "dark" or (theme == "system" and self._system_dark)

    def choose(self, theme: str) -> None:
        self._settings.set(THEME, theme)
        self.apply()

    def apply(self) -> None:
        self._app.setPalette(_dark_palette() if self.dark else _light_palette())

    def _on_scheme_changed(self, scheme) -> None:
        from PySide6.QtCore import Qt

        self._system_dark = scheme == Qt.ColorScheme.Dark
        self.apply()


def _is_dark_palette(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _light_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#f3f4f6",
        QPalette.ColorRole.WindowText: "#1f2328",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f6f8fa",
        QPalette.ColorRole.Text: "#1f2328",
        QPalette.ColorRole.Button: "#eef0f3",
        QPalette.ColorRole.ButtonText: "#1f2328",
        QPalette.ColorRole.Highlight: "#1d5fa8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#1d5fa8",
        QPalette.ColorRole.LinkVisited: "#6a3d9a",
        QPalette.ColorRole.ToolTipBase: "#fffbe6",
        QPalette.ColorRole.ToolTipText: "#1f2328",
        QPalette.ColorRole.PlaceholderText: "#6e7781",
        QPalette.ColorRole.Mid: "#c9ced6",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1e2227",
        QPalette.ColorRole.WindowText: "#e6e8eb",
        QPalette.ColorRole.Base: "#16191d",
        QPalette.ColorRole.AlternateBase: "#22262c",
        QPalette.ColorRole.Text: "#e6e8eb",
        QPalette.ColorRole.Button: "#2a2f36",
        QPalette.ColorRole.ButtonText: "#e6e8eb",
        QPalette.ColorRole.Highlight: "#4c8fd6",
        QPalette.ColorRole.HighlightedText: "#0d1117",
        QPalette.ColorRole.Link: "#79b8ff",
        QPalette.ColorRole.LinkVisited: "#c4a7ff",
        QPalette.ColorRole.ToolTipBase: "#2a2f36",
        QPalette.ColorRole.ToolTipText: "#e6e8eb",
        QPalette.ColorRole.PlaceholderText: "#8b949e",
        QPalette.ColorRole.Mid: "#3b424b",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e7681"))
    return palette


def alert_colour(widget: QWidget) -> str:
    """Red for a warning in the text of ``widget`` (a required mark, a refused time, an overdue
    date), readable on its background in the light and the dark palette alike."""
    return "#ff8a80" if _is_dark_palette(widget.palette()) else "#b42318"
