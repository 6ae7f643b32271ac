"""The notebook locks when the computer is about to sleep and when the session or the screen
locks, as logind and the screen saver say over D-Bus; while it is open it holds a sleep
inhibitor, given back once it is locked.

A private bus (dbus-daemon) stands in for the system and session buses, and a small logind
(owning org.freedesktop.login1 on it) answers GetSessionByPID and Inhibit and sends the signals.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QMetaType
from PySide6.QtDBus import (
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusUnixFileDescriptor,
    QDBusVariant,
    QDBusVirtualObject,
)
from PySide6.QtTest import QTest

from interact_desktop.ui.notebook.notebook_guard import SLEEP_COUNTING_CLOCK
from interact_desktop.ui.notebook.session_watch import (
    SCREEN_LOCKED,
    SESSION_LOCKED,
    SLEEP,
    SessionWatcher,
)
from tests.helpers.notebook_ui import REFERENCE, SECRET, create, unlock

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="logind and its D-Bus signals are Linux's"
)

LOGIND = "org.freedesktop.login1"
MANAGER_PATH = "/org/freedesktop/login1"
SESSION_PATH = "/org/freedesktop/login1/session/_3"


class FakeLogind(QDBusVirtualObject):
    """logind's Manager as far as the app uses it, on a private bus."""

    def __init__(self, address: str) -> None:
        super().__init__()
        self.bus = QDBusConnection.connectToBus(address, "fake-logind")
        assert self.bus.registerService(LOGIND)
        assert self.bus.registerVirtualObject(MANAGER_PATH, self)
        self.inhibits: list[list] = []
        self.inhibitor_read_ends: list[int] = []

    def introspect(self, _path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        reply = message.createReply()
        if message.member() == "GetSessionByPID":
            reply.setArguments([QDBusObjectPath(SESSION_PATH)])
        elif message.member() == "Inhibit":
            self.inhibits.append(message.arguments())
            read, write = os.pipe()
            os.set_blocking(read, False)
            self.inhibitor_read_ends.append(read)
            descriptor = QDBusUnixFileDescriptor(write)  # a copy travels with the reply
            reply.setArguments([descriptor])
            connection.send(reply)
            os.close(descriptor.takeFileDescriptor())
            os.close(write)
            return True
        else:
            return False
        return connection.send(reply)

    def inhibitor_released(self) -> bool:
        """Whether every copy of the last inhibitor's write end is closed (the read end sees
        the end of the file)."""
        try:
            return os.read(self.inhibitor_read_ends[-1], 1) == b""
        except BlockingIOError:
            return False

    def signal(self, path: str, interface: str, name: str, arguments: list) -> None:
        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments(arguments)
        assert self.bus.send(message)

    def close(self) -> None:
        for fd in self.inhibitor_read_ends:
            os.close(fd)
        self.bus.unregisterObject(MANAGER_PATH)
        QDBusConnection.disconnectFromBus("fake-logind")


@pytest.fixture
def bus_address():
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        address = daemon.stdout.readline().strip()
        assert address, "dbus-daemon did not start"
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


def empty_string_list() -> QDBusArgument:
    """``as`` with nothing in it, as logind sends the invalidated properties."""
    argument = QDBusArgument()
    argument.beginArray(QMetaType(QMetaType.Type.QString))
    argument.endArray()
    return argument


@pytest.mark.skipif(
    shutil.which("dbus-daemon") is None,
    reason="dbus-daemon is not installed here (.ci/run installs it)",
)
def test_sleep_and_session_or_screen_locks_lock_the_notebook(window, qtbot, bus_address):
    logind = FakeLogind(bus_address)
    system = QDBusConnection.connectToBus(bus_address, "app-system")
    session = QDBusConnection.connectToBus(bus_address, "app-session")
    screen_saver = QDBusConnection.connectToBus(bus_address, "screen-saver")
    try:
        watcher = SessionWatcher(system, session, parent=window.window)
        reasons: list[str] = []
        watcher.lockRequested.connect(reasons.append)
        window.notebook.use_session_watcher(watcher)
        qtbot.waitUntil(lambda: watcher.session_path == SESSION_PATH, timeout=5_000)
        assert len(watcher.watching) == 5, watcher.watching

        window.notebook.show_notebook()
        view = window.notebook.view
        controller = view.controller
        create(qtbot, view)
        qtbot.waitUntil(lambda: watcher.holds_sleep, timeout=5_000)
        assert logind.inhibits[0][0] == "sleep" and logind.inhibits[0][3] == "delay"
        case = view.new_case(REFERENCE)
        view.editor.setFocus()
        QTest.keyClicks(view.editor, SECRET)  # not saved yet: the lock saves it

        logind.signal(MANAGER_PATH, "org.freedesktop.login1.Manager", "PrepareForSleep", [True])
        qtbot.waitUntil(lambda: not controller.is_unlocked, timeout=5_000)
        assert not watcher.holds_sleep
        qtbot.waitUntil(logind.inhibitor_released, timeout=5_000)
        assert view.stack.currentWidget() is view.unlock_dialog
        assert SECRET not in view.editor.toPlainText()

        unlock(qtbot, view)
        assert controller.notes(case)[0].body == SECRET
        qtbot.waitUntil(lambda: watcher.holds_sleep, timeout=5_000)  # held again
        logind.signal(MANAGER_PATH, "org.freedesktop.login1.Manager", "PrepareForSleep", [False])
        logind.signal(SESSION_PATH, "org.freedesktop.login1.Session", "Lock", [])
        qtbot.waitUntil(lambda: not controller.is_unlocked, timeout=5_000)

        unlock(qtbot, view)
        unlocked_hint = {"LockedHint": QDBusVariant(False)}
        locked_hint = {"LockedHint": QDBusVariant(True)}
        for changed in (unlocked_hint, locked_hint):
            logind.signal(
                SESSION_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged",
                ["org.freedesktop.login1.Session", changed, empty_string_list()],
            )  # fmt: skip
        qtbot.waitUntil(lambda: not controller.is_unlocked, timeout=5_000)

        unlock(qtbot, view)
        message = QDBusMessage.createSignal(
            "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"
        )
        message.setArguments([True])
        assert screen_saver.send(message)
        qtbot.waitUntil(lambda: not controller.is_unlocked, timeout=5_000)

        # waking up (false) and a lock not asked for (LockedHint false) were not locks
        assert reasons == [SLEEP, SESSION_LOCKED, SCREEN_LOCKED, SCREEN_LOCKED]
        qtbot.waitUntil(logind.inhibitor_released, timeout=5_000)
    finally:
        logind.close()
        for name in ("app-system", "app-session", "screen-saver"):
            QDBusConnection.disconnectFromBus(name)


def test_the_idle_time_counts_the_time_asleep(qtbot, tmp_path):
    """Linux's monotonic clock stops while the computer sleeps; the idle lock's clock is the
    boot-time clock, which does not, so a lock due during sleep comes at the first tick after
    waking. (Sleeping cannot be simulated: this checks which clock the view uses.)"""
    from interact_desktop.core.settings import Settings
    from interact_desktop.ui.notebook.notebook_view import NotebookView
    from interact_desktop.ui.services.notebook_service import NotebookService

    assert SLEEP_COUNTING_CLOCK.func is time.clock_gettime
    assert SLEEP_COUNTING_CLOCK.args == (time.CLOCK_BOOTTIME,)
    view = NotebookView(NotebookService(tmp_path / "nb"), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(view)
    assert view.idle.deadline._clock is SLEEP_COUNTING_CLOCK
