"""Saving articles with their mentions: idempotence, replacement, atomicity."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_builders import ARTICLE_TEXT, make_article, make_mention

from parley.errors import StoreError
from parley.models import EventMention
from parley.store import SQLiteStore, open_store
from parley.store import sqlite as sqlite_module


def test_save_then_get_round_trips_the_article(store: SQLiteStore) -> None:
    article = make_article()
    assert store.save_article(article, []) == "added"
    assert store.get_article("art-1") == article
    assert store.article_hash("art-1") == "hash-art-1"


def test_missing_article_is_none(store: SQLiteStore) -> None:
    assert store.get_article("nope") is None
    assert store.article_hash("nope") is None


def test_same_hash_is_unchanged_and_keeps_mentions(store: SQLiteStore) -> None:
    article = make_article()
    store.save_article(article, [make_mention(article, 0)])
    retold = article.model_copy(update={"title": "A different title, same hash"})
    assert store.save_article(retold, []) == "unchanged"
    assert store.get_article("art-1") == article
    assert [m.id for m in store.mentions_for_article("art-1")] == ["art-1-m0"]


def test_new_hash_replaces_article_and_its_mentions(store: SQLiteStore) -> None:
    article = make_article()
    store.save_article(article, [make_mention(article, 0), make_mention(article, 1)])
    edited = make_article(text=ARTICLE_TEXT + " A joint statement followed.", content_hash="v2")
    new_mention = make_mention(edited, 2, mention_id="art-1-new")
    assert store.save_article(edited, [new_mention]) == "replaced"
    assert store.get_article("art-1") == edited
    assert store.mentions_for_article("art-1") == [new_mention]
    assert store.count_articles() == 1
    assert store.search_articles("joint statement")[0][0] == "art-1"


def test_empty_hash_is_computed_from_the_text(store: SQLiteStore) -> None:
    article = make_article(content_hash="")
    store.save_article(article, [])
    stored = store.article_hash("art-1")
    assert stored is not None and len(stored) == 64
    assert store.save_article(article, []) == "unchanged"
    changed = make_article(text="A different text entirely.", content_hash="")
    assert store.save_article(changed, []) == "replaced"


def test_iter_articles_streams_in_id_order(store: SQLiteStore) -> None:
    for article_id in ("art-3", "art-1", "art-2"):
        store.save_article(make_article(article_id), [])
    assert [a.id for a in store.iter_articles()] == ["art-1", "art-2", "art-3"]
    assert store.count_articles() == 3


def test_iter_mentions_orders_by_article_then_sentence_then_id(store: SQLiteStore) -> None:
    second = make_article("art-2")
    first = make_article("art-1")
    store.save_article(second, [make_mention(second, 1), make_mention(second, 0)])
    store.save_article(
        first,
        [
            make_mention(first, 2, mention_id="z"),
            make_mention(first, 2, mention_id="b"),
            make_mention(first, 0, mention_id="y"),
        ],
    )
    assert [m.id for m in store.iter_mentions()] == ["y", "b", "z", "art-2-m0", "art-2-m1"]


def test_mentions_round_trip(store: SQLiteStore) -> None:
    article = make_article()
    mention = make_mention(article, 1)
    store.save_article(article, [mention])
    assert store.mentions_for_article("art-1") == [mention]
    assert store.mentions_for_article("other") == []


def test_mention_of_another_article_is_refused(store: SQLiteStore) -> None:
    article = make_article()
    stranger = make_mention(make_article("art-9"), 0)
    with pytest.raises(StoreError, match="belongs to article art-9"):
        store.save_article(article, [stranger])
    assert store.count_articles() == 0


def test_duplicate_mention_id_leaves_nothing_written(store: SQLiteStore) -> None:
    article = make_article()
    twice = [make_mention(article, 0, mention_id="dup"), make_mention(article, 1, mention_id="dup")]
    with pytest.raises(StoreError, match="art-1"):
        store.save_article(article, twice)
    assert store.count_articles() == 0
    assert list(store.iter_mentions()) == []
    assert store.search_articles("fisheries") == []


def test_articles_saved_in_one_batch_fail_one_at_a_time(store: SQLiteStore) -> None:
    # The ingest saves a chunk of articles in one transaction; a failing article must undo
    # its own writes only, and the others are committed with the batch.
    first, second, third = make_article("art-1"), make_article("art-2"), make_article("art-3")
    twice = [make_mention(second, 0, mention_id="dup"), make_mention(second, 1, mention_id="dup")]
    with store.batch("save articles"):
        assert store.save_article(first, [make_mention(first, 0)]) == "added"
        with pytest.raises(StoreError, match="art-2"):
            store.save_article(second, twice)
        assert store.save_article(third, [make_mention(third, 0)]) == "added"
    assert [a.id for a in store.iter_articles()] == ["art-1", "art-3"]
    assert [m.id for m in store.iter_mentions()] == ["art-1-m0", "art-3-m0"]
    assert sorted(hit for hit, _ in store.search_articles("fisheries")) == ["art-1", "art-3"]


def test_failure_mid_replace_keeps_the_old_version(
    store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = make_article()
    old_mention = make_mention(article, 0)
    store.save_article(article, [old_mention])

    real_row = sqlite_module.mention_row

    def failing_row(mention: EventMention) -> tuple[object, ...]:
        if mention.id == "bad":
            raise ValueError("cannot serialise mention")
        return real_row(mention)

    monkeypatch.setattr(sqlite_module, "mention_row", failing_row)
    edited = make_article(text="Entirely rewritten report.", content_hash="v2")
    mentions = [
        make_mention(edited, 0, mention_id="good"),
        make_mention(edited, 0, mention_id="bad"),
    ]
    with pytest.raises(ValueError, match="serialise"):
        store.save_article(edited, mentions)
    assert store.get_article("art-1") == article
    assert store.mentions_for_article("art-1") == [old_mention]
    assert store.search_articles("rewritten") == []


def test_deleting_an_article_cascades_to_its_mentions(tmp_path: Path) -> None:
    path = tmp_path / "parley.db"
    article = make_article()
    with open_store(path) as store:
        store.save_article(article, [make_mention(article, 0), make_mention(article, 1)])
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM articles WHERE id = 'art-1'")
    with open_store(path) as store:
        assert list(store.iter_mentions()) == []


def test_search_articles_returns_snippets_and_ignores_query_syntax(store: SQLiteStore) -> None:
    store.save_article(make_article("art-1"), [])
    store.save_article(make_article("art-2", "Trade ministers spoke by phone about tariffs."), [])
    hits = store.search_articles("fisheries")
    assert [article_id for article_id, _ in hits] == ["art-1"]
    assert "[fisheries]" in hits[0][1]
    # FTS5 operators and stray quotes are treated as plain words.
    assert [h[0] for h in store.search_articles('(tariffs* "phone')] == ["art-2"]
    assert store.search_articles("   ") == []


def test_articles_to_date_are_undated_reports_whose_dateline_has_no_year(
    store: SQLiteStore,
) -> None:
    dated = make_article("dated")
    wire = make_article("wire").model_copy(update={"published": None, "dateline_date": "June 20"})
    stated = make_article("stated").model_copy(
        update={"published": None, "dateline_date": "June 20, 2024"}
    )
    for article in (dated, wire, stated):
        store.save_article(article, [])
    assert store.articles_to_date(["dated", "wire", "stated", "absent"]) == [("wire", "June 20")]
    assert store.articles_to_date([]) == []


def test_replacing_the_mentions_of_a_stored_article(store: SQLiteStore) -> None:
    article = make_article()
    store.save_article(article, [make_mention(article, 0), make_mention(article, 1)])
    store.replace_mentions(article.id, [make_mention(article, 2)])
    assert [m.id for m in store.mentions_for_article(article.id)] == ["art-1-m2"]
    # The article itself is as it was, and the new mention waits for reconciliation.
    assert store.get_article(article.id) == article
    assert [m.id for m in store.iter_unblocked_mentions()] == ["art-1-m2"]
