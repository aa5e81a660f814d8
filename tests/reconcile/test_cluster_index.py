"""The year and month indexes of `cluster_sketches` change which clusters a mention is compared
with, never which cluster it joins: checked against comparing every cluster sharing a block."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

import pytest
from sketch_builders import COUNTRIES, random_sketch

from parley.models import EventType, Status
from parley.reconcile import merge
from parley.reconcile.merge import Cluster, Day, Sketch, cluster_sketches


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


@pytest.mark.parametrize("seed", range(40))
def test_date_indexes_give_the_clusters_of_comparing_the_whole_block(seed: int) -> None:
    rng = random.Random(seed)
    sketches = [random_sketch(rng, n) for n in range(300)]
    assert [c.ids for c in cluster_sketches(sketches)] == _every_cluster_of_the_block(sketches)


def test_a_new_year_meeting_across_midnight_is_still_one_meeting() -> None:
    rng = random.Random(0)
    base = random_sketch(rng, 0)
    eve = base.__class__(**{**_fields(base), "id": "m1", "date": Day(2023, 12, 31, None)})
    day = base.__class__(**{**_fields(base), "id": "m2", "date": Day(2024, 1, 1, None)})
    assert [c.ids for c in cluster_sketches([eve, day])] == [["m1", "m2"]]


def _fields(sketch: Sketch) -> dict[str, object]:
    return {name: getattr(sketch, name) for name in Sketch.__slots__}


def _meeting(n: int, article: str, day: Day | None, people: tuple[str, ...]) -> Sketch:
    return Sketch(
        id=f"m{n:04d}",
        article=article,
        sentence_index=0,
        type=EventType.CONSULT,
        status=Status.OCCURRED,
        mode=None,
        date=day,
        mechanism=None,
        known_mechanism=False,
        people=frozenset(people),
        has_persons=True,
        countries=frozenset(f"country:{COUNTRIES[p]}" for p in people),
        sides=frozenset(COUNTRIES[p] for p in people),
        place=None,
        topic=frozenset(),
        promises=False,
        gathering=False,
        in_person=False,
    )


def _day(value: date) -> Day:
    return Day(value.year, value.month, value.day, None)


def _compared(
    monkeypatch: pytest.MonkeyPatch, sketches: list[Sketch], watched: str
) -> list[list[str]]:
    """The clusters (by member ids) that mention `watched` was scored against."""
    seen: list[list[str]] = []
    score = merge._score

    def counting(mention: Sketch, cluster: Cluster) -> int:
        if mention.id == watched:
            seen.append(cluster.ids)
        return score(mention, cluster)

    monkeypatch.setattr(merge, "_score", counting)
    cluster_sketches(sketches)
    return seen


# Thirty meetings of the same two people, one a week apart, each reported by its own article.
_WEEKLY = [
    _meeting(n, f"a{n:02d}", _day(date(2023, 1, 2) + timedelta(weeks=n)), ("lavrov", "wang yi"))
    for n in range(30)
]


def test_a_lone_undated_person_is_not_compared_with_other_articles_meetings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One person, no date, no mechanism: no other article's meeting can score MIN_SCORE.
    lone = _meeting(99, "z", None, ("lavrov",))
    assert _compared(monkeypatch, [*_WEEKLY, lone], "m0099") == []


def test_a_year_less_weekday_is_compared_only_with_meetings_on_that_weekday(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mondays = _WEEKLY[::2]
    fridays = [
        _meeting(40 + n, f"f{n:02d}", Day(2023, 3, 3 + 7 * n, None), ("lavrov", "wang yi"))
        for n in range(3)
    ]
    friday = _meeting(99, "z", Day(None, None, None, 4), ("lavrov", "wang yi"))
    compared = _compared(monkeypatch, [*mondays, *fridays, friday], "m0099")
    # It stops at the first Friday meeting: the first compatible one of two people.
    assert compared == [["m0040"]]


def test_a_year_less_day_is_compared_only_with_meetings_of_its_month(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    march = _meeting(99, "z", Day(None, 3, 20, None), ("lavrov", "wang yi"))
    compared = _compared(monkeypatch, [*_WEEKLY, march], "m0099")
    months = {m.id: m.date.month for m in _WEEKLY if m.date is not None}
    assert compared and all(months[ids[0]] == 3 for ids in compared)


def test_a_report_telling_its_articles_meeting_again_is_compared_with_that_meeting_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lead = _meeting(98, "z", Day(2023, 10, 10, None), ("lavrov", "wang yi"))
    again = _meeting(99, "z", None, ("lavrov", "wang yi"))
    compared = _compared(monkeypatch, [*_WEEKLY, lead, again], "m0099")
    assert compared == [["m0098"]]
