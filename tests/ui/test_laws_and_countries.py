"""Laws and country notes in the reader: a law link opens its entry on the Laws cited page, a
country note opens as a page, and a role link names the role."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_a_law_link_opens_the_laws_cited_page_at_its_entry(window, qtbot):
    window.languages.set_language("el")
    window.open_place("section:framework-trafficking-law")
    window.reader.placeRequested.emit("law:dir-2011-36#art-8")  # the link, clicked
    assert str(window.place) == "laws:"
    title = window.handbook.export_label("laws-cited", "el")
    assert window.reader.toPlainText().startswith(title)
    assert window.windowTitle().startswith(title)
    assert window.reader.verticalScrollBar().value() > 0  # scrolled to the Directive's entry


def test_a_country_note_opens_in_the_language_of_the_window(window):
    window.languages.set_language("fr")
    assert window.open_place("country:gr#missing")
    assert str(window.place) == "country:gr"
    assert window.reader.toPlainText().startswith(window.handbook.countries.name("gr", "fr"))
    assert "(à confirmer localement)" in window.reader.toPlainText()  # {tbc}, in words


def test_a_role_link_names_the_role_in_the_status_bar(window):
    window.languages.set_language("nl")
    window.reader.placeRequested.emit("role:sirene-bureau")
    assert window.statusBar().currentMessage() == "SIRENE-bureau"
    assert QApplication.activeModalWidget() is None
