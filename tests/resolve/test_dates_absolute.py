"""Dates the text states by name or number, with and without a year."""

from __future__ import annotations

from datetime import date

import pytest

from parley.models import DateValue, Precision
from parley.resolve.dates import DateAnchor, Tense, find_dates, resolve_date_expression

PUBLISHED = DateAnchor(published=date(2024, 9, 19))
NO_ANCHOR = DateAnchor()


def only(text: str, anchor: DateAnchor = PUBLISHED, tense: Tense | None = None) -> DateValue:
    matches = find_dates(text, anchor, tense=tense)
    assert len(matches) == 1, matches
    return matches[0].value


@pytest.mark.parametrize(
    ("sentence", "expected_text", "iso"),
    [
        ("The ministers met on September 10, 2024 in Paris.", "September 10, 2024", "2024-09-10"),
        ("They met on 10 September 2024 in Geneva.", "10 September 2024", "2024-09-10"),
        ("The accord was signed on 2023-11-02.", "2023-11-02", "2023-11-02"),
        ("The memo is dated 25/09/2022.", "25/09/2022", "2022-09-25"),
        ("The memo is dated 09/25/2022.", "09/25/2022", "2022-09-25"),
        ("Talks resumed in March 2021 after a pause.", "March 2021", "2021-03"),
        ("The envoys last met in 2019, officials said.", "2019", "2019"),
        (
            "It was signed on Tuesday, Sept. 10, 2019, in Hanoi.",
            "Tuesday, Sept. 10, 2019",
            "2019-09-10",
        ),
        ("The 12th of June 2020 summit went ahead.", "The 12th of June 2020", "2020-06-12"),
        # A range of days is read as its first day, with the year stated after it.
        ("The summit will run 15-17 June 2025 in Alberta.", "15-17 June 2025", "2025-06-15"),
        ("Leaders meet on June 24–25, 2025 in The Hague.", "June 24–25, 2025", "2025-06-24"),
    ],
)
def test_dates_with_a_year_are_explicit(sentence: str, expected_text: str, iso: str) -> None:
    [match] = find_dates(sentence, PUBLISHED)
    assert match.text == expected_text
    assert sentence[match.start : match.end] == expected_text
    assert match.value.iso() == iso
    assert match.value.basis == "explicit"
    assert match.value.raw == expected_text


def test_ambiguous_numeric_date_is_skipped() -> None:
    assert find_dates("The memo is dated 10/09/2024.", PUBLISHED) == []


def test_impossible_dates_are_not_matched() -> None:
    assert find_dates("on 31 February 2024 and 2024-13-01", PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("The envoy arrived on Sept. 10.", "2024-09-10"),
        ("The envoy arrived on Sep 19.", "2024-09-19"),
        ("The envoy arrived on 19 September local time.", "2024-09-19"),
        ("The envoy arrived on September 10th.", "2024-09-10"),
        ("The envoy arrived on the 10th of September.", "2024-09-10"),
    ],
)
def test_year_comes_from_publication_date(sentence: str, iso: str) -> None:
    value = only(sentence)
    assert value.iso() == iso
    assert value.precision == Precision.DAY
    assert value.basis == "explicit; year from publication date"


def test_year_comes_from_dateline_when_it_has_one() -> None:
    dateline = DateValue(year=2023, month=12, day=30, precision=Precision.DAY)
    anchor = DateAnchor(published=date(2024, 1, 2), dateline=dateline)
    value = only("The talks began on 28 December.", anchor)
    assert value.iso() == "2023-12-28"
    assert value.basis == "explicit; year from dateline"


def test_past_tense_takes_the_previous_year_for_a_later_month() -> None:
    anchor = DateAnchor(published=date(2024, 1, 5))
    assert only("They met on December 20.", anchor, tense="past").iso() == "2023-12-20"


def test_past_tense_allows_a_few_days_after_the_anchor() -> None:
    anchor = DateAnchor(published=date(2024, 1, 5))
    assert only("They met on 7 January.", anchor, tense="past").iso() == "2024-01-07"
    assert only("They met on 20 January.", anchor, tense="past").iso() == "2023-01-20"


def test_future_tense_takes_the_next_year_for_an_earlier_month() -> None:
    anchor = DateAnchor(published=date(2024, 12, 20))
    assert only("They will meet on 3 January.", anchor, tense="future").iso() == "2025-01-03"
    assert only("They will meet on 19 December.", anchor, tense="future").iso() == "2025-12-19"


def test_no_tense_takes_the_nearest_year() -> None:
    anchor = DateAnchor(published=date(2024, 12, 20))
    assert only("The meeting on 3 January", anchor).iso() == "2025-01-03"
    assert only("The meeting on 3 November", anchor).iso() == "2024-11-03"


def test_without_anchor_year_stays_unknown() -> None:
    value = only("The envoy arrived on 19 September.", NO_ANCHOR)
    assert (value.year, value.month, value.day) == (None, 9, 19)
    assert value.precision == Precision.DAY
    assert value.basis == "explicit; year not stated"
    assert value.iso() is None


@pytest.mark.parametrize(
    ("sentence", "expected_text", "iso"),
    [
        ("Talks are planned for mid-September.", "mid-September", "2024-09"),
        ("Talks are planned for early October.", "early October", "2024-10"),
        ("Talks are planned for late Nov.", "late Nov.", "2024-11"),
        ("Talks are planned for the end of October.", "the end of October", "2024-10"),
        ("Talks are planned in October.", "October", "2024-10"),
    ],
)
def test_month_precision_without_year(sentence: str, expected_text: str, iso: str) -> None:
    [match] = find_dates(sentence, PUBLISHED)
    assert match.text == expected_text
    assert match.value.iso() == iso
    assert match.value.precision == Precision.MONTH
    assert match.value.basis == "explicit; year from publication date"


def test_bare_month_year_follows_tense() -> None:
    assert only("They met in October.", PUBLISHED, tense="past").iso() == "2023-10"
    assert only("They will meet in August.", PUBLISHED, tense="future").iso() == "2025-08"
    assert only("They met in September.", PUBLISHED, tense="past").iso() == "2024-09"


def test_bare_month_without_anchor_keeps_month_only() -> None:
    value = only("They met in October.", NO_ANCHOR)
    assert (value.year, value.month, value.precision) == (None, 10, Precision.MONTH)


def test_month_edges_with_year() -> None:
    assert only("Elections are due in mid-2025.").iso() == "2025"
    assert only("Talks began in late March 2023.").iso() == "2023-03"


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the 18th round of talks.",
        "They marked the 75th anniversary of ties.",
        "The G20 leaders met for two days.",
        "After three years of talks, nothing changed.",
        "Relations cooled in the 1990s.",
        "The minister, aged 64, said 2000 troops would leave.",
        "The call began at 1600 GMT.",
        "Resolution 2042 was adopted.",
        "May I ask, said the envoy, whether they will march on.",
        "They talked at 10:30 a.m. for 45 minutes.",
        "Aides spoke of an august gathering.",
        "The delegation included Theresa May and aides.",
        "The King received him in the 1844 Room.",
    ],
)
def test_numbers_and_words_that_are_not_dates(sentence: str) -> None:
    assert find_dates(sentence, PUBLISHED) == []


def test_bare_years_in_context() -> None:
    matches = find_dates("In 2023, the 2024 election and 2019's talks loomed.", PUBLISHED)
    assert [m.text for m in matches] == ["2023", "2024", "2019"]
    assert all(m.value.precision == Precision.YEAR for m in matches)


def test_matches_are_in_order_and_do_not_overlap() -> None:
    text = "Between 3 May 2022 and Sept. 8, talks were held in 2021 and last week."
    matches = find_dates(text, PUBLISHED)
    assert [m.text for m in matches] == ["3 May 2022", "Sept. 8", "2021", "last week"]
    ends = [m.end for m in matches]
    assert all(end <= nxt.start for end, nxt in zip(ends, matches[1:], strict=False))


def test_resolve_expression_ignores_prepositions_and_times() -> None:
    value = resolve_date_expression("on 19 September local time", PUBLISHED)
    assert value is not None
    assert value.iso() == "2024-09-19"
    assert value.raw == "on 19 September local time"
    morning = resolve_date_expression("Tuesday morning", PUBLISHED)
    assert morning is not None and morning.iso() == "2024-09-17"


@pytest.mark.parametrize(
    "expression",
    ["two days after 19 September", "the 1990s", "next round", "19 September and 20 September"],
)
def test_resolve_expression_refuses_what_it_cannot_read(expression: str) -> None:
    assert resolve_date_expression(expression, PUBLISHED) is None
