"""PySide reads the source of every module imported after it; for this package and the standard
library the answer is known, and reading them cost about 5 ms of every start."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO

PROBE = r"""
import inspect, json, sys
from interact_desktop.ui import load_pyside

load_pyside()
read = []
original = inspect.getsource
inspect.getsource = lambda module: read.append(module.__name__) or original(module)
import colorsys  # the standard library
from interact_desktop.core.text import fold  # this package
from markdown.util import AtomicString  # anything else: still read
print(json.dumps(read))
"""


def test_only_modules_of_other_packages_are_read_after_pyside_loads():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    read = json.loads(result.stdout.strip().splitlines()[-1])
    assert "colorsys" not in read
    assert not [name for name in read if name.startswith("interact_desktop")]
    assert "markdown.util" in read, "PySide's own check still runs for other packages"
