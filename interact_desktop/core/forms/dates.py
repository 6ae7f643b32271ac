"""Dates as practitioners type them: day first (07/12/2026, 7.12.2026, 07-12-2026), or ISO.

The answers store ISO (2026-12-07) so a case report, an export or another language reads them
the same; the form shows and accepts the day-first form every one of the five languages uses.
A two-digit year is refused rather than guessed: "07/12/26" on a child's file is ambiguous.
"""

from __future__ import annotations

import datetime as dt
import re

_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_TIME = re.compile(r"^(\d{1,2})[:.h](\d{2})$")


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` names (day first, or ISO), or None when it names none."""
    text = text.strip()
    if match := _DAY_FIRST.match(text):
        day, month, year = (int(part) for part in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def parse_datetime(text: str) -> dt.datetime | None:
    """A date and a time ("07/12/2026 14:30", or ISO "2026-12-07T14:30"), or None."""
    text = text.strip()
    date_part, _, time_part = text.replace("T", " ", 1).partition(" ")
    date = parse_date(date_part)
    time = _TIME.match(time_part.strip())
    if date is not None and time is not None:
        hour, minute = int(time.group(1)), int(time.group(2))
        if hour < 24 and minute < 60:
            return dt.datetime(date.year, date.month, date.day, hour, minute)
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def show_date(iso: str) -> str:
    """An ISO answer as the form shows it (07/12/2026); anything else as it was typed."""
    try:
        return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def show_datetime(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso.replace("T", " ")
