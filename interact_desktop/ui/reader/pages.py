"""Places as the reader shows them: a page's HTML in a language, and a place's title.

The words a page needs from the UI ("Fill in this checklist", ...) are translated here, so the
core renderer stays free of Qt. A flowchart's steps take their words from the content instead, in
the page's language: side by side, each pane says "Who" in its own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from interact_desktop.core.content.escape import escape
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import localized
from interact_desktop.core.content.render import BoxWords, PageRenderer
from interact_desktop.core.places import COMPARE, COUNTRY, LAWS, Place, compared


class PageTexts(QObject):
    def __init__(self, handbook: Handbook, renderer: PageRenderer) -> None:
        super().__init__()
        self.handbook = handbook
        self.renderer = renderer

    def html(self, place: Place, lang: str, country: str | None = "") -> str:
        """The page in ``lang``; a section with ``country``'s box where a note covers it (with
        None, without the country notes at all: they are not loaded yet)."""
        if place.kind == "section":
            return self.section(place.id, lang, country)
        if place.kind == "checklist":
            fill = self.tr("Fill in this checklist")
            return self.renderer.checklist(self.handbook.checklists[place.id], lang, fill)
        if place.kind == "flowchart":
            return self.renderer.flowchart(self.handbook.flowcharts[place.id], lang)
        if place.kind == "scenario":
            labels = {
                "minute": self.tr("Minute %1"),
                "question": self.tr("Question"),
                "tests": self.tr("Sections this tests"),
                "run": self.tr("Run this exercise"),
            }
            return self.renderer.scenario(self.handbook.scenarios[place.id], lang, labels)
        if place.kind == LAWS:
            return self.renderer.laws_cited(lang)
        if place.kind == COUNTRY:
            return self.renderer.country_note(place.id, lang)
        if place.kind == COMPARE:
            return self.comparison(place.id, lang)
        return self.renderer.glossary(lang, self.tr("Glossary"))

    def section(self, section_id: str, lang: str, country: str | None) -> str:
        words = BoxWords(
            below=self.tr("%1: how this works there (below)"),
            another=self.tr("Another country:"),
            choose=self.tr("How this works in:"),
            compare=self.tr("Compare two countries"),
        )
        renderer = self.renderer
        html = renderer.section(section_id, lang)
        if country is None:
            return html
        box = renderer.country_box(section_id, country, lang, words)
        if box and country in self.handbook.countries.countries:
            html = renderer.country_pointer(html, country, lang, words)
        return html + box

    def comparison(self, ident: str, lang: str) -> str:
        """Two countries' notes side by side, with links that change either side."""
        pair = compared(ident)
        if pair is None:
            return ""
        first, second = pair
        instead = self.tr("show instead:")
        return "\n".join(
            (
                f"<h1>{escape(self.title(f'{COMPARE}:{ident}', lang))}</h1>",
                self.renderer.country_choices(first, second, lang, instead, 0),
                self.renderer.country_choices(second, first, lang, instead, 1),
                self.renderer.country_comparison(first, second, lang),
            )
        )

    def title(self, text: str, lang: str) -> str:
        place = Place.parse(text)
        if place is None:
            return text
        handbook = self.handbook
        if place.kind == "section" and handbook.has_section(place.id):
            return handbook.title(place.id, lang)
        if place.kind == "checklist" and place.id in handbook.checklists:
            return localized(handbook.checklists[place.id].title, lang)
        if place.kind == "flowchart" and place.id in handbook.flowcharts:
            return localized(handbook.flowcharts[place.id].title, lang)
        if place.kind == "scenario" and place.id in handbook.scenarios:
            return localized(handbook.scenarios[place.id].title, lang)
        if place.kind == LAWS:
            return handbook.export_label("laws-cited", lang)
        if place.kind == COUNTRY:
            return handbook.countries.name(place.id, lang)
        if place.kind == COMPARE and (pair := compared(place.id)) is not None:
            names = [handbook.countries.name(country, lang) for country in pair]
            return self.tr("%1 and %2 compared").replace("%1", names[0]).replace("%2", names[1])
        return self.tr("Glossary")

    def tool_headings(self) -> dict[str, str]:
        return {
            "glossary": self.tr("Glossary"),
            "checklists": self.tr("Checklists"),
            "flowcharts": self.tr("Flowcharts"),
            "scenarios": self.tr("Exercises"),
        }
