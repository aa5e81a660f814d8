"""Build one event from a cluster of mentions: every value of every field with its support,
the chosen value, conflicts where articles disagree, and gaps filled (and marked inferred)
from corroborating reports."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from parley.models import (
    ActorRef,
    Conflict,
    DateValue,
    Event,
    EventMention,
    Evidence,
    FieldValue,
    Location,
    MechanismRef,
    Participant,
    Precision,
)

T = TypeVar("T")

# Dates taken from the report itself (see resolve.mentions.REPORT_DATE_BASIS).
REPORT_DATE_PREFIX = "date of the report"
# A capital inferred from a country (`parley.resolve.mentions.CAPITAL_BASIS`).
CAPITAL_PREFIX = "capital of the country named"
_PRECISION_RANK = {Precision.DAY: 3, Precision.MONTH: 2, Precision.YEAR: 1}


def build_event(cluster: Iterable[EventMention]) -> Event:
    """The reconciled event for the mentions of one cluster."""
    mentions = sorted(cluster, key=lambda m: (m.article, m.evidence.sentence_index, m.id))
    first = mentions[0]
    fields: dict[str, list[FieldValue]] = {}
    conflicts: list[Conflict] = []

    date_values, date_choice = _date_field(mentions)
    fields["date"] = date_values
    date_conflict = _conflict("date", _contradicting_dates(date_values, date_choice))
    if date_conflict:
        conflicts.append(date_conflict)

    location, location_values = _location_field(mentions)
    if location_values:
        fields["location"] = location_values
        conflict = _conflict("location", location_values)
        if conflict:
            conflicts.append(conflict)
        elif location is not None and (venues := _venue_values(mentions, location)):
            # "at Buckingham Palace" in one report, "at Windsor Castle" in another: the
            # reports disagree on where in the city it was.
            conflicts.append(Conflict(field="venue", values=venues))

    mechanism, mechanism_values, round_values = _mechanism_fields(mentions)
    if mechanism_values:
        fields["mechanism"] = mechanism_values
    if round_values:
        fields["mechanism.round"] = round_values
        conflict = _conflict("mechanism.round", round_values)
        if conflict:
            conflicts.append(conflict)

    participants = _participants(mentions, "participants")
    fields["participants"] = [
        FieldValue(value=p.name, articles=p.articles, evidence=[]) for p in participants
    ]
    event_date = date_choice.value if date_choice else None
    return Event(
        id=_event_id(mentions),
        type=first.type,
        cameo=_most_common([m.cameo for m in mentions]) or first.cameo,
        mode=_most_common([m.mode for m in mentions if m.mode]),
        status=first.status,
        date=str(event_date) if event_date is not None else None,
        date_precision=_precision_of(str(event_date)) if event_date is not None else None,
        date_basis=date_choice.basis if date_choice else None,
        date_window=_date_window(mentions, str(event_date)) if event_date is not None else None,
        location=location,
        participants=participants,
        source=_participants(mentions, "source"),
        target=_participants(mentions, "target"),
        mechanism=mechanism,
        topic=next((m.topic for m in mentions if m.topic), None),
        articles=sorted({m.article for m in mentions}),
        mentions=[m.evidence for m in mentions],
        mention_ids=[m.id for m in mentions],
        fields=fields,
        conflicts=conflicts,
    )


def _event_id(mentions: list[EventMention]) -> str:
    # The earliest mention names the event, so ids stay put when reconciliation is re-run.
    anchor = min(m.id for m in mentions)
    return "ev-" + hashlib.sha1(anchor.encode("utf-8")).hexdigest()[:12]


# --------------------------------------------------------------------------- dates


def _date_window(mentions: list[EventMention], iso: str) -> list[str] | None:
    """The days within the chosen date every report that bounds it allows ("last week" in a
    month): the latest first day and the earliest last day; None when no report bounds it or
    the bounds leave the date."""
    bounded = [
        m.date
        for m in mentions
        if m.date is not None and m.date.iso() == iso and m.date.earliest and m.date.latest
    ]
    if not bounded:
        return None
    first = max(v.earliest for v in bounded if v.earliest)
    last = min(v.latest for v in bounded if v.latest)
    if first > last or not (first.isoformat().startswith(iso) and last.isoformat().startswith(iso)):
        return None
    return [first.isoformat(), last.isoformat()]


def _date_field(mentions: list[EventMention]) -> tuple[list[FieldValue], FieldValue | None]:
    """Full dates vote; year-less and weekday-only dates support a compatible full date (the
    year is then inferred from the other report) or stand alone when nothing completes them."""
    stated: dict[str, list[tuple[EventMention, DateValue]]] = {}
    partial: list[tuple[EventMention, DateValue]] = []
    for mention in mentions:
        value = mention.date
        if value is None:
            continue
        iso = value.iso()
        if iso is None:
            partial.append((mention, value))
        else:
            stated.setdefault(iso, []).append((mention, value))
    values = [
        FieldValue(
            value=iso,
            articles=_articles(m for m, _ in items),
            evidence=[_date_evidence(m) for m, _ in items],
            basis=_strongest_basis([v for _, v in items]),
        )
        for iso, items in stated.items()
    ]
    # A stated date outranks the date of a report that states none, whatever the support.
    stated_values = [v for v in values if not v.basis.startswith(REPORT_DATE_PREFIX)]
    choice = _choose_date(stated_values or values)
    if stated_values:
        values = stated_values + [
            v.model_copy(update={"inferred": True})
            for v in values
            if v.basis.startswith(REPORT_DATE_PREFIX) and v.value == choice.value  # type: ignore[union-attr]
        ]
    for mention, value in partial:
        completed = _complete(value, choice)
        if completed is not None:
            values.append(
                FieldValue(
                    value=completed,
                    articles=[mention.article],
                    evidence=[_date_evidence(mention)],
                    inferred=True,
                    basis=f"{value.raw or 'partial date'} completed from "
                    + ", ".join(choice.articles if choice else []),
                )
            )
        else:
            values.append(_disagreeing_partial(mention, value, choice))
    if choice is not None:
        supporting = [v for v in values if v.value == choice.value]
        articles = sorted({a for v in supporting for a in v.articles})
        choice = choice.model_copy(update={"articles": articles})
    return _merge_same(values), choice


def _strongest_basis(values: list[DateValue]) -> str:
    """The basis a date's reports give it: one that states the date rather than the report's
    own, when any does, whichever report came first."""
    stated = [v.basis for v in values if not v.basis.startswith(REPORT_DATE_PREFIX)]
    return stated[0] if stated else values[0].basis


def _contradicting_dates(values: list[FieldValue], choice: FieldValue | None) -> list[FieldValue]:
    """Stated dates that disagree: "2024-03" does not contradict "2024-03-04", it is less
    precise; only values that cannot both be true make a conflict."""
    stated = [
        v for v in values if v.value is not None and (not v.inferred or _DISAGREEING in v.basis)
    ]
    if choice is None or choice.value is None:
        return stated
    chosen = str(choice.value)
    return [
        v for v in stated if v is choice or v.value == chosen or not chosen.startswith(str(v.value))
    ]


_DISAGREEING = "stated without a year, which is taken from"


def _disagreeing_partial(
    mention: EventMention, value: DateValue, choice: FieldValue | None
) -> FieldValue:
    """A year-less day that contradicts the chosen date ("13 April" against 2023-04-14): kept
    as a rival value, in the chosen date's year so the two can be compared, and marked so."""
    chosen = str(choice.value) if choice and choice.value else ""
    if value.month is not None and value.day is not None and len(chosen) >= 4:
        return FieldValue(
            value=f"{chosen[:4]}-{value.month:02d}-{value.day:02d}",
            articles=[mention.article],
            evidence=[_date_evidence(mention)],
            inferred=True,
            basis=f"{value.raw or 'a day'} {_DISAGREEING} "
            + ", ".join(choice.articles if choice else []),
        )
    return FieldValue(
        value=_partial_label(value),
        articles=[mention.article],
        evidence=[_date_evidence(mention)],
        basis=value.basis,
    )


def _complete(value: DateValue, choice: FieldValue | None) -> str | None:
    if choice is None or choice.value is None:
        return None
    iso = str(choice.value)
    parts = iso.split("-")
    if len(parts) != 3:
        return None
    year, month, day = (int(p) for p in parts)
    if value.weekday is not None:
        from datetime import date as _date

        return iso if _date(year, month, day).weekday() == value.weekday else None
    if value.month == month and value.day in (None, day):
        return iso if value.day is not None else f"{year:04d}-{month:02d}"
    return None


def _partial_label(value: DateValue) -> str:
    if value.month is not None and value.day is not None:
        return f"--{value.month:02d}-{value.day:02d}"
    if value.month is not None:
        return f"--{value.month:02d}"
    if value.weekday is not None:
        return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][
            value.weekday
        ]
    return value.raw


def _date_evidence(mention: EventMention) -> Evidence:
    return mention.date_evidence or mention.evidence


def _precision_rank(iso: str) -> int:
    return {3: 3, 2: 2, 1: 1}.get(len(iso.split("-")), 0)


def _precision_of(iso: str) -> Precision | None:
    return {3: Precision.DAY, 2: Precision.MONTH, 1: Precision.YEAR}.get(len(iso.split("-")))


# --------------------------------------------------------------------------- places


def _location_field(mentions: list[EventMention]) -> tuple[Location | None, list[FieldValue]]:
    groups: dict[str, list[tuple[EventMention, Location]]] = {}
    for mention in mentions:
        if mention.location is not None:
            groups.setdefault(_place_key(mention.location.name), []).append(
                (mention, mention.location)
            )
    for items in groups.values():
        # A place one sentence states is stated, whatever other mentions inferred it from.
        items.sort(key=lambda item: _basis_rank(item[1].basis), reverse=True)
    values = [
        FieldValue(
            value=items[0][1].name,
            articles=_articles(m for m, _ in items),
            evidence=[loc.evidence or m.evidence for m, loc in items],
            basis=items[0][1].basis,
        )
        for items in groups.values()
    ]
    # A place stated in a sentence outranks one taken from a dateline, and a city outranks
    # the country it is in.
    # A capital inferred from a country never outvotes a place a report states, nor does the
    # country outvote a town in it ("a trip to eastern Libya" beside "talks in Tripoli").
    towns = {
        groups[_place_key(str(v.value))][0][1].country
        for v in values
        if not _country_level(v) and not v.basis.startswith(CAPITAL_PREFIX)
    }
    stated = [
        v
        for v in values
        if not v.basis.startswith(CAPITAL_PREFIX)
        and not (_country_level(v) and groups[_place_key(str(v.value))][0][1].country in towns)
    ]
    choice = _choose(stated or values, key=_place_rank)
    if choice is None:
        return None, []
    location = groups[_place_key(str(choice.value))][0][1]
    values = _drop_dateline_only_rivals(values, choice)
    values = _drop_enclosing_countries(values, choice, location, groups)
    return location.model_copy(update={"evidence": None}), values


def _venue_values(mentions: list[EventMention], chosen: Location) -> list[FieldValue]:
    """The venues reports name for the chosen place, when they name different ones; a report
    naming two (the talks in one building, the dinner in another) contradicts nobody."""
    by_venue: dict[str, list[tuple[EventMention, Location]]] = {}
    for mention in mentions:
        place = mention.location
        if place is None or place.venue is None:
            continue
        if _place_key(place.name) != _place_key(chosen.name):
            continue
        by_venue.setdefault(_place_key(place.venue), []).append((mention, place))
    named: dict[str, set[str]] = {}
    for key, items in by_venue.items():
        for mention, _ in items:
            named.setdefault(mention.article, set()).add(key)
    torn = {article for article, keys in named.items() if len(keys) > 1}
    values = [
        FieldValue(
            value=items[0][1].venue,
            articles=articles,
            evidence=[place.evidence or m.evidence for m, place in items if m.article not in torn],
            basis=items[0][1].basis,
        )
        for items in by_venue.values()
        if (articles := sorted({m.article for m, _ in items} - torn))
    ]
    return values if len(values) > 1 else []


def _place_rank(value: FieldValue) -> int:
    if value.basis.startswith(CAPITAL_PREFIX):
        return 2
    return {"sentence": 3, "country": 1}.get(value.basis, 0)


def _basis_rank(basis: str) -> tuple[bool, int]:
    """Told before inferred as a capital, then as `_place_rank` orders them."""
    capital = basis.startswith(CAPITAL_PREFIX)
    return not capital, 2 if capital else {"sentence": 3, "country": 1}.get(basis, 0)


def _drop_enclosing_countries(
    values: list[FieldValue],
    choice: FieldValue,
    chosen: Location,
    groups: dict[str, list[tuple[EventMention, Location]]],
) -> list[FieldValue]:
    """ "in Nigeria" beside "in Abuja" is no disagreement: Abuja is in Nigeria."""
    return [
        v
        for v in values
        if v is choice
        or not (_country_level(v) or v.basis.startswith(CAPITAL_PREFIX))
        or groups[_place_key(str(v.value))][0][1].country != chosen.country
    ]


def _country_level(value: FieldValue) -> bool:
    """A country named as the place ("talks in Nigeria"), however the mention came by it."""
    return value.basis == "country" or value.basis.startswith("country;")


def _drop_dateline_only_rivals(values: list[FieldValue], choice: FieldValue) -> list[FieldValue]:
    """A dateline says where a story was filed, so it does not contradict a stated venue."""
    return [v for v in values if v is choice or v.basis != "dateline"]


def _place_key(name: str) -> str:
    key = name.lower().replace("saint ", "st. ").replace("st ", "st. ")
    return key.removeprefix("the ").strip()


# --------------------------------------------------------------------------- mechanisms


def _mechanism_fields(
    mentions: list[EventMention],
) -> tuple[MechanismRef | None, list[FieldValue], list[FieldValue]]:
    refs = [(m, m.mechanism) for m in mentions if m.mechanism is not None]
    if not refs:
        return None, [], []
    by_key: dict[str, list[tuple[EventMention, MechanismRef]]] = {}
    for mention, ref in refs:
        by_key.setdefault(ref.key, []).append((mention, ref))
    mechanism_values = [
        FieldValue(
            value=items[0][1].name,
            articles=_articles(m for m, _ in items),
            evidence=[r.evidence or m.evidence for m, r in items],
        )
        for items in by_key.values()
    ]
    chosen_value = _choose(mechanism_values, key=lambda v: 0)
    assert chosen_value is not None
    chosen_ref = next(r for _, r in refs if r.name == chosen_value.value)
    rounds: dict[int, list[tuple[EventMention, MechanismRef]]] = {}
    for mention, ref in refs:
        if ref.round is not None:
            rounds.setdefault(ref.round, []).append((mention, ref))
    round_values = [
        FieldValue(
            value=number,
            articles=_articles(m for m, _ in items),
            evidence=[r.evidence or m.evidence for m, r in items],
        )
        for number, items in sorted(rounds.items())
    ]
    round_choice = _choose(round_values, key=lambda v: 0)
    mechanism = chosen_ref.model_copy(
        update={
            "round": int(round_choice.value) if round_choice and round_choice.value else None,
            "evidence": None,
        }
    )
    return mechanism, mechanism_values, round_values


# --------------------------------------------------------------------------- participants


def _participants(mentions: list[EventMention], role: str) -> list[Participant]:
    by_key: dict[str, list[tuple[EventMention, ActorRef]]] = {}
    for mention in mentions:
        for actor in getattr(mention, role):
            by_key.setdefault(actor.match_key, []).append((mention, actor))
    # A country beside a person of that country adds nothing, whatever role either plays.
    people_countries = {
        a.country for m in mentions for a in m.participants if a.kind == "person" and a.country
    }
    participants = []
    for items in by_key.values():
        # The name most reports use; the fullest one when they split evenly.
        actor = max(
            (a for _, a in items),
            key=lambda a: (sum(b.name == a.name for _, b in items), len(a.name)),
        )
        if actor.kind == "country" and actor.country in people_countries:
            continue
        offices = [a.office for _, a in items if a.office]
        formal = [o for o in offices if _is_formal_office(o)]
        participants.append(
            Participant(
                name=actor.name,
                country=_most_common([a.country for _, a in items if a.country]),
                office=_most_common(formal or offices),
                kind=actor.kind,
                kb_id=actor.kb_id,
                articles=_articles(m for m, _ in items),
            )
        )
    return sorted(participants, key=lambda p: (-len(p.articles), p.name))


_OFFICE_WORDS = frozenset(
    {"minister", "secretary", "director", "president", "premier", "adviser", "advisor",
     "chancellor", "ambassador", "envoy", "chairman", "chairwoman", "chair", "commissioner",
     "king", "queen", "prince", "emir", "spokesperson", "spokesman", "spokeswoman", "head",
     "chief", "governor", "representative", "general", "counsellor", "councilor"}
)  # fmt: skip


def _is_formal_office(office: str) -> bool:
    """ "Foreign Minister" is an office; "top Chinese diplomat" is a description."""
    return bool({w.lower().strip(",.") for w in office.split()} & _OFFICE_WORDS)


# --------------------------------------------------------------------------- voting


def _choose_date(values: list[FieldValue]) -> FieldValue | None:
    """The date most articles agree with: a month or a year counts for every day in it
    ("last month" in three reports and "on 23 September" in one agree on the 23rd), then the
    more specific date, then the earliest article."""
    if not values:
        return None

    def support(value: FieldValue) -> int:
        day = str(value.value)
        return len({a for v in values if day.startswith(str(v.value)) for a in v.articles})

    return sorted(
        values,
        key=lambda v: (
            -support(v),
            -_precision_rank(str(v.value)),
            min(v.articles) if v.articles else "",
        ),
    )[0]


def _choose(values: list[FieldValue], key: Callable[[FieldValue], int]) -> FieldValue | None:
    """Most supporting articles first, then the more specific value, then the earliest article."""
    if not values:
        return None
    return sorted(
        values,
        key=lambda v: (-len(set(v.articles)), -key(v), min(v.articles) if v.articles else ""),
    )[0]


def _conflict(name: str, values: list[FieldValue]) -> Conflict | None:
    distinct = {str(v.value) for v in values if v.value is not None}
    if len(distinct) < 2:
        return None
    return Conflict(field=name, values=values)


def _merge_same(values: list[FieldValue]) -> list[FieldValue]:
    merged: dict[tuple[str, bool], FieldValue] = {}
    for value in values:
        key = (str(value.value), value.inferred)
        if key in merged:
            old = merged[key]
            merged[key] = old.model_copy(
                update={
                    "articles": sorted(set(old.articles) | set(value.articles)),
                    "evidence": old.evidence + value.evidence,
                }
            )
        else:
            merged[key] = value
    return list(merged.values())


def _articles(mentions: object) -> list[str]:
    return sorted({m.article for m in mentions})  # type: ignore[attr-defined]


def _most_common(values: list[T]) -> T | None:
    hashable = [v for v in values if isinstance(v, Hashable)]
    if not hashable:
        return None
    return Counter(hashable).most_common(1)[0][0]
