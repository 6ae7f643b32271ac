"""``interact-desktop notebook init | verify | change-passphrase | backup | restore | new-case |
add-note``: the notebook for administrators and scripts.

A passphrase is read from the terminal, or from the first line of standard input when it is not a
terminal — never from the command line, where other users could see it.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from interact_desktop import paths

if TYPE_CHECKING:
    from interact_desktop.core.notebook.filesystem import FileSystem
    from interact_desktop.core.notebook.store import Notebook


def read_passphrase(prompt: str, confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise ValueError("the two passphrases differ")
    return first


def error_line(message: str) -> int:
    """One line on standard error; the exit status of a user error."""
    print(f"error: {message}", file=sys.stderr)
    return 1


_error = error_line


def case_by_reference(notebook: Notebook, reference: str) -> int:
    """The id of the one case with this reference (as typed, spaces around ignored)."""
    from interact_desktop.core.notebook.errors import NotebookError

    wanted = reference.strip()
    found = [case_id for case_id, ref, _ in notebook.cases.summaries() if ref == wanted]
    if not found:
        raise NotebookError(f"There is no case with the reference {wanted!r}.")
    if len(found) > 1:
        raise NotebookError(
            f"{len(found)} cases have the reference {wanted!r}; give one of them another "
            "reference in the app first."
        )
    return found[0]


def run_notebook(
    action: str,
    basedir: Path | None,
    file: Path | None = None,
    out: Path | None = None,
    files: FileSystem | None = None,
    reference: str | None = None,
    lang: str = "en",
) -> int:
    """Run one notebook command; 0 on success, 1 with one clear line on standard error.

    Every command claims the notebook folder first, so none runs while the app (or another
    command) has the notebook open. ``files`` is the disk the notebook writes to (tests pass a
    failing one)."""
    from interact_desktop.core.notebook.errors import NotebookError, storage_error
    from interact_desktop.core.notebook.folder_claim import claim
    from interact_desktop.core.notebook.store import Notebook

    folder = paths.UserPaths.for_basedir(basedir).data / "notebook"
    try:
        if action == "restore":
            return _restore(folder, file, files)
        if action == "backup" and out is None:
            return _error("backup needs --out FILE")
        if action in ("new-case", "add-note") and not (reference or "").strip():
            return _error(f"{action} needs the case REF (a pseudonymous reference)")
        if action != "init" and not Notebook.exists(folder):
            return _error(f"There is no notebook in {folder}.")
        with claim(folder, files):
            if action == "init":
                return _init(folder, files)
            notebook = Notebook.open(folder, read_passphrase("Passphrase: "), files)
            try:
                if notebook.read_only:
                    print(f"note: {READ_ONLY}", file=sys.stderr)
                if action in ("new-case", "add-note"):
                    status = _case_action(action, notebook, reference or "", lang)
                else:
                    status = _act(action, notebook, out)
            finally:
                problem = notebook.lock()
            return _error(str(problem)) if problem is not None else status
    except (NotebookError, ValueError) as error:
        return _error(str(error))
    except Exception as error:  # an OSError or an SQLite error the notebook did not name
        typed = storage_error(error, f"notebook {action} could not finish", "", folder)
        if typed is None:
            raise
        return _error(str(typed))


READ_ONLY = (
    "The notebook was opened read-only: its disk is write-protected or mounted read-only, so "
    "nothing can be changed."
)


def _init(folder: Path, files: FileSystem | None) -> int:
    from interact_desktop.core.notebook.keys import strength_hint
    from interact_desktop.core.notebook.store import Notebook

    passphrase = read_passphrase("New passphrase: ", confirm=True)
    hint = strength_hint(passphrase)
    problem = Notebook.create(folder, passphrase, files).lock()
    if problem is not None:
        return _error(str(problem))
    print(f"Notebook created in {folder} (passphrase strength: {hint}).")
    return 0


def _act(action: str, notebook: Notebook, out: Path | None) -> int:
    from interact_desktop.core.notebook.keys import strength_hint

    if action == "verify":
        report = notebook.verify()
        for key, value in report.items():
            print(f"{key}: {value}")
        return 0 if report["integrity"] == "ok" else 1
    if action == "backup":
        from interact_desktop.core.notebook.backup import backup

        assert out is not None  # checked before the passphrase was asked
        backup(notebook, out)
        print(f"Backup written to {out} (only the current passphrase opens it).")
        if notebook.read_only:
            print("It is not recorded in the export register: the notebook is read-only.")
        return 0
    notebook.ensure_passphrase_can_change()  # refused before a new passphrase is asked for
    new = read_passphrase("New passphrase: ", confirm=True)
    notebook.change_passphrase(new)
    print(f"Passphrase changed (strength: {strength_hint(new)}).")
    return 0


def _case_action(action: str, notebook: Notebook, reference: str, lang: str) -> int:
    """new-case: a case under ``reference``; add-note: a note (the rest of standard input, after
    the passphrase line) to the case with that reference."""
    if action == "new-case":
        case_id = notebook.cases.add(reference)
        print(f"Case {reference.strip()} created (id {case_id}).")
        return 0
    case_id = case_by_reference(notebook, reference)
    body = sys.stdin.read().strip("\r\n") if not sys.stdin.isatty() else _typed_note()
    if not body.strip():
        return _error("the note is empty: write its text on standard input after the passphrase")
    notebook.notes.add(case_id, body, lang)
    print(f"Note added to case {reference.strip()}.")
    return 0


def _typed_note() -> str:
    print("Type the note; end it with Ctrl+D (Ctrl+Z then Enter on Windows).", file=sys.stderr)
    return sys.stdin.read()


def _restore(folder: Path, file: Path | None, files: FileSystem | None) -> int:
    from interact_desktop.core.notebook.backup import restore

    if file is None:
        return _error("restore needs the backup FILE")
    restored = restore(file, folder, read_passphrase("Passphrase of the backup: "), files)
    counts = ", ".join(f"{key}: {value}" for key, value in restored.report.items())
    print(f"Notebook restored from {file} ({counts}).")
    if restored.kept is not None:
        print(
            f"The notebook it replaced is kept, encrypted, in {restored.kept} (its old passphrase "
            "opens it); delete that folder once it is no longer needed."
        )
    return 0
