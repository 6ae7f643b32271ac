"""Greek renders with the bundled DejaVu Sans on a machine that has no fonts at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

PROBE = r"""
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication
from interact_desktop import paths
from interact_desktop.ui.common.fonts import register_fonts, use_bundled_font

app = QApplication([])
before = QFontDatabase.families()
failed = register_fonts(paths.resources_dir() / "fonts")
use_bundled_font(app)
font = app.font()
text = "Παιδί ΠΑΙΔΙΟΥ ς ά"
metrics = QFontMetrics(font)
image = QImage(400, 60, QImage.Format.Format_RGB32)
image.fill(Qt.GlobalColor.white)
painter = QPainter(image)
painter.setFont(font)
painter.drawText(10, 40, text)
painter.end()
ink = sum(1 for x in range(400) for y in range(60) if image.pixel(x, y) != 0xFFFFFFFF)
print(json.dumps({
    "before": before,
    "failed": failed,
    "family": QFontInfo(font).family(),
    "styles": QFontDatabase.styles("DejaVu Sans"),
    "glyphs": all(metrics.inFontUcs4(ord(c)) for c in text if not c.isspace()),
    "ink": ink,
}))
"""


def test_greek_renders_with_an_empty_fontconfig(tmp_path: Path):
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"<?xml version='1.0'?><fontconfig><dir>{empty}</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FONTCONFIG_PATH", None)
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "DejaVu Sans" not in report["before"], "the machine's own fonts leaked in"
    assert report["failed"] == []
    assert report["family"] == "DejaVu Sans"
    assert {"Book", "Bold", "Oblique", "Bold Oblique"} <= set(report["styles"])
    assert report["glyphs"] is True
    assert report["ink"] > 300


def test_the_bundled_faces_are_added_only_when_the_system_lacks_one(qapp, tmp_path: Path):
    from interact_desktop.ui.common.fonts import FACES, FONT_FILES, register_fonts

    # A folder without the files: every file that is tried fails, so the answer says which.
    assert register_fonts(tmp_path, installed=[*FACES, "Condensed"]) == []
    assert register_fonts(tmp_path, installed=FACES - {"Bold Oblique"}) == list(FONT_FILES)
    assert register_fonts(tmp_path, installed=[]) == list(FONT_FILES)
