"""Presenter mode as a trainer drives it: large type, keys through every slide, Esc back to
the reader, F5 from the heading in view, a console on a second screen, language on the same
slide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QTextBrowser

from interact_desktop.core.presentation.slides import SlideMaker
from interact_desktop.ui.common.theme import _dark_palette, _light_palette
from interact_desktop.ui.presenter.presenter_view import PresenterView


@pytest.fixture
def presenter(qtbot, qapp, handbook):
    """A presenter at 1920 x 1080 showing 'The first hours' in English."""
    from interact_desktop import paths
    from interact_desktop.ui.common.fonts import register_fonts, use_bundled_font

    register_fonts(paths.resources_dir() / "fonts")
    use_bundled_font(qapp)
    view = PresenterView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.set_deck(SlideMaker(handbook).section_deck("response-first-hours", "en"))
    view.show()
    qtbot.waitExposed(view)
    return view


def counter(view: PresenterView) -> str:
    return view.findChild(QLabel, "slideCounter").text()


def test_first_slide_in_large_type_scaled_to_the_screen(presenter):
    assert presenter.objectName() == "presenterView"
    assert presenter.accessibleName() == "Presentation"  # a name a screen reader can say
    assert presenter.findChild(QLabel, "slideTitle").text() == "The first hours"
    body = presenter.findChild(QTextBrowser, "slideBody")
    assert "no waiting period" in body.toPlainText()
    font = body.document().defaultFont()
    assert font.pixelSize() >= 28
    assert QFontMetrics(font).height() >= 28
    title = presenter.findChild(QLabel, "slideTitle").font()
    assert title.pixelSize() > font.pixelSize() * 1.5
    # The whole body fits: nothing below the visible area.
    assert body.document().size().height() <= body.viewport().height()
    assert counter(presenter) == f"1 / {presenter.count}"


def test_half_the_screen_gives_half_the_type(presenter, qtbot):
    presenter.resize(960, 540)
    body = presenter.findChild(QTextBrowser, "slideBody")
    qtbot.waitUntil(lambda: body.document().defaultFont().pixelSize() == 19)


def test_keys_move_through_every_slide_and_back(presenter, qtbot):
    total = presenter.count
    assert total > 5
    forward = [Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space]
    for step in range(1, total):
        qtbot.keyClick(presenter, forward[step % 3])
        assert counter(presenter) == f"{step + 1} / {total}"
    qtbot.keyClick(presenter, Qt.Key.Key_Right)  # no further than the last
    assert counter(presenter) == f"{total} / {total}"
    backward = [Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace]
    for step in range(total - 1, 0, -1):
        qtbot.keyClick(presenter, backward[step % 3])
        assert counter(presenter) == f"{step} / {total}"
    qtbot.keyClick(presenter, Qt.Key.Key_End)
    assert counter(presenter) == f"{total} / {total}"
    assert presenter.findChild(QLabel, "slideTitle").text() == "Related"
    qtbot.keyClick(presenter, Qt.Key.Key_Home)
    assert counter(presenter) == f"1 / {total}"


def test_every_slide_of_a_chapter_fits_on_the_screen_in_greek(presenter, handbook, qtbot):
    presenter.set_deck(SlideMaker(handbook).chapter_deck("response", "el"))
    body = presenter.findChild(QTextBrowser, "slideBody")
    for index in range(presenter.count):
        presenter.go(index)
        assert body.document().size().height() <= body.viewport().height() + 1, index


def test_escape_closes_and_says_where_it_was(presenter, qtbot):
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    with qtbot.waitSignal(presenter.closed) as closed:
        qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert closed.args == [2]
    assert not presenter.isVisible()


def test_dark_appearance_gives_light_text_on_black(presenter, qapp, qtbot):
    def background() -> int:
        return presenter.slide_view.palette().window().color().lightness()

    assert background() > 240
    qapp.setPalette(_dark_palette())
    try:
        qtbot.waitUntil(lambda: background() < 20)
        body = presenter.findChild(QTextBrowser, "slideBody")
        assert "#f5f7fa" in body.document().defaultStyleSheet()
    finally:
        qapp.setPalette(_light_palette())
    qtbot.waitUntil(lambda: background() > 240)


# -- from the main window ---------------------------------------------------------------------


def test_f5_presents_the_section_full_screen_and_esc_returns_to_the_same_place(window, qtbot):
    window.open_place("section:response")
    assert window.presenter.present_action.isEnabled()
    assert window.presenter.present_action in window.menu("view").actions()
    qtbot.keyClick(window.window, Qt.Key.Key_F5)
    view = window.presentation.view
    qtbot.waitExposed(view)
    assert view.isFullScreen()
    assert view.findChild(QLabel, "slideTitle").text() == "Responding to a disappearance"
    deck = view.deck
    target = next(i for i, s in enumerate(deck.slides) if s.place == "section:response-hotline"
                  and s.kind == "heading")  # fmt: skip
    view.go(target)
    with qtbot.waitSignal(view.closed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert str(window.place) == "section:response-hotline"
    heading = deck.slides[target].title
    top = window.reader.cursorForPosition(window.reader.viewport().rect().topLeft())
    assert heading in window.reader.toPlainText()
    assert top.block().position() > 0  # scrolled to the heading, not the top of the page


def test_f5_starts_from_the_heading_in_view(window, qtbot, handbook):
    deck = SlideMaker(handbook).section_deck("response-first-hours-report", "en")
    heading = next(s for s in deck.slides[3:] if s.kind == "heading" and not s.part)
    window.open_place(f"section:response-first-hours-report#{heading.anchor}")
    window.present()
    view = window.presentation.view
    assert view.findChild(QLabel, "slideTitle").text() == heading.title
    assert view.index == deck.index_of("section:response-first-hours-report", heading.anchor)
    view.close()


def test_a_flowchart_is_presented_step_by_step(window, qtbot):
    window.open_place("flowchart:child-missing")
    window.present()
    view = window.presentation.view
    assert view.deck.slides[0].kind == "flow-title"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    body = view.findChild(QTextBrowser, "slideBody").toPlainText()
    assert "The child's absence is noticed" in body
    assert "Who: Staff on duty" in body
    view.close()
    assert str(window.place) == "flowchart:child-missing"


def test_nothing_to_present_on_the_glossary(window):
    window.open_place("glossary:")
    assert not window.presenter.present_action.isEnabled()
    window.present()
    assert window.presentation is None


def test_l_switches_between_the_reading_and_the_second_language_with_a_tag(window, qtbot):
    window.open_place("section:response-first-hours")
    window.parallel_selector.setCurrentIndex(window.parallel_selector.findData("it"))
    window.set_parallel_visible(True)
    window.present()
    view = window.presentation.view
    view.go(4)
    title = view.findChild(QLabel, "slideTitle")
    tag = view.findChild(QLabel, "slideLanguage")
    assert tag.isVisible() and tag.text() == "English"
    maker = window.presentation.maker
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert tag.text() == "Italiano"
    assert view.index == 4 and counter(view).startswith("5 / ")
    assert title.text() == maker.section_deck("response-first-hours", "it").slides[4].title
    assert window.lang == "en"  # the window stays in the reading language
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert tag.text() == "English" and view.index == 4
    assert title.text() == maker.section_deck("response-first-hours", "en").slides[4].title
    view.close()


def test_l_without_a_second_language_says_so_and_keeps_the_slide(window, qtbot):
    window.open_place("section:response-first-hours")
    window.set_parallel_visible(False)
    window.present()
    view = window.presentation.view
    view.go(2)
    before = view.findChild(QLabel, "slideTitle").text()
    notice = view.findChild(QLabel, "presenterNotice")
    assert not notice.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert notice.isVisible() and "No second language" in notice.text()
    assert "No second language" in window.window.statusBar().currentMessage()
    assert view.findChild(QLabel, "slideLanguage").text() == "English"
    assert view.findChild(QLabel, "slideTitle").text() == before and view.index == 2
    view.close()


def test_the_language_tag_stays_clear_of_the_context_line(presenter):
    tag = presenter.findChild(QLabel, "slideLanguage")
    context = presenter.findChild(QLabel, "slideContext")
    assert tag.text() == "English"
    assert not tag.geometry().intersects(context.geometry())
    assert presenter.slide_view.rect().contains(tag.geometry())


def test_a_chapter_and_the_whole_handbook_from_the_view_menu(window, qtbot, handbook):
    window.open_place("section:response-first-hours")
    view_menu = window.menu("view").actions()
    presenter = window.presenter
    chapter_action = presenter.present_chapter_action
    assert chapter_action in view_menu and presenter.present_handbook_action in view_menu
    assert chapter_action.shortcut().toString() == "Shift+F5"
    assert presenter.present_handbook_action.shortcut().toString() == "Ctrl+F5"
    qtbot.keyClick(window.window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    view = window.presentation.view
    chapter = handbook.chapter_of("response-first-hours")
    places = [slide.place for slide in view.deck.slides]
    assert view.deck.title == handbook.title(chapter, "en")
    assert places[0] == f"section:{chapter}"
    assert "section:response-first-hours" in places and "section:response-hotline" in places
    assert view.slide_view.slide.place == "section:response-first-hours"  # from the page read
    assert all(handbook.chapter_of(p.split(":")[1]) == chapter for p in places)
    view.close()
    window.open_place("glossary:")
    assert not chapter_action.isEnabled()
    assert presenter.present_handbook_action.isEnabled()


def test_present_the_whole_handbook_holds_every_chapter(window, handbook, qtbot):
    """Its slides are made off the GUI thread (six seconds the first time), then it starts."""
    window.open_place("section:response-first-hours")
    with qtbot.waitSignal(window.presenter.started, timeout=60_000) as started:
        assert window.presenter.present(scope="handbook") is None
        assert window.presenter.preparing
        assert window.presenter.present() is None  # one at a time
    presentation = started.args[0]
    assert presentation is window.presentation and not window.presenter.preparing
    places = {slide.place for slide in presentation.view.deck.slides}
    assert {f"section:{chapter.id}" for chapter in handbook.chapters} <= places
    assert presentation.view.slide_view.slide.place == "section:response-first-hours"
    presentation.view.close()


def test_with_two_screens_a_console_shows_this_and_the_next_slide_notes_and_clock(window, qtbot):
    window.open_place("section:response-first-hours")
    screen = window.screen()
    presentation = window.presenter.present(screens=[screen, screen])
    console = presentation.console
    assert console is not None and console.objectName() == "presenterConsole"
    qtbot.waitExposed(console)
    view = presentation.view
    qtbot.keyClick(view, Qt.Key.Key_Right)
    current = console.findChild(QLabel, "slideTitle")
    assert console.current.title.text() == view.slide_view.title.text() == "Steps"
    assert console.next.title.text() == "Steps (continued)"
    assert current is not None
    notes = console.findChild(QTextBrowser, "consoleNotes").toPlainText()
    assert "Continues on the next slide." in notes
    assert ":" in console.findChild(QLabel, "consoleClock").text()
    qtbot.keyClick(console, Qt.Key.Key_End)  # keys on the console drive the room's screen
    assert view.index == view.count - 1
    assert console.next.slide is None
    assert console.next.blank.text() == "End of the presentation"
    with qtbot.waitSignal(view.closed):
        qtbot.keyClick(console, Qt.Key.Key_Escape)
    assert not console.isVisible()


def test_a_long_presentation_keeps_python_alive(presenter, handbook):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call; hundreds of slides
    would make Python abort (docs/decisions.md, "Qt binding version")."""
    import sys

    presenter.set_deck(SlideMaker(handbook).handbook_deck("en"))
    before = sys.getrefcount(None)
    for index in range(0, presenter.count, 2):
        presenter.go(index)
    assert presenter.count > 300
    assert sys.getrefcount(None) >= before - 200
