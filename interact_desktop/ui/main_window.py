"""The main window: the shell the features install themselves into.

It holds the frame (sidebar tabs, the text area, asides shown in its place, menus, toolbar,
status bar) and its remembered geometry, and forwards places to whoever handles them. What is
shown in the frame belongs to the features (ui/reader, ui/search, ui/notebook, ...).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.core.settings import SIDEBAR_VISIBLE
from interact_desktop.ui.common import icons, window_geometry
from interact_desktop.ui.common.actions import key_hint, make_action
from interact_desktop.ui.common.i18n import Retranslating
from interact_desktop.ui.common.sidebar_tabs import SidebarTabs
from interact_desktop.ui.shell import MENUS, PageView

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from interact_desktop.core.places import Place
    from interact_desktop.ui.context import AppContext


class MainWindow(Retranslating, QMainWindow):
    """Implements ``ui.shell.Shell``."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.context = context
        self.events = context.events
        self._page_view: PageView | None = None
        self._text_area: QWidget | None = None
        self._handlers: dict[str, Callable[[str], bool]] = {}
        self._aside: QWidget | None = None
        self._deferred: list[Callable[[], None]] = []
        icons.hold_drawing()  # drawn right after the first paint (finish_startup)

        self.sidebar = SidebarTabs()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setUsesScrollButtons(False)  # tabs share the width rather than scroll
        self.splitter = QSplitter()  # horizontal: sidebar, text area, asides
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        frame = QWidget()  # the notices' bars above the splitter
        self.notices = QVBoxLayout(frame)
        self.notices.setContentsMargins(0, 0, 0, 0)
        self.notices.setSpacing(0)
        self.notices.addWidget(self.splitter, 1)
        self.setCentralWidget(frame)

        bar = self.menuBar()
        self._menus: dict[str, QMenu] = {}
        for name in MENUS:
            menu = bar.addMenu("")
            menu.setObjectName(f"{name}Menu")
            self._menus[name] = menu
        self.quit_action = make_action(
            self, "quitAction", self.close, [QKeySequence.StandardKey.Quit, "Ctrl+Q"], icon="quit"
        )
        self.addAction(self.quit_action)
        self._file_tail = self._menus["file"].addSeparator()
        self._menus["file"].addAction(self.quit_action)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        fold = self.set_sidebar_visible
        self.sidebar_action = make_action(
            self, "sidebarAction", fold, ["Ctrl+B"], checkable=True, icon="sidebar"
        )
        self.sidebar_action.setChecked(True)
        self.add_action(self.sidebar_action, "view", toolbar=True)
        # Going places (back, forward, the start page) comes first in the toolbar, whichever
        # feature adds it and when; what the features add otherwise follows.
        self._navigation_end = self.toolbar.addSeparator()
        self._menus["view"].addSeparator()
        self.retranslate()

    # -- Shell: places ------------------------------------------------------------------------

    @property
    def place(self) -> Place | None:
        return self._page_view.place if self._page_view is not None else None

    @property
    def aside(self) -> QWidget | None:
        return self._aside

    def widget(self) -> QWidget:
        return self

    def set_page_view(self, view: PageView, widget: QWidget) -> None:
        self._page_view = view
        self._text_area = widget
        self.splitter.insertWidget(1, widget)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 880])

    def handle_places(self, prefix: str, handler: Callable[[str], bool]) -> None:
        """``prefix:...`` places go to ``handler`` (e.g. "fill:ID" to the checklists)."""
        self._handlers[prefix] = handler

    def open_place(
        self,
        text: str,
        record: bool = True,
        *,
        lang: str | None = None,
        highlight: list[str] | None = None,
    ) -> bool:
        """Show a place ("section:id", "fill:checklist", ...); False when it does not exist."""
        prefix = text.partition(":")[0]
        if prefix in self._handlers:
            return self._handlers[prefix](text.partition(":")[2])
        if self._page_view is None:
            return False
        return self._page_view.open(text, record, lang, highlight)

    def title_of(self, place: str) -> str:
        return self._page_view.title_of(place) if self._page_view is not None else place

    def heading_in_view(self) -> str:
        return self._page_view.heading_in_view() if self._page_view is not None else ""

    def print_page(self, printer: QPrinter) -> None:
        if self._page_view is not None:
            self._page_view.print_page(printer)

    def focus_text(self) -> None:
        if self._page_view is not None:
            self._page_view.focus_text()

    def second_language(self) -> str | None:
        return self._page_view.second_language() if self._page_view is not None else None

    # -- Shell: what is shown -----------------------------------------------------------------

    def show_aside(self, widget: QWidget | None) -> None:
        """Show ``widget`` where the text is; with None, the text comes back."""
        if widget is self._aside:
            return
        if self._aside is not None:
            self._aside.hide()
        self._aside = widget
        if widget is not None and self.splitter.indexOf(widget) < 0:
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), 3)
        if self._text_area is not None:
            self._text_area.setVisible(widget is None)
        if widget is not None:
            widget.show()
        self.events.asideChanged.emit(widget)

    def show_above_text(self, widget: QWidget) -> None:
        if self._page_view is not None:
            self._page_view.show_above(widget)

    def show_above_second_text(self, widget: QWidget) -> None:
        if self._page_view is not None:
            self._page_view.show_above_second(widget)

    def show_notice(self, widget: QWidget) -> None:
        self.notices.insertWidget(self.notices.count() - 1, widget, 0)  # above the splitter
        widget.show()

    def show_message(self, text: str, milliseconds: int = 0) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def add_tab(self, widget: QWidget, title: str, icon: QIcon | None = None) -> None:
        self.sidebar.add_named_tab(widget, title, icon)

    def set_tab_title(self, widget: QWidget, title: str) -> None:
        self.sidebar.rename_tab(widget, title)

    def show_tab(self, widget: QWidget | None) -> None:
        """Bring a sidebar tab to the front (unfolding the sidebar); None is the first one, the
        contents."""
        if not self.sidebar_visible:
            self.set_sidebar_visible(True)
        if widget is None:
            self.sidebar.setCurrentIndex(0)
        else:
            self.sidebar.setCurrentWidget(widget)

    def current_tab(self) -> QWidget | None:
        return self.sidebar.currentWidget()

    def tab_changed(self, slot: Callable[[QWidget | None], None]) -> None:
        self.sidebar.currentChanged.connect(lambda index: slot(self.sidebar.widget(index)))

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def add_menu(self, menu: QMenu) -> None:
        """A feature's own menu, before Help."""
        self.menuBar().insertMenu(self._menus["help"].menuAction(), menu)

    def add_action(self, action: QAction, menu: str = "", toolbar: bool = False) -> None:
        """An action with its shortcut working anywhere in the window, in a menu and the
        toolbar if asked (those of the Go menu with the other ways of going places); File menu
        items go above Quit."""
        self.addAction(action)
        if menu == "file":
            self._menus["file"].insertAction(self._file_tail, action)
        elif menu:
            self._menus[menu].addAction(action)
        if toolbar and menu == "go":
            self.toolbar.insertAction(self._navigation_end, action)
        elif toolbar:
            self.toolbar.addAction(action)

    def add_toolbar_widget(self, widget: QWidget) -> None:
        self.toolbar.addWidget(widget)

    def add_toolbar_separator(self) -> None:
        self.toolbar.addSeparator()

    def bring_forward(self) -> None:
        self.activateWindow()

    # -- the frame ----------------------------------------------------------------------------

    @property
    def sidebar_visible(self) -> bool:
        return self.sidebar_action.isChecked()

    def set_sidebar_visible(self, visible: bool) -> None:
        """Fold the sidebar away to give the text the whole width (Ctrl+B), or bring it back;
        remembered for the next start. The focus leaves a sidebar being folded for the text."""
        self._show_sidebar(visible)
        self.context.settings.set(SIDEBAR_VISIBLE, visible)

    def _show_sidebar(self, visible: bool) -> None:
        self.sidebar_action.setChecked(visible)
        self.sidebar.fold(visible, self.focus_text)

    def retranslate(self) -> None:
        titles = {
            "file": self.tr("&File"),
            "view": self.tr("&View"),
            "go": self.tr("&Go"),
            "bookmarks": self.tr("&Bookmarks"),
            "help": self.tr("&Help"),
        }
        for name, title in titles.items():
            self._menus[name].setTitle(title)
        self.quit_action.setText(self.tr("&Quit"))
        self.sidebar_action.setText(self.tr("Show the side&bar"))
        self.sidebar_action.setToolTip(
            key_hint(
                self.tr("Show or hide the sidebar: contents, search, bookmarks (%1)"), "Ctrl+B"
            )
        )
        if self._page_view is None or self.place is None:
            self.setWindowTitle(self.tr("INTERACT Desktop"))

    def set_page_title(self, title: str) -> None:
        self.setWindowTitle(f"{title} — {self.tr('INTERACT Desktop')}")

    def before_startup_finishes(self, install: Callable[[], None]) -> None:
        """Run ``install`` after the first paint, before ``startupFinished`` is heard."""
        self._deferred.append(install)

    def finish_startup(self) -> None:
        """The first page is on screen: the other features join, then all build what waited."""
        from PySide6.QtCore import Qt

        # Long tab names (Greek, French) shorten rather than widen the sidebar past its share.
        self.sidebar.setElideMode(Qt.TextElideMode.ElideRight)
        icons.draw_now()
        self.update()  # the icons, painted blank so far
        deferred, self._deferred = self._deferred, []
        for install in deferred:
            install()
        self.events.startupFinished.emit()

    def restore_state(self, available: QRect | None = None) -> None:
        window_geometry.restore(self, self.splitter, self.context.settings, available)
        self._show_sidebar(self.context.settings.get(SIDEBAR_VISIBLE))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.events.closing.emit()
        window_geometry.save(self, self.splitter, self.context.settings)
        super().closeEvent(event)
