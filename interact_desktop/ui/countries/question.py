"""The bar that asks, once, which country the user works in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

from interact_desktop.core.content.countries import CountryCatalogue
from interact_desktop.core.settings import OTHER_COUNTRY


class CountryQuestion(QFrame):
    """A non-blocking question: a list of the countries with notes and "Another country"."""

    chosen = Signal(str)  # a country id, or "other"

    def __init__(self, catalogue: CountryCatalogue, lang: str) -> None:
        super().__init__()
        self.setObjectName("countryQuestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.catalogue = catalogue
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.setObjectName("countryChoice")
        self.use_button = QPushButton()
        self.use_button.setObjectName("countryUseButton")
        self.use_button.setDefault(True)
        self.later_button = QPushButton()
        self.later_button.setObjectName("countryLaterButton")
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choice)
        layout.addWidget(self.use_button)
        layout.addWidget(self.later_button)
        self.use_button.clicked.connect(lambda: self.chosen.emit(self.choice.currentData()))
        self.later_button.clicked.connect(self.hide)  # asked again at the next start
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        current = self.choice.currentData()
        self.choice.clear()
        for country_id in self.catalogue.countries:
            self.choice.addItem(self.catalogue.name(country_id, lang), country_id)
        self.choice.addItem(self.tr("Another country"), OTHER_COUNTRY)
        if current is not None:
            self.choice.setCurrentIndex(max(self.choice.findData(current), 0))
        self.label.setText(
            self.tr(
                "Which country do you work in? Sections then show how their advice works "
                "there (who to call, which body, which law)."
            )
        )
        self.choice.setAccessibleName(self.tr("Your country"))
        self.use_button.setText(self.tr("Use this country"))
        self.later_button.setText(self.tr("Not now"))
