"""Notebook > Back up the notebook: one encrypted file, written by the core's backup.

A guardian is not expected to use the command line, so the backup the administrators' CLI makes is
offered in the window too. The file opens only with the notebook's passphrase (restoring stays an
administrator's task: `interact-desktop notebook restore FILE`, with the app closed). The copy is
made on the GUI thread with a wait cursor, because the database connection belongs to it; it takes
a fraction of a second for a notebook of a thousand cases.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from interact_desktop.core.notebook.errors import NotebookError
from interact_desktop.core.settings import BACKUP_FOLDER, Settings
from interact_desktop.ui.common.dialogs import ask_save_path
from interact_desktop.ui.common.storage_message import failure_text

if TYPE_CHECKING:
    from interact_desktop.ui.services.notebook_service import NotebookService


def back_up(parent: QWidget, controller: NotebookService, settings: Settings) -> Path | None:
    """Ask where, write the backup, say how it went; the file written, or None."""
    if not controller.is_unlocked:
        return None
    target = ask_save_path(
        parent,
        QCoreApplication.translate("NotebookBackup", "Back up the notebook"),
        f"notebook-{dt.date.today().isoformat()}",
        ".backup",
        QCoreApplication.translate("NotebookBackup", "Notebook backups (*.backup)"),
        settings,
        BACKUP_FOLDER,
    )
    if target is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        controller.backup(target)
    except (OSError, RuntimeError, NotebookError) as error:  # a full disk is a NotebookError
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("NotebookBackup", "Back up the notebook"),
            QCoreApplication.translate(
                "NotebookBackup", "The backup could not be written: %1"
            ).replace("%1", failure_text(error)),
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    QMessageBox.information(
        parent,
        QCoreApplication.translate("NotebookBackup", "Back up the notebook"),
        QCoreApplication.translate(
            "NotebookBackup",
            "The notebook was copied to %1. The copy is encrypted: only the notebook's passphrase "
            "opens it. Keep it somewhere as safe as this computer.",
        ).replace("%1", str(target)),
    )
    return target
