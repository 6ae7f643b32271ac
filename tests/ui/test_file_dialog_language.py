"""Qt's own file dialog speaks the UI language: every label, button, tooltip, menu entry, column
heading and accessible name, and the Type of a folder (Qt's catalogue, completed by ours)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QTreeView, QWidget

from interact_desktop import paths
from interact_desktop.ui.common.dialogs import ask_save_path
from interact_desktop.ui.common.i18n import LanguageManager

#: Words a language writes exactly as English does.
SAME_IN = {"nl": {"Type"}, "fr": {"Type"}, "el": set(), "it": set()}


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp, paths.translations_dir())
    yield manager
    manager.set_language("en")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "cases").mkdir()
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4\n")
    return tmp_path


def dialog_texts(qtbot, folder: Path) -> set[str]:
    """Every text a user sees or hears in a save dialog over ``folder``, in detail view."""
    dialog = QFileDialog(None, "", str(folder), "*.pdf")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()

    def folder_row() -> int | None:
        root = view.rootIndex()
        names = [model.index(row, 0, root).data() for row in range(model.rowCount(root))]
        return names.index("cases") if "cases" in names else None

    qtbot.waitUntil(lambda: folder_row() is not None)
    texts = {model.index(folder_row(), 2, view.rootIndex()).data()}  # the Type of a folder
    texts |= {model.headerData(column, view.header().orientation()) for column in range(4)}
    for widget in dialog.findChildren(QWidget):
        texts |= {widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()}
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
    texts |= {action.text() for action in dialog.findChildren(QAction)}
    dialog.close()
    return {text for text in texts if text and text.strip()}


def test_the_english_dialog_has_the_texts_this_test_looks_for(qtbot, languages, folder):
    languages.set_language("en")
    texts = dialog_texts(qtbot, folder)
    assert {"&Look in:", "Files of &type:", "File &name:", "Folder", "Detail View"} <= texts
    assert {"&Save", "Cancel", "Date Modified", "Show &hidden files", "&New Folder"} <= texts


@pytest.mark.parametrize("lang", ["nl", "fr", "el", "it"])
def test_no_text_of_the_file_dialog_is_left_in_english(qtbot, languages, folder, lang):
    languages.set_language("en")
    english = dialog_texts(qtbot, folder)
    languages.set_language(lang)
    assert languages.missing == []
    left = dialog_texts(qtbot, folder) & english
    assert sorted(left - SAME_IN[lang]) == []


def test_the_apps_save_dialog_is_qts_own_in_the_ui_language(qtbot, languages, folder):
    """The dialog the features open (ask_save_path) is Qt's widget dialog, not the system's, so
    it follows the app's language."""
    languages.set_language("it")
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.extend(label.text() for label in dialog.findChildren(QLabel, "lookInLabel"))
        dialog.reject()

    QTimer.singleShot(0, answer)
    assert ask_save_path(None, "Esporta", "relazione", ".pdf", "PDF (*.pdf)") is None
    assert seen == ["&Cerca in:"]
