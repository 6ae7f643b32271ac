"""Message boxes recorded instead of shown: a shown one would wait for a click."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def record_message_boxes(monkeypatch) -> list[str]:
    """The texts of the warnings and notices shown from now on, in order."""
    shown: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown
