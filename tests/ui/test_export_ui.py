"""File > Export as PDF and Print from the window, with the export off the GUI thread."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "PDF"))


def test_export_this_page_writes_a_pdf_of_the_section(
    window, qtbot, monkeypatch, tmp_path, handbook
):
    window.language_selector.setCurrentIndex(window.language_selector.findData("el"))
    window.open_place("section:response-hotline")
    target = tmp_path / "page"  # the .pdf is added
    choose_file(monkeypatch, target)
    with qtbot.waitSignal(window.exporter.exported, timeout=30_000) as signal:
        window.exporter.page_action.trigger()
    written = signal.args[0]
    assert written.endswith("page.pdf")
    text = PdfReader(written).pages[0].extract_text()
    assert handbook.title("response-hotline", "el").split()[0] in text


def test_export_a_checklist_in_view_as_a_blank_form(window, qtbot, monkeypatch, tmp_path):
    window.open_place("checklist:missing-first-hours")
    choose_file(monkeypatch, tmp_path / "form.pdf")
    with qtbot.waitSignal(window.exporter.exported, timeout=30_000) as signal:
        window.exporter.page_action.trigger()
    assert "☐" in PdfReader(signal.args[0]).pages[0].extract_text()


def test_export_this_page_as_slides_gives_one_16_by_9_page_per_slide(
    window, qtbot, monkeypatch, tmp_path, handbook
):
    from interact_desktop.core.presentation.slides import SlideMaker

    window.language_selector.setCurrentIndex(window.language_selector.findData("el"))
    window.open_place("section:response-first-hours")
    assert window.exporter.slides_action.isEnabled()
    choose_file(monkeypatch, tmp_path / "slides.pdf")
    with qtbot.waitSignal(window.exporter.exported, timeout=30_000) as signal:
        window.exporter.slides_action.trigger()
    reader = PdfReader(signal.args[0])
    deck = SlideMaker(handbook).section_deck("response-first-hours", "el")
    assert len(reader.pages) == len(deck.slides) > 3
    box = reader.pages[0].mediabox
    assert abs(float(box.width) / float(box.height) - 16 / 9) < 0.01
    assert handbook.title("response-first-hours", "el") in reader.pages[0].extract_text()
    window.open_place("checklist:missing-first-hours")
    assert not window.exporter.slides_action.isEnabled()


def test_export_this_chapter_as_slides_holds_every_section_of_the_chapter(
    window, qtbot, monkeypatch, tmp_path, handbook
):
    from interact_desktop.core.presentation.slides import SlideMaker

    window.open_place("section:response-first-hours")
    action = window.exporter.chapter_slides_action
    assert action.isEnabled() and action in window.menu("file").actions()
    choose_file(monkeypatch, tmp_path / "chapter.pdf")
    with qtbot.waitSignal(window.exporter.exported, timeout=60_000) as signal:
        action.trigger()
    reader = PdfReader(signal.args[0])
    chapter = handbook.chapter_of("response-first-hours")
    deck = SlideMaker(handbook).chapter_deck(chapter, "en")
    assert len(reader.pages) == len(deck.slides)
    assert len(deck.slides) > len(
        SlideMaker(handbook).section_deck("response-first-hours", "en").slides
    )
    assert handbook.title(chapter, "en") in reader.pages[0].extract_text()
    window.open_place("flowchart:child-missing")
    assert not action.isEnabled()


def test_chapter_export_is_offered_only_for_sections(window):
    window.open_place("glossary:")
    assert not window.exporter.chapter_action.isEnabled()
    window.open_place("section:risk-indicators")
    assert window.exporter.chapter_action.isEnabled()


def test_print_sends_the_page_to_the_printer(window, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    target = tmp_path / "printed.pdf"

    def accept(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.open_place("section:about")
    window.exporter.print_action.trigger()
    assert target.exists() and target.stat().st_size > 1000


def test_filled_checklist_in_view_exports_with_its_answers_and_author(
    window, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Guardian, region North", True))
    window.exporter.author_action.trigger()
    window.open_place("checklist:missing-first-hours")
    window.fill_checklist("missing-first-hours")
    QTest.keyClicks(window.form.field("last-seen-place"), "Bus station")
    choose_file(monkeypatch, tmp_path / "filled.pdf")
    with qtbot.waitSignal(window.exporter.exported, timeout=30_000) as signal:
        window.exporter.page_action.trigger()
    reader = PdfReader(signal.args[0])
    assert "Bus station" in reader.pages[0].extract_text()
    assert reader.metadata.author == "Guardian, region North"


def test_a_title_becomes_a_file_name_without_slashes_or_colons():
    from interact_desktop.ui.export.feature import file_stem

    assert file_stem("Ένα παιδί: οι πρώτες 24/7 ώρες") == "Ένα παιδί οι πρώτες 24 7 ώρες"
    assert file_stem("case-report-GR_17") == "case-report-GR_17"
    assert file_stem("::", "debrief") == "debrief"


def test_a_pdf_that_meets_a_full_disk_is_named_for_it(window, qtbot, monkeypatch, tmp_path):
    """The message says what happened in words (the core's classification), not the system's
    "[Errno 28] ..." line."""
    import errno

    from PySide6.QtWidgets import QMessageBox

    from interact_desktop.core.atomic import injected_fault

    window.open_place("section:response-hotline")
    choose_file(monkeypatch, tmp_path / "page.pdf")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    with injected_fault("write", errno.ENOSPC):
        window.exporter.page_action.trigger()
        qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "The disk is full" in shown[0]
    assert "Errno" not in shown[0]
    assert not (tmp_path / "page.pdf").exists()
