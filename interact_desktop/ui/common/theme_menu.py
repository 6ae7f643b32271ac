"""View > Appearance: follow the system, light or dark."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from interact_desktop.ui.common.actions import make_action
from interact_desktop.ui.common.theme import THEMES

if TYPE_CHECKING:
    from interact_desktop.ui.common.theme import Appearance
    from interact_desktop.ui.shell import AppEvents, Shell


class AppearanceMenu(QObject):
    def __init__(self, shell: Shell, events: AppEvents, appearance: Appearance) -> None:
        super().__init__(shell.widget())
        self.menu = QMenu(shell.widget())
        self.menu.setObjectName("themeMenu")
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for name in THEMES:
            action = make_action(
                self, f"theme_{name}", lambda _=False, n=name: appearance.choose(n), checkable=True
            )
            action.setChecked(name == appearance.theme)
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[name] = action
        shell.add_action(self.menu.menuAction(), "view")
        events.languageChanged.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Appearance"))
        self.actions["system"].setText(self.tr("Follow the system"))
        self.actions["light"].setText(self.tr("Light"))
        self.actions["dark"].setText(self.tr("Dark"))
