"""Help > Getting started and the start page open the page for a first-time user; in every
language the page names only keys and menu entries the window really has, as the window names
them (so it cannot drift from the app)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from interact_desktop.core.languages import LANGUAGES
from interact_desktop.ui.reader.shortcuts import shortcut_rows

PAGE = "getting-started"
KEYS = re.compile(r"`([^`]+)`")  # keys are written as code: `Ctrl+F`
MENU_PATH = re.compile(r"\*\*([^*>]+?) > ([^*]+?)\*\*")  # **File > Saved checklists**


def plain(text: str) -> str:
    """A menu text as read: no accelerator mark, no trailing ellipsis."""
    return text.replace("&", "").removesuffix("…").strip()


def menus(window) -> dict[str, list[str]]:
    """Each menu of the menu bar by its title, with its entries (sub-menus included)."""
    found: dict[str, list[str]] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            found[plain(top.text())] = [plain(a.text()) for a in menu.actions() if a.text()]
    return found


def test_help_getting_started_opens_the_page_in_the_users_language(window, qtbot):
    window.languages.set_language("el")
    action = window.findChild(QAction, "gettingStartedAction")
    assert action in window.menuBar().actions()[-1].menu().actions()  # the Help menu
    action.trigger()
    assert str(window.place) == f"section:{PAGE}"
    assert window.handbook.title(PAGE, "el") in window.reader.toPlainText()


def test_the_start_page_links_to_getting_started(window, qtbot):
    window.open_place("home:")
    button = window.findChild(QWidget, "homePage").findChild(QPushButton, "gettingStartedButton")
    assert button.isVisible() and button.text()
    button.click()
    assert str(window.place) == f"section:{PAGE}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_help_entry_is_named_as_the_page(window, lang):
    window.languages.set_language(lang)
    action = window.findChild(QAction, "gettingStartedAction")
    assert plain(action.text()) == window.handbook.title(PAGE, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_names_the_windows_own_keys_and_menus(window, lang):
    window.languages.set_language(lang)
    body = window.handbook.text(PAGE, lang).body
    keys = {keys for _text, keys in shortcut_rows(window.findChildren(QAction))}
    combos = [k for k in KEYS.findall(body) if "+" in k or re.fullmatch(r"F\d+", k)]
    assert len(combos) >= 8  # F1, the start page, search, lock, side by side, present...
    assert sorted(set(combos) - keys) == []
    paths = MENU_PATH.findall(body)
    assert len(paths) >= 4
    bar = menus(window)
    assert [path for path in paths if path[1] not in bar.get(path[0], [])] == []


#: Labels the page quotes, by the context that translates them.
QUOTED = [
    ("HomeFeature", "A child is missing now"),
    ("GuidedPanel", "Just now"),
    ("GuidedPanel", "Done"),
    ("FlowchartsFeature", "Back to the response"),
    ("HomeFeature", "Fill in a checklist"),
    ("PageTexts", "Fill in this checklist"),
    ("ReaderFeature", "Side by side"),
    ("HomeFeature", "Run an exercise"),
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_quotes_the_buttons_as_the_window_labels_them(window, lang):
    window.languages.set_language(lang)
    body = window.handbook.text(PAGE, lang).body.replace("’", "'")
    labels = [QCoreApplication.translate(context, source) for context, source in QUOTED]
    assert [label for label in labels if label.replace("’", "'") not in body] == []
