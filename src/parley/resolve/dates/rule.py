"""A date rule: one compiled pattern and the function that turns its match into a DateValue."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from parley.models import DateValue, Precision

from .anchor import DateAnchor
from .calendar_math import Tense

# A handler reads one match against the anchor; None means "looks like a date, but the text
# does not say which one" and the match is dropped rather than guessed.
Handler = Callable[[re.Match[str], DateAnchor, Tense | None], DateValue | None]


@dataclass(frozen=True)
class Rule:
    """A named pattern. When the pattern has an `expr` group, that group is the date's span
    (context words such as "in" or "on" are required but left out of the span)."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    # TimeML type of what the rule finds: "DATE", "TIME", "DURATION" or "SET".
    timex_type: str = "DATE"

    def span(self, match: re.Match[str]) -> tuple[int, int]:
        """Character offsets of the date expression itself within the scanned text."""
        if "expr" in self.pattern.groupindex and match.group("expr") is not None:
            return match.span("expr")
        return match.span()


def day_value(year: int | None, month: int, day: int, basis: str) -> DateValue:
    """A day-precision value (the year may be unknown)."""
    return DateValue(year=year, month=month, day=day, precision=Precision.DAY, basis=basis)


def month_value(year: int | None, month: int, basis: str) -> DateValue:
    """A month-precision value (the year may be unknown)."""
    return DateValue(year=year, month=month, precision=Precision.MONTH, basis=basis)


# The days of a month its edge word allows: "early May" is its first ten days.
_EDGE_DAYS = {
    "early": (1, 10),
    "beginning": (1, 10),
    "start": (1, 10),
    "mid": (11, 20),
    "middle": (11, 20),
    "late": (21, 31),
    "end": (21, 31),
}


def within_the_month(value: DateValue, edge: str | None) -> DateValue:
    """A month-precision value bounded to the part of the month `edge` ("early", "the end
    of") names; the value itself is unchanged when there is no edge or no year."""
    if edge is None or value.year is None or value.month is None:
        return value
    words = edge.lower().split()
    bounds = _EDGE_DAYS.get(words[1] if words[0] == "the" and len(words) > 1 else words[0])
    if bounds is None:
        return value
    last = calendar.monthrange(value.year, value.month)[1]
    return value.model_copy(
        update={
            "earliest": date(value.year, value.month, bounds[0]),
            "latest": date(value.year, value.month, min(bounds[1], last)),
        }
    )


def year_value(year: int, basis: str) -> DateValue:
    """A year-precision value."""
    return DateValue(year=year, precision=Precision.YEAR, basis=basis)


def timex_value(value: str, basis: str) -> DateValue:
    """A value that is not a calendar date, carried as its TimeML string ("P3Y", "2013-W12")."""
    return DateValue(timex=value, basis=basis)
