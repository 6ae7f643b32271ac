"""Shortcut hints name keys as the user's system does, in the UI's language (Qt's own key names,
from its qtbase catalogue; ours for Greek, where Qt ships none)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QTableWidget, QWidget

# The left arrow as each language's qtbase catalogue names it.
LEFT = {"en": "Left", "nl": "Pijl links", "fr": "Gauche", "el": "Αριστερό βέλος", "it": "Sinistra"}


@pytest.mark.parametrize("lang", list(LEFT))
def test_a_shortcut_hint_names_the_keys_in_the_ui_language(window, lang):
    window.languages.set_language(lang)
    tip = window.findChild(QAction, "backAction").toolTip()
    assert tip.endswith(f"(Alt+{LEFT[lang]})")
    if lang != "en":
        assert "Left" not in tip


@pytest.mark.parametrize("lang", ["fr", "el"])
def test_no_hint_is_left_with_its_placeholder(window, lang):
    window.languages.set_language(lang)
    window.open_place("flowchart:child-missing")  # the flowchart's own zoom buttons
    tips = [a.toolTip() for a in window.findChildren(QAction)]
    tips += [w.toolTip() for w in window.findChildren(QWidget)]
    assert not [tip for tip in tips if "%1" in tip]


def test_f1_lists_every_shortcut_in_the_users_language(window, qtbot):
    window.languages.set_language("nl")
    QTest.keyClick(window.window, Qt.Key.Key_F1)
    dialog = window.findChild(QDialog, "shortcutsDialog")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    back = window.findChild(QAction, "backAction").text().replace("&", "")
    assert rows[back] == "Alt+Pijl links"
    assert "Ctrl+F" in rows.values() and "F1" in rows.values()
    assert all(keys for keys in rows.values())
    dialog.close()
