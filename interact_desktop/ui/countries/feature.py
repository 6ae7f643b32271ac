"""The user's country for the country notes: asked once, changed from View > Your country.

The question is a bar across the top of the window, never a dialog: someone who opens the app
for the first time because a child is missing must reach the guidance without answering it.
The reader shows the chosen country's box on sections; this feature only keeps the choice and
offers the comparison of two countries (Go menu).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from interact_desktop.core.settings import COUNTRY, OTHER_COUNTRY
from interact_desktop.ui.common.actions import make_action

if TYPE_CHECKING:
    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.countries.question import CountryQuestion
    from interact_desktop.ui.shell import Shell


class CountriesFeature(QObject):
    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.context = context
        self.shell = shell
        self.catalogue = context.handbook.countries
        self.question: CountryQuestion | None = None
        self.menu = QMenu(shell.widget())
        self.menu.setObjectName("countryMenu")
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for country_id in (*self.catalogue.countries, OTHER_COUNTRY):
            action = make_action(
                self,
                f"country_{country_id}",
                lambda _=False, c=country_id: self.choose(c),
                checkable=True,
            )
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[country_id] = action
        self._check(self.country)
        shell.add_action(self.menu.menuAction(), "view")
        self.compare_action = make_action(self, "compareCountriesAction", self.compare)
        shell.add_action(self.compare_action, "go")
        context.events.languageChanged.connect(self.retranslate)
        self.retranslate()
        if not context.settings.get(COUNTRY) and self.catalogue.countries:
            self.ask()

    @property
    def country(self) -> str:
        """The user's country; "other" for one without a note (or one the content dropped)."""
        chosen = self.context.settings.get(COUNTRY)
        return chosen if chosen in self.catalogue.countries else OTHER_COUNTRY

    def choose(self, country_id: str) -> None:
        self.context.settings.set(COUNTRY, country_id)
        self._check(country_id)
        if self.question is not None:
            self.question.hide()
        self.context.events.countryChanged.emit(country_id)

    def ask(self) -> None:
        """The bar asking for the country (first start, until answered)."""
        if self.question is None:
            from interact_desktop.ui.countries.question import CountryQuestion

            self.question = CountryQuestion(self.catalogue, self.context.lang)
            self.question.chosen.connect(self.choose)
            self.context.events.languageChanged.connect(self.question.set_language)
        self.shell.show_notice(self.question)

    def compare(self) -> None:
        """The user's country next to another (the first in the list when none is chosen)."""
        countries = list(self.catalogue.countries)
        if len(countries) < 2:
            return
        first = self.country if self.country in countries else countries[0]
        second = next(c for c in countries if c != first)
        self.shell.open_place(f"compare:{first}+{second}")

    def _check(self, country_id: str) -> None:
        action = self.actions.get(country_id, self.actions[OTHER_COUNTRY])
        action.setChecked(True)

    def retranslate(self) -> None:
        lang = self.context.lang
        self.menu.setTitle(self.tr("Your &country"))
        for country_id, action in self.actions.items():
            action.setText(self.catalogue.name(country_id, lang))
        self.actions[OTHER_COUNTRY].setText(self.tr("Another country"))
        self.compare_action.setText(self.tr("Compare two countries"))
        self.compare_action.setToolTip(
            self.tr("Two countries' notes side by side, for a hand-over from one to the other")
        )
