"""Table-top exercises from the window (Go menu, "Run this exercise" on a scenario page).

The exercise view is a window of its own, so a facilitator can put it on a second screen while
the handbook stays open; it follows the app's language and opens handbook sections in the reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from interact_desktop.core.settings import AUTHOR
from interact_desktop.ui.common.actions import make_action

if TYPE_CHECKING:
    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.exercises.exercise_view import ExerciseView
    from interact_desktop.ui.shell import Shell


class ExercisesFeature(QObject):
    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.context = context
        self.shell = shell
        self._view: ExerciseView | None = None
        self.action = make_action(self, "exercisesAction", lambda: self.show(), icon="exercise")
        shell.add_action(self.action, "go")
        shell.handle_places("exercise", self.show)
        context.events.languageChanged.connect(self.retranslate)
        context.events.closing.connect(self.close)
        self.retranslate()

    @property
    def view(self) -> ExerciseView:
        if self._view is None:
            from PySide6.QtCore import Qt

            from interact_desktop.core.exercises.store import ExerciseStore
            from interact_desktop.ui.exercises.exercise_view import ExerciseView

            context = self.context
            view = ExerciseView(
                context.handbook,
                ExerciseStore(context.user_paths.exercises_dir),
                context.lang,
                author=lambda: context.settings.get(AUTHOR),
                parent=self.shell.widget(),
                background=context.background,
                settings=context.settings,
            )
            view.setWindowFlag(Qt.WindowType.Window)
            view.resize(900, 760)
            view.placeRequested.connect(self._open_in_reader)
            context.events.languageChanged.connect(view.set_language)
            self._view = view
        return self._view

    def show(self, scenario_id: str = "") -> bool:
        """Show the exercise window; with a scenario, choose it (unless a run is going on)."""
        if scenario_id and scenario_id not in self.context.handbook.scenarios:
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
        self.shell.open_place(place)
        self.shell.bring_forward()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Table-top &exercises…"))
