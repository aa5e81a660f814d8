"""Rules for calendar periods that are not days, months or years.

ISO weeks ("last week" 2013-W11, "the weekend" 2013-W11-WE), quarters ("the third quarter"
2013-Q3), halves ("the first half of 2012" 2012-H1), seasons ("last summer" 2012-SU), decades
("the 1990s" 199X), and spans counted from the anchor ("a year earlier" 2012). Relative ones
count from the anchor like `relative` does.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parley.models import DateValue

from . import lexicon as lx
from .anchor import BASIS_EXPLICIT, DateAnchor
from .calendar_math import Tense, is_valid_day, shift_month
from .rule import Rule, day_value, month_value, timex_value, within_the_month, year_value

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_ORDINALS.update({"4th": 4})
_ORDINAL = r"(?P<ordinal>(?i:first|second|third|fourth|1st|2nd|3rd|4th))"
_SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9)}
_SEASONS.update({"winter": ("WI", 12)})
# Words with which "the quarter" is the one an earnings report is about.
_REPORTED_QUARTER_WORDS = frozenset(["the", "the latest", "the most recent", "this"])
BASIS_REPORTED_QUARTER = "the quarter the article reports on, counted back"


def iso_week(day: date) -> str:
    """TimeML value of the ISO week holding `day`: "2013-W12"."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> tuple[int, int]:
    """(year, quarter) of `day`."""
    return day.year, (day.month - 1) // 3 + 1


def _shift_quarter(year: int, quarter: int, step: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + step
    return index // 4, index % 4 + 1


def _week(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    modifier = " ".join(match.group("mod").lower().split())
    shift = {"last": -7, "the previous": -7, "next": 7, "the coming": 7, "the following": 7}
    return timex_value(iso_week(day + timedelta(days=shift.get(modifier, 0))), basis)


def _weeks_ago(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    weeks = lx.count_number(match.group("count"))
    return timex_value(iso_week(day - timedelta(days=7 * weeks)), basis)


def _weekend(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    modifier = " ".join((match.group("mod") or "").lower().split())
    forward = modifier in ("next", "this coming", "the coming") or (
        tense == "future" and modifier not in ("last", "this past", "the past")
    )
    # The weekend under way, or else the one before (backward) or after (forward) the anchor.
    if day.weekday() >= 5:
        saturday = day - timedelta(days=day.weekday() - 5)
        step = {"last": -7, "next": 7}.get(modifier, 0)
        saturday += timedelta(days=step)
    elif forward:
        saturday = day + timedelta(days=5 - day.weekday())
    else:
        saturday = day - timedelta(days=day.weekday() + 2)
    return timex_value(iso_week(saturday) + "-WE", basis)


def _numbered_quarter(
    match: re.Match[str], anchor: DateAnchor, tense: Tense | None
) -> DateValue | None:
    quarter = _ORDINALS[match.group("ordinal").lower()]
    stated = match.group("year") or match.group("year_after")
    if stated is not None:
        return timex_value(f"{stated}-Q{quarter}", BASIS_EXPLICIT)
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    step = {"last": -1, "next": 1}.get((match.group("rel") or "").lower(), 0)
    return timex_value(f"{day.year + step:04d}-Q{quarter}", basis)


def _relative_quarter(
    match: re.Match[str], anchor: DateAnchor, tense: Tense | None
) -> DateValue | None:
    """ "the latest quarter" is the last one complete; "this quarter" the one under way."""
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    modifier = " ".join(match.group("mod").lower().split())
    if anchor.quarter is not None and modifier in _REPORTED_QUARTER_WORDS:
        # In an earnings report "the quarter" is the one reported on, which may be a fiscal
        # quarter other than the last calendar one.
        year, quarter = anchor.quarter
    elif match.group("unit").lower() == "period":
        return None  # "the latest period" says nothing without a reported quarter
    else:
        step = {"this": 0, "the current": 0, "next": 1, "the next": 1, "the coming": 1}.get(
            modifier, -1
        )
        year, quarter = _shift_quarter(*quarter_of(day), step)
    if match.group("ago"):
        year -= 1
    return timex_value(f"{year:04d}-Q{quarter}", basis)


def _compared_quarter(anchor: DateAnchor, years_back: int) -> DateValue | None:
    """The reported quarter `years_back` years before, or None when no quarter is reported."""
    if anchor.quarter is None:
        return None
    year, quarter = anchor.quarter
    return timex_value(f"{year - years_back:04d}-Q{quarter}", BASIS_REPORTED_QUARTER)


def _year_ago_period(
    match: re.Match[str], anchor: DateAnchor, tense: Tense | None
) -> DateValue | None:
    """ "the year-ago period", "the year-earlier third quarter", "year-earlier profit"."""
    ordinal = match.group("ordinal")
    if ordinal is not None:  # "the year-earlier third quarter"
        reference = anchor.reference()
        if reference is None:
            return None
        year = anchor.quarter[0] if anchor.quarter is not None else reference[0].year
        return timex_value(f"{year - 1:04d}-Q{_ORDINALS[ordinal.lower()]}", reference[1])
    compared = _compared_quarter(anchor, 1)
    if compared is not None:
        return compared
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    if any(match.group(unit) is not None for unit in ("unit", "unit2", "unit3")):
        year, quarter = _shift_quarter(*quarter_of(day), -1)
        return timex_value(f"{year - 1:04d}-Q{quarter}", basis)
    return year_value(day.year - 1, basis)


def _dated_period(
    match: re.Match[str], anchor: DateAnchor, tense: Tense | None
) -> DateValue | None:
    """ "the 1988 period" in an earnings report: the reported quarter of that year."""
    if anchor.quarter is not None:
        quarter = anchor.quarter[1]
    else:
        reference = anchor.reference()
        if reference is None:
            return None
        quarter = _shift_quarter(*quarter_of(reference[0]), -1)[1]
    return timex_value(f"{match.group('year')}-Q{quarter}", BASIS_EXPLICIT)


def _half(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    half = 1 if match.group("which").lower() == "first" else 2
    stated = match.group("year")
    if stated is not None:
        return timex_value(f"{stated}-H{half}", BASIS_EXPLICIT)
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    return timex_value(f"{day.year:04d}-H{half}", basis)


def _season(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    code, first_month = _SEASONS[match.group("season").lower()]
    stated = match.group("year")
    if stated is not None:
        return timex_value(f"{stated}-{code}", BASIS_EXPLICIT)
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    modifier = " ".join((match.group("mod") or "").lower().split())
    # Months since the start of this year's season: negative while it is still ahead.
    into = day.month - first_month
    year = day.year
    if modifier in ("last", "this past", "past"):
        year = day.year - 1 if into < 3 else day.year
    elif modifier in ("next", "this coming", "coming"):
        year = day.year + 1 if into >= 0 else day.year
    return timex_value(f"{year:04d}-{code}", basis)


def _decade(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    """ "the 1990s" is 199X; "the '90s" takes its century from the anchor."""
    if match.group("decade") is not None:
        return timex_value(match.group("decade")[:3] + "X", BASIS_EXPLICIT)
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    century = day.year // 100
    # Read in 2005, "the '90s" are the 1990s: a decade after the anchor's is last century's.
    if int(match.group("short")) > day.year % 100:
        century -= 1
    return timex_value(f"{century:02d}{match.group('short')[0]}X", basis)


def _offset(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    """ "a year earlier", "two days later": counted from the anchor, as TimeML reads them."""
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    count = lx.count_number(match.group("count"))
    unit = match.group("unit").lower().rstrip("s")
    if match.group("direction").lower() in ("earlier", "ago"):
        if unit == "year" and anchor.quarter is not None:
            # "up from $3 million a year earlier": the same quarter of that year.
            return _compared_quarter(anchor, count)
        count = -count
    if unit == "day":
        moved = day + timedelta(days=count)
        return day_value(moved.year, moved.month, moved.day, basis)
    if unit == "week":
        return timex_value(iso_week(day + timedelta(days=7 * count)), basis)
    if unit == "month":
        return month_value(*shift_month(day.year, day.month, count), basis)
    if unit == "decade":
        return timex_value(f"{(day.year + 10 * count) // 10:03d}X", basis)
    return year_value(day.year + count, basis)


def _the_year(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    """ "for the year", "the current year", "by year-end": the anchor's year."""
    if match.group("spelled") is not None:  # "the year two thousand"
        return year_value(2000, BASIS_EXPLICIT)
    reference = anchor.reference()
    if reference is None:
        return None
    return year_value(reference[0].year, reference[1])


def _year_ended(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue:
    """ "the year ended March 31" is a year's length of accounts, not a calendar year."""
    return timex_value("P1Y", BASIS_EXPLICIT)


def _month_of_year(
    match: re.Match[str], anchor: DateAnchor, tense: Tense | None
) -> DateValue | None:
    """ "June last year", "April next year": the month in the year the words count to."""
    counted = _counted_year(match, anchor)
    if counted is None:
        return None
    year, basis = counted
    value = month_value(year, lx.month_number(match.group("month")), basis)
    return within_the_month(value, match.groupdict().get("edge"))


def _counted_year(match: re.Match[str], anchor: DateAnchor) -> tuple[int, str] | None:
    """The year "last year", "this year", "next year" or "two years ago" counts to from the
    anchor, with the anchor's basis."""
    reference = anchor.reference()
    if reference is None:
        return None
    day, basis = reference
    if match.groupdict().get("count"):
        return day.year - lx.count_number(match.group("count")), basis
    step = {"last": -1, "this": 0, "next": 1}[match.group("rel").lower()]
    return day.year + step, basis


def _day_of_year(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    """ "10th September last year", "Dec. 11 last year": the day in the year the words count to."""
    counted = _counted_year(match, anchor)
    if counted is None:
        return None
    year, basis = counted
    month = lx.month_number(match.group("month") or match.group("month2"))
    number = int(match.group("day") or match.group("day2"))
    return day_value(year, month, number, basis) if is_valid_day(year, month, number) else None


_YEAR = r"(?P<year>(?:18|19|20)\d\d)"
_YEAR_AFTER = r"(?P<year_after>(?:18|19|20)\d\d)"
_EDGE = r"(?:(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)[\s-]+)?"

# A calendar month, so the pipeline's date finder uses it too ("in May last year", "in March of
# last year").
MONTH_OF_YEAR = Rule(
    "month-of-year",
    re.compile(
        rf"(?:\b{lx.PERIOD_EDGE}[\s-]+)?{lx.month()}\s+(?:(?i:of)\s+)?"
        # "in January two years ago": that month of the year so many years back.
        rf"(?:(?P<rel>(?i:last|this|next))\s+(?i:year)|{lx.NUMBER}\s+(?i:years?)\s+(?i:ago))\b"
    ),
    _month_of_year,
)

# A day of a month followed by the year it falls in, counted from the anchor: longer than the
# bare day, so it wins over the year a year-less day would be placed in by tense.
_YEAR_COUNTED = r",?\s+(?P<rel>(?i:last|this|next))\s+(?i:year)\b"
DAY_OF_YEAR = Rule(
    "day-of-year",
    re.compile(
        rf"(?:{lx.month()}\s+{lx.day()}|(?:\b(?i:the)\s+)?{lx.day('day2')}(?:\s+(?i:of))?\s+"
        rf"{lx.month('month2')})"
        rf"{_YEAR_COUNTED}"
    ),
    _day_of_year,
)

RULES: tuple[Rule, ...] = (
    Rule(
        "iso-week",
        re.compile(
            rf"\b{_EDGE}(?P<mod>(?i:last|this|next|the\s+coming|the\s+previous|the\s+following"
            r"|earlier\s+this|later\s+this))\s+(?i:week)\b(?!-)"
        ),
        _week,
    ),
    Rule(
        "weeks-ago",
        re.compile(rf"\b{lx.NUMBER}\s+(?i:weeks?)\s+(?i:ago)\b"),
        _weeks_ago,
    ),
    Rule(
        "weekend",
        re.compile(
            r"\b(?P<mod>(?i:last|this|next|this\s+coming|the\s+coming|this\s+past|the\s+past|the))"
            r"\s+(?i:weekend)\b"
        ),
        _weekend,
    ),
    Rule(
        "numbered-quarter",
        re.compile(
            r"\b(?:(?P<rel>(?i:this|last|next))\s+year'?s\s+|(?i:the\s+(?!\w+-))?(?:"
            rf"{_YEAR}'?s?\s+)?)?(?i:fiscal\s+)?{_ORDINAL}[\s-]+(?i:fiscal\s+)?(?i:quarter)\b"
            rf"(?:\s+(?i:of\s+)?(?i:fiscal\s+)?{_YEAR_AFTER}\b)?"
        ),
        _numbered_quarter,
    ),
    Rule(
        "year-ago-period",
        re.compile(
            # "the year-ago period"; "year-earlier" alone before a noun ("year-earlier profit").
            r"(?:\b(?i:the)\s+(?:(?i:comparable|corresponding)\s+)?(?=\S+\s+(?:\S+\s+)?"
            r"(?i:quarter|period)\b))?(?<![\w-])(?i:year-ago|year-earlier)(?![\w-])"
            rf"(?:\s+(?:{_ORDINAL}[\s-]+)?(?P<unit>(?i:quarter|period))\b)?"
            # "the quarter a year ago", "the same period last year", "last year's quarter".
            r"|\b(?i:the)\s+(?:(?i:comparable|corresponding|same)\s+)?(?P<unit2>(?i:quarter|period))"
            r"\s+(?i:a\s+year\s+(?:ago|earlier)|last\s+year)\b"
            r"|\b(?i:last\s+year's)\s+(?:(?i:comparable|corresponding|same)\s+)?"
            r"(?P<unit3>(?i:quarter|period))\b"
        ),
        _year_ago_period,
    ),
    MONTH_OF_YEAR,
    DAY_OF_YEAR,
    Rule(
        "year-ended",
        re.compile(r"\b(?i:the\s+(?:fiscal\s+)?year)(?=\s+(?i:ended|ending)\b)"),
        _year_ended,
        "DURATION",
    ),
    Rule(
        "the-year",
        re.compile(
            r"\b(?i:the\s+(?:full\s+|current\s+|current\s+fiscal\s+|fiscal\s+)?year)"
            r"(?:\s+(?P<spelled>(?i:two\s+thousand)))?(?![\w-]|\s+(?i:before|after|earlier|ago"
            r"|later|of\b|\d))"
            r"|\b(?i:by|around|before|at|until)\s+(?P<expr>(?i:year[\s-]end))\b"
            r"|\b(?i:year's\s+end)\b"
        ),
        _the_year,
    ),
    Rule(
        "dated-period",
        re.compile(r"\b(?i:the)\s+(?P<year>(?:19|20)\d\d)\s+(?i:period|quarter)\b"),
        _dated_period,
    ),
    Rule(
        "relative-quarter",
        re.compile(
            r"\b(?P<mod>(?i:the|the\s+latest|the\s+most\s+recent|last|the\s+last|the\s+previous"
            r"|the\s+prior|this|the\s+current|next|the\s+next|the\s+coming))\s+"
            r"(?P<ago>(?i:year-ago|year-earlier)\s+)?(?P<unit>(?i:quarter|(?<=latest\s)period"
            r"|(?<=recent\s)period))\b(?!\s+(?i:of|century))"
        ),
        _relative_quarter,
    ),
    Rule(
        "half",
        re.compile(
            r"\b(?i:the\s+)?(?P<which>(?i:first|second))\s+(?i:half)\b"
            rf"(?:\s+(?i:of\s+)?{_YEAR}\b)?"
        ),
        _half,
    ),
    Rule(
        "season",
        re.compile(
            r"\b(?:(?P<mod>(?i:last|this|next|this\s+past|this\s+coming|past|coming))\s+)?"
            r"(?P<season>(?i:spring|summer|autumn|winter)|Fall|(?<=the\s)fall|(?<=this\s)fall"
            r"|(?<=last\s)fall|(?<=next\s)fall)\b"
            rf"(?:\s+(?i:of\s+)?{_YEAR}\b)?(?!\s+(?i:of|season|semester|term|collection))"
        ),
        _season,
    ),
    Rule(
        "offset",
        re.compile(
            rf"\b{lx.NUMBER}\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))"
            r"\s+(?:(?i:or\s+so)\s+)?(?P<direction>(?i:earlier|later|ago))\b"
        ),
        _offset,
    ),
    Rule(
        "decade",
        re.compile(r"(?<![\w$])(?:(?P<decade>1[89]\d0|20\d0)|['’](?P<short>\d0))s\b"),
        _decade,
    ),
)
