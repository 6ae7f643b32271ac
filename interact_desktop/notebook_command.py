"""``interact-desktop notebook init | verify | change-passphrase | backup | restore``: the notebook
for administrators.

A passphrase is read from the terminal, or from the first line of standard input when it is not a
terminal — never from the command line, where other users could see it.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from interact_desktop import paths


def _read_passphrase(prompt: str, confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise ValueError("the two passphrases differ")
    return first


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def run_notebook(
    action: str, basedir: Path | None, file: Path | None = None, out: Path | None = None
) -> int:
    from interact_desktop.core.notebook.keys import strength_hint
    from interact_desktop.core.notebook.store import Notebook, NotebookError

    folder = paths.UserPaths.for_basedir(basedir).data / "notebook"
    try:
        if action == "init":
            passphrase = _read_passphrase("New passphrase: ", confirm=True)
            hint = strength_hint(passphrase)
            Notebook.create(folder, passphrase).lock()
            print(f"Notebook created in {folder} (passphrase strength: {hint}).")
            return 0
        if action == "restore":
            return _restore(folder, file)
        if action == "backup" and out is None:
            return _error("backup needs --out FILE")
        notebook = Notebook.open(folder, _read_passphrase("Passphrase: "))
        try:
            if action == "verify":
                report = notebook.verify()
                for key, value in report.items():
                    print(f"{key}: {value}")
                return 0 if report["integrity"] == "ok" else 1
            if action == "backup":
                from interact_desktop.core.notebook.backup import backup

                assert out is not None  # checked above, before the passphrase was asked
                backup(notebook, out)
                print(f"Backup written to {out} (only the current passphrase opens it).")
                return 0
            new = _read_passphrase("New passphrase: ", confirm=True)
            notebook.change_passphrase(new)
            print(f"Passphrase changed (strength: {strength_hint(new)}).")
            return 0
        finally:
            notebook.lock()
    except (NotebookError, ValueError) as error:
        return _error(str(error))
    except OSError as error:
        return _error(f"{error.filename or ''}: {error.strerror}")


def _restore(folder: Path, file: Path | None) -> int:
    from interact_desktop.core.notebook.backup import restore

    if file is None:
        return _error("restore needs the backup FILE")
    report = restore(file, folder, _read_passphrase("Passphrase of the backup: "))
    counts = ", ".join(f"{key}: {value}" for key, value in report.items())
    print(f"Notebook restored from {file} ({counts}).")
    return 0
