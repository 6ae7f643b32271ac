"""Presenter mode in the window: View > Present this page (F5) for the section or flowchart in
view, starting at the heading being read; Present this chapter (Shift+F5) and Present the whole
handbook (Ctrl+F5) too. When it ends, the reader shows the last slide's place.

L on a slide switches between the reading language and the side-by-side language (the app's
language stays as it is); without a second language, the slide says how to choose one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from interact_desktop.core.places import Place
from interact_desktop.ui.common.actions import key_hint, make_action

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from interact_desktop.core.content.handbook import Handbook
    from interact_desktop.core.presentation.slides import Deck, SlideMaker
    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.presenter.presenter_view import PresenterConsole
    from interact_desktop.ui.shell import Shell


PAGE, CHAPTER, HANDBOOK = "page", "chapter", "handbook"  # what a presentation shows


class Presentation:
    """One presentation: builds the deck for the page in view (or its chapter, or the whole
    handbook), switches its language on the same slide, and brings the reader back to the place
    of the last slide. The presenter's modules are loaded only when a presentation starts."""

    def __init__(
        self,
        context: AppContext,
        shell: Shell,
        place: Place,
        screens: list[QScreen] | None = None,
        maker: SlideMaker | None = None,
        scope: str = PAGE,
        deck: Deck | None = None,
    ) -> None:
        from interact_desktop.core.presentation.slides import SlideMaker
        from interact_desktop.ui.presenter.presenter_view import (
            PresenterConsole,
            PresenterView,
            console_screen,
        )

        self.context = context
        self.shell = shell
        self.maker = maker or SlideMaker(context.handbook)
        self.place = place
        self.scope = scope
        self.lang = context.lang  # the slides' language: the reading one, or the second (L)
        window = shell.widget()
        self.view = PresenterView(window)  # a window of its own, closed with the app
        self.view.closed.connect(self._on_closed)
        self.view.languageRequested.connect(self._next_language)
        context.events.languageChanged.connect(self._on_language)
        if deck is None:
            deck = self._deck(context.lang)
        self.view.set_deck(deck, self._start_index(deck))
        self.console: PresenterConsole | None = None
        screen = window.screen()
        other = console_screen(
            screen, screens if screens is not None else QGuiApplication.screens()
        )
        if screen is not None:
            self.view.setScreen(screen)
            self.view.setGeometry(screen.geometry())
        self.view.showFullScreen()
        self.view.activateWindow()
        self.view.setFocus()
        if other is not None:
            self.console = PresenterConsole(self.view)
            self.console.setScreen(other)
            self.console.setGeometry(other.availableGeometry())
            self.console.showMaximized()
            self.view.activateWindow()

    def _deck(self, lang: str) -> Deck:
        """A chapter takes up to a second the first time (five languages are read and
        converted); the whole handbook is prepared off the GUI thread before it starts."""
        from PySide6.QtCore import Qt

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self._build_deck(lang)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _build_deck(self, lang: str) -> Deck:
        maker, place = self.maker, self.place
        if self.scope == HANDBOOK:
            return maker.handbook_deck(lang)
        if self.scope == CHAPTER:
            chapter = self.context.handbook.chapter_of(place.id) or place.id
            return maker.chapter_deck(chapter, lang)
        if place.kind == "flowchart":
            return maker.flowchart_deck(place.id, lang)
        return maker.section_deck(place.id, lang)

    def _start_index(self, deck: Deck) -> int:
        """The slide of the heading at the top of the reader, or the first of the page."""
        if self.place.kind != "section":
            return 0
        return deck.index_of(str(self.place), self.shell.heading_in_view())

    def _next_language(self) -> None:
        """L: the reading language, or the side-by-side one, whichever is not on screen."""
        reading = self.context.lang
        second = self.shell.second_language()
        if second is None or second == reading:
            message = QCoreApplication.translate(
                "PresenterFeature",
                "No second language is chosen. Choose one under Side by side (F4) in the "
                "window, then press L to switch.",
            )
            self.view.show_notice(message)
            self.shell.show_message(message, 8000)
            return
        self._show_in(second if self.lang == reading else reading)

    def _show_in(self, lang: str) -> None:
        """The same slide in ``lang`` (the decks have the same slides)."""
        self.lang = lang
        self.view.set_deck(self._deck(lang), self.view.index)
        if self.console is not None:
            self.console.update_slides(self.view.index)

    def _on_language(self, code: str) -> None:
        self._show_in(code)

    def _on_closed(self, index: int) -> None:
        self.context.events.languageChanged.disconnect(self._on_language)
        deck = self.view.deck
        if deck is not None and deck.slides:
            slide = deck.slides[index]
            same_page = slide.place == str(self.shell.place)
            target = f"{slide.place}#{slide.anchor}" if slide.anchor else slide.place
            if not same_page or slide.anchor:
                self.shell.open_place(target, record=not same_page)
        self.shell.bring_forward()
        self.view.deleteLater()


class PresenterFeature(QObject):
    started = Signal(object)  # the Presentation, once it is on screen

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.context = context
        self.shell = shell
        self.presentation: Presentation | None = None
        self.preparing = False  # the whole handbook's slides are being made off the GUI thread
        self._maker: SlideMaker | None = None
        self.present_action = make_action(
            self, "presentAction", lambda: self.present(), ["F5"], icon="present"
        )
        self.present_chapter_action = make_action(
            self, "presentChapterAction", lambda: self.present(scope=CHAPTER), ["Shift+F5"]
        )
        self.present_handbook_action = make_action(
            self, "presentHandbookAction", lambda: self.present(scope=HANDBOOK), ["Ctrl+F5"]
        )
        for action in self.actions:
            shell.add_action(action, "view")
        context.events.placeOpened.connect(self._place_opened)
        context.events.languageChanged.connect(self.retranslate)
        shell.handle_places("present", self.present_place)
        self._place_opened("")
        self.retranslate()

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (self.present_action, self.present_chapter_action, self.present_handbook_action)

    def present(
        self, screens: list[QScreen] | None = None, scope: str = PAGE
    ) -> Presentation | None:
        """F5: the page in view as slides, from the heading at the top of the reader; Shift+F5
        its chapter. Ctrl+F5, the whole handbook (from the same heading), starts once its slides
        are made off the GUI thread (six seconds the first time): ``started`` says when; None
        is returned meanwhile."""
        place = self.shell.place
        handbook = self.context.handbook
        if scope == HANDBOOK and (place is None or not _presentable(place, handbook)):
            place = Place("section", handbook.chapters[0].id)
        if place is None or not _presentable(place, handbook) or self.preparing:
            return None
        if scope == CHAPTER and place.kind != "section":
            return None
        if scope == HANDBOOK:
            self._prepare_handbook(place, screens)
            return None
        return self._start(place, screens, scope)

    @property
    def maker(self) -> SlideMaker:
        """One for every presentation: each section is converted once."""
        if self._maker is None:
            from interact_desktop.core.presentation.slides import SlideMaker

            self._maker = SlideMaker(self.context.handbook)
        return self._maker

    def _start(
        self, place: Place, screens: list[QScreen] | None, scope: str, deck: Deck | None = None
    ) -> Presentation:
        self.shell.show_aside(None)
        self.presentation = Presentation(
            self.context, self.shell, place, screens, self.maker, scope, deck
        )
        self.started.emit(self.presentation)
        return self.presentation

    def _prepare_handbook(self, place: Place, screens: list[QScreen] | None) -> None:
        self.preparing = True
        self.shell.show_message(self.tr("Preparing the slides of the whole handbook…"))
        maker, lang = self.maker, self.context.lang

        def done(deck: Deck) -> None:
            self.preparing = False
            self.shell.show_message("")
            # In another language by now: made again in this one (quick, all are converted).
            self._start(place, screens, HANDBOOK, deck if deck.lang == self.context.lang else None)

        def failed(error: Exception) -> None:
            self.preparing = False
            message = self.tr("The slides could not be made: %1").replace("%1", str(error))
            self.shell.show_message(message, 10_000)

        self.context.background.run(lambda _report: maker.handbook_deck(lang), done=done,
                                    failed=failed)  # fmt: skip

    def present_place(self, place: str) -> bool:
        """``present:section:ID``: open the page, then present it (the start page's tile)."""
        return self.shell.open_place(place) and self.present() is not None

    def _place_opened(self, _place: str) -> None:
        place = self.shell.place
        self.present_action.setEnabled(place is not None and place.kind in ("section", "flowchart"))
        self.present_chapter_action.setEnabled(place is not None and place.kind == "section")

    def retranslate(self) -> None:
        self.present_action.setText(self.tr("Present this page as slides"))
        self.present_action.setToolTip(
            key_hint(self.tr("Show this page as slides, full screen (%1)"), "F5")
        )
        self.present_chapter_action.setText(self.tr("Present this chapter as slides"))
        chapter_hint = self.tr("Show the chapter of this page as slides, full screen (%1)")
        self.present_chapter_action.setToolTip(key_hint(chapter_hint, "Shift+F5"))
        self.present_handbook_action.setText(self.tr("Present the whole handbook as slides"))
        self.present_handbook_action.setToolTip(
            key_hint(self.tr("Show every chapter as slides, full screen (%1)"), "Ctrl+F5")
        )


def _presentable(place: Place, handbook: Handbook) -> bool:
    return place.kind in ("section", "flowchart") and place.exists_in(handbook)
