"""The one entry point: no subcommand opens the reader; subcommands do headless work.

User errors (an unknown language, a missing file, bad content) print a clear message and exit 1;
a traceback is never what a user sees.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from interact_desktop import __version__
from interact_desktop.core.languages import ENGLISH_NAMES, LANGUAGES

KINDS = ("section", "checklist", "flowchart", "glossary", "country")
#: The subcommands, known without building their parsers (a test keeps the two in step).
COMMANDS = (
    "check-content", "search", "export", "export-checklist", "export-flowchart", "export-slides",
    "notebook", "exercise", "contacts", "handover",
)  # fmt: skip
EXIT_OK = 0
EXIT_USER_ERROR = 1


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on a usage error; this app promises 1 for every user error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USER_ERROR, f"{self.prog}: error: {message}\n")


def _language(value: str) -> str:
    code = value.lower()
    if code not in LANGUAGES:
        names = ", ".join(f"{c} ({ENGLISH_NAMES[c]})" for c in LANGUAGES)
        raise argparse.ArgumentTypeError(f"unknown language '{value}'; choose one of {names}")
    return code


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``commands``, only the options of the reader (building
    the subcommands costs a few milliseconds of every start of the window)."""
    parser = _Parser(
        prog="interact-desktop",
        description="Offline guidance on preventing and responding to disappearances and "
        "trafficking of children in migration. Without a command, opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--basedir", type=Path, help="keep all user data, settings and cache under DIR"
    )
    parser.add_argument(
        "--lang",
        type=_language,
        help="language of the interface and the text: " + ", ".join(LANGUAGES),
    )
    parser.add_argument(
        "--open",
        metavar="PLACE",
        help="open this at start: a section id, or flowchart:ID, checklist:ID, scenario:ID",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="save a picture of the window once it shows the text, then quit",
    )
    parser.add_argument("--report-startup", action="store_true", help=argparse.SUPPRESS)
    if commands:
        _add_commands(parser)
    return parser


def _add_commands(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check = commands.add_parser(
        "check-content",
        help="validate the handbook content and print what each language holds",
        description="Validate ids, links, translations and tool files; exit 1 on any problem.",
    )
    check.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        help="check this content folder instead of the bundled one",
    )
    search = commands.add_parser(
        "search",
        help="search the handbook and print the hits",
        description="Search sections, checklists, flowcharts and the glossary. Matching words "
        "are shown in [brackets].",
    )
    search.add_argument(
        "--lang",
        dest="search_lang",
        type=_scope,
        help="language to search: " + ", ".join(LANGUAGES) + " or all (default: --lang, or en)",
    )
    search.add_argument("--kind", choices=KINDS, help="only this kind of result")
    search.add_argument("query", nargs="+", metavar="QUERY", help="words to look for")
    export = commands.add_parser(
        "export",
        help="export the handbook, a chapter or a section as PDF",
        description="Export the whole handbook, one chapter or one section in one language.",
    )
    export.add_argument("--lang", dest="export_lang", type=_language, help="language (default en)")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--section", metavar="ID", help="one section (with its subsections)")
    which.add_argument("--chapter", metavar="ID", help="one chapter")
    which.add_argument("--all", action="store_true", help="the whole handbook")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    checklist = commands.add_parser(
        "export-checklist",
        help="export a checklist as PDF (blank, filled, or in two languages)",
        description="Without --answers the checklist is blank, to fill in by hand.",
    )
    checklist.add_argument("id", nargs="?", metavar="ID", help="checklist id (see --list)")
    checklist.add_argument("--list", action="store_true", help="list checklist ids and titles")
    checklist.add_argument("--lang", dest="export_lang", type=_language, help="first language")
    checklist.add_argument("--second-lang", type=_language, help="second language, side by side")
    checklist.add_argument("--answers", type=Path, metavar="FILE.json", help="answers to print")
    checklist.add_argument("--out", type=Path, metavar="FILE.pdf")
    flowchart = commands.add_parser(
        "export-flowchart",
        help="export a flowchart of action as a one-page PDF",
        description="The diagram on one page (A4, or A3 when A4 would make it too small).",
    )
    flowchart.add_argument("id", nargs="?", metavar="ID", help="flowchart id (see --list)")
    flowchart.add_argument("--list", action="store_true", help="list flowchart ids and titles")
    flowchart.add_argument("--lang", dest="export_lang", type=_language, help="language")
    flowchart.add_argument("--out", type=Path, metavar="FILE.pdf")
    slides = commands.add_parser(
        "export-slides",
        help="export a section, a chapter, the handbook or a flowchart as 16:9 slides (PDF)",
        description="Slides for presenting: a title slide per section, then one slide per "
        "heading; long ones continue on the next slide.",
    )
    slides.add_argument("--lang", dest="export_lang", type=_language, help="language (default en)")
    which = slides.add_mutually_exclusive_group(required=True)
    which.add_argument("--section", metavar="ID", help="one section (with its subsections)")
    which.add_argument("--chapter", metavar="ID", help="one chapter")
    which.add_argument("--all", action="store_true", help="the whole handbook")
    which.add_argument("--flowchart", metavar="ID", help="one flowchart, step by step")
    slides.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    notebook = commands.add_parser(
        "notebook",
        help="the encrypted case notebook (for administrators)",
        description="The passphrase is read from the terminal, or from the first line of "
        "standard input; never from the command line.",
    )
    notebook.add_argument(
        "action",
        choices=("init", "verify", "change-passphrase", "backup", "restore", "new-case",
                 "add-note"),
    )  # fmt: skip
    notebook.add_argument(
        "file",
        nargs="?",
        metavar="FILE|REF",
        help="restore: the backup; new-case, add-note: the case's reference (add-note reads the "
        "note from standard input, after the passphrase line)",
    )
    notebook.add_argument("--out", type=Path, metavar="FILE", help="backup: the file to write")
    exercise = commands.add_parser(
        "exercise",
        help="table-top exercise runs: list them, export a debrief as PDF",
        description="Runs are started in the app (Go > Exercises). They are fictional training "
        "data, kept apart from the case notebook.",
    )
    exercise.add_argument("action", nargs="?", choices=("debrief",), help="what to do")
    exercise.add_argument("run_id", nargs="?", metavar="RUN_ID", help="run id (see --list)")
    exercise.add_argument("--list", action="store_true", help="list the runs, newest first")
    exercise.add_argument("--out", type=Path, metavar="FILE.pdf")
    contacts = commands.add_parser(
        "contacts",
        help="your own contacts for the roles the guidance names: list, vCard, first-hour sheet",
        description="list: the directory by role. import FILE.vcf: shows what would change, "
        "then asks (or --yes). export --out FILE.vcf: vCard 4.0. sheet --lang CODE --out "
        "FILE.pdf: the one-page first-hour sheet with your contacts.",
    )
    contacts.add_argument("action", choices=("list", "import", "export", "sheet"))
    contacts.add_argument("file", nargs="?", type=Path, metavar="FILE.vcf", help="import: the file")
    contacts.add_argument("--yes", action="store_true", help="import: apply without asking")
    contacts.add_argument("--out", type=Path, metavar="FILE", help="export or sheet: the file")
    contacts.add_argument("--role", metavar="ID", help="export: only the entries for this role")
    contacts.add_argument(
        "--lang",
        dest="contacts_lang",
        type=_language,
        metavar="CODE",
        help="language of role names and the sheet (default: --lang, or en)",
    )

    _add_handover(commands)


def _add_handover(commands: argparse._SubParsersAction) -> None:
    handover = commands.add_parser(
        "handover",
        help="hand a case over to a colleague abroad: an encrypted packet and a bilingual PDF",
        description="key: print this installation's hand-over key (give it to colleagues who "
        "send you cases). export REF: seal the case to a colleague's key (--to-key) or to a "
        "one-time passphrase (--passphrase, printed for you to pass on by another channel). "
        "import FILE: open a packet and make it a new case. The notebook's passphrase is read "
        "first, then a packet's passphrase, each from the terminal or one line of standard "
        "input.",
    )
    handover.add_argument("action", choices=("key", "export", "import"))
    handover.add_argument(
        "target",
        nargs="?",
        metavar="REF|FILE",
        help="export: the case's reference; import: the packet",
    )
    handover.add_argument(
        "--lang",
        dest="handover_lang",
        type=_language,
        metavar="CODE",
        help="export: your language (default: --lang, or en)",
    )
    handover.add_argument(
        "--second-lang", type=_language, metavar="CODE", help="export: the recipient's language"
    )
    sealed = handover.add_mutually_exclusive_group()
    sealed.add_argument("--to-key", metavar="KEY", help="export: the recipient's hand-over key")
    sealed.add_argument(
        "--passphrase",
        action="store_true",
        help="export: seal to a one-time passphrase, printed once",
    )
    handover.add_argument("--out", type=Path, metavar="FILE", help="export: the packet to write")
    handover.add_argument(
        "--pdf",
        type=Path,
        metavar="FILE.pdf",
        help="export: also write the bilingual hand-over PDF",
    )
    handover.add_argument(
        "--sender",
        metavar="NAME",
        help="export: your name as the recipient should read it (default: the user name)",
    )
    handover.add_argument("--organisation", default="", metavar="TEXT")
    handover.add_argument("--country", default="", metavar="TEXT", help="your country, as typed")
    handover.add_argument(
        "--recipient",
        default="",
        metavar="TEXT",
        help="export: who receives it (name, organisation), for the register",
    )
    handover.add_argument("--purpose", metavar="TEXT", help="export: why it is handed over")
    handover.add_argument(
        "--legal-basis",
        metavar="ID",
        help="export: public-task, legal-obligation, vital-interests, consent, "
        "law-enforcement, or other (then give --legal-basis-text)",
    )
    handover.add_argument(
        "--legal-basis-text",
        default="",
        metavar="TEXT",
        help="export: the basis in your words (the national law, article)",
    )
    handover.add_argument(
        "--checklist",
        action="append",
        default=[],
        metavar="ID",
        help="export: a checklist to include (its id or the checklist's id; "
        "repeat; default: all of the case's)",
    )
    handover.add_argument(
        "--notes",
        action="store_true",
        help="export: include the case's notes (left out by default)",
    )
    handover.add_argument("--no-timeline", action="store_true", help="export: leave it out")
    handover.add_argument(
        "--preset",
        default="hand-over",
        choices=("hand-over", "full"),
        help="export: the redaction preset (default hand-over)",
    )
    handover.add_argument(
        "--ref",
        metavar="REF",
        help="import: the new case's reference (default: the sender's, or "
        "'hand-over DATE (COUNTRY)')",
    )


def _scope(value: str) -> str:
    return "all" if value.lower() == "all" else _language(value)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments; the subcommands are built only when a command or help is asked for, or
    the reader's options do not account for everything given (a mistyped command). A command's
    own options may share a name with the reader's (``search --lang all``): they are read by
    the whole parser."""
    given = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help", *COMMANDS} & set(given):
        args, rest = build_parser(commands=False).parse_known_args(given)
        if not rest:
            args.command = None
            return args
    return build_parser().parse_args(given)


def _run(argv: Sequence[str] | None) -> int:
    args = parse(argv)
    if args.command == "check-content":
        from interact_desktop.check_content import run_check

        return run_check(args.content)
    if args.command in ("export", "export-checklist", "export-flowchart", "export-slides"):
        from interact_desktop import export_commands

        args.lang = args.export_lang or args.lang
        run = {
            "export": export_commands.run_export,
            "export-checklist": export_commands.run_export_checklist,
            "export-flowchart": export_commands.run_export_flowchart,
            "export-slides": export_commands.run_export_slides,
        }[args.command]
        return run(args)
    if args.command == "notebook":
        from interact_desktop.notebook_command import run_notebook

        if args.action in ("new-case", "add-note"):
            return run_notebook(args.action, args.basedir, reference=args.file,
                                lang=args.lang or "en")  # fmt: skip
        file = Path(args.file) if args.file else None
        return run_notebook(args.action, args.basedir, file, args.out)
    if args.command == "handover":
        from interact_desktop.handover_command import run_handover

        return run_handover(args)
    if args.command == "exercise":
        from interact_desktop.exercise_command import run_exercise

        return run_exercise(args)
    if args.command == "contacts":
        from interact_desktop.contacts_command import run_contacts

        args.lang = args.contacts_lang or args.lang
        return run_contacts(args)
    if args.command == "search":
        from interact_desktop.search_command import run_search

        lang = args.search_lang or args.lang or "en"
        return run_search(" ".join(args.query), lang, args.kind, args.basedir)
    from interact_desktop.ui import load_pyside

    load_pyside()  # before the window's modules, which it makes quicker to import
    from interact_desktop.app import run_gui

    return run_gui(args)
