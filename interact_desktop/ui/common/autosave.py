"""The timer behind every "saved as you type": at most its interval after the first unsaved change.

A timer restarted at each keystroke (a debounce) saves only once the typing pauses, so someone
typing steadily for a minute would have a minute of text in memory only, and a crash would take it.
This timer starts at the first unsaved change and is not pushed back by the ones after it: a crash
loses at most the interval's worth of typing (the notebook promises 2 s), whoever types how fast.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class AutosaveTimer(QTimer):
    """Single-shot; ``changed()`` arms it unless it is armed already; the slot saves (and a save
    made another way, such as leaving the field, calls ``stop()``)."""

    def __init__(self, interval_ms: int, save: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.setSingleShot(True)
        self.setInterval(interval_ms)
        self.timeout.connect(save)

    def changed(self) -> None:
        """Something was changed and not saved yet: save within the interval from now, or
        sooner when an earlier change already armed the timer."""
        if not self.isActive():
            self.start()
