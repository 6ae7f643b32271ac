from __future__ import annotations

import pytest

from interact_desktop.core.notebook.store import Notebook

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def book(tmp_path):
    notebook = Notebook.create(tmp_path / "nb", PASSPHRASE)
    yield notebook
    notebook.lock()
