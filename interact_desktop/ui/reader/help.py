"""Help > Getting started, Keyboard shortcuts (F1), About, and Content problems: bad content never
stops the reader, this says what was left out and where.

Getting started is a page of the handbook (``section:getting-started``), so search finds it and the
content checks hold it to the same rules in all five languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from interact_desktop import __version__
from interact_desktop.core.places import GETTING_STARTED
from interact_desktop.ui.common.actions import make_action

if TYPE_CHECKING:
    from interact_desktop.core.content.handbook import Handbook
    from interact_desktop.ui.shell import Shell


class HelpController(QObject):
    def __init__(self, shell: Shell, handbook: Handbook) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        self.handbook = handbook
        self.problems_action = make_action(self, "contentProblemsAction", self.show_problems)
        self.problems_action.setVisible(bool(handbook.problems))
        self.about_action = make_action(self, "aboutAction", self.show_about, icon="about")
        self.shortcuts_action = make_action(
            self, "shortcutsAction", self.show_shortcuts, ["F1"], icon="shortcuts"
        )
        self.getting_started_action = make_action(
            self, "gettingStartedAction", lambda: shell.open_place(GETTING_STARTED)
        )
        shell.add_action(self.getting_started_action, "help")
        shell.add_action(self.shortcuts_action, "help")
        shell.add_action(self.problems_action, "help")
        shell.add_action(self.about_action, "help")

    def report_problems(self) -> None:
        if self.handbook.problems:
            self.shell.show_message(
                self.tr(
                    "Some parts of the handbook could not be read: see Help > Content problems."
                )
            )

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self.shell.widget(),
            self.tr("About INTERACT Desktop"),
            self.tr(
                "<p><b>INTERACT Desktop %1</b></p><p>Offline guidance for professionals who "
                "protect children in migration from going missing and from trafficking.</p>"
                "<p>It works without a network connection. The text is an independent guide; "
                "see the page “About this content”.</p>"
            ).replace("%1", __version__),
        )

    def show_shortcuts(self) -> None:
        from PySide6.QtCore import Qt

        from interact_desktop.ui.reader.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.shell.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_problems(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.shell.widget())
        box.setObjectName("contentProblemsDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Content problems"))
        count = len(self.handbook.problems)
        box.setText(
            self.tr("%n part(s) of the handbook could not be read and are left out.", "", count)
        )
        box.setInformativeText(self.tr("The rest of the guidance is complete and can be used."))
        root = self.handbook.root.parent
        box.setDetailedText("\n".join(p.format(relative_to=root) for p in self.handbook.problems))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.open()

    def retranslate(self) -> None:
        self.getting_started_action.setText(self.tr("&Getting started"))
        self.about_action.setText(self.tr("&About INTERACT Desktop"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.problems_action.setText(self.tr("Content &problems"))
