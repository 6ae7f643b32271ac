"""Presenter mode in the window: View > Present full screen (F5) for the section or flowchart in
view, starting at the heading being read; when it ends, the reader shows the last slide's place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QScreen

from interact_desktop.core.languages import LANGUAGES
from interact_desktop.ui.common.actions import key_hint, make_action

if TYPE_CHECKING:
    from interact_desktop.core.places import Place
    from interact_desktop.core.presentation.slides import Deck, SlideMaker
    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.presenter.presenter_view import PresenterConsole
    from interact_desktop.ui.shell import Shell


class Presentation:
    """One presentation: builds the deck for the page in view, follows language changes on the
    same slide, and brings the reader back to the place of the last slide. The presenter's
    modules are loaded only when a presentation starts."""

    def __init__(
        self,
        context: AppContext,
        shell: Shell,
        place: Place,
        screens: list[QScreen] | None = None,
        maker: SlideMaker | None = None,
    ) -> None:
        from PySide6.QtCore import Qt

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
        window = shell.widget()
        self.view = PresenterView(window)  # a window of its own, closed with the app
        self.view.closed.connect(self._on_closed)
        self.view.languageRequested.connect(self._next_language)
        context.events.languageChanged.connect(self._on_language)
        # A chapter takes up to a second the first time (five languages are read and converted).
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            deck = self._deck(context.lang)
        finally:
            QGuiApplication.restoreOverrideCursor()
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
        if self.place.kind == "flowchart":
            return self.maker.flowchart_deck(self.place.id, lang)
        return self.maker.section_deck(self.place.id, lang)

    def _start_index(self, deck: Deck) -> int:
        """The slide of the heading at the top of the reader, or the first."""
        if self.place.kind != "section":
            return 0
        return deck.index_of(str(self.place), self.shell.heading_in_view())

    def _next_language(self) -> None:
        languages = self.context.languages
        following = LANGUAGES[(LANGUAGES.index(languages.language) + 1) % len(LANGUAGES)]
        languages.set_language(following)

    def _on_language(self, code: str) -> None:
        """The same slide in the new language (the decks have the same slides)."""
        self.view.set_deck(self._deck(code), self.view.index)
        if self.console is not None:
            self.console.update_slides(self.view.index)

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
    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.context = context
        self.shell = shell
        self.presentation: Presentation | None = None
        self.present_action = make_action(
            self, "presentAction", lambda: self.present(), ["F5"], icon="present"
        )
        shell.add_action(self.present_action, "view")
        context.events.placeOpened.connect(self._place_opened)
        context.events.languageChanged.connect(self.retranslate)
        shell.handle_places("present", self.present_place)
        self._place_opened("")
        self.retranslate()

    def present(self, screens: list[QScreen] | None = None) -> Presentation | None:
        """F5: the page in view as slides, from the heading at the top of the reader."""
        place = self.shell.place
        if place is None or place.kind not in ("section", "flowchart"):
            return None
        if not place.exists_in(self.context.handbook):
            return None
        self.shell.show_aside(None)
        previous = self.presentation  # its slides are converted already
        maker = previous.maker if previous is not None else None
        self.presentation = Presentation(self.context, self.shell, place, screens, maker)
        return self.presentation

    def present_place(self, place: str) -> bool:
        """``present:section:ID``: open the page, then present it (the start page's tile)."""
        return self.shell.open_place(place) and self.present() is not None

    def _place_opened(self, _place: str) -> None:
        place = self.shell.place
        self.present_action.setEnabled(place is not None and place.kind in ("section", "flowchart"))

    def retranslate(self) -> None:
        self.present_action.setText(self.tr("Present full screen"))
        self.present_action.setToolTip(
            key_hint(self.tr("Show this page as slides, full screen (%1)"), "F5")
        )
