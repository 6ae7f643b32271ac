"""Interface text of at least 10 points on every main screen: a walk over the visible widgets that
show text fails on one set smaller, and neither labels nor the reader's style shrink text below
the body size."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from interact_desktop import paths
from interact_desktop.ui.common.fonts import scaled
from tests.helpers.screens import walk_main_screens

MINIMUM_PT = 10.0
TEXT_WIDGETS = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTabBar,
                QTextEdit, QPlainTextEdit, QAbstractSpinBox, QGroupBox, QMenu)  # fmt: skip
SHRINKING = re.compile(r"<small>|font-size:\s*(small|x-small|xx-small|smaller)", re.IGNORECASE)


def point_size(widget: QWidget) -> float:
    font = widget.font()
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    return font.pixelSize() * 72 / widget.logicalDpiY()


def too_small(root: QWidget) -> list[str]:
    """Visible text widgets under ``root`` set under 10 points, or labels that shrink their
    own text with markup."""
    found = []
    for widget in (root, *root.findChildren(QWidget)):
        if not isinstance(widget, TEXT_WIDGETS) or not widget.isVisible():
            continue
        size = point_size(widget)
        if size < MINIMUM_PT - 0.01:
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {size:.1f} pt")
        if isinstance(widget, QLabel) and SHRINKING.search(widget.text()):
            found.append(f"QLabel {widget.objectName()!r} shrinks its text")
    return found


def test_the_walk_sees_a_label_set_under_ten_points(window, qtbot):
    label = QLabel("hint")
    label.setObjectName("tinyHint")
    label.setFont(scaled(label.font(), 0.9))
    qtbot.addWidget(label)
    label.show()
    assert too_small(label) == ["QLabel 'tinyHint': 9.0 pt"]
    label.setFont(scaled(label.font(), 1 / 0.9))
    label.setText("<small>hint</small>")
    assert too_small(label) == ["QLabel 'tinyHint' shrinks its text"]


def test_every_main_screen_shows_its_text_at_ten_points_or_more(window, qtbot):
    window.languages.set_language("el")
    screens = walk_main_screens(window, qtbot, too_small, "TXT-1")
    window.exercises.show("qiro")
    screens["exercise"] = too_small(window.exercises.view)
    window.exercises.view.close()
    for menu in window.window.menuBar().findChildren(QMenu):
        menu.popup(window.window.mapToGlobal(window.window.rect().center()))
        screens[f"menu {menu.objectName()}"] = too_small(menu)
        menu.close()
    assert {screen: found for screen, found in screens.items() if found} == {}


def test_the_readers_style_never_sets_text_smaller_than_the_body():
    css = (paths.resources_dir() / "styles" / "reader.css").read_text(encoding="utf-8")
    assert not SHRINKING.search(css)
    assert not re.search(r"font-size:\s*\d", css)  # no fixed size either: zoom scales the body
