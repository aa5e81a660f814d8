"""Incremental, memory-flat reconciliation: redo only what new or deleted mentions touch.

`cluster_sketches` compares a mention only with clusters sharing one of its blocks (type,
status and a pair of actors). Mentions linked through shared blocks form connected components,
and clustering each component alone gives exactly the clusters a run over every mention gives.
So a run here:

1. records the block keys of mentions that are new since the last run (their blocks, and those
   of deleted mentions, are "dirty");
2. places the mentions that are in no event (new ones, and those of events a deleted mention
   dropped). When the stored events hold most mentions, by replaying the change among them
   (`parley.reconcile.replay`: only the mentions it can move are placed again). Otherwise it
   re-clusters each component that holds a dirty block, one component in memory at a time.
   Either way only the events whose mentions changed are replaced (an event is a function of
   its mentions, so a cluster with exactly the mentions of a stored event is that event;
   events elsewhere, and unchanged ones here, keep their ids and records);
3. re-links commitments (promises, fulfils, fulfilled_by) only among events that could have
   changed: the planned and occurred meetings sharing a commitment key (mechanism, or set of
   countries) with a changed event, and agreements whose promised meeting moved.

The result equals `reconcile_mentions` over every stored mention (tests check this).
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol

from parley.models import Event, EventMention, EventType, Status
from parley.reconcile.commitments import LinkView, fulfilment_links, link_commitments
from parley.reconcile.fields import build_event

# `block_keys` is the blocking rule `cluster_sketches` applies; the index must use exactly the
# same keys, so it is imported rather than restated (merge.py belongs to the reconcile package).
from parley.reconcile.merge import Cluster, Sketch, block_keys, cluster_sketches
from parley.reconcile.replay import BlockKey, replay_clusters

# Mentions read and recorded per transaction while indexing new mentions.
INDEX_BATCH = 2000
# Components up to this many mentions are held whole (a few kilobytes per mention).
KEEP_MENTIONS = 5000
# Mentions read per query while sketching a component.
SKETCH_BATCH = 2000
# Clusters whose full mentions are read together to build their events.
BUILD_BATCH = 200
# New mentions are placed by replaying the change (`parley.reconcile.replay`) when the events
# already stored hold at least this many times as many mentions; otherwise their components
# are clustered again whole, which is cheaper when most of a component is new.
REPLAY_SHARE = 4
# Events re-linked per call of `link_commitments` when only promises need redoing.
PROMISE_BATCH = 500
# Components are reclustered together in one transaction until this many mentions are done.
# Each commit writes every page it touched to the write-ahead log again, so a transaction
# per component spent a tenth of an ingest's final reconciliation committing; a cap keeps
# the log of one transaction small on a 100,000-article rebuild.
MENTIONS_PER_TRANSACTION = 20000

CommitmentKey = tuple[str, ...]
# (id, type, status, date, mechanism key, participant countries space-separated, article
# ids, fulfils, fulfilled_by): what `_relink_key` reads of an event.
LinkRow = tuple[
    str, str, str, str | None, str | None, str | None, tuple[str, ...], str | None, str | None
]


class ReconcileStore(Protocol):
    """The store methods reconciliation needs (`parley.store.SQLiteStore` provides them)."""

    def batch(self, action: str = ...) -> AbstractContextManager[None]: ...

    def iter_unblocked_mentions(self) -> Iterator[EventMention]: ...

    def record_blocks(
        self, entries: Iterable[tuple[str, Sequence[str], str | None, str]]
    ) -> None: ...

    def block_member_ids(self, block_key: str) -> list[str]: ...

    def sketches_by_id(self, mention_ids: Collection[str]) -> dict[str, str]: ...

    def events_of_mentions(self, mention_ids: Collection[str]) -> dict[str, str]: ...

    def event_mention_ids(self, event_id: str) -> list[str]: ...

    def placement_counts(self) -> tuple[int, int]: ...

    def unplaced_mention_ids(self) -> set[str]: ...

    def dirty_work(self) -> tuple[set[str], set[str], set[str]]: ...

    def clear_dirty(self) -> None: ...

    def reset_reconciliation(self) -> None: ...

    def block_members(self, block_keys: Collection[str]) -> list[tuple[str, str]]: ...

    def mention_blocks(self, mention_ids: Collection[str]) -> list[tuple[str, str]]: ...

    def promising_mention_ids(self, promised_ids: Collection[str]) -> set[str]: ...

    def mentions_by_id(self, mention_ids: Collection[str]) -> list[EventMention]: ...

    def events_by_id(self, event_ids: Collection[str]) -> list[Event]: ...

    def event_ids_for_mentions(self, mention_ids: Collection[str]) -> set[str]: ...

    def event_members(self, mention_ids: Collection[str]) -> dict[str, frozenset[str]]: ...

    def event_ids_for_articles(self, article_ids: Collection[str]) -> set[str]: ...

    def planned_commitment_keys(self, event_ids: Collection[str]) -> set[CommitmentKey]: ...

    def link_rows(self, event_ids: Collection[str]) -> list[LinkRow]: ...

    def event_ids_with_mechanism(self, mechanism_key: str) -> set[str]: ...

    def event_ids_with_countries(self, countries: Collection[str]) -> set[str]: ...

    def swap_events(self, remove: Collection[str], add: Iterable[Event]) -> int: ...

    def update_event_records(self, events: Iterable[Event]) -> None: ...


@dataclass
class ReconcileRun:
    """What one reconciliation did."""

    new_mentions: int = 0
    components: int = 0
    mentions_reclustered: int = 0
    events_removed: int = 0
    events_written: int = 0
    events_relinked: int = 0
    # What changed, for re-linking commitments.
    _keys: set[CommitmentKey] = field(default_factory=set, repr=False)
    _articles: set[str] = field(default_factory=set, repr=False)
    _mentions: set[str] = field(default_factory=set, repr=False)
    _promisers: set[str] = field(default_factory=set, repr=False)

    @property
    def touched_articles(self) -> set[str]:
        """Articles of the events this run wrote."""
        return set(self._articles)

    @property
    def touched_mentions(self) -> set[str]:
        """Mentions of the events this run wrote."""
        return set(self._mentions)

    def _note(self, event: Event) -> None:
        key = commitment_key(event)
        if key is not None:
            self._keys.add(key)
        self._articles.update(event.articles)
        self._mentions.update(event.mention_ids)


def reconcile_incremental(store: ReconcileStore) -> ReconcileRun:
    """Bring the stored events up to date with the stored mentions, redoing only what changed."""
    with _cycle_collector_paused():
        return _reconcile(store)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Reconciliation holds hundreds of thousands of live objects (sketches, clusters, index
    entries) and makes no reference cycles, so reference counting frees what it drops. The
    cyclic collector's full passes over those objects cost a third of a 100,000-article
    rebuild (388 s without them, about 600 s with), and grew faster than the corpus."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _reconcile(store: ReconcileStore) -> ReconcileRun:
    run = ReconcileRun()
    run.new_mentions = _index_new_mentions(store, run)
    dirty_blocks, dirty_events, deleted_mentions = store.dirty_work()
    run._mentions |= deleted_mentions
    if dirty_events:
        with store.batch():
            gone = store.events_by_id(dirty_events)
            for event in gone:
                run._note(event)
            store.swap_events(dirty_events, [])
            run.events_removed += len(gone)
    placed, unplaced = store.placement_counts()
    if not unplaced:
        # Only whole events went (every mention of theirs was deleted): nothing moves.
        pass
    elif unplaced * REPLAY_SHARE <= placed:
        _replay(store, run)
    else:
        _recluster_each(store, _components(store, dirty_blocks), run)
    _relink_fulfilments(store, run)
    _relink_promises(store, run)
    store.clear_dirty()
    return run


def reconcile_all(store: ReconcileStore) -> ReconcileRun:
    """Rebuild every event from the stored mentions, one component in memory at a time."""
    store.reset_reconciliation()
    return reconcile_incremental(store)


def commitment_key(event: Event) -> CommitmentKey | None:
    """What a planned meeting and the meeting that fulfils it share (see `link_commitments`):
    the mechanism, else the set of at least two participant countries. None for events that
    can take no part in a fulfilment."""
    if event.type != EventType.CONSULT or event.status not in (Status.PLANNED, Status.OCCURRED):
        return None
    if event.mechanism is not None:
        return ("mechanism", event.mechanism.key)
    countries = sorted({p.country.upper() for p in event.participants if p.country})
    if len(countries) < 2:
        return None
    return ("countries", *countries)


# --------------------------------------------------------------------------- blocks


def block_key_strings(mention: EventMention) -> list[str]:
    """The mention's blocks as the opaque strings the store indexes."""
    return ["\x1f".join(key) for key in block_keys(mention)]


def index_mentions(store: ReconcileStore, mentions: Iterable[EventMention]) -> None:
    """Record the blocks of mentions just stored, so reconciliation need not read them back.

    Optional: `reconcile_incremental` indexes whatever is left unindexed. The ingest calls it
    as it saves each chunk, while worker processes are still extracting the next ones, which
    takes this work off the serial reconciliation at the end. A new mention always lands in a
    rebuilt event, and `_recluster` registers the promises of those.
    """
    store.record_blocks(
        (m.id, block_key_strings(m), m.promises, Sketch.of(m).dumps()) for m in mentions
    )


def _index_new_mentions(store: ReconcileStore, run: ReconcileRun) -> int:
    count = 0
    mentions = store.iter_unblocked_mentions()
    while batch := list(islice(mentions, INDEX_BATCH)):
        index_mentions(store, batch)
        count += len(batch)
    return count


def _components(store: ReconcileStore, seeds: set[str]) -> Iterator[set[str]]:
    """Mention ids of each connected component that holds a seed block (empty ones skipped)."""
    remaining = set(seeds)
    while remaining:
        start = remaining.pop()
        keys, frontier, mentions = {start}, {start}, set[str]()
        while frontier:
            found = {m for _, m in store.block_members(frontier)} - mentions
            mentions |= found
            frontier = {k for k, _ in store.mention_blocks(found)} - keys
            keys |= frontier
        remaining -= keys
        if mentions:
            yield mentions


def _recluster_each(
    store: ReconcileStore, components: Iterator[set[str]], run: ReconcileRun
) -> None:
    """`_recluster` every component, several to a transaction."""
    while True:
        with store.batch():
            done = 0
            for mention_ids in components:
                _recluster(store, mention_ids, run)
                done += len(mention_ids)
                if done >= MENTIONS_PER_TRANSACTION:
                    break
            else:
                return


def _recluster(store: ReconcileStore, mention_ids: set[str], run: ReconcileRun) -> None:
    # A small component's mentions are read once and kept for building its events; a large
    # one is clustered on sketches and its mentions read again cluster by cluster.
    kept_mentions: dict[str, EventMention] | None = None
    if len(mention_ids) <= KEEP_MENTIONS:
        kept_mentions = {m.id: m for m in store.mentions_by_id(mention_ids)}
        clusters = cluster_sketches(Sketch.of(m) for m in kept_mentions.values())
    else:
        clusters = cluster_sketches(_sketches(store, mention_ids))
    with store.batch():
        members = store.event_members(mention_ids)
        stored = {ids: event_id for event_id, ids in members.items()}
        kept: set[str] = set()
        changed: deque[Cluster] = deque()
        for cluster in clusters:
            same = stored.get(frozenset(cluster.ids))
            if same is not None:
                # Unchanged: neither rebuilt nor rewritten, and nothing to re-link for it.
                kept.add(same)
            else:
                changed.append(cluster)
        del clusters
        old_ids = set(stored.values()) - kept
        for event in store.events_by_id(old_ids):
            run._note(event)
        written = store.swap_events(old_ids, _built(store, changed, run, kept_mentions))
    run.components += 1
    run.mentions_reclustered += len(mention_ids)
    run.events_removed += len(old_ids)
    run.events_written += written


def _replay(store: ReconcileStore, run: ReconcileRun) -> None:
    """Place the mentions that are in no event among the stored events, re-placing only the
    mentions they can move (see `parley.reconcile.replay`)."""
    source = _StoredClusters(store)
    replay = replay_clusters(source, source.sketches(sorted(store.unplaced_mention_ids())))
    with store.batch():
        for event in store.events_by_id(replay.gone):
            run._note(event)
        written = store.swap_events(replay.gone, _built(store, deque(replay.clusters), run, None))
    run.components += 1
    run.mentions_reclustered += replay.replaced
    run.events_removed += len(replay.gone)
    run.events_written += written


class _StoredClusters:
    """The stored events and mentions as a `ReplaySource`, keeping what it has read."""

    def __init__(self, store: ReconcileStore) -> None:
        self._store = store
        self._sketches: dict[str, Sketch] = {}
        self._events: dict[str, str | None] = {}

    def sketches(self, mention_ids: Sequence[str]) -> list[Sketch]:
        missing = [i for i in mention_ids if i not in self._sketches]
        for sketch in _read_sketches(self._store, missing):
            self._sketches[sketch.id] = sketch
        return [self._sketches[i] for i in mention_ids if i in self._sketches]

    def block(self, key: BlockKey) -> list[Sketch]:
        mention_ids = self._store.block_member_ids("\x1f".join(key))
        unknown = [i for i in mention_ids if i not in self._events]
        if unknown:
            events = self._store.events_of_mentions(unknown)
            self._events.update((i, events.get(i)) for i in unknown)
        return self.sketches(mention_ids)

    def cluster_of(self, mention_id: str) -> str | None:
        if mention_id not in self._events:
            self._events[mention_id] = self._store.events_of_mentions([mention_id]).get(mention_id)
        return self._events[mention_id]

    def members(self, cluster: str) -> list[Sketch]:
        return self.sketches(self._store.event_mention_ids(cluster))


def _sketches(store: ReconcileStore, mention_ids: set[str]) -> Iterator[Sketch]:
    """What merging needs of each mention, read in batches: a large component's full mentions
    would not fit in memory."""
    for batch in _batched(sorted(mention_ids), SKETCH_BATCH):
        yield from _read_sketches(store, batch)


def _read_sketches(store: ReconcileStore, mention_ids: Sequence[str]) -> list[Sketch]:
    """The recorded sketches; mentions recorded before sketches were are sketched in full."""
    if not mention_ids:
        return []
    recorded = store.sketches_by_id(mention_ids)
    found = [Sketch.loads(text) for text in recorded.values()]
    lacking = [i for i in mention_ids if i not in recorded]
    if lacking:
        found.extend(Sketch.of(m) for m in store.mentions_by_id(lacking))
    return found


def _built(
    store: ReconcileStore,
    clusters: deque[Cluster],
    run: ReconcileRun,
    kept_mentions: dict[str, EventMention] | None,
) -> Iterator[Event]:
    """The event of each cluster, built from its full mentions as it is written, so only a
    batch of events and their mentions is in memory at once."""
    while clusters:
        batch = [clusters.popleft() for _ in range(min(BUILD_BATCH, len(clusters)))]
        mentions = kept_mentions or {
            m.id: m for m in store.mentions_by_id([i for c in batch for i in c.ids])
        }
        for cluster in batch:
            event = build_event(mentions[i] for i in cluster.ids)
            run._note(event)
            # A rebuilt agreement names its promised plan's event again.
            run._promisers.update(m.id for m in cluster.members if m.promises)
            yield event


# --------------------------------------------------------------------------- commitments


def _relink_fulfilments(store: ReconcileStore, run: ReconcileRun) -> None:
    """Recompute `fulfils` / `fulfilled_by` for every commitment key a change may reach.

    A key is reached when a changed event has it, or when a planned meeting with it was
    reported by an article whose events changed (the date the plan was announced moved).
    """
    keys = set(run._keys)
    keys |= store.planned_commitment_keys(store.event_ids_for_articles(run._articles))
    for key in sorted(keys):
        _relink_key(store, key, run)


def _relink_key(store: ReconcileStore, key: CommitmentKey, run: ReconcileRun) -> None:
    # Read from columns: a mechanism or a pair of countries gathers thousands of events in a
    # large corpus, and only the few whose links change are parsed and rewritten.
    if key[0] == "mechanism":
        candidates = store.event_ids_with_mechanism(key[1])
    else:
        candidates = store.event_ids_with_countries(key[1:])
    group = [v for v in _link_views(store, candidates) if _view_key(v) == key]
    if not group:
        return
    group_ids = {v.id for v in group}
    plan_articles = {a for v in group if v.status == Status.PLANNED for a in v.articles}
    context = _link_views(store, store.event_ids_for_articles(plan_articles) - group_ids)
    links = fulfilment_links([*group, *context])
    changed_ids = {v.id for v in group if (v.fulfils, v.fulfilled_by) != links[v.id]}
    if not changed_ids:
        return
    changed = [
        event.model_copy(update={"fulfils": links[event.id][0], "fulfilled_by": links[event.id][1]})
        for event in store.events_by_id(changed_ids)
    ]
    store.update_event_records(changed)
    run.events_relinked += len(changed)


def _link_views(store: ReconcileStore, event_ids: Collection[str]) -> list[LinkView]:
    return [
        LinkView(
            id=event_id,
            type=EventType(event_type),
            status=Status(status),
            date=day,
            articles=articles,
            mechanism=mechanism,
            countries=frozenset(countries.split()) if countries else frozenset(),
            fulfils=fulfils,
            fulfilled_by=fulfilled_by,
        )
        for (event_id, event_type, status, day, mechanism, countries, articles, fulfils,
             fulfilled_by) in store.link_rows(sorted(event_ids))
    ]  # fmt: skip


def _view_key(view: LinkView) -> CommitmentKey | None:
    """`commitment_key` of an event read as a `LinkView`."""
    if view.type != EventType.CONSULT or view.status not in (Status.PLANNED, Status.OCCURRED):
        return None
    if view.mechanism is not None:
        return ("mechanism", view.mechanism)
    if len(view.countries) < 2:
        return None
    return ("countries", *sorted(view.countries))


def _relink_promises(store: ReconcileStore, run: ReconcileRun) -> None:
    """Recompute `promises` for agreements that are new or whose promised meeting moved."""
    promisers = run._promisers | store.promising_mention_ids(run._mentions)
    event_ids = store.event_ids_for_mentions(promisers)
    for batch in _batched(sorted(event_ids), PROMISE_BATCH):
        agreements = store.events_by_id(batch)
        mentions = store.mentions_by_id({m for e in agreements for m in e.mention_ids})
        promised = {m.id: m.promises for m in mentions if m.promises}
        plans = store.events_by_id(store.event_ids_for_mentions(set(promised.values())))
        linked = link_commitments([*agreements, *plans], promised)
        changed = [
            original.model_copy(update={"promises": new.promises})
            for original, new in zip(agreements, linked, strict=False)
            if original.promises != new.promises
        ]
        if changed:
            store.update_event_records(changed)
            run.events_relinked += len(changed)


def _batched(values: Sequence[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])
