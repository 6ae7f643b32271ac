"""``python -m benchmarks [NAME...]``: runs all groups, or the named ones.

``python -m benchmarks bundle_startup --bundle DIR`` measures a built bundle (benchmarks/
bundle_startup.py); it is not among the groups run by default, which need no bundle.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

GROUPS = ("startup", "search", "export", "notebook", "side_by_side", "notebook_large", "search_10x")
ON_REQUEST = ("bundle_startup",)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"groups: {', '.join(GROUPS + ON_REQUEST)}"
    )
    parser.add_argument(
        "--bundle", type=Path, metavar="DIR", help="bundle_startup: the bundled app's folder"
    )
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in GROUPS + ON_REQUEST]
    if unknown:
        print(f"unknown benchmark group(s): {', '.join(unknown)}", file=sys.stderr)
        return 1
    if "bundle_startup" in args.names and args.bundle is None:
        print(
            "bundle_startup needs --bundle DIR (build one: python -m tools.bundle)", file=sys.stderr
        )
        return 1
    for name in args.names or GROUPS:
        module = importlib.import_module(f"benchmarks.{name}")
        if name == "bundle_startup":
            module.run(args.bundle)
        else:
            module.run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
