"""The case record and GDPR tools of the notebook view: details saved as typed, the status filter,
the retention reminder, deleting for good, the case report and subject-access exports and the
register they leave."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from interact_desktop import paths
from interact_desktop.core.settings import Settings
from interact_desktop.ui.notebook.case_export import CaseExportDialog
from interact_desktop.ui.notebook.case_list import OVERDUE_ROLE, STATUS_ROLE
from interact_desktop.ui.notebook.notebook_view import NotebookView
from interact_desktop.ui.services.notebook_service import NotebookService
from tests.helpers.notebook_ui import REFERENCE, SECRET, create, texts_in, unlock


@pytest.fixture
def make_view(qtbot, tmp_path):
    settings = Settings(tmp_path / "settings.ini")

    def make(**options) -> NotebookView:
        view = NotebookView(NotebookService(tmp_path / "notebook"), settings, **options)
        qtbot.addWidget(view)
        view.resize(1000, 700)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


@pytest.fixture
def english(qapp):
    """The English catalogue, which holds the plural forms ("1 case", "2 cases")."""
    translator = QTranslator()
    assert translator.load(str(paths.translations_dir() / "interact_en.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def visible_references(view) -> list[str]:
    proxy = view.case_proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def answer_boxes(monkeypatch, answers: list) -> list[str]:
    """Each confirmation gets the next answer; returns the questions asked."""
    asked = []

    def exec_(box) -> int:
        asked.append(box.text())
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_details_are_saved_as_typed_and_survive_locking(make_view, qtbot):
    view = make_view()
    create(qtbot, view)
    case = view.new_case("R-1")
    details = view.tools.details
    view.tabs.setCurrentWidget(details)
    assert details.isEnabled() and details.objectName() == "caseDetails"
    assert "no real name is needed" in details.reference_hint.text()
    assert details.dates["opened"].value() == dt.date.today().isoformat()
    closed = details.dates["closed"]
    assert closed.value() == "" and closed.edit.text() == "not set"

    QTest.keyClicks(details.fields["languages"], "Tigrinya, Arabic")
    details.status.setCurrentIndex(details.status.findData("missing"))
    details.dates["last_seen"].edit.setDate(QDate(2026, 11, 20))
    details.dates["opened"].clear_button.click()
    QTest.keyClicks(details.purpose, "To find him")
    details.fields["reference"].selectAll()
    QTest.keyClicks(details.fields["reference"], "R-2")
    record = view.controller.case_record
    qtbot.waitUntil(lambda: record(case).purpose == "To find him", timeout=2_000)
    saved = record(case)
    assert (saved.reference, saved.status) == ("R-2", "missing")
    assert saved.languages == "Tigrinya, Arabic"
    assert (saved.last_seen, saved.opened) == ("2026-11-20", "")
    assert view.case_title.text() == "R-2"
    assert view.case_proxy.index(0, 0).data() == "R-2"
    assert view.case_proxy.index(0, 0).data(STATUS_ROLE) == "missing"

    QTest.keyClicks(details.fields["tags"], "bus")  # locked before the autosave is due
    view.lock()
    assert details.fields["tags"].text() == "" and details.status.currentIndex() == -1
    assert not details.isEnabled()
    unlock(qtbot, view)
    view.case_list.setCurrentIndex(view.case_proxy.index(0, 0))
    assert details.fields["tags"].text() == "bus"
    assert details.status.currentData() == "missing"
    assert details.dates["last_seen"].value() == "2026-11-20"
    assert details.dates["opened"].value() == ""
    assert details.purpose.toPlainText() == "To find him"

    details.fields["reference"].setFocus()
    details.fields["reference"].selectAll()
    QTest.keyClick(details.fields["reference"], Qt.Key.Key_Delete)
    details.save_now()  # an empty reference is refused; the rest is saved
    assert "needs a reference" in details.save_status.text()
    assert view.controller.case_record(case).reference == "R-2"


def test_the_case_list_shows_status_and_filters_by_it(make_view, qtbot):
    view = make_view()
    create(qtbot, view)
    for reference, status in (("A-1", "open"), ("B-2", "missing"), ("C-3", "missing")):
        case = view.new_case(reference)
        view.controller.update_case(case, status=status)
    view.refresh_cases()
    assert sorted(visible_references(view)) == ["A-1", "B-2", "C-3"]
    choose = view.tools.status_filter
    assert choose.itemText(choose.findData("missing")) == "Missing"
    choose.choose("missing")
    assert sorted(visible_references(view)) == ["B-2", "C-3"]
    QTest.keyClicks(view.filter, "c-")
    assert visible_references(view) == ["C-3"]
    view.filter.setText("")
    choose.choose("closed")
    assert visible_references(view) == []
    choose.choose("")
    assert len(visible_references(view)) == 3


def test_a_case_past_its_retention_date_is_marked_and_recalled_on_unlock(make_view, qtbot, english):
    view = make_view()
    create(qtbot, view)
    assert view.tools.banner.isHidden()
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    late = view.new_case("Late-1")
    view.new_case("Kept-2")
    view.controller.update_case(late, retention=yesterday)
    view.lock()
    unlock(qtbot, view)
    banner = view.tools.banner
    assert banner.isVisible() and "1 case past" in view.tools.banner_text.text()
    marked = {
        view.case_proxy.index(row, 0).data(): view.case_proxy.index(row, 0).data(OVERDUE_ROLE)
        for row in range(view.case_proxy.rowCount())
    }
    assert marked == {"Late-1": True, "Kept-2": False}
    view.tools.banner_show.click()
    assert visible_references(view) == ["Late-1"]
    view.tools.banner_close.click()
    assert banner.isHidden()

    view.case_list.setCurrentIndex(view.case_proxy.index(0, 0))
    details = view.tools.details
    assert details.overdue.isVisibleTo(details)
    details.dates["retention"].edit.setDate(QDate.currentDate().addYears(1))
    assert not details.overdue.isVisibleTo(details)
    details.save_now()
    assert view.case_proxy.index(0, 0).data(OVERDUE_ROLE) is False
    view.lock()
    unlock(qtbot, view)
    assert banner.isHidden()


def test_deleting_a_case_asks_first_then_leaves_nothing_of_it(make_view, qtbot, monkeypatch):
    view = make_view()
    create(qtbot, view)
    kept = view.new_case("Kept-1")
    QTest.keyClicks(view.editor, "Zqvx kept note")
    view.save_now()
    gone = view.new_case(REFERENCE)
    QTest.keyClicks(view.editor, SECRET)
    view.save_now()
    QTest.keyClicks(view.search_field, "Zqvx")
    qtbot.waitUntil(lambda: view.results.topLevelItemCount() == 2, timeout=2_000)
    asked = answer_boxes(
        monkeypatch, [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    )
    view.tools.details.delete_button.click()
    assert REFERENCE in asked[0] and "cannot be undone" in asked[0]
    assert len(view.controller.cases()) == 2 and view.case_id == gone

    view.tools.details.delete_button.click()
    assert [case.id for case in view.controller.cases()] == [kept]
    assert visible_references(view) == ["Kept-1"]
    assert view.case_id is None and not view.tabs.isEnabled()
    assert [hit.case_id for hit in view.controller.search("Zqvx", "en")] == [kept]
    assert view.results.topLevelItemCount() == 1
    assert not any(SECRET in text or REFERENCE in text for text in texts_in(view))


def test_deleting_a_note_asks_first(make_view, qtbot, monkeypatch):
    view = make_view()
    create(qtbot, view)
    case = view.new_case("N-1")
    QTest.keyClicks(view.editor, "first")
    view.save_now()
    view.new_note()
    QTest.keyClicks(view.editor, SECRET)
    asked = answer_boxes(monkeypatch, [QMessageBox.StandardButton.Yes])
    view.tools.delete_note_button.click()  # the note being typed is saved, then deleted
    assert "cannot be undone" in asked[0]
    assert [note.body for note in view.controller.notes(case)] == ["first"]
    assert view.editor.toPlainText() == "first" and view.note_list.count() == 1
    assert view.controller.search("Zqvxelmorant", "en") == []


def fill_dialog(monkeypatch, preset: str | None, recipient: str, seen: list) -> None:
    def exec_(dialog: CaseExportDialog) -> int:
        ok = dialog.buttons.buttons()[0]
        seen.append((dialog.objectName(), ok.isEnabled()))
        if preset is not None:
            dialog.preset_buttons[preset].setChecked(True)
        QTest.keyClicks(dialog.recipient, recipient)
        assert ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CaseExportDialog, "exec", exec_)


def save_as(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def test_a_hand_over_report_leaves_the_reference_out_and_is_registered(
    make_view, qtbot, monkeypatch, handbook, tmp_path
):
    from pypdf import PdfReader

    view = make_view(handbook=handbook)
    create(qtbot, view)
    case = view.new_case(REFERENCE)
    QTest.keyClicks(view.editor, "Met at the station")
    seen: list = []
    fill_dialog(monkeypatch, "hand-over", "Guardian team, Athens", seen)
    save_as(monkeypatch, tmp_path / "report")
    with qtbot.waitSignal(view.tools.exporter.exported, timeout=20_000):
        view.tools.report_button.click()
    assert seen == [("caseReportDialog", False)]  # "for whom" is required
    target = tmp_path / "report.pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Confidential" in text and "Met at the station" in text
    assert "Guardian team, Athens" in text
    assert REFERENCE not in text

    register = view.tools.register.table
    assert register.topLevelItemCount() == 1
    row = [register.topLevelItem(0).text(column) for column in range(4)]
    assert row[1:] == ["Case report (PDF): report.pdf", "Guardian team, Athens", "Hand-over"]
    assert [r.preset for r in view.controller.export_register(case)] == ["hand-over"]
    timeline = [view.timeline.item(i).text() for i in range(view.timeline.count())]
    assert any("report.pdf → Guardian team, Athens" in line for line in timeline)
    assert "report.pdf" in view.tools.exported_label.text()


def test_everything_about_a_case_is_written_as_json_and_registered(
    make_view, qtbot, monkeypatch, tmp_path
):
    view = make_view()
    create(qtbot, view)
    case = view.new_case(REFERENCE)
    QTest.keyClicks(view.editor, SECRET)
    QTest.keyClicks(view.tools.details.fields["languages"], "Dari")
    seen: list = []
    fill_dialog(monkeypatch, None, "The child's lawyer", seen)
    save_as(monkeypatch, tmp_path / "access.json")
    with qtbot.waitSignal(view.tools.exporter.exported, timeout=10_000):
        view.tools.access_button.click()
    assert seen == [("subjectAccessDialog", False)]
    data = json.loads((tmp_path / "access.json").read_text(encoding="utf-8"))
    assert data["case"]["reference"] == REFERENCE and data["case"]["languages"] == "Dari"
    assert [note["body"] for note in data["notes"]] == [SECRET]
    assert [(r.recipient, r.preset) for r in view.controller.export_register(case)] == [
        ("The child's lawyer", "full")
    ]
    assert view.tools.register.table.topLevelItemCount() == 1


def test_an_export_that_cannot_be_registered_is_removed(make_view, qtbot, monkeypatch, tmp_path):
    view = make_view()
    create(qtbot, view)
    view.new_case(REFERENCE)
    fill_dialog(monkeypatch, None, "Someone", [])
    save_as(monkeypatch, tmp_path / "access.json")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    background = view.tools.exporter.background
    job_started = background.run

    def lock_meanwhile(*args, **kwargs):
        job = job_started(*args, **kwargs)
        view.lock()  # Ctrl+L while the file is being written
        return job

    monkeypatch.setattr(background, "run", lock_meanwhile)
    view.tools.access_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "register" in warnings[0]
    assert not (tmp_path / "access.json").exists()


def test_an_export_that_meets_a_full_disk_is_named_for_it(make_view, qtbot, monkeypatch, tmp_path):
    import errno

    from interact_desktop.core.atomic import injected_fault

    view = make_view()
    create(qtbot, view)
    view.new_case(REFERENCE)
    fill_dialog(monkeypatch, None, "Someone", [])
    save_as(monkeypatch, tmp_path / "access.json")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    with injected_fault("write", errno.ENOSPC):
        view.tools.access_button.click()
        qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "The disk is full" in warnings[0] and "Errno" not in warnings[0]
    assert not (tmp_path / "access.json").exists()


def test_the_case_tools_switch_language_live_in_the_window(window, qtbot):
    window.notebook.show_notebook()
    view = window.notebook.view
    assert view.tools.exporter.handbook is window.handbook
    create(qtbot, view)
    view.new_case("L-1")
    assert view.tools.report_button.isEnabled()
    window.languages.set_language("el")
    details = view.tools.details
    assert view.tabs.tabText(view.tabs.indexOf(details)) == "Στοιχεία"
    assert view.tabs.tabText(view.tabs.indexOf(view.tools.register)) == "Μητρώο"
    assert details.labels["status"].text() == "Κατάσταση"
    assert details.status.currentText() == "Ανοιχτή"
    assert details.dates["closed"].edit.text() == "δεν έχει οριστεί"
    assert view.tools.status_filter.itemText(0) == "Όλες οι καταστάσεις"
    assert view.tools.report_button.text() == "Εξαγωγή αναφοράς υπόθεσης…"


def test_timeline_kinds_follow_the_language(window, qtbot):
    window.notebook.show_notebook()
    view = window.notebook.view
    create(qtbot, view)
    view.new_case("T-1")
    view.controller.add_event(view.case_id, "flowchart-step", "✓ Step", "2026-11-25T18:00:00", "en")
    view.refresh_timeline()
    assert view.timeline.item(0).text() == "2026-11-25 18:00 [flowchart step] — ✓ Step"
    window.languages.set_language("el")
    assert view.timeline.item(0).text() == "2026-11-25 18:00 [βήμα διαγράμματος ροής] — ✓ Step"
