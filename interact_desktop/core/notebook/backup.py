"""Backup and restore of the whole notebook as one encrypted file.

A backup is one file: a first line naming the format, a second line with the key parameters
(salt and Argon2id costs — not secret, the same as the header beside the database), then a
standard SQLCipher 4 database written by ``sqlcipher_export`` under the notebook's key. Only the
passphrase of the moment of the backup opens it.

Restore checks the passphrase and the integrity of the backup in a private copy before it touches
the notebook, then swaps the database in with one atomic rename; the old database stays whole
until that rename. The header says which key opens which file at every step, so a crash during a
restore leaves a notebook that the old or the backup's passphrase opens.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

from interact_desktop.core.atomic import write_atomic_bytes
from interact_desktop.core.notebook.database import DATABASE, connect
from interact_desktop.core.notebook.errors import NotebookError, WrongPassphrase
from interact_desktop.core.notebook.keys import Header, KeyParams, derive_key
from interact_desktop.core.notebook.store import Notebook

MAGIC = b"INTERACT-NOTEBOOK-BACKUP 1\n"


def backup(notebook: Notebook, target: Path, recipient: str = "") -> None:
    """Write the notebook to ``target``, then record it in the export register."""
    params = Header.read(notebook.folder).current
    partial = target.with_name(f".{target.name}.{os.getpid()}.db")
    partial.unlink(missing_ok=True)
    db = notebook.connection
    try:
        # Attached without a KEY clause, the copy is encrypted with the notebook's own key.
        db.execute("ATTACH DATABASE ? AS backup", (str(partial),))
        try:
            db.execute("SELECT sqlcipher_export('backup')")
            version = db.execute("PRAGMA main.user_version").fetchone()[0]
            db.execute(f"PRAGMA backup.user_version = {int(version)}")
        finally:
            db.execute("DETACH DATABASE backup")
        data = MAGIC + json.dumps(asdict(params)).encode("ascii") + b"\n" + partial.read_bytes()
        write_atomic_bytes(target, data)
    finally:
        partial.unlink(missing_ok=True)
    notebook.register.record(None, f"backup: {target.name}", recipient)


def restore(source: Path, folder: Path, passphrase: str) -> dict[str, int | str]:
    """Replace the notebook in ``folder`` with the backup ``source``; returns the backup's
    check and counts. WrongPassphrase or NotebookError leave every file as it was."""
    import sqlcipher3

    params, database = _read(source)
    key = derive_key(passphrase, params)
    folder.mkdir(parents=True, exist_ok=True)
    staged = folder / f".{DATABASE}.restoring"
    write_atomic_bytes(staged, database)
    try:
        try:
            connection = connect(staged, key)
        except WrongPassphrase:
            raise WrongPassphrase(
                "The passphrase does not open this backup. It is the passphrase the notebook had "
                "when the backup was made."
            ) from None
        try:
            report = Notebook(folder, connection).verify()
            connection.execute("PRAGMA journal_mode = DELETE")
        except sqlcipher3.DatabaseError as error:
            raise NotebookError(f"The backup is damaged: {error}") from None
        finally:
            connection.close()
        if report["integrity"] != "ok":
            raise NotebookError(f"The backup is damaged: {report['integrity']}")
        _swap_in(folder, staged, params)
    finally:
        staged.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{staged}{suffix}").unlink(missing_ok=True)
    return report


def _read(source: Path) -> tuple[KeyParams, bytes]:
    try:
        data = source.read_bytes()
    except OSError as error:
        raise NotebookError(f"Cannot read {source}: {error.strerror}") from None
    if not data.startswith(MAGIC):
        raise NotebookError(f"{source} is not a notebook backup.")
    line, _, database = data[len(MAGIC) :].partition(b"\n")
    try:
        params = KeyParams(**json.loads(line))
    except (ValueError, TypeError):
        raise NotebookError(f"{source} is not a notebook backup (damaged header).") from None
    return params, database


def _swap_in(folder: Path, staged: Path, params: KeyParams) -> None:
    """Header first (old key current, the backup's pending), then the atomic rename, then the
    header with the backup's key alone. The old write-ahead log belongs to the old key: it is
    emptied before the rename (the notebook was locked, so it holds nothing not in the file)."""
    target = folder / DATABASE
    if target.exists():
        Header(Header.read(folder).current, pending=params).write(folder)
    else:
        Header(params).write(folder)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(staged, target)
    _fsync_folder(folder)
    Header(params).write(folder)


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
