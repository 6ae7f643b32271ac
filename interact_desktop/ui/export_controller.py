"""File > Export as PDF and Print: the export runs off the GUI thread, with progress shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, Signal

if TYPE_CHECKING:
    from interact_desktop.ui.main_window import MainWindow


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)


def file_stem(title: str, fallback: str = "export") -> str:
    """A file name from a title: letters, digits, hyphens and underscores, words spaced once."""
    kept = "".join(c if c.isalnum() or c in "-_" else " " for c in title)
    return " ".join(kept.split()) or fallback


def ask_save_path(
    parent,
    title: str,
    name: str,
    suffix: str,
    kinds: str,
    settings: QSettings | None = None,
    key: str = "exportFolder",
) -> Path | None:
    """Qt's own save dialog (in the app's language, not the system's), opening in the folder
    last used for ``key``; the suffix is added when the name typed has none."""
    from PySide6.QtWidgets import QFileDialog

    folder = Path(str(settings.value(key, Path.home()))) if settings is not None else Path.home()
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(folder / f"{name}{suffix}"),
        kinds,
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != suffix:
        target = target.with_suffix(suffix)
    if settings is not None:
        settings.setValue(key, str(target.parent))
    return target


class ExportJob(QRunnable):
    """Runs one export function in the thread pool and reports through signals.

    ``start`` keeps the job (and so its signals) alive until it has reported: Qt must not delete
    it under the thread, and Python must not collect it before its signals arrive.
    """

    _running: ClassVar[set[ExportJob]] = set()

    def __init__(self, work: Callable[[Callable[[int, int], None]], None], target: Path) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work
        self._target = target
        self.setAutoDelete(False)

    def start(self) -> None:
        ExportJob._running.add(self)
        self.signals.finished.connect(lambda _path: ExportJob._running.discard(self))
        self.signals.failed.connect(lambda _message: ExportJob._running.discard(self))
        QThreadPool.globalInstance().start(self)

    def run(self) -> None:
        try:
            self._work(lambda done, total: self.signals.progress.emit(done, total))
        except Exception as error:  # a full disk or a locked file must not end the app
            self.signals.failed.emit(str(error))
            return
        self.signals.finished.emit(str(self._target))


class ExportController(QObject):
    exported = Signal(str)  # the file written

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._dialog = None

    # -- what the menu offers -----------------------------------------------------------------

    def export_page(self) -> None:
        form = self.window._form
        if form is not None and form.isVisible() and form.checklist is not None:
            form.save_now()
            self._checklist(form.checklist.id, form.filled)
            return
        place = self.window.place
        if place is None:
            return
        if place.kind == "checklist":
            self._checklist(place.id)
        elif place.kind == "flowchart":
            self._flowchart(place.id)
        elif place.kind == "section":
            self._handbook("section", place.id)

    def export_chapter(self) -> None:
        place = self.window.place
        if place is not None and place.kind == "section":
            chapter = self.window.handbook.chapter_of(place.id)
            if chapter is not None:
                self._handbook("chapter", chapter)

    def export_all(self) -> None:
        self._handbook("all", "")

    def export_slides(self) -> None:
        """The section in view (with its subsections) or the flowchart, as 16:9 slides."""
        from interact_desktop.core.export.handbook_pdf import PdfMeta
        from interact_desktop.core.export.slides_pdf import SlidesExport
        from interact_desktop.core.presentation.slides import SlideMaker

        window = self.window
        place = window.place
        if place is None or place.kind not in ("section", "flowchart"):
            return
        handbook, lang = window.handbook, window.lang
        target = self._ask_target(window.place_title(str(place)))
        if target is None:
            return
        meta = PdfMeta(window.place_title(str(place)), self._author(), lang)

        def work(progress) -> None:
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
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.window.reader.document().print_(printer)

    # -- work ---------------------------------------------------------------------------------

    def _handbook(self, scope: str, ident: str) -> None:
        from interact_desktop.core.export.handbook_pdf import HandbookExport, PdfMeta

        window = self.window
        handbook, lang = window.handbook, window.lang
        title = handbook.title(ident, lang) if ident else handbook.export_label("cover-title", lang)
        target = self._ask_target(title)
        if target is None:
            return
        meta = PdfMeta(title, self._author(), lang)

        def work(progress) -> None:
            export = HandbookExport(handbook, lang)
            if scope == "section":
                export.export_section(ident, target, meta, progress)
            elif scope == "chapter":
                export.export_chapter(ident, target, meta, progress)
            else:
                export.export_all(target, meta, progress)

        self._run(work, target)

    def set_author(self) -> None:
        """The name written as author in exported PDFs (kept in the settings)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        name, accepted = QInputDialog.getText(
            self.window,
            self.tr("Author of exported documents"),
            self.tr("Name or role written as the author of exported PDFs:"),
            QLineEdit.EchoMode.Normal,
            self._author(),
        )
        if accepted:
            self.settings.setValue("author", name.strip())

    def _checklist(self, checklist_id: str, filled=None) -> None:
        from interact_desktop.core.content.model import localized
        from interact_desktop.core.export.checklist_pdf import ChecklistExport

        window = self.window
        checklist = window.handbook.checklists[checklist_id]
        target = self._ask_target(localized(checklist.title, window.lang))
        if target is None:
            return
        second = window.parallel_lang if window.parallel_action.isChecked() else None
        handbook, lang, author = window.handbook, window.lang, self._author()

        def work(progress) -> None:
            ChecklistExport(handbook).export(checklist, target, lang, second, filled, author)
            progress(1, 1)

        self._run(work, target)

    def _flowchart(self, flowchart_id: str) -> None:
        from interact_desktop.core.content.model import localized
        from interact_desktop.core.export.flowchart_pdf import FlowchartExport

        window = self.window
        flowchart = window.handbook.flowcharts[flowchart_id]
        target = self._ask_target(localized(flowchart.title, window.lang))
        if target is None:
            return
        handbook, lang, author = window.handbook, window.lang, self._author()

        def work(progress) -> None:
            FlowchartExport(handbook).export(flowchart, target, lang, author)
            progress(1, 1)

        self._run(work, target)

    def _ask_target(self, title: str) -> Path | None:
        return ask_save_path(self.window, self.tr("Export as PDF"), file_stem(title), ".pdf",
                             self.tr("PDF documents (*.pdf)"), self.settings)  # fmt: skip

    def _author(self) -> str:
        return str(self.settings.value("author", ""))

    def _run(self, work, target: Path) -> None:
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(self.tr("Writing %1…").replace("%1", target.name), "", 0, 0,
                                 self.window)  # fmt: skip
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Export as PDF"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(300)
        self._dialog = dialog
        job = ExportJob(work, target)
        job.signals.progress.connect(lambda done, total: (dialog.setMaximum(total),
                                                          dialog.setValue(done)))  # fmt: skip
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.start()

    def _finished(self, path: str) -> None:
        self._close_dialog()
        self.window.statusBar().showMessage(self.tr("Saved: %1").replace("%1", path), 8000)
        self.exported.emit(path)

    def _failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._close_dialog()
        QMessageBox.warning(
            self.window,
            self.tr("Export as PDF"),
            self.tr("The PDF could not be written: %1").replace("%1", message),
        )

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog = None
