"""One running app (or notebook command) per notebook folder: a lock file held while it runs.

The app claims its notebook folder at start and holds the claim until it quits; `notebook
restore` and the other notebook commands claim it for as long as they run. A second claimant is
refused with NotebookInUse, so a restore can never replace a notebook that a running app is still
writing to, and a second window cannot open the same notebook twice.

The lock is the operating system's own (``flock`` on POSIX, ``LockFileEx`` through
``msvcrt.locking`` on Windows), taken on ``in-use.lock`` in the folder. The kernel drops it when
the process ends, however it ends, so a crash or a kill never leaves a stale claim behind and no
process-id guessing is needed (unlike a file created with O_EXCL and a process id, which outlives
a crash and can name a process id since reused). No third-party package is needed for it: the
standard library has both calls (``filelock`` wraps the same two). The lock file stays empty, so
claiming writes nothing, and it is never removed (removing a lock file while another process
waits on it lets two processes hold "the" lock).

On a read-only medium nothing can be changed, so there is nothing to guard against: the claim is
taken on an existing lock file when there is one (a reader still sees a writer elsewhere), and
otherwise granted without a file.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from types import TracebackType

from interact_desktop.core.file_lock import try_lock, unlock
from interact_desktop.core.notebook.errors import NotebookInUse, storage_error
from interact_desktop.core.notebook.filesystem import PRIVATE_FILE, FileSystem

LOCK_FILE = "in-use.lock"


class FolderClaim:
    """This process's claim on a notebook folder, until ``release`` (or the end of a ``with``)."""

    def __init__(self, folder: Path, descriptor: int | None) -> None:
        self.folder = folder
        self.held = True
        self._descriptor = descriptor

    def release(self) -> None:
        """Give the folder up; releasing twice is harmless."""
        descriptor, self._descriptor = self._descriptor, None
        self.held = False
        if descriptor is not None:
            unlock(descriptor)
            os.close(descriptor)

    def __enter__(self) -> FolderClaim:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.release()


def claim(folder: Path, files: FileSystem | None = None) -> FolderClaim:
    """Claim the notebook ``folder`` (created, private, when missing) for this process, or
    NotebookInUse when another process holds it. The app calls this once at start with its
    notebook folder (``<data>/notebook``) and keeps the claim until it quits."""
    files = files or FileSystem()
    path = folder / LOCK_FILE
    if files.read_only(folder):
        return _claim_read_only(folder, path)
    try:
        files.make_folder(folder)
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0),
                             PRIVATE_FILE)  # fmt: skip
    except OSError as error:
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and path.exists():
            return _claim_read_only(folder, path)
        kept = "Nothing was changed."
        raise storage_error(error, "the notebook folder could not be claimed", kept,
                            folder) or error from error  # fmt: skip
    if not try_lock(descriptor):
        os.close(descriptor)
        raise _in_use(folder)
    return FolderClaim(folder, descriptor)


def _claim_read_only(folder: Path, path: Path) -> FolderClaim:
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return FolderClaim(folder, None)
    if not try_lock(descriptor):
        os.close(descriptor)
        raise _in_use(folder)
    return FolderClaim(folder, descriptor)


def _in_use(folder: Path) -> NotebookInUse:
    return NotebookInUse(
        f"The notebook in {folder} is open in another INTERACT Desktop window or notebook "
        "command. Close it there first, then try again. Nothing was changed."
    )
