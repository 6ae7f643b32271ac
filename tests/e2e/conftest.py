"""End-to-end tests start the real app as a process (tests/helpers/process.py)."""

import pytest

pytestmark = pytest.mark.e2e
