"""find_dates(include_timex=True): TimeML values for expressions that are not calendar dates.

Every case is read against Friday 22 March 2013 (ISO week 12, first quarter).
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.resolve.dates import DateAnchor, find_dates, resolve_date_expression

ANCHOR = DateAnchor(published=date(2013, 3, 22))


def _only(text: str, **kwargs: object) -> tuple[str, str | None, str]:
    """(span, TimeML value, type) of the single expression found in `text`."""
    [match] = find_dates(text, ANCHOR, include_timex=True, **kwargs)  # type: ignore[arg-type]
    return match.text, match.value.timex or match.value.iso(), match.timex_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # references
        ("Talks are now under way.", ("now", "PRESENT_REF", "DATE")),
        ("Envoys currently disagree.", ("currently", "PRESENT_REF", "DATE")),
        ("They met recently.", ("recently", "PAST_REF", "DATE")),
        ("Allies in recent years.", ("recent years", "PAST_REF", "DATE")),
        ("In the future, talks.", ("the future", "FUTURE_REF", "DATE")),
        # counted and vague durations
        ("over the past two months", ("the past two months", "P2M", "DURATION")),
        ("for three years", ("three years", "P3Y", "DURATION")),
        ("a five-hour meeting", ("five-hour", "PT5H", "DURATION")),
        ("talks lasted 2 1/2 years", ("2 1/2 years", "P2Y6M", "DURATION")),
        ("talks lasted 5 1/2 hours", ("5 1/2 hours", "PT5H30M", "DURATION")),
        ("talks lasted twenty four hours", ("twenty four hours", "PT24H", "DURATION")),
        ("a truce of a couple of years", ("a couple of years", "P2Y", "DURATION")),
        ("a mandate for the next three quarters", ("the next three quarters", "P9M", "DURATION")),
        ("talks for several weeks", ("several weeks", "PXW", "DURATION")),
        ("they have talked for years", ("years", "PXY", "DURATION")),
        ("a truce for a year", ("a year", "P1Y", "DURATION")),
        # repetitions
        ("daily talks", ("daily", "P1D", "SET")),
        ("they meet every Thursday", ("every Thursday", "XXXX-WXX-4", "SET")),
        ("a summit each year", ("each year", "P1Y", "SET")),
        # weeks and weekends
        ("they met last week", ("last week", "2013-W11", "DATE")),
        ("they meet this week", ("this week", "2013-W12", "DATE")),
        ("they meet next week", ("next week", "2013-W13", "DATE")),
        ("they met three weeks ago", ("three weeks ago", "2013-W09", "DATE")),
        ("they met over the weekend", ("the weekend", "2013-W11-WE", "DATE")),
        # quarters and halves
        ("in the third quarter", ("the third quarter", "2013-Q3", "DATE")),
        ("third-quarter trade", ("third-quarter", "2013-Q3", "DATE")),
        ("the 2012 fourth quarter", ("the 2012 fourth quarter", "2012-Q4", "DATE")),
        ("the first quarter of 2011", ("the first quarter of 2011", "2011-Q1", "DATE")),
        ("last year's second quarter", ("last year's second quarter", "2012-Q2", "DATE")),
        ("in the latest quarter", ("the latest quarter", "2012-Q4", "DATE")),
        ("this quarter", ("this quarter", "2013-Q1", "DATE")),
        ("the year-ago quarter", ("the year-ago quarter", "2011-Q4", "DATE")),
        ("the first half of 2012", ("the first half of 2012", "2012-H1", "DATE")),
        ("in the second half", ("the second half", "2013-H2", "DATE")),
        # seasons and decades
        ("they met last summer", ("last summer", "2012-SU", "DATE")),
        ("they meet this spring", ("this spring", "2013-SP", "DATE")),
        ("in the winter of 2011", ("winter of 2011", "2011-WI", "DATE")),
        ("they meet next fall", ("next fall", "2013-FA", "DATE")),
        ("in the 1990s", ("1990s", "199X", "DATE")),
        ("in the '80s", ("'80s", "198X", "DATE")),
        # spans counted from the anchor
        ("a year earlier", ("a year earlier", "2012", "DATE")),
        ("two days later", ("two days later", "2013-03-24", "DATE")),
        ("a decade ago", ("a decade ago", "200X", "DATE")),
        # times of day
        ("Friday night", ("Friday night", "2013-03-22TNI", "TIME")),
        ("on Tuesday morning", ("Tuesday morning", "2013-03-19TMO", "TIME")),
        ("this morning", ("this morning", "2013-03-22TMO", "TIME")),
        ("last night", ("last night", "2013-03-21TNI", "TIME")),
        ("at 9 a.m. Tuesday", ("9 a.m. Tuesday", "2013-03-19T09:00", "TIME")),
        ("until 5 p.m. EST Nov. 9", ("5 p.m. EST Nov. 9", "2012-11-09T17:00", "TIME")),
        ("at 10:35 a.m.", ("10:35 a.m.", "2013-03-22T10:35", "TIME")),
        ("at midnight Friday", ("midnight Friday", "2013-03-22T24:00", "TIME")),
    ],
)
def test_timex_expression(text: str, expected: tuple[str, str, str]) -> None:
    assert _only(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Now that it is over, they left.",  # a conjunction, not the present
        "The current account deficit grew.",
        "It costs $2 a year.",  # a rate, not a length
        "The treaty is five years old.",
        "Prices fall when talks stall.",  # the verb, not the season
        "They will finish by noon.",  # a clock word with no day is left alone
        "He was previously a diplomat.",  # manner more often than time in news
    ],
)
def test_words_that_are_not_timex(text: str) -> None:
    assert find_dates(text, ANCHOR, include_timex=True) == []


def test_weekend_read_forward_with_future_tense() -> None:
    assert _only("this weekend", tense="future")[1] == "2013-W12-WE"


def test_weeks_and_quarters_need_an_anchor() -> None:
    assert find_dates("last week and the latest quarter", DateAnchor(), include_timex=True) == []


def test_explicit_quarter_needs_no_anchor() -> None:
    [match] = find_dates("the first quarter of 2011", DateAnchor(), include_timex=True)
    assert match.value.timex == "2011-Q1"


def test_timex_values_have_no_calendar_date() -> None:
    for match in find_dates("now, for three years, last week", ANCHOR, include_timex=True):
        assert match.value.timex is not None
        assert match.value.iso() is None


def test_default_returns_calendar_dates_only_and_unchanged() -> None:
    text = "Now, after three years of daily talks, they met last week and on Friday night."
    found = [(m.text, m.value.iso(), m.timex_type) for m in find_dates(text, ANCHOR)]
    assert found == [("last week", "2013-03", "DATE"), ("Friday", "2013-03-22", "DATE")]
    assert all(m.value.timex is None for m in find_dates(text, ANCHOR))


def test_resolve_date_expression_with_timex() -> None:
    value = resolve_date_expression("three years", ANCHOR, include_timex=True)
    assert value is not None and value.timex == "P3Y"
    assert resolve_date_expression("three years", ANCHOR) is None
    night = resolve_date_expression("on Friday night", ANCHOR, include_timex=True)
    assert night is not None and night.timex == "2013-03-22TNI"
