"""What incremental reconciliation asks of the database.

Reconciliation clusters mentions within blocks (type, status and a pair of actors). The store
keeps, for every mention, the keys of its blocks, and for every event, its mentions; deleting a
mention (its article was replaced) leaves its blocks, events and id behind as work for the next
run (see the `mentions_leave_work` trigger). Block keys are opaque strings here: what they mean
belongs to `parley.reconcile`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from itertools import islice

from parley.models import Event, EventMention
from parley.store.columns import country_set

# What a full rebuild empties, children before the tables they reference.
_RESET_TABLES = (
    "event_mentions",
    "event_participants",
    "event_articles",
    "event_texts",
    "events",
    "mention_blocks",
    "mention_promises",
)

# SQLite allows 32,766 bound parameters; stay far below it.
_IN_BATCH = 500


# (mention id, its block keys, the planned mention it promises or None, its sketch)
BlockedMention = tuple[str, Sequence[str], str | None, str]
# (id, type, status, date, mechanism key, participant countries, article ids, fulfils,
# fulfilled_by) of one event: see `ReconcileIndex.link_rows`.
LinkRow = tuple[
    str, str, str, str | None, str | None, str | None, tuple[str, ...], str | None, str | None
]
# (blocks to re-cluster, events to drop, deleted mention ids)
DirtyWork = tuple[set[str], set[str], set[str]]


def _batches(values: Iterable[str]) -> Iterator[list[str]]:
    iterator = iter(values)
    while batch := list(islice(iterator, _IN_BATCH)):
        yield batch


def _marks(count: int) -> str:
    return ", ".join("?" * count)


class ReconcileIndex:
    """Methods of `SQLiteStore` that serve `parley.reconcile.incremental`."""

    _conn: sqlite3.Connection

    def _errors(self, action: str) -> AbstractContextManager[None]:
        raise NotImplementedError

    def _transaction(self, action: str) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    @contextmanager
    def batch(self, action: str = "reconcile events") -> Iterator[None]:
        """One transaction around several of the writing methods below (they join it)."""
        if self._conn.in_transaction:
            yield
            return
        with self._transaction(action):
            yield

    # ------------------------------------------------------------------ blocks

    def iter_unblocked_mentions(self) -> Iterator[EventMention]:
        """Mentions whose blocks are not recorded yet (new since the last reconciliation).

        Read in full before yielding, so the caller may write while iterating.
        """
        with self._errors("read mentions"):
            rows = self._conn.execute(
                "SELECT mention_id FROM unblocked_mentions ORDER BY mention_id"
            ).fetchall()
        for batch in _batches(row[0] for row in rows):
            yield from self.mentions_by_id(batch)

    def record_blocks(self, entries: Iterable[BlockedMention]) -> None:
        """Record each (mention id, block keys, promised mention id, sketch) and mark the
        blocks dirty."""
        # One statement per table for all entries: per-mention statements cost more in
        # Python round trips than the inserts themselves.
        entries = list(entries)
        with self.batch("record mention blocks"), self._errors("record mention blocks"):
            self._conn.executemany(
                "INSERT OR IGNORE INTO mention_blocks (block_key, mention_id) VALUES (?, ?)",
                ((key, mention_id) for mention_id, keys, _, _ in entries for key in keys),
            )
            self._conn.executemany(
                "INSERT OR IGNORE INTO dirty_blocks (block_key) VALUES (?)",
                ((key,) for _, keys, _, _ in entries for key in keys),
            )
            self._conn.executemany(
                "INSERT OR IGNORE INTO mention_promises (mention_id, promised_id) VALUES (?, ?)",
                ((mention_id, promises) for mention_id, _, promises, _ in entries if promises),
            )
            self._conn.executemany(
                "INSERT OR REPLACE INTO mention_sketches (mention_id, sketch) VALUES (?, ?)",
                ((mention_id, sketch) for mention_id, _, _, sketch in entries),
            )
            self._conn.executemany(
                "DELETE FROM unblocked_mentions WHERE mention_id = ?",
                ((mention_id,) for mention_id, _, _, _ in entries),
            )

    def dirty_work(self) -> DirtyWork:
        """Blocks, events and deleted mentions left for the next reconciliation."""
        with self._errors("read reconciliation state"):
            blocks = {r[0] for r in self._conn.execute("SELECT block_key FROM dirty_blocks")}
            events = {r[0] for r in self._conn.execute("SELECT event_id FROM dirty_events")}
            mentions = {r[0] for r in self._conn.execute("SELECT mention_id FROM dirty_mentions")}
        return blocks, events, mentions

    def clear_dirty(self) -> None:
        with self.batch("clear reconciliation state"), self._errors("clear reconciliation"):
            for table in ("dirty_blocks", "dirty_events", "dirty_mentions"):
                self._conn.execute(f"DELETE FROM {table}")

    def reset_reconciliation(self) -> None:
        """Forget every event and block, so the next reconciliation rebuilds everything."""
        # Every row of these tables goes. Emptied whole, each child table before its parent
        # and with foreign-key checks off (the pragma only takes effect outside a transaction),
        # SQLite drops their pages instead of visiting row by row for the cascades: 40 s ->
        # 9 s at 100,000 articles.
        checks_off = not self._conn.in_transaction
        with self._errors("reset reconciliation"):
            if checks_off:
                self._conn.execute("PRAGMA foreign_keys = OFF")
            try:
                with self.batch("reset reconciliation"):
                    for table in _RESET_TABLES:
                        self._conn.execute(f"DELETE FROM {table}")
                    self._conn.execute(
                        "INSERT OR IGNORE INTO unblocked_mentions (mention_id) "
                        "SELECT id FROM mentions"
                    )
            finally:
                if checks_off:
                    self._conn.execute("PRAGMA foreign_keys = ON")
        self.clear_dirty()

    def block_members(self, block_keys: Collection[str]) -> list[tuple[str, str]]:
        """(block key, mention id) for every mention in these blocks."""
        return self._pairs(
            "SELECT block_key, mention_id FROM mention_blocks WHERE block_key IN ({})", block_keys
        )

    def mention_blocks(self, mention_ids: Collection[str]) -> list[tuple[str, str]]:
        """(block key, mention id) for every block of these mentions."""
        return self._pairs(
            "SELECT block_key, mention_id FROM mention_blocks WHERE mention_id IN ({})",
            mention_ids,
        )

    def block_member_ids(self, block_key: str) -> list[str]:
        """Every mention in one block."""
        return self._column("SELECT mention_id FROM mention_blocks WHERE block_key = ?", block_key)

    def sketches_by_id(self, mention_ids: Collection[str]) -> dict[str, str]:
        """The recorded sketch of each of these mentions that has one."""
        return dict(
            self._pairs(
                "SELECT mention_id, sketch FROM mention_sketches WHERE mention_id IN ({})",
                mention_ids,
            )
        )

    def events_of_mentions(self, mention_ids: Collection[str]) -> dict[str, str]:
        """The event holding each of these mentions that is in one."""
        return dict(
            self._pairs(
                "SELECT mention_id, event_id FROM event_mentions WHERE mention_id IN ({})",
                mention_ids,
            )
        )

    def event_mention_ids(self, event_id: str) -> list[str]:
        """Every mention of one stored event."""
        return self._column("SELECT mention_id FROM event_mentions WHERE event_id = ?", event_id)

    def _column(self, sql: str, value: str) -> list[str]:
        """The one column `sql` selects for one bound value."""
        with self._errors("read the reconciliation index"):
            return [row[0] for row in self._conn.execute(sql, (value,))]

    def placement_counts(self) -> tuple[int, int]:
        """(mentions in an event, mentions in none)."""
        with self._errors("read the reconciliation index"):
            placed = self._conn.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
            total = self._conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        return placed, total - placed

    def unplaced_mention_ids(self) -> set[str]:
        """Mentions in no event (new, or left when their event was dropped)."""
        with self._errors("read the reconciliation index"):
            rows = self._conn.execute(
                "SELECT id FROM mentions WHERE NOT EXISTS "
                "(SELECT 1 FROM event_mentions WHERE event_mentions.mention_id = mentions.id)"
            )
            return {row[0] for row in rows}

    def promising_mention_ids(self, promised_ids: Collection[str]) -> set[str]:
        """Mentions that promise any of these (possibly deleted) mentions."""
        pairs = self._pairs(
            "SELECT mention_id, promised_id FROM mention_promises WHERE promised_id IN ({})",
            promised_ids,
        )
        return {mention_id for mention_id, _ in pairs}

    def _pairs(self, sql: str, values: Collection[str]) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        with self._errors("read the reconciliation index"):
            for batch in _batches(values):
                found.extend(self._conn.execute(sql.format(_marks(len(batch))), batch))
        return found

    def _ids(self, sql: str, values: Collection[str]) -> set[str]:
        found: set[str] = set()
        with self._errors("read the reconciliation index"):
            for batch in _batches(values):
                found.update(
                    r[0] for r in self._conn.execute(sql.format(_marks(len(batch))), batch)
                )
        return found

    # ------------------------------------------------------------------ records by id

    def mentions_by_id(self, mention_ids: Collection[str]) -> list[EventMention]:
        """The stored mentions with these ids (missing ids are skipped), in no set order."""
        found: list[EventMention] = []
        with self._errors("read mentions"):
            for batch in _batches(mention_ids):
                rows = self._conn.execute(
                    f"SELECT data FROM mentions WHERE id IN ({_marks(len(batch))})", batch
                )
                found.extend(EventMention.model_validate_json(data) for (data,) in rows)
        return found

    def events_by_id(self, event_ids: Collection[str]) -> list[Event]:
        """The stored events with these ids (missing ids are skipped), in no set order."""
        found: list[Event] = []
        with self._errors("read events"):
            for batch in _batches(event_ids):
                rows = self._conn.execute(
                    f"SELECT data FROM events WHERE id IN ({_marks(len(batch))})", batch
                )
                found.extend(Event.model_validate_json(data) for (data,) in rows)
        return found

    def event_ids_for_mentions(self, mention_ids: Collection[str]) -> set[str]:
        return self._ids(
            "SELECT event_id FROM event_mentions WHERE mention_id IN ({})", mention_ids
        )

    def event_members(self, mention_ids: Collection[str]) -> dict[str, frozenset[str]]:
        """Every mention id of each stored event that holds any of these mentions."""
        event_ids = self.event_ids_for_mentions(mention_ids)
        members: dict[str, set[str]] = {event_id: set() for event_id in event_ids}
        for mention_id, event_id in self._pairs(
            "SELECT mention_id, event_id FROM event_mentions WHERE event_id IN ({})", event_ids
        ):
            members[event_id].add(mention_id)
        return {event_id: frozenset(ids) for event_id, ids in members.items()}

    def event_ids_for_articles(self, article_ids: Collection[str]) -> set[str]:
        return self._ids(
            "SELECT event_id FROM event_articles WHERE article_id IN ({})", article_ids
        )

    def planned_commitment_keys(self, event_ids: Collection[str]) -> set[tuple[str, ...]]:
        """The commitment keys (see `parley.reconcile.incremental.commitment_key`) of the
        planned meetings among these events, read from columns rather than whole events."""
        keys: set[tuple[str, ...]] = set()
        with self._errors("read the reconciliation index"):
            for batch in _batches(event_ids):
                rows = self._conn.execute(
                    "SELECT mechanism_key, participant_countries FROM events "
                    f"WHERE id IN ({_marks(len(batch))}) AND type = 'CONSULT' "
                    "AND status = 'planned'",
                    batch,
                )
                for mechanism, countries in rows:
                    if mechanism is not None:
                        keys.add(("mechanism", mechanism))
                    elif countries and len(countries.split()) >= 2:
                        keys.add(("countries", *countries.split()))
        return keys

    def link_rows(self, event_ids: Collection[str]) -> list[LinkRow]:
        """What linking commitments reads of these events, from columns (and the two links
        read out of the record by SQLite), so no record is parsed in Python."""
        rows: list[LinkRow] = []
        articles: dict[str, list[str]] = {}
        with self._errors("read the reconciliation index"):
            for batch in _batches(event_ids):
                marks = _marks(len(batch))
                for event_id, article_id in self._conn.execute(
                    f"SELECT event_id, article_id FROM event_articles WHERE event_id IN ({marks})",
                    batch,
                ):
                    articles.setdefault(event_id, []).append(article_id)
                rows.extend(
                    (*row[:6], tuple(articles.get(row[0], ())), row[6], row[7])
                    for row in self._conn.execute(
                        "SELECT id, type, status, date, mechanism_key, participant_countries, "
                        "json_extract(data, '$.fulfils'), json_extract(data, '$.fulfilled_by') "
                        f"FROM events WHERE id IN ({marks})",
                        batch,
                    )
                )
        return rows

    def event_ids_with_mechanism(self, mechanism_key: str) -> set[str]:
        return self._ids("SELECT id FROM events WHERE mechanism_key IN ({})", [mechanism_key])

    def event_ids_with_countries(self, countries: Collection[str]) -> set[str]:
        """Events without a mechanism whose participants' countries are exactly `countries`."""
        wanted = country_set(countries)
        if wanted is None:
            return set()
        return self._ids(
            "SELECT id FROM events WHERE mechanism_key IS NULL AND participant_countries IN ({})",
            [wanted],
        )

    # ------------------------------------------------------------------ writing events

    def swap_events(self, remove: Collection[str], add: Iterable[Event]) -> int:
        """Delete the events `remove` names and insert `add` (joins an open `batch`)."""
        count = 0
        with self.batch("replace events"), self._errors("replace events"):
            for batch in _batches(remove):
                self._conn.execute(f"DELETE FROM events WHERE id IN ({_marks(len(batch))})", batch)
            for event in add:
                self._insert_event(self._conn, event)
                count += 1
        return count

    def update_event_records(self, events: Iterable[Event]) -> None:
        """Rewrite the stored record of each event (its indexed columns must be unchanged)."""
        with self.batch("update events"), self._errors("update events"):
            self._conn.executemany(
                "UPDATE events SET data = ? WHERE id = ?",
                ((event.model_dump_json(), event.id) for event in events),
            )

    @staticmethod
    def _insert_event(conn: sqlite3.Connection, event: Event) -> None:
        raise NotImplementedError
