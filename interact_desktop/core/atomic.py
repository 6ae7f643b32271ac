"""Writing a file so that a failure or a crash leaves either the old content or the new, never half.

Every file the app writes outside the notebook goes through here: exports, settings, drafts,
bookmarks, contacts, caches and the search index's manifest. The data goes to a temporary file
beside the target, is flushed to the disk, and only then renamed over the target: a full disk, a
read-only stick or a failing drive leaves the file that was there untouched, and no temporary
file behind.

Writes can be made to fail on purpose (``injected_fault``), so tests see what a full disk, a
read-only medium or an I/O error does to the code that writes, without needing such a disk.
"""

from __future__ import annotations

import errno
import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO, NamedTuple

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
SHARED_FILE = 0o666  # less the umask, like any program's new file

_names = itertools.count()


def write_atomic(path: Path, text: str, durable: bool = True, private: bool = True) -> None:
    write_atomic_bytes(path, text.encode("utf-8"), durable, private)


def write_atomic_bytes(path: Path, data: bytes, durable: bool = True, private: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    ``durable`` flushes the data to disk before the rename, and the folder's entry after it (for
    user data; a cache can skip it). ``private`` files (anything with case data or user data)
    are 0600; other files (a handbook chapter, a blank checklist) get the usual mode, which lets
    a user share them. Missing folders are created private (0700). On any failure the temporary
    file is removed and the error raised: the target is as it was.
    The temporary name is built here rather than with ``tempfile``, which would cost start-up time.
    Raises :class:`WriteError` (an ``OSError`` with the system's errno) when the write fails.
    """
    try:
        make_private_folder(path.parent)
        if durable:
            _remove_stale_temporaries(path)
        temporary, stream = _create_temporary(path, PRIVATE_FILE if private else SHARED_FILE)
    except OSError as error:
        raise WriteError(path, error) from error
    try:
        with stream:
            _write(stream, data, path)
            if durable:
                stream.flush()
                _check_fault("fsync", path)
                os.fsync(stream.fileno())
        _check_fault("rename", path)
        os.replace(temporary, path)
    except OSError as error:
        _discard(temporary)
        raise WriteError(path, error) from error
    except BaseException:
        _discard(temporary)
        raise
    if durable:
        _sync_folder(path.parent)


class WriteError(OSError):
    """Writing ``path`` failed, and the file that was there (if any) is untouched.

    Keeps the system's ``errno`` and reason, so callers can tell a full disk from a read-only
    medium; ``describe()`` says it in words for the user.
    """

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        self.path = path

    def describe(self) -> str:
        return describe_write_error(self, self.path)


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parent, each 0700; folders already there are left as
    they are (the user's own Documents folder is not ours to change)."""
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for level in reversed(missing):
        try:
            level.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            continue  # made by someone else in the meantime
        if os.name == "posix":
            level.chmod(PRIVATE_FOLDER)  # a umask may take more than group and others' bits


def failure_kind(error: OSError) -> str:
    """The kind of storage failure in the words a user reads first: "disk full", "read-only",
    "permission denied", "input/output error", or the system's own words for anything else."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "disk full"
    if code == errno.EROFS:
        return "read-only"
    if code in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if code == errno.EIO:
        return "input/output error"
    return (error.strerror or str(error)).lower()


def describe_write_error(error: OSError, path: Path) -> str:
    """What went wrong when writing ``path``, in the words a user needs, and what was kept.

    The message starts with the kind of failure ("disk full:", "read-only:", ...) so the command
    line and the window say the same thing.
    """
    kept = _what_was_kept(path)
    code = error.errno
    if code == errno.ENOENT:
        return f"the folder does not exist: {path.parent}"
    if code == errno.EISDIR:
        return f"{path} is a folder, not a file"
    kind = failure_kind(error)
    if kind == "disk full":
        return f"disk full: there is no space left to write {path}; {kept}"
    if kind == "read-only":
        return f"read-only: {path.parent} is on a read-only medium; {kept}"
    if kind == "permission denied":
        return f"permission denied: cannot write {path}; {kept}"
    if kind == "input/output error":
        return f"input/output error: the disk failed while writing {path}; {kept}"
    return f"cannot write {path}: {kind}; {kept}"


def _what_was_kept(path: Path) -> str:
    try:
        there = path.is_file()
    except OSError:  # a failing disk may not even say what is there
        return "nothing was changed"
    return f"{path.name} as it was before is kept" if there else "no file was written"


# -- faults on purpose ------------------------------------------------------------------------

POINTS = ("open", "write", "fsync", "rename")


class WriteFault(NamedTuple):
    """A failure to produce: at ``point``, with the system error ``error`` (errno.ENOSPC,
    errno.EROFS, errno.EIO ...), for files named ``name`` or, without a name, for every file."""

    point: str
    error: int
    name: str | None = None


_faults: list[WriteFault] = []


@contextmanager
def injected_fault(
    point: str = "write", error: int = errno.ENOSPC, name: str | None = None
) -> Iterator[WriteFault]:
    """Make writes fail while the block runs, as the operating system would.

    "open" fails creating the temporary file (a read-only medium), "write" fails after half the
    data is on disk (a disk that fills up), "fsync" when flushing, "rename" when replacing the
    target. The code under test runs exactly as in a real failure, clean-up included.
    """
    if point not in POINTS:
        raise ValueError(f"no point '{point}' to fail at; points: {', '.join(POINTS)}")
    fault = WriteFault(point, error, name)
    _faults.append(fault)
    try:
        yield fault
    finally:
        _faults.remove(fault)


def _check_fault(point: str, path: Path) -> None:
    for fault in _faults:
        if fault.point == point and fault.name in (None, path.name):
            raise OSError(fault.error, os.strerror(fault.error), str(path))


# -- the steps --------------------------------------------------------------------------------


def _create_temporary(path: Path, mode: int) -> tuple[Path, BinaryIO]:
    """A new, empty temporary file beside ``path`` (never one left over or someone else's)."""
    _check_fault("open", path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{next(_names)}.tmp")
        try:
            descriptor = os.open(temporary, flags, mode)
        except FileExistsError:
            continue
        break
    try:
        return temporary, os.fdopen(descriptor, "wb")
    except BaseException:
        os.close(descriptor)
        _discard(temporary)
        raise


def _write(stream: BinaryIO, data: bytes, path: Path) -> None:
    half = len(data) // 2 if _faults else 0
    if half:
        stream.write(data[:half])
        stream.flush()  # with a fault, the half is really in the file when the error comes
    _check_fault("write", path)
    stream.write(data[half:])


def _discard(temporary: Path) -> None:
    """Remove a temporary file after a failure; the failure itself is what gets reported."""
    with suppress(OSError):
        temporary.unlink(missing_ok=True)


def _remove_stale_temporaries(path: Path) -> None:
    """Remove temporary files for ``path`` left by a process that died while writing (they may
    hold case data). Only POSIX can tell whether a process still runs without touching it."""
    if os.name != "posix":
        return
    for temporary in path.parent.glob(f".{_glob_escape(path.name)}.*.tmp"):
        pid = temporary.name[len(path.name) + 2 :].split(".", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid() or _running(int(pid)):
            continue
        _discard(temporary)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it runs, as someone else
    return True


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse to flush a folder; the data itself is on disk
    finally:
        os.close(descriptor)
