"""Opening, migrating and refusing databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_builders import make_article

from parley.errors import StoreError
from parley.store import open_store
from parley.store import sqlite as sqlite_module
from parley.store.migrations import LATEST_VERSION, SQLITE_MIGRATIONS, Migration


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name for (name,) in rows}


def test_migrates_an_empty_file_to_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "parley.db"
    with open_store(path) as store:
        assert store.pragma("user_version") == LATEST_VERSION
    assert {"articles", "mentions", "events", "event_participants", "event_articles"} <= _tables(
        path
    )


def test_file_database_uses_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    with open_store(tmp_path / "parley.db") as store:
        assert store.pragma("journal_mode") == "wal"
        # NORMAL (1): synced at checkpoints, not at every article's commit.
        assert store.pragma("synchronous") == 1
        assert store.pragma("foreign_keys") == 1
        assert store.pragma("busy_timeout") == 5000


def test_reopen_keeps_data_and_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "parley.db"
    with open_store(path) as store:
        store.save_article(make_article(), [])
    with open_store(path) as store:
        assert store.count_articles() == 1
        assert store.pragma("user_version") == LATEST_VERSION


def test_memory_database_works() -> None:
    with open_store(":memory:") as store:
        assert store.stats()["articles"] == 0


def test_non_sqlite_file_raises_one_line_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are meeting notes, not a database\n" * 50)
    with pytest.raises(StoreError) as err:
        open_store(path)
    assert "\n" not in str(err.value)
    assert str(path) in str(err.value)


def test_directory_path_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_store(tmp_path)


def test_newer_schema_raises_store_error(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_failed_migration_is_rolled_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "parley.db"
    open_store(path).close()
    broken = Migration(
        LATEST_VERSION + 1,
        "broken",
        "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n",
    )
    monkeypatch.setattr(sqlite_module, "SQLITE_MIGRATIONS", (*SQLITE_MIGRATIONS, broken))
    monkeypatch.setattr(sqlite_module, "LATEST_VERSION", broken.version)
    with pytest.raises(StoreError):
        open_store(path)
    assert "half_done" not in _tables(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION


def test_closed_by_context_manager() -> None:
    with open_store(":memory:") as store:
        pass
    with pytest.raises(StoreError, match="closed"):
        store.count_articles()


def test_migration_fills_the_country_set_of_events_stored_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "parley.db"
    before = tuple(m for m in SQLITE_MIGRATIONS if m.version < 3)
    monkeypatch.setattr(sqlite_module, "SQLITE_MIGRATIONS", before)
    monkeypatch.setattr(sqlite_module, "LATEST_VERSION", before[-1].version)
    with sqlite3.connect(path) as conn:
        for migration in before:
            conn.executescript(migration.sql)
        conn.execute(
            "INSERT INTO events (id, type, status, data) VALUES ('e1', 'CONSULT', 'occurred', '{}')"
        )
        conn.executemany(
            "INSERT INTO event_participants (event_id, role, position, actor_key, name, kind, "
            "country, name_fold, key_fold) VALUES ('e1', ?, ?, 'k', 'n', 'person', ?, 'n', 'k')",
            [("participant", 0, "nor"), ("participant", 1, "IDN"), ("participant", 2, "NOR"),
             ("participant", 3, None), ("source", 0, "JPN")],
        )  # fmt: skip
        conn.execute(f"PRAGMA user_version = {before[-1].version}")
    monkeypatch.undo()
    with open_store(path) as store:
        assert store.pragma("user_version") == LATEST_VERSION
        assert store.event_ids_with_countries(["IDN", "NOR"]) == {"e1"}


def test_migration_keeps_which_mentions_await_reconciliation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "parley.db"
    before = tuple(m for m in SQLITE_MIGRATIONS if m.version < 4)
    with sqlite3.connect(path) as conn:
        for migration in before:
            conn.executescript(migration.sql)
        conn.execute(
            "INSERT INTO articles (id, content_hash, text, ingested_at) "
            "VALUES ('a1', 'h', 't', '2024-01-01')"
        )
        conn.executemany(
            "INSERT INTO mentions (id, article_id, type, status, sentence_index, data, blocked) "
            "VALUES (?, 'a1', 'CONSULT', 'occurred', 0, '{}', ?)",
            [("a1:0:0", 1), ("a1:1:0", 0)],
        )
        conn.execute(f"PRAGMA user_version = {before[-1].version}")
    with open_store(path) as store:
        assert store.pragma("user_version") == LATEST_VERSION
        rows = store._conn.execute("SELECT mention_id FROM unblocked_mentions").fetchall()
        assert rows == [("a1:1:0",)]
        columns = {r[1] for r in store._conn.execute("PRAGMA table_info(mentions)")}
        assert "blocked" not in columns
