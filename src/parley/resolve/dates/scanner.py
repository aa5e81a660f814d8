"""Find date expressions in a sentence and resolve them against the article's anchor."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from parley.models import DateValue

from . import absolute, clock, durations, periods, references, relative
from .anchor import BASIS_EXPLICIT, DateAnchor
from .calendar_math import Tense
from .rule import Rule

_RULES: tuple[Rule, ...] = (
    absolute.RULES + relative.RULES + (periods.MONTH_OF_YEAR, periods.DAY_OF_YEAR)
)
# Expressions that are not calendar dates come first: where one covers the same words as a
# calendar rule ("last week" as an ISO week rather than a month), it is the finer reading.
_TIMEX_RULES: tuple[Rule, ...] = (
    clock.RULES
    + periods.RULES
    + references.RULES
    + durations.RULES
    + absolute.RULES
    + relative.RULES
)

# Words that may surround a date expression without changing which day it names.
_FILLER_WORDS = frozenset(
    [
        "on",
        "in",
        "at",
        "by",
        "of",
        "the",
        "since",
        "during",
        "from",
        "until",
        "as",
        "around",
        "about",
        "local",
        "time",
        "morning",
        "afternoon",
        "evening",
        "night",
        "overnight",
        "noon",
        "midnight",
        "am",
        "pm",
        "a.m",
        "p.m",
        "gmt",
        "utc",
    ]
)
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d\d)?")
_TOKEN = re.compile(r"[A-Za-z.]+|\d+(?:[:.]\d\d)?")


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in a text: offsets within that text, the words, the value."""

    start: int
    end: int
    text: str
    value: DateValue
    # TimeML type: "DATE", or with include_timex also "TIME", "DURATION" or "SET".
    timex_type: str = "DATE"


def find_dates(
    text: str,
    anchor: DateAnchor,
    *,
    tense: Tense | None = None,
    include_timex: bool = False,
) -> list[DateMatch]:
    """Every date expression in `text` that resolves to a value, in order, non-overlapping.

    Where candidates overlap the earliest wins, then the longest ("Tuesday, 10 September 2024"
    over "Tuesday"). `tense` places year-less dates and bare weekdays before or after the
    anchor. Candidates that cannot be resolved without guessing are dropped.

    include_timex: also return expressions that are not calendar dates, their TimeML value in
    `DateValue.timex` ("now" PRESENT_REF, "last week" 2013-W11, "three years" P3Y, "Friday
    night" 2013-03-22TNI, "daily" P1D); their `iso()` is None.
    """
    candidates = []
    for order, rule in enumerate(_TIMEX_RULES if include_timex else _RULES):
        for match in rule.pattern.finditer(text):
            start, end = rule.span(match)
            if end > start:
                candidates.append((start, -(end - start), order, rule, match))
    candidates.sort(key=lambda c: c[:3])
    found: list[DateMatch] = []
    covered_to = 0
    for start, negative_length, _, rule, match in candidates:
        if start < covered_to:
            continue
        value = rule.handler(match, anchor, tense)
        end = start - negative_length
        if value is None:
            # The words read as a date the text does not pin down ("31 February 2024",
            # "10/09/2024"); a shorter reading inside them would only be a guess.
            covered_to = end
            continue
        raw = text[start:end]
        kind = rule.timex_type if value.timex is not None else "DATE"
        found.append(DateMatch(start, end, raw, value.model_copy(update={"raw": raw}), kind))
        covered_to = end
    return found


def _is_filler(fragment: str) -> bool:
    for token in _TOKEN.findall(fragment):
        word = token.lower().rstrip(".")
        if word not in _FILLER_WORDS and not _CLOCK.fullmatch(token):
            return False
    return True


def resolve_date_expression(
    expression: str,
    anchor: DateAnchor,
    *,
    tense: Tense | None = None,
    include_timex: bool = False,
) -> DateValue | None:
    """The value of one date expression ("on 19 September local time", "last Friday").

    The expression must hold exactly one date; anything else around it may only be
    prepositions, times of day or time-zone words. Otherwise None (nothing is guessed).
    include_timex: as for `find_dates` ("three years" gives timex P3Y).
    """
    matches = find_dates(expression, anchor, tense=tense, include_timex=include_timex)
    if len(matches) != 1:
        return None
    match = matches[0]
    if not (_is_filler(expression[: match.start]) and _is_filler(expression[match.end :])):
        return None
    return match.value.model_copy(update={"raw": expression.strip()})


_SHORT_WEEKDAY = re.compile(r"^\s*(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\.?,?\s+(?=\d|[A-Z])")


def parse_dateline_date(raw: str, published: date | None) -> DateValue | None:
    """Resolve a dateline's date as written ("9 Sep", "Sept 18") against the publication date.

    A dateline is written on or shortly before publication, so a missing year is the one that
    puts the date on or just before `published`. Basis starts with "dateline"; with no
    publication date the year stays None.
    """
    # "Fri, 18 Apr": a weekday cut short, which the date reader takes only in full; the
    # day and month say the date.
    raw = _SHORT_WEEKDAY.sub("", raw)
    value = resolve_date_expression(raw, DateAnchor(published=published), tense="past")
    if value is None:
        return None
    basis = value.basis
    if basis.startswith(BASIS_EXPLICIT):
        basis = "dateline" + basis[len(BASIS_EXPLICIT) :]
    return value.model_copy(update={"basis": basis})
