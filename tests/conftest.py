"""Test set-up shared by every test: Qt runs offscreen, once, before anything imports it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from interact_desktop.ui.immortal_none import keep_none_alive

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

REPO = Path(__file__).resolve().parent.parent

keep_none_alive()  # a long run of Qt calls would otherwise wear None's count out (see the module)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped content that a test may break on purpose."""
    target = tmp_path / "content"
    shutil.copytree(REPO / "content", target)
    return target
