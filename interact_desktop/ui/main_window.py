"""The main window: contents and bookmarks on the left, the reader, and an optional parallel view.

It wires widgets to core objects (history, bookmarks, renderer) and keeps no logic of its own
beyond deciding what to show where.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from interact_desktop import __version__
from interact_desktop.core.bookmarks import BookmarkStore
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import localized
from interact_desktop.core.content.render import PageRenderer
from interact_desktop.core.history import History
from interact_desktop.core.languages import LANGUAGES, NATIVE_NAMES
from interact_desktop.core.places import Place
from interact_desktop.ui.i18n import LanguageManager, Retranslating
from interact_desktop.ui.reader_view import ReaderView
from interact_desktop.ui.theme import THEMES
from interact_desktop.ui.toc_panel import TocPanel

if TYPE_CHECKING:
    from interact_desktop.core.forms.drafts import DraftStore
    from interact_desktop.ui.bookmarks_panel import BookmarksPanel
    from interact_desktop.ui.checklist_form import ChecklistForm
    from interact_desktop.ui.exercise_launcher import ExerciseLauncher
    from interact_desktop.ui.export_controller import ExportController
    from interact_desktop.ui.flowchart_pane import FlowchartPane
    from interact_desktop.ui.notebook_panel import NotebookPanel
    from interact_desktop.ui.presenter_view import Presentation
    from interact_desktop.ui.search_controller import SearchController
    from interact_desktop.ui.search_panel import SearchPanel
    from interact_desktop.ui.search_service import SearchService


class MainWindow(Retranslating, QMainWindow):
    placeShown = Signal(str)
    themeRequested = Signal(str)

    def __init__(
        self,
        handbook: Handbook,
        languages: LanguageManager,
        settings: QSettings,
        bookmarks: BookmarkStore,
        renderer: PageRenderer,
        theme: str,
        make_search: Callable[[], SearchService] | None = None,
        drafts: DraftStore | None = None,
        exercises_dir: Path | None = None,
        notebook_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.handbook = handbook
        self.languages = languages
        self.settings = settings
        self.bookmarks = bookmarks
        self.history = History()
        self.renderer = renderer
        self.place: Place | None = None
        self._tools_listed = False
        self._exporter: ExportController | None = None
        self.drafts = drafts
        self._form: ChecklistForm | None = None
        self.exercises_dir = exercises_dir
        self._exercises: ExerciseLauncher | None = None
        self._anchor = ""
        self.notebook_dir = notebook_dir
        self.notebook: NotebookPanel | None = None  # set up after the first paint
        self.aside: QWidget | None = None  # shown in place of the text (the notebook)
        self._hidden_for_aside: list[QWidget] = []
        self.presentation: Presentation | None = None

        self.toc = TocPanel()
        # The bookmarks list is built after the first paint (finish_startup), in this tab.
        self.bookmarks_tab = QWidget()
        self.bookmarks_tab.setObjectName("bookmarksTab")
        self.bookmark_list: BookmarksPanel | None = None
        self.sidebar = QTabWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setUsesScrollButtons(False)  # tabs share the width rather than scroll
        self.sidebar.addTab(self.toc, "")
        # The search tab is a placeholder until the first page is on screen (finish_startup).
        self._make_search = make_search
        self.search_tab = QWidget()
        self.search_tab.setObjectName("searchTab")
        self.search_panel: SearchPanel | None = None
        self.search: SearchController | None = None
        if make_search is not None:
            self.sidebar.addTab(self.search_tab, "")
        self.sidebar.addTab(self.bookmarks_tab, "")
        self.reader = ReaderView("readerView")
        # A flowchart's diagram goes above its text version, in this column (turned vertical when
        # the first flowchart opens: the Qt namespace is not touched before the first paint).
        self.reader_column = QSplitter()
        self.reader_column.setObjectName("readerColumn")
        self.reader_column.addWidget(self.reader)
        self._flowchart_pane: FlowchartPane | None = None
        self._parallel: ReaderView | None = None  # built when first shown
        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.reader_column)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 880])
        self.setCentralWidget(self.splitter)

        self.language_selector = QComboBox()
        self.language_selector.setObjectName("languageSelector")
        self.parallel_selector = QComboBox()
        self.parallel_selector.setObjectName("parallelLanguageSelector")
        for code in LANGUAGES:
            self.language_selector.addItem(NATIVE_NAMES[code], code)
            self.parallel_selector.addItem(NATIVE_NAMES[code], code)
        self.language_label = QLabel()
        self._build_actions(theme)
        self._build_menus_and_toolbar()
        self._connect()
        self.retranslate()

    # -- construction -------------------------------------------------------------------------

    def _action(self, name: str, slot, shortcuts=(), checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setCheckable(checkable)
        sequences: list[QKeySequence] = []
        for shortcut in shortcuts:
            # A standard key expands to the platform's list; the same key twice is ambiguous.
            for sequence in (
                QKeySequence.keyBindings(shortcut)
                if isinstance(shortcut, QKeySequence.StandardKey)
                else [QKeySequence(shortcut)]
            ):  # a string or a key
                if not sequence.isEmpty() and sequence not in sequences:
                    sequences.append(sequence)
        action.setShortcuts(sequences)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self, theme: str) -> None:
        key = QKeySequence.StandardKey
        # Not StandardKey.Back: on Linux it includes Backspace, which lists and fields need.
        self.back_action = self._action("backAction", self.go_back, ["Alt+Left", "Back"])
        self.forward_action = self._action(
            "forwardAction", self.go_forward, ["Alt+Right", "Forward"]
        )
        self.bookmark_action = self._action(
            "bookmarkAction", self.toggle_bookmark, ["Ctrl+D"], checkable=True
        )
        self.zoom_in_action = self._action(
            "zoomInAction", self._zoom_in, [key.ZoomIn, "Ctrl+=", "Ctrl++"]
        )
        self.zoom_out_action = self._action("zoomOutAction", self._zoom_out, [key.ZoomOut])
        self.zoom_reset_action = self._action("zoomResetAction", self._zoom_reset, ["Ctrl+0"])
        self.parallel_action = self._action(
            "parallelAction", self.set_parallel_visible, ["F4"], checkable=True
        )
        self.present_action = self._action("presentAction", self.present, ["F5"])
        self.glossary_action = self._action(
            "glossaryAction", lambda: self.open_place("glossary:"), ["Ctrl+G"]
        )
        self.contents_action = self._action("contentsAction", self._focus_contents, ["Ctrl+T"])
        self.find_action = self._action("findAction", self.focus_search, ["Ctrl+F", "Ctrl+K"])
        self.find_next_action = self._action("findNextAction", lambda: self._find(1), ["F3"])
        self.find_previous_action = self._action(
            "findPreviousAction", lambda: self._find(-1), ["Shift+F3"]
        )
        self.quit_action = self._action("quitAction", self.close, [key.Quit, "Ctrl+Q"])
        self.exercises_action = self._action("exercisesAction", lambda: self.show_exercises())
        self.exercises_action.setVisible(self.exercises_dir is not None)
        self.export_page_action = self._action(
            "exportPageAction", lambda: self.exporter.export_page(), ["Ctrl+E"]
        )
        self.export_chapter_action = self._action(
            "exportChapterAction", lambda: self.exporter.export_chapter()
        )
        self.export_all_action = self._action("exportAllAction", lambda: self.exporter.export_all())
        self.export_slides_action = self._action(
            "exportSlidesAction", lambda: self.exporter.export_slides()
        )
        self.author_action = self._action("authorAction", lambda: self.exporter.set_author())
        self.print_action = self._action(
            "printAction", lambda: self.exporter.print_page(), [key.Print, "Ctrl+P"]
        )
        self.about_action = self._action("aboutAction", self.show_about)
        self.problems_action = self._action("contentProblemsAction", self.show_problems)
        self.problems_action.setVisible(bool(self.handbook.problems))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name in THEMES:
            action = self._action(
                f"theme_{name}", lambda _=False, n=name: self.themeRequested.emit(n), checkable=True
            )
            action.setChecked(name == theme)
            self.theme_group.addAction(action)
            self.theme_actions[name] = action

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.drafts_menu = self.file_menu.addMenu("")
        self.drafts_menu.setObjectName("draftsMenu")
        self.drafts_menu.aboutToShow.connect(self._fill_drafts_menu)
        self.file_menu.addSeparator()
        for action in (
            self.export_page_action,
            self.export_chapter_action,
            self.export_all_action,
            self.export_slides_action,
            self.print_action,
        ):
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.author_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.parallel_action)
        self.view_menu.addAction(self.present_action)
        self.theme_menu = self.view_menu.addMenu("")
        for action in self.theme_actions.values():
            self.theme_menu.addAction(action)
        self.go_menu = bar.addMenu("")
        for action in (
            self.back_action,
            self.forward_action,
            self.contents_action,
            self.glossary_action,
            self.find_action,
            self.find_next_action,
            self.find_previous_action,
            self.exercises_action,
        ):
            self.go_menu.addAction(action)
        self.bookmarks_menu = bar.addMenu("")
        self.bookmarks_menu.aboutToShow.connect(self._fill_bookmarks_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.problems_action)
        self.help_menu.addAction(self.about_action)

        toolbar = QToolBar()
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.back_action)
        toolbar.addAction(self.forward_action)
        toolbar.addSeparator()
        toolbar.addAction(self.bookmark_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.language_label)
        toolbar.addWidget(self.language_selector)
        toolbar.addSeparator()
        toolbar.addAction(self.parallel_action)
        toolbar.addWidget(self.parallel_selector)
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        self.toc.placeRequested.connect(self.open_place)
        self._connect_view(self.reader)
        self.reader.zoomChanged.connect(self._on_zoom)
        self.language_selector.currentIndexChanged.connect(
            lambda: self.languages.set_language(self.language_selector.currentData())
        )
        self.parallel_selector.currentIndexChanged.connect(self._on_parallel_language)
        self.languages.languageChanged.connect(self._on_language_changed)

    def _connect_view(self, view: ReaderView) -> None:
        view.placeRequested.connect(self.open_place)
        view.backRequested.connect(self.go_back)
        view.forwardRequested.connect(self.go_forward)

    @property
    def parallel(self) -> ReaderView:
        """The side-by-side view, built on first use: most sessions never open it."""
        if self._parallel is None:
            view = ReaderView("parallelView")
            view.hide()
            view.set_zoom(self.reader.zoom)
            view.setAccessibleName(self.tr("Guidance text in a second language"))
            self._connect_view(view)
            self.splitter.addWidget(view)
            self.splitter.setStretchFactor(2, 3)
            self._parallel = view
        return self._parallel

    def _parallel_shown(self) -> bool:
        # The action, not isVisible(): before the window is shown no child is visible.
        return self._parallel is not None and self.parallel_action.isChecked()

    # -- language -----------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self.languages.language

    @property
    def parallel_lang(self) -> str:
        return self.parallel_selector.currentData()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("INTERACT Desktop"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Appearance"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.bookmarks_menu.setTitle(self.tr("&Bookmarks"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.sidebar.setTabText(self.sidebar.indexOf(self.toc), self.tr("Contents"))
        self.sidebar.setTabText(self.sidebar.indexOf(self.bookmarks_tab), self.tr("Bookmarks"))
        if self._make_search is not None:
            self.sidebar.setTabText(self.sidebar.indexOf(self.search_tab), self.tr("Search"))
        if self.search is not None:
            self.search.retranslate()
        self.find_action.setText(self.tr("Search the handbook"))
        self.find_next_action.setText(self.tr("Next match in page"))
        self.find_previous_action.setText(self.tr("Previous match in page"))
        self.back_action.setText(self.tr("Back"))
        self.back_action.setToolTip(self.tr("Back to the previous page (Alt+Left)"))
        self.forward_action.setText(self.tr("Forward"))
        self.forward_action.setToolTip(self.tr("Forward to the next page (Alt+Right)"))
        self.bookmark_action.setText(self.tr("Bookmark"))
        self.bookmark_action.setToolTip(self.tr("Add or remove a bookmark for this page (Ctrl+D)"))
        self.zoom_in_action.setText(self.tr("Larger text"))
        self.zoom_out_action.setText(self.tr("Smaller text"))
        self.zoom_reset_action.setText(self.tr("Normal text size"))
        self.parallel_action.setText(self.tr("Side by side"))
        self.present_action.setText(self.tr("Present full screen"))
        self.present_action.setToolTip(self.tr("Show this page as slides, full screen (F5)"))
        self.parallel_action.setToolTip(
            self.tr("Show the same page in a second language next to this one (F4)")
        )
        self.glossary_action.setText(self.tr("Glossary"))
        self.contents_action.setText(self.tr("Contents"))
        self.exercises_action.setText(self.tr("Table-top &exercises…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.drafts_menu.setTitle(self.tr("Saved &checklists"))
        self.export_page_action.setText(self.tr("Export this page as PDF…"))
        self.export_chapter_action.setText(self.tr("Export this chapter as PDF…"))
        self.export_all_action.setText(self.tr("Export the whole handbook as PDF…"))
        self.export_slides_action.setText(self.tr("Export this page as slides (PDF, 16:9)…"))
        self.print_action.setText(self.tr("&Print…"))
        self.author_action.setText(self.tr("Author of exported documents…"))
        self.about_action.setText(self.tr("&About INTERACT Desktop"))
        self.problems_action.setText(self.tr("Content &problems"))
        self.theme_actions["system"].setText(self.tr("Follow the system"))
        self.theme_actions["light"].setText(self.tr("Light"))
        self.theme_actions["dark"].setText(self.tr("Dark"))
        self.language_label.setText(self.tr("Language:") + " ")
        self.language_selector.setToolTip(self.tr("Language of the menus and of the guidance"))
        self.parallel_selector.setToolTip(self.tr("Language of the side-by-side view"))
        names = {
            self.toc: self.tr("Contents"),
            self.reader: self.tr("Guidance text"),
            self.language_selector: self.tr("Language"),
            self.parallel_selector: self.tr("Second language"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        if self.bookmark_list is not None:
            self.bookmark_list.setAccessibleName(self.tr("Bookmarks"))
        if self._parallel is not None:
            self._parallel.setAccessibleName(self.tr("Guidance text in a second language"))

    def _tool_headings(self) -> dict[str, str]:
        return {
            "glossary": self.tr("Glossary"),
            "checklists": self.tr("Checklists"),
            "flowcharts": self.tr("Flowcharts"),
            "scenarios": self.tr("Exercises"),
        }

    def _on_language_changed(self, code: str) -> None:
        index = self.language_selector.findData(code)
        if index != self.language_selector.currentIndex():
            self.language_selector.blockSignals(True)
            self.language_selector.setCurrentIndex(index)
            self.language_selector.blockSignals(False)
        self.settings.setValue("language", code)
        if self._form is not None:
            self._form.set_language(code)
        if self.search is not None:
            self.search.language_changed(code)
        self.toc.populate(self.handbook, code, self._tool_headings(), self._tools_listed)
        if self.bookmark_list is not None:  # built after the first paint, like the tools
            self.bookmark_list.populate(self.bookmarks.places(), self.place_title)
        if self.place is not None:
            self._render()

    def _on_parallel_language(self) -> None:
        self.settings.setValue("parallelLanguage", self.parallel_lang)
        if self._parallel_shown():
            self._render()

    # -- navigation ---------------------------------------------------------------------------

    def open_place(self, text: str, record: bool = True) -> bool:
        """Show a place ("section:id", "glossary:term", ...); False when it does not exist."""
        if text.startswith("fill:"):
            return self.fill_checklist(text.partition(":")[2])
        if text.startswith("exercise:"):
            return self.show_exercises(text.partition(":")[2])
        place = Place.parse(text)
        if place is None or not place.exists_in(self.handbook):
            if text:
                message = self.tr("This page is not in the handbook: %1").replace("%1", text)
                self.statusBar().showMessage(message, 5000)
            return False
        if "#" in text:
            self._anchor = text.split("#", 1)[1]
        else:
            self._anchor = place.id if place.kind == "glossary" else ""
        self.show_aside(None)
        self._show_form(False)
        self.place = place.page()
        if record:
            self.history.visit(str(self.place))
        self._render()
        self.toc.select(str(self.place))
        self.settings.setValue("lastPlace", str(self.place))
        self._update_actions()
        self.placeShown.emit(str(self.place))
        return True

    def go_back(self) -> None:
        if (place := self.history.back()) is not None:
            self.open_place(place, record=False)

    def go_forward(self) -> None:
        if (place := self.history.forward()) is not None:
            self.open_place(place, record=False)

    def _render(self) -> None:
        assert self.place is not None
        self.reader.show_page(self.page_html(self.place, self.lang), self._anchor)
        if self._parallel_shown():
            self.parallel.show_page(self.page_html(self.place, self.parallel_lang), self._anchor)
        if self.place.kind == "flowchart":
            self.flowchart_pane.show_flowchart(self.handbook.flowcharts[self.place.id], self.lang)
            self.flowchart_pane.show()
        elif self._flowchart_pane is not None:
            self._flowchart_pane.hide()
        self.setWindowTitle(f"{self.place_title(str(self.place))} — {self.tr('INTERACT Desktop')}")

    def page_html(self, place: Place, lang: str) -> str:
        if place.kind == "section":
            return self.renderer.section(place.id, lang)
        if place.kind == "checklist":
            fill = self.tr("Fill in this checklist") if self.drafts is not None else ""
            return self.renderer.checklist(self.handbook.checklists[place.id], lang, fill)
        if place.kind == "flowchart":
            words = {
                "who": self.tr("Who"),
                "within": self.tr("Within"),
                "go to": self.tr("go to step"),
                "end": self.tr("End of the flowchart"),
            }
            flowchart = self.handbook.flowcharts[place.id]
            return self.renderer.flowchart(flowchart, lang, words, self.duration)
        if place.kind == "scenario":
            labels = {
                "minute": self.tr("Minute %1"),
                "question": self.tr("Question"),
                "tests": self.tr("Sections this tests"),
                "run": self.tr("Run this exercise") if self.exercises_dir is not None else "",
            }
            return self.renderer.scenario(self.handbook.scenarios[place.id], lang, labels)
        return self.renderer.glossary(lang, self.tr("Glossary"))

    @property
    def flowchart_pane(self) -> FlowchartPane:
        """The diagram of a flowchart, built the first time one is opened."""
        if self._flowchart_pane is None:
            from PySide6.QtCore import Qt

            from interact_desktop.ui.flowchart_pane import FlowchartPane

            pane = FlowchartPane(self.duration)
            pane.sectionRequested.connect(lambda section: self.open_place(f"section:{section}"))
            pane.recorder = lambda panel, lang: (
                self.notebook and self.notebook.record_guided(panel, lang)
            )
            column = self.reader_column
            column.setOrientation(Qt.Orientation.Vertical)
            column.insertWidget(0, pane)
            column.setStretchFactor(0, 3)
            column.setStretchFactor(1, 1)
            height = max(column.height(), 400)
            column.setSizes([height * 3 // 4, height // 4])
            column.refresh()  # sized now, not at the next event loop
            self._flowchart_pane = pane
        return self._flowchart_pane

    def duration(self, minutes: int) -> str:
        """A deadline as people say it in the UI language: 45 minutes, 2 hours, 1 day."""
        if minutes and minutes % 1440 == 0:
            return self.tr("%n day(s)", "", minutes // 1440)
        if minutes and minutes % 60 == 0:
            return self.tr("%n hour(s)", "", minutes // 60)
        return self.tr("%n minute(s)", "", minutes)

    def place_title(self, text: str) -> str:
        place = Place.parse(text)
        if place is None:
            return text
        if place.kind == "section" and self.handbook.has_section(place.id):
            return self.handbook.title(place.id, self.lang)
        if place.kind == "checklist" and place.id in self.handbook.checklists:
            return localized(self.handbook.checklists[place.id].title, self.lang)
        if place.kind == "flowchart" and place.id in self.handbook.flowcharts:
            return localized(self.handbook.flowcharts[place.id].title, self.lang)
        if place.kind == "scenario" and place.id in self.handbook.scenarios:
            return localized(self.handbook.scenarios[place.id].title, self.lang)
        return self.tr("Glossary")

    # -- checklists filled in -----------------------------------------------------------------

    @property
    def form(self) -> ChecklistForm:
        if self._form is None:
            from interact_desktop.ui.checklist_form import ChecklistForm

            self._form = ChecklistForm(self.handbook, self.drafts)
            self._form.set_language(self.lang)
            self._form.hide()
            self._form.placeRequested.connect(self.open_place)
            self._form.closed.connect(lambda: self._show_form(False))
            self.splitter.addWidget(self._form)
            self.splitter.setStretchFactor(self.splitter.indexOf(self._form), 3)
        return self._form

    def fill_checklist(self, checklist_id: str) -> bool:
        """Start a new draft of a checklist and show its form."""
        checklist = self.handbook.checklists.get(checklist_id)
        if checklist is None or self.drafts is None:
            return False
        if self.notebook is not None and self.notebook.unlock_first(
            lambda: self.fill_checklist(checklist_id)
        ):
            return True  # checklists are kept in the notebook: it asks to be unlocked first
        self.form.start(checklist)
        self._show_form(True)
        return True

    def open_draft(self, draft_id: str) -> bool:
        filled = self.drafts.load(draft_id) if self.drafts is not None else None
        checklist = self.handbook.checklists.get(filled.template) if filled else None
        if checklist is None:
            return False
        self.form.open(checklist, draft_id, filled)
        self._show_form(True)
        return True

    def _show_form(self, shown: bool) -> None:
        if self._form is None:
            return
        if shown:
            self.show_aside(None)
            self.export_page_action.setEnabled(True)
        if not shown:
            self._form.save_now()
        self._form.setVisible(shown)
        self.reader_column.setVisible(not shown)
        if self._parallel is not None:
            self._parallel.setVisible(not shown and self.parallel_action.isChecked())

    def set_drafts(self, drafts: DraftStore) -> None:
        """Where checklists are saved from now on; the form saves what it holds first."""
        if self._form is not None:
            self._form.save_now()
            self._form.store = drafts
        self.drafts = drafts

    def close_checklist(self) -> None:
        """Save and empty the form, and put the text back in its place (the notebook locks)."""
        if self._form is None:
            return
        if self._form in self._hidden_for_aside:  # under the notebook: the text comes back after
            self._hidden_for_aside[self._hidden_for_aside.index(self._form)] = self.reader_column
        elif not self._form.isHidden():
            self._show_form(False)
        self._form.unload()
        self._form.hide()

    def show_aside(self, widget: QWidget | None) -> None:
        """Show ``widget`` where the text is; with None, what it covered comes back."""
        if self.aside is not None:
            self.aside.hide()
            for hidden in self._hidden_for_aside:
                hidden.show()
            self._hidden_for_aside = []
        self.aside = widget
        if widget is None:
            return
        if self.splitter.indexOf(widget) < 0:
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), 3)
        covered = (self.reader_column, self._parallel, self._form)
        self._hidden_for_aside = [w for w in covered if w is not None and not w.isHidden()]
        for shown in self._hidden_for_aside:
            shown.hide()
        widget.show()

    def _fill_drafts_menu(self) -> None:
        menu = self.drafts_menu
        menu.clear()
        if self.notebook is not None and self.notebook.checklists_locked:
            action = menu.addAction(self.tr("Unlock the notebook to see saved checklists…"))
            action.triggered.connect(self.notebook.show_notebook)
            return
        drafts = self.drafts.list() if self.drafts is not None else []
        for draft_id, filled in drafts[:30]:
            checklist = self.handbook.checklists.get(filled.template)
            if checklist is None:
                continue
            when = (filled.updated or filled.created).replace("T", " ")[:16]
            mark = " ✓" if filled.finalised else ""
            action = menu.addAction(f"{localized(checklist.title, self.lang)} — {when}{mark}")
            action.triggered.connect(lambda _=False, d=draft_id: self.open_draft(d))
        if not drafts:
            menu.addAction(self.tr("No saved checklists")).setEnabled(False)

    def show_exercises(self, scenario_id: str = "") -> bool:
        """The facilitator's exercise window (its own module keeps the wiring)."""
        if self.exercises_dir is None:
            return False
        if self._exercises is None:
            from interact_desktop.ui.exercise_launcher import ExerciseLauncher

            self._exercises = ExerciseLauncher(self, self.exercises_dir)
        return self._exercises.show(scenario_id)

    @property
    def exporter(self) -> ExportController:
        """Export and print, set up when first used."""
        if self._exporter is None:
            from interact_desktop.ui.export_controller import ExportController

            self._exporter = ExportController(self, self.settings)
        return self._exporter

    def _update_actions(self) -> None:
        kind = self.place.kind if self.place is not None else ""
        self.export_page_action.setEnabled(kind in ("section", "checklist", "flowchart"))
        self.export_chapter_action.setEnabled(kind == "section")
        self.present_action.setEnabled(kind in ("section", "flowchart"))
        self.export_slides_action.setEnabled(kind in ("section", "flowchart"))
        self.print_action.setEnabled(self.place is not None)
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())
        self.bookmark_action.setChecked(
            self._tools_listed and self.place is not None and str(self.place) in self.bookmarks
        )

    def focus_search(self) -> None:
        if self.search is None or self.search_panel is None:
            return
        self.sidebar.setCurrentWidget(self.search_tab)
        self.search_panel.field.setFocus()
        self.search_panel.field.selectAll()

    def _find(self, step: int) -> None:
        """F3 / Shift+F3: the next or previous highlighted word; without any, go to search."""
        view = self.reader
        if not view.highlight_count and self._parallel_shown() and self.parallel.highlight_count:
            view = self.parallel
        if not view.find_next(step):
            self.focus_search()

    def _focus_contents(self) -> None:
        self.sidebar.setCurrentWidget(self.toc)
        self.toc.setFocus()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt

        if event.button() == Qt.MouseButton.BackButton:
            self.go_back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.go_forward()
        else:
            super().mousePressEvent(event)

    # -- bookmarks ----------------------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        if self.place is None:
            return
        place = str(self.place)
        if place in self.bookmarks:
            self.bookmarks.remove(place)
            self.statusBar().showMessage(self.tr("Bookmark removed"), 3000)
        else:
            self.bookmarks.add(place)
            self.statusBar().showMessage(self.tr("Bookmark added"), 3000)
        self._refresh_bookmarks()

    def _remove_bookmark(self, place: str) -> None:
        self.bookmarks.remove(place)
        self._refresh_bookmarks()

    def _refresh_bookmarks(self) -> None:
        if self.bookmark_list is not None:
            self.bookmark_list.populate(self.bookmarks.places(), self.place_title)
        self._update_actions()

    def _fill_bookmarks_menu(self) -> None:
        menu = self.bookmarks_menu
        menu.clear()
        menu.addAction(self.bookmark_action)
        places = self.bookmarks.places()
        if places:
            menu.addSeparator()
        for place in places:
            action = menu.addAction(self.place_title(place))
            action.triggered.connect(lambda _=False, p=place: self.open_place(p))

    # -- view ---------------------------------------------------------------------------------

    def set_parallel_visible(self, visible: bool) -> None:
        self.parallel_action.setChecked(visible)
        self.parallel.setVisible(visible)
        self.settings.setValue("parallelVisible", visible)
        if visible:
            sizes = self.splitter.sizes()
            text_width = (sizes[1] + sizes[2]) or 1200
            self.splitter.setSizes([sizes[0], text_width // 2, text_width - text_width // 2])
            if self.place is not None:
                self._render()

    def present(self) -> None:
        """F5: the page in view as slides, from the heading at the top of the reader."""
        from interact_desktop.ui.presenter_view import start_presenting

        self._show_form(False)
        self.presentation = start_presenting(self)

    def _zoom_in(self) -> None:
        self.reader.zoom_in()

    def _zoom_out(self) -> None:
        self.reader.zoom_out()

    def _zoom_reset(self) -> None:
        self.reader.reset_zoom()

    def _on_zoom(self, factor: float) -> None:
        if self._parallel is not None:
            self._parallel.set_zoom(factor)
        self.settings.setValue("zoom", factor)
        if self.place is not None:
            self._render()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About INTERACT Desktop"),
            self.tr(
                "<p><b>INTERACT Desktop %1</b></p><p>Offline guidance for professionals who "
                "protect children in migration from going missing and from trafficking.</p>"
                "<p>It works without a network connection. The text is an independent guide; "
                "see the page “About this content”.</p>"
            ).replace("%1", __version__),
        )

    def finish_startup(self) -> None:
        """What can wait until the first page is on screen: listing tools and bookmarks,
        starting search, reporting problems."""
        self._tools_listed = True
        self.toc.populate(self.handbook, self.lang, self._tool_headings())
        if self.place is not None:
            self.toc.select(str(self.place))
        self._build_bookmarks()
        self._update_actions()
        if self._make_search is not None and self.search is None:
            self._build_search(self._make_search())
        if self.notebook_dir is not None and self.notebook is None:
            from interact_desktop.ui.notebook_panel import NotebookPanel

            self.notebook = NotebookPanel(self, self.notebook_dir)
        if self.handbook.problems:
            self.statusBar().showMessage(
                self.tr(
                    "Some parts of the handbook could not be read: see Help > Content problems."
                )
            )

    def _build_bookmarks(self) -> None:
        from PySide6.QtWidgets import QVBoxLayout

        from interact_desktop.ui.bookmarks_panel import BookmarksPanel

        self.bookmark_list = BookmarksPanel()
        self.bookmark_list.setAccessibleName(self.tr("Bookmarks"))
        self.bookmark_list.placeRequested.connect(self.open_place)
        self.bookmark_list.removeRequested.connect(self._remove_bookmark)
        layout = QVBoxLayout(self.bookmarks_tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bookmark_list)
        self.bookmark_list.populate(self.bookmarks.places(), self.place_title)

    def _build_search(self, service: SearchService) -> None:
        from PySide6.QtWidgets import QVBoxLayout

        from interact_desktop.ui.search_controller import SearchController
        from interact_desktop.ui.search_panel import SearchPanel

        self.search_panel = SearchPanel()
        layout = QVBoxLayout(self.search_tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_panel)
        self.search = SearchController(self, self.search_panel, service)
        self.search.retranslate()
        self.search.language_changed(self.lang)
        service.start()

    def show_problems(self) -> None:
        """Bad content never stops the reader; this says what was left out and where."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("contentProblemsDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Content problems"))
        count = len(self.handbook.problems)
        box.setText(
            self.tr("%n part(s) of the handbook could not be read and are left out.", "", count)
        )
        box.setInformativeText(self.tr("The rest of the guidance is complete and can be used."))
        root = self.handbook.root.parent
        box.setDetailedText("\n".join(p.format(relative_to=root) for p in self.handbook.problems))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.open()

    # -- state --------------------------------------------------------------------------------

    def restore_state(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        state = self.settings.value("windowState")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        zoom = float(self.settings.value("zoom", 1.0))
        self.reader.set_zoom(zoom)
        parallel_lang = self.settings.value("parallelLanguage", "en")
        index = self.parallel_selector.findData(parallel_lang)
        self.parallel_selector.setCurrentIndex(max(index, 0))
        visible = str(self.settings.value("parallelVisible", "false")).lower() == "true"
        if visible:
            self.set_parallel_visible(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._form is not None:
            self._form.save_now()
        if self._exercises is not None:
            self._exercises.close()
        if self.notebook is not None:
            self.notebook.close()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
