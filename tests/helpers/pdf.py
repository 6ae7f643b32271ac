"""Reading exported PDFs: their text without layout noise, and the fonts they embed."""

from __future__ import annotations

import re

from pypdf import PdfReader


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def fonts_of(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names
