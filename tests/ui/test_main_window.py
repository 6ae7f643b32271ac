"""The reader as a user drives it: keys, clicks, languages, bookmarks, zoom, side by side."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QComboBox, QTextBrowser, QTreeWidget

from interact_desktop.core.languages import LANGUAGES


def press(qtbot, window, sequence: str) -> None:
    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(window.window, combo.key(), combo.keyboardModifiers())


def test_automation_names_are_set(window):
    assert isinstance(window.findChild(QTreeWidget, "tocTree"), QTreeWidget)
    assert isinstance(window.findChild(QTextBrowser, "readerView"), QTextBrowser)
    assert isinstance(window.findChild(QComboBox, "languageSelector"), QComboBox)
    for name in ("tocTree", "readerView", "languageSelector"):
        assert window.findChild(object, name).accessibleName()


def test_clicking_a_contents_entry_opens_the_section(window, qtbot, handbook):
    toc = window.toc
    item = toc.item("section:response-hotline")
    toc.scrollToItem(item)
    rect = toc.visualItemRect(item)
    qtbot.mouseClick(toc.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert str(window.place) == "section:response-hotline"
    assert handbook.title("response-hotline", "en") in window.reader.toPlainText()


def test_internal_link_back_and_forward_with_keys(window, qtbot):
    window.open_place("section:response-first-hours")
    window.reader.anchorClicked.emit(QUrl("section:response-hotline"))
    assert str(window.place) == "section:response-hotline"
    press(qtbot, window, "Alt+Left")
    assert str(window.place) == "section:response-first-hours"
    press(qtbot, window, "Alt+Right")
    assert str(window.place) == "section:response-hotline"


def test_mouse_back_button_goes_back(window, qtbot):
    window.open_place("section:introduction")
    window.open_place("section:response")
    viewport = window.reader.viewport()
    point = QPoint(20, 20)
    event = QMouseEvent(
        QMouseEvent.Type.MouseButtonPress,
        point.toPointF(),
        viewport.mapToGlobal(point).toPointF(),
        Qt.MouseButton.BackButton,
        Qt.MouseButton.BackButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)
    assert str(window.place) == "section:introduction"


def test_bookmarks_add_list_remove_and_persist(make_window, qtbot):
    window = make_window()
    window.open_place("section:response-found")
    press(qtbot, window, "Ctrl+D")
    assert window.reading.bookmarks.action.isChecked()
    assert window.reading.bookmarks.panel.count() == 1
    window.close()
    again = make_window()
    assert again.bookmarks.places() == ["section:response-found"]
    assert again.reading.bookmarks.panel.item(0).text() == again.handbook.title(
        "response-found", "en"
    )
    again.reading.bookmarks.panel.setCurrentRow(0)
    qtbot.keyClick(again.reading.bookmarks.panel, Qt.Key.Key_Delete)
    assert again.reading.bookmarks.panel.count() == 0
    assert again.bookmarks.places() == []


def test_zoom_keys_change_text_size_and_are_remembered(make_window, qtbot):
    window = make_window()
    size = window.reader.document().defaultFont().pointSizeF()
    press(qtbot, window, "Ctrl++")
    press(qtbot, window, "Ctrl++")
    bigger = window.reader.document().defaultFont().pointSizeF()
    assert bigger > size
    press(qtbot, window, "Ctrl+-")
    assert window.reader.document().defaultFont().pointSizeF() < bigger
    zoom = window.reader.zoom
    window.close()
    again = make_window()
    assert again.reader.zoom == zoom
    press(qtbot, again, "Ctrl+0")
    assert again.reader.zoom == 1.0


def test_parallel_view_follows_navigation_in_its_language(window, handbook):
    window.parallel_selector.setCurrentIndex(window.parallel_selector.findData("el"))
    window.reading.parallel_action.trigger()
    assert window.parallel.isVisible()
    window.open_place("section:response-hotline")
    assert handbook.title("response-hotline", "el") in window.parallel.toPlainText()
    assert handbook.title("response-hotline", "en") in window.reader.toPlainText()
    window.open_place("section:response-found")
    assert handbook.title("response-found", "el") in window.parallel.toPlainText()


def test_window_state_last_place_and_language_are_restored(make_window):
    window = make_window()
    window.resize(640, 480)
    window.open_place("section:introduction-aim")
    window.language_selector.setCurrentIndex(window.language_selector.findData("it"))
    window.close()
    again = make_window()
    assert str(again.place) == "section:introduction-aim"
    assert again.lang == "it"
    assert again.size().width() == 640


def test_every_language_shows_its_own_text(window, handbook):
    for code in LANGUAGES:
        window.language_selector.setCurrentIndex(window.language_selector.findData(code))
        window.open_place("section:response-first-hours")
        assert handbook.title("response-first-hours", code) in window.reader.toPlainText()
        assert window.toc.topLevelItem(0).text(0) == handbook.title(handbook.chapters[0].id, code)


def test_side_by_side_is_restored_with_its_text(make_window, handbook):
    window = make_window()
    window.parallel_selector.setCurrentIndex(window.parallel_selector.findData("it"))
    window.set_parallel_visible(True)
    window.open_place("section:response-found")
    window.close()
    again = make_window()
    assert again.reading.parallel_action.isChecked()
    assert handbook.title("response-found", "it") in again.parallel.toPlainText()
