"""Random sketches for the clustering oracle tests."""

from __future__ import annotations

import random

from parley.models import EventType, Status
from parley.reconcile.merge import Day, Sketch

PEOPLE = ["wang yi", "lavrov", "fidan", "blinken", "jaishankar"]
COUNTRIES = {
    "wang yi": "CHN",
    "lavrov": "RUS",
    "fidan": "TUR",
    "blinken": "USA",
    "jaishankar": "IND",
}


def random_day(rng: random.Random) -> Day | None:
    kind = rng.choice(
        ["full", "full", "edge", "month", "year", "weekday", "no-year", "none", "none"]
    )
    year = rng.choice([2022, 2023, 2024])
    if kind == "none":
        return None
    if kind == "edge":
        month, day = rng.choice([(12, 31), (1, 1), (12, 30), (1, 2), (3, 31), (4, 1), (2, 28)])
        return Day(year, month, day, None)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if kind == "month":
        return Day(year, month, None, None)
    if kind == "year":
        return Day(year, None, None, None)
    if kind == "weekday":
        return Day(rng.choice([year, None]), rng.choice([month, None]), None, rng.randint(0, 6))
    if kind == "no-year":
        return Day(None, month, day, None)
    return Day(year, month, day, rng.choice([None, None, None, rng.randint(0, 6)]))


def random_sketch(rng: random.Random, n: int) -> Sketch:
    people = frozenset(rng.sample(PEOPLE, rng.choice([1, 2, 2, 2, 3])))
    countries = frozenset(f"country:{COUNTRIES[p]}" for p in people)
    sides = frozenset(COUNTRIES[p] for p in people)
    has_persons = True
    kind = rng.random()
    if kind < 0.15:
        # A report naming countries only.
        people = frozenset()
    elif kind < 0.25:
        # A gathering named by its organisation alone.
        people, countries, sides, has_persons = (
            frozenset({"coral forum"}),
            frozenset(),
            frozenset(),
            False,
        )
    elif kind < 0.35:
        # A gathering of two bodies, with some of its leaders.
        people = people | {"coral forum", "reef council"}
    mode = rng.choice([None, "phone", "visit", "multilateral"])
    mechanism = rng.choice([None, None, "dialogue"])
    return Sketch(
        id=f"m{n:04d}",
        article=f"a{rng.randint(0, 30):02d}",
        sentence_index=rng.randint(0, 5),
        type=EventType.CONSULT,
        status=Status.OCCURRED,
        mode=mode,
        date=random_day(rng),
        mechanism=mechanism,
        known_mechanism=rng.random() < 0.5,
        people=people,
        has_persons=has_persons,
        countries=countries,
        sides=sides,
        place=rng.choice([None, "RUS", "CHN"]),
        topic=frozenset(),
        promises=False,
        gathering=mechanism is not None and mode == "multilateral",
        in_person=rng.random() < 0.5,
        city=rng.choice([None, None, "moscow", "kazan"]),
        organisations=frozenset(p for p in people if p in ("coral forum", "reef council")),
    )
