"""The wheel holds content, compiled translations and resources; it runs outside the source tree."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.helpers.process import run_app, startup_report

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """Builds the wheel and installs it into a fresh virtual environment."""
    uv = shutil.which("uv")
    assert uv, "uv is needed to build the wheel (README: the test command is 'uv run pytest')"
    work = tmp_path_factory.mktemp("wheel")

    def run(*args: str) -> None:
        result = subprocess.run([uv, *args], capture_output=True, text=True)
        assert result.returncode == 0, f"uv {' '.join(args)} failed:\n{result.stderr}"

    run("build", "--wheel", "--out-dir", str(work / "dist"), str(REPO))
    wheel = next((work / "dist").glob("interact_desktop-*.whl"))
    venv = work / "venv"
    run("venv", "--python", sys.executable, str(venv))
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    run("pip", "install", "--python", str(python), str(wheel))
    return wheel, python


def test_wheel_contains_content_translations_and_resources(installed):
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    data = "interact_desktop/data/"
    assert f"{data}content/structure.toml" in names
    assert f"{data}content/sections/el/response-first-hours.md" in names
    assert f"{data}resources/fonts/DejaVuSans.ttf" in names
    assert f"{data}resources/fonts/LICENSE" in names
    assert f"{data}resources/wordlists/bip39-english.txt" in names  # one-time passphrases
    assert f"{data}resources/wordlists/LICENSE" in names
    assert f"{data}resources/icons/house.svg" in names
    assert f"{data}resources/icons/LICENSE" in names
    for code in ("en", "nl", "fr", "el", "it"):
        assert f"{data}translations/interact_{code}.qm" in names
    for code in ("nl", "fr", "el", "it"):
        assert f"{data}translations/qtbase_{code}.qm" in names


def test_installed_app_runs_outside_the_source_tree(installed, tmp_path):
    _, python = installed
    where = subprocess.run(
        [str(python), "-c", "from interact_desktop import paths; print(paths.content_dir())"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert "site-packages" in where and not where.startswith(str(REPO))
    check = run_app("check-content", cwd=tmp_path, python=str(python))
    assert check.returncode == 0, check.stderr
    report = startup_report(
        run_app(
            "--basedir",
            str(tmp_path / "user"),
            "--lang",
            "el",
            "--report-startup",
            cwd=tmp_path,
            python=str(python),
        )
    )
    assert report["language"] == "el"
    assert report["title"].endswith("INTERACT Desktop")
    assert report["menus"][0] == "&Αρχείο", "compiled Greek translations are in the wheel"
