"""The Linux bundle, built once per test session into a temporary folder and unpacked from its
download (.tar.gz), as a user would get it. ``uv run pytest -m bundle`` runs these tests alone."""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path
from typing import NamedTuple

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.bundle


class Bundle(NamedTuple):
    archive: Path  # the download
    unpacked: Path  # the folder the download unpacks to: app/, install.sh, the .desktop file
    executable: Path  # app/interact-desktop
    build_log: str


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    assert sys.platform.startswith("linux"), "the smoke test builds and runs the Linux bundle"
    work = tmp_path_factory.mktemp("bundle")
    built = subprocess.run(
        [sys.executable, "-m", "tools.bundle", "--out", str(work / "out"),
         "--work", str(work / "build")],
        cwd=REPO, capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    assert built.returncode == 0, f"the bundle did not build:\n{built.stdout}\n{built.stderr}"
    (archive,) = (work / "out").glob("interact-desktop-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(work / "unpacked", filter="tar")
    (unpacked,) = (work / "unpacked").iterdir()
    return Bundle(archive, unpacked, unpacked / "app" / "interact-desktop", built.stdout)
