"""A case from the notebook as a PDF: summary, timeline (with the path taken through a flowchart),
notes, attached checklists with their answers, and the export register.

Every page carries "Confidential — contains personal data" at the top and "Page X of Y" at the
foot. A redaction preset (see core/notebook/dossier.py) decides what leaves the notebook; the
export is written to the register whatever the preset.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from html import escape
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from interact_desktop.core.atomic import write_atomic_bytes
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import localized
from interact_desktop.core.content.tool_model import Checklist, ChecklistItem
from interact_desktop.core.content.typography import with_colon
from interact_desktop.core.export.checklist_pdf import _when
from interact_desktop.core.export.handbook_pdf import (
    PageTotalCanvas,
    PdfMeta,
    document_options,
    draw_page_of,
)
from interact_desktop.core.export.note_markdown import NoteFlowables
from interact_desktop.core.export.pdf_fonts import BOLD, FONT
from interact_desktop.core.export.styles import RULE, TABLE_HEAD, make_styles
from interact_desktop.core.export.tables import flowing_table
from interact_desktop.core.forms.answers import YES_NO, FilledChecklist, is_answered
from interact_desktop.core.notebook.dossier import Dossier, gather, redact
from interact_desktop.core.notebook.records import FLOWCHART_STEP, KINDS
from interact_desktop.core.notebook.store import Notebook

CONFIDENTIAL_RED = "#9a1c1c"
SUMMARY_FIELDS = ("reference", "status", "languages", "roles", "tags", "purpose", "opened",
                  "last_seen", "closed", "retention")  # fmt: skip


def export_case_report(
    notebook: Notebook,
    handbook: Handbook,
    case_id: int,
    target: Path,
    lang: str,
    preset: str = "full",
    recipient: str = "",
    author: str = "",
    path_taken: Sequence[str] = (),
) -> None:
    """Write the report of one case and record it in the export register."""
    dossier = redact(gather(notebook, case_id), preset, handbook.checklists)
    CaseReport(handbook).write(dossier, target, lang, recipient, author, path_taken)
    notebook.register.record(case_id, f"case report (PDF): {target.name}", recipient, preset)


class CaseReport:
    def __init__(self, handbook: Handbook) -> None:
        self.handbook = handbook
        styles = make_styles()
        # A heading never ends a page alone.
        self._dateline = ParagraphStyle("dateline", parent=styles.small, keepWithNext=1)
        self.styles = replace(
            styles,
            h2=ParagraphStyle("case_h2", parent=styles.h2, keepWithNext=1),
            h3=ParagraphStyle("case_h3", parent=styles.h3, keepWithNext=1),
        )

    def label(self, key: str, lang: str) -> str:
        return self.handbook.export_label(key, lang)

    def write(
        self,
        dossier: Dossier,
        target: Path,
        lang: str,
        recipient: str = "",
        author: str = "",
        path_taken: Sequence[str] = (),
    ) -> None:
        """Write the report atomically and private to the user (0600): it is case data, and a
        failure leaves whatever was at ``target`` before."""
        label = self.label
        reference = dossier.case.reference
        title = f"{label('case-report', lang)}" + (f" — {reference}" if reference else "")
        output = BytesIO()
        document = SimpleDocTemplate(
            output, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=22 * mm,
            bottomMargin=18 * mm, **document_options(PdfMeta(title, author, lang)),
        )  # fmt: skip
        width = document.width
        story = self._title(dossier, title, lang, recipient)
        story += self._summary(dossier, lang, width)
        story += self._timeline(dossier, lang, width, path_taken)
        story += self._notes(dossier, lang, width)
        story += self._checklists(dossier, lang, width)
        if dossier.preset == "full":
            story += self._register(dossier, lang, width)
        confidential = label("confidential", lang)
        page_of = label("page-of", lang)

        furniture = confidential_furniture(confidential, page_of, title[:90])

        document.build(
            story, onFirstPage=furniture, onLaterPages=furniture, canvasmaker=PageTotalCanvas
        )
        write_atomic_bytes(target, output.getvalue(), private=True)

    # -- sections -----------------------------------------------------------------------------

    def _title(self, dossier: Dossier, title: str, lang: str, recipient: str) -> list:
        styles, label = self.styles, self.label
        today = dt.date.today().isoformat()
        lines = [label(f"preset-{dossier.preset}", lang),
                 label("exported-on", lang).replace("%1", today)]  # fmt: skip
        if recipient:
            lines.append(label("prepared-for", lang).replace("%1", recipient))
        return [
            Paragraph(escape(title), styles.h1),
            Paragraph(escape(" · ".join(lines)), styles.muted),
            Spacer(1, 2 * mm),
        ]

    def _summary(self, dossier: Dossier, lang: str, width: float) -> list:
        styles, label = self.styles, self.label
        case = dossier.case
        rows = []
        for field in SUMMARY_FIELDS:
            value = getattr(case, field)
            if field == "status":
                value = label(f"status-{value}", lang)
            if not value:
                if not _left_out(field, dossier):
                    continue
                value = label("withheld", lang)
            rows.append([Paragraph(escape(label(f"field-{field}", lang)), styles.cell_head),
                         Paragraph(escape(value).replace("\n", "<br/>"), styles.cell)])  # fmt: skip
        return [Paragraph(escape(label("summary", lang)), styles.h2),
                self._table(rows, [width * 0.3, width * 0.7], header=False)]  # fmt: skip

    def _timeline(
        self, dossier: Dossier, lang: str, width: float, path_taken: Sequence[str]
    ) -> list:
        styles, label = self.styles, self.label
        story: list = [Paragraph(escape(label("timeline", lang)), styles.h2)]
        if dossier.timeline:
            head = [label(k, lang) for k in ("column-when", "column-kind", "column-what")]
            rows = [[Paragraph(escape(h), styles.cell_head) for h in head]]
            for entry in dossier.timeline:
                text = self._entry_text(entry.kind, entry.text, lang) or label("withheld", lang)
                rows.append([
                    Paragraph(escape(_when(entry.at)), styles.cell),
                    Paragraph(escape(label(f"kind-{entry.kind}", lang)
                                     if entry.kind in KINDS else entry.kind), styles.cell),
                    Paragraph(escape(text).replace("\n", "<br/>"), styles.cell),
                ])  # fmt: skip
            story.append(self._table(rows, [width * 0.2, width * 0.22, width * 0.58]))
        elif not path_taken:
            story.append(Paragraph(escape(label("none", lang)), styles.muted))
        if path_taken:
            story.append(Paragraph(escape(label("path-taken", lang)), styles.h3))
            for number, step in enumerate(path_taken, start=1):
                story.append(Paragraph(escape(step), styles.body, bulletText=f"{number}."))
        return story

    def _entry_text(self, kind: str, text: str, lang: str) -> str:
        """A finalised checklist is named by its title in ``lang``; others as written."""
        checklist = self.handbook.checklists.get(text) if kind != FLOWCHART_STEP else None
        return localized(checklist.title, lang) if checklist is not None else text

    def _notes(self, dossier: Dossier, lang: str, width: float) -> list:
        styles, label = self.styles, self.label
        story: list = [Paragraph(escape(label("notes", lang)), styles.h2)]
        if not dossier.notes:
            return [*story, Paragraph(escape(label("none", lang)), styles.muted)]
        if not dossier.free_text:
            count = label("notes-left-out", lang).replace("%1", str(len(dossier.notes)))
            return [*story, Paragraph(escape(count), styles.muted)]
        converter = NoteFlowables(styles, width)
        for note in dossier.notes:
            story.append(Paragraph(escape(_when(note.updated)), self._dateline))
            story += converter.convert_note(note.body)
            story.append(Spacer(1, 3 * mm))
        return story

    def _checklists(self, dossier: Dossier, lang: str, width: float) -> list:
        styles, label = self.styles, self.label
        story: list = [Paragraph(escape(label("checklists", lang)), styles.h2)]
        if not dossier.checklists:
            return [*story, Paragraph(escape(label("none", lang)), styles.muted)]
        for _, filled in dossier.checklists:
            checklist = self.handbook.checklists.get(filled.template)
            name = localized(checklist.title, lang) if checklist else filled.template
            state = (label("finalised", lang).replace("%1", _when(filled.finalised))
                     if filled.finalised else
                     label("draft", lang).replace("%1", _when(filled.updated)))  # fmt: skip
            rows = self._answer_rows(checklist, filled, lang)
            parts = [Paragraph(escape(name), styles.h3), Paragraph(escape(state), styles.small)]
            if checklist is not None:
                parts += self._alerts_and_gaps(checklist, filled, lang)
            if rows:
                parts.append(self._table(rows, [width * 0.45, width * 0.55], header=False))
            else:
                parts.append(Paragraph(escape(label("not-answered", lang)), styles.muted))
            story += parts
        return story

    def _alerts_and_gaps(
        self, checklist: Checklist, filled: FilledChecklist, lang: str
    ) -> list[Paragraph]:
        """What the form showed in its banner, and the required questions still open: a reader
        of the report must not take a half-filled risk assessment for a complete one."""
        from interact_desktop.core.forms.engine import FormState

        styles, label = self.styles, self.label
        state = FormState(checklist, filled)
        parts = []
        for alert in state.alerts():
            text = f"<b>{escape(with_colon(label('alert-raised', lang), lang))}</b> "
            parts.append(Paragraph(text + escape(localized(alert.message, lang)), styles.body))
        open_items = {issue.item for issue in state.issues() if issue.kind == "required"}
        missing = [localized(i.label, lang) for i in checklist.items if i.id in open_items]
        if missing:
            heading = escape(with_colon(label("unanswered-required", lang), lang))
            parts.append(Paragraph(f"<b>{heading}</b> " + escape("; ".join(missing)), styles.body))
        return parts

    def _answer_rows(
        self, checklist: Checklist | None, filled: FilledChecklist, lang: str
    ) -> list[list[Paragraph]]:
        styles = self.styles
        items = {item.id: item for item in checklist.items} if checklist else {}
        order = [i for i in items if i in filled.answers] + [
            key for key in filled.answers if key not in items
        ]
        rows = []
        for key in order:
            value = filled.answers[key]
            if not is_answered(value):
                continue
            item = items.get(key)
            question = localized(item.label, lang) if item else key
            rows.append([Paragraph(escape(question), styles.cell),
                         Paragraph(self._answer(item, value, lang), styles.cell)])  # fmt: skip
        return rows

    def _answer(self, item: ChecklistItem | None, value: Any, lang: str) -> str:
        label = self.label
        if item is not None and item.type == "yesno" and value in YES_NO:
            return escape(label(value, lang))
        if item is not None and item.type in ("choice", "multichoice"):
            names = {c.id: localized(c.label, lang) for c in item.choices}
            chosen = value if isinstance(value, list) else [value]
            return escape(", ".join(names.get(str(c), str(c)) for c in chosen))
        if isinstance(value, list):  # rows of a group
            lines = []
            for row in value:
                if isinstance(row, dict):
                    lines.append(" · ".join(str(v) for v in row.values() if is_answered(v)))
                else:
                    lines.append(str(row))
            return "<br/>".join(escape(line) for line in lines)
        if item is not None and item.type == "datetime":
            return escape(_when(str(value)))
        return escape(str(value)).replace("\n", "<br/>")

    def _register(self, dossier: Dossier, lang: str, width: float) -> list:
        styles, label = self.styles, self.label
        story: list = [Paragraph(escape(label("export-register", lang)), styles.h2)]
        if not dossier.register:
            return [*story, Paragraph(escape(label("none", lang)), styles.muted)]
        head = [label(k, lang) for k in ("column-when", "column-what", "column-for-whom")]
        rows = [[Paragraph(escape(h), styles.cell_head) for h in head]]
        for record in dossier.register:
            rows.append([Paragraph(escape(_when(record.at)), styles.cell),
                         Paragraph(escape(record.what), styles.cell),
                         Paragraph(escape(record.recipient), styles.cell)])  # fmt: skip
        return [*story, self._table(rows, [width * 0.2, width * 0.5, width * 0.3])]

    def _table(self, rows: list, widths: list[float], header: bool = True) -> Table:
        """Rows split across pages: an entry or an answer may be longer than a page."""
        commands = [
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        commands.append(("BACKGROUND", (0, 0), (-1, 0) if header else (0, -1), TABLE_HEAD))
        return flowing_table(rows, widths, TableStyle(commands), repeat_rows=1 if header else 0)


def _left_out(field: str, dossier: Dossier) -> bool:
    """Whether an empty field is empty because the preset left it out (said so on the page)."""
    if field in ("reference", "tags"):
        return dossier.preset != "full"
    return field == "purpose" and not dossier.free_text


def confidential_furniture(
    confidential: str, page_of: str, title: str, size: float = 9
) -> Callable[[Canvas, SimpleDocTemplate], None]:
    """What every page of a document with case data carries: the confidentiality line at the
    top in red; the title and "Page X of Y" at the foot."""

    def furniture(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(BOLD, size)
        canvas.setFillColor(CONFIDENTIAL_RED)
        top = doc.pagesize[1] - 12 * mm
        canvas.drawCentredString(doc.pagesize[0] / 2, top, confidential)
        canvas.setStrokeColor(CONFIDENTIAL_RED)
        canvas.setLineWidth(0.6)
        canvas.line(doc.leftMargin, top - 2.5 * mm, doc.pagesize[0] - doc.rightMargin,
                    top - 2.5 * mm)  # fmt: skip
        canvas.restoreState()
        draw_page_of(canvas, page_of, 10 * mm, left=doc.leftMargin, prefix=f"{title}  ·  ")

    return furniture
