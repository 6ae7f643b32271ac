"""Build hook: compiles the Qt Linguist translations (.ts) into .qm files for every build.

The .qm files are build output (not committed). For a wheel they are packed under
``interact_desktop/data/translations``; for an editable install they are written beside the .ts
files, where a source checkout looks for them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> list[str]:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return [str(Path(PySide6.__file__).parent / name)]


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        source = Path(self.root) / "translations"
        for ts_file in sorted(source.glob("*.ts")):
            qm_file = ts_file.with_suffix(".qm")
            subprocess.run(
                [*_lrelease(), "-silent", str(ts_file), "-qm", str(qm_file)],
                check=True,
            )
            if version != "editable":
                target = f"interact_desktop/data/translations/{qm_file.name}"
                build_data["force_include"][str(qm_file)] = target
