"""Every interactive widget of every screen has a name a screen reader can say: its own, its
text, or its label's (as Qt's accessibility gives it), in each screen the app has."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QTextEdit,
    QWidget,
)

from interact_desktop.ui.contacts.feature import ContactsFeature
from tests.helpers.screens import walk_main_screens

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit, QAbstractSpinBox, QSlider)  # fmt: skip


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """Visible interactive widgets without a name; Qt's own parts (a spin box's line edit,
    scroll bars, header sections, which are named per section) are the widget's business."""
    return [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in (root, *root.findChildren(QWidget))
        if isinstance(widget, INTERACTIVE)
        and not isinstance(widget, QScrollBar | QHeaderView)
        and not widget.objectName().startswith("qt_")
        and widget.isVisible()
        and not spoken_name(widget)
    ]


def test_every_screen_names_its_controls(window, qtbot):
    window.languages.set_language("el")
    screens = walk_main_screens(window, qtbot, unnamed, "A11Y-1")
    window.open_place("section:response-first-hours")
    presentation = window.present()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window.window]
    screens["presenter"] = [name for view in shown for name in unnamed(view)]
    presentation.view.close()
    window.exercises.show("qiro")
    screens["exercise"] = unnamed(window.exercises.view)
    window.exercises.view.close()
    screens["contacts"] = unnamed(window.features.of(ContactsFeature).show())
    assert {screen: names for screen, names in screens.items() if names} == {}
