"""Small rules shared by the loader and the checks."""

from __future__ import annotations

import re

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_valid_id(value: str) -> bool:
    """Stable ids are lower case words joined by hyphens: safe in file names, URLs and links."""
    return bool(_ID.match(value))
