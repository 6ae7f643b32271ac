"""Protection of an open notebook: lock after idle time, and case text not left on the clipboard
or in the X11 selection.

Both watch the whole application only while the notebook is open, so the reader pays nothing for
them the rest of the time.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from interact_desktop.ui.services.notebook_service import CASE_DATA

CLIPBOARD_DELAY_MS = 30_000
TICK_MS = 1000  # how often a deadline is looked at: a lock comes at most a second late

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


def _clock_counting_sleep() -> Callable[[], float]:
    """Seconds that go on while the computer sleeps. Linux's monotonic clock stops during
    suspend, so an idle lock due while the lid was closed would come only after as much awake
    time again; its boot-time clock counts the sleep. Elsewhere: the monotonic clock."""
    if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        return partial(time.clock_gettime, time.CLOCK_BOOTTIME)
    return time.monotonic


SLEEP_COUNTING_CLOCK = _clock_counting_sleep()


class Deadline(QObject):
    """A moment ``ms`` after ``arm``, read from ``clock`` (seconds, monotonic), and looked at
    every ``tick_ms`` by a repeating timer. ``check`` runs the action once the moment has passed.

    Time comes from a clock rather than from a single-shot timer so that tests can move it on
    without waiting, and so that a laptop woken from sleep is checked against the time that
    passed, sleep included (``SLEEP_COUNTING_CLOCK``), as soon as the next tick runs.
    """

    def __init__(
        self,
        action: Callable[[], object],
        ms: int,
        clock: Callable[[], float] = SLEEP_COUNTING_CLOCK,
        tick_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._action = action
        self.ms = ms
        self._clock = clock
        self._due: float | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(min(tick_ms, max(ms // 4, 10)))
        self._ticker.timeout.connect(self.check)

    @property
    def armed(self) -> bool:
        return self._due is not None

    def arm(self) -> None:
        self._due = self._clock() + self.ms / 1000
        if not self._ticker.isActive():
            self._ticker.start()

    def disarm(self) -> None:
        self._due = None
        self._ticker.stop()

    def set_ms(self, ms: int) -> None:
        self.ms = ms
        self._ticker.setInterval(min(self._ticker.interval(), max(ms // 4, 10)))
        if self.armed:
            self.arm()

    def check(self) -> None:
        if self._due is not None and self._clock() >= self._due:
            self.disarm()
            self._action()


class IdleWatcher(QObject):
    """Emits ``idle`` once no key or mouse input has reached the app for the set time."""

    idle = Signal()

    def __init__(
        self,
        timeout_ms: int,
        parent: QObject | None = None,
        clock: Callable[[], float] = SLEEP_COUNTING_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.deadline = Deadline(self.idle.emit, timeout_ms, clock, parent=self)
        self._watching = False

    @property
    def timeout_ms(self) -> int:
        return self.deadline.ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self.deadline.set_ms(timeout_ms)

    def start(self) -> None:
        if not self._watching:
            _application().installEventFilter(self)
            self._watching = True
        self.deadline.arm()

    def stop(self) -> None:
        if self._watching:
            _application().removeEventFilter(self)
            self._watching = False
        self.deadline.disarm()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.deadline.armed:
            self.deadline.arm()
        return False


def _application() -> QCoreApplication:
    app = QApplication.instance()
    assert app is not None, "the notebook is only open inside the application"
    return app


class ClipboardGuard(QObject):
    """Clears case text copied (or, on X11, merely selected) in the app after a delay, and at
    once when asked (the notebook locks), unless something else was copied since: the clipboard
    and the X11 PRIMARY selection are shared with every program on the computer.

    Case text is text taken from a widget that shows notebook data: one marked with the
    ``CASE_DATA`` property, or inside one (the notebook view, the checklist form). Each of the
    two has its own deadline, so selecting text again and again never keeps a copy alive.
    """

    def __init__(
        self,
        parent: QObject,
        delay_ms: int = CLIPBOARD_DELAY_MS,
        clock: Callable[[], float] = SLEEP_COUNTING_CLOCK,
    ) -> None:
        super().__init__(parent)
        clipboard = QGuiApplication.clipboard()
        self._modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():  # X11: selecting text is enough to put it there
            self._modes.append(QClipboard.Mode.Selection)
        self._ours = dict.fromkeys(self._modes, "")
        self._deadlines = {
            mode: Deadline(partial(self._clear, mode), delay_ms, clock, parent=self)
            for mode in self._modes
        }
        self.deadline = self._deadlines[QClipboard.Mode.Clipboard]
        self.selection_deadline = self._deadlines.get(QClipboard.Mode.Selection)
        self._watching = False

    def set_delay_ms(self, delay_ms: int) -> None:
        for deadline in self._deadlines.values():
            deadline.set_ms(delay_ms)

    def start(self) -> None:
        if not self._watching:
            clipboard = QGuiApplication.clipboard()
            clipboard.dataChanged.connect(self._clipboard_changed)
            if self.selection_deadline is not None:
                clipboard.selectionChanged.connect(self._selection_changed)
            self._watching = True

    def stop(self) -> None:
        if self._watching:
            clipboard = QGuiApplication.clipboard()
            clipboard.dataChanged.disconnect(self._clipboard_changed)
            if self.selection_deadline is not None:
                clipboard.selectionChanged.disconnect(self._selection_changed)
            self._watching = False

    def _clipboard_changed(self) -> None:
        self._changed(QClipboard.Mode.Clipboard)

    def _selection_changed(self) -> None:
        self._changed(QClipboard.Mode.Selection)

    def _changed(self, mode: QClipboard.Mode) -> None:
        if not shows_case_data(QApplication.focusWidget()):
            return
        text = QGuiApplication.clipboard().text(mode)
        if text:
            self._ours[mode] = text
            self._deadlines[mode].arm()

    def clear_now(self) -> None:
        """Empty the clipboard and the selection if they still hold case text."""
        for mode in self._modes:
            self._clear(mode)

    def _clear(self, mode: QClipboard.Mode) -> None:
        self._deadlines[mode].disarm()
        ours, self._ours[mode] = self._ours[mode], ""
        clipboard = QGuiApplication.clipboard()
        if mode == QClipboard.Mode.Selection and not clipboard.ownsSelection():
            return  # another program selected something since (and asking it could hang)
        if ours and clipboard.text(mode) == ours:
            clipboard.clear(mode)


def shows_case_data(widget: QWidget | None) -> bool:
    """Whether ``widget`` or one of its ancestors is marked as showing notebook data."""
    while widget is not None:
        if widget.property(CASE_DATA):
            return True
        widget = widget.parentWidget()
    return False
