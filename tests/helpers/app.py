"""The app as the tests drive it: the context, the window and its features, built by the app's
own functions (``build_context``, ``build_window``), with public names for what tests reach."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from interact_desktop import paths
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.settings import LANGUAGE, LAST_PLACE
from interact_desktop.ui.assembly import Features, build_window
from interact_desktop.ui.checklists.feature import ChecklistsFeature
from interact_desktop.ui.context import AppContext, build_context
from interact_desktop.ui.exercises.feature import ExercisesFeature
from interact_desktop.ui.export.feature import ExportFeature
from interact_desktop.ui.flowcharts.feature import FlowchartsFeature
from interact_desktop.ui.main_window import MainWindow
from interact_desktop.ui.notebook.feature import NotebookFeature
from interact_desktop.ui.presenter.feature import PresenterFeature
from interact_desktop.ui.reader.feature import ReaderFeature
from interact_desktop.ui.search.feature import SearchFeature


class App:
    """One running app. Unknown attributes are the main window's (``findChild``, ``close``...)."""

    def __init__(self, context: AppContext, window: MainWindow, features: Features) -> None:
        self.context = context
        self.window = window
        self.features = features

    def __getattr__(self, name: str) -> Any:
        return getattr(self.window, name)

    # -- features -----------------------------------------------------------------------------

    @property
    def reading(self) -> ReaderFeature:
        return self.features.of(ReaderFeature)

    @property
    def searching(self) -> SearchFeature:
        return self.features.of(SearchFeature)

    @property
    def checklists(self) -> ChecklistsFeature:
        return self.features.of(ChecklistsFeature)

    @property
    def flowcharts(self) -> FlowchartsFeature:
        return self.features.of(FlowchartsFeature)

    @property
    def presenter(self) -> PresenterFeature:
        return self.features.of(PresenterFeature)

    @property
    def exporter(self) -> ExportFeature:
        return self.features.of(ExportFeature)

    @property
    def exercises(self) -> ExercisesFeature:
        return self.features.of(ExercisesFeature)

    @property
    def notebook(self) -> NotebookFeature:
        return self.features.of(NotebookFeature)

    # -- what the tests look at -----------------------------------------------------------------

    @property
    def handbook(self) -> Handbook:
        return self.context.handbook

    @property
    def languages(self):
        return self.context.languages

    @property
    def lang(self) -> str:
        return self.context.lang

    @property
    def bookmarks(self):
        return self.context.bookmarks

    @property
    def settings(self):
        return self.context.settings

    @property
    def drafts(self):
        return self.context.drafts

    @property
    def reader(self):
        return self.reading.reader

    @property
    def parallel(self):
        return self.reading.parallel

    @property
    def toc(self):
        return self.reading.toc

    @property
    def language_selector(self):
        return self.reading.language_selector

    @property
    def parallel_selector(self):
        return self.reading.parallel_selector

    @property
    def search_panel(self):
        return self.searching.panel

    @property
    def form(self):
        return self.checklists.form

    @property
    def flowchart_pane(self):
        return self.flowcharts.pane

    @property
    def presentation(self):
        return self.presenter.presentation

    def go_back(self) -> None:
        self.reading.go_back()

    def focus_search(self) -> None:
        self.searching.focus()

    def fill_checklist(self, checklist_id: str) -> bool:
        return self.checklists.fill(checklist_id)

    def open_draft(self, draft_id: str) -> bool:
        return self.checklists.open_draft(draft_id)

    def present(self):
        return self.presenter.present()

    def set_parallel_visible(self, visible: bool) -> None:
        self.reading.set_parallel_visible(visible)


def start_app(qapp: QApplication, basedir: Path, handbook: Handbook, search_cache: Path) -> App:
    """The app over ``basedir`` as app.py builds it, up to the end of its start-up."""
    user = paths.UserPaths.for_basedir(basedir).ensure()
    context = build_context(
        qapp, user, handbook=handbook, search_cache=search_cache, page_cache_version="test"
    )
    window, features = build_window(context)
    window.restore_state()
    context.languages.set_language(context.settings.get(LANGUAGE) or "en")
    window.open_place(context.settings.get(LAST_PLACE) or "section:about")
    return App(context, window, features)
