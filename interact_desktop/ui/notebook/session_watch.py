"""Lock the notebook when the computer goes to sleep or the session locks, where the platform
says so: on Linux, over D-Bus.

- logind (system bus, ``org.freedesktop.login1``): ``Manager.PrepareForSleep(true)`` before
  suspend or hibernation; ``Session.Lock`` (``loginctl lock-session``, and what many desktops
  send); the session's ``LockedHint`` turning true (GNOME and others set it when the screen
  locks).
- the screen saver (session bus): ``ActiveChanged(true)`` of ``org.freedesktop.ScreenSaver``
  (KDE and others) and ``org.gnome.ScreenSaver`` (GNOME).

While the notebook is open the app holds a logind "delay" inhibitor for sleep: logind waits (up
to its InhibitDelayMaxSec, 5 s by default) until the notebook is locked and the inhibitor is
given back, so the case is never on screen when the lid opens again. Every D-Bus call is
asynchronous: a slow or absent bus never blocks the window. Where there is no bus (Windows,
macOS, a session without D-Bus) nothing happens here; docs/locking.md says what happens there.

A signal can only make the notebook lock, never unlock it, so a signal from an unexpected
sender costs at most a passphrase.
"""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusPendingCallWatcher

LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"
SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")

SLEEP = "sleep"
SESSION_LOCKED = "session-locked"
SCREEN_LOCKED = "screen-locked"


class SessionWatcher(QObject):
    """Emits ``lockRequested(reason)`` (SLEEP, SESSION_LOCKED or SCREEN_LOCKED) when the
    platform says the computer is going to sleep or the session or screen locked; holds a sleep
    inhibitor between ``hold_sleep`` and ``release_sleep``."""

    lockRequested = Signal(str)

    def __init__(
        self,
        system: QDBusConnection | None = None,
        session: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from PySide6.QtDBus import QDBusConnection

        self._system = system if system is not None else QDBusConnection.systemBus()
        self._session = session if session is not None else QDBusConnection.sessionBus()
        self.session_path = ""  # this login session's object path, once logind has said
        self._inhibitor = -1  # the file descriptor that delays sleep while held
        self._wanted = False  # hold_sleep called, release_sleep not yet
        self._calls: set[QDBusPendingCallWatcher] = set()
        self.watching: list[str] = []  # what is watched, for the log and the tests

    @property
    def holds_sleep(self) -> bool:
        return self._inhibitor >= 0

    def start(self) -> list[str]:
        """Connect to what the buses offer; returns what is watched (empty: nothing to watch)."""
        if self._system.isConnected():
            if self._system.connect(
                LOGIND, LOGIND_PATH, MANAGER, "PrepareForSleep", self,
                _slot("prepareForSleep(bool)"),
            ):  # fmt: skip
                self.watching.append("logind PrepareForSleep")
            self._call(self._system, "GetSessionByPID", [os.getpid()], self._session_found)
        if self._session.isConnected():
            for interface in SCREEN_SAVERS:
                if self._session.connect(
                    "", "", interface, "ActiveChanged", self, _slot("screenSaverActive(bool)")
                ):
                    self.watching.append(f"{interface} ActiveChanged")
        return self.watching

    def _call(self, bus: QDBusConnection, method: str, arguments: list, done) -> None:
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        message = QDBusMessage.createMethodCall(LOGIND, LOGIND_PATH, MANAGER, method)
        message.setArguments(arguments)
        call = QDBusPendingCallWatcher(bus.asyncCall(message), self)
        self._calls.add(call)

        def finished(watcher: QDBusPendingCallWatcher) -> None:
            self._calls.discard(watcher)
            watcher.deleteLater()
            reply = watcher.reply()
            done(None if watcher.isError() else reply.arguments())

        call.finished.connect(finished)

    def _session_found(self, arguments: list | None) -> None:
        """Watch this session's Lock and LockedHint; if logind cannot say which session this
        is (started outside one), every session's Lock: locking too often is the safe side."""
        path = arguments[0].path() if arguments else ""
        self.session_path = path
        if self._system.connect(LOGIND, path, SESSION, "Lock", self, _slot("sessionLocked()")):
            self.watching.append(f"logind Lock {path or '(every session)'}")
        if path and self._system.connect(
            LOGIND, path, PROPERTIES, "PropertiesChanged", self,
            _slot("sessionChanged(QString,QVariantMap,QStringList)"),
        ):  # fmt: skip
            self.watching.append(f"logind LockedHint {path}")

    # -- the sleep inhibitor ------------------------------------------------------------------

    def hold_sleep(self) -> None:
        """Ask logind to wait for the lock before sleeping (the notebook is open)."""
        self._wanted = True
        if self.holds_sleep or not self._system.isConnected():
            return
        why = "Lock the case notebook before the computer sleeps"
        arguments = ["sleep", "INTERACT Desktop", why, "delay"]
        self._call(self._system, "Inhibit", arguments, self._inhibited)

    def _inhibited(self, arguments: list | None) -> None:
        if not arguments or not hasattr(arguments[0], "takeFileDescriptor"):
            return
        fd = arguments[0].takeFileDescriptor()
        if fd < 0:
            return
        if not self._wanted or self.holds_sleep:  # locked meanwhile, or asked twice
            os.close(fd)
            return
        self._inhibitor = fd

    def release_sleep(self) -> None:
        """Let the computer sleep (the notebook is locked)."""
        self._wanted = False
        fd, self._inhibitor = self._inhibitor, -1
        if fd >= 0:
            with contextlib.suppress(OSError):
                os.close(fd)

    # -- what the platform says ---------------------------------------------------------------

    @Slot(bool)
    def prepareForSleep(self, sleeping: bool) -> None:
        if sleeping:
            self.lockRequested.emit(SLEEP)
            self.release_sleep()  # the lock is done (signals are handled in order): sleep now

    @Slot()
    def sessionLocked(self) -> None:
        self.lockRequested.emit(SESSION_LOCKED)

    @Slot(str, "QVariantMap", "QStringList")
    def sessionChanged(self, interface: str, changed: dict, _invalidated: list) -> None:
        value = changed.get("LockedHint")
        if interface == SESSION and value is not None and _unwrap(value) is True:
            self.lockRequested.emit(SCREEN_LOCKED)

    @Slot(bool)
    def screenSaverActive(self, active: bool) -> None:
        if active:
            self.lockRequested.emit(SCREEN_LOCKED)


def _slot(signature: str) -> Any:
    """A slot of this class as QtDBus names it (Qt's SLOT()). Any: PySide6's stubs ask for
    bytes, but the binding takes only the str that SLOT() returns."""
    return SLOT(signature)


def _unwrap(value: object) -> object:
    """A D-Bus variant's value (QDBusVariant), or the value itself."""
    variant = getattr(value, "variant", None)
    return variant() if callable(variant) else value
