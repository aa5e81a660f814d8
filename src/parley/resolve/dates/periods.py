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
from .calendar_math import Tense, shift_month
from .rule import Rule, day_value, month_value, timex_value, year_value

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_ORDINALS.update({"4th": 4})
_ORDINAL = r"(?P<ordinal>(?i:first|second|third|fourth|1st|2nd|3rd|4th))"
_SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9)}
_SEASONS.update({"winter": ("WI", 12)})


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
    step = {"this": 0, "the current": 0, "next": 1, "the next": 1, "the coming": 1}.get(
        modifier, -1
    )
    year, quarter = _shift_quarter(*quarter_of(day), step)
    if match.group("ago"):
        year -= 1
    return timex_value(f"{year:04d}-Q{quarter}", basis)


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
    if match.group("direction").lower() in ("earlier", "ago"):
        count = -count
    unit = match.group("unit").lower().rstrip("s")
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


_YEAR = r"(?P<year>(?:18|19|20)\d\d)"
_YEAR_AFTER = r"(?P<year_after>(?:18|19|20)\d\d)"
_EDGE = r"(?:(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)[\s-]+)?"

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
            r"\b(?:(?P<rel>(?i:this|last|next))\s+year'?s\s+|(?i:the\s+)?(?:"
            rf"{_YEAR}'?s?\s+)?)?(?i:fiscal\s+)?{_ORDINAL}[\s-]+(?i:fiscal\s+)?(?i:quarter)\b"
            rf"(?:\s+(?i:of\s+)?(?i:fiscal\s+)?{_YEAR_AFTER}\b)?"
        ),
        _numbered_quarter,
    ),
    Rule(
        "relative-quarter",
        re.compile(
            r"\b(?P<mod>(?i:the|the\s+latest|the\s+most\s+recent|last|the\s+last|the\s+previous"
            r"|the\s+prior|this|the\s+current|next|the\s+next|the\s+coming))\s+"
            r"(?P<ago>(?i:year-ago|year-earlier)\s+)?(?i:quarter)\b(?!\s+(?i:of|century))"
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
