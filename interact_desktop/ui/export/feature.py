"""File > Export as PDF, slides and Print: exports run off the GUI thread, with progress shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence

from interact_desktop.core.places import Place
from interact_desktop.core.settings import AUTHOR
from interact_desktop.ui.common.actions import make_action
from interact_desktop.ui.common.background import Report
from interact_desktop.ui.common.dialogs import ask_save_path, file_stem, progress_dialog
from interact_desktop.ui.shell import HoldsFilledChecklist

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.shell import Shell


class ExportFeature(QObject):
    exported = Signal(str)  # the file written

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.context = context
        self.shell = shell
        self._dialog: QProgressDialog | None = None
        key = QKeySequence.StandardKey
        self.page_action = make_action(
            self, "exportPageAction", self.export_page, ["Ctrl+E"], icon="export"
        )
        self.chapter_action = make_action(self, "exportChapterAction", self.export_chapter)
        self.all_action = make_action(self, "exportAllAction", self.export_all)
        self.slides_action = make_action(self, "exportSlidesAction", self.export_slides)
        self.chapter_slides_action = make_action(
            self, "exportChapterSlidesAction", lambda: self.export_slides(chapter=True)
        )
        self.print_action = make_action(
            self, "printAction", self.print_page, [key.Print, "Ctrl+P"], icon="print"
        )
        self.author_action = make_action(self, "authorAction", self.set_author)
        for action in (
            self.page_action,
            self.chapter_action,
            self.all_action,
            self.slides_action,
            self.chapter_slides_action,
            self.print_action,
            self.author_action,
        ):
            shell.add_action(action, "file")
        context.events.placeOpened.connect(self._update_actions)
        context.events.asideChanged.connect(self._update_actions)
        context.events.languageChanged.connect(self.retranslate)
        self._update_actions()
        self.retranslate()

    def _update_actions(self, *_: object) -> None:
        place = self.shell.place
        kind = place.kind if place is not None else ""
        filling = isinstance(self.shell.aside, HoldsFilledChecklist)
        self.page_action.setEnabled(filling or kind in ("section", "checklist", "flowchart"))
        self.chapter_action.setEnabled(kind == "section")
        self.slides_action.setEnabled(kind in ("section", "flowchart"))
        self.chapter_slides_action.setEnabled(kind == "section")
        self.print_action.setEnabled(place is not None)

    # -- what the menu offers -----------------------------------------------------------------

    def export_page(self) -> None:
        aside = self.shell.aside
        if isinstance(aside, HoldsFilledChecklist) and (held := aside.filled_checklist()):
            checklist_id, filled = held
            self._checklist(checklist_id, filled)
            return
        place = self.shell.place
        if place is None:
            return
        if place.kind == "checklist":
            self._checklist(place.id)
        elif place.kind == "flowchart":
            self._flowchart(place.id)
        elif place.kind == "section":
            self._handbook("section", place.id)

    def export_chapter(self) -> None:
        place = self.shell.place
        if place is not None and place.kind == "section":
            chapter = self.context.handbook.chapter_of(place.id)
            if chapter is not None:
                self._handbook("chapter", chapter)

    def export_all(self) -> None:
        self._handbook("all", "")

    def export_slides(self, chapter: bool = False) -> None:
        """The section in view (with its subsections) or the flowchart, as 16:9 slides; with
        ``chapter``, the whole chapter of the section in view."""
        from interact_desktop.core.export.handbook_pdf import PdfMeta
        from interact_desktop.core.export.slides_pdf import SlidesExport
        from interact_desktop.core.presentation.slides import SlideMaker

        place = self.shell.place
        if place is None or place.kind not in ("section", "flowchart"):
            return
        handbook, lang = self.context.handbook, self.context.lang
        if chapter:
            if place.kind != "section" or (chapter_id := handbook.chapter_of(place.id)) is None:
                return
            place = Place("section", chapter_id)
        title = self.shell.title_of(str(place))
        target = self._ask_target(title)
        if target is None:
            return
        meta = PdfMeta(title, self._author(), lang)

        def work(progress: Report) -> None:
            maker = SlideMaker(handbook)
            if place.kind == "flowchart":
                deck = maker.flowchart_deck(place.id, lang)
            else:
                deck = maker.section_deck(place.id, lang)
            progress(1, 2)
            SlidesExport(handbook).export(deck, target, meta)
            progress(2, 2)

        self._run(work, target)

    def print_page(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.shell.widget())
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.shell.print_page(printer)

    def set_author(self) -> None:
        """The name written as author in exported PDFs (kept in the settings)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        name, accepted = QInputDialog.getText(
            self.shell.widget(),
            self.tr("Author of exported documents"),
            self.tr("Name or role written as the author of exported PDFs:"),
            QLineEdit.EchoMode.Normal,
            self._author(),
        )
        if accepted:
            self.context.settings.set(AUTHOR, name.strip())

    # -- work ---------------------------------------------------------------------------------

    def _handbook(self, scope: str, ident: str) -> None:
        from interact_desktop.core.export.handbook_pdf import HandbookExport, PdfMeta

        handbook, lang = self.context.handbook, self.context.lang
        title = handbook.title(ident, lang) if ident else handbook.export_label("cover-title", lang)
        target = self._ask_target(title)
        if target is None:
            return
        meta = PdfMeta(title, self._author(), lang)

        def work(progress: Report) -> None:
            export = HandbookExport(handbook, lang)
            if scope == "section":
                export.export_section(ident, target, meta, progress)
            elif scope == "chapter":
                export.export_chapter(ident, target, meta, progress)
            else:
                export.export_all(target, meta, progress)

        self._run(work, target)

    def _checklist(self, checklist_id: str, filled: Any = None) -> None:
        from interact_desktop.core.content.model import localized
        from interact_desktop.core.export.checklist_pdf import ChecklistExport

        handbook, lang, author = self.context.handbook, self.context.lang, self._author()
        checklist = handbook.checklists[checklist_id]
        target = self._ask_target(localized(checklist.title, lang))
        if target is None:
            return
        second = self.shell.second_language()

        def work(progress: Report) -> None:
            ChecklistExport(handbook).export(checklist, target, lang, second, filled, author)
            progress(1, 1)

        self._run(work, target)

    def _flowchart(self, flowchart_id: str) -> None:
        from interact_desktop.core.content.model import localized
        from interact_desktop.core.export.flowchart_pdf import FlowchartExport

        handbook, lang, author = self.context.handbook, self.context.lang, self._author()
        flowchart = handbook.flowcharts[flowchart_id]
        target = self._ask_target(localized(flowchart.title, lang))
        if target is None:
            return

        def work(progress: Report) -> None:
            FlowchartExport(handbook).export(flowchart, target, lang, author)
            progress(1, 1)

        self._run(work, target)

    def _ask_target(self, title: str) -> Path | None:
        return ask_save_path(self.shell.widget(), self.tr("Export as PDF"), file_stem(title),
                             ".pdf", self.tr("PDF documents (*.pdf)"),
                             self.context.settings)  # fmt: skip

    def _author(self) -> str:
        return self.context.settings.get(AUTHOR)

    def _run(self, work: Callable[[Report], None], target: Path) -> None:
        dialog = progress_dialog(self.shell.widget(), self.tr("Export as PDF"),
                                 self.tr("Writing %1…").replace("%1", target.name))  # fmt: skip
        self._dialog = dialog

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        self.context.background.run(
            work,
            done=lambda _result: self._finished(str(target)),
            failed=self._failed,
            progress=progress,
        )

    def _finished(self, path: str) -> None:
        self._close_dialog()
        self.shell.show_message(self.tr("Saved: %1").replace("%1", path), 8000)
        self.exported.emit(path)

    def _failed(self, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        from interact_desktop.ui.common.storage_message import storage_message

        self._close_dialog()
        QMessageBox.warning(
            self.shell.widget(),
            self.tr("Export as PDF"),
            self.tr("The PDF could not be written: %1").replace(
                "%1", storage_message(error) or str(error)
            ),
        )

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog = None

    def retranslate(self) -> None:
        self.page_action.setText(self.tr("Export this page as PDF…"))
        self.chapter_action.setText(self.tr("Export this chapter as PDF…"))
        self.all_action.setText(self.tr("Export the whole handbook as PDF…"))
        self.slides_action.setText(self.tr("Export this page as slides (PDF, 16:9)…"))
        self.chapter_slides_action.setText(self.tr("Export this chapter as slides (PDF, 16:9)…"))
        self.print_action.setText(self.tr("&Print…"))
        self.author_action.setText(self.tr("Author of exported documents…"))
