"""What to tell a person whose notebook locked while the disk failed.

The lock itself always happens (``NotebookService.lock``); this says afterwards what kind of
failure it was, what was kept, what was not saved, and what to do. It never shows case data: the
only words from outside are the system's error message.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from interact_desktop.ui.services.notebook_service import (
    CASE_DETAILS,
    CHECKLIST,
    DAMAGED,
    DENIED,
    DEVICE,
    DISK_FULL,
    NOTE,
    READ_ONLY,
    LockProblem,
)


class LockReport(QObject):
    """Words and the message box for a ``LockProblem``."""

    def headline(self, problem: LockProblem) -> str:
        """One sentence naming the failure, for the message and the status bar."""
        if problem.kind == DISK_FULL:
            return self.tr("The notebook is locked, but the disk is full.")
        if problem.kind == READ_ONLY:
            return self.tr("The notebook is locked, but its disk is read-only.")
        if problem.kind == DENIED:
            return self.tr("The notebook is locked, but this account may not write to its folder.")
        if problem.kind == DEVICE:
            return self.tr("The notebook is locked, but the disk reported a write error.")
        if problem.kind == DAMAGED:
            return self.tr("The notebook is locked, but its file looks damaged.")
        return self.tr("The notebook is locked, but its file could not be written.")

    def details(self, problem: LockProblem) -> str:
        """What was kept, what was not, and what to do next."""
        if problem.kind == DAMAGED:
            kept = self.tr(
                "Changes saved before the lock are kept as far as the file allows. Unlock the "
                "notebook to see what it holds, or restore your latest backup."
            )
        else:
            kept = self.tr(
                "Every change saved before the lock is kept: it is written into the notebook "
                "the next time the notebook is unlocked."
            )
        lines = [kept]
        names = {
            NOTE: self.tr("the note being written"),
            CASE_DETAILS: self.tr("the case details being edited"),
            CHECKLIST: self.tr("the checklist being filled in"),
        }
        if problem.unsaved:
            lost = "; ".join(names.get(what, what) for what in problem.unsaved)
            text = self.tr("The last changes to %1 could not be saved and are not in the notebook.")
            lines.append(text.replace("%1", lost))
        if problem.kind == DISK_FULL:
            lines.append(self.tr("Free some space on the disk, then unlock the notebook."))
        elif problem.kind == READ_ONLY:
            lines.append(
                self.tr(
                    "Make the disk writable again (a write-protect switch, or a disk the system "
                    "mounted read-only), then unlock the notebook."
                )
            )
        elif problem.kind == DENIED:
            lines.append(
                self.tr(
                    "Ask whoever manages this computer to let your account write to the "
                    "notebook's folder, then unlock the notebook."
                )
            )
        elif problem.kind != DAMAGED:
            lines.append(self.tr("Check the disk, then unlock the notebook."))
        lines.append(self.tr("The system said: %1").replace("%1", problem.detail))
        return "\n\n".join(lines)

    def show(self, parent: QWidget, problem: LockProblem, wait: bool = False) -> None:
        """The message (``notebookLockProblem``); ``wait`` when the window is closing and would
        otherwise take the message with it."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Notebook locked"),
            self.headline(problem),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("notebookLockProblem")
        box.setInformativeText(self.details(problem))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if wait:
            box.exec()
        else:
            box.open()
