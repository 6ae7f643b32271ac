"""The hand-over of a case as a PDF in two languages: the sender's and the recipient's.

Labels, questions and choices are printed in both languages, the recipient's below the sender's
in grey; what a person wrote (answers, notes, timeline entries, names, purpose) is printed once,
as written, since a translation of it would be the app's guess. The cross-border hand-over
checklist comes first, filled in as sent (or blank, to fill in, when it was not sent), then the
summary, the timeline, the other checklists and the notes.

It is made from the packet's payload, so the PDF shows exactly what the packet holds.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from interact_desktop.core.atomic import write_atomic_bytes
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import localized
from interact_desktop.core.content.tool_model import Checklist, ChecklistItem
from interact_desktop.core.export.case_report_pdf import CaseReport, confidential_furniture
from interact_desktop.core.export.checklist_pdf import _when
from interact_desktop.core.export.handbook_pdf import (
    PageTotalCanvas,
    PdfMeta,
    document_options,
)
from interact_desktop.core.export.note_markdown import NoteFlowables
from interact_desktop.core.export.styles import MUTED
from interact_desktop.core.forms.answers import YES_NO, FilledChecklist, is_answered
from interact_desktop.core.handover import legal_bases
from interact_desktop.core.handover.payload import Payload
from interact_desktop.core.languages import NATIVE_NAMES
from interact_desktop.core.notebook.records import CHECKLIST_FINALISED, KINDS, STATUSES

HANDOVER_CHECKLIST = "cross-border-handover"
SUMMARY_FIELDS = ("reference", "status", "languages", "roles", "purpose", "opened", "last_seen")
_GREY = MUTED.hexval().replace("0x", "#")


class HandoverReport(CaseReport):
    """Write with ``write(payload, target)``; the two languages are the payload's."""

    def __init__(self, handbook: Handbook) -> None:
        super().__init__(handbook)
        self._dateline = ParagraphStyle("ho_date", parent=self.styles.small, keepWithNext=1)
        self.styles = replace(
            self.styles, h2=ParagraphStyle("ho_h2", parent=self.styles.h2, keepWithNext=1)
        )

    def write(self, payload: Payload, target: Path) -> None:  # type: ignore[override]
        """Write the PDF atomically, private to the user (0600): it is case data."""
        first = payload.provenance.sender_language
        second = payload.provenance.recipient_language
        self.langs = (first, second) if first != second else (first,)
        title = self.label("handover-title", first)
        output = BytesIO()
        document = SimpleDocTemplate(
            output, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=22 * mm,
            bottomMargin=18 * mm, **document_options(PdfMeta(title, "", first)),
        )  # fmt: skip
        width = document.width
        story = self._head(payload)
        story += self._provenance(payload, width)
        story += self._handover_checklist(payload, width)
        story += self._bilingual_summary(payload, width)
        story += self._bilingual_timeline(payload, width)
        story += self._other_checklists(payload, width)
        story += self._sent_notes(payload, width)
        confidential = "  ·  ".join(self.label("confidential", lang) for lang in self.langs)
        page_of = self.label("page-of", first)

        furniture = confidential_furniture(confidential, page_of, title, size=8.5)

        document.build(
            story, onFirstPage=furniture, onLaterPages=furniture, canvasmaker=PageTotalCanvas
        )
        write_atomic_bytes(target, output.getvalue(), private=True)

    # -- two languages ------------------------------------------------------------------------

    def _pair(self, texts: list[str], bold: bool = False) -> str:
        """The first language's text, then the second's in grey below (once when equal)."""
        first = escape(texts[0])
        first = f"<b>{first}</b>" if bold else first
        rest = [escape(t) for t in texts[1:] if t and t != texts[0]]
        return "<br/>".join([first, *(f'<font color="{_GREY}">{t}</font>' for t in rest)])

    def _both(self, key: str, bold: bool = False) -> str:
        return self._pair([self.label(key, lang) for lang in self.langs], bold)

    def _localized(self, labels: dict[str, str], bold: bool = False) -> str:
        return self._pair([localized(labels, lang) for lang in self.langs], bold)

    def _heading(self, texts: list[str]) -> Paragraph:
        return Paragraph(self._pair(texts), self.styles.h2)

    def _row(self, label: str, value: str) -> list[Paragraph]:
        return [Paragraph(label, self.styles.cell), Paragraph(value, self.styles.cell)]

    # -- sections -----------------------------------------------------------------------------

    def _head(self, payload: Payload) -> list:
        styles = self.styles
        titles = [self.label("handover-title", lang) for lang in self.langs]
        story: list = [Paragraph(escape(titles[0]), styles.h1)]
        if len(titles) > 1:
            story.append(Paragraph(f'<font color="{_GREY}">{escape(titles[1])}</font>',
                                   ParagraphStyle("ho_sub", parent=styles.h1, fontSize=14,
                                                  leading=18, spaceBefore=0)))  # fmt: skip
        preset = "  ·  ".join(self.label(f"preset-{payload.preset}", lang) for lang in self.langs)
        story.append(Paragraph(escape(preset), styles.muted))
        story.append(Paragraph(self._both("handover-as-written"), styles.muted))
        story.append(Spacer(1, 2 * mm))
        return story

    def _provenance(self, payload: Payload, width: float) -> list:
        origin = payload.provenance
        checklists = self.handbook.checklists
        basis = [legal_bases.described(origin.legal_basis, "", checklists, lang)
                 for lang in self.langs]  # fmt: skip
        basis_text = self._pair(basis) if basis[0] else ""
        if origin.legal_basis_text.strip():
            typed = escape(origin.legal_basis_text.strip()).replace("\n", "<br/>")
            basis_text = f"{basis_text}<br/>{typed}" if basis_text else typed
        languages = " → ".join(NATIVE_NAMES[code] for code in
                               (origin.sender_language, origin.recipient_language))  # fmt: skip
        values = [
            ("handover-sender", escape(origin.sender_name)),
            ("handover-organisation", escape(origin.organisation)),
            ("handover-country", escape(origin.country)),
            ("handover-recipient", escape(origin.recipient)),
            ("handover-date", escape(origin.date)),
            ("handover-purpose", escape(origin.purpose).replace("\n", "<br/>")),
            ("handover-legal-basis", basis_text),
            ("handover-languages", escape(languages)),
        ]
        rows = [self._row(self._both(key, bold=True), value) for key, value in values if value]
        heading = [self.label("handover-provenance", lang) for lang in self.langs]
        return [self._heading(heading), self._table(rows, [width * 0.32, width * 0.68], False)]

    def _handover_checklist(self, payload: Payload, width: float) -> list:
        template = self.handbook.checklists.get(HANDOVER_CHECKLIST)
        if template is None:
            return []
        filled = next((f for f in payload.checklists if f.template == HANDOVER_CHECKLIST), None)
        return self._checklist(template, filled, width, every_item=True)

    def _other_checklists(self, payload: Payload, width: float) -> list:
        story: list = []
        for filled in payload.checklists:
            if filled.template == HANDOVER_CHECKLIST:
                continue
            template = self.handbook.checklists.get(filled.template)
            if template is None:
                story.append(self._heading([filled.template]))
                rows = [self._row(escape(k), escape(str(v))) for k, v in filled.answers.items()]
                if rows:
                    story.append(self._table(rows, [width * 0.45, width * 0.55], False))
                continue
            story += self._checklist(template, filled, width, every_item=False)
        return story

    def _checklist(
        self, template: Checklist, filled: FilledChecklist | None, width: float, every_item: bool
    ) -> list:
        styles = self.styles
        story: list = [self._heading([localized(template.title, lang) for lang in self.langs])]
        if filled is None:
            story.append(Paragraph(self._both("handover-checklist-not-filled"), styles.muted))
        else:
            state = [
                (self.label("finalised", lang).replace("%1", _when(filled.finalised))
                 if filled.finalised else
                 self.label("draft", lang).replace("%1", _when(filled.updated)))
                for lang in self.langs
            ]  # fmt: skip
            story.append(Paragraph(self._pair(state), styles.small))
        answers = filled.answers if filled else {}
        rows = []
        for item in template.items:
            value = answers.get(item.id)
            if not is_answered(value) and not every_item:
                continue
            shown = self._two_answers(item, value) if is_answered(value) else "—"
            rows.append(self._row(self._localized(dict(item.label)), shown))
        known = {item.id for item in template.items}
        for key, value in answers.items():
            if key not in known and is_answered(value):
                rows.append(self._row(escape(key), escape(str(value))))
        if rows:
            story.append(self._table(rows, [width * 0.5, width * 0.5], False))
        elif filled is not None:
            story.append(Paragraph(self._both("not-answered"), styles.muted))
        return story

    def _two_answers(self, item: ChecklistItem, value: Any) -> str:
        """Choices and yes/no in both languages; what was written, once."""
        if (item.type == "yesno" and value in YES_NO) or item.type in ("choice", "multichoice"):
            texts = [self._answer(item, value, lang) for lang in self.langs]
            rest = [t for t in texts[1:] if t != texts[0]]
            return "<br/>".join([texts[0], *(f'<font color="{_GREY}">{t}</font>' for t in rest)])
        return self._answer(item, value, self.langs[0])

    def _bilingual_summary(self, payload: Payload, width: float) -> list:
        summary = payload.summary
        rows = []
        for field in SUMMARY_FIELDS:
            value = getattr(summary, field)
            if not value:
                continue
            if field == "status" and value in STATUSES:
                shown = self._both(f"status-{value}")
            else:
                shown = escape(value).replace("\n", "<br/>")
            rows.append(self._row(self._both(f"field-{field}", bold=True), shown))
        heading = [self.label("summary", lang) for lang in self.langs]
        if not rows:
            return [self._heading(heading), Paragraph(self._both("none"), self.styles.muted)]
        return [self._heading(heading), self._table(rows, [width * 0.32, width * 0.68], False)]

    def _bilingual_timeline(self, payload: Payload, width: float) -> list:
        heading = [self.label("timeline", lang) for lang in self.langs]
        if not payload.timeline:
            return [self._heading(heading), Paragraph(self._both("none"), self.styles.muted)]
        head = [Paragraph(self._both(key, bold=True), self.styles.cell)
                for key in ("column-when", "column-kind", "column-what")]  # fmt: skip
        rows = [head]
        for entry in payload.timeline:
            kind = self._both(f"kind-{entry.kind}") if entry.kind in KINDS else escape(entry.kind)
            checklist = (self.handbook.checklists.get(entry.text)
                         if entry.kind == CHECKLIST_FINALISED else None)  # fmt: skip
            text = (self._localized(dict(checklist.title)) if checklist is not None
                    else escape(entry.text).replace("\n", "<br/>"))  # fmt: skip
            cells = (escape(_when(entry.at)), kind, text)
            rows.append([Paragraph(cell, self.styles.cell) for cell in cells])
        return [self._heading(heading),
                self._table(rows, [width * 0.18, width * 0.22, width * 0.6])]  # fmt: skip

    def _sent_notes(self, payload: Payload, width: float) -> list:
        if not payload.notes:
            return []
        story: list = [self._heading([self.label("notes", lang) for lang in self.langs])]
        converter = NoteFlowables(self.styles, width)
        for note in payload.notes:
            story.append(Paragraph(escape(_when(note.updated)), self._dateline))
            story += converter.convert_note(note.body)
            story.append(Spacer(1, 3 * mm))
        return story
