"""``python -m benchmarks [NAME...]``: runs all groups, or the named ones."""

from __future__ import annotations

import argparse
import importlib
import sys

GROUPS = ("startup", "search", "export", "notebook", "notebook_large", "search_10x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"groups: {', '.join(GROUPS)}")
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in GROUPS]
    if unknown:
        print(f"unknown benchmark group(s): {', '.join(unknown)}", file=sys.stderr)
        return 1
    for name in args.names or GROUPS:
        importlib.import_module(f"benchmarks.{name}").run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
