"""``interact-desktop contacts list | import FILE.vcf [--yes] | export --out FILE.vcf |
sheet --lang CODE --out FILE.pdf``: the contacts directory from the command line.

For an administrator who prepares the numbers of a reception centre once and hands the same .vcf
to every colleague, and prints the first-hour sheet for the wall. Every fault a user can cause (a
malformed .vcf, a damaged directory, a full disk) ends with a message and exit 1; an import shows
what it would change and asks before it writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from interact_desktop import paths
from interact_desktop.core.contacts.merge import ImportPlan
from interact_desktop.core.contacts.model import Contact
from interact_desktop.core.contacts.store import ContactsFileError, ContactStore
from interact_desktop.core.contacts.vcard import VCardError
from interact_desktop.core.content.roles import Role, load_roles


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def run_contacts(args) -> int:
    store = ContactStore(paths.UserPaths.for_basedir(args.basedir).contacts_file)
    roles, _problems = load_roles(paths.content_dir())  # check-content reports the problems
    lang = args.lang or "en"
    try:
        if args.action == "list":
            return _list(store, roles, lang)
        if args.action == "import":
            return _import(store, roles, args.file, args.yes)
        if args.action == "export":
            return _export(store, args.out, args.role)
        return _sheet(store, roles, lang, args.out, args.basedir)
    except ContactsFileError as error:
        return _error(f"{error}\nThe file was left as it is; repair it or move it aside.")
    except VCardError as error:
        return _error(f"{error}\nNothing was imported; the directory is unchanged.")
    except OSError as error:
        return _error(f"{error.filename or ''}: {error.strerror or error}")


def _list(store: ContactStore, roles: dict[str, Role], lang: str) -> int:
    directory = store.load()
    if not len(directory):
        print(f"No contacts yet ({store.path}).")
        return 0
    order = [*roles, *(r for r in directory.roles() if r not in roles)]
    for role_id in order:
        entries = directory.for_role(role_id)
        if not entries:
            continue
        name = roles[role_id].title(lang) if role_id in roles else role_id
        print(f"{name} [{role_id}]")
        for contact in entries:
            for line in _describe(contact):
                print(f"  {line}")
    return 0


def _describe(contact: Contact) -> list[str]:
    lines = [contact.label]
    lines += [f"  {phone.number} ({phone.kind})" for phone in contact.phones]
    lines += [f"  {address}" for address in contact.emails]
    if contact.hours:
        lines.append(f"  hours: {contact.hours}")
    if contact.note:
        lines.append("  note: " + contact.note.replace("\n", " / "))
    return lines


def _import(store: ContactStore, roles: dict[str, Role], file: Path | None, yes: bool) -> int:
    from interact_desktop.core.contacts.transfer import apply_plan, plan_file

    if file is None:
        return _error("import needs the FILE.vcf to read")
    if not file.is_file():
        return _error(f"no such file: {file}")
    plan = plan_file(store, file, roles)
    _show_plan(plan, file)
    if plan.is_empty:
        held = " The directory already holds every entry of the file." if plan.unchanged else ""
        print(f"Nothing to import.{held}")
        return 0
    if not yes and not _confirm("Apply these changes? [y/N] "):
        print("Nothing was changed.", file=sys.stderr)
        return 0
    accepted = {entry.existing.id for entry in plan.changed}
    apply_plan(store, plan, accepted)
    print(f"Imported: {len(plan.new)} new, {len(plan.changed)} changed.")
    return 0


def _show_plan(plan: ImportPlan, file: Path) -> None:
    print(f"Import from {file}:")
    print(f"  New entries: {len(plan.new)}")
    for contact in plan.new:
        print(f"    + {contact.label} [{', '.join(contact.roles)}]")
    print(f"  Changed entries: {len(plan.changed)}")
    for entry in plan.changed:
        how = "UID" if entry.matched_by == "uid" else "name and organisation"
        print(f"    ~ {entry.existing.label} (same {how})")
        for change in entry.changes:
            print(f"        {change.field}: {change.old or '(empty)'} -> {change.new}")
    print(f"  Unchanged entries: {len(plan.unchanged)}")
    if plan.skipped:
        print(f"  Skipped cards: {len(plan.skipped)}")
        for card in plan.skipped:
            print(f"    - {card.label}: {card.reason}")


def _confirm(prompt: str) -> bool:
    """Asked on the terminal, or read from the first line of standard input (scripts, tests)."""
    if sys.stdin.isatty():
        try:
            answer = input(prompt)
        except EOFError:  # Ctrl+D at the question: a no
            return False
    else:
        print(prompt, end="", flush=True)
        answer = sys.stdin.readline()
        print()
    return answer.strip().lower() in ("y", "yes")


def _export(store: ContactStore, out: Path | None, role: str | None) -> int:
    from interact_desktop.core.contacts.transfer import export_file

    if out is None:
        return _error("export needs --out FILE.vcf")
    if out.suffix.lower() != ".vcf":
        return _error(f"the output file must end in .vcf: {out}")
    if not out.parent.is_dir():
        return _error(f"the folder does not exist: {out.parent}")
    count = export_file(store, out, role)
    if count == 0:
        out.unlink(missing_ok=True)
        what = f"for the role '{role}'" if role else "in the directory"
        return _error(f"no contacts {what}; nothing was written")
    print(f"{out} ({count} contact{'' if count == 1 else 's'})")
    return 0


def _sheet(
    store: ContactStore, roles: dict[str, Role], lang: str, out: Path | None, basedir: Path | None
) -> int:
    from interact_desktop.core.content.handbook import load_handbook
    from interact_desktop.core.export.first_hour_pdf import FirstHourSheet
    from interact_desktop.export_commands import (
        author_from_settings,
        writable_problem,
        write_export,
    )

    if out is None:
        return _error("sheet needs --out FILE.pdf")
    if (problem := writable_problem(out)) is not None:
        return _error(problem)
    directory = store.load()
    sheet = FirstHourSheet(load_handbook(paths.content_dir()), roles)
    author = author_from_settings(basedir)
    return write_export(out, lambda: sheet.export(directory, out, lang, author=author))
