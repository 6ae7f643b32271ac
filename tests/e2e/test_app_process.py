"""The app started as its own process with a temporary --basedir."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from interact_desktop import __version__
from interact_desktop.core.content.handbook import load_handbook
from tests.conftest import REPO
from tests.helpers.process import run_app, startup_report

pytestmark = pytest.mark.e2e


def test_version_and_help():
    result = run_app("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"interact-desktop {__version__}"
    assert "check-content" in run_app("--help").stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["--lang", "de"], "unknown language 'de'"),
        (["no-such-command"], "invalid choice"),
        (["check-content", "--content", "/no/such/folder"], "content folder not found"),
    ],
)
def test_user_errors_exit_1_with_a_message_and_no_traceback(args, message, tmp_path):
    result = run_app("--basedir", str(tmp_path), *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_section_to_open_is_a_user_error(tmp_path):
    result = run_app("--basedir", str(tmp_path), "--open", "no-such-section")
    assert result.returncode == 1
    assert "no section or place 'no-such-section'" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_content_prints_counts_per_language():
    result = run_app("check-content")
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line.split() for line in result.stdout.splitlines()[1:6]}
    handbook = load_handbook(REPO / "content")
    for code in ("en", "nl", "fr", "el", "it"):
        assert int(rows[code][2]) == len(handbook.section_ids())


def test_check_content_fails_with_file_and_line_on_a_broken_copy(content_copy: Path):
    path = content_copy / "sections" / "nl" / "response-found.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n[x](section:gone)\n", encoding="utf-8")
    result = run_app("check-content", "--content", str(content_copy))
    assert result.returncode == 1
    assert "content/sections/nl/response-found.md:" in result.stderr
    assert "broken link: no section 'gone'" in result.stderr


def test_opens_a_section_in_greek_and_remembers_it(tmp_path):
    handbook = load_handbook(REPO / "content")
    first = startup_report(
        run_app(
            "--basedir",
            str(tmp_path),
            "--lang",
            "el",
            "--open",
            "response-hotline",
            "--report-startup",
        )
    )
    assert first["place"] == "section:response-hotline"
    assert first["language"] == "el"
    assert first["menus"][:2] == ["&Αρχείο", "Π&ροβολή"]
    assert first["title"].startswith(handbook.title("response-hotline", "el"))
    assert (tmp_path / "config" / "settings.ini").exists()

    # The next start opens on the start page, whose "Continue where I was" names that section.
    again = startup_report(run_app("--basedir", str(tmp_path), "--report-startup"))
    assert again["place"] == "home:"
    assert again["language"] == "el"
    settings = (tmp_path / "config" / "settings.ini").read_text(encoding="utf-8")
    assert "lastPlace=section:response-hotline" in settings


@pytest.mark.parametrize(
    "locale, expected", [("el_GR.UTF-8", "el"), ("nl_BE.UTF-8", "nl"), ("de_DE.UTF-8", "en")]
)
def test_first_run_follows_the_system_language_when_it_is_one_of_the_five(
    tmp_path, monkeypatch, locale, expected
):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.setenv(name, locale if name != "LANGUAGE" else locale.split(".")[0])
    report = startup_report(run_app("--basedir", str(tmp_path), "--report-startup"))
    assert report["language"] == expected


ICON_PROBE = """
import json, sys
import interact_desktop.app as app
paint = app.after_first_paint
def record(qt_app, window, args):
    paint(qt_app, window, args)
    print(json.dumps({"icon_drawn": not qt_app.windowIcon().pixmap(32, 32).isNull()}), flush=True)
app.after_first_paint = record
from interact_desktop.cli import main
main(["--basedir", sys.argv[1], "--report-startup"])
"""


def test_the_window_gets_the_apps_icon_once_it_has_painted(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", ICON_PROBE, str(tmp_path)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == {"icon_drawn": True}


def test_screenshot_shows_the_window(tmp_path):
    picture = tmp_path / "shot.png"
    result = run_app("--basedir", str(tmp_path), "--lang", "fr", "--screenshot", str(picture))
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(picture))
    assert image.width() >= 600 and image.height() >= 400
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 25) for y in range(0, image.height(), 25)
    }
    assert len(colours) > 5, "more than a blank window"


NONSENSE = """[General]
language=klingon
lastPlace=section:no-such-place
zoom=-3
parallelVisible=perhaps
parallelLanguage=
theme=purple
geometry=@ByteArray(\\x1\\xd9\\xd0)
windowState=!!!
splitter=not base64
author=
[notebook]
autoLockMinutes=99999999999999999999
"""


@pytest.mark.parametrize("content", [NONSENSE.encode(), bytes(range(256)) * 16])
def test_a_settings_file_of_nonsense_or_random_bytes_never_stops_the_start(tmp_path, content):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.ini").write_bytes(content)
    report = startup_report(run_app("--basedir", str(tmp_path), "--report-startup"))
    assert report["place"] == "home:"
    assert report["language"] in ("en", "nl", "fr", "el", "it")
