"""Backup and restore of the whole notebook as one encrypted, sealed file.

A backup is one file (``backup_format``): the key parameters, the notebook's identity and the
database's length, then a standard SQLCipher 4 database written by ``sqlcipher_export`` under
the notebook's key, then a seal (HMAC-SHA256) over all of it. Only the passphrase of the moment
of the backup opens it.

Restore refuses while the notebook is open elsewhere (it claims the folder, ``folder_claim``),
refuses a backup of another notebook, and checks everything before it touches the notebook: the
seal, the passphrase, SQLite's integrity check and the database's length, in a private staged
copy. The notebook it replaces is kept whole, still encrypted, in a ``replaced-<date>`` folder
beside the database (its old passphrase opens it). Then the database is swapped in with one
atomic rename; the header says which key opens which file at every step, so a crash during a
restore leaves a notebook that the old or the backup's passphrase opens.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from interact_desktop.core.notebook.backup_format import (
    MAGIC,
    PAGE_BYTES,
    Backup,
    altered,
    parse,
    seal,
    truncated_or_extended,
)
from interact_desktop.core.notebook.database import COMPANIONS, DATABASE, KeyRefused, connect
from interact_desktop.core.notebook.errors import (
    BackupOfAnotherNotebook,
    DamagedFile,
    NotebookError,
    WrongPassphrase,
    storage_error,
)
from interact_desktop.core.notebook.filesystem import FileSystem
from interact_desktop.core.notebook.folder_claim import claim
from interact_desktop.core.notebook.keys import (
    HEADER,
    Header,
    derive_key,
    new_notebook_id,
    passphrase_forms,
    wipe,
)
from interact_desktop.core.notebook.schema import SCHEMA_VERSION
from interact_desktop.core.notebook.store import Notebook

__all__ = ["MAGIC", "Restored", "backup", "restore"]

WRONG_FOR_BACKUP = (
    "The passphrase does not open this backup. It is the passphrase the notebook had when the "
    "backup was made. Nothing was changed."
)


@dataclass(frozen=True)
class Restored:
    """What a restore brought back (integrity and counts) and where the notebook it replaced
    is kept (None when there was none)."""

    report: dict[str, int | str]
    kept: Path | None


def backup(notebook: Notebook, target: Path, recipient: str = "") -> None:
    """Write the notebook to ``target``, then record it in the export register (not on a
    read-only medium, where nothing can be recorded). A failure leaves no partial file and an
    older file at ``target`` as it was."""
    files = notebook.files
    params, key = notebook.key_params, notebook.key()
    partial = target.with_name(f".{target.name}.{os.getpid()}.db")
    db = notebook.connection
    try:
        _remove_with_companions(files, partial)
        files.create_file(partial)  # private before SQLCipher writes into it
        # Attached without a KEY clause, the copy is encrypted with the notebook's own key.
        db.execute("ATTACH DATABASE ? AS backup", (str(partial),))
        if notebook.read_only:  # the notebook itself stays read-only: it was opened so
            db.execute("PRAGMA query_only = OFF")
        try:
            db.execute("SELECT sqlcipher_export('backup')")
            version = db.execute("PRAGMA main.user_version").fetchone()[0]
            db.execute(f"PRAGMA backup.user_version = {int(version)}")
        finally:
            if notebook.read_only:
                db.execute("PRAGMA query_only = ON")
            db.execute("DETACH DATABASE backup")
        files.write_file(target, seal(partial.read_bytes(), params, notebook.notebook_id, key))
    except Exception as error:
        kept = (
            f"No backup was written (an older file at {target} is kept as it was); the notebook "
            "is unchanged."
        )
        raise storage_error(error, "the backup could not be written", kept,
                            target.parent) or error from error  # fmt: skip
    finally:
        with contextlib.suppress(OSError):
            _remove_with_companions(files, partial)
    if not notebook.read_only:
        notebook.register.record(None, f"backup: {target.name}", recipient)


def restore(
    source: Path, folder: Path, passphrase: str, files: FileSystem | None = None
) -> Restored:
    """Replace the notebook in ``folder`` with the backup ``source``. Every refusal (the
    notebook is open elsewhere, not a backup, cut short, extra data, altered, another
    notebook's, wrong passphrase, damaged) and every storage error before the swap leave every
    file as it was."""
    files = files or FileSystem()
    try:
        data = source.read_bytes()
    except OSError as error:
        raise NotebookError(f"Cannot read {source}: {error.strerror}") from None
    parsed = parse(data, source)
    with claim(folder, files):
        header = _header_of(folder) if Notebook.exists(folder) else None
        ours = header.notebook if header is not None else ""
        if ours and parsed.notebook and ours != parsed.notebook:
            raise BackupOfAnotherNotebook(
                f"{source} is a backup of another notebook, not of the one in {folder}. "
                "Restoring it would replace this notebook's cases with the other's, so it was "
                f"refused and nothing was changed. To restore it anyway, move the folder {folder} "
                "elsewhere first."
            )
        staged = folder / f".{DATABASE}.restoring"
        try:
            try:
                _remove_with_companions(files, staged)
                files.write_file(staged, parsed.database)
                report = _check(parsed, staged, source, passphrase, files)
            except NotebookError:
                raise
            except Exception as error:
                raise _storage(error, "the backup could not be checked", folder) from error
            kept = _keep_replaced(folder, files) if Notebook.exists(folder) else None
            _swap_in(folder, staged, parsed, header, files)
        finally:
            with contextlib.suppress(OSError):
                _remove_with_companions(files, staged)
    return Restored(report, kept)


def _check(
    parsed: Backup, staged: Path, source: Path, passphrase: str, files: FileSystem
) -> dict[str, int | str]:
    """The staged backup checked in full with the key the passphrase gives: the key check,
    the seal, decryption, integrity, whole pages. Returns its integrity and counts."""
    for form in passphrase_forms(passphrase):
        key = derive_key(form, parsed.params)
        if parsed.params.refuses(key):
            wipe(key)
            continue
        if parsed.version >= 2 and not parsed.seal_holds(key):
            wipe(key)
            raise altered(source)
        try:
            connection = connect(staged, key, files, "probe")
        except KeyRefused:
            wipe(key)
            if parsed.version >= 2:  # the seal holds, so the key is right: the file is bad
                raise DamagedFile(
                    f"The database inside {source} cannot be decrypted although the backup is "
                    "sealed and the passphrase is right. Nothing was changed."
                ) from None
            continue
        except BaseException:
            wipe(key)
            raise
        try:
            return _checked(Notebook(staged.parent, connection, read_only=True), parsed, source)
        finally:
            connection.close()
            wipe(key)
    raise WrongPassphrase(WRONG_FOR_BACKUP)


def _checked(book: Notebook, parsed: Backup, source: Path) -> dict[str, int | str]:
    """Integrity, whole pages and counts of the staged database; DamagedFile if any fails."""
    try:
        report = book.verify()
        pages = int(book.connection.execute("PRAGMA page_count").fetchone()[0])
        size = int(book.connection.execute("PRAGMA page_size").fetchone()[0] or PAGE_BYTES)
        version = book.schema_version
    except DamagedFile as error:
        raise DamagedFile(f"The backup {source} is damaged: {error}") from None
    if report["integrity"] != "ok":
        raise DamagedFile(
            f"The backup {source} is damaged: {report['integrity']}. Nothing was changed."
        )
    if pages * size != len(parsed.database):
        raise truncated_or_extended(source, len(parsed.database), pages * size)
    if version > SCHEMA_VERSION:
        raise DamagedFile(
            f"The backup {source} was made by a newer version of INTERACT Desktop (notebook "
            f"version {version}); update the app to restore it. Nothing was changed."
        )
    return report


def _header_of(folder: Path) -> Header | None:
    """The header of the notebook to be replaced; None when there is none or it is damaged
    (a restore is the remedy for a damaged notebook, so it must not be refused for it)."""
    if not (folder / HEADER).exists():
        return None
    try:
        return Header.read(folder)
    except NotebookError:
        return None


def _keep_replaced(folder: Path, files: FileSystem) -> Path:
    """Copy the notebook about to be replaced (database, journal, header) into a private
    ``replaced-<date>`` folder beside it: still encrypted, its old passphrase opens it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = folder / f"replaced-{stamp}"
    serial = 1
    while kept.exists():
        serial += 1
        kept = folder / f"replaced-{stamp}-{serial}"
    names = [DATABASE, f"{DATABASE}-wal", HEADER]
    try:
        files.make_folder(kept)
        for name in names:
            if (folder / name).exists():
                files.copy_file(folder / name, kept / name)
    except Exception as error:
        for name in names:
            with contextlib.suppress(OSError):
                files.remove(kept / name)
        files.remove_folder(kept)
        raise _storage(error, "the notebook to be replaced could not be copied aside",
                       folder) from error  # fmt: skip
    return kept


def _swap_in(
    folder: Path, staged: Path, parsed: Backup, header: Header | None, files: FileSystem
) -> None:
    """Header first (old key current, the backup's pending), then the atomic rename, then the
    header with the backup's key alone. The old write-ahead log belongs to the old database (it
    is kept in the copy aside) and is removed before the rename: SQLite would otherwise apply
    it to the new file."""
    target = folder / DATABASE
    identity = parsed.notebook or (header.notebook if header else "") or new_notebook_id()
    try:
        if header is not None and target.exists():
            Header(header.current, pending=parsed.params, notebook=identity).write(folder, files)
        else:
            Header(parsed.params, notebook=identity).write(folder, files)
        for suffix in COMPANIONS:
            files.remove(Path(f"{target}{suffix}"))
        files.replace(staged, target)
    except Exception as error:
        raise _storage(error, "the backup could not be put in place", folder) from error
    try:
        Header(parsed.params, notebook=identity).write(folder, files)
        for name in (DATABASE, HEADER):
            files.make_private(folder / name)
    except OSError as error:
        kept = (
            "The backup was restored all the same: its passphrase opens the notebook, and the "
            "key file is finished at the next unlock."
        )
        raise storage_error(error, "the key file could not be updated", kept,
                            folder) or error from error  # fmt: skip


def _storage(error: BaseException, doing: str, folder: Path) -> BaseException:
    kept = "Nothing was restored: the notebook is as it was."
    return storage_error(error, doing, kept, folder) or error


def _remove_with_companions(files: FileSystem, path: Path) -> None:
    for suffix in ("", *COMPANIONS):
        files.remove(Path(f"{path}{suffix}"))
