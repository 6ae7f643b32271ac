"""The one-page "first hour" sheet: the steps and the user's own contacts, to pin on a wall.

Reception staff on a night shift read it standing up, so it is large, plain and on one A4 page
whatever the directory holds: a role shows at most three entries (the rest are counted), and the
whole page is shrunk to fit if a long text would still push it over. A role with no entry gets
ruled lines to write a name and number by hand.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from html import escape
from io import BytesIO
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from interact_desktop.core.atomic import write_atomic_bytes
from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.first_hour import ALWAYS, FirstHourSteps, first_hour_steps
from interact_desktop.core.contacts.model import Contact
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.roles import Role
from interact_desktop.core.export.checklist_pdf import WritingLines
from interact_desktop.core.export.handbook_pdf import PdfMeta, document_options
from interact_desktop.core.export.markdown_pdf import MarkdownFlowables
from interact_desktop.core.export.pdf_fonts import BOLD, FONT
from interact_desktop.core.export.styles import MUTED, grid_style, make_styles

ALERT = colors.HexColor("#b42318")
ENTRIES_PER_ROLE = 3
MARGIN = 13 * mm
MARGIN_TOP = 10 * mm
LINE = 6 * mm  # a hand-written line
FRAME_PADDING = 6  # reportlab's Frame keeps 6 pt inside each edge of the page's frame


class FirstHourSheet:
    """Builds the sheet for one language from the handbook, the roles and the directory."""

    def __init__(self, handbook: Handbook, roles: Mapping[str, Role]) -> None:
        self.handbook = handbook
        self.roles = roles
        self.styles = make_styles()
        body = self.styles.body
        self.lead = ParagraphStyle("lead", parent=body, fontName=BOLD, fontSize=10, leading=13.4)
        self.step = ParagraphStyle(
            "step", parent=body, fontSize=9.8, leading=12.6, leftIndent=16, bulletIndent=0,
            bulletFontName=BOLD, spaceAfter=2.5,
        )  # fmt: skip
        self.cell = ParagraphStyle(
            "sheet-cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0
        )
        self.cell_bold = ParagraphStyle("sheet-cell-bold", parent=self.cell, fontName=BOLD)
        self.number = ParagraphStyle("number", parent=self.cell_bold, fontSize=11, leading=14)
        self.h2 = ParagraphStyle(
            "sheet-h2", parent=self.styles.h2, fontSize=13, leading=17, spaceBefore=6, spaceAfter=3
        )

    def export(
        self,
        directory: Directory,
        target: Path,
        lang: str,
        today: dt.date | None = None,
        author: str = "",
    ) -> None:
        """Write the PDF to ``target`` atomically: a failure never leaves half a sheet."""
        write_atomic_bytes(target, self.render(directory, lang, today, author))

    def render(
        self, directory: Directory, lang: str, today: dt.date | None = None, author: str = ""
    ) -> bytes:
        """The sheet as PDF bytes; ``today`` is the date printed as "contacts as of"."""
        label = self.handbook.export_label
        steps = first_hour_steps(self.handbook, lang)
        buffer = BytesIO()
        title = label("first-hour-title", lang)
        document = SimpleDocTemplate(
            buffer, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_TOP,
            **document_options(PdfMeta(title, author, lang)),
        )  # fmt: skip
        width = document.width - 2 * FRAME_PADDING
        story = [
            *self._header(title, lang, width),
            *self._steps(steps, lang, width),
            Paragraph(escape(label("first-hour-contacts", lang)), self.h2),
            self._contacts(directory, steps.roles, lang, width),
            Spacer(1, 3 * mm),
            *self._footer(steps, lang, today or dt.date.today()),
        ]
        height = document.height - 2 * FRAME_PADDING
        page = KeepInFrame(width, height, story, mode="shrink")
        document.build([page])
        return buffer.getvalue()

    # -- parts --------------------------------------------------------------------------------

    def _header(self, title: str, lang: str, width: float) -> list[Flowable]:
        label = self.handbook.export_label
        heading = ParagraphStyle(
            "sheet-title", parent=self.styles.h1, fontSize=19, leading=23, spaceBefore=0,
            spaceAfter=0,
        )  # fmt: skip
        big = ParagraphStyle(
            "emergency", parent=self.cell_bold, fontSize=22, leading=25, textColor=colors.white,
            alignment=1,
        )  # fmt: skip
        small = ParagraphStyle(
            "emergency-label", parent=self.cell, fontSize=8.5, leading=10, alignment=1,
            textColor=colors.white,
        )  # fmt: skip
        box = [Paragraph(escape(label("first-hour-emergency", lang)), small),
               Paragraph(ALWAYS["police-emergency"], big)]  # fmt: skip
        box_width = 36 * mm
        cells = [[Paragraph(escape(title), heading), box]]
        table = Table(cells, colWidths=[width - box_width, box_width])
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9),  # not reportlab's Helvetica, even unused
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (1, 0), (1, 0), ALERT),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("TOPPADDING", (1, 0), (1, 0), 4),
            ("BOTTOMPADDING", (1, 0), (1, 0), 6),
        ]))  # fmt: skip
        return [table, Spacer(1, 3 * mm)]

    def _steps(self, steps: FirstHourSteps, lang: str, width: float) -> list[Flowable]:
        inline = MarkdownFlowables(self.styles, Path(), lambda _href: None, width).inline
        story: list[Flowable] = []
        if steps.lead is not None:
            story.append(Paragraph(_unbroken(inline(steps.lead)), self.lead))
            story.append(Spacer(1, 2 * mm))
        label = self.handbook.export_label("first-hour-steps", lang)
        story.append(Paragraph(escape(label), self.h2))
        if steps.note is not None:
            story.append(Paragraph(inline(steps.note), self.styles.muted))
        for number, step in enumerate(steps.steps, start=1):
            text = _unbroken(inline(_flat(step)))
            story.append(Paragraph(text, self.step, bulletText=f"{number}."))
        return story

    def _contacts(
        self, directory: Directory, roles: tuple[str, ...], lang: str, width: float
    ) -> Table:
        label = self.handbook.export_label
        head = [
            Paragraph(escape(label(key, lang)), self.styles.cell_head)
            for key in ("first-hour-role", "first-hour-contact", "first-hour-phone",
                        "first-hour-hours")
        ]  # fmt: skip
        rows: list[list[object]] = [head]
        for role_id in roles:
            role = self.roles.get(role_id)
            name = role.title(lang) if role is not None else role_id
            entries = directory.for_role(role_id)
            rows.append([Paragraph(escape(name), self.cell_bold),
                         *self._entries(entries, role_id, lang)])  # fmt: skip
        columns = [0.27 * width, 0.30 * width, 0.26 * width, 0.17 * width]
        table = Table(rows, colWidths=columns, repeatRows=1)
        table.setStyle(grid_style())
        return table

    def _entries(self, entries: list[Contact], role_id: str, lang: str) -> list[object]:
        """The contact, phone and hours cells of one role: its entries, or lines to write on."""
        label = self.handbook.export_label
        who: list[Flowable] = []
        phones: list[Flowable] = []
        hours: list[Flowable] = []
        if role_id in ALWAYS:
            free = _small(label("first-hour-free", lang))
            who.append(Paragraph("—", self.cell))
            phones.append(Paragraph(f"{_unbroken(ALWAYS[role_id])} {free}", self.number))
            hours.append(Paragraph("24/7", self.cell))
        for contact in entries[:ENTRIES_PER_ROLE]:
            if who:
                for cell in (who, phones, hours):
                    cell.append(Spacer(1, 2 * mm))
            name = f"<b>{escape(_short(contact.name))}</b>" if contact.name else ""
            organisation = escape(_short(contact.organisation))
            who.append(Paragraph("<br/>".join(p for p in (name, organisation) if p), self.cell))
            numbers = [
                f"<b>{_unbroken(escape(p.number))}</b> {_small(label('phone-' + p.kind, lang))}"
                for p in contact.phones
            ] + [escape(address) for address in contact.emails[:1]]
            phones.append(Paragraph("<br/>".join(numbers) or "&nbsp;", self.cell))
            hours.append(Paragraph(escape(_short(contact.hours)) or "&nbsp;", self.cell))
        if len(entries) > ENTRIES_PER_ROLE:
            more = label("first-hour-more", lang).replace(
                "%1", str(len(entries) - ENTRIES_PER_ROLE)
            )
            who.append(Paragraph(escape(more), self.styles.muted))
        if not entries and role_id not in ALWAYS:
            return [WritingLines(2, LINE), WritingLines(2, LINE), WritingLines(2, LINE)]
        return [who, phones, hours]

    def _footer(self, steps: FirstHourSteps, lang: str, today: dt.date) -> list[Flowable]:
        label = self.handbook.export_label
        as_of = label("first-hour-as-of", lang).replace("%1", today.isoformat())
        source = label("first-hour-source", lang).replace("%1", steps.title)
        return [
            Paragraph(escape(as_of), self.styles.muted),
            Paragraph(escape(source), self.styles.muted),
        ]


def _short(text: str, limit: int = 90) -> str:
    """A field cut to what a table cell on a wall sheet can show; the app has the rest.

    Names, organisations and hours are cut; phone numbers never are: a number cut short is a
    wrong number.
    """
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _small(text: str) -> str:
    """A word in small muted type after a number ("mobile", "free of charge")."""
    return f"<font size=8 color='{MUTED.hexval()}'>{escape(text)}</font>"


def _unbroken(markup: str) -> str:
    """Numbers written in groups ("116 000", "+30 210 000 0001") never break across lines."""
    return re.sub(r"(?<=\d) (?=\d)", "\u00a0", markup)


def _flat(step: ET.Element) -> ET.Element:
    """A list item's text without nested lists or paragraph wrappers (loose lists wrap in <p>)."""
    flat = ET.Element("span")
    flat.text = step.text
    for child in step:
        if child.tag == "p":
            flat.append(_copy_inline(child))
        elif child.tag not in ("ul", "ol"):
            flat.append(child)
    return flat


def _copy_inline(paragraph: ET.Element) -> ET.Element:
    span = ET.Element("span")
    span.text = paragraph.text
    span.extend(list(paragraph))
    span.tail = paragraph.tail
    return span
