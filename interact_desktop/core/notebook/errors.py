"""What can go wrong with the notebook, as errors a person can act on.

They sit apart from the store so that every part of the notebook can raise them without
importing the class that assembles the parts.

A storage error is named for what went wrong — the disk is full, the medium is read-only, this
account may not write there, the disk failed, a file is damaged — and its message says what was
kept, because "it failed" alone leaves a person guessing whether the case notes are still there.
``storage_error`` turns what the operating system or SQLite raised into one of them: the same
message whichever layer noticed the problem first.
"""

from __future__ import annotations

import errno
from pathlib import Path

from interact_desktop.core.notebook.medium import free_bytes, is_read_only, may_write

#: Below this much free space a failed write is put down to a full disk: SQLite reports a full
#: disk as a plain input/output error when it fails to grow its shared-memory file.
NEARLY_FULL = 1024 * 1024


class NotebookError(Exception):
    """A problem a person can act on, with a message to show them."""


class WrongPassphrase(NotebookError):
    """The passphrase does not open the file; nothing was written."""


class NotebookLocked(NotebookError):
    """The notebook was used after it was locked."""


class NotebookInUse(NotebookError):
    """Another running app or command holds the notebook folder; nothing was changed."""


class StorageError(NotebookError):
    """The disk or a file refused, not the person: the message says which, and what was kept."""


class DiskFull(StorageError):
    """No space left on the disk (ENOSPC, SQLITE_FULL)."""


class ReadOnlyMedium(StorageError):
    """The medium is write-protected or mounted read-only (EROFS, SQLITE_READONLY)."""


class AccessDenied(StorageError):
    """This account may not write there (EACCES, EPERM)."""


class DeviceError(StorageError):
    """The disk reported a read or write error (EIO): failing hardware or a medium pulled out."""


class DamagedFile(StorageError):
    """A file of the notebook, or a backup, is not what it should be."""


class UnsafeKeyParameters(DamagedFile):
    """Key parameters out of bounds: refused before any key derivation is attempted, so a damaged
    or hostile header cannot make the app hang or run out of memory."""


class NotABackup(NotebookError):
    """The file given to restore is not a notebook backup at all."""


class BackupTruncated(DamagedFile):
    """The backup ends before the length its header gives: an interrupted copy."""


class BackupHasExtraData(DamagedFile):
    """There are bytes after the end of the backup: something was appended to it."""


class BackupAltered(DamagedFile):
    """The backup's seal (HMAC) does not match its contents: it was damaged or changed."""


class BackupOfAnotherNotebook(NotebookError):
    """The backup was made from a different notebook than the one it would replace."""


_ERRNO_KINDS: dict[int, type[StorageError]] = {
    errno.ENOSPC: DiskFull,
    errno.EROFS: ReadOnlyMedium,
    errno.EACCES: AccessDenied,
    errno.EPERM: AccessDenied,
    errno.EIO: DeviceError,
}
if hasattr(errno, "EDQUOT"):
    _ERRNO_KINDS[errno.EDQUOT] = DiskFull

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_ERROR, _SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 1, 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26

# When an error carries no code (an older binding), its message says which it is.
_SQLITE_MESSAGES = {
    "database or disk is full": _SQLITE_FULL,
    "attempt to write a readonly database": _SQLITE_READONLY,
    "disk I/O error": _SQLITE_IOERR,
    "unable to open database file": _SQLITE_CANTOPEN,
    "database disk image is malformed": _SQLITE_CORRUPT,
    "file is not a database": _SQLITE_NOTADB,
    "database is locked": _SQLITE_BUSY,
    "access permission denied": _SQLITE_PERM,
}


def storage_error(
    error: BaseException, doing: str, kept: str, folder: Path | None = None
) -> NotebookError | None:
    """The typed error for ``error`` (an OSError or an SQLite error), or None when it is not a
    storage problem (a programming error must surface as itself).

    ``doing`` names what could not be done ("the note could not be saved"), ``kept`` what is
    still there ("Everything saved before is kept."). ``folder`` is where the notebook lives: an
    SQLite input/output error is told apart by looking at that disk (full? read-only?).
    """
    if isinstance(error, StorageError) and type(error) in _LEADS:
        # Already named by a lower layer: said again with what this caller knows was kept.
        return _typed(type(error), doing, kept)
    if isinstance(error, NotebookError):
        return error
    if isinstance(error, OSError):
        kind = _ERRNO_KINDS.get(error.errno or 0)
        if kind is AccessDenied and folder is not None and is_read_only(folder):
            kind = ReadOnlyMedium
        if kind is None:
            detail = error.strerror or str(error)
            where = f" ({error.filename})" if error.filename else ""
            return StorageError(f"{_capital(doing)}: {detail}{where}. {kept}".strip())
        return _typed(kind, doing, kept)
    code = _sqlite_code(error)
    if code is None:
        return None
    if code == _SQLITE_FULL:
        return _typed(DiskFull, doing, kept)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return NotebookInUse(
            f"{_capital(doing)}: another program is using the notebook file right now. {kept} "
            "Close the other INTERACT Desktop window or command, then try again."
        )
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return DamagedFile(
            f"{_capital(doing)}: the notebook file is damaged ({error}). {kept} "
            "Restore it from a backup (interact-desktop notebook restore)."
        )
    if code in (_SQLITE_READONLY, _SQLITE_PERM):
        kind = _read_only_or_denied(folder)
        return _typed(kind, doing, kept)
    if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        return _typed(_medium_kind(folder), doing, kept)
    return None


def _read_only_or_denied(folder: Path | None) -> type[StorageError]:
    """A refused write: a read-only disk, or a folder this account may not write to."""
    if folder is not None and not is_read_only(folder) and not may_write(folder):
        return AccessDenied
    return ReadOnlyMedium


def _medium_kind(folder: Path | None) -> type[StorageError]:
    """What an input/output error most likely was, from the state of the disk."""
    if folder is not None:
        if is_read_only(folder):
            return ReadOnlyMedium
        free = free_bytes(folder)
        if free is not None and free < NEARLY_FULL:
            return DiskFull
        if not may_write(folder):
            return AccessDenied
    return DeviceError


def _typed(kind: type[StorageError], doing: str, kept: str) -> StorageError:
    lead, advice = _LEADS[kind]
    return kind(f"{lead}: {doing}. {kept} {advice}".strip())


_LEADS: dict[type[StorageError], tuple[str, str]] = {
    DiskFull: ("The disk is full", "Free some space on the disk, then try again."),
    ReadOnlyMedium: (
        "The disk is read-only (write-protected or mounted read-only)",
        "Use a writable copy of the notebook to make changes.",
    ),
    AccessDenied: (
        "This user account is not allowed to write there",
        "Check the folder's permissions.",
    ),
    DeviceError: (
        "The disk reported a read or write error (it may be failing or was removed)",
        "Check the disk and its connection, then try again.",
    ),
}


def _sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code of ``error``, or None when it is not an SQLite error."""
    module = type(error).__module__
    if not (module.startswith("sqlcipher3") or module.startswith("sqlite3")):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF != _SQLITE_ERROR:
        return code & 0xFF
    # A generic code (sqlcipher_export reports the attached database's errors so) or none:
    # the message says which.
    message = str(error)
    for text, value in _SQLITE_MESSAGES.items():
        if message.startswith(text):
            return value
    return None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
