from __future__ import annotations

import pytest

from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_store import PASSPHRASE


@pytest.fixture
def book(tmp_path):
    notebook = Notebook.create(tmp_path / "nb", PASSPHRASE)
    yield notebook
    notebook.lock()
