"""When the absence was noticed: quick choices, a custom time in the locale's format, a time in
the future refused with a message, and a sentence in the user's language in the timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from interact_desktop.core.flowcharts.guided import MOMENT
from tests.helpers.flowchart_ui import Clock, Sink, open_chart


def started(window, qtbot, lang: str = "en"):
    window.languages.set_language(lang)
    open_chart(window)
    pane = window.flowchart_pane
    panel = pane.guided
    clock, sink = Clock(), Sink()
    panel.clock = clock
    window.context.events.guidedStarted.connect(lambda request: request.attach(sink, "T-9"))
    qtbot.mouseClick(pane.start, Qt.MouseButton.LeftButton)
    return panel, clock, sink


def test_a_quick_choice_counts_from_that_many_minutes_ago(window, qtbot):
    panel, clock, _sink = started(window, qtbot)
    qtbot.mouseClick(panel.findChild(QPushButton, "guidedAgo30"), Qt.MouseButton.LeftButton)
    assert panel.run.moment == clock.now - dt.timedelta(minutes=30)
    assert panel.run.elapsed() == dt.timedelta(minutes=30)
    assert "30 min" in panel.elapsed.text()


def test_a_time_in_the_future_is_refused_with_a_message(window, qtbot):
    panel, clock, sink = started(window, qtbot)
    before = panel.run.moment
    future = clock.now + dt.timedelta(hours=2)
    panel.moment.setDateTime(
        QDateTime(QDate(future.year, future.month, future.day), QTime(future.hour, future.minute))
    )
    panel.moment.editingFinished.emit()
    assert panel.run.moment == before
    assert panel.moment_error.isVisible() and "future" in panel.moment_error.text()
    assert [kind for kind, _text, _at in sink.records].count(MOMENT) == 0
    panel.noticed_ago(15)  # a good time clears the message
    assert not panel.moment_error.isVisible()


def test_the_italian_form_takes_a_date_as_italians_write_it(window, qtbot):
    panel, _clock, sink = started(window, qtbot, "it")
    panel.moment.setFocus()
    panel.moment.selectAll()
    QTest.keyClicks(panel.moment, "25/11/2026 17:20")  # the clock says 25/11/2026 18:00
    panel.moment.editingFinished.emit()
    assert panel.run.moment == dt.datetime(2026, 11, 25, 17, 20)
    (text,) = [text for kind, text, _at in sink.records if kind == MOMENT]
    assert "25/11/2026 17:20" in text and "T17" not in text  # a sentence, not a raw timestamp
