"""`SQLiteStore`: the `Store` protocol on the standard library's sqlite3.

Everything SQLite-specific lives here and in `migrations.py`: connection pragmas, the
`user_version` schema version, FTS5 article search and `LIMIT -1` for "no limit".
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from parley.errors import StoreError, UsageError
from parley.models import (
    ActorSummary,
    Article,
    Conflict,
    Event,
    EventFilter,
    EventMention,
    MechanismSummary,
)

from .base import SaveOutcome, Store
from .columns import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    PARTICIPANT_COLUMNS,
    article_from_row,
    article_row,
    effective_hash,
    event_article_rows,
    event_row,
    event_text_rows,
    mention_row,
    participant_rows,
    undated_day_rows,
)
from .event_filter import check_page, event_where
from .migrations import LATEST_VERSION, SQLITE_MIGRATIONS, Migration
from .reconcile_index import ReconcileIndex
from .summaries import find_actor, summarise_actors, summarise_mechanisms

MEMORY = ":memory:"
BUSY_TIMEOUT_MS = 5000
EVENT_ORDER = "ORDER BY events.date IS NULL, events.date, events.id"
# Ids per query when looking up many at once (below SQLite's bound-parameter limit).
_ID_BATCH = 500
_ARTICLE_SELECT = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles"
_SEARCH_TOKEN = re.compile(r"\w+")


def _savepoint(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("SAVEPOINT parley_write")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK TO parley_write")
        conn.execute("RELEASE parley_write")
        raise
    conn.execute("RELEASE parley_write")


def _placeholders(count: int) -> str:
    return ", ".join("?" * count)


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into complete statements (trigger bodies stay whole)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        yield pending.strip()


def _insert_mentions(conn: sqlite3.Connection, mentions: Sequence[EventMention]) -> None:
    conn.executemany(
        "INSERT INTO mentions (id, article_id, type, status, sentence_index, data) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (mention_row(mention) for mention in mentions),
    )
    conn.executemany(
        "INSERT INTO unblocked_mentions (mention_id) VALUES (?)",
        ((mention.id,) for mention in mentions),
    )
    conn.executemany(
        "INSERT INTO undated_days (mention_id, article_id, kb_id, month_day) VALUES (?, ?, ?, ?)",
        (row for mention in mentions for row in undated_day_rows(mention)),
    )


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


# The page cache of each connection, in KiB.
CACHE_KIB = 64 * 1024


class SQLiteStore(ReconcileIndex):
    """A parley database in one SQLite file (or in memory). Use `open_store` to create one.

    A store belongs to the thread that opened it (sqlite3's default); open one per thread.
    """

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._conn = connection
        self.path = path

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, path: str | Path) -> SQLiteStore:
        """Open (creating if needed) and migrate the database at `path`; `":memory:"` works."""
        target = str(path)
        try:
            if target != MEMORY:
                Path(target).parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are explicit (see `_transaction`).
            conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open database {target}: {_one_line(exc)}") from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            # Each article is its own transaction; with the write-ahead log, NORMAL syncs at
            # checkpoints instead of at every commit (a power cut may lose the last articles
            # saved, never leave one half-written), which took a disk flush per article.
            conn.execute("PRAGMA synchronous = NORMAL")
            # A 64 MiB page cache instead of 2 MiB: rebuilding the events of a large corpus
            # inserts into indexes far larger than the default, at random keys.
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            _migrate(conn, target)
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(f"cannot open database {target}: {_one_line(exc)}") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, target)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def pragma(self, name: str) -> object:
        """The value of a connection pragma such as `journal_mode` (for diagnostics and tests)."""
        if not name.isidentifier():
            raise UsageError(f"not a pragma name: {name!r}")
        row = self._conn.execute(f"PRAGMA {name}").fetchone()
        return row[0] if row else None

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Turn sqlite3 failures into a one-line `StoreError`."""
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"cannot {action} ({self.path}): {_one_line(exc)}") from exc

    @contextmanager
    def _transaction(self, action: str) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed on success, rolled back on any exception.

        Inside an open `batch` it is a savepoint instead: its writes are undone alone on an
        exception and committed with the batch.
        """
        with self._errors(action):
            if self._conn.in_transaction:
                yield from _savepoint(self._conn)
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def _scalar(self, sql: str, params: Sequence[object] = ()) -> object:
        with self._errors("read the database"):
            row = self._conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def _count(self, sql: str, params: Sequence[object] = ()) -> int:
        value = self._scalar(sql, params)
        return value if isinstance(value, int) else 0

    # ------------------------------------------------------------------ articles and mentions

    def article_hash(self, article_id: str) -> str | None:
        """The stored content hash of the article, or None when it is not stored."""
        value = self._scalar("SELECT content_hash FROM articles WHERE id = ?", (article_id,))
        return value if isinstance(value, str) else None

    def save_article(self, article: Article, mentions: Sequence[EventMention]) -> SaveOutcome:
        """Store the article and its mentions in one transaction.

        Same id and content hash: "unchanged", nothing written. Same id, new hash: the article
        is updated and its old mentions replaced ("replaced"). Otherwise "added".
        """
        for mention in mentions:
            if mention.article != article.id:
                raise StoreError(
                    f"cannot save article {article.id}: "
                    f"mention {mention.id} belongs to article {mention.article}"
                )
        with self._transaction(f"save article {article.id}") as conn:
            row = conn.execute(
                "SELECT content_hash FROM articles WHERE id = ?", (article.id,)
            ).fetchone()
            if row is not None and row[0] == effective_hash(article):
                return "unchanged"
            if row is not None:
                # The cascade takes the old mentions; FTS rows have no foreign key.
                conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
                conn.execute("DELETE FROM article_search WHERE article_id = ?", (article.id,))
            conn.execute(
                f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                f"VALUES ({_placeholders(len(ARTICLE_COLUMNS))})",
                article_row(article),
            )
            conn.execute(
                "INSERT INTO article_search (article_id, title, text) VALUES (?, ?, ?)",
                (article.id, article.title or "", article.text),
            )
            _insert_mentions(conn, mentions)
        return "added" if row is None else "replaced"

    def replace_mentions(self, article_id: str, mentions: Sequence[EventMention]) -> None:
        """Replace a stored article's mentions (the article read again) in one transaction;
        the next reconciliation redoes what the old ones were in, as for a replaced article."""
        with self._transaction(f"save the mentions of article {article_id}") as conn:
            conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            _insert_mentions(conn, mentions)

    def articles_to_date(self, article_ids: Collection[str]) -> list[tuple[str, str | None]]:
        """(id, dateline) of those of these articles that have no publication date and whose
        dateline, if any, states no year: reports whose year may come from other reports of
        their day."""
        found: list[tuple[str, str | None]] = []
        ids = sorted(article_ids)
        with self._errors("read articles"):
            for start in range(0, len(ids), _ID_BATCH):
                batch = ids[start : start + _ID_BATCH]
                found += self._conn.execute(
                    "SELECT id, dateline_date FROM articles WHERE published IS NULL "
                    "AND (dateline_date IS NULL "
                    "OR dateline_date NOT GLOB '*[0-9][0-9][0-9][0-9]*') "
                    f"AND id IN ({_placeholders(len(batch))})",
                    batch,
                ).fetchall()
        return sorted(found)

    def articles_undated_near(self, mention_ids: Collection[str]) -> set[str]:
        """Articles with a year-less day that a known person of the day-precise events holding
        these mentions also has, give or take a day."""
        found: set[str] = set()
        ids = sorted(mention_ids)
        with self._errors("read mentions"):
            for start in range(0, len(ids), _ID_BATCH):
                batch = ids[start : start + _ID_BATCH]
                found.update(
                    article_id
                    for (article_id,) in self._conn.execute(
                        "SELECT DISTINCT u.article_id FROM event_mentions m "
                        "JOIN events e ON e.id = m.event_id AND e.date_precision = 'day' "
                        "JOIN event_participants p ON p.event_id = e.id "
                        "JOIN undated_days u ON u.kb_id = p.kb_id "
                        "AND u.month_day = substr(e.date, 6) "
                        f"WHERE m.mention_id IN ({_placeholders(len(batch))})",
                        batch,
                    )
                )
        return found

    def get_article(self, article_id: str) -> Article | None:
        with self._errors("read articles"):
            row = self._conn.execute(f"{_ARTICLE_SELECT} WHERE id = ?", (article_id,)).fetchone()
        return article_from_row(dict(zip(ARTICLE_COLUMNS, row, strict=True))) if row else None

    def iter_articles(self) -> Iterator[Article]:
        """Every article, by id, streamed from the cursor."""
        with self._errors("read articles"):
            for row in self._conn.execute(f"{_ARTICLE_SELECT} ORDER BY id"):
                yield article_from_row(dict(zip(ARTICLE_COLUMNS, row, strict=True)))

    def count_articles(self) -> int:
        return self._count("SELECT count(*) FROM articles")

    def iter_mentions(self) -> Iterator[EventMention]:
        """Every mention by article id, sentence index and id, streamed from the cursor."""
        with self._errors("read mentions"):
            cursor = self._conn.execute(
                "SELECT data FROM mentions ORDER BY article_id, sentence_index, id"
            )
            for (data,) in cursor:
                yield EventMention.model_validate_json(data)

    def mentions_for_article(self, article_id: str) -> list[EventMention]:
        with self._errors("read mentions"):
            rows = self._conn.execute(
                "SELECT data FROM mentions WHERE article_id = ? ORDER BY sentence_index, id",
                (article_id,),
            ).fetchall()
        return [EventMention.model_validate_json(data) for (data,) in rows]

    # ------------------------------------------------------------------ events

    def replace_events(self, events: Iterable[Event]) -> int:
        """Replace every stored event with `events` in one transaction; returns how many.

        The incremental reconciliation index is reset with them: the next reconciliation
        rebuilds every event from the mentions.
        """
        count = 0
        with self._transaction("replace events") as conn:
            conn.execute("DELETE FROM events")
            conn.execute("DELETE FROM mention_blocks")
            conn.execute("DELETE FROM mention_promises")
            conn.execute(
                "INSERT OR IGNORE INTO unblocked_mentions (mention_id) SELECT id FROM mentions"
            )
            for table in ("dirty_blocks", "dirty_events", "dirty_mentions"):
                conn.execute(f"DELETE FROM {table}")
            for event in events:
                self._insert_event(conn, event)
                count += 1
        return count

    @staticmethod
    def _insert_event(conn: sqlite3.Connection, event: Event) -> None:
        conn.execute(
            f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) "
            f"VALUES ({_placeholders(len(EVENT_COLUMNS))})",
            event_row(event),
        )
        conn.executemany(
            f"INSERT INTO event_participants ({', '.join(PARTICIPANT_COLUMNS)}) "
            f"VALUES ({_placeholders(len(PARTICIPANT_COLUMNS))})",
            participant_rows(event),
        )
        conn.executemany(
            "INSERT INTO event_articles (event_id, article_id) VALUES (?, ?)",
            event_article_rows(event),
        )
        conn.executemany(
            "INSERT INTO event_texts (event_id, text_fold) VALUES (?, ?)",
            event_text_rows(event),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO event_mentions (mention_id, event_id) VALUES (?, ?)",
            ((mention_id, event.id) for mention_id in event.mention_ids),
        )

    def _events(self, sql: str, params: Sequence[object] = ()) -> list[Event]:
        with self._errors("read events"):
            rows = self._conn.execute(sql, params).fetchall()
        return [Event.model_validate_json(data) for (data,) in rows]

    def query_events(self, flt: EventFilter) -> list[Event]:
        """Events matching `flt`, by date (undated last) then id, paged by limit/offset."""
        check_page(flt)
        where, params = event_where(flt)
        # SQLite needs a LIMIT before OFFSET; -1 means no limit.
        page = " LIMIT ? OFFSET ?"
        params += [flt.limit if flt.limit is not None else -1, flt.offset]
        # Order and page over the narrow (date, id) index first, then read only that page's
        # JSON: sorting whole rows made deep pages read every earlier event's data.
        page_ids = f"SELECT events.id, events.date FROM events {where} {EVENT_ORDER}{page}"
        return self._events(
            f"SELECT e.data FROM ({page_ids}) AS p JOIN events AS e ON e.id = p.id "
            "ORDER BY p.date IS NULL, p.date, p.id",
            params,
        )

    def count_events(self, flt: EventFilter) -> int:
        """How many events match `flt`, ignoring its limit and offset (the total for paging)."""
        where, params = event_where(flt)
        return self._count(f"SELECT count(*) FROM events {where}", params)

    def get_event(self, event_id: str) -> Event | None:
        """The event with this id, or the only one whose id starts with it.

        An ambiguous prefix raises `UsageError` naming a few candidates.
        """
        if not event_id:
            return None
        found = self._events("SELECT data FROM events WHERE id = ?", (event_id,))
        if found:
            return found[0]
        with self._errors("read events"):
            ids = [
                row[0]
                for row in self._conn.execute(
                    "SELECT id FROM events WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 6",
                    (len(event_id), event_id),
                )
            ]
        if len(ids) > 1:
            shown = ", ".join(ids[:5]) + (" ..." if len(ids) > 5 else "")
            raise UsageError(f"event id prefix {event_id!r} is ambiguous: {shown}")
        if not ids:
            return None
        return self._events("SELECT data FROM events WHERE id = ?", (ids[0],))[0]

    def events_for_article(self, article_id: str) -> list[Event]:
        """Events the article reports, by date then id."""
        return self._events(
            "SELECT events.data FROM events JOIN event_articles a ON a.event_id = events.id "
            f"WHERE a.article_id = ? {EVENT_ORDER}",
            (article_id,),
        )

    def events_of_on(
        self, kb_ids: Collection[str], days: Collection[tuple[int, int]]
    ) -> list[Event]:
        """Day-precise events in which any of these knowledge-base actors took part, held on
        any of these (month, day) in any year, by date then id."""
        if not kb_ids or not days:
            return []
        suffixes = sorted(f"{month:02d}-{day:02d}" for month, day in days)
        return self._events(
            "SELECT events.data FROM events WHERE date_precision = 'day' "
            f"AND substr(date, 6) IN ({_placeholders(len(suffixes))}) AND id IN ("
            "SELECT event_id FROM event_participants "
            f"WHERE kb_id IN ({_placeholders(len(kb_ids))})) {EVENT_ORDER}",
            (*suffixes, *sorted(kb_ids)),
        )

    def _iter_events(self) -> Iterator[Event]:
        with self._errors("read events"):
            for (data,) in self._conn.execute(f"SELECT data FROM events {EVENT_ORDER}"):
                yield Event.model_validate_json(data)

    # ------------------------------------------------------------------ summaries

    def list_actors(self) -> list[ActorSummary]:
        """Every actor in the events, most events first (see `summarise_actors`)."""
        return summarise_actors(self._iter_events())

    def get_actor(self, key_or_name: str) -> ActorSummary | None:
        """The actor by key or name, or the only one containing it (see `find_actor`)."""
        return find_actor(self.list_actors(), key_or_name)

    def list_mechanisms(self) -> list[MechanismSummary]:
        """Every mechanism with its rounds, gaps and open commitments."""
        return summarise_mechanisms(self._iter_events())

    def list_conflicts(self) -> list[tuple[Event, Conflict]]:
        """Each conflict with its event, events by date then id."""
        events = self._events(
            f"SELECT events.data FROM events WHERE conflict_count > 0 {EVENT_ORDER}"
        )
        return [(event, conflict) for event in events for conflict in event.conflicts]

    def search_articles(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """Articles containing every word of `query`, best first, as (id, snippet) pairs.

        Words are quoted before they reach FTS5, so its query syntax cannot cause errors.
        """
        words = _SEARCH_TOKEN.findall(query)
        if not words or limit <= 0:
            return []
        match = " ".join(f'"{word}"' for word in words)
        with self._errors("search articles"):
            rows = self._conn.execute(
                "SELECT article_id, snippet(article_search, -1, '[', ']', '…', 16) "
                "FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?",
                (match, limit),
            ).fetchall()
        return [(article_id, snippet) for article_id, snippet in rows]

    def stats(self) -> dict[str, int]:
        """Row counts: articles, mentions, events, actors, mechanisms, conflicts."""
        return {
            "articles": self.count_articles(),
            "mentions": self._count("SELECT count(*) FROM mentions"),
            "events": self._count("SELECT count(*) FROM events"),
            "actors": self._count("SELECT count(DISTINCT actor_key) FROM event_participants"),
            "mechanisms": self._count("SELECT count(DISTINCT mechanism_key) FROM events"),
            "conflicts": self._count("SELECT coalesce(sum(conflict_count), 0) FROM events"),
        }


def _migrate(conn: sqlite3.Connection, path: str) -> None:
    """Bring the schema to `LATEST_VERSION`, one transaction per migration."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST_VERSION:
        raise StoreError(
            f"database {path} has schema version {version}, newer than this parley "
            f"understands ({LATEST_VERSION}); upgrade parley"
        )
    for migration in SQLITE_MIGRATIONS:
        if migration.version > version:
            _apply(conn, migration)


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read under the write lock: another process may have migrated in the meantime.
        if conn.execute("PRAGMA user_version").fetchone()[0] >= migration.version:
            conn.execute("COMMIT")
            return
        for statement in _statements(migration.sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


if TYPE_CHECKING:
    # Lets mypy check that SQLiteStore implements the Store protocol with matching types.
    def _satisfies_store_protocol(store: SQLiteStore) -> Store:
        return store
