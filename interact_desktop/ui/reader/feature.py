"""The reader: contents, the page in view, a second language side by side, history and zoom.

It is the shell's page view: every place that is a page of the handbook (section, checklist,
flowchart, glossary, scenario) is opened here, and ``placeOpened`` tells the other features.
The side-by-side view is built the first time it is shown; the contents' tools and the bookmarks
list after the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QWidget

from interact_desktop.core.history import History
from interact_desktop.core.languages import LANGUAGES, NATIVE_NAMES
from interact_desktop.core.places import COMPARE, Place
from interact_desktop.core.settings import (
    COUNTRY,
    LANGUAGE,
    LAST_PLACE,
    PARALLEL_LANGUAGE,
    PARALLEL_LINKED,
    PARALLEL_VISIBLE,
    ZOOM,
)
from interact_desktop.ui.common.actions import key_hint, make_action
from interact_desktop.ui.common.icons import icon
from interact_desktop.ui.reader.bookmarks import BookmarksController
from interact_desktop.ui.reader.pages import PageTexts
from interact_desktop.ui.reader.reader_view import ReaderView
from interact_desktop.ui.reader.toc_panel import TocPanel

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.reader.help import HelpController
    from interact_desktop.ui.reader.linked_scroll import LinkedScroll
    from interact_desktop.ui.shell import Shell


class ReaderFeature(QObject):
    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.context = context
        self.shell = shell
        self.handbook = context.handbook
        self.settings = context.settings
        self.history = History()
        self.pages = PageTexts(context.handbook, context.renderer)
        self._place: Place | None = None
        self._anchor = ""
        self._tools_listed = False
        self._contacts_followed = False
        self._box_country: str | None = None  # another country's box, chosen on a section

        self.toc = TocPanel()
        shell.add_tab(self.toc, "", icon("contents"))
        self.bookmarks = BookmarksController(shell, context.bookmarks, self.title_of)
        self.reader = ReaderView("readerView")
        # A flowchart's diagram goes above its text version, in this column (turned vertical
        # when the first one opens: the Qt namespace is not touched before the first paint).
        self.column = QSplitter()
        self.column.setObjectName("readerColumn")
        self.column.addWidget(self.reader)
        self.text_area = QSplitter()  # the column, and the side-by-side view when shown
        self.text_area.setObjectName("textArea")
        self.text_area.addWidget(self.column)
        self._parallel: ReaderView | None = None
        self.parallel_column: QSplitter | None = None  # the second pane, a figure above it
        self._linked: LinkedScroll | None = None  # the panes scrolling together, with the pane
        self._build_toolbar()
        self.help: HelpController | None = None  # Help menu entries, after the first paint
        shell.handle_places("countrybox", self._show_country_box)
        shell.set_page_view(self, self.text_area)
        self._connect()
        self._restore()
        self.retranslate()

    def _build_toolbar(self) -> None:
        key = QKeySequence.StandardKey
        shell = self.shell
        # Not StandardKey.Back: on Linux it includes Backspace, which lists and fields need.
        self.back_action = make_action(self, "backAction", self.go_back, ["Alt+Left", "Back"])
        self.forward_action = make_action(
            self, "forwardAction", self.go_forward, ["Alt+Right", "Forward"]
        )
        self.zoom_in_action = make_action(
            self, "zoomInAction", self.reader.zoom_in, [key.ZoomIn, "Ctrl+=", "Ctrl++"]
        )
        self.zoom_out_action = make_action(
            self, "zoomOutAction", self.reader.zoom_out, [key.ZoomOut]
        )
        self.zoom_reset_action = make_action(
            self, "zoomResetAction", self.reader.reset_zoom, ["Ctrl+0"]
        )
        self.parallel_action = make_action(
            self, "parallelAction", self.set_parallel_visible, ["F4"], checkable=True
        )
        self.link_action = make_action(
            self,
            "linkScrollAction",
            self.set_scroll_linked,
            ["Shift+F4"],
            checkable=True,
            icon="linked",
        )
        self.link_action.setChecked(self.settings.get(PARALLEL_LINKED))
        self.link_action.setEnabled(False)  # while side by side is off
        self.glossary_action = make_action(
            self, "glossaryAction", lambda: self.shell.open_place("glossary:"), ["Ctrl+G"]
        )
        self.contents_action = make_action(self, "contentsAction", self.focus_contents, ["Ctrl+T"])
        self.find_next_action = make_action(self, "findNextAction", lambda: self.find(1), ["F3"])
        self.find_previous_action = make_action(
            self, "findPreviousAction", lambda: self.find(-1), ["Shift+F3"]
        )
        self.language_selector = QComboBox()
        self.language_selector.setObjectName("languageSelector")
        self.parallel_selector = QComboBox()
        self.parallel_selector.setObjectName("parallelLanguageSelector")
        for code in LANGUAGES:
            self.language_selector.addItem(NATIVE_NAMES[code], code)
            self.parallel_selector.addItem(NATIVE_NAMES[code], code)
        self.language_label = QLabel()
        icons = {
            self.back_action: "back",
            self.forward_action: "forward",
            self.zoom_in_action: "zoom-in",
            self.zoom_out_action: "zoom-out",
            self.zoom_reset_action: "zoom-reset",
            self.parallel_action: "parallel",
            self.glossary_action: "glossary",
            self.contents_action: "contents",
            self.bookmarks.action: "bookmark",
        }
        for action, name in icons.items():
            action.setIcon(icon(name))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            shell.add_action(action, "view")
        shell.menu("view").addSeparator()
        shell.add_action(self.parallel_action, "view")
        shell.add_action(self.link_action, "view")
        for action in (self.back_action, self.forward_action):
            shell.add_action(action, "go", toolbar=True)
        for action in (
            self.contents_action,
            self.glossary_action,
            self.find_next_action,
            self.find_previous_action,
        ):
            shell.add_action(action, "go")
        shell.add_action(self.bookmarks.action, toolbar=True)
        shell.add_toolbar_separator()
        shell.add_toolbar_widget(self.language_label)
        shell.add_toolbar_widget(self.language_selector)
        shell.add_toolbar_separator()
        shell.add_action(self.parallel_action, toolbar=True)
        shell.add_toolbar_widget(self.parallel_selector)
        shell.add_action(self.link_action, toolbar=True)

    def _connect(self) -> None:
        events = self.context.events
        self.toc.placeRequested.connect(self.shell.open_place)
        self._connect_view(self.reader)
        self.reader.zoomChanged.connect(self._on_zoom)
        self.language_selector.currentIndexChanged.connect(
            lambda: self.context.languages.set_language(self.language_selector.currentData())
        )
        self.parallel_selector.currentIndexChanged.connect(self._on_parallel_language)
        # Choosing a second language means wanting to see it: side by side turns on.
        self.parallel_selector.activated.connect(lambda _index: self.set_parallel_visible(True))
        events.languageChanged.connect(self._on_language_changed)
        events.countryChanged.connect(self._on_country_changed)
        events.startupFinished.connect(self._finish_startup)
        self.shell.widget().installEventFilter(self)

    def _connect_view(self, view: ReaderView) -> None:
        view.placeRequested.connect(self.shell.open_place)
        view.backRequested.connect(self.go_back)
        view.forwardRequested.connect(self.go_forward)

    def _restore(self) -> None:
        self.reader.set_zoom(self.settings.get(ZOOM))
        index = self.parallel_selector.findData(self.settings.get(PARALLEL_LANGUAGE))
        self.parallel_selector.setCurrentIndex(max(index, 0))
        if self.settings.get(PARALLEL_VISIBLE):
            self.set_parallel_visible(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The mouse's back and forward buttons, anywhere in the window."""
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            from PySide6.QtCore import Qt

            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return False

    # -- the page view --------------------------------------------------------------------------

    @property
    def place(self) -> Place | None:
        return self._place

    @property
    def lang(self) -> str:
        return self.context.lang

    @property
    def parallel_lang(self) -> str:
        return str(self.parallel_selector.currentData())

    @property
    def parallel(self) -> ReaderView:
        """The side-by-side view, built on first use: most sessions never open it."""
        if self._parallel is None:
            view = ReaderView("parallelView")
            view.hide()
            view.set_zoom(self.reader.zoom)
            view.setAccessibleName(self.tr("Guidance text in a second language"))
            self._connect_view(view)
            column = QSplitter()
            column.setObjectName("parallelColumn")
            column.addWidget(view)
            column.hide()
            self.text_area.addWidget(column)
            self.parallel_column = column
            self._parallel = view
            from interact_desktop.ui.reader.linked_scroll import LinkedScroll

            self._linked = LinkedScroll(self.reader, view)
            self._linked.set_linked(self.link_action.isChecked())
        return self._parallel

    def parallel_shown(self) -> bool:
        # The action, not isVisible(): before the window is shown no child is visible.
        return self._parallel is not None and self.parallel_action.isChecked()

    def open(self, text: str, record: bool = True, lang: str | None = None, highlight=None) -> bool:
        """Show a place ("section:id#anchor", "glossary:term", ...); False if it does not exist.
        With ``lang`` other than the UI's, the place is shown side by side in that language;
        ``highlight`` marks those words in it."""
        place = Place.parse(text)
        if place is None or not place.exists_in(self.handbook):
            if text:
                message = self.tr("This page is not in the handbook: %1").replace("%1", text)
                self.shell.show_message(message, 5000)
            return False
        if lang is not None and lang != self.lang:
            self.parallel_selector.setCurrentIndex(self.parallel_selector.findData(lang))
            self.set_parallel_visible(True)
        self._anchor = Place.anchor(text)
        self.shell.show_aside(None)
        self._place = place.page()
        if record:
            self.history.visit(str(self._place))
        self._render()
        self.toc.select(str(self._place))
        self.settings.set(LAST_PLACE, str(self._place))
        self._update_actions()
        self.context.events.placeOpened.emit(str(self._place))
        if highlight is not None:
            view = self.reader if lang in (None, self.lang) else self.parallel
            view.highlight(highlight, lang or self.lang)
            if "#" not in text:
                view.find_next(1)
        return True

    @property
    def country(self) -> str:
        """The country whose box sections show: one chosen on a section, else the user's."""
        if self._box_country is not None:
            return self._box_country
        return self.settings.get(COUNTRY)

    def _show_country_box(self, country_id: str) -> bool:
        """A section's switch: this country's box instead, until the user's country changes."""
        if country_id not in self.handbook.countries.countries or self._place is None:
            return False
        self._box_country = country_id
        self._anchor = "country-box"
        self._render()
        return True

    def _on_country_changed(self, _country: str) -> None:
        self._box_country = None
        if self._place is not None:
            self._render()

    def go_back(self) -> None:
        if (place := self.history.back()) is not None:
            self.open(place, record=False)

    def go_forward(self) -> None:
        if (place := self.history.forward()) is not None:
            self.open(place, record=False)

    def _render(self) -> None:
        """The page, with the user's country box and contacts once start-up has finished: both
        read files (the countries' TOML, the contacts) that the first paint must not wait for."""
        assert self._place is not None
        country = self.country if self._tools_listed else None
        columns = 2 if self._place.kind == COMPARE else 1
        html = self._with_contacts(self.pages.html(self._place, self.lang, country))
        self.reader.show_page(html, self._anchor, columns)
        if self.parallel_shown():
            html = self.pages.html(self._place, self.parallel_lang, country)
            self.parallel.show_page(self._with_contacts(html), self._anchor, columns)
            self._follow_reader()
        self.shell.set_page_title(self.title_of(str(self._place)))

    def _with_contacts(self, html: str) -> str:
        """The user's entry beside each role link (the directory is read on the first page that
        names a role, not at start-up)."""
        if 'href="role:' not in html or not self._tools_listed:
            return html
        from interact_desktop.core.contacts.inline import with_contacts

        contacts = self.context.contacts
        if not self._contacts_followed:
            self._contacts_followed = True
            contacts.changed.connect(lambda: self._render() if self._place else None)
        return with_contacts(html, contacts.directory, self.tr("+%n more"))

    def title_of(self, place: str) -> str:
        return self.pages.title(place, self.lang)

    def heading_in_view(self) -> str:
        return self.reader.heading_in_view()

    def print_page(self, printer: QPrinter) -> None:
        self.reader.draw_figures()  # a page not painted yet still has blanks for its figures
        self.reader.document().print_(printer)

    def focus_text(self) -> None:
        self.reader.setFocus()

    def second_language(self) -> str | None:
        return self.parallel_lang if self.parallel_action.isChecked() else None

    def show_above(self, widget: QWidget) -> None:
        """A figure above the text (a flowchart's diagram), in the reader's column."""
        _put_above(self.column, widget)

    def show_above_second(self, widget: QWidget) -> None:
        """A figure above the side-by-side text (the diagram in that pane's language)."""
        if self.parallel_column is None:
            self.parallel.hide()  # built, with its column
        assert self.parallel_column is not None
        _put_above(self.parallel_column, widget)

    # -- actions ------------------------------------------------------------------------------

    def find(self, step: int) -> None:
        """F3 / Shift+F3: the next or previous highlighted word; without any, go to search."""
        view = self.reader
        if not view.highlight_count and self.parallel_shown() and self.parallel.highlight_count:
            view = self.parallel
        if not view.find_next(step):
            self.context.events.searchFocusRequested.emit()

    def focus_contents(self) -> None:
        self.shell.show_tab(self.toc)
        self.toc.setFocus()

    def set_parallel_visible(self, visible: bool) -> None:
        self.parallel_action.setChecked(visible)
        self.parallel.setVisible(visible)
        assert self.parallel_column is not None
        self.parallel_column.setVisible(visible)
        self.link_action.setEnabled(visible)
        self.settings.set(PARALLEL_VISIBLE, visible)
        if visible:
            width = sum(self.text_area.sizes()) or 1200
            self.text_area.setSizes([width // 2, width - width // 2])
            if self._place is not None:
                self._render()
        self.context.events.secondLanguageChanged.emit(self.parallel_lang if visible else "")

    def set_scroll_linked(self, linked: bool) -> None:
        """The switch: the panes scroll together (anchored by heading) or each on its own."""
        self.link_action.setChecked(linked)
        self.settings.set(PARALLEL_LINKED, linked)
        if self._linked is not None:
            self._linked.set_linked(linked)

    def scroll_linked(self) -> bool:
        return self.link_action.isChecked()

    def _follow_reader(self) -> None:
        """A page opens with the second pane at the heading the reader shows (the anchor of a
        link is in the reader's language; the other pane has its own), linked or not."""
        if self._linked is not None:
            self._linked.follow(self.reader)

    def _on_zoom(self, factor: float) -> None:
        if self._parallel is not None:
            self._parallel.set_zoom(factor)
        self.settings.set(ZOOM, factor)
        if self._place is not None:
            self._render()

    def _update_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())
        self.bookmarks.refresh()

    def _finish_startup(self) -> None:
        """Listing tools and bookmarks, and reporting problems, wait for the first paint."""
        self._tools_listed = True
        if self._place is not None and self._place.kind == "section":
            self._render()  # now with the country box and the contacts
        self.toc.populate(self.handbook, self.lang, self.pages.tool_headings())
        if self._place is not None:
            self.toc.select(str(self._place))
        self.shell.add_tab(self.bookmarks.tab, self.tr("Bookmarks"), icon("bookmark"))
        self.bookmarks.build()
        self._update_actions()
        from interact_desktop.ui.reader.help import HelpController

        self.help = HelpController(self.shell, self.handbook)
        self.help.retranslate()
        self.help.report_problems()

    # -- language -----------------------------------------------------------------------------

    def _on_language_changed(self, code: str) -> None:
        index = self.language_selector.findData(code)
        if index != self.language_selector.currentIndex():
            self.language_selector.blockSignals(True)
            self.language_selector.setCurrentIndex(index)
            self.language_selector.blockSignals(False)
        self.settings.set(LANGUAGE, code)
        self.retranslate()
        self.toc.populate(self.handbook, code, self.pages.tool_headings(), self._tools_listed)
        self.bookmarks.refresh()
        if self._place is not None:
            self._render()

    def _on_parallel_language(self) -> None:
        self.settings.set(PARALLEL_LANGUAGE, self.parallel_lang)
        if self.parallel_shown():
            self._render()
            self.context.events.secondLanguageChanged.emit(self.parallel_lang)

    def retranslate(self) -> None:
        self.shell.set_tab_title(self.toc, self.tr("Contents"))
        self.bookmarks.retranslate()
        if self.help is not None:
            self.help.retranslate()
        self.find_next_action.setText(self.tr("Next match in page"))
        self.find_previous_action.setText(self.tr("Previous match in page"))
        self.back_action.setText(self.tr("Back"))
        self.back_action.setToolTip(key_hint(self.tr("Back to the previous page (%1)"), "Alt+Left"))
        self.forward_action.setText(self.tr("Forward"))
        self.forward_action.setToolTip(
            key_hint(self.tr("Forward to the next page (%1)"), "Alt+Right")
        )
        self.zoom_in_action.setText(self.tr("Larger text"))
        self.zoom_out_action.setText(self.tr("Smaller text"))
        self.zoom_reset_action.setText(self.tr("Normal text size"))
        self.parallel_action.setText(self.tr("Side by side"))
        self.parallel_action.setToolTip(
            key_hint(self.tr("Show the same page in a second language next to this one (%1)"), "F4")
        )
        self.glossary_action.setText(self.tr("Glossary"))
        self.contents_action.setText(self.tr("Contents"))
        self.language_label.setText(self.tr("Language:") + " ")
        self.language_selector.setToolTip(self.tr("Language of the menus and of the guidance"))
        self.parallel_selector.setToolTip(
            self.tr("Language of the side-by-side view (choosing one shows it)")
        )
        self.link_action.setText(self.tr("Scroll together"))
        self.link_action.setToolTip(
            key_hint(
                self.tr("Both languages scroll together, heading by heading; off: each on its "
                        "own (%1)"),
                "Shift+F4",
            )
        )  # fmt: skip
        names = {
            self.toc: self.tr("Contents"),
            self.reader: self.tr("Guidance text"),
            self.language_selector: self.tr("Language"),
            self.parallel_selector: self.tr("Second language"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        if self._parallel is not None:
            self._parallel.setAccessibleName(self.tr("Guidance text in a second language"))


def _put_above(column: QSplitter, widget: QWidget) -> None:
    """``widget`` above the text of ``column``, three quarters of its height (once)."""
    if column.indexOf(widget) >= 0:
        return
    from PySide6.QtCore import Qt

    column.setOrientation(Qt.Orientation.Vertical)
    column.insertWidget(0, widget)
    column.setStretchFactor(0, 3)
    column.setStretchFactor(1, 1)
    height = max(column.height(), 400)
    column.setSizes([height * 3 // 4, height // 4])
    column.refresh()  # sized now, not at the next event loop
