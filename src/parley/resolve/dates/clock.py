"""Rules for times of day: parts of a day ("Friday night") and clock times ("9 a.m. Tuesday").

The day is read by the calendar rules (so "Tuesday" follows the tense as it does alone); a
clock time with no day is on the anchor's day. Values are TimeML: "2013-03-22TNI",
"2013-03-22T09:00".
"""

from __future__ import annotations

import re
from datetime import timedelta

from parley.models import DateValue

from . import absolute, relative
from . import lexicon as lx
from .anchor import DateAnchor
from .calendar_math import Tense
from .rule import Rule, timex_value

_PARTS = {
    "morning": "MO",
    "afternoon": "AF",
    "mid-afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}
_PART = r"(?P<part>(?i:morning|afternoon|mid-afternoon|evening|night))"
# A day the calendar rules can read on its own.
_DAY = (
    rf"(?P<dayref>(?:(?i:last|next|this\s+past|this\s+coming)\s+)?{lx.weekday()}"
    rf"(?:,?\s+{lx.month()}\s+{lx.day()}(?:,?\s+{lx.year()})?)?"
    rf"|{lx.month('month2')}\s+{lx.day('day2')}(?:,?\s+{lx.year('year2')})?"
    r"|(?i:today|yesterday|tomorrow))"
)
_ZONE = r"(?:\s+(?:GMT|UTC|[ECMP][SD]T|BST|CET|CEST))?"
_CLOCK = (
    r"(?P<clock>(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*"
    r"(?P<half>(?i:a\.m\.?|p\.m\.?|am\b|pm\b))|(?P<word>(?i:noon|midnight)))"
)
_CALENDAR = absolute.RULES + relative.RULES


def _read_day(text: str, anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    """The calendar value of a day expression standing alone, or None."""
    for rule in _CALENDAR:
        match = rule.pattern.fullmatch(text)
        if match is not None:
            value = rule.handler(match, anchor, tense)
            return value if value is not None and value.as_date() is not None else None
    return None


def _part_of_named_day(
    match: re.Match[str], anchor: DateAnchor, tense: Tense | None
) -> DateValue | None:
    day = _read_day(match.group("dayref"), anchor, tense)
    if day is None or day.iso() is None:
        return None
    return timex_value(f"{day.iso()}T{_PARTS[match.group('part').lower()]}", day.basis)


def _part_of_this_day(
    match: re.Match[str], anchor: DateAnchor, tense: Tense | None
) -> DateValue | None:
    """ "this morning", "tonight" are on the anchor's day; "last night" the day before."""
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    words = " ".join(match.group(0).lower().split())
    if words == "last night":
        day -= timedelta(days=1)
    part = "NI" if words in ("tonight", "last night") else _PARTS[words.split()[-1]]
    return timex_value(f"{day.isoformat()}T{part}", basis)


def _clock_text(match: re.Match[str]) -> str:
    word = (match.group("word") or "").lower()
    if word:
        return "12:00" if word == "noon" else "24:00"
    hour = int(match.group("hour")) % 12
    if match.group("half").lower().startswith("p"):
        hour += 12
    return f"{hour:02d}:{match.group('minute') or '00'}"


def _clock_time(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    day_text = match.group("dayref")
    if day_text is not None:
        day = _read_day(day_text, anchor, tense)
        if day is None or day.iso() is None:
            return None
        return timex_value(f"{day.iso()}T{_clock_text(match)}", day.basis)
    if match.group("word") is not None:
        return None  # "noon" alone is too often not a time ("high noon", "by noon today")
    reference = anchor.reference()
    if reference is None:
        return None
    return timex_value(f"{reference[0].isoformat()}T{_clock_text(match)}", reference[1])


RULES: tuple[Rule, ...] = (
    Rule("part-of-named-day", re.compile(rf"{_DAY}\s+{_PART}\b"), _part_of_named_day, "TIME"),
    Rule(
        "part-of-this-day",
        re.compile(r"\b(?i:this\s+(?:morning|afternoon|evening)|tonight|last\s+night)\b"),
        _part_of_this_day,
        "TIME",
    ),
    Rule(
        "clock-time",
        re.compile(rf"(?<![\w:.])(?:{_CLOCK}{_ZONE}(?:,?\s+(?i:on\s+)?{_DAY})?)(?![\w:])"),
        _clock_time,
        "TIME",
    ),
)
