"""Tables whose rows may continue on the next page, for every table that shows user text.

reportlab moves a row that does not fit to the next page, and gives up with a LayoutError when a
row is taller than a whole page. Text that people write (an answer, a timeline entry, a decision)
has no upper bound, so a single long answer would stop the whole export. These tables let
reportlab split inside a row (``splitInRow``): the row's cells continue on the next page, with the
repeated header rows above them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Table, TableStyle

# The smallest piece of a row left at the foot of a page or carried to the next one, in points:
# about two lines of table text, so a page never ends on a sliver of a cell.
SMALLEST_PART = 24


def flowing_table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float | None] | None = None,
    style: TableStyle | None = None,
    repeat_rows: int = 0,
    **options: Any,
) -> Table:
    """A ``Table`` whose rows split across pages, the split falling between or inside the
    paragraphs of a cell."""
    table = Table(
        rows,
        colWidths=col_widths,
        repeatRows=repeat_rows,
        splitInRow=SMALLEST_PART,
        **options,
    )
    if style is not None:
        table.setStyle(style)
    return table
