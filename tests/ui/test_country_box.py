"""The country notes in the reader: the user's country asked once, its box on the sections a
topic covers, a switch to another country, and two countries compared side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QPushButton

from interact_desktop.core.settings import COUNTRY

SECTION = "section:response-first-hours"  # covered by the "missing" topic


def topic_text(window, country: str, lang: str, topic: str = "missing") -> str:
    """The first line of a country's answer to ``topic``, as the note's file has it."""
    note = window.handbook.countries.note(country, lang)
    body = note.topic(topic).body
    first = next(line for line in body.splitlines() if line.strip())
    return first.split("**")[-1].split("[")[0].strip()[:40]


def where(window, country: str, lang: str) -> str:
    return window.handbook.countries.countries[country].where[lang]


def choose_in_question(window, qtbot, country: str) -> None:
    question = window.findChild(QFrame, "countryQuestion")
    combo = question.findChild(QComboBox, "countryChoice")
    combo.setCurrentIndex(combo.findData(country))
    qtbot.mouseClick(question.findChild(QPushButton, "countryUseButton"), Qt.MouseButton.LeftButton)


def test_the_country_is_asked_at_first_start_and_never_again(make_window, qtbot):
    window = make_window()
    question = window.findChild(QFrame, "countryQuestion")
    assert question is not None and question.isVisible()
    window.open_place(SECTION)  # the guidance is reachable while the question waits
    assert window.reader.toPlainText().startswith(
        window.handbook.title("response-first-hours", "en")
    )
    choose_in_question(window, qtbot, "nl")
    assert not question.isVisible()
    assert window.settings.get(COUNTRY) == "nl"
    assert topic_text(window, "nl", "en") in window.reader.toPlainText()
    window.close()
    again = make_window()
    shown = again.findChild(QFrame, "countryQuestion")
    assert shown is None or not shown.isVisible()


def test_not_now_keeps_the_guidance_general_and_asks_at_the_next_start(make_window, qtbot):
    window = make_window()
    question = window.findChild(QFrame, "countryQuestion")
    qtbot.mouseClick(
        question.findChild(QPushButton, "countryLaterButton"), Qt.MouseButton.LeftButton
    )
    assert not question.isVisible()
    window.open_place(SECTION)
    text = window.reader.toPlainText()
    assert all(topic_text(window, c, "en") not in text for c in window.handbook.countries.countries)
    window.close()
    assert make_window().findChild(QFrame, "countryQuestion").isVisible()


def test_the_box_shows_the_chosen_country_and_switches_to_another(window):
    window.languages.set_language("el")
    window.findChild(type(window.quit_action), "country_gr").trigger()  # View > Your country
    window.open_place(SECTION)
    text = window.reader.toPlainText()
    assert where(window, "gr", "el") in text
    assert topic_text(window, "gr", "el") in text
    assert topic_text(window, "it", "el") not in text
    window.reader.placeRequested.emit("countrybox:it")  # "Another country: Ιταλία", clicked
    text = window.reader.toPlainText()
    assert topic_text(window, "it", "el") in text
    assert topic_text(window, "gr", "el") not in text
    assert str(window.place) == SECTION
    assert window.settings.get(COUNTRY) == "gr"  # the switch is for reading, not a new choice


def test_a_section_no_topic_covers_has_no_box(window):
    window.settings.set(COUNTRY, "fr")
    window.open_place("section:about")
    assert where(window, "fr", "en") not in window.reader.toPlainText()


def test_another_country_or_one_the_content_dropped_shows_only_the_links(window):
    names = [window.handbook.countries.name(c, "en") for c in window.handbook.countries.countries]
    for chosen in ("other", "zz"):
        window.settings.set(COUNTRY, chosen)
        window.context.events.countryChanged.emit(chosen)
        window.open_place(SECTION)
        text = window.reader.toPlainText()
        assert all(name in text for name in names)
        assert all(
            topic_text(window, c, "en") not in text for c in window.handbook.countries.countries
        )


def test_the_compare_view_sets_two_countries_side_by_side(window):
    window.languages.set_language("nl")
    window.settings.set(COUNTRY, "it")
    window.findChild(type(window.quit_action), "compareCountriesAction").trigger()
    place = str(window.place)
    assert place.startswith("compare:it+")
    second = place.partition("+")[2]
    text = window.reader.toPlainText()
    assert topic_text(window, "it", "nl") in text
    assert topic_text(window, second, "nl") in text
    countries = window.handbook.countries
    assert countries.name("it", "nl") in window.windowTitle()
    assert countries.name(second, "nl") in window.windowTitle()
    window.reader.placeRequested.emit("compare:it+fr")  # "show instead: Frankrijk"
    assert topic_text(window, "fr", "nl") in window.reader.toPlainText()
    assert topic_text(window, "it", "nl", "guardianship") in window.reader.toPlainText()
