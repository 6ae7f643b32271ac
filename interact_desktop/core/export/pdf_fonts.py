"""The bundled DejaVu Sans family, registered with reportlab once per process.

Helvetica, reportlab's default, has no Greek: every style, table and canvas string here uses
``FONT`` (and its bold and oblique faces through the registered family), so no built-in font is
ever embedded.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from interact_desktop import paths

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"


@cache
def register_fonts() -> str:
    folder = paths.resources_dir() / "fonts"
    for name in (FONT, BOLD, OBLIQUE, BOLD_OBLIQUE):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD_OBLIQUE
    )
    for bold, italic, face in ((0, 0, FONT), (1, 0, BOLD), (0, 1, OBLIQUE), (1, 1, BOLD_OBLIQUE)):
        addMapping(FONT, bold, italic, face)
    return FONT


@cache
def register_for_figures() -> None:
    """Tell svglib that "DejaVu Sans" in a figure is our font; otherwise it asks the system's
    fontconfig (a subprocess) and may settle for Helvetica."""
    from svglib.fonts import register_font

    folder = paths.resources_dir() / "fonts"
    faces = {("normal", "normal"): FONT, ("bold", "normal"): BOLD,
             ("normal", "italic"): OBLIQUE, ("bold", "italic"): BOLD_OBLIQUE}  # fmt: skip
    for (weight, style), face in faces.items():
        register_font("DejaVu Sans", str(folder / f"{face}.ttf"), weight, style, face)
