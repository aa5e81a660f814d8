"""The year of a year-less wire report, from other reports of its day in the record."""

from __future__ import annotations

from datetime import date

from parley.models import (
    DateValue,
    Event,
    EventMention,
    EventType,
    Evidence,
    Location,
    Precision,
    Status,
)
from parley.resolve.record_year import date_from_record, needs_year, year_from_record


def mention(
    mention_id: str = "wire:1:0",
    *,
    month: int | None = 6,
    day: int | None = 20,
    year: int | None = None,
    weekday: int | None = None,
    place: str | None = None,
) -> EventMention:
    return EventMention(
        id=mention_id,
        article=mention_id.split(":")[0],
        type=EventType.CONSULT,
        cameo="040",
        status=Status.OCCURRED,
        trigger="met",
        evidence=Evidence(article="wire", sentence_index=1, sentence="s", start=0, end=1),
        date=DateValue(
            year=year,
            month=month,
            day=day,
            weekday=weekday,
            precision=Precision.DAY if day else None,
        ),
        location=Location(name=place) if place else None,
    )


def event(
    date: str, articles: tuple[str, ...], *, joined: str | None = None, place: str | None = None
) -> Event:
    return Event(
        id=f"ev-{date}-{'-'.join(articles)}",
        type=EventType.CONSULT,
        cameo="040",
        status=Status.OCCURRED,
        date=date,
        date_precision=Precision.DAY if len(date) == 10 else Precision.MONTH,
        articles=list(articles),
        mention_ids=[joined] if joined else [],
        location=Location(name=place) if place else None,
    )


def test_the_event_a_year_less_report_joined_gives_its_year() -> None:
    lead = mention()
    found = year_from_record(
        [lead], {lead.id: [event("2024-06-20", ("wire", "tass"), joined=lead.id)]}
    )
    assert found is not None and found.year == 2024
    assert found.basis == "year from other reports of the same day (tass)"


def test_a_day_either_side_fits_and_the_year_may_turn() -> None:
    late = mention(month=12, day=31)
    found = year_from_record(
        [late], {late.id: [event("2025-01-01", ("wire", "ap"), joined=late.id)]}
    )
    assert found is not None and found.year == 2024


def test_no_year_from_the_article_itself_from_disagreeing_events_or_another_place() -> None:
    lead = mention(place="Hanoi")
    only_itself = {lead.id: [event("2024-06-20", ("wire",), joined=lead.id)]}
    assert year_from_record([lead], only_itself) is None
    two_years = {lead.id: [event("2019-06-20", ("a",)), event("2024-06-20", ("b",))]}
    assert year_from_record([lead], two_years) is None
    elsewhere = {lead.id: [event("2024-06-20", ("b",), place="Pyongyang")]}
    assert year_from_record([lead], elsewhere) is None
    other_day = {lead.id: [event("2024-06-25", ("b",), joined=lead.id)]}
    assert year_from_record([lead], other_day) is None


def test_only_dates_without_a_year_ask_for_one() -> None:
    assert needs_year(mention())
    assert needs_year(mention(month=None, day=None, weekday=2))
    assert not needs_year(mention(year=2024))
    assert DateValue(month=3, day=1).days_around() == [(2, 29), (3, 1), (3, 2)]


def test_the_articles_dates_are_placed_in_the_year_the_record_gave() -> None:
    lead = mention("wire:1:0", month=9, day=19)
    aside = mention("wire:4:0", month=9, day=18)
    spring = mention("wire:6:0", month=3, day=2)
    wednesday = mention("wire:8:0", month=9, day=None, weekday=2)
    dated = mention("wire:9:0", month=5, day=1, year=2023)
    found = year_from_record(
        [lead], {lead.id: [event("2023-09-19", ("wire", "xinhua"), joined=lead.id)]}
    )
    assert found is not None
    # The dateline says "9 Sep": a past "September 19" read against it would fall a year
    # back, but the record dates that very meeting, and a day some days from the dateline's
    # is nearest in its year; one further off is read in the past, as the text would be.
    placed = date_from_record(
        [lead, aside, spring, wednesday, dated],
        found,
        DateValue(month=9, day=9, precision=Precision.DAY),
    )
    assert [m.date.iso() if m.date else None for m in placed] == [
        "2023-09-19",
        "2023-09-18",
        "2023-03-02",
        "2023-09-06",
        "2023-05-01",
    ]
    assert placed[0].date is not None and placed[0].date.basis.endswith("(xinhua)")
    assert placed[4] == dated


def test_without_a_dated_dateline_the_day_the_record_dates_is_the_reference() -> None:
    lead = mention("vna:1:0", month=11, day=21)
    courtesy = mention("vna:6:0", month=None, day=None, weekday=4)
    found = year_from_record(
        [lead], {lead.id: [event("2024-11-21", ("vna", "mofa"), joined=lead.id)]}
    )
    assert found is not None
    placed = date_from_record([lead, courtesy], found, None)
    # 21 November 2024 was a Thursday; "on Friday" in the past is the Friday before it.
    assert [m.date.iso() if m.date else None for m in placed] == ["2024-11-21", "2024-11-15"]


def test_a_month_recalled_under_a_yearless_dateline_gives_the_dateline_its_own_year() -> None:
    recalled = mention("wire:4:0", month=9, day=None)
    lead = mention("wire:1:0", month=None, day=None, weekday=2)
    dateline = DateValue(month=1, day=8)
    record = {recalled.id: [event("2024-09", ("wire", "xinhua"), joined=recalled.id)]}
    found = year_from_record([lead, recalled], record, dateline)
    # September 2024, told in a report of 8 January: the report is of 2025.
    assert found is not None and found.year == 2025
    placed = {m.id: m.date for m in date_from_record([lead, recalled], found, dateline)}
    assert placed[lead.id] is not None and placed[lead.id].as_date() == date(2025, 1, 8)
    assert placed[recalled.id] is not None and placed[recalled.id].year == 2024


def test_a_weekday_alone_takes_the_day_of_the_meeting_it_joined() -> None:
    # An undated report: "met on Tuesday" joined a meeting another report dates to Tuesday
    # 25 June 2024; its "on Thursday" is the Thursday nearest that day.
    tuesday = mention("wire:1:0", month=None, day=None, weekday=1)
    thursday = mention("wire:2:0", month=None, day=None, weekday=3)
    found = year_from_record(
        [tuesday, thursday],
        {tuesday.id: [event("2024-06-25", ("wire", "ap"), joined=tuesday.id)], thursday.id: []},
    )
    assert found is not None and found.year == 2024
    dated = date_from_record([tuesday, thursday], found, None)
    assert [m.date.iso() if m.date else None for m in dated] == ["2024-06-25", "2024-06-27"]


def test_a_weekday_alone_does_not_take_a_meeting_on_another_weekday() -> None:
    tuesday = mention(month=None, day=None, weekday=1)
    found = year_from_record(
        [tuesday], {tuesday.id: [event("2024-06-26", ("wire", "ap"), joined=tuesday.id)]}
    )
    assert found is None
