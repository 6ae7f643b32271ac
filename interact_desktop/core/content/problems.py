"""Problems found in the content, each pointing at a file and line a content editor can open."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import NamedTuple


class Problem(NamedTuple):
    """Sorted and compared as (path, line, message), the order a reader goes through them."""

    path: Path
    line: int
    message: str

    def format(self, relative_to: Path | None = None) -> str:
        """``file:line: message``, the form editors and IDEs turn into a jump to the place."""
        path = self.path
        if relative_to is not None:
            with contextlib.suppress(ValueError):
                path = path.relative_to(relative_to)
        return f"{path.as_posix()}:{self.line}: {self.message}"
