"""``interact-desktop export``, ``export-checklist``, ``export-flowchart`` and
``export-slides``: PDFs from the command line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from interact_desktop import paths
from interact_desktop.core.atomic import WriteError
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.model import localized


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def author_from_settings(basedir: Path | None) -> str:
    """The author name set in the app, for the PDF's metadata; empty if none."""
    from interact_desktop.core.settings import AUTHOR, Settings

    return Settings(paths.UserPaths.for_basedir(basedir).settings_file).get(AUTHOR)


def writable_problem(target: Path) -> str | None:
    if target.suffix.lower() != ".pdf":
        return f"the output file must end in .pdf: {target}"
    if not target.parent.is_dir():
        return f"the folder does not exist: {target.parent}"
    if target.is_dir():
        return f"{target} is a folder, not a file"
    return None


def write_export(target: Path, write: Callable[[], object]) -> int:
    """Run an export that writes ``target``; print the file's path, or say why it could not be
    written (disk full, read-only medium ...) and what was kept. The export writes atomically,
    so a failure leaves any earlier file at ``target`` whole."""
    try:
        write()
    except WriteError as error:
        return _error(error.describe())
    print(target)
    return 0


def run_export(args) -> int:
    from interact_desktop.core.export.handbook_pdf import HandbookExport, PdfMeta

    handbook = load_handbook(paths.content_dir())
    lang = args.lang or "en"
    if (problem := writable_problem(args.out)) is not None:
        return _error(problem)
    export = HandbookExport(handbook, lang)
    author = author_from_settings(args.basedir)
    chapters = {chapter.id for chapter in handbook.chapters}
    if args.section is not None:
        if not handbook.has_section(args.section):
            return _error(f"no section '{args.section}' in the handbook")
        meta = PdfMeta(handbook.title(args.section, lang), author, lang)
        return write_export(args.out, lambda: export.export_section(args.section, args.out, meta))
    if args.chapter is not None:
        if args.chapter not in chapters:
            return _error(f"no chapter '{args.chapter}'; chapters: {', '.join(sorted(chapters))}")
        meta = PdfMeta(handbook.title(args.chapter, lang), author, lang)
        return write_export(
            args.out, lambda: export.export_chapter(args.chapter, args.out, meta, _progress)
        )
    meta = PdfMeta(handbook.export_label("cover-title", lang), author, lang)
    return write_export(args.out, lambda: export.export_all(args.out, meta, _progress))


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr)


def _chosen(args, tools: dict, noun: str):
    """``--list`` prints the ids and titles (and the command ends with 0); otherwise the tool
    ``args.id`` names, or the exit code of a clear error."""
    if args.list:
        for tool in tools.values():
            print(f"{tool.id}\t{localized(tool.title, args.lang or 'en')}")
        return 0
    if args.id is None or args.out is None:
        return _error(f"give a {noun} id and --out FILE.pdf (or --list)")
    tool = tools.get(args.id)
    if tool is None:
        return _error(f"no {noun} '{args.id}'; see: interact-desktop export-{noun} --list")
    if (problem := writable_problem(args.out)) is not None:
        return _error(problem)
    return tool


def run_export_checklist(args) -> int:
    from interact_desktop.core.export.checklist_pdf import ChecklistExport
    from interact_desktop.core.forms.answers import AnswerError, FilledChecklist, answer_problem

    handbook = load_handbook(paths.content_dir())
    checklist = _chosen(args, handbook.checklists, "checklist")
    if isinstance(checklist, int):
        return checklist
    filled = None
    if args.answers is not None:
        try:
            filled = FilledChecklist.from_file(args.answers)
        except OSError as error:
            return _error(f"cannot read {args.answers}: {error.strerror or error}")
        except AnswerError as error:
            return _error(f"{args.answers}: {error}")
        if filled.template != checklist.id:
            wrong = f"'{filled.template}', not '{checklist.id}'"
            return _error(f"{args.answers} holds answers to {wrong}")
        problems = [
            f"{item.id}: {problem}"
            for item in checklist.items
            if (problem := answer_problem(item, filled.answers.get(item.id)))
        ]
        if problems:
            return _error(f"{args.answers}: " + "; ".join(problems))
    author = author_from_settings(args.basedir)
    export = ChecklistExport(handbook)
    return write_export(
        args.out,
        lambda: export.export(
            checklist, args.out, args.lang or "en", args.second_lang, filled, author
        ),
    )


def run_export_flowchart(args) -> int:
    from interact_desktop.core.export.flowchart_pdf import FlowchartExport

    handbook = load_handbook(paths.content_dir())
    flowchart = _chosen(args, handbook.flowcharts, "flowchart")
    if isinstance(flowchart, int):
        return flowchart
    author = author_from_settings(args.basedir)
    export = FlowchartExport(handbook)
    return write_export(
        args.out, lambda: export.export(flowchart, args.out, args.lang or "en", author)
    )


def run_export_slides(args) -> int:
    from interact_desktop.core.export.handbook_pdf import PdfMeta
    from interact_desktop.core.export.slides_pdf import SlidesExport
    from interact_desktop.core.presentation.slides import SlideMaker

    handbook = load_handbook(paths.content_dir())
    lang = args.lang or "en"
    if (problem := writable_problem(args.out)) is not None:
        return _error(problem)
    maker = SlideMaker(handbook)
    chapters = {chapter.id for chapter in handbook.chapters}
    if args.section is not None:
        if not handbook.has_section(args.section):
            return _error(f"no section '{args.section}' in the handbook")
        deck = maker.section_deck(args.section, lang)
    elif args.chapter is not None:
        if args.chapter not in chapters:
            return _error(f"no chapter '{args.chapter}'; chapters: {', '.join(sorted(chapters))}")
        deck = maker.chapter_deck(args.chapter, lang)
    elif args.flowchart is not None:
        if args.flowchart not in handbook.flowcharts:
            known = ", ".join(sorted(handbook.flowcharts))
            return _error(f"no flowchart '{args.flowchart}'; flowcharts: {known}")
        deck = maker.flowchart_deck(args.flowchart, lang)
    else:
        deck = maker.handbook_deck(lang)
    if not deck.slides:
        return _error(f"nothing to show in {lang}: the text is missing")
    meta = PdfMeta(deck.title, author_from_settings(args.basedir), lang)
    return write_export(args.out, lambda: SlidesExport(handbook).export(deck, args.out, meta))
