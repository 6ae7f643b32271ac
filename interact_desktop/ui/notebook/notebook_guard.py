"""Protection of an open notebook: lock after idle time, and case text not left on the clipboard.

Both watch the whole application only while the notebook is open, so the reader pays nothing for
them the rest of the time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

CLIPBOARD_DELAY_MS = 30_000

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once no key or mouse input has reached the app for the set time."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._watching = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._watching:
            self._timer.start()

    def start(self) -> None:
        if not self._watching:
            app = QApplication.instance()
            assert app is not None, "the notebook is only open inside the application"
            app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        if self._watching:
            app = QApplication.instance()
            assert app is not None, "the notebook is only open inside the application"
            app.removeEventFilter(self)
            self._watching = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._timer.start()
        return False


class ClipboardGuard(QObject):
    """Clears text copied from inside ``scope`` after a delay, unless something else was copied
    since: the clipboard is shared with every program on the computer."""

    def __init__(self, scope: QWidget, delay_ms: int = CLIPBOARD_DELAY_MS) -> None:
        super().__init__(scope)
        self._scope = scope
        self._ours = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.clear_now)
        self._watching = False

    def set_delay_ms(self, delay_ms: int) -> None:
        self._timer.setInterval(delay_ms)

    def start(self) -> None:
        if not self._watching:
            QGuiApplication.clipboard().dataChanged.connect(self._changed)
            self._watching = True

    def stop(self) -> None:
        if self._watching:
            QGuiApplication.clipboard().dataChanged.disconnect(self._changed)
            self._watching = False

    def _changed(self) -> None:
        focus = QApplication.focusWidget()
        if focus is None or not (focus is self._scope or self._scope.isAncestorOf(focus)):
            return
        text = QGuiApplication.clipboard().text()
        if text:
            self._ours = text
            self._timer.start()

    def clear_now(self) -> None:
        """Empty the clipboard if it still holds what was copied from the notebook."""
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._ours and clipboard.text() == self._ours:
            clipboard.clear()
        self._ours = ""
