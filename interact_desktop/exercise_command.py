"""``interact-desktop exercise --list`` and ``exercise debrief RUN_ID --out FILE.pdf``.

For scripts and trainers who want the debrief of a run again, or on another machine's printer.
"""

from __future__ import annotations

import sys

from interact_desktop import paths
from interact_desktop.export_commands import author_from_settings, writable_problem, write_export


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def run_exercise(args) -> int:
    from interact_desktop.core.content.handbook import load_handbook
    from interact_desktop.core.content.model import localized
    from interact_desktop.core.exercises.run import ExerciseError
    from interact_desktop.core.exercises.store import ExerciseStore

    store = ExerciseStore(paths.UserPaths.for_basedir(args.basedir).exercises_dir)
    handbook = load_handbook(paths.content_dir())
    if args.list:
        listing = store.list()
        for run in listing.runs:
            scenario = handbook.scenarios.get(run.scenario)
            title = localized(scenario.title, run.lang) if scenario else run.scenario
            state = "finished" if run.finished else "open"
            count = len(run.decisions)
            decisions = f"{count} decision{'' if count == 1 else 's'}"
            started = run.started[:16].replace("T", " ")
            print(f"{run.id}\t{started}\t{state}\t{decisions}\t{title}")
        for broken in listing.broken:
            print(f"warning: {broken.problem}", file=sys.stderr)
        return 0
    if args.action != "debrief" or args.run_id is None or args.out is None:
        return _error("give: exercise debrief RUN_ID --out FILE.pdf (or exercise --list)")
    try:
        run = store.load(args.run_id)
    except ExerciseError as error:
        return _error(f"{error} (see: interact-desktop exercise --list)")
    scenario = handbook.scenarios.get(run.scenario)
    if scenario is None:
        return _error(f"run '{run.id}' is of scenario '{run.scenario}', not in the content")
    if (problem := writable_problem(args.out)) is not None:
        return _error(problem)
    from interact_desktop.core.export.debrief_pdf import DebriefExport

    author = author_from_settings(args.basedir)
    export = DebriefExport(handbook)
    return write_export(args.out, lambda: export.export(run, scenario, args.out, author))
