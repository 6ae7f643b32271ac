"""Every write the notebook and its backups make, in one replaceable object.

``FileSystem`` is what the notebook uses on a real disk. It exists as a seam: the notebook never
calls ``os`` or ``sqlcipher3.connect`` for a write of its own, so a test can hand it a
``faults.FailingFileSystem`` that makes a chosen write fail the way a full, read-only or failing
disk does, and check that the notebook still locks, says what went wrong and leaves no half-made
file — paths that a real disk reaches only on a bad day.

Files are private to their owner: 0600 for files, 0700 for the folders the notebook makes.
SQLite creates the write-ahead log and shared-memory files with the mode of the database, so the
database is created empty with mode 0600 before SQLCipher first opens it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Literal

from interact_desktop.core.atomic import write_atomic_bytes
from interact_desktop.core.notebook.connection import Connection
from interact_desktop.core.notebook.medium import is_read_only

#: "write": the notebook as usual. "read": a notebook on a read-only medium. "probe": only to
#: try a key — SQLite is asked not to write anything at all, not even its shared-memory index,
#: and a connection closed after a wrong key cannot fold a left-over journal into the file.
OpenMode = Literal["write", "read", "probe"]

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


class FileSystem:
    """The real disk."""

    def write_file(self, path: Path, data: bytes) -> None:
        """Replace ``path`` with ``data`` atomically (temporary file, flush, rename), mode 0600."""
        write_atomic_bytes(path, data)

    def make_folder(self, folder: Path) -> list[Path]:
        """Create ``folder`` and any missing parents with mode 0700; returns those it created,
        outermost first, so a failed operation can remove them again. An existing ``folder`` is
        made private too."""
        missing = [place for place in (folder, *folder.parents) if not place.exists()]
        for place in reversed(missing):
            place.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
        self.make_private(folder)
        return list(reversed(missing))

    def create_file(self, path: Path) -> None:
        """An empty private file (refused if it exists): SQLite then keeps its mode."""
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        os.close(descriptor)

    def copy_file(self, source: Path, target: Path) -> None:
        """A private copy of ``source``, flushed to disk (the target must not exist)."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        descriptor = os.open(target, flags, PRIVATE_FILE)
        try:
            with os.fdopen(descriptor, "wb") as out, source.open("rb") as data:
                while chunk := data.read(1 << 20):
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            target.unlink(missing_ok=True)
            raise

    def replace(self, source: Path, target: Path) -> None:
        """Rename ``source`` over ``target`` in one step, then make the rename durable."""
        os.replace(source, target)
        sync_folder(target.parent)

    def remove(self, path: Path) -> None:
        path.unlink(missing_ok=True)

    def remove_folder(self, folder: Path) -> None:
        """Remove an empty folder; one that is not empty is left alone."""
        with contextlib.suppress(OSError):
            folder.rmdir()

    def make_private(self, path: Path) -> None:
        """Mode 0700 for a folder, 0600 for a file (POSIX; elsewhere the folder's ACL rules)."""
        if os.name == "posix":
            path.chmod(PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)

    def read_only(self, folder: Path) -> bool:
        """Whether the disk holding ``folder`` cannot be written (a write-protected stick)."""
        return is_read_only(folder)

    def connect(self, path: Path, mode: OpenMode = "write") -> Connection:
        """An SQLCipher connection to ``path``, not yet keyed."""
        import sqlcipher3

        if mode == "write":
            target = str(path)
        else:
            target = path.as_uri() + "?mode=ro"
            journal = Path(f"{path}-wal")
            if not journal.exists():
                # Nothing beyond the file itself to read: SQLite need not look for (or create)
                # the shared-memory index that a read-only disk could not hold.
                target += "&immutable=1"
            elif mode == "probe" and Path(f"{path}-shm").exists():
                target += "&readonly_shm=1"
        connection: Connection = sqlcipher3.connect(
            target, isolation_level=None, check_same_thread=False, uri=mode != "write"
        )
        return connection


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles to flush)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse to flush a folder; the data itself is on disk
    finally:
        os.close(descriptor)
