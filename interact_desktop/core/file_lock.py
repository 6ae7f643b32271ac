"""An advisory lock on an open file, the operating system's own: ``flock`` on Linux and macOS,
one locked byte on Windows. The kernel drops it when the process ends, however it ends, so a
crash or ``kill -9`` never leaves a stale lock for a person to delete by hand.

Shared by the one-app-per-data-folder lock (``core.instance_lock``) and the notebook folder's
claim (``core.notebook.folder_claim``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys

#: Windows locks a byte range; one byte far beyond the small lock file's end is the whole lock.
_WINDOWS_LOCK_OFFSET = 1 << 30

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def try_lock(descriptor: int) -> bool:
        """Lock the open file now, or False when another process holds it."""
        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(descriptor: int) -> None:
        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(descriptor: int) -> bool:
        """Lock the open file now, or False when another process holds it."""
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as error:
            if error.errno in (errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
