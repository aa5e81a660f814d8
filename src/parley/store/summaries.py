"""Actor and mechanism summaries computed from reconciled events.

Pure functions over `Event`s, so every store backend shares them and they can be tested
without a database.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from parley.errors import UsageError
from parley.models import (
    ActorKind,
    ActorSummary,
    Event,
    MechanismSummary,
    OfficeHeld,
    Participant,
    RoundEntry,
    Status,
)

from .columns import participant_key

ROUND_FIELD = "mechanism.round"


@dataclass
class _DateRange:
    first: str | None = None
    last: str | None = None

    def add(self, iso: str | None) -> None:
        if iso is None:
            return
        self.first = iso if self.first is None else min(self.first, iso)
        self.last = iso if self.last is None else max(self.last, iso)


@dataclass
class _OfficeTally:
    articles: dict[str, None] = field(default_factory=dict)
    dates: _DateRange = field(default_factory=_DateRange)


@dataclass
class _ActorTally:
    names: Counter[str] = field(default_factory=Counter)
    kinds: Counter[ActorKind] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    offices: dict[str, _OfficeTally] = field(default_factory=dict)
    event_count: int = 0
    dates: _DateRange = field(default_factory=_DateRange)
    counterparts: Counter[str] = field(default_factory=Counter)


def event_actors(event: Event) -> dict[str, Participant]:
    """Every actor of the event once, by key: participants first, then sources and targets."""
    actors: dict[str, Participant] = {}
    for person in [*event.participants, *event.source, *event.target]:
        actors.setdefault(participant_key(person), person)
    return actors


def _most_common(counter: Counter[str]) -> str | None:
    # Counter.most_common keeps first-seen order among ties, so the result is deterministic.
    return counter.most_common(1)[0][0] if counter else None


def _tally_event(tallies: dict[str, _ActorTally], event: Event) -> None:
    actors = event_actors(event)
    for key, person in actors.items():
        tally = tallies.setdefault(key, _ActorTally())
        tally.names[person.name] += 1
        tally.kinds[person.kind] += 1
        if person.country:
            tally.countries[person.country.upper()] += 1
        tally.event_count += 1
        tally.dates.add(event.date)
        tally.counterparts.update(other for other in actors if other != key)
        if person.office:
            office = tally.offices.setdefault(person.office, _OfficeTally())
            office.articles.update(dict.fromkeys(person.articles or event.articles))
            office.dates.add(event.date)


def _actor_summary(key: str, tally: _ActorTally) -> ActorSummary:
    offices = [
        OfficeHeld(
            office=name,
            articles=sorted(office.articles),
            first_date=office.dates.first,
            last_date=office.dates.last,
        )
        for name, office in tally.offices.items()
    ]
    offices.sort(key=lambda held: (held.first_date is None, held.first_date or "", held.office))
    return ActorSummary(
        key=key,
        name=_most_common(tally.names) or key,
        kind=tally.kinds.most_common(1)[0][0],
        country=_most_common(tally.countries),
        offices=offices,
        event_count=tally.event_count,
        first_date=tally.dates.first,
        last_date=tally.dates.last,
        counterparts=dict(sorted(tally.counterparts.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


def summarise_actors(events: Iterable[Event]) -> list[ActorSummary]:
    """One summary per actor key, most events first, then by name.

    Every event counts (planned and negated ones too): the summary describes the record, and
    the events' status is visible through the event list.
    """
    tallies: dict[str, _ActorTally] = {}
    for event in events:
        _tally_event(tallies, event)
    summaries = [_actor_summary(key, tally) for key, tally in tallies.items()]
    summaries.sort(key=lambda s: (-s.event_count, s.name.casefold(), s.key))
    return summaries


def _as_round(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _round_entry(event: Event) -> RoundEntry:
    chosen = event.mechanism.round if event.mechanism else None
    conflicting: list[int] = []
    for conflict in event.conflicts:
        if conflict.field != ROUND_FIELD:
            continue
        for candidate in conflict.values:
            number = _as_round(candidate.value)
            if number is not None and number != chosen and number not in conflicting:
                conflicting.append(number)
    return RoundEntry(
        round=chosen,
        event_id=event.id,
        date=event.date,
        status=event.status,
        location=event.location.name if event.location else None,
        participants=[person.name for person in event_actors(event).values()],
        conflicting_rounds=sorted(conflicting),
    )


def _round_order(entry: RoundEntry) -> tuple[bool, int, bool, str, str]:
    return (
        entry.round is None,
        entry.round or 0,
        entry.date is None,
        entry.date or "",
        entry.event_id,
    )


def _gaps(rounds: Iterable[int | None]) -> list[int]:
    known = {number for number in rounds if number is not None}
    if not known:
        return []
    return [number for number in range(min(known), max(known) + 1) if number not in known]


def summarise_mechanisms(events: Iterable[Event]) -> list[MechanismSummary]:
    """One summary per mechanism key, by name: rounds in order, gaps and open commitments.

    An open commitment is a planned event of the mechanism that no later event fulfils.
    """
    by_key: dict[str, list[Event]] = defaultdict(list)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for event in events:
        if event.mechanism is None:
            continue
        by_key[event.mechanism.key].append(event)
        names[event.mechanism.key][event.mechanism.name] += 1
    summaries = []
    for key, members in by_key.items():
        rounds = sorted((_round_entry(event) for event in members), key=_round_order)
        unfulfilled = {event.id for event in members if event.fulfilled_by is None}
        summaries.append(
            MechanismSummary(
                key=key,
                name=_most_common(names[key]) or key,
                rounds=rounds,
                open_commitments=[
                    entry.event_id
                    for entry in rounds
                    if entry.status == Status.PLANNED and entry.event_id in unfulfilled
                ],
                gaps=_gaps(entry.round for entry in rounds),
            )
        )
    summaries.sort(key=lambda s: (s.name.casefold(), s.key))
    return summaries


def find_actor(summaries: list[ActorSummary], key_or_name: str) -> ActorSummary | None:
    """The actor whose key or name is `key_or_name`, else the only one containing it.

    Exact matches win over substrings (keys before names, case-insensitively); several
    substring matches raise `UsageError` listing some of them.
    """
    wanted = key_or_name.strip().casefold()
    if not wanted:
        return None
    exact_rules: list[Callable[[ActorSummary], bool]] = [
        lambda s: s.key == key_or_name,
        lambda s: s.key.casefold() == wanted,
        lambda s: s.name.casefold() == wanted,
    ]
    for rule in exact_rules:
        found = [summary for summary in summaries if rule(summary)]
        if found:
            return found[0]
    partial = [s for s in summaries if wanted in s.key.casefold() or wanted in s.name.casefold()]
    if len(partial) > 1:
        shown = ", ".join(f"{s.name} ({s.key})" for s in partial[:5])
        more = f" and {len(partial) - 5} more" if len(partial) > 5 else ""
        raise UsageError(f"actor {key_or_name!r} is ambiguous: {shown}{more}")
    return partial[0] if partial else None
