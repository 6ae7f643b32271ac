"""The window and its features, put together the same way for the app and for the tests.

Each feature installs itself into the shell; the order here is the order of their tabs, menu
entries and toolbar buttons. No feature knows another: they talk through ``ui.shell``'s events.
Features that show nothing on the first page are installed right after it is painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject

from interact_desktop.ui.main_window import MainWindow
from interact_desktop.ui.reader.feature import ReaderFeature

if TYPE_CHECKING:
    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.shell import Shell


class FeatureClass(Protocol):
    """A feature's class: built with the context and the shell it installs itself into."""

    def __call__(self, context: AppContext, shell: Shell) -> QObject: ...


#: Installed before the first paint: the page and the contents beside it (and the start page,
#: when the app opens on it: see ``build_window``).
FIRST: tuple[FeatureClass, ...] = (ReaderFeature,)


def later_features() -> tuple[FeatureClass, ...]:
    """Installed right after the first paint, in this order: nothing of theirs is on the first
    page, and leaving their modules out of start-up keeps the first paint quick."""
    from interact_desktop.ui.checklists.feature import ChecklistsFeature
    from interact_desktop.ui.contacts.feature import ContactsFeature
    from interact_desktop.ui.countries.feature import CountriesFeature
    from interact_desktop.ui.exercises.feature import ExercisesFeature
    from interact_desktop.ui.export.feature import ExportFeature
    from interact_desktop.ui.flowcharts.feature import FlowchartsFeature
    from interact_desktop.ui.home.feature import HomeFeature
    from interact_desktop.ui.notebook.feature import NotebookFeature
    from interact_desktop.ui.presenter.feature import PresenterFeature
    from interact_desktop.ui.search.feature import SearchFeature

    return (
        HomeFeature,
        SearchFeature,
        ChecklistsFeature,
        FlowchartsFeature,
        PresenterFeature,
        ExportFeature,
        ExercisesFeature,
        NotebookFeature,
        CountriesFeature,
        ContactsFeature,
    )


T = TypeVar("T", bound=QObject)


class Features(dict[object, QObject]):
    """The installed features by class (for tests and the start-up report)."""

    def of(self, kind: type[T]) -> T:
        feature = self[kind]
        assert isinstance(feature, kind)
        return feature


def build_window(context: AppContext, start_page: bool = False) -> tuple[MainWindow, Features]:
    """The window with the first features; the others join when ``finish_startup`` runs. With
    ``start_page`` the start page is among the first, since the first paint shows it."""
    window = MainWindow(context)
    features = Features()
    first = FIRST
    if start_page:
        from interact_desktop.ui.home.feature import HomeFeature

        first = (*FIRST, HomeFeature)
    for feature in first:
        features[feature] = feature(context, window)

    def install_the_rest() -> None:
        from interact_desktop.ui.common.theme_menu import AppearanceMenu

        for feature in later_features():
            if feature not in features:
                features[feature] = feature(context, window)
        if context.appearance is not None:
            AppearanceMenu(window, context.events, context.appearance)

    window.before_startup_finishes(install_the_rest)
    return window, features
