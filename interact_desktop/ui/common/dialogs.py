"""Dialogs every feature uses the same way: where to save a file, and a wait while it is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from interact_desktop.core.settings import EXPORT_FOLDER, Key, Settings


def file_stem(title: str, fallback: str = "export") -> str:
    """A file name from a title: letters, digits, hyphens and underscores, words spaced once."""
    kept = "".join(c if c.isalnum() or c in "-_" else " " for c in title)
    return " ".join(kept.split()) or fallback


def ask_save_path(
    parent: QWidget | None,
    title: str,
    name: str,
    suffix: str,
    kinds: str,
    settings: Settings | None = None,
    key: Key[str] = EXPORT_FOLDER,
) -> Path | None:
    """Qt's own save dialog (in the app's language, not the system's), opening in the folder
    last used for ``key``; the suffix is added when the name typed has none."""
    remembered = settings.get(key) if settings is not None else ""
    folder = Path(remembered) if remembered else Path.home()
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(folder / f"{name}{suffix}"),
        kinds,
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != suffix:
        target = target.with_suffix(suffix)
    if settings is not None:
        settings.set(key, str(target.parent))
    return target


def progress_dialog(parent: QWidget | None, title: str, text: str) -> QProgressDialog:
    """A progress window without a cancel button, shown only if the work takes over 0.3 s."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("exportProgress")
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    return dialog
