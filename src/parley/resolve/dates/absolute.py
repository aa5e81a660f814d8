"""Rules for dates the text states by name or number ("10 September 2024", "mid-October").

When the year is missing it comes from the anchor, placed by tense (see `calendar_math`).
"""

from __future__ import annotations

import re

from parley.models import DateValue

from . import lexicon as lx
from .anchor import BASIS_EXPLICIT, BASIS_NO_YEAR, DateAnchor
from .calendar_math import Tense, is_valid_day, year_for_day, year_for_month
from .rule import Rule, day_value, month_value, within_the_month, year_value

# Words that, right before a bare four-digit number, make it read as a year.
_YEAR_LEAD_WORDS = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "by",
        "during",
        "through",
        "throughout",
        "from",
        "before",
        "after",
        "of",
        "for",
        "the",
        "a",
        "an",
        "that",
        "this",
        "its",
        "his",
        "her",
        "their",
        "our",
        "early",
        "late",
        "mid",
        "fiscal",
        "year",
        "between",
        "and",
        "to",
        "around",
        "circa",
        "both",
        "due",
    ]
)
# Lower-case words that may follow a bare year used as a subject ("2023 was ...").
_YEAR_FOLLOW_WORDS = frozenset(["was", "is", "will", "has", "had", "saw"])
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|EST|EDT|CET|CEST|BST|hours|hrs|h\b)")
_PREVIOUS_WORD = re.compile(r"(\S+)\s+$")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def _explicit_day(
    month: int, day: int, year: int | None, anchor: DateAnchor, tense: Tense | None
) -> DateValue | None:
    if year is not None:
        valid = is_valid_day(year, month, day)
        return day_value(year, month, day, BASIS_EXPLICIT) if valid else None
    if not is_valid_day(2000, month, day):  # 2000 is a leap year: admits 29 February
        return None
    placed = anchor.year_reference()
    if placed is None:
        return day_value(None, month, day, BASIS_NO_YEAR)
    reference, basis = placed
    chosen = year_for_day(month, day, reference, tense)
    return day_value(chosen, month, day, basis) if chosen is not None else None


def _explicit_month(
    month: int, year: int | None, anchor: DateAnchor, tense: Tense | None
) -> DateValue:
    if year is not None:
        return month_value(year, month, BASIS_EXPLICIT)
    placed = anchor.year_reference()
    if placed is None:
        return month_value(None, month, BASIS_NO_YEAR)
    reference, basis = placed
    return month_value(year_for_month(month, reference, tense), month, basis)


def _optional_int(match: re.Match[str], group: str) -> int | None:
    text = match.group(group)
    return int(text) if text else None


def _month_day(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    month = lx.month_number(match.group("month"))
    day = int(match.group("day"))
    return _explicit_day(month, day, _optional_int(match, "year"), anchor, tense)


def _iso(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    year, month, day = (int(match.group(g)) for g in ("year", "month", "day"))
    return day_value(year, month, day, BASIS_EXPLICIT) if is_valid_day(year, month, day) else None


def _numeric(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    """dd/mm/yyyy or mm/dd/yyyy, only when one reading is impossible or both agree."""
    first, second, year = (int(match.group(g)) for g in ("first", "second", "year"))
    readings = {
        (month, day)
        for month, day in ((second, first), (first, second))
        if is_valid_day(year, month, day)
    }
    if len(readings) != 1:
        return None
    month, day = readings.pop()
    return day_value(year, month, day, BASIS_EXPLICIT)


def _month_year(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue:
    month = lx.month_number(match.group("month"))
    value = _explicit_month(month, int(match.group("year")), anchor, tense)
    return within_the_month(value, match.groupdict().get("edge"))


def _month_alone(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue:
    value = _explicit_month(lx.month_number(match.group("month")), None, anchor, tense)
    return within_the_month(value, match.groupdict().get("edge"))


# Rooms and halls named after a year ("the 1844 Room" at Buckingham Palace).
_ROOMS = frozenset({"Room", "Hall", "Salon", "Suite", "Chamber", "Gallery"})


def _reads_as_year(match: re.Match[str]) -> bool:
    """Whether a bare four-digit number is a year, judged from the words around it."""
    text, start, end = match.string, match.start("year"), match.end("year")
    if _CLOCK_AFTER.match(text, end):
        return False
    previous = _PREVIOUS_WORD.search(text, 0, start)
    after = _NEXT_WORD.match(text, end)
    if (
        previous is not None
        and previous.group(1).lower() == "the"
        and after is not None
        and after.group(1) in _ROOMS
    ):
        # "received Carney in the 1844 Room": the name of a room, not a year.
        return False
    if previous is not None:
        word = previous.group(1)
        if word.lower() in _YEAR_LEAD_WORDS or word.endswith(("'s", "’s")):
            return True
        if word.lower() == "at" or (word[:1].isupper() and word[-1:].isalpha()):
            # "at 1900" is a clock time; "Resolution 2042" or "Airbus 2000" is a name.
            return False
    word_after = _NEXT_WORD.match(text, end)
    # A year ends a phrase ("in Paris in 2023.") or heads a capitalised name ("2024 Olympics");
    # a bare number before a lower-case word is a count ("2000 troops").
    if word_after is None or not word_after.group(1)[0].islower():
        return True
    return word_after.group(1) in _YEAR_FOLLOW_WORDS


def _year(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    if match.groupdict().get("edge") is None and not _reads_as_year(match):
        return None
    return year_value(int(match.group("year")), BASIS_EXPLICIT)


_FLAGS = 0  # case matters: capitalised month names only
_WEEKDAY_PREFIX = rf"(?:{lx.weekday()},?\s+)?"
_EDGE = rf"\b{lx.PERIOD_EDGE}[\s-]+"

# The second day of a range ("15-17 June", "June 15-17"): the range is read as its first day.
_RANGE_END = r"\s*[-–]\s*(?:3[01]|[12]\d|0?[1-9])(?![\w:])"

RULES: tuple[Rule, ...] = (
    Rule(
        "month-day-range",
        re.compile(rf"{lx.month()}\s+{lx.day()}{_RANGE_END}(?:,?\s+{lx.year()})?", _FLAGS),
        _month_day,
    ),
    Rule(
        "day-range-month",
        re.compile(rf"{lx.day()}{_RANGE_END}\s+{lx.month()}(?:,?\s+{lx.year()})?", _FLAGS),
        _month_day,
    ),
    Rule(
        "month-day",
        re.compile(rf"{_WEEKDAY_PREFIX}{lx.month()}\s+{lx.day()}(?:,?\s+{lx.year()})?", _FLAGS),
        _month_day,
    ),
    Rule(
        "day-month",
        re.compile(
            rf"{_WEEKDAY_PREFIX}(?:\b(?i:the)\s+)?{lx.day()}(?:\s+(?i:of))?\s+{lx.month()}"
            rf"(?:,?\s+{lx.year()})?",
            _FLAGS,
        ),
        _month_day,
    ),
    Rule(
        "iso",
        re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])"),
        _iso,
    ),
    Rule(
        "numeric",
        re.compile(
            r"(?<![\d/.])(?P<first>\d{1,2})(?P<sep>[/.])(?P<second>\d{1,2})(?P=sep)"
            r"(?P<year>\d{4})(?![\d/])"
        ),
        _numeric,
    ),
    Rule(
        "year-slash",
        re.compile(r"(?<![\d/])(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})(?![\d/])"),
        _iso,
    ),
    Rule("month-year", re.compile(rf"(?:{_EDGE})?{lx.month()},?\s+{lx.year()}"), _month_year),
    Rule(
        "edge-month",
        re.compile(rf"{_EDGE}{lx.month()}{lx.MONTH_ALONE_END}"),
        _month_alone,
    ),
    Rule(
        "month-after-preposition",
        re.compile(
            r"\b(?i:in|during|since|until|till|by|through|throughout|from|before|after|between|the"
            r"|for|of)"
            rf"\s+(?P<expr>{lx.month()}){lx.MONTH_ALONE_END}"
        ),
        _month_alone,
    ),
    Rule("edge-year", re.compile(rf"{_EDGE}{lx.year(after_hyphen=True)}"), _year),
    Rule("year", re.compile(lx.year()), _year),
)
