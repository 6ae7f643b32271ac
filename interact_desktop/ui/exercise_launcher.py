"""Opens the exercise view from the main window (Go menu, "Run this exercise" on a scenario page).

The view is a window of its own, so a facilitator can put it on a second screen while the handbook
stays open; it follows the app's language and opens handbook sections in the main window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from interact_desktop.ui.exercise_view import ExerciseView
    from interact_desktop.ui.main_window import MainWindow


class ExerciseLauncher(QObject):
    def __init__(self, window: MainWindow, folder: Path) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self._view: ExerciseView | None = None

    @property
    def view(self) -> ExerciseView:
        if self._view is None:
            from PySide6.QtCore import Qt

            from interact_desktop.core.exercises.store import ExerciseStore
            from interact_desktop.ui.exercise_view import ExerciseView

            window = self.window
            view = ExerciseView(
                window.handbook,
                ExerciseStore(self.folder),
                window.lang,
                author=lambda: str(window.settings.value("author", "")),
                parent=window,
            )
            view.setWindowFlag(Qt.WindowType.Window)
            view.resize(900, 760)
            view.placeRequested.connect(self._open_in_reader)
            window.languages.languageChanged.connect(view.set_language)
            self._view = view
        return self._view

    def show(self, scenario_id: str = "") -> bool:
        """Show the exercise window; with a scenario, choose it (unless a run is going on)."""
        if scenario_id and scenario_id not in self.window.handbook.scenarios:
            return False
        view = self.view
        if scenario_id and view.run is None:
            selector = view.scenario_selector
            selector.setCurrentIndex(selector.findData(scenario_id))
        view.show()
        view.activateWindow()
        return True

    def close(self) -> None:
        if self._view is not None:
            self._view.close()

    def _open_in_reader(self, place: str) -> None:
        self.window.open_place(place)
        self.window.activateWindow()
