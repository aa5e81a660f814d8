"""The year and month indexes of `cluster_sketches` change which clusters a mention is compared
with, never which cluster it joins: checked against comparing every cluster sharing a block."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from parley.models import EventType, Status
from parley.reconcile import merge
from parley.reconcile.merge import Cluster, Day, Sketch, cluster_sketches

PEOPLE = ["wang yi", "lavrov", "fidan", "blinken", "jaishankar"]
COUNTRIES = {
    "wang yi": "CHN",
    "lavrov": "RUS",
    "fidan": "TUR",
    "blinken": "USA",
    "jaishankar": "IND",
}


def _every_cluster_of_the_block(sketches: list[Sketch]) -> list[list[str]]:
    """The clustering with no year index: every cluster sharing a block is a candidate."""
    clusters: list[Cluster] = []
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for sketch in sorted(sketches, key=merge._placement_order):
        keys = merge._sketch_keys(sketch)
        best, best_score = None, merge.MIN_SCORE - 1
        for i in sorted({i for key in keys for i in index[key]}):
            score = merge._score(sketch, clusters[i])
            if score > best_score:
                best, best_score = i, score
        if best is None:
            clusters.append(Cluster())
            best = len(clusters) - 1
        clusters[best].add(sketch)
        for key in keys:
            if best not in index[key]:
                index[key].append(best)
    return [c.ids for c in clusters]


def _random_day(rng: random.Random) -> Day | None:
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


def _random_sketch(rng: random.Random, n: int) -> Sketch:
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
    mode = rng.choice([None, "phone", "visit", "multilateral"])
    mechanism = rng.choice([None, None, "dialogue"])
    return Sketch(
        id=f"m{n:04d}",
        article=f"a{rng.randint(0, 30):02d}",
        sentence_index=rng.randint(0, 5),
        type=EventType.CONSULT,
        status=Status.OCCURRED,
        mode=mode,
        date=_random_day(rng),
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
    )


@pytest.mark.parametrize("seed", range(40))
def test_date_indexes_give_the_clusters_of_comparing_the_whole_block(seed: int) -> None:
    rng = random.Random(seed)
    sketches = [_random_sketch(rng, n) for n in range(300)]
    assert [c.ids for c in cluster_sketches(sketches)] == _every_cluster_of_the_block(sketches)


def test_a_new_year_meeting_across_midnight_is_still_one_meeting() -> None:
    rng = random.Random(0)
    base = _random_sketch(rng, 0)
    eve = base.__class__(**{**_fields(base), "id": "m1", "date": Day(2023, 12, 31, None)})
    day = base.__class__(**{**_fields(base), "id": "m2", "date": Day(2024, 1, 1, None)})
    assert [c.ids for c in cluster_sketches([eve, day])] == [["m1", "m2"]]


def _fields(sketch: Sketch) -> dict[str, object]:
    return {name: getattr(sketch, name) for name in Sketch.__slots__}
