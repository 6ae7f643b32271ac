"""The facilitator's exercise screen, on a fake clock: reveal, record, countdown, debrief."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextBrowser, QWidget

from interact_desktop.core.exercises.store import ExerciseStore
from interact_desktop.ui.exercises.exercise_view import ExerciseView, clock_text

T0 = dt.datetime(2026, 11, 25, 14, 0).astimezone()


class FakeClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def store(tmp_path):
    return ExerciseStore(tmp_path / "exercises")


@pytest.fixture
def view(qtbot, handbook, store, clock, tmp_path):
    widget = ExerciseView(handbook, store, "en", clock, lambda: "Trainer",
                          lambda title: tmp_path / "debrief.pdf")  # fmt: skip
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def start_from_the_form(view, qtbot, scenario="abena"):
    view.scenario_selector.setCurrentIndex(view.scenario_selector.findData(scenario))
    QTest.keyClicks(view.facilitator_field, "Maria K.")
    QTest.keyClicks(view.group_field, "Group B")
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(box.isVisible() for box in view.boxes.values()))


def test_start_shows_the_first_inject_the_banner_and_a_running_countdown(view, qtbot, clock):
    assert view.banner.isVisible() and "Fictional" in view.banner.text()
    start_from_the_form(view, qtbot)
    assert view.run is not None and view.run.facilitator == "Maria K."
    assert list(view.boxes) == ["arrival-italy"]
    assert view.boxes["arrival-italy"].who.text() == "Group B"
    assert view.next_label.text() == "Next inject (minute 12) in 12:00"
    clock.advance(minutes=1, seconds=10)
    # The view's own timer moves the labels on.
    qtbot.waitUntil(lambda: view.next_label.text().endswith("in 10:50"), timeout=2000)
    assert view.clock_label.text() == "Time since start: 01:10"
    clock.advance(minutes=11)
    qtbot.waitUntil(lambda: "warning-signs" in view.boxes, timeout=2000)
    assert view.store.load(view.run.id).revealed["warning-signs"] == clock.now.isoformat()
    assert view.next_label.text() == "Next inject (minute 24) in 11:50"


def test_reveal_now_shows_the_next_inject_early(view, qtbot, clock):
    start_from_the_form(view, qtbot)
    clock.advance(minutes=2)
    qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)
    assert list(view.boxes) == ["arrival-italy", "warning-signs"]
    assert view.store.load(view.run.id).revealed["warning-signs"] == clock.now.isoformat()
    assert "(minute 24)" in view.next_label.text()


def test_record_saves_at_once_and_lists_the_decision(view, qtbot, clock, store):
    start_from_the_form(view, qtbot)
    box = view.boxes["arrival-italy"]
    qtbot.mouseClick(box.record_button, Qt.MouseButton.LeftButton)
    assert box.problem.isVisible() and store.load(view.run.id).decisions == []
    clock.advance(minutes=4)
    QTest.keyClicks(box.entry, "Appoint a guardian today")
    box.who.clear()
    QTest.keyClicks(box.who, "Group A")
    qtbot.mouseClick(box.record_button, Qt.MouseButton.LeftButton)
    saved = store.load(view.run.id).decisions
    assert [(d.text, d.who) for d in saved] == [("Appoint a guardian today", "Group A")]
    assert "Appoint a guardian today" in box.decisions.text()
    assert box.entry.toPlainText() == "" and not box.problem.isVisible()


def test_resume_after_a_restart_shows_what_was_recorded(qtbot, handbook, store, clock, view):
    run = view.start("qiro")
    first = run.ordered(handbook.scenarios["qiro"])[0].id
    view.record(first, "Call the hotline", "")
    again = ExerciseView(handbook, store, "en", clock)
    qtbot.addWidget(again)
    assert again.run_list.count() == 1
    again.resume_selected()
    assert again.run.id == run.id
    assert "Call the hotline" in again.boxes[first].decisions.text()


def test_delete_asks_first_and_removes_the_file(view, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    run = view.start("abena")
    view.leave()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    view.delete_button.click()
    assert store.path(run.id).exists() and view.run_list.count() == 1
    view.delete_button.click()
    assert not store.path(run.id).exists() and view.run_list.count() == 0
    assert not view.resume_button.isEnabled()


def test_a_damaged_file_is_named_in_the_list_and_the_rest_still_opens(qtbot, handbook, store):
    store.folder.mkdir(parents=True)
    (store.folder / "broken.json").write_text("{not json", "utf-8")
    widget = ExerciseView(handbook, store)
    qtbot.addWidget(widget)
    assert "broken.json" in widget.run_problems.text()
    assert widget.run_list.count() == 0


def test_finish_writes_the_debrief_off_the_gui_thread(view, qtbot, clock, tmp_path):
    start_from_the_form(view, qtbot)
    view.record("arrival-italy", "Interpreter for Tigrinya", "Group B")
    clock.advance(minutes=30)
    with qtbot.waitSignal(view.exported, timeout=30_000) as signal:
        qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    assert signal.args == [str(tmp_path / "debrief.pdf")]
    reader = PdfReader(signal.args[0])
    assert "Interpreter for Tigrinya" in " ".join(page.extract_text() for page in reader.pages)
    assert reader.metadata.author == "Trainer"
    assert view.store.load(view.run.id).finished == clock.now.isoformat()
    assert not view.reveal_button.isEnabled()
    assert not view.boxes["arrival-italy"].record_button.isEnabled()


def test_the_go_menu_and_the_scenario_page_open_the_view(window, qtbot):
    window.open_place("scenario:qiro")
    assert 'href="exercise:qiro"' in window.reader.toHtml()
    assert window.open_place("exercise:qiro")
    view = window.findChild(ExerciseView, "exerciseView")
    assert view.isVisible() and view.scenario_selector.currentData() == "qiro"
    view.close()
    window.exercises.action.trigger()
    assert view.isVisible() and view.accessibleName()


def test_the_view_switches_language_live(window, qtbot):
    window.exercises.show("abena")
    view = window.findChild(ExerciseView, "exerciseView")
    window.language_selector.setCurrentIndex(window.language_selector.findData("el"))
    assert view.start_button.text() != "Start the exercise"
    assert view.scenario_selector.currentText().startswith("Abena: από")


def test_clock_text():
    assert clock_text(65) == "01:05"
    assert clock_text(3725) == "1:02:05"


def type_size(browser: QTextBrowser, text: str) -> int:
    """The pixel size of the type ``text`` is shown in."""
    cursor = QTextCursor(browser.document())
    cursor.setPosition(browser.toPlainText().index(text) + 1)
    return cursor.charFormat().font().pixelSize()


def test_the_projector_shows_only_the_injects_revealed_in_large_type(view, qtbot, clock, handbook):
    start_from_the_form(view, qtbot)
    scenario = handbook.scenarios["abena"]
    first, second, *later = sorted(scenario.injects, key=lambda inject: inject.minute)
    view.record("arrival-italy", "Interpreter for Tigrinya", "Group B")
    qtbot.mouseClick(view.projector_button, Qt.MouseButton.LeftButton)
    projector = view.findChild(QWidget, "exerciseProjector")
    qtbot.waitExposed(projector)
    assert projector.isWindow() and projector is view.projector
    text = projector.plain_text()
    assert first.text["en"] in text and first.question["en"] in text
    for hidden in (second, *later):
        assert hidden.text["en"] not in text and hidden.question["en"] not in text
    # Nothing of the facilitator's screen: no decisions, no sections, no countdown.
    assert "Interpreter for Tigrinya" not in text
    assert "Sections this tests" not in text and "Next inject" not in text
    body = projector.findChild(QTextBrowser, "projectorText")
    assert type_size(body, first.text["en"]) >= 2 * QFontInfo(view.font()).pixelSize()
    qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)
    text = projector.plain_text()
    assert second.text["en"] in text
    assert text.index(second.text["en"]) < text.index(first.text["en"])  # the newest on top
    assert type_size(body, second.text["en"]) > type_size(body, first.text["en"])
    assert all(inject.text["en"] not in text for inject in later)
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    assert projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()


def test_a_finished_exercise_takes_no_more_reveals_or_records(view, qtbot, clock, store):
    start_from_the_form(view, qtbot)
    clock.advance(minutes=5)
    with qtbot.waitSignal(view.exported, timeout=30_000):
        view.finish_and_export()
    run_id = view.run.id
    assert not view.reveal_button.isEnabled()
    box = view.boxes["arrival-italy"]
    assert not box.record_button.isEnabled() and not box.entry.isEnabled()
    view.reveal_next()  # a keyboard shortcut or a script cannot go around the buttons
    assert list(view.run.revealed) == ["arrival-italy"]
    assert "finished" in view.status.text()
    assert not view.record("arrival-italy", "Too late", "Group B")
    assert "finished" in box.problem.text() and box.problem.isVisible()
    assert store.load(run_id).decisions == []
    # Opened again later, it is still closed.
    view.leave()
    assert view.resume(run_id)
    assert not view.reveal_button.isEnabled()
    assert not view.boxes["arrival-italy"].record_button.isEnabled()


def test_reveal_and_present_are_named_apart_in_every_language(window):
    """The facilitator's button and the slides' menu entry share no word in any language (the
    French screen once said "Présenter maintenant" for revealing an inject)."""
    view = window.exercises.view
    for lang in ("en", "nl", "fr", "el", "it"):
        window.languages.set_language(lang)
        reveal = set(view.reveal_button.text().lower().split())
        present = set(window.presenter.present_action.text().lower().split())
        stems = {word[:6] for word in reveal} & {word[:6] for word in present}
        assert not stems - {"the", "de", "le", "la", "του", "l'"}, (lang, reveal, present)


def test_the_running_screen_fits_900_pixels_in_every_language(qtbot, handbook, store, clock):
    """The facilitator's window opens at 900 px wide: no language's words make it wider."""
    from PySide6.QtWidgets import QApplication

    from interact_desktop import paths
    from interact_desktop.ui.common.fonts import register_fonts, use_bundled_font
    from interact_desktop.ui.common.i18n import LanguageManager

    app = QApplication.instance()
    register_fonts(paths.resources_dir() / "fonts")
    use_bundled_font(app)  # the app's own type: the system's may be narrower
    languages = LanguageManager(app, paths.translations_dir())
    try:
        for lang in ("en", "nl", "fr", "el", "it"):
            languages.set_language(lang)
            widget = ExerciseView(handbook, store, lang, clock)
            qtbot.addWidget(widget)
            widget.resize(900, 700)
            widget.show()
            widget.start("abena")
            qtbot.waitUntil(lambda w=widget: all(b.isVisible() for b in w.boxes.values()))
            running = widget.pages.currentWidget()
            assert running.minimumSizeHint().width() <= 900 - 20, lang  # with the margins
    finally:
        languages.set_language("en")
