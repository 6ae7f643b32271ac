"""The one-page summary of a guided response to hand to the police.

An officer taking a missing-child report needs, on one sheet: when the child was last seen (or
the absence noticed), what was done since and when, what information to collect, and who to call
back. The sheet is in the user's language and, when asked, a second one under each line (the
officer may read another). It is always one A4 page: the timeline keeps its first entry and the
latest ones with a line saying how many earlier entries are left out, and the page is shrunk as a
last resort. The moment the response counts from is printed at the top and is never left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from functools import partial
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
from interact_desktop.core.contacts.first_hour import ALWAYS, NAMED_IN_STEPS
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import localized
from interact_desktop.core.content.roles import Role
from interact_desktop.core.export.checklist_pdf import WritingLines
from interact_desktop.core.export.handbook_pdf import PdfMeta, document_options
from interact_desktop.core.export.pdf_fonts import BOLD, FONT
from interact_desktop.core.export.police_summary import (
    RunRecord,
    police_needs,
    step_sentence,
    timeline,
    when,
)
from interact_desktop.core.export.styles import MUTED, grid_style, make_styles

ALERT = colors.HexColor("#b42318")
MARGIN = 13 * mm
FRAME_PADDING = 6  # reportlab's Frame keeps 6 pt inside each edge of the page's frame
#: Timeline entries on the page, in one language and in two; the rest are counted.
KEEP = {1: 12, 2: 8}
ENTRIES_PER_ROLE = 2
#: The checklist item whose label says what to write down after the report.
REFERENCE_ITEM = ("missing-first-hours", "police-reference")


class PoliceSummary:
    """Builds the summary from the handbook (words, needs, roles) and the user's contacts."""

    def __init__(self, handbook: Handbook, roles: Mapping[str, Role] | None = None) -> None:
        self.handbook = handbook
        self.roles = roles if roles is not None else handbook.roles
        self.styles = make_styles()
        body = self.styles.body
        self.cell = ParagraphStyle("police-cell", parent=body, fontSize=9, leading=11.2,
                                   spaceAfter=0)  # fmt: skip
        self.cell_bold = ParagraphStyle("police-cell-bold", parent=self.cell, fontName=BOLD)
        self.second = ParagraphStyle("police-second", parent=self.cell, fontSize=8.2,
                                     leading=10, textColor=MUTED)  # fmt: skip
        self.h2 = ParagraphStyle("police-h2", parent=self.styles.h2, fontSize=12.5, leading=15,
                                 spaceBefore=7, spaceAfter=3)  # fmt: skip
        self.key = ParagraphStyle("police-key", parent=body, fontName=BOLD, fontSize=13,
                                  leading=16.5, spaceAfter=1)  # fmt: skip

    def export(
        self, run: RunRecord, directory: Directory | None, target: Path, lang: str,
        second: str | None = None, now: dt.datetime | None = None, author: str = "",
    ) -> None:  # fmt: skip
        """Write the PDF to ``target`` atomically: a failure never leaves half a page."""
        write_atomic_bytes(target, self.render(run, directory, lang, second, now, author))

    def render(
        self, run: RunRecord, directory: Directory | None, lang: str,
        second: str | None = None, now: dt.datetime | None = None, author: str = "",
    ) -> bytes:  # fmt: skip
        """The summary as PDF bytes; ``now`` is when it is made (printed, and the time since
        the moment is counted to it)."""
        second = second if second and second != lang else None
        languages = [lang, second] if second else [lang]
        now = now or dt.datetime.now()
        label = self.handbook.export_label
        buffer = BytesIO()
        title = label("police-title", lang)
        document = SimpleDocTemplate(
            buffer, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN, **document_options(PdfMeta(title, author, lang)),
        )  # fmt: skip
        width = document.width - 2 * FRAME_PADDING
        story = [
            *self._header(run, languages, now, width),
            *self._timeline(run, languages, width),
            *self._needs(languages, width),
            *self._contacts(directory, languages, width),
            Spacer(1, 2 * mm),
            self._source(languages),
        ]
        height = document.height - 2 * FRAME_PADDING
        document.build([KeepInFrame(width, height, story, mode="shrink")])
        return buffer.getvalue()

    # -- words --------------------------------------------------------------------------------

    def _both(self, words: Callable[[str], str], languages: list[str], style: ParagraphStyle,
              ) -> list[Flowable]:  # fmt: skip
        """A line in the first language, and under it in the second (smaller, muted)."""
        lines = [Paragraph(escape(words(languages[0])), style)]
        if len(languages) > 1:
            lines.append(Paragraph(escape(words(languages[1])), self.second))
        return lines

    def _heading(self, words: Callable[[str], str], languages: list[str]) -> Paragraph:
        text = escape(words(languages[0]))
        if len(languages) > 1:
            other = escape(words(languages[1]))
            text += f" <font size=10 color='{MUTED.hexval()}'>/ {other}</font>"
        return Paragraph(text, self.h2)

    def _label(self, key: str, value: str = "") -> Callable[[str], str]:
        """A label of content/export_labels.toml as a function of the language, %1 filled."""
        return lambda lang: self.handbook.export_label(key, lang).replace("%1", value)

    # -- parts --------------------------------------------------------------------------------

    def _header(self, run: RunRecord, languages: list[str], now: dt.datetime, width: float,
                ) -> list[Flowable]:  # fmt: skip
        label = self.handbook.export_label
        heading = ParagraphStyle("police-title", parent=self.styles.h1, fontSize=18, leading=22,
                                 spaceBefore=0, spaceAfter=1)  # fmt: skip
        big = ParagraphStyle("police-112", parent=self.cell_bold, fontSize=20, leading=23,
                             textColor=colors.white, alignment=1)  # fmt: skip
        small = ParagraphStyle("police-112-label", parent=self.cell, fontSize=8, leading=10,
                               alignment=1, textColor=colors.white)  # fmt: skip
        titles: list[Flowable] = [Paragraph(escape(label("police-title", languages[0])), heading)]
        if len(languages) > 1:
            titles.append(Paragraph(escape(label("police-title", languages[1])), self.second))
        box = [Paragraph(escape(label("first-hour-emergency", languages[0])), small),
               Paragraph(ALWAYS["police-emergency"], big)]  # fmt: skip
        box_width = 32 * mm
        table = Table([[titles, box]], colWidths=[width - box_width, box_width])
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (1, 0), (1, 0), ALERT),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
        ]))  # fmt: skip
        flowchart = run.flowchart

        def about(lang: str) -> str:
            parts = [
                label("police-flowchart", lang).replace("%1", localized(flowchart.title, lang)),
                label("police-prepared", lang).replace("%1", when(now)),
            ]
            if run.case:
                parts.append(label("police-case", lang).replace("%1", run.case))
            return " · ".join(parts)

        def last_seen(lang: str) -> str:
            return label("police-last-seen", lang).replace("%1", when(run.moment))

        def elapsed(lang: str) -> str:
            minutes = max(int((now - run.moment).total_seconds() // 60), 0)
            hours, minutes = divmod(minutes, 60)
            if hours:
                span = label("police-span", lang).replace("%1", str(hours))
                span = span.replace("%2", f"{minutes:02d}")
            else:
                span = label("police-span-minutes", lang).replace("%1", str(minutes))
            return label("police-elapsed", lang).replace("%1", span)

        item = self._reference_item()
        story: list[Flowable] = [
            table, Spacer(1, 1.5 * mm), *self._both(about, languages, self.cell), Spacer(1, 3 * mm)
        ]  # fmt: skip
        key = [
            *self._both(last_seen, languages, self.key),
            *self._both(elapsed, languages, self.cell),
        ]
        boxed = Table([[key]], colWidths=[width])
        boxed.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.2, ALERT),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))  # fmt: skip
        story.append(boxed)
        if item is not None:
            story.append(Spacer(1, 2.5 * mm))
            reference = Table(
                [[self._both(lambda lang: localized(item, lang) + ":", languages, self.cell_bold),
                  WritingLines(1, 6 * mm)]],
                colWidths=[0.45 * width, 0.55 * width],
            )  # fmt: skip
            reference.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                           ("LEFTPADDING", (0, 0), (0, 0), 0)]))  # fmt: skip
            story.append(reference)
        return story

    def _reference_item(self) -> Mapping[str, str] | None:
        checklist = self.handbook.checklists.get(REFERENCE_ITEM[0])
        if checklist is None:
            return None
        item = next((i for i in checklist.items if i.id == REFERENCE_ITEM[1]), None)
        return item.label if item is not None else None

    def _timeline(self, run: RunRecord, languages: list[str], width: float) -> list[Flowable]:
        shown, left_out = timeline(run.steps, KEEP[len(languages)])
        rows: list[list[object]] = []
        for number, step in enumerate(shown):
            if number == 1 and left_out:
                earlier = [Paragraph("…", self.cell)]
                earlier_words = self._label("police-earlier", str(left_out))
                words = self._both(earlier_words, languages, self.second)
                rows.append([earlier, words])
            told = partial(step_sentence, self.handbook, run.flowchart, step)
            sentence = self._both(told, languages, self.cell)
            rows.append([Paragraph(f"<b>{step.at:%H:%M}</b>", self.cell), sentence])
        table = Table(rows, colWidths=[16 * mm, width - 16 * mm])
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#c9ced6")),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))  # fmt: skip
        return [self._heading(self._label("police-timeline"), languages), table]

    def _needs(self, languages: list[str], width: float) -> list[Flowable]:
        _title, first = police_needs(self.handbook, languages[0])
        other = police_needs(self.handbook, languages[1])[1] if len(languages) > 1 else []
        if not first:
            return []
        heading = self._heading(self._needs_heading, languages)
        rows: list[list[object]] = []
        for number, need in enumerate(first):
            what: list[Flowable] = [
                Paragraph(f"☐&nbsp;&nbsp;<b>{escape(need.what)}</b>", self.cell)
            ]
            where: list[Flowable] = [Paragraph(escape(need.where), self.cell)]
            if number < len(other):
                what.append(Paragraph(escape(other[number].what), self.second))
                where.append(Paragraph(escape(other[number].where), self.second))
            rows.append([what, where])
        table = Table(rows, colWidths=[0.5 * width, 0.5 * width])
        table.setStyle(grid_style())
        return [heading, table]

    def _needs_heading(self, lang: str) -> str:
        """The heading the guide gives the table (e.g. "What to give the police")."""
        from interact_desktop.core.export.police_summary import REPORT_SECTION

        text = self.handbook.text(REPORT_SECTION, lang)
        if text is not None:
            for line in text.body.splitlines():
                if line.startswith("## "):
                    return line[3:].strip()
        return self.handbook.title(REPORT_SECTION, lang)

    def _contacts(self, directory: Directory | None, languages: list[str], width: float,
                  ) -> list[Flowable]:  # fmt: skip
        rows: list[list[object]] = [[
            self._both(self._label(key), languages, self.styles.cell_head)
            for key in ("first-hour-role", "first-hour-contact", "first-hour-phone")
        ]]  # fmt: skip
        for role_id in NAMED_IN_STEPS:
            entries = directory.for_role(role_id) if directory is not None else []
            if not entries and role_id not in ALWAYS:
                continue
            role = self.roles.get(role_id)
            titled = role.title if role is not None else partial(_same, role_id)
            name = self._both(titled, languages, self.cell_bold)
            who: list[Flowable] = []
            phones: list[Flowable] = []
            if role_id in ALWAYS:
                who.append(Paragraph("—", self.cell))
                phones.append(Paragraph(f"<b>{ALWAYS[role_id]}</b>", self.cell))
            for contact in entries[:ENTRIES_PER_ROLE]:
                names = [escape(n) for n in (contact.name, contact.organisation) if n]
                who.append(Paragraph(" · ".join(names) or "&nbsp;", self.cell))
                numbers = [f"<b>{escape(p.number)}</b>" for p in contact.phones[:2]]
                numbers += [escape(address) for address in contact.emails[:1]]
                phones.append(Paragraph(", ".join(numbers) or "&nbsp;", self.cell))
            rows.append([name, who, phones])
        table = Table(rows, colWidths=[0.3 * width, 0.4 * width, 0.3 * width], repeatRows=1)
        table.setStyle(grid_style())
        return [self._heading(self._label("police-contacts"), languages), table]

    def _source(self, languages: list[str]) -> Paragraph:
        label = self.handbook.export_label
        lang = languages[0]
        title = self.handbook.title("response-first-hours-report", lang)
        return Paragraph(escape(label("police-source", lang).replace("%1", title)),
                         self.styles.muted)  # fmt: skip


def _same(text: str, _lang: str) -> str:
    """A role without a title in the content is named by its id, in every language."""
    return text
