"""Rules for dates counted from the anchor ("yesterday", "last Friday", "next month").

Each resolves against `DateAnchor.reference()`; without an anchor date they give nothing,
except a weekday, which keeps its name so a later stage can still place it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from parley.models import DateValue

from . import lexicon as lx
from .anchor import BASIS_NO_ANCHOR_WEEKDAY, BASIS_YEARLESS_DATELINE, DateAnchor
from .calendar_math import Tense, shift_month, single_month, week_bounds, weekday_near
from .rule import Rule, day_value, month_value, year_value

_DAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    # Parts of the report's own day: a readout's "called on the Prime Minister this morning".
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "last night": -1,
}
# Names in which a weekday is part of a holiday, not a day of this or last week.
_WEEKDAY_NAME_PREFIXES = frozenset(
    ["good", "black", "super", "ash", "palm", "easter", "cyber", "bloody", "holy"]
)
_PREVIOUS_WORD = re.compile(r"(\w+)\s+$")


def _day_offset(reference: date, days: int, basis: str) -> DateValue:
    day = reference + timedelta(days=days)
    return day_value(day.year, day.month, day.day, basis)


def _deictic_day(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    offset = _DAY_OFFSETS[" ".join(match.group("word").lower().split())]
    reference = anchor.reference()
    if reference is None:
        return _from_yearless_dateline(anchor.dateline, offset)
    return _day_offset(reference[0], offset, reference[1])


def _from_yearless_dateline(dateline: DateValue | None, days: int) -> DateValue | None:
    """ "today" under "KUALA LUMPUR, Nov 25": 25 November, year unknown, which another report
    of the same meeting may supply. Counting across a month end needs the year (February), so
    only days inside the dateline's month are given."""
    if dateline is None or dateline.month is None or dateline.day is None:
        return None
    day = dateline.day + days
    # Up to the 28th, every year has the day; the dateline's own day exists anyway.
    if day != dateline.day and not 1 <= day <= 28:
        return None
    return day_value(None, dateline.month, day, BASIS_YEARLESS_DATELINE)


def _same_day(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    reference = anchor.reference()
    if reference is None:
        return None
    return _day_offset(reference[0], 0, reference[1])


def _day_around(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    reference = anchor.reference()
    if reference is None:
        return None
    offsets = {"before yesterday": -2, "after tomorrow": 2, "before": -1}
    key = " ".join(match.group("relation").lower().split())
    return _day_offset(reference[0], offsets[key], reference[1])


def _weekday_direction(modifier: str | None, tense: Tense | None) -> str:
    if modifier in ("last", "past", "this past"):
        return "before"
    if modifier in ("next", "coming", "this coming"):
        return "after"
    return "on_or_after" if tense == "future" else "on_or_before"


def _weekday(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    previous = _PREVIOUS_WORD.search(match.string, 0, match.start())
    if previous is not None and previous.group(1).lower() in _WEEKDAY_NAME_PREFIXES:
        return None
    weekday = lx.weekday_number(match.group("weekday"))
    reference = anchor.reference()
    if reference is None:
        # A year-less dateline still bounds the week: "on Wednesday" under "ASTANA, July 4"
        # fell in July (from the 7th on, the whole week before is in the dateline's month).
        dateline = anchor.dateline
        month = None
        if dateline is not None and dateline.day is not None and dateline.day >= 7:
            month = dateline.month
        return DateValue(
            weekday=weekday, month=month, precision=None, basis=BASIS_NO_ANCHOR_WEEKDAY
        )
    modifier = match.group("mod")
    modifier = " ".join(modifier.lower().split()) if modifier else None
    day = weekday_near(reference[0], weekday, _weekday_direction(modifier, tense))
    if modifier == "last" and weekday < reference[0].weekday():
        # "Last Wednesday" in a Thursday's report is the week before's: yesterday would be
        # "on Wednesday".
        day -= timedelta(days=7)
    return day_value(day.year, day.month, day.day, reference[1])


def _weekday_of_a_week(
    match: re.Match[str], anchor: DateAnchor, tense: Tense | None
) -> DateValue | None:
    """ "on Monday last week", "Thursday of next week", "last week on Friday": that day of the
    week before or after the anchor's."""
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    modifier = (match.group("mod") or match.group("mod2")).lower()
    shift = {"last": -7, "next": 7}.get(modifier, 0)
    monday, _ = week_bounds(day + timedelta(days=shift))
    weekday = lx.weekday_number(match.group("weekday") or match.group("weekday2"))
    found = monday + timedelta(days=weekday)
    return day_value(found.year, found.month, found.day, basis)


def _week_value(
    monday: date, sunday: date, basis: str, *, within: tuple[date, date] | None = None
) -> DateValue | None:
    # A week only has a month when all seven days share it; otherwise say nothing.
    month = single_month(monday, sunday)
    if not month:
        return None
    first, last = within or (monday, sunday)
    # The month, with the days of the week the text allows.
    return month_value(month[0], month[1], basis).model_copy(
        update={"earliest": max(first, monday), "latest": min(last, sunday)}
    )


def _week(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    modifier = " ".join(match.group("mod").lower().split())
    if modifier == "the past":
        return _week_value(day - timedelta(days=6), day, basis)
    shift = {"last": -7, "next": 7, "the coming": 7}.get(modifier, 0)
    monday, sunday = week_bounds(day + timedelta(days=shift))
    if modifier == "earlier this":
        # "earlier this week": before the report's day.
        return _week_value(monday, sunday, basis, within=(monday, max(monday, day - _ONE_DAY)))
    if modifier == "this" and tense == "past":
        return _week_value(monday, sunday, basis, within=(monday, day))
    if modifier == "later this":
        return _week_value(monday, sunday, basis, within=(day, sunday))
    return _week_value(monday, sunday, basis)


def _month_or_year(
    match: re.Match[str], anchor: DateAnchor, tense: Tense | None
) -> DateValue | None:
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    modifier = (match.group("mod") or "this").lower()
    step = {"last": -1, "this": 0, "next": 1}[modifier]
    if match.group("unit").lower() == "year":
        return year_value(day.year + step, basis)
    year, month = shift_month(day.year, day.month, step)
    value = month_value(year, month, basis)
    edge = match.group().lower()
    if step == 0 and edge.startswith("earlier"):
        # "earlier this month": from its first day to the one before the report's.
        first = day.replace(day=1)
        return value.model_copy(update={"earliest": first, "latest": max(first, day - _ONE_DAY)})
    if step == 0 and edge.startswith("later"):
        last = calendar.monthrange(day.year, day.month)[1]
        return value.model_copy(update={"earliest": day, "latest": day.replace(day=last)})
    return value


def _ago(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    count = lx.count_number(match.group("count"))
    unit = match.group("unit").lower().rstrip("s")
    if unit == "day":
        return _day_offset(day, -count, basis)
    if unit == "week":
        if match.group("today"):
            return _day_offset(day, -7 * count, basis)
        return _week_value(*week_bounds(day - timedelta(days=7 * count)), basis)
    months = count * (12 if unit == "year" else 1)
    year, month = shift_month(day.year, day.month, -months)
    if match.group("today"):
        # "Two years ago today", "a year ago to the day": the anchor's day in that month.
        return day_value(year, month, min(day.day, calendar.monthrange(year, month)[1]), basis)
    if unit == "month":
        return month_value(year, month, basis)
    return year_value(year, basis)


def _named_month(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    """ "last October" is the latest October before this month; "next" the first after."""
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    month = lx.month_number(match.group("month"))
    modifier = " ".join(match.group("mod").lower().split())
    if modifier in ("last", "this past"):
        year = day.year if month < day.month else day.year - 1
    elif modifier in ("next", "this coming"):
        year = day.year if month > day.month else day.year + 1
    else:
        year = day.year
    return month_value(year, month, basis)


_ONE_DAY = timedelta(days=1)
_EDGE_WORDS = (
    r"(?i:earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
    r"|the\s+middle\s+of|the\s+rest\s+of)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "deictic-day",
        re.compile(
            r"\b(?P<word>(?i:today|tonight|yesterday|tomorrow"
            r"|this\s+(?:morning|afternoon|evening)|last\s+night))\b"
        ),
        _deictic_day,
    ),
    Rule(
        # "Earlier in the day, the president met ...": the day the report is written.
        "within-the-day",
        re.compile(r"\b(?i:earlier|later)\s+(?i:in|during)\s+(?i:the)\s+(?i:day)\b(?P<word>)"),
        _same_day,
    ),
    Rule(
        "day-before-after",
        re.compile(
            r"\b(?i:the\s+day\s+)(?P<relation>(?i:before\s+yesterday|after\s+tomorrow|before"
            r"(?=\s*(?:[,.;:!?)]|$))))"
        ),
        _day_around,
    ),
    Rule(
        "weekday",
        re.compile(
            r"(?:\b(?P<mod>(?i:last|next|this\s+coming|this\s+past|coming|past|this))\s+)?"
            + lx.weekday()
        ),
        _weekday,
    ),
    Rule(
        "weekday-of-a-week",
        re.compile(
            lx.weekday() + r",?\s+(?:(?i:of)\s+)?(?P<mod>(?i:last|this|next))\s+(?i:week)\b"
            r"|\b(?P<mod2>(?i:last|next))\s+(?i:week)\s*,?\s+(?i:on)\s+" + lx.weekday("weekday2")
        ),
        _weekday_of_a_week,
    ),
    Rule(
        "week",
        re.compile(
            r"\b(?P<mod>(?i:last|this|next|the\s+past|earlier\s+this|later\s+this|the\s+coming))"
            r"\s+(?i:week)\b"
        ),
        _week,
    ),
    Rule(
        "month-or-year",
        re.compile(
            rf"\b(?:{_EDGE_WORDS}[\s-]+)?(?P<mod>(?i:last|this|next))\s+(?P<unit>(?i:month|year))\b"
        ),
        _month_or_year,
    ),
    Rule(
        "end-of-the-month-or-year",
        re.compile(
            r"\b(?i:the\s+(?:end|beginning|start|middle|rest)\s+of\s+the\s+)"
            r"(?P<unit>(?i:month|year))\b(?P<mod>)"
        ),
        _month_or_year,
    ),
    Rule(
        "ago",
        re.compile(
            rf"\b{lx.NUMBER}\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago)\b"
            r"(?:,?\s+(?P<today>(?i:today|to\s+the\s+day))\b)?"
        ),
        _ago,
    ),
    Rule(
        "named-month",
        re.compile(
            r"\b(?P<mod>(?i:last|next|this\s+coming|this\s+past|this))\s+"
            rf"{lx.month()}{lx.MONTH_ALONE_END}"
        ),
        _named_month,
    ),
)
