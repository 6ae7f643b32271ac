"""Choosing a language changes menus, Qt's own dialogs and the text at once, without restart."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from interact_desktop.core.languages import LANGUAGES


def choose(window, code: str) -> None:
    window.language_selector.setCurrentIndex(window.language_selector.findData(code))


def ok_button_text() -> str:
    box = QMessageBox(QMessageBox.Icon.Information, "t", "t", QMessageBox.StandardButton.Ok)
    text = box.button(QMessageBox.StandardButton.Ok).text()
    box.deleteLater()
    return text


def file_dialog_labels() -> set[str]:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    dialog.deleteLater()
    return labels


def test_greek_changes_menus_dialogs_and_text_then_english_returns(window, handbook):
    window.open_place("section:response-first-hours")
    assert window.menu("file").title() == "&File"
    assert ok_button_text() == "OK"
    assert "&Look in:" in file_dialog_labels()

    choose(window, "el")
    assert window.menu("file").title() == "&Αρχείο"
    assert window.sidebar.tabText(0) == "Περιεχόμενα"
    assert window.toc.topLevelItem(0).text(0) == handbook.title("about", "el")
    assert handbook.title("response-first-hours", "el") in window.reader.toPlainText()
    assert ok_button_text() == "Εντάξει"
    assert "&Αναζήτηση σε:" in file_dialog_labels()

    choose(window, "en")
    assert window.menu("file").title() == "&File"
    assert handbook.title("response-first-hours", "en") in window.reader.toPlainText()
    assert ok_button_text() == "OK"


def test_every_language_translates_the_menus_and_qt_buttons(window):
    titles = {}
    for code in LANGUAGES:
        choose(window, code)
        assert window.languages.missing == []
        titles[code] = (window.menu("view").title(), ok_button_text() if code != "en" else "")
    assert len({view for view, _ in titles.values()}) == len(LANGUAGES)
    assert titles["fr"][1] and titles["nl"][1] and titles["it"][1]


def test_content_problems_dialog_is_translated(window, handbook, qtbot, monkeypatch):
    from interact_desktop.core.content.problems import Problem

    monkeypatch.setattr(handbook, "problems", [Problem(handbook.structure_path, 3, "broken")])
    choose(window, "el")
    window.reading.help.show_problems()
    box = window.findChild(QMessageBox, "contentProblemsDialog")
    qtbot.waitUntil(box.isVisible)
    assert box.windowTitle() == "Προβλήματα περιεχομένου"
    assert "1 μέρος του οδηγού" in box.text()
    assert "content/structure.toml:3: broken" in box.detailedText()
    close = box.findChild(QDialogButtonBox).buttons()[0]
    assert close.text() == "Κλείσιμο"
    QTimer.singleShot(0, box.close)
    QApplication.processEvents()


def test_flowchart_deadlines_are_written_in_the_chosen_language(window, handbook):
    chart = handbook.flowcharts["child-missing"]
    hours = next(
        n.deadline_minutes // 60
        for n in chart.nodes
        if n.deadline_minutes
        and n.deadline_minutes % 60 == 0
        and n.deadline_minutes % 1440
        and n.deadline_minutes > 60
    )
    expected = {"en": f"{hours} hours", "el": f"{hours} ώρες", "it": f"{hours} ore"}
    for code, text in expected.items():
        choose(window, code)
        window.open_place("flowchart:child-missing")
        assert text in window.reader.toPlainText()
