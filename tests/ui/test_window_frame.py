"""The window's frame: the sidebar folds away with Ctrl+B and stays so; a window saved larger than
the screen or off it comes back within it; at 1280x720 no screen pushes a control past the
window's edge, not even the notebook after a case report is exported."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabWidget, QWidget

from interact_desktop.core.settings import SIDEBAR_VISIBLE
from interact_desktop.ui.common.window_geometry import within
from tests.helpers.notebook_ui import create

SCREEN = QRect(0, 0, 1600, 900)


def sidebar(window) -> QTabWidget:
    return window.findChild(QTabWidget, "sidebar")


def test_ctrl_b_folds_the_sidebar_and_brings_it_back_and_the_next_start_remembers(
    make_window, qtbot
):
    window = make_window()
    window.toc.setFocus()
    QTest.keyClick(window.window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not sidebar(window).isVisible()
    assert not window.findChild(QAction, "sidebarAction").isChecked()
    assert QApplication.focusWidget() is window.reader  # the focus is not lost with the panel
    window.close()
    again = make_window()
    assert again.settings.get(SIDEBAR_VISIBLE) is False
    assert not sidebar(again).isVisible()
    QTest.keyClick(again.window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert sidebar(again).isVisible()
    assert again.settings.get(SIDEBAR_VISIBLE) is True


def test_the_view_menu_has_the_sidebar_and_asking_for_a_tab_unfolds_it(window):
    action = window.findChild(QAction, "sidebarAction")
    assert action in window.menu("view").actions()
    action.trigger()
    assert not sidebar(window).isVisible()
    window.focus_search()  # Ctrl+F: the search tab is in the sidebar
    assert sidebar(window).isVisible() and action.isChecked()


def test_a_rectangle_is_kept_within_the_screen():
    assert within(QRect(100, 50, 800, 600), SCREEN) == QRect(100, 50, 800, 600)
    assert within(QRect(0, 0, 1796, 1000), SCREEN) == SCREEN  # saved at another scale
    assert within(QRect(2400, 300, 800, 600), SCREEN) == QRect(800, 300, 800, 600)
    assert within(QRect(-500, -40, 800, 600), SCREEN) == QRect(0, 0, 800, 600)
    beside = QRect(1600, 0, 1920, 1080)  # a second monitor, on the right
    assert within(QRect(1700, 100, 1000, 700), beside) == QRect(1700, 100, 1000, 700)


def test_a_window_saved_larger_than_the_screen_and_off_it_comes_back_within_it(make_window):
    window = make_window()
    window.window.setGeometry(QRect(2500, 1200, 1796, 1100))
    window.close()  # saves its geometry
    again = make_window()
    again.window.restore_state(SCREEN)
    assert SCREEN.contains(again.window.geometry())
    assert again.window.width() <= SCREEN.width() and again.window.height() <= SCREEN.height()


def settle_layouts() -> None:
    """Deliver the layout requests a change posts, each of which may post one to its parent,
    up to the window (no waiting: only events already posted)."""
    for _ in range(8):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def outside(window: QWidget) -> list[str]:
    """Visible buttons whose rectangle is not wholly inside the window."""
    frame = window.rect()
    found = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window:
            continue
        corner = button.mapTo(window, button.rect().topLeft())
        if not frame.contains(QRect(corner, button.size())):
            found.append(f"{button.objectName() or button.text()!r} at {corner.x()}")
    return found


def test_at_1280x720_the_notebook_keeps_its_buttons_inside_after_an_export(
    window, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from interact_desktop.ui.notebook.case_export import CaseExportDialog

    window.window.resize(1280, 720)
    window.languages.set_language("el")
    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    view.new_case("K-2026-17")
    qtbot.waitUntil(lambda: view.case_title.isVisible())
    settle_layouts()
    assert window.window.width() == 1280 and outside(window.window) == []

    def accept(dialog: CaseExportDialog) -> int:
        dialog.recipient.setText("Επίτροπος του παιδιού, Αθήνα")
        return QDialog.DialogCode.Accepted

    long_folder = tmp_path / ("φάκελος-με-πολύ-μεγάλο-όνομα-" * 4)
    long_folder.mkdir()
    target = long_folder / "αναφορά-υπόθεσης-K-2026-17-με-ένα-μακρύ-όνομα-αρχείου.pdf"
    monkeypatch.setattr(CaseExportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(view.tools.exporter.exported, timeout=20_000):
        view.tools.report_button.click()
    settle_layouts()
    assert window.window.minimumSizeHint().width() <= 1280
    assert window.window.width() == 1280
    assert outside(window.window) == []
    saved = view.findChild(QWidget, "caseExported")
    assert target.name in saved.text() and saved.toolTip() == str(target)  # the whole path
