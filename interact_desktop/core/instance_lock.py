"""One running app per data folder: a lock file that the operating system releases when the
process ends, however it ends.

What locks is an advisory lock on the open file (``flock`` on Linux and macOS, one locked byte
on Windows), not the file's existence, so a crash or ``kill -9`` leaves no stale lock for a
person to delete by hand. The file holds the holder's process id, to name it in messages.

It is the one file the app writes in place rather than atomically, and never deletes: a new file
renamed over it, or a deleted one, would let a second process lock a different file while the
first still holds the old one.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from interact_desktop.core.file_lock import try_lock, unlock

LOCK_FILE = "interact-desktop.lock"


class AlreadyRunning(Exception):
    """Another process holds the data folder."""

    def __init__(self, folder: Path, pid: int | None) -> None:
        holder = f" (process {pid})" if pid else ""
        super().__init__(f"INTERACT Desktop is already open with the data folder {folder}{holder}.")
        self.folder = folder
        self.pid = pid


class InstanceLock:
    """The lock of one data folder. ``acquire`` says whether this process now holds it;
    ``with InstanceLock(folder):`` raises AlreadyRunning instead. An OSError means the lock file
    cannot be written at all (a read-only medium): then no process can write there either."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK_FILE
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(self.path, flags, 0o600)
        try:
            if not try_lock(fd):
                os.close(fd)
                return False
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        """Let the next start have the folder (ending the process does the same)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # no process id left behind to mislead a reader
        unlock(fd)
        os.close(fd)

    def holder(self) -> int | None:
        """The process id written by whoever holds (or last held) the lock, if readable."""
        try:
            text = self.path.read_text(encoding="ascii", errors="replace").strip()
        except OSError:
            return None
        return int(text) if text.isdigit() else None

    def __enter__(self) -> InstanceLock:
        if not self.acquire():
            raise AlreadyRunning(self.folder, self.holder())
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.release()
