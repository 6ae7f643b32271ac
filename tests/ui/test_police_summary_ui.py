"""The guided panel's "Summary for the police…": the menu offers the user's language alone or with
a second one, the file is chosen in the save dialog, and the page is written in the background
with the user's contacts."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton

from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.model import Contact, Phone
from tests.helpers.notebook_ui import create


def test_the_summary_is_saved_from_the_guided_panel_in_two_languages(
    window, qtbot, tmp_path, monkeypatch
):
    window.context.contacts.save(Directory((
        Contact(("manager",), "Eleni Ch.", "Night shift", (Phone("+30 697 000 0099", "mobile"),)),
    )))  # fmt: skip
    window.languages.set_language("el")
    window.open_place("flowchart:child-missing")
    window.flowchart_pane.start_guided()
    panel = window.flowchart_pane.guided
    panel.noticed_ago(30)
    button = panel.findChild(QPushButton, "policeSummaryButton")
    assert button.isVisible() and button.text() == "Σύνοψη για την αστυνομία…"
    assert button.accessibleName()

    menu = button.findChild(QMenu, "policeSummaryMenu")
    menu.aboutToShow.emit()
    entries = {action.objectName(): action.text() for action in menu.actions()}
    assert entries["policeSummary-"] == "Μόνο Ελληνικά"
    assert entries["policeSummary-it"] == "Ελληνικά και Italiano"
    assert len(entries) == 5  # alone, or with each of the other four languages

    target = tmp_path / "for the police.pdf"
    asked = []

    def save_dialog(*args, **kwargs):
        asked.append(args[1])
        return str(target), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    with qtbot.waitSignal(window.flowcharts.policeSummaryWritten, timeout=20_000) as written:
        next(a for a in menu.actions() if a.objectName() == "policeSummary-it").trigger()
    assert asked == ["Σύνοψη για την αστυνομία"]
    assert Path(written.args[0]) == target
    pages = PdfReader(target).pages
    text = re.sub(r"\s+", " ", pages[0].extract_text())
    assert len(pages) == 1
    assert "Σύνοψη για την αστυνομία" in text and "Sintesi per le forze dell'ordine" in text
    assert "Eleni Ch." in text and "+30 697 000 0099" in text


def test_no_summary_without_a_running_response(window):
    window.open_place("flowchart:child-missing")
    window.flowchart_pane.start_guided()
    window.flowchart_pane.stop_guided()
    assert window.flowcharts.export_police_summary("", Path("/nonexistent/x.pdf")) is False


def test_a_summary_of_a_response_recorded_in_a_case_is_in_its_export_register(
    window, qtbot, tmp_path
):
    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    case = view.new_case("KZ-77")
    window.open_place("flowchart:child-missing")
    window.flowchart_pane.start_guided()
    assert window.flowchart_pane.guided.recording.text() == "Recording in case KZ-77"
    target = tmp_path / "police.pdf"
    with qtbot.waitSignal(window.flowcharts.policeSummaryWritten, timeout=20_000):
        assert window.flowcharts.export_police_summary("", target)
    assert "KZ-77" in PdfReader(target).pages[0].extract_text()
    lines = window.notebook.controller.export_register(case)
    assert [(line.what, line.recipient) for line in lines] == [
        ("summary for the police (PDF): police.pdf", "police")
    ]
