"""A second start with the same data folder brings the first window forward instead of opening
the notebook twice.

The lock file (``core.instance_lock``) decides who is first; this adds the courtesy: the first
app listens on a local socket (a Unix socket, or a named pipe on Windows) named after its data
folder and this user, and a second start asks it to come forward, then ends. Nothing but that
request travels on the socket, and only this user may connect to it.
"""

from __future__ import annotations

import getpass
import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

ACTIVATE = b"activate\n"
DONE = b"ok\n"
TIMEOUT_MS = 3000
RETRY_MS = 100


def server_name(data_dir: Path) -> str:
    """The same name for every start with this data folder, by this user."""
    where = f"{getpass.getuser()}\n{data_dir.resolve()}".encode()
    return "interact-desktop-" + hashlib.sha256(where).hexdigest()[:24]


class InstanceServer(QObject):
    """Listens for later starts; ``activated`` when one asks this app to come forward."""

    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connected)

    def listen(self) -> bool:
        """Start listening. A socket left by a crashed run is removed first: whoever holds the
        lock file is the only app with this data folder, so the name is ours."""
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def _connected(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == ACTIVATE:
            self.activated.emit()
            socket.write(DONE)
            socket.flush()
        socket.disconnectFromServer()


def ask_to_come_forward(name: str, pid: int | None) -> bool:
    """A second start: ask the first app to bring its window forward; whether it did."""
    if sys.platform == "win32":  # Windows lets only the foreground process give the focus away
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(pid or 0xFFFFFFFF)  # type: ignore[attr-defined]
    socket = QLocalSocket()
    deadline = QDeadlineTimer(TIMEOUT_MS)
    while True:  # the first app listens once its window is painted: it may be starting
        socket.connectToServer(name)
        if socket.waitForConnected(TIMEOUT_MS):
            break
        if deadline.hasExpired():
            return False
        QThread.msleep(RETRY_MS)
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(TIMEOUT_MS)
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(TIMEOUT_MS):
        answer += bytes(socket.readAll().data())
    socket.abort()
    return answer == DONE


def bring_forward(window: QWidget) -> None:
    """Unminimise, raise and activate the window; where the desktop refuses to hand over the
    focus, the taskbar entry asks for attention instead."""
    from PySide6.QtCore import Qt

    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


class AlreadyOpen(QObject):
    """What a second start says when the first app could not be asked to come forward."""

    def tell(self, pid: int | None) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("INTERACT Desktop"),
            self.tr("INTERACT Desktop is already open with this data folder."),
            QMessageBox.StandardButton.Ok,
        )
        box.setObjectName("alreadyOpenMessage")
        text = self.tr(
            "Its window could not be brought forward: look for it in the taskbar or on another "
            "desktop. Only one window at a time may use the notebook, so that nothing typed in "
            "one is lost in the other."
        )
        if pid:
            text += "\n\n" + self.tr("(Process %1.)").replace("%1", str(pid))
        box.setInformativeText(text)
        box.exec()


def listen_for_later_starts(window: QWidget, data_dir: Path) -> InstanceServer:
    """The first app: a later start with ``data_dir`` brings ``window`` forward."""
    server = InstanceServer(server_name(data_dir), window)
    server.activated.connect(lambda: bring_forward(window))
    server.listen()
    return server


def second_start(data_dir: Path, pid: int | None) -> int:
    """This data folder is open in another process: bring it forward, or say so. Exit code 0:
    the app the person asked for is running."""
    if ask_to_come_forward(server_name(data_dir), pid):
        print("INTERACT Desktop is already open with this data folder: its window was brought "
              "forward.")  # fmt: skip
        return 0
    holder = f" (process {pid})" if pid else ""
    print(f"INTERACT Desktop is already open with this data folder{holder}.", file=sys.stderr)
    AlreadyOpen().tell(pid)
    return 0


class NotebookBusy(QObject):
    """What the app says when a notebook command (a restore, a backup, a check) holds the case
    notebook's folder: the app reads the guidance, but must not open the notebook meanwhile."""

    def tell(self, window: QWidget) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Case notebook in use"),
            self.tr(
                "A notebook command (a restore, a backup or a check) is using the case notebook. "
                "The guidance stays open; close this window and start the app again when the "
                "command has finished before you open the notebook."
            ),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName("notebookBusyMessage")
        box.open()


def notebook_busy(window: QWidget) -> None:
    NotebookBusy(window).tell(window)
