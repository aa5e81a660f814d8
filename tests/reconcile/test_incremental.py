"""Incremental reconciliation gives exactly the events of a full in-memory rebuild.

Hand-made mentions (no NLP): a random but seeded corpus of meetings, plans, agreements that
promise plans, rounds of a mechanism and undated reports, ingested in batches with articles
replaced in between; after every step the stored events must equal `reconcile_mentions` over
every stored mention.
"""

from __future__ import annotations

import gc
import random
from collections.abc import Iterator

import pytest

from parley.models import (
    ActorRef,
    Article,
    DateValue,
    Event,
    EventMention,
    EventType,
    Evidence,
    Location,
    MechanismRef,
    Precision,
    Status,
)
from parley.reconcile import (
    incremental,
    index_mentions,
    merge,
    reconcile_all,
    reconcile_incremental,
    reconcile_mentions,
)
from parley.store import SQLiteStore, open_store

PEOPLE = [
    ActorRef(name=f"Person {i}", kind="person", country=country, kb_id=f"person-{i}")
    for i, country in enumerate(["KOR", "JPN", "CHL", "KEN", "PER", "NOR", "IDN", "EGY"])
]
COUNTRY_ONLY = [ActorRef(name=c, kind="country", country=c) for c in ("KOR", "JPN", "CHL")]


@pytest.fixture
def store() -> Iterator[SQLiteStore]:
    with open_store(":memory:") as opened:
        yield opened


def _date(rng: random.Random) -> DateValue | None:
    roll = rng.random()
    if roll < 0.2:
        return None
    day = rng.choice([3, 4, 5, 17, 18])
    month = rng.choice([3, 9])
    year = None if roll < 0.3 else 2024
    return DateValue(year=year, month=month, day=day, precision=Precision.DAY, raw=f"{month}/{day}")


def _mentions(article: str, rng: random.Random) -> list[EventMention]:
    mentions = []
    for n in range(rng.randint(1, 4)):
        people = rng.sample(PEOPLE[:5], rng.choice([2, 2, 3]))
        if rng.random() < 0.15:
            people = rng.sample(COUNTRY_ONLY, 2)
        status = Status.PLANNED if rng.random() < 0.25 else Status.OCCURRED
        event_type = EventType.CONSULT
        promises = None
        if n > 0 and rng.random() < 0.3:
            event_type = EventType.AGREE
            status = Status.OCCURRED
            promises = f"{article}:{n - 1}:0"
        round_number = rng.choice([None, None, 7, 8])
        mentions.append(
            EventMention(
                id=f"{article}:{n}:0",
                article=article,
                type=event_type,
                cameo="040" if event_type == EventType.CONSULT else "036",
                status=status,
                evidence=Evidence(
                    article=article, sentence_index=n, sentence=f"s{n}", start=0, end=2
                ),
                participants=people,
                source=people[:1],
                target=people[1:],
                date=_date(rng),
                location=Location(name="Seoul", country="KOR") if rng.random() < 0.3 else None,
                mechanism=MechanismRef(key="kor-jpn-dialogue", name="Dialogue", round=round_number)
                if round_number
                else None,
                promises=promises,
                topic="to meet again" if event_type == EventType.AGREE else None,
            )
        )
    return mentions


def _save(
    store: SQLiteStore, article_id: str, version: int, rng: random.Random, *, index: bool = False
) -> None:
    article = Article(id=article_id, text=f"text {version}", content_hash=f"{article_id}-{version}")
    mentions = _mentions(article_id, rng)
    store.save_article(article, mentions)
    if index:
        # What the ingest does: blocks recorded as the article is saved.
        index_mentions(store, mentions)


def _records(events: list[Event]) -> list[str]:
    return sorted(event.model_dump_json() for event in events)


def _stored(store: SQLiteStore) -> list[str]:
    return _records(store.events_by_id({e.id for e in store._iter_events()}))


def _full(store: SQLiteStore) -> list[str]:
    return _records(reconcile_mentions(store.iter_mentions()))


@pytest.mark.parametrize(
    ("index_on_save", "keep_mentions", "replay_share"),
    [(False, 5000, 4), (True, 5000, 4), (True, 0, 4), (False, 5000, 0), (True, 5000, 0)],
)
def test_incremental_equals_a_full_rebuild_through_additions_and_replacements(
    store: SQLiteStore,
    index_on_save: bool,
    keep_mentions: int,
    replay_share: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # keep_mentions 0: every component is clustered on sketches read in batches, as large
    # components are, and its events built from mentions read again. replay_share 0: after
    # the first step, every change is placed by replaying it among the stored events.
    monkeypatch.setattr(incremental, "KEEP_MENTIONS", keep_mentions)
    monkeypatch.setattr(incremental, "REPLAY_SHARE", replay_share)
    monkeypatch.setattr(incremental, "SKETCH_BATCH", 7)
    monkeypatch.setattr(incremental, "BUILD_BATCH", 3)
    rng = random.Random(5)
    linked = 0
    for step in range(4):
        for i in range(12):
            _save(store, f"s{step}a{i:02d}", 0, rng, index=index_on_save and i % 3 != 0)
        # Replace a few earlier articles: their old mentions leave work behind.
        for i in range(0, 12 * step, 5):
            _save(store, f"s{(i // 12)}a{i % 12:02d}", step, rng, index=index_on_save)
        run = reconcile_incremental(store)
        assert run.components > 0
        assert _stored(store) == _full(store)
        linked = sum(bool(e.promises or e.fulfils) for e in store._iter_events())
    # The corpus exercises the commitment links, not only clustering.
    assert linked > 0


def _reconciled_corpus(store: SQLiteStore) -> dict[str, str]:
    """Thirty seeded articles, reconciled; each stored event's record by id."""
    rng = random.Random(11)
    for i in range(30):
        _save(store, f"a{i:02d}", 0, rng)
    reconcile_incremental(store)
    return {e.id: e.model_dump_json() for e in store._iter_events()}


def test_an_unrelated_article_reclusters_only_its_own_blocks(store: SQLiteStore) -> None:
    before = _reconciled_corpus(store)
    pair = [PEOPLE[6], PEOPLE[7]]  # nobody else meets these two
    mention = _mentions("new", random.Random(1))[0].model_copy(
        update={"participants": pair, "source": pair[:1], "target": pair[1:], "mechanism": None}
    )
    store.save_article(Article(id="new", text="x", content_hash="new"), [mention])
    run = reconcile_incremental(store)
    assert (run.new_mentions, run.components, run.mentions_reclustered) == (1, 1, 1)
    after = {e.id: e.model_dump_json() for e in store._iter_events()}
    assert {k: v for k, v in after.items() if k in before} == before
    assert len(after) == len(before) + 1
    assert _records(list(store._iter_events())) == _full(store)


def test_nothing_new_means_nothing_redone(store: SQLiteStore) -> None:
    rng = random.Random(3)
    for i in range(10):
        _save(store, f"a{i}", 0, rng)
    reconcile_incremental(store)
    run = reconcile_incremental(store)
    assert (run.new_mentions, run.components, run.events_written) == (0, 0, 0)


def test_full_rebuild_equals_the_in_memory_algorithm(store: SQLiteStore) -> None:
    rng = random.Random(8)
    for i in range(25):
        _save(store, f"a{i:02d}", 0, rng)
    reconcile_all(store)
    assert _stored(store) == _full(store)
    # replace_events resets the index: the next run rebuilds everything from the mentions.
    store.replace_events([])
    run = reconcile_incremental(store)
    assert run.new_mentions == len(list(store.iter_mentions()))
    assert _stored(store) == _full(store)


def test_components_committed_a_few_at_a_time_are_every_one_rebuilt(
    store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A transaction closes once three mentions are done, so most close between components.
    monkeypatch.setattr(incremental, "MENTIONS_PER_TRANSACTION", 3)
    rng = random.Random(8)
    for i in range(25):
        _save(store, f"a{i:02d}", 0, rng)
    run = reconcile_incremental(store)
    assert run.components > 1
    assert _stored(store) == _full(store)


def test_a_new_report_rewrites_only_the_events_it_changes(store: SQLiteStore) -> None:
    before = _reconciled_corpus(store)
    # A dated report of a pair many stored meetings share: its component is re-clustered,
    # but only the event it joins (or starts) is rebuilt and written.
    mention = _mentions("new", random.Random(1))[0].model_copy(
        update={"participants": PEOPLE[:2], "source": PEOPLE[:1], "target": PEOPLE[1:2]}
    )
    store.save_article(Article(id="new", text="x", content_hash="new"), [mention])
    run = reconcile_incremental(store)
    assert run.mentions_reclustered > 10
    assert run.events_written == 1
    assert run.events_removed <= 1
    after = {e.id: e.model_dump_json() for e in store._iter_events()}
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    assert len(changed) <= 2 + run.events_relinked
    assert _records(list(store._iter_events())) == _full(store)


@pytest.mark.parametrize("joins", [False, True])
def test_an_agreement_keeps_its_promise_when_its_component_is_redone(
    store: SQLiteStore, joins: bool
) -> None:
    # The agreement (Persons 0 and 1) promises a plan of other parties (Persons 5 and 6), so
    # the two sit in different components; a later report re-clusters only the agreement's.
    def mention(article: str, n: int, **update: object) -> EventMention:
        base = _mentions(article, random.Random(2))[0]
        fields = {
            "id": f"{article}:{n}:0",
            "type": EventType.AGREE,
            "cameo": "036",
            "status": Status.OCCURRED,
            "participants": PEOPLE[:2],
            "source": PEOPLE[:1],
            "target": PEOPLE[1:2],
            "date": None,
            "location": None,
            "mechanism": None,
            "promises": None,
            "topic": "to hold talks in Lima",
            "evidence": base.evidence.model_copy(update={"article": article, "sentence_index": n}),
        }
        return base.model_copy(update={**fields, **update})

    plan = mention(
        "a1", 0, type=EventType.CONSULT, cameo="040", status=Status.PLANNED, topic=None,
        participants=PEOPLE[5:7], source=PEOPLE[5:6], target=PEOPLE[6:7],
    )  # fmt: skip
    agreement = mention("a1", 1, promises=plan.id)
    store.save_article(Article(id="a1", text="x", content_hash="a1"), [plan, agreement])
    reconcile_incremental(store)
    assert any(e.promises for e in store._iter_events())
    # Another report of the same agreement joins its event; an unrelated one only shares
    # its block.
    topic = "to hold talks in Lima" if joins else "on fisheries quotas"
    store.save_article(
        Article(id="b1", text="y", content_hash="b1"), [mention("b1", 0, topic=topic)]
    )
    run = reconcile_incremental(store)
    assert run.components == 1
    assert _records(list(store._iter_events())) == _full(store)
    assert any(e.promises for e in store._iter_events())


def test_clustering_runs_with_the_cycle_collector_paused_and_restores_it(
    store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(5)
    for i in range(5):
        _save(store, f"a{i}", 0, rng)
    seen: list[bool] = []
    clustering = incremental.cluster_sketches

    def watched(sketches: Iterator[merge.Sketch]) -> list[merge.Cluster]:
        seen.append(gc.isenabled())
        return clustering(sketches)

    monkeypatch.setattr(incremental, "cluster_sketches", watched)
    assert gc.isenabled()
    reconcile_all(store)
    assert seen and not any(seen)
    assert gc.isenabled()


def test_mentions_recorded_before_sketches_are_sketched_from_their_records(
    store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A database from before migration 5 has blocks but no sketches for its mentions.
    monkeypatch.setattr(incremental, "REPLAY_SHARE", 0)
    rng = random.Random(21)
    for i in range(20):
        _save(store, f"a{i:02d}", 0, rng)
    reconcile_incremental(store)
    store._conn.execute("DELETE FROM mention_sketches")
    for i in range(3):
        _save(store, f"b{i}", 0, rng)
    run = reconcile_incremental(store)
    assert run.mentions_reclustered > 0
    assert _stored(store) == _full(store)


def test_a_reset_empties_every_table_that_hangs_on_events_and_keeps_key_checks_on(
    store: SQLiteStore,
) -> None:
    rng = random.Random(4)
    for i in range(10):
        _save(store, f"a{i}", 0, rng)
    reconcile_incremental(store)
    store.reset_reconciliation()
    conn = store._conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    children = {
        table
        for table in tables
        for fk in conn.execute(f"PRAGMA foreign_key_list({table})")
        if fk[2] == "events"
    }
    assert children
    for table in [*children, "events", "mention_blocks", "mention_promises"]:
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert store.pragma("foreign_keys") == 1
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    reconcile_incremental(store)
    assert _stored(store) == _full(store)
