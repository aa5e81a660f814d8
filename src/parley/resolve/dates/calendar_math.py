"""Calendar arithmetic the rules share: month shifts, weeks, and picking a year by tense."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

Tense = Literal["past", "future"]

# A past-tense report may name a date a little after its anchor (time zones, a dateline written
# the day before publication); more than this and the previous year is meant.
PAST_SLACK = timedelta(days=3)


def is_valid_day(year: int, month: int, day: int) -> bool:
    """True when the day exists in that month of that year."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by `delta` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_bounds(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week containing `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def single_month(first: date, last: date) -> tuple[int, int] | None:
    """(year, month) when both days fall in the same month, else None."""
    if (first.year, first.month) == (last.year, last.month):
        return first.year, first.month
    return None


def weekday_near(reference: date, weekday: int, direction: str) -> date:
    """The `weekday` nearest `reference` in `direction`.

    direction: "on_or_before", "before" (strictly), "on_or_after", "after" (strictly).
    """
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if direction == "on_or_before":
        return reference - timedelta(days=back)
    if direction == "before":
        return reference - timedelta(days=back or 7)
    if direction == "on_or_after":
        return reference + timedelta(days=ahead)
    return reference + timedelta(days=ahead or 7)


def year_for_day(month: int, day: int, reference: date, tense: Tense | None) -> int | None:
    """The year that puts month/day nearest `reference` in the direction of `tense`.

    Past: the latest such date not after the reference by more than a few days. Future: the
    earliest on or after the reference. No tense: the nearest either way. None when the day
    does not exist in any nearby year (29 February far from a leap year).
    """
    candidates = [
        date(year, month, day)
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if is_valid_day(year, month, day)
    ]
    if tense == "past":
        candidates = [c for c in candidates if c <= reference + PAST_SLACK]
        return max(candidates).year if candidates else None
    if tense == "future":
        candidates = [c for c in candidates if c >= reference]
        return min(candidates).year if candidates else None
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs((c - reference).days), c)).year


def year_for_month(month: int, reference: date, tense: Tense | None) -> int:
    """The year that puts `month` nearest the reference month in the direction of `tense`."""
    here = reference.year * 12 + reference.month - 1
    options = [year * 12 + month - 1 for year in (reference.year - 1, reference.year)]
    options.append((reference.year + 1) * 12 + month - 1)
    if tense == "past":
        chosen = max(o for o in options if o <= here)
    elif tense == "future":
        chosen = min(o for o in options if o >= here)
    else:
        chosen = min(options, key=lambda o: (abs(o - here), o))
    return chosen // 12
