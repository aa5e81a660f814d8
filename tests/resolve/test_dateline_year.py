"""The year of a year-less wire dateline, from the lead's weekday and the offices held."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from meeting_helpers import occurred_meetings

from parley.models import DateValue, Precision
from parley.resolve.dateline_year import (
    infer_dateline_year,
    lead_weekday,
    lead_weekday_is_evening,
    people_named_in_office,
    serving_people,
    stated_weekday,
)
from parley.resolve.knowledge import ActorEntry, Office


def person(pid: str, start: str, end: str | None = None) -> ActorEntry:
    return ActorEntry(
        id=pid, name=pid.title(), offices=(Office(title="Minister", start=start, end=end),)
    )


NOV_10 = DateValue(month=11, day=10, precision=Precision.DAY, basis="dateline; year not stated")
WEDNESDAY, THURSDAY, FRIDAY, SATURDAY = 2, 3, 4, 5


def test_the_only_year_that_fits_weekday_and_offices_is_taken() -> None:
    # 10 November fell on a Friday in 2023 and on no Friday or Saturday in 2021, 2022, 2024.
    people = [person("a", "2021-01-20", "2025-01-20"), person("b", "2019-05-30")]
    found = infer_dateline_year(NOV_10, FRIDAY, people, horizon=date(2026, 12, 31))
    assert found is not None and found.year == 2023
    assert (found.month, found.day) == (11, 10)
    assert "year inferred" in found.basis


def test_the_lead_may_report_the_day_before_the_dateline() -> None:
    # Thursday's meeting filed on Friday 10 November 2023.
    people = [person("a", "2023-01-01", "2024-12-31"), person("b", "2020-01-01")]
    found = infer_dateline_year(NOV_10, THURSDAY, people, horizon=date(2026, 12, 31))
    assert found is not None and found.year == 2023
    assert "preferred" not in found.basis


def test_the_lead_may_report_two_days_before_when_more_held_office_then() -> None:
    # Saturday's talks filed on Monday 10 November 2025: b took office in December 2024, so
    # 2024 (where the Saturday is the day before) has only a in office.
    people = [person("a", "2019-01-01"), person("b", "2024-12-01")]
    found = infer_dateline_year(NOV_10, SATURDAY, people, horizon=date(2026, 12, 31))
    assert found is not None and found.year == 2025


def test_no_year_where_someone_named_with_an_office_did_not_hold_it() -> None:
    # "President C" was written while C was president: a year before C took office is out,
    # even when the others served then. (10 November 2022 was a Thursday; C took office
    # after it.)
    people = [
        person("a", "2020-01-01"),
        person("b", "2020-01-01"),
        person("c", "2022-12-01"),
    ]
    horizon = date(2023, 6, 30)
    found = infer_dateline_year(NOV_10, THURSDAY, people, horizon=horizon)
    assert found is not None and found.year == 2022
    assert infer_dateline_year(NOV_10, THURSDAY, people, horizon=horizon, titled={"c"}) is None


def test_a_lead_weekday_on_the_dateline_day_beats_the_day_before() -> None:
    # Both in office 2021-2025: 10 November 2022 was a Thursday (filed the same day) and
    # 10 November 2023 a Friday (filed the day after). Same-day filing is the wire norm.
    people = [person("a", "2021-01-20", "2025-01-20"), person("b", "2021-01-20", "2025-01-20")]
    found = infer_dateline_year(NOV_10, THURSDAY, people, horizon=date(2026, 12, 31))
    assert found is not None and found.year == 2022
    assert "dateline's own day preferred" in found.basis
    # Two same-day years still leave it open (10 November was a Thursday in 2016 and 2022).
    people = [person("a", "2015-01-20"), person("b", "2015-01-20")]
    assert infer_dateline_year(NOV_10, THURSDAY, people, horizon=date(2026, 12, 31)) is None


def test_a_lead_telling_late_on_its_weekday_prefers_the_day_after() -> None:
    # "late on Thursday" under a 10 November dateline: filed the next day, so 2023 (a Friday)
    # beats 2022 (a Thursday), both years with the same people in office.
    people = [person("a", "2021-01-20", "2025-01-20"), person("b", "2021-01-20", "2025-01-20")]
    found = infer_dateline_year(NOV_10, THURSDAY, people, horizon=date(2026, 12, 31), evening=True)
    assert found is not None and found.year == 2023
    assert "late on it" in found.basis


@pytest.mark.parametrize(
    ("body", "evening"),
    [
        ("Lula and Sanchez spoke by telephone late on Thursday about trade.", True),
        ("The two ministers spoke on Thursday evening, IRNA reported.", False),
        ("The two ministers met on Thursday in Geneva.", False),
    ],
)
def test_lead_weekday_is_evening(body: str, evening: bool) -> None:
    assert lead_weekday_is_evening(body) is evening


def test_no_year_when_long_serving_people_leave_several_years_open() -> None:
    people = [person("a", "2000-05-07"), person("b", "2003-03-14")]
    assert infer_dateline_year(NOV_10, FRIDAY, people, horizon=date(2026, 12, 31)) is None


def test_no_year_without_a_weekday_or_people() -> None:
    people = [person("a", "2021-01-20", "2025-01-20"), person("b", "2019-05-30")]
    assert infer_dateline_year(NOV_10, None, people, horizon=date(2026, 12, 31)) is None
    assert infer_dateline_year(NOV_10, FRIDAY, [], horizon=date(2026, 12, 31)) is None


def test_no_year_when_no_candidate_has_anyone_in_office() -> None:
    people = [person("a", "1995-01-01", "1996-01-01"), person("b", "1995-01-01", "1996-01-01")]
    assert infer_dateline_year(NOV_10, SATURDAY, people, horizon=date(2026, 12, 31)) is None


def test_days_after_the_knowledge_horizon_are_no_candidates() -> None:
    # 10 November 2023 is a Friday, 10 November 2028 too; the knowledge base ends in 2025.
    people = [person("a", "2021-01-20"), person("b", "2021-01-20")]
    found = infer_dateline_year(NOV_10, FRIDAY, people, horizon=date(2025, 11, 28))
    assert found is not None and found.year == 2023
    assert infer_dateline_year(NOV_10, FRIDAY, people, horizon=date(2028, 12, 31)) is None


def test_a_date_line_naming_its_weekday_allows_no_day_before() -> None:
    # "Friday, November 10": only years in which 10 November is a Friday.
    people = [person("a", "2021-01-20", "2025-01-20"), person("b", "2021-01-20", "2025-01-20")]
    found = infer_dateline_year(NOV_10, FRIDAY, people, horizon=date(2026, 12, 31), exact=True)
    assert found is not None and found.year == 2023
    assert stated_weekday("Friday, Nov 10") == FRIDAY
    assert stated_weekday("Nov 10") is None
    assert stated_weekday("Fri, 10 Nov") == FRIDAY
    assert stated_weekday("Thurs. Nov 9") == THURSDAY
    assert stated_weekday("Frisco, Nov 10") is None


def test_a_stated_year_is_never_replaced() -> None:
    stated = NOV_10.model_copy(update={"year": 2019})
    assert (
        infer_dateline_year(stated, FRIDAY, [person("a", "2021-01-01")], horizon=date(2026, 12, 31))
        is None
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The ministers met on Friday in the capital.", FRIDAY),
        ("The ministers will meet next Friday.", None),
        ("No weekday here.", None),
        # A wire's weekday straight after the verb, before any "on <weekday>" further down.
        ("The ministry said Friday that the tour went well. They met on Wednesday.", FRIDAY),
        ("The talks will end by Friday.", None),
        # Spanish wires in English: "este viernes".
        ("The King received the President this Friday at the palace.", FRIDAY),
        # A day the lead looks ahead to says nothing of the dateline's own day.
        (
            "The president ended his visit today and left for Rome, where on Friday he will"
            " attend a canonisation. The talks on Wednesday went well.",
            WEDNESDAY,
        ),
        ("The envoy is due to arrive on Friday.", None),
        ("The summit is to open on Friday in the capital.", None),
        ("Talks hosted by the prime minister on Friday ended in a deal.", FRIDAY),
        # A "will" in a clause of the day's object is not the lead looking ahead.
        ("Britain and India signed a deal on Friday that will cut tariffs.", FRIDAY),
    ],
)
def test_lead_weekday(body: str, expected: int | None) -> None:
    assert lead_weekday(body) == expected


def test_the_office_stated_before_a_name_is_the_one_held() -> None:
    minister = ActorEntry(
        id="a",
        name="A",
        offices=(
            Office(title="Foreign Secretary", start="2015-01-29", end="2018-01-28"),
            Office(title="Minister of External Affairs", start="2019-05-30"),
        ),
    )
    for text in ("External Affairs Minister A met B.", "India's foreign minister A met B."):
        [kept] = serving_people(text, [(text.index("A met"), minister)])
        assert [o.title for o in kept.offices] == ["Minister of External Affairs"]


def test_a_prime_minister_is_not_titled_by_another_ministry() -> None:
    # "Irish Prime Minister A": not the foreign ministry A held later; the office stays open.
    taoiseach = ActorEntry(
        id="a",
        name="A",
        offices=(
            Office(title="Taoiseach", start="2024-04-09", end="2025-01-23"),
            Office(title="Minister for Foreign Affairs", start="2025-01-23"),
        ),
    )
    text = "Irish Prime Minister A met B."
    [kept] = serving_people(text, [(text.index("A met"), taoiseach)])
    assert len(kept.offices) == 2


def test_only_the_first_person_the_lead_names_with_an_office_counts_as_titled() -> None:
    a, b, c = person("a", "2020-01-01"), person("b", "2020-01-01"), person("c", "2020-01-01")
    text = "Minister A met Minister B. Later, far down, Minister C spoke."
    named = [(text.index("A met"), a), (text.index("B."), b), (text.index("C spoke"), c)]
    assert people_named_in_office(text, named, (0, 40)) == {"a"}
    assert people_named_in_office(text, named, (20, 40)) == {"b"}
    assert people_named_in_office(text, named, (30, 40)) == set()


def test_former_office_holders_do_not_date_the_article() -> None:
    a, b = person("a", "2021-01-01"), person("b", "2021-01-01")
    text = "A met former minister B."
    assert serving_people(text, [(0, a), (text.index("B"), b)]) == [a]


def test_someone_elected_but_not_yet_in_office_does_not_date_the_article() -> None:
    a, b = person("a", "2021-01-01"), person("b", "2025-03-01")
    text = "A received the minister-elect, B, at the palace."
    assert serving_people(text, [(0, a), (text.index("B,"), b)]) == [a]


@pytest.mark.slow
def test_wire_copy_without_a_year_gets_dated(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Australia, Japan foreign ministers meet in Canberra\n\n"
        "CANBERRA, Nov 10 (Wire) - Australian Foreign Minister Penny Wong and Japanese Foreign "
        "Minister Yoko Kamikawa held talks in Canberra on Friday on maritime security.\n\n"
        "The talks covered critical minerals and defence industry cooperation, officials said. "
        "It was the first visit by Kamikawa to Australia since she took office, and the two "
        "ministers said they would work more closely with the United States and the "
        "Philippines in the South China Sea.\n\n"
        "Wong told reporters that the relationship between the two countries had never been "
        "stronger and that both wanted a region where sovereignty is respected.\n",
        actor="Penny Wong",
    )
    [event] = [e for e in found if len(e.participants) == 2]
    assert event.date == "2023-11-10"
    assert event.date_basis is not None and "year inferred" in event.date_basis


@pytest.mark.slow
def test_no_year_is_inferred_before_a_titled_leader_took_office(tmp_path: Path) -> None:
    # Only in 2023 would Netanyahu and Herzog both have served on a Tuesday or Wednesday
    # 8 February, but "President Javier Milei" took office in December 2023.
    found = occurred_meetings(
        tmp_path,
        "Milei ends Israel visit\n\n"
        "JERUSALEM, Feb 8 (Wire) - President Javier Milei ended his visit to Israel today.\n\n"
        "He held talks with Prime Minister Benjamin Netanyahu on Tuesday in Jerusalem and was "
        "welcomed by President Isaac Herzog at his residence.\n",
        actor="Javier Milei",
    )
    assert found
    assert all(e.date is None or not e.date.startswith("2023") for e in found)


def test_a_deputy_title_does_not_state_the_principal_office() -> None:
    # Foreign minister for years, prime minister only later: "Deputy Prime Minister and
    # Foreign Minister" is written while only the first office was held.
    minister = ActorEntry(
        id="a",
        name="A",
        offices=(
            Office(title="Minister of Foreign Affairs", start="2016-01-27"),
            Office(title="Prime Minister", start="2023-03-07"),
        ),
    )
    text = "B met Deputy Prime Minister and Foreign Minister A after arriving."
    [kept] = serving_people(text, [(text.index("A after"), minister)])
    assert [o.title for o in kept.offices] != ["Prime Minister"]
    assert any(o.held_on(date(2022, 6, 29)) for o in kept.offices)
