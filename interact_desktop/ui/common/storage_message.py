"""A failed write named for what it is, in the user's language: the disk is full, the medium is
read-only, this account may not write there, the disk failed, the file is damaged.

The kind comes from the core's ``storage_error`` (the same reading of errno and SQLite's codes as
the command line and the notebook's lock report), so the window never reads a failure two ways.
Only the system's own words are shown beside it, never case data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


def failure_text(error: BaseException) -> str:
    """What to show for a failed write: the storage message where the failure is the disk's or
    a file's (never the system's errno line with its path), else the error's own words."""
    return storage_message(error) or str(error)


def storage_message(error: BaseException, folder: Path | None = None) -> str | None:
    """One or two sentences naming the failure and what to do, or None when ``error`` is not a
    failure of the disk or a file (a programming error is shown as itself by whoever asks).
    ``folder`` is where the write went (by default the folder of the error's file name): a
    refused write there is told apart as a read-only medium or a folder this account may not
    write to."""
    from interact_desktop.core.notebook.errors import (
        AccessDenied,
        DamagedFile,
        DeviceError,
        DiskFull,
        NotebookInUse,
        ReadOnlyMedium,
        StorageError,
        storage_error,
    )

    if folder is None and isinstance(error, OSError) and error.filename:
        folder = Path(str(error.filename)).parent
    typed = storage_error(error, "", "", folder)
    if typed is None or not isinstance(typed, StorageError | NotebookInUse):
        return None
    if isinstance(typed, DiskFull):
        return QCoreApplication.translate(
            "StorageMessage", "The disk is full. Free some space on it, then try again."
        )
    if isinstance(typed, ReadOnlyMedium):
        return QCoreApplication.translate(
            "StorageMessage", "The disk is read-only (write-protected or mounted read-only)."
        )
    if isinstance(typed, AccessDenied):
        return QCoreApplication.translate(
            "StorageMessage", "This user account may not write to that folder."
        )
    if isinstance(typed, DeviceError):
        return QCoreApplication.translate(
            "StorageMessage",
            "The disk reported a write error: it may be failing or was removed. Check it, "
            "then try again.",
        )
    if isinstance(typed, DamagedFile):
        return QCoreApplication.translate(
            "StorageMessage", "The file is damaged. Restore it from a backup."
        )
    if isinstance(typed, NotebookInUse):
        return QCoreApplication.translate(
            "StorageMessage", "Another program is using the file. Close it, then try again."
        )
    detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return QCoreApplication.translate(
        "StorageMessage", "The disk refused the write (the system said: %1)."
    ).replace("%1", detail)
