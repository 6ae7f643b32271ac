"""The size a figure of the handbook (an SVG file in content/figures) declares, read without
drawing it: the reader keeps that much room for a figure it draws just after the first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


class _RootRead(Exception):
    """Raised from the parser's first start tag: nothing after the root element is needed."""


def declared_size(path: Path) -> tuple[float, float] | None:
    """Width and height of the root element's ``viewBox`` (else of its ``width`` and ``height``
    in pixels), or None when the file declares neither or cannot be read."""
    from xml.parsers import expat  # the XML parser loads with the first page that has a figure

    root: dict[str, str] = {}

    def start(_name: str, attributes: dict[str, str]) -> None:
        root.update(attributes)
        raise _RootRead

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    try:
        with path.open("rb") as svg:
            parser.ParseFile(svg)
    except _RootRead:
        pass
    except (OSError, expat.ExpatError):
        return None
    try:
        if "viewBox" in root:
            _x, _y, width, height = (float(n) for n in root["viewBox"].replace(",", " ").split())
        else:
            width, height = (float(root[key].removesuffix("px")) for key in ("width", "height"))
    except (KeyError, ValueError):
        return None
    return (width, height) if width > 0 and height > 0 else None
