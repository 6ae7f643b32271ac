"""The start page as a feature: shown at start and with Alt+Home, it remembers recent pages and
lists recent cases only while the notebook is unlocked.

It is installed before the first paint because the app opens on it; its page is a handful of
buttons and lists, cheap to build. The pages it lists are filled in when start-up has finished
(right after that paint), and the checklists when the picker opens: the title of a checklist or a
flowchart would parse every tool file first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from interact_desktop.core.content.model import localized
from interact_desktop.core.places import Place
from interact_desktop.core.settings import LAST_PLACE, RECENT_PLACES
from interact_desktop.ui.common.actions import key_hint, make_action

if TYPE_CHECKING:
    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.home.home_page import HomePage
    from interact_desktop.ui.shell import Shell

RECENT = 8  # pages remembered


class HomeFeature(QObject):
    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.context = context
        self.shell = shell
        self.page: HomePage | None = None
        self.action = make_action(
            self, "homeAction", lambda: self.show(), ["Alt+Home"], icon="home"
        )
        shell.add_action(self.action, "go", toolbar=True)
        shell.handle_places("home", lambda _ident: self.show())
        events = context.events
        events.placeOpened.connect(self._remember)
        events.languageChanged.connect(lambda _code: self.retranslate())
        events.notebookUnlocked.connect(self._list_cases)
        events.notebookLocked.connect(self._forget_cases)
        self._started = False
        events.startupFinished.connect(self._start)
        self.retranslate()

    @property
    def shown(self) -> bool:
        return self.page is not None and self.shell.aside is self.page

    def show(self) -> bool:
        if self.page is None:
            from interact_desktop.ui.home.home_page import HomePage

            page = HomePage()
            page.placeRequested.connect(self.shell.open_place)
            page.searchRequested.connect(lambda text: self.shell.open_place(f"search:{text}"))
            page.present_button.clicked.connect(self._present)
            page.checklistsWanted.connect(self._list_checklists)
            self.page = page
            self.retranslate()
        self._refresh()
        self.shell.show_aside(self.page)
        self.shell.set_page_title(self.tr("Start"))
        self.page.tiles["emergencyButton"].setFocus()
        return True

    # -- what the page shows ------------------------------------------------------------------

    def _remember(self, place: str) -> None:
        """Each page opened goes to the top of the recent pages."""
        recent = [p for p in self.context.settings.get(RECENT_PLACES) if p != place]
        self.context.settings.set(RECENT_PLACES, (place, *recent[: RECENT - 1]))

    def _refresh(self) -> None:
        page = self.page
        if page is None:
            return
        if self.context.notebook_unlocked:
            self._list_cases()
        else:
            page.show_cases([], unlocked=False)
        if self._started:
            self._list_pages()

    def _start(self) -> None:
        self._started = True
        self._list_pages()

    def _list_pages(self) -> None:
        """ "Continue where I was" and the recent pages, by their titles in the user's language."""
        page = self.page
        if page is None:
            return
        titles = self.shell.title_of
        last = self.context.settings.get(LAST_PLACE)
        page.show_continue(last, titles(last) if last else "", self.tr("Continue where I was: %1"))
        recent = [p for p in self.context.settings.get(RECENT_PLACES) if p != last]
        page.show_recent([(p, titles(p)) for p in recent if self._exists(p)])

    def _list_checklists(self) -> None:
        """The picker's checklists, by their title in the user's language as the user reads."""
        if self.page is None:
            return
        from interact_desktop.core.text import fold

        handbook, lang = self.context.handbook, self.context.lang
        checklists = sorted(
            ((localized(checklist.title, lang), checklist_id)
             for checklist_id, checklist in handbook.checklists.items()),
            key=lambda pair: fold(pair[0]),
        )  # fmt: skip
        self.page.set_checklists(checklists)

    def _exists(self, place: str) -> bool:
        parsed = Place.parse(place)
        return parsed is not None and parsed.exists_in(self.context.handbook)

    def _list_cases(self) -> None:
        if self.page is None:
            return
        rows = self.context.notebook.cases()[:6]
        self.page.show_cases([(f"case:{row.id}", row.reference) for row in rows], unlocked=True)

    def _forget_cases(self) -> None:
        if self.page is not None:
            self.page.show_cases([], unlocked=False)

    def _present(self) -> None:
        """Present the last page read if it can be presented, else the first chapter."""
        last = Place.parse(self.context.settings.get(LAST_PLACE))
        if last is None or last.kind not in ("section", "flowchart"):
            chapters = self.context.handbook.chapters
            last = Place("section", chapters[0].id) if chapters else None
        if last is not None:
            self.shell.open_place(f"present:{last}")

    def retranslate(self) -> None:
        self.action.setText(self.tr("Start page"))
        self.action.setToolTip(key_hint(self.tr("The start page (%1)"), "Alt+Home"))
        page = self.page
        if page is None:
            return
        page.heading.setText(self.tr("What do you need to do?"))
        texts = {
            "emergencyButton": self.tr("A child is missing now"),
            "childFoundButton": self.tr("A child was found"),
            "borderCrossingButton": self.tr("Signs a child crossed a border"),
            "fillChecklistButton": self.tr("Fill in a checklist"),
        }
        for name, text in texts.items():
            page.set_tile_text(name, text)
        page.tiles["emergencyButton"].setAccessibleDescription(
            self.tr("Starts the guided response: the first steps, with their deadlines")
        )
        page.search.setPlaceholderText(self.tr("Search the guide"))
        page.search.setAccessibleName(self.tr("Search the guide"))
        page.recent_label.setText(self.tr("Recent pages"))
        page.recent_pages.setAccessibleName(self.tr("Recent pages"))
        page.recent_empty.setText(
            self.tr(
                "The pages you read will be listed here. To start, choose a task above, search"
                " the guide or open the Contents on the left."
            )
        )
        page.cases_empty.setText(
            self.tr(
                "No cases yet. To keep notes on a child, open the notebook and choose “New case…”."
            )
        )
        page.cases_label.setText(self.tr("Recent cases"))
        page.recent_cases.setAccessibleName(self.tr("Recent cases"))
        page.trainers_label.setText(self.tr("For trainers"))
        page.present_button.setText(self.tr("Present"))
        page.exercise_button.setText(self.tr("Run an exercise"))
        page.getting_started_button.setText(self.tr("New here? Getting started"))
        page.getting_started_button.setAccessibleDescription(
            self.tr("How to find your way around the app, in five minutes")
        )
        self._refresh()
        if self.shown:
            self.shell.set_page_title(self.tr("Start"))
