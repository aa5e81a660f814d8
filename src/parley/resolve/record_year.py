"""The year of a wire report that states none, taken from other reports of its day.

Wire copy without a publication date often dates itself only by "ISTANBUL, October 18": when
neither the lead's weekday nor the offices of the people named single out a year
(`parley.resolve.dateline_year`), its meetings keep a day and month but no year, and those
dated by a weekday ("on Wednesday") keep only the weekday. Other outlets' reports in the record
can give the year: the event a year-less mention was reconciled into, or an event on the same
day (give or take one, for time zones and next-day reports) in which one of the mention's
people took part, in the same place when both name one.

A year is taken only when every such event the article's year-less mentions point to agrees on
it, and only from dates another article stated. The article's year-less dates are then placed
in it as the text would have been read with that year in its dateline, except that a day the
record itself dates keeps the record's year: a dateline is more often a few days wrong than
other reports a year.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from parley.models import DateValue, Event, EventMention, Precision, Status
from parley.resolve.dates.calendar_math import Tense, weekday_near, year_for_day, year_for_month

BASIS_FROM_RECORD = "year from other reports of the same day"
# How far from the dateline's day a stated day may fall and still take the nearest year,
# whatever the tense.
NEAR_DAYS = 45


@dataclass(frozen=True)
class RecordYear:
    year: int
    basis: str
    # The year each mention's own events fit, by mention id.
    of_mention: Mapping[str, int]
    # The day of the event a mention dated only by its weekday joined, by mention id.
    day_of_mention: Mapping[str, date] = field(default_factory=dict)


def needs_year(mention: EventMention) -> bool:
    """A mention dated to a month (and day), or to a weekday, with no year."""
    value = mention.date
    return (
        value is not None
        and value.year is None
        and (value.month is not None or value.weekday is not None)
    )


def year_from_record(
    mentions: Sequence[EventMention],
    candidates: Mapping[str, Sequence[Event]],
    dateline: DateValue | None = None,
) -> RecordYear | None:
    """The one year of the report the events behind its year-less mentions agree on, or None.

    `candidates` holds, by mention id, the events that may date that mention: the one it was
    reconciled into and those of its people on nearby days. With a year-less dateline, the
    year is the dateline's: "in September" dated 2024 by the record, under "Jan 8", makes a
    report of January 2025.
    """
    years: dict[int, set[str]] = {}
    of_mention: dict[str, int] = {}
    day_of_mention: dict[str, date] = {}
    for mention in mentions:
        if not needs_year(mention):
            continue
        for event in candidates.get(mention.id, ()):
            day = _weekday_fitting(mention, event)
            if day is not None:
                # "on Tuesday" in an undated report, reconciled into a meeting another report
                # dates to a Tuesday: that Tuesday.
                years.setdefault(day.year, set()).update(set(event.articles) - {mention.article})
                of_mention[mention.id] = day.year
                day_of_mention[mention.id] = day
                continue
            year = _year_fitting(mention, event)
            if year is None:
                continue
            own = _report_year(mention, year, dateline)
            if own is None:
                continue
            years.setdefault(own, set()).update(set(event.articles) - {mention.article})
            of_mention[mention.id] = year
    if len(years) != 1:
        return None
    [(year, articles)] = years.items()
    basis = f"{BASIS_FROM_RECORD} ({', '.join(sorted(articles))})"
    return RecordYear(year, basis, of_mention, day_of_mention)


def date_from_record(
    mentions: Sequence[EventMention], found: RecordYear, dateline: DateValue | None
) -> list[EventMention]:
    """The article's mentions with their year-less dates placed in the year the record gave:
    read against the dateline's day in that year, or without a dated dateline against the
    first day the record dates."""
    reference = _reference_day(mentions, found, dateline)
    if reference is None:
        return list(mentions)
    return [_dated(m, found, reference) if needs_year(m) else m for m in mentions]


def _reference_day(
    mentions: Sequence[EventMention], found: RecordYear, dateline: DateValue | None
) -> date | None:
    if dateline is not None and dateline.month is not None and dateline.day is not None:
        return _day_in(found.year, dateline.month, dateline.day)
    for mention in mentions:
        value = mention.date
        year = found.of_mention.get(mention.id)
        if year is not None and value is not None and value.month and value.day:
            return _day_in(year, value.month, value.day)
    # A report dated by nothing but weekdays: the day of the meeting one of them joined.
    return min(found.day_of_mention.values(), default=None)


def _day_in(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February
        return None


def _dated(mention: EventMention, found: RecordYear, dateline: date) -> EventMention:
    value = mention.date
    assert value is not None
    tense = _tense(mention.status)
    basis = f"{value.basis}; {found.basis}"
    if value.day is None and value.weekday is not None:
        if mention.id in found.day_of_mention:
            day = found.day_of_mention[mention.id]
        elif found.day_of_mention and value.month is None:
            # Counted from another meeting's day, not the report's: the nearest such weekday.
            day = _nearest_weekday(dateline, value.weekday)
        else:
            # "on Wednesday" in a report of that day: the Wednesday on or before it (or after
            # it, for what is planned).
            direction = "on_or_after" if tense == "future" else "on_or_before"
            day = weekday_near(dateline, value.weekday, direction)
        placed = value.model_copy(
            update={
                "year": day.year,
                "month": day.month,
                "day": day.day,
                "precision": Precision.DAY,
                "basis": basis,
            }
        )
        return mention.model_copy(update={"date": placed})
    assert value.month is not None
    if value.day is None:
        year: int | None = year_for_month(value.month, dateline, tense)
    else:
        year = found.of_mention.get(mention.id) or _nearest_year(value, dateline)
        if year is None:
            year = year_for_day(value.month, value.day, dateline, tense)
    if year is None:
        return mention
    return mention.model_copy(
        update={"date": value.model_copy(update={"year": year, "basis": basis})}
    )


def _tense(status: Status) -> Tense | None:
    if status == Status.OCCURRED:
        return "past"
    if status == Status.PLANNED:
        return "future"
    return None


def _report_year(mention: EventMention, year: int, dateline: DateValue | None) -> int | None:
    """The year of a report dated by a year-less dateline, given the year of one of its
    mentions: the year putting the mention's month (and day) within the twelve months before
    the dateline's day (after it, for what is planned; nearest, for what is neither)."""
    value = mention.date
    assert value is not None and value.month is not None
    if dateline is None or dateline.month is None or dateline.day is None:
        return year
    stated = _day_in(year, value.month, value.day or 15)
    if stated is None:
        return year
    tense = _tense(mention.status)
    fitting: list[tuple[int, int]] = []
    for own in (year - 1, year, year + 1):
        day = _day_in(own, dateline.month, dateline.day)
        if day is None:
            continue
        gap = (day - stated).days
        if tense == "past" and not -NEAR_DAYS <= gap < 366:
            continue
        if tense == "future" and not -366 < gap <= NEAR_DAYS:
            continue
        fitting.append((abs(gap), own))
    return min(fitting)[1] if fitting else None


def _nearest_year(stated: DateValue, dateline: date) -> int | None:
    """The year that puts a stated day within `NEAR_DAYS` of the dateline's, if one does."""
    assert stated.month is not None and stated.day is not None
    best: tuple[int, int] | None = None
    for year in (dateline.year - 1, dateline.year, dateline.year + 1):
        try:
            gap = abs((date(year, stated.month, stated.day) - dateline).days)
        except ValueError:  # 29 February
            continue
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best is not None and best[0] <= NEAR_DAYS else None


def _nearest_weekday(reference: date, weekday: int) -> date:
    before = weekday_near(reference, weekday, "on_or_before")
    after = weekday_near(reference, weekday, "on_or_after")
    return before if (reference - before) <= (after - reference) else after


def _weekday_fitting(mention: EventMention, event: Event) -> date | None:
    """The day of the event a mention dated by a weekday alone was reconciled into, when
    another report dates it to a day of that weekday."""
    value = mention.date
    assert value is not None
    if value.month is not None or value.weekday is None or event.date is None:
        return None
    if mention.id not in event.mention_ids or not set(event.articles) - {mention.article}:
        return None
    if event.date_precision != Precision.DAY:
        return None
    held = date.fromisoformat(event.date)
    return held if held.weekday() == value.weekday else None


def _year_fitting(mention: EventMention, event: Event) -> int | None:
    """The year in which the mention's month and day fall on or next to the event's date."""
    value = mention.date
    assert value is not None
    if value.month is None or event.date is None:
        return None
    if not set(event.articles) - {mention.article}:
        return None
    if mention.id not in event.mention_ids and not _same_place(mention, event):
        return None
    parts = [int(p) for p in event.date.split("-")]
    if value.day is None or event.date_precision != Precision.DAY or len(parts) < 3:
        # "in October" against an event of October: the month alone.
        return parts[0] if len(parts) >= 2 and parts[1] == value.month else None
    held = date(parts[0], parts[1], parts[2])
    for year in (held.year - 1, held.year, held.year + 1):
        try:
            stated = date(year, value.month, value.day)
        except ValueError:  # 29 February
            continue
        if abs((stated - held).days) <= 1:
            return year
    return None


def _same_place(mention: EventMention, event: Event) -> bool:
    if mention.location is None or event.location is None:
        return True
    return mention.location.name.casefold() == event.location.name.casefold()
