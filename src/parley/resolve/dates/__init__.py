"""Date resolution: find date expressions in a sentence and pin them to the calendar.

Absolute dates ("10 September 2024"), year-less dates ("Sept. 10", year taken from the
anchor by tense) and relative ones ("last Friday", "next month", counted from the dateline
or publication date). Every value says how it was resolved in `DateValue.basis`; nothing is
guessed: an expression that the anchor cannot pin down yields no value.
"""

from __future__ import annotations

from .anchor import DateAnchor
from .calendar_math import Tense
from .scanner import DateMatch, find_dates, parse_dateline_date, resolve_date_expression

__all__ = [
    "DateAnchor",
    "DateMatch",
    "Tense",
    "find_dates",
    "parse_dateline_date",
    "resolve_date_expression",
]
