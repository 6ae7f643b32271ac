from __future__ import annotations

import os

import pytest

from interact_desktop.core.notebook.store import Notebook
from tests.helpers.notebook_store import PASSPHRASE


@pytest.fixture
def book(tmp_path):
    notebook = Notebook.create(tmp_path / "nb", PASSPHRASE)
    yield notebook
    notebook.lock()


@pytest.fixture
def cheap_keys(monkeypatch):
    """New notebooks derive their key with the cheapest accepted Argon2 costs, for tests that
    create many: what they test is not the key's strength."""
    from interact_desktop.core.notebook.keys import BOUNDS, KeyParams

    cheapest = {name: low for name, (low, _high, _unit) in BOUNDS.items()}
    monkeypatch.setattr(
        KeyParams, "new", classmethod(lambda cls: cls(os.urandom(16).hex(), **cheapest))
    )
