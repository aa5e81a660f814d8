"""Replaying a change gives the clusters of clustering every mention again."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

import pytest
from sketch_builders import random_sketch

from parley.reconcile.merge import Sketch, _sketch_keys, cluster_sketches
from parley.reconcile.replay import BlockKey, replay_clusters


class _Stored:
    """An earlier run's clusters over the mentions now present."""

    def __init__(self, clusters: dict[str, list[Sketch]], current: Sequence[Sketch]) -> None:
        self._clusters = clusters
        self._of = {m.id: cid for cid, members in clusters.items() for m in members}
        self._blocks: dict[BlockKey, list[Sketch]] = defaultdict(list)
        for sketch in current:
            for key in _sketch_keys(sketch):
                self._blocks[key].append(sketch)
        self.members_read = 0

    def block(self, key: BlockKey) -> Sequence[Sketch]:
        return self._blocks.get(key, [])

    def cluster_of(self, mention_id: str) -> str | None:
        return self._of.get(mention_id)

    def members(self, cluster: str) -> Sequence[Sketch]:
        self.members_read += 1
        return self._clusters[cluster]


def _as_sets(clusters: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(c) for c in clusters}


def _replayed(
    earlier: list[Sketch], added: list[Sketch], deleted: set[str]
) -> tuple[set[frozenset[str]], _Stored]:
    """Cluster `earlier`, drop the clusters holding a deleted mention (their other mentions
    become unplaced, as a store does), then replay the change."""
    stored = {f"e{n}": c.members for n, c in enumerate(cluster_sketches(earlier))}
    orphans = [
        m
        for members in stored.values()
        if any(m.id in deleted for m in members)
        for m in members
        if m.id not in deleted
    ]
    stored = {
        cid: members for cid, members in stored.items() if not any(m.id in deleted for m in members)
    }
    current = [m for m in earlier if m.id not in deleted] + added
    source = _Stored(stored, current)
    replay = replay_clusters(source, orphans + added)
    # A stored cluster is reported gone only when its mentions changed.
    unchanged = {frozenset(m.id for m in ms) for ms in stored.values()}
    assert not unchanged & {frozenset(c.ids) for c in replay.clusters}
    after = {cid: [m.id for m in ms] for cid, ms in stored.items() if cid not in replay.gone}
    return _as_sets([*after.values(), *(c.ids for c in replay.clusters)]), source


@pytest.mark.parametrize("seed", range(60))
def test_adding_mentions_gives_the_clusters_of_a_full_run(seed: int) -> None:
    rng = random.Random(seed)
    earlier = [random_sketch(rng, n) for n in range(250)]
    added = [random_sketch(rng, n) for n in range(250, 250 + rng.choice([1, 5, 30]))]
    got, _ = _replayed(earlier, added, set())
    assert got == _as_sets([c.ids for c in cluster_sketches(earlier + added)])


@pytest.mark.parametrize("seed", range(40))
def test_deleting_and_adding_gives_the_clusters_of_a_full_run(seed: int) -> None:
    rng = random.Random(1000 + seed)
    earlier = [random_sketch(rng, n) for n in range(250)]
    deleted = {m.id for m in rng.sample(earlier, rng.choice([1, 3, 10]))}
    added = [random_sketch(rng, n) for n in range(250, 250 + rng.choice([0, 2, 10]))]
    got, _ = _replayed(earlier, added, deleted)
    survivors = [m for m in earlier if m.id not in deleted] + added
    assert got == _as_sets([c.ids for c in cluster_sketches(survivors)])


def test_no_change_reads_nothing() -> None:
    rng = random.Random(7)
    earlier = [random_sketch(rng, n) for n in range(100)]
    got, source = _replayed(earlier, [], set())
    assert got == _as_sets([c.ids for c in cluster_sketches(earlier)])
    assert source.members_read == 0


def test_a_stored_sketch_reads_back_equal() -> None:
    rng = random.Random(3)
    for n in range(200):
        sketch = random_sketch(rng, n)
        assert Sketch.loads(sketch.dumps()) == sketch


def test_a_sketch_stored_before_cities_were_kept_reads_back_without_one() -> None:
    sketch = random_sketch(random.Random(3), 0)
    stored = json.dumps(json.loads(sketch.dumps())[:18])
    assert Sketch.loads(stored) == replace(sketch, city=None)


def test_a_sketch_stored_before_organisations_were_kept_reads_back_without_them() -> None:
    rng = random.Random(5)
    sketch = next(s for s in (random_sketch(rng, n) for n in range(200)) if s.organisations)
    stored = json.dumps(json.loads(sketch.dumps())[:19])
    assert Sketch.loads(stored) == replace(sketch, organisations=frozenset())
