"""The window and its features, put together the same way for the app and for the tests.

Each feature installs itself into the shell; the order here is the order of their tabs, menu
entries and toolbar buttons. No feature knows another: they talk through ``ui.shell``'s events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from interact_desktop.ui.checklists.feature import ChecklistsFeature
from interact_desktop.ui.common.theme_menu import AppearanceMenu
from interact_desktop.ui.exercises.feature import ExercisesFeature
from interact_desktop.ui.export.feature import ExportFeature
from interact_desktop.ui.flowcharts.feature import FlowchartsFeature
from interact_desktop.ui.main_window import MainWindow
from interact_desktop.ui.notebook.feature import NotebookFeature
from interact_desktop.ui.presenter.feature import PresenterFeature
from interact_desktop.ui.reader.feature import ReaderFeature
from interact_desktop.ui.search.feature import SearchFeature

if TYPE_CHECKING:
    from interact_desktop.ui.context import AppContext

FEATURES = (
    ReaderFeature,
    SearchFeature,
    ChecklistsFeature,
    FlowchartsFeature,
    PresenterFeature,
    ExportFeature,
    ExercisesFeature,
    NotebookFeature,
)


T = TypeVar("T", bound=QObject)


class Features(dict[type, QObject]):
    """The installed features by class (for tests and the start-up report)."""

    def of(self, kind: type[T]) -> T:
        feature = self[kind]
        assert isinstance(feature, kind)
        return feature


def build_window(context: AppContext) -> tuple[MainWindow, Features]:
    window = MainWindow(context)
    features = Features()
    for feature in FEATURES:
        features[feature] = feature(context, window)
    if context.appearance is not None:
        AppearanceMenu(window, context.events, context.appearance)
    return window, features
