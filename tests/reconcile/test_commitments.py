"""Which occurred meeting fulfils a plan: the bisected search gives exactly what comparing the
plan with every event gives."""

from __future__ import annotations

import random

import pytest

from parley.models import Event, EventType, MechanismRef, Participant, Status
from parley.reconcile import commitments
from parley.reconcile.commitments import LinkView

COUNTRIES = ["CHN", "RUS", "TUR", "USA"]


def _every_event(events: list[Event]) -> dict[str, str]:
    """The fulfilments found by comparing each plan with every event (the rule, spelled out)."""
    article_dates: dict[str, str] = {}
    for event in events:
        if event.status == Status.OCCURRED and event.date:
            for article in event.articles:
                article_dates[article] = max(article_dates.get(article, ""), event.date)
    result: dict[str, str] = {}
    taken: set[str] = set()
    for plan in sorted(events, key=lambda e: e.id):
        if plan.status != Status.PLANNED or plan.type != EventType.CONSULT:
            continue
        announced = max((article_dates.get(a, "") for a in plan.articles), default="")
        if not announced:
            continue
        candidates = [
            e
            for e in events
            if e.status == Status.OCCURRED
            and e.type == EventType.CONSULT
            and e.date
            and e.date > announced
            and e.id not in taken
            and not set(e.articles) & set(plan.articles)
            and commitments._same_commitment(LinkView.of(plan), LinkView.of(e))
        ]
        if candidates:
            done = min(candidates, key=lambda e: (e.date or "", e.id))
            result[done.id] = plan.id
            taken.add(done.id)
    return result


def _random_event(rng: random.Random, n: int) -> Event:
    status = rng.choice([Status.OCCURRED, Status.OCCURRED, Status.PLANNED])
    countries = rng.sample(COUNTRIES, rng.choice([1, 2, 2, 3]))
    mechanism = (
        MechanismRef(key=rng.choice(["sd", "fmc"]), name="m") if rng.random() < 0.3 else None
    )
    dated = status == Status.OCCURRED and rng.random() < 0.8
    return Event(
        id=f"ev-{n:03d}",
        type=rng.choice([EventType.CONSULT, EventType.CONSULT, EventType.AGREE]),
        cameo="040",
        status=status,
        date=f"2024-{rng.randint(1, 4):02d}-{rng.randint(1, 3):02d}" if dated else None,
        participants=[Participant(name=c, country=c, kind="country") for c in countries],
        mechanism=mechanism,
        articles=sorted(rng.sample([f"a{i}" for i in range(12)], rng.choice([1, 1, 2]))),
    )


def _random_events(seed: int) -> list[Event]:
    rng = random.Random(seed)
    return [_random_event(rng, n) for n in range(rng.randint(5, 60))]


@pytest.mark.parametrize("seed", range(30))
def test_the_bisected_search_finds_what_comparing_every_event_finds(seed: int) -> None:
    events = _random_events(seed)
    assert commitments._fulfilments([LinkView.of(e) for e in events]) == _every_event(events)


def test_the_random_cases_do_link_plans_to_meetings() -> None:
    # Otherwise the comparison above would hold of two empty results.
    linked = [seed for seed in range(30) if _every_event(_random_events(seed))]
    assert len(linked) >= 10
