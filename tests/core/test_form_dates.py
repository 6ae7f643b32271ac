"""Dates typed day first, as in all five languages, are stored as ISO; ambiguity is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from interact_desktop.core.forms.dates import (
    parse_date,
    parse_datetime,
    show_date,
    show_datetime,
)


@pytest.mark.parametrize("typed", ["07/12/2026", "7/12/2026", "07.12.2026", "07-12-2026",
                                   "2026-12-07", " 07/12/2026 "])  # fmt: skip
def test_day_first_and_iso_dates_are_the_same_day(typed):
    assert parse_date(typed) == dt.date(2026, 12, 7)


@pytest.mark.parametrize("typed", ["07/12/26", "31/02/2026", "12/31/2026", "tomorrow", ""])
def test_a_date_that_is_ambiguous_or_impossible_is_refused(typed):
    assert parse_date(typed) is None


def test_dates_and_times_round_trip_through_what_the_form_shows():
    moment = parse_datetime("07/12/2026 14:30")
    assert moment == dt.datetime(2026, 12, 7, 14, 30)
    assert parse_datetime("2026-12-07T14:30") == moment
    assert parse_datetime("07/12/2026 25:00") is None
    assert show_datetime(moment.isoformat(timespec="minutes")) == "07/12/2026 14:30"
    assert show_date("2026-12-07") == "07/12/2026"
    assert show_date("not a date") == "not a date"
