"""Dates counted from the anchor: weekdays, deictic days, weeks, months and years."""

from __future__ import annotations

from datetime import date

import pytest

from parley.models import DateValue, Precision
from parley.resolve.dates import DateAnchor, Tense, find_dates, resolve_date_expression

# Thursday 19 September 2024.
PUBLISHED = DateAnchor(published=date(2024, 9, 19))


def resolve(
    expression: str, anchor: DateAnchor = PUBLISHED, tense: Tense | None = None
) -> DateValue:
    value = resolve_date_expression(expression, anchor, tense=tense)
    assert value is not None, expression
    return value


@pytest.mark.parametrize(
    ("expression", "tense", "iso"),
    [
        ("on Tuesday", None, "2024-09-17"),
        ("on Tuesday", "past", "2024-09-17"),
        ("on Tuesday", "future", "2024-09-24"),
        ("Thursday", None, "2024-09-19"),
        ("Thursday", "future", "2024-09-19"),
        ("last Friday", None, "2024-09-13"),
        ("last Thursday", None, "2024-09-12"),
        # Earlier in the report's own week: the week before's, as "on Tuesday" is this week's.
        ("last Tuesday", None, "2024-09-10"),
        ("next Monday", None, "2024-09-23"),
        ("next Thursday", None, "2024-09-26"),
        ("this Wednesday", "past", "2024-09-18"),
        ("Monday", None, "2024-09-16"),
    ],
)
def test_weekdays(expression: str, tense: Tense | None, iso: str) -> None:
    value = resolve(expression, tense=tense)
    assert value.iso() == iso
    assert value.precision == Precision.DAY
    assert value.basis == "relative to publication date"


@pytest.mark.parametrize(
    ("text", "said", "iso"),
    [
        ("The two presidents spoke on Monday last week.", "Monday last week", "2024-09-09"),
        ("They met on Friday of last week in Lusaka.", "Friday of last week", "2024-09-13"),
        ("They spoke last week on Thursday.", "last week on Thursday", "2024-09-12"),
        ("He will travel on Tuesday next week.", "Tuesday next week", "2024-09-24"),
        ("They met on Monday this week.", "Monday this week", "2024-09-16"),
    ],
)
def test_a_weekday_of_the_week_before_or_after_is_that_week_s(
    text: str, said: str, iso: str
) -> None:
    [match] = find_dates(text, PUBLISHED)
    assert match.text == said
    assert match.value.iso() == iso
    assert match.value.precision == Precision.DAY


def test_weekday_without_anchor_keeps_the_weekday() -> None:
    [match] = find_dates("The ministers spoke on Tuesday.", DateAnchor())
    assert match.text == "Tuesday"
    value = match.value
    assert (value.year, value.month, value.day, value.weekday) == (None, None, None, 1)
    assert value.precision is None
    assert value.basis == "weekday; no anchor date"


@pytest.mark.parametrize(("dateline_day", "month"), [(20, 7), (4, None)])
def test_a_year_less_dateline_keeps_the_weekday_in_its_month(
    dateline_day: int, month: int | None
) -> None:
    dateline = DateValue(month=7, day=dateline_day, precision=Precision.DAY, basis="dateline")
    [match] = find_dates("The ministers spoke on Tuesday.", DateAnchor(dateline=dateline))
    assert (match.value.weekday, match.value.month, match.value.year) == (1, month, None)


def test_holiday_names_are_not_weekdays() -> None:
    assert find_dates("They met before Good Friday.", PUBLISHED) == []


@pytest.mark.parametrize(
    ("expression", "iso"),
    [
        ("today", "2024-09-19"),
        ("Yesterday", "2024-09-18"),
        ("tomorrow", "2024-09-20"),
        ("the day before", "2024-09-18"),
        ("the day before yesterday", "2024-09-17"),
        ("three days ago", "2024-09-16"),
        ("Earlier in the day", "2024-09-19"),
        ("later in the day", "2024-09-19"),
        ("this morning", "2024-09-19"),
        ("This  afternoon", "2024-09-19"),
        ("this evening", "2024-09-19"),
        ("last night", "2024-09-18"),
        ("Two years ago today", "2022-09-19"),
        ("a year ago to the day", "2023-09-19"),
        ("three weeks ago today", "2024-08-29"),
    ],
)
def test_deictic_days(expression: str, iso: str) -> None:
    value = resolve(expression)
    assert value.iso() == iso
    assert value.precision == Precision.DAY


def test_day_before_an_event_is_not_anchored() -> None:
    assert find_dates("They met the day before the summit.", PUBLISHED) == []


@pytest.mark.parametrize(
    ("expression", "iso", "precision"),
    [
        ("last month", "2024-08", Precision.MONTH),
        ("this month", "2024-09", Precision.MONTH),
        ("next month", "2024-10", Precision.MONTH),
        ("earlier this month", "2024-09", Precision.MONTH),
        ("a month ago", "2024-08", Precision.MONTH),
        ("later this year", "2024", Precision.YEAR),
        ("last year", "2023", Precision.YEAR),
        ("next year", "2025", Precision.YEAR),
        ("this year", "2024", Precision.YEAR),
        ("early next year", "2025", Precision.YEAR),
        ("by the end of the year", "2024", Precision.YEAR),
        ("two years ago", "2022", Precision.YEAR),
        ("last October", "2023-10", Precision.MONTH),
        ("next March", "2025-03", Precision.MONTH),
        # One expression, not "May" of this year and "last year" side by side.
        ("May last year", "2023-05", Precision.MONTH),
        ("April next year", "2025-04", Precision.MONTH),
        ("March of last year", "2023-03", Precision.MONTH),
        ("in June of next year", "2025-06", Precision.MONTH),
        ("in January two years ago", "2022-01", Precision.MONTH),
        ("in November a year ago", "2023-11", Precision.MONTH),
    ],
)
def test_months_and_years(expression: str, iso: str, precision: Precision) -> None:
    value = resolve(expression)
    assert value.iso() == iso
    assert value.precision == precision
    assert value.basis == "relative to publication date"


@pytest.mark.parametrize(
    ("expression", "iso"),
    [
        # The year the words count to, not the one a year-less day would be placed in by tense
        # (10 September is before the anchor, so alone it would be this year).
        ("on 10th September last year", "2023-09-10"),
        ("Dec. 11 last year", "2023-12-11"),
        ("September 10, last year", "2023-09-10"),
        ("the 5th of May next year", "2025-05-05"),
        ("2 March this year", "2024-03-02"),
    ],
)
def test_day_of_a_counted_year(expression: str, iso: str) -> None:
    value = resolve(expression)
    assert value.iso() == iso
    assert value.precision == Precision.DAY
    assert value.basis == "relative to publication date"


def test_impossible_day_of_a_counted_year_is_no_date() -> None:
    assert find_dates("on 31 February last year", DateAnchor(published=date(2024, 9, 12))) == []


def test_month_arithmetic_crosses_year_end() -> None:
    anchor = DateAnchor(published=date(2025, 1, 10))
    assert resolve("last month", anchor).iso() == "2024-12"
    assert resolve("last October", anchor).iso() == "2024-10"
    december = DateAnchor(published=date(2024, 12, 3))
    assert resolve("next month", december).iso() == "2025-01"


@pytest.mark.parametrize(
    ("expression", "iso"),
    [("last week", "2024-09"), ("this week", "2024-09"), ("next week", "2024-09")],
)
def test_week_inside_one_month_gives_that_month(expression: str, iso: str) -> None:
    value = resolve(expression)
    assert value.iso() == iso
    assert value.precision == Precision.MONTH


def test_week_spanning_two_months_gives_nothing() -> None:
    # Monday 30 September to Sunday 6 October 2024.
    anchor = DateAnchor(published=date(2024, 10, 2))
    assert resolve_date_expression("this week", anchor) is None
    assert find_dates("They met this week.", anchor) == []
    assert resolve("last week", anchor).iso() == "2024-09"


def test_dateline_with_full_date_is_the_reference() -> None:
    dateline = DateValue(year=2024, month=9, day=17, precision=Precision.DAY)
    anchor = DateAnchor(published=date(2024, 9, 19), dateline=dateline)
    value = resolve("yesterday", anchor)
    assert value.iso() == "2024-09-16"
    assert value.basis == "relative to dateline"


def test_dateline_without_year_falls_back_to_publication_date() -> None:
    dateline = DateValue(month=9, day=17, precision=Precision.DAY)
    anchor = DateAnchor(published=date(2024, 9, 19), dateline=dateline)
    value = resolve("yesterday", anchor)
    assert value.iso() == "2024-09-18"
    assert value.basis == "relative to publication date"


@pytest.mark.parametrize("expression", ["yesterday", "last month", "next year", "last week"])
def test_relative_expressions_need_an_anchor(expression: str) -> None:
    assert resolve_date_expression(expression, DateAnchor()) is None


def test_raw_keeps_expression_as_written() -> None:
    [match] = find_dates("Officials said LAST Friday the talks ended.", PUBLISHED)
    assert match.text == "LAST Friday"
    assert match.value.raw == "LAST Friday"


@pytest.mark.parametrize(
    ("expression", "dateline", "expected"),
    [
        ("today", (11, 25), (11, 25)),
        ("yesterday", (11, 25), (11, 24)),
        ("tomorrow", (3, 9), (3, 10)),
        ("today", (8, 31), (8, 31)),
    ],
)
def test_deictic_days_under_a_dateline_without_a_year_keep_month_and_day(
    expression: str, dateline: tuple[int, int], expected: tuple[int, int]
) -> None:
    anchor = DateAnchor(dateline=DateValue(month=dateline[0], day=dateline[1]))
    value = resolve(expression, anchor)
    assert (value.year, value.month, value.day) == (None, *expected)
    assert value.precision == Precision.DAY
    assert "year not stated" in value.basis


@pytest.mark.parametrize(("expression", "dateline"), [("yesterday", (3, 1)), ("tomorrow", (2, 28))])
def test_a_deictic_day_across_a_month_end_needs_the_year(
    expression: str, dateline: tuple[int, int]
) -> None:
    anchor = DateAnchor(dateline=DateValue(month=dateline[0], day=dateline[1]))
    assert resolve_date_expression(expression, anchor) is None


@pytest.mark.parametrize(
    ("expression", "tense", "iso", "window"),
    [
        # Thursday 19 September 2024: last week ran from Monday 9 to Sunday 15.
        ("last week", None, "2024-09", (date(2024, 9, 9), date(2024, 9, 15))),
        ("earlier this week", None, "2024-09", (date(2024, 9, 16), date(2024, 9, 18))),
        ("this week", "past", "2024-09", (date(2024, 9, 16), date(2024, 9, 19))),
        ("earlier this month", None, "2024-09", (date(2024, 9, 1), date(2024, 9, 18))),
        ("later this month", None, "2024-09", (date(2024, 9, 19), date(2024, 9, 30))),
        # A part of a named month: its first, middle or last ten days or so.
        ("in early May", "past", "2024-05", (date(2024, 5, 1), date(2024, 5, 10))),
        ("mid-February 2023", None, "2023-02", (date(2023, 2, 11), date(2023, 2, 20))),
        ("late February 2023", None, "2023-02", (date(2023, 2, 21), date(2023, 2, 28))),
        ("at the end of June last year", None, "2023-06", (date(2023, 6, 21), date(2023, 6, 30))),
    ],
)
def test_weeks_and_parts_of_the_month_bound_their_days(
    expression: str, tense: Tense | None, iso: str, window: tuple[date, date]
) -> None:
    value = resolve(expression, tense=tense)
    assert value.iso() == iso
    assert (value.earliest, value.latest) == window


def test_a_whole_month_is_not_bounded_further() -> None:
    value = resolve("last month")
    assert value.iso() == "2024-08"
    assert (value.earliest, value.latest) == (None, None)
