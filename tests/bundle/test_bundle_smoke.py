"""The bundled app (tools/bundle.py) runs without Python, outside the source tree.

Each command starts the unpacked bundle with an empty environment: no PATH (so no Python to fall
back on), only what Qt needs (offscreen platform, a UTF-8 locale) and a home and XDG folders in a
temporary directory. The bundle is built once per session (tests/bundle/conftest.py).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from interact_desktop import __version__
from tests.conftest import REPO
from tests.helpers.pdf import fonts_of, normalise

pytestmark = pytest.mark.bundle

PASSPHRASE = "seven quiet harbours keep the lantern lit"


def clean_env(home: Path) -> dict[str, str]:
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }


def run(executable: Path, *args: str, home: Path, stdin: str | None = None, timeout: int = 120):
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [str(executable), *args],
        cwd=home,
        env=clean_env(home),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_the_download_holds_the_app_and_what_install_needs(bundle):
    assert not bundle.unpacked.is_relative_to(REPO)
    names = {path.name for path in bundle.unpacked.iterdir()}
    assert {"app", "install.sh", "interact-desktop.desktop", "interact-desktop.png"} <= names
    assert os.access(bundle.unpacked / "install.sh", os.X_OK)
    assert os.access(bundle.executable, os.X_OK)
    internal = bundle.unpacked / "app" / "_internal"
    # The window's icon is an SVG: it needs the file and Qt's SVG icon engine.
    icons = internal / "interact_desktop" / "data" / "resources" / "icons"
    assert (icons / "interact-desktop.svg").is_file()
    assert (internal / "PySide6" / "Qt" / "plugins" / "iconengines" / "libqsvgicon.so").is_file()
    qm = internal / "interact_desktop" / "data" / "translations"
    assert {f"interact_{code}.qm" for code in ("en", "nl", "fr", "el", "it")} <= {
        path.name for path in qm.iterdir()
    }


def test_version(bundle, tmp_path):
    result = run(bundle.executable, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"interact-desktop {__version__}"


def test_check_content_finds_the_bundled_content_valid(bundle, tmp_path):
    result = run(bundle.executable, "check-content", home=tmp_path)
    assert result.returncode == 0, result.stderr
    languages = {line.split()[0] for line in result.stdout.splitlines() if line.strip()}
    assert {"en", "nl", "fr", "el", "it"} <= languages


def test_the_window_paints_in_greek_and_saves_a_screenshot(bundle, tmp_path):
    shot = tmp_path / "first-paint-el.png"
    result = run(bundle.executable, "--lang", "el", "--report-startup", "--screenshot", str(shot),
                 home=tmp_path / "home")  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["language"] == "el"
    assert report["title"].endswith("INTERACT Desktop")
    assert report["menus"][0] == "&Αρχείο", "the compiled Greek translations are in the bundle"
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    # A painted window, not a blank one: many colours over it (text, buttons, lines, icons).
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
    }
    assert len(colours) > 30


def test_search_in_greek(bundle, tmp_path):
    result = run(bundle.executable, "search", "--lang", "el", "παιδί", home=tmp_path, timeout=900)
    assert result.returncode == 0, result.stderr
    hits = [line for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert any(line.startswith("section:") for line in hits)
    assert "[παιδί]" in result.stdout.lower()


def test_export_a_section_to_pdf(bundle, tmp_path):
    out = tmp_path / "first-hours.pdf"
    result = run(bundle.executable, "export", "--lang", "el", "--section", "response-first-hours",
                 "--out", str(out), home=tmp_path / "home")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(out)
    assert len(reader.pages) >= 1
    source = REPO / "content" / "sections" / "el" / "response-first-hours.md"
    title = source.read_text("utf-8").splitlines()[0].removeprefix("# ")
    assert title in normalise(" ".join(page.extract_text() for page in reader.pages))
    assert any("DejaVuSans" in name for name in fonts_of(reader)), "the bundled font is used"


def test_notebook_init_then_verify_with_the_passphrase_on_stdin(bundle, tmp_path):
    created = run(bundle.executable, "notebook", "init", home=tmp_path, stdin=PASSPHRASE + "\n")
    assert created.returncode == 0, created.stderr
    notebook = tmp_path / "data" / "interact-desktop" / "notebook"
    assert notebook.is_dir(), "the notebook is in the user's data folder (XDG_DATA_HOME)"
    verified = run(bundle.executable, "notebook", "verify", home=tmp_path, stdin=PASSPHRASE + "\n")
    assert verified.returncode == 0, verified.stderr
    assert "integrity: ok" in verified.stdout
    wrong = run(bundle.executable, "notebook", "verify", home=tmp_path, stdin="not it\n")
    assert wrong.returncode == 1
    assert PASSPHRASE not in wrong.stdout + wrong.stderr


def test_install_script_adds_the_app_to_the_menu_and_uninstall_keeps_the_users_data(
    bundle, tmp_path
):
    home = tmp_path / "home"
    home.mkdir()
    # The script needs the shell's tools (cp, sed), not Python.
    env = {**clean_env(home), "PATH": "/usr/bin:/bin"}
    installed = subprocess.run([str(bundle.unpacked / "install.sh")], env=env, cwd=home,
                               capture_output=True, text=True, timeout=300)  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    program = home / ".local" / "lib" / "interact-desktop"
    link = home / ".local" / "bin" / "interact-desktop"
    entry = home / "data" / "applications" / "interact-desktop.desktop"
    icon = home / "data" / "icons" / "hicolor" / "256x256" / "apps" / "interact-desktop.png"
    assert link.resolve() == (program / "interact-desktop").resolve()
    assert icon.is_file()
    lines = entry.read_text("utf-8").splitlines()
    assert f'Exec="{program / "interact-desktop"}"' in lines
    assert "Icon=interact-desktop" in lines
    version = run(link, "--version", home=home)
    assert version.stdout.strip() == f"interact-desktop {__version__}", version.stderr

    users_note = home / "data" / "interact-desktop" / "notebook" / "kept.txt"
    users_note.parent.mkdir(parents=True)
    users_note.write_text("the user's own data", "utf-8")
    removed = subprocess.run([str(program / "install.sh"), "--uninstall"], env=env, cwd=home,
                             capture_output=True, text=True, timeout=120)  # fmt: skip
    assert removed.returncode == 0, removed.stderr
    assert not program.exists() and not link.is_symlink() and not entry.exists()
    assert not icon.exists()
    assert users_note.read_text("utf-8") == "the user's own data"
