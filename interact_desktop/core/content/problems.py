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


def read_content_file(path: Path, problems: list[Problem]) -> str | None:
    """The text of a content file; None when it is absent, and a problem when it cannot be read
    (bad content never stops the reader: the rest stays usable)."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        problems.append(Problem(path, 1, f"cannot read file: {error}"))
        return None
