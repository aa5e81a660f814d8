"""The year and month indexes of `cluster_sketches` change which clusters a mention is compared
with, never which cluster it joins: checked against comparing every cluster sharing a block."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest
from sketch_builders import random_sketch

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
