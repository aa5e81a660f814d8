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


# An earnings report read on Thursday 26 October 1989 that has named its third quarter.
REPORT = DateAnchor(published=date(1989, 10, 26), quarter=(1989, 3))
FISCAL = DateAnchor(published=date(1989, 10, 26), quarter=(1989, 1))


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("up from $3 million a year earlier", REPORT, ("a year earlier", "1988-Q3", "DATE")),
        ("compared with $9 million a year ago", FISCAL, ("a year ago", "1988-Q1", "DATE")),
        ("two years ago, sales were flat", REPORT, ("two years ago", "1987-Q3", "DATE")),
        ("in the year-ago period", REPORT, ("the year-ago period", "1988-Q3", "DATE")),
        (
            "in the comparable year-ago quarter",
            FISCAL,
            ("the comparable year-ago quarter", "1988-Q1", "DATE"),
        ),
        ("year-earlier profit of $2 million", REPORT, ("year-earlier", "1988-Q3", "DATE")),
        ("The year-ago results were restated", REPORT, ("year-ago", "1988-Q3", "DATE")),
        (
            "For the quarter a year ago, it lost",
            REPORT,
            ("the quarter a year ago", "1988-Q3", "DATE"),
        ),
        (
            "for the corresponding period last year",
            REPORT,
            ("the corresponding period last year", "1988-Q3", "DATE"),
        ),
        ("sales for last year's quarter", REPORT, ("last year's quarter", "1988-Q3", "DATE")),
        ("in the 1988 period", FISCAL, ("the 1988 period", "1988-Q1", "DATE")),
        ("Sun shipped more in the quarter", FISCAL, ("the quarter", "1989-Q1", "DATE")),
        ("sales in the latest period", REPORT, ("the latest period", "1989-Q3", "DATE")),
    ],
)
def test_comparisons_in_an_earnings_report_mean_the_reported_quarter(
    text: str, anchor: DateAnchor, expected: tuple[str, str, str]
) -> None:
    [match] = find_dates(text, anchor, include_timex=True)
    assert (match.text, match.value.timex or match.value.iso(), match.timex_type) == expected


def test_without_a_reported_quarter_comparisons_keep_their_calendar_reading() -> None:
    plain = DateAnchor(published=date(1989, 10, 26))
    assert _values("up from $3 million a year earlier", plain) == [("a year earlier", "1988")]
    assert _values("year-earlier profit of $2 million", plain) == [("year-earlier", "1988")]
    assert _values("in the year-ago period", plain) == [("the year-ago period", "1988-Q3")]
    # "the latest period" names nothing until a quarter is reported.
    assert _values("sales in the latest period", plain) == []


def _values(text: str, anchor: DateAnchor) -> list[tuple[str, str | None]]:
    return [
        (m.text, m.value.timex or m.value.iso())
        for m in find_dates(text, anchor, include_timex=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the year, volume was flat.", ("the year", "2013", "DATE")),
        ("a high for the full year", ("the full year", "2013", "DATE")),
        ("sales in the current fiscal year", ("the current fiscal year", "2013", "DATE")),
        ("a deal expected by year-end", ("year-end", "2013", "DATE")),
        ("rules in place by year's end", ("year's end", "2013", "DATE")),
        ("by the year two thousand", ("the year two thousand", "2000", "DATE")),
    ],
)
def test_the_year_is_the_anchor_year_unless_it_is_a_year_of_accounts(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _only(text) == expected


def test_a_year_ended_on_a_day_is_a_length_of_accounts() -> None:
    [year, day] = find_dates("revenue for the year ended March 31", ANCHOR, include_timex=True)
    assert (year.text, year.value.timex, year.timex_type) == ("the year", "P1Y", "DURATION")
    assert day.value.iso() == "2013-03-31"
    [fiscal, _] = find_dates("in the fiscal year ending June 30", ANCHOR, include_timex=True)
    assert (fiscal.text, fiscal.value.timex) == ("the fiscal year", "P1Y")


def test_the_year_before_or_of_something_is_not_the_anchor_year() -> None:
    assert _values("down from $450 million the year before", ANCHOR) == []
    assert _values("the year of the treaty", ANCHOR) == []


def test_timex_only_rules_leave_the_calendar_path_alone() -> None:
    text = "For the year, profit rose from a year earlier and the year-ago period."
    assert find_dates(text, REPORT) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("But in June last year, the talks failed.", ("June last year", "2012-06", "DATE")),
        ("members in April next year", ("April next year", "2014-04", "DATE")),
        ("approved in early October this year", ("early October this year", "2013-10", "DATE")),
    ],
)
def test_a_month_with_last_this_or_next_year_is_one_expression(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _only(text) == expected


def test_now_as_a_discourse_marker_is_not_a_time() -> None:
    assert _values("Now, he says, the talks are over.", ANCHOR) == []
    assert _values("Now for the weather.", ANCHOR) == []
    assert _values("Now the talks are over.", ANCHOR) == [("Now", "PRESENT_REF")]
    assert _values("The envoys now agree, he says.", ANCHOR) == [("now", "PRESENT_REF")]


def test_the_before_a_hyphenated_adjective_is_left_out_of_the_span() -> None:
    assert _values("the third-quarter loss", ANCHOR) == [("third-quarter", "2013-Q3")]
    assert _values("the 14-day waiting period", ANCHOR) == [("14-day", "P14D")]
    assert _values("in the third quarter", ANCHOR) == [("the third quarter", "2013-Q3")]
    assert _values("over the two weeks", ANCHOR) == [("the two weeks", "P2W")]
