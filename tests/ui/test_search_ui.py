"""Searching from the window: typing, keyboard use, opening a hit, F3, and no stale results."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QToolBar


def ready(window, qtbot) -> None:
    service = window.context.search
    if not service.is_ready:
        with qtbot.waitSignal(service.ready, timeout=60_000):
            pass


def type_text(widget, text: str) -> None:
    """Per character with key events: QTest.keyClicks cannot type non-ASCII text."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def wait_results(window, qtbot) -> None:
    results = window.search_panel.results
    qtbot.waitUntil(lambda: results.topLevelItemCount() > 0, timeout=10_000)


def test_ctrl_f_focuses_the_search_tabs_field_and_ctrl_k_the_toolbars(window, qtbot):
    window.reader.setFocus()
    qtbot.keyClick(window.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_panel.field.hasFocus()
    assert window.sidebar.currentWidget() is window.searching.tab
    window.reader.setFocus()
    qtbot.keyClick(window.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    toolbar_field = window.findChild(QLineEdit, "toolbarSearchField")
    assert toolbar_field.hasFocus()
    assert window.findChild(QToolBar, "mainToolbar").isAncestorOf(toolbar_field)


def test_enter_in_the_toolbar_field_lists_the_results_in_the_search_tab(window, qtbot):
    ready(window, qtbot)
    window.languages.set_language("el")
    qtbot.keyClick(window.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    field = window.findChild(QLineEdit, "toolbarSearchField")
    type_text(field, "επιτροπ")
    assert window.search_panel.results.topLevelItemCount() == 0  # nothing before Enter
    QTest.keyClick(field, Qt.Key.Key_Return)
    wait_results(window, qtbot)
    assert window.sidebar.currentWidget() is window.searching.tab
    assert window.search_panel.field.text().startswith("επιτροπ")  # completed in place
    QTest.keyClick(window.search_panel.field, Qt.Key.Key_Return)  # the first hit, as ever
    assert window.place is not None and window.reader.highlight_count > 0


def test_esc_in_the_toolbar_field_clears_it_and_returns_to_the_text(window, qtbot):
    field = window.findChild(QLineEdit, "toolbarSearchField")
    qtbot.keyClick(window.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, "police")
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and window.reader.hasFocus()


def test_no_results_says_what_to_try_next(window, qtbot):
    ready(window, qtbot)
    window.searching.search_for("qqqzzzxxv")
    status = window.search_panel.status
    qtbot.waitUntil(lambda: "No results" in status.text(), timeout=10_000)
    assert "spelling" in status.text() and "All five languages" in status.text()


def test_greek_typed_without_accents_finds_and_opens_the_section(window, qtbot, handbook):
    ready(window, qtbot)
    window.language_selector.setCurrentIndex(window.language_selector.findData("el"))
    window.focus_search()
    type_text(window.search_panel.field, "επιτροπ")
    wait_results(window, qtbot)
    QTest.keyClick(window.search_panel.field, Qt.Key.Key_Down)
    QTest.keyClick(window.search_panel.field, Qt.Key.Key_Up)
    QTest.keyClick(window.search_panel.field, Qt.Key.Key_Return)
    assert window.place is not None
    assert window.reader.highlight_count > 0
    cursor_before = window.reader.textCursor().position()
    qtbot.keyClick(window.window, Qt.Key.Key_F3)
    qtbot.keyClick(window.window, Qt.Key.Key_F3)
    assert window.reader.textCursor().position() != cursor_before
    selected = window.reader.textCursor().selectedText().lower()
    assert selected.startswith("επίτροπ") or selected.startswith("επιτροπ")


def test_escape_clears_the_field_and_returns_to_the_text(window, qtbot):
    window.focus_search()
    QTest.keyClicks(window.search_panel.field, "police")
    QTest.keyClick(window.search_panel.field, Qt.Key.Key_Escape)
    assert window.search_panel.field.text() == ""
    assert window.reader.hasFocus()


def test_search_runs_off_the_gui_thread(window, qtbot, monkeypatch):
    from interact_desktop.core.search.searcher import HandbookSearch

    ready(window, qtbot)
    threads = []
    search = HandbookSearch.search

    def recording(self, *args, **kwargs):
        threads.append(threading.get_ident())
        return search(self, *args, **kwargs)

    monkeypatch.setattr(HandbookSearch, "search", recording)
    with qtbot.waitSignal(window.context.search.results, timeout=10_000):
        window.context.search.search("police", "en", ("section",))
    assert threads and threading.get_ident() not in threads


def test_stale_results_never_replace_newer_ones(window, qtbot):
    ready(window, qtbot)
    service = window.context.search
    shown = []
    service.results.connect(lambda result: shown.append(result))
    queries = ["police", "guardian", "hotline", "found", "child", "report"] * 5 + ["116 000"]
    for text in queries:
        service.search(text, "en", ("section", "checklist", "flowchart", "glossary"))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert service.wait_idle(10_000)  # every request answered or skipped ...
    QApplication.processEvents()  # ... and every answer delivered: none more may be shown
    assert len(shown) == 1
    assert any("116" in "".join(s.text for s in hit.snippet + hit.title) for hit in shown[0].hits)


def test_search_in_all_languages_opens_a_hit_side_by_side(window, qtbot):
    ready(window, qtbot)
    panel = window.search_panel
    panel.scope.setCurrentIndex(panel.scope.findData("all"))
    window.focus_search()
    QTest.keyClicks(panel.field, "voogd")
    wait_results(window, qtbot)
    panel.results.open_current()
    assert window.reading.parallel_action.isChecked()
    assert window.reading.parallel_lang == "nl"
    assert window.parallel.highlight_count > 0


def test_the_word_being_typed_is_completed_in_place(window, qtbot):
    ready(window, qtbot)
    field = window.search_panel.field
    window.focus_search()
    QTest.keyClicks(field, "guardi")
    qtbot.waitUntil(lambda: field.hasSelectedText(), timeout=10_000)
    assert field.text().startswith("guardian")
    assert field.selectedText() == field.text()[len("guardi") :]
    with qtbot.waitSignal(window.context.search.completed, timeout=10_000):
        QTest.keyClick(field, Qt.Key.Key_Backspace)  # removes the offer; the answer offers none
    assert field.text() == "guardi"


def test_text_typed_while_search_is_preparing_is_searched_once_it_is_ready(window, qtbot):
    ready(window, qtbot)
    service = window.context.search
    results = window.search_panel.results
    service.is_ready = False  # as during the first start, while the index is being built
    window.focus_search()
    with qtbot.waitSignal(window.search_panel.searchRequested, timeout=10_000):
        type_text(window.search_panel.field, "guardian")  # the pause in typing passes
    assert results.topLevelItemCount() == 0
    service.is_ready = True
    service.ready.emit()
    wait_results(window, qtbot)
