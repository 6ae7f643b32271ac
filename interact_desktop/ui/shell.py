"""What a feature may ask of the window, and the events features hear from each other.

A feature (reader, search, checklists, notebook, ...) knows the application context, the shell
and the events, never the main window and never another feature. The main window implements
``Shell``; tests can use it as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QIcon
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QMenu, QWidget

    from interact_desktop.core.flowcharts.guided import TimelineSink
    from interact_desktop.core.places import Place

#: The menus of the menu bar, in order; features add theirs before "help".
MENUS = ("file", "view", "go", "bookmarks", "help")


class GuidedRecording:
    """A guided response asking where its steps go: a feature that keeps cases may ``attach`` a
    sink (called with each step) and the case's reference; nobody attaching means no record."""

    def __init__(self, lang: str, attach: Callable[[TimelineSink | None, str], None]) -> None:
        self.lang = lang
        self.attach = attach


class AppEvents(QObject):
    """Application events, one object for the whole app: features emit and answer these."""

    placeOpened = Signal(str)  # a page of the handbook is on screen ("section:id", ...)
    languageChanged = Signal(str)  # the UI and guidance language, after every widget switched
    startupFinished = Signal()  # the first page is painted: build what can wait
    closing = Signal()  # the window is closing: save what is typed
    asideChanged = Signal(object)  # the widget shown in place of the text, or None
    checklistRequested = Signal(str)  # fill in a new checklist (its id)
    draftRequested = Signal(str)  # show a saved checklist in the form (its draft id)
    checklistClosed = Signal(str)  # the form was closed (the draft id it held)
    unlockRequested = Signal(str, object)  # why, and what to do once the notebook is unlocked
    notebookUnlocked = Signal()
    notebookAboutToLock = Signal()  # save and forget what is on screen now
    notebookLocked = Signal()
    guidedStarted = Signal(object)  # a GuidedRecording
    guidedEnded = Signal()
    guidedSummaryWritten = Signal(str)  # a summary for the police of a recorded run (file name)
    searchFocusRequested = Signal()  # F3 found nothing more: go to the search field
    countryChanged = Signal(str)  # the user's country for the country notes ("other": none)
    secondLanguageChanged = Signal(str)  # side by side's language when shown, "" when hidden


class PageView(Protocol):
    """The reader, as the shell forwards to it: the one feature that shows places."""

    @property
    def place(self) -> Place | None: ...

    def open(
        self, text: str, record: bool, lang: str | None, highlight: list[str] | None
    ) -> bool: ...

    def heading_in_view(self) -> str: ...

    def print_page(self, printer: QPrinter) -> None: ...

    def title_of(self, place: str) -> str: ...

    def show_above(self, widget: QWidget) -> None: ...

    def show_above_second(self, widget: QWidget) -> None: ...

    def second_language(self) -> str | None: ...

    def focus_text(self) -> None: ...


@runtime_checkable
class HoldsFilledChecklist(Protocol):
    """An aside holding a checklist being filled in: File > Export this page exports it."""

    def filled_checklist(self) -> tuple[str, object] | None: ...


class Shell(Protocol):
    """The narrow interface through which features show things."""

    events: AppEvents

    @property
    def place(self) -> Place | None: ...

    @property
    def aside(self) -> QWidget | None: ...

    def widget(self) -> QWidget:
        """The window, as the parent of dialogs."""
        ...

    def open_place(
        self,
        text: str,
        record: bool = True,
        *,
        lang: str | None = None,
        highlight: list[str] | None = None,
    ) -> bool: ...

    def title_of(self, place: str) -> str: ...

    def heading_in_view(self) -> str: ...

    def print_page(self, printer: QPrinter) -> None: ...

    def focus_text(self) -> None: ...

    def second_language(self) -> str | None:
        """The language of the side-by-side view while it is shown."""
        ...

    def set_page_view(self, view: PageView, widget: QWidget) -> None: ...

    def handle_places(self, prefix: str, handler: Callable[[str], bool]) -> None: ...

    def show_aside(self, widget: QWidget | None) -> None: ...

    def show_above_text(self, widget: QWidget) -> None: ...

    def show_above_second_text(self, widget: QWidget) -> None:
        """A figure above the side-by-side text (a flowchart's diagram in that language)."""
        ...

    def show_message(self, text: str, milliseconds: int = 0) -> None: ...

    def show_notice(self, widget: QWidget) -> None:
        """A bar across the top of the window (a question that must not block the guidance);
        the widget hides itself when answered."""
        ...

    def set_page_title(self, title: str) -> None: ...

    def add_tab(self, widget: QWidget, title: str, icon: QIcon | None = None) -> None: ...

    def set_tab_title(self, widget: QWidget, title: str) -> None: ...

    def show_tab(self, widget: QWidget | None) -> None: ...

    def current_tab(self) -> QWidget | None: ...

    def tab_changed(self, slot: Callable[[QWidget | None], None]) -> None: ...

    def menu(self, name: str) -> QMenu: ...

    def add_menu(self, menu: QMenu) -> None: ...

    def add_action(self, action: QAction, menu: str = "", toolbar: bool = False) -> None: ...

    def add_toolbar_widget(self, widget: QWidget) -> None: ...

    def add_toolbar_separator(self) -> None: ...

    def bring_forward(self) -> None: ...
