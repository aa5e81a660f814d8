"""A compact, cached view of every event for the pages that summarise the whole record.

Actor and mechanism summaries and the unfiltered timeline chart need every event. Reading and
parsing 10,000 events takes a few hundred milliseconds, far over a page's budget, so the app
computes them once per database version and reuses them until the database file changes (an
ingest by this server or by the CLI in another process). The cache lives on `app.state`, not
in a module global, so tests with separate apps never share it.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from parley.models import (
    ActorSummary,
    Event,
    EventFilter,
    EventType,
    MechanismSummary,
    Status,
)
from parley.store import SQLiteStore
from parley.store.date_spans import date_span
from parley.store.summaries import event_actors, summarise_actors, summarise_mechanisms

# Stat results of the database and its write-ahead log: any write changes one of them.
Signature = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class EventDigest:
    """What list pages and charts need of one event, without its provenance."""

    id: str
    type: EventType
    status: Status
    date: str | None
    # "YYYY-MM" when the date is at least month-precise, else None (left out of charts).
    month: str | None
    span: tuple[str, str] | None
    label: str
    conflicted: bool
    actor_keys: tuple[str, ...]


def event_label(event: Event) -> str:
    """A short human title: type, participants and mechanism round."""
    names = [person.name for person in event_actors(event).values()]
    who = ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
    label = f"{event.type.value.title()}: {who or 'unknown participants'}"
    if event.mechanism is not None:
        round_text = f" round {event.mechanism.round}" if event.mechanism.round else ""
        label += f" ({event.mechanism.name}{round_text})"
    return label


def event_month(date: str | None) -> str | None:
    """The `YYYY-MM` bucket of an ISO date, or None for undated and year-only dates."""
    if date is None or len(date) < 7:
        return None
    return date[:7]


def digest_event(event: Event) -> EventDigest:
    return EventDigest(
        id=event.id,
        type=event.type,
        status=event.status,
        date=event.date,
        month=event_month(event.date),
        span=date_span(event.date) if event.date else None,
        label=event_label(event),
        conflicted=bool(event.conflicts),
        actor_keys=tuple(event_actors(event)),
    )


@dataclass
class Snapshot:
    """Every event digested, with actor and mechanism summaries, at one database version."""

    events: list[EventDigest] = field(default_factory=list)
    actors: list[ActorSummary] = field(default_factory=list)
    mechanisms: list[MechanismSummary] = field(default_factory=list)
    by_id: dict[str, EventDigest] = field(default_factory=dict)
    actor_index: dict[str, ActorSummary] = field(default_factory=dict)
    mechanism_index: dict[str, MechanismSummary] = field(default_factory=dict)
    events_by_actor: dict[str, list[EventDigest]] = field(default_factory=dict)

    @classmethod
    def build(cls, events: list[Event]) -> Snapshot:
        digests = [digest_event(event) for event in events]
        by_actor: dict[str, list[EventDigest]] = defaultdict(list)
        for digest in digests:
            for key in digest.actor_keys:
                by_actor[key].append(digest)
        actors = summarise_actors(events)
        mechanisms = summarise_mechanisms(events)
        return cls(
            events=digests,
            actors=actors,
            mechanisms=mechanisms,
            by_id={digest.id: digest for digest in digests},
            actor_index={actor.key: actor for actor in actors},
            mechanism_index={mechanism.key: mechanism for mechanism in mechanisms},
            events_by_actor=dict(by_actor),
        )

    def simple_filter_events(self, flt: EventFilter) -> list[EventDigest] | None:
        """Events matching a filter on type, status and dates only; None for other filters.

        Those three have exact semantics (equality and date-interval overlap, as in the
        store); filters on names and text are left to the store.
        """
        if flt.actor or flt.country or flt.mechanism or flt.text:
            return None
        low_span = date_span(flt.date_from) if flt.date_from else None
        high_span = date_span(flt.date_to) if flt.date_to else None
        low = low_span[0] if low_span else None
        high = high_span[1] if high_span else None
        chosen = []
        for digest in self.events:
            if flt.type is not None and digest.type != flt.type:
                continue
            if flt.status is not None and digest.status != flt.status:
                continue
            if (low or high) and digest.span is None:
                continue
            if low and digest.span and digest.span[1] < low:
                continue
            if high and digest.span and digest.span[0] > high:
                continue
            chosen.append(digest)
        return chosen


def database_signature(db_path: Path) -> Signature:
    """Modification time and size of the database and its WAL file.

    A missing and an empty WAL count the same: every connection that opens the database
    creates an empty one and the last to close deletes it, so reads alone must not look like
    changes. Writes grow the WAL (or, at a checkpoint, touch the database file).
    """
    parts = []
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        try:
            stat = path.stat()
        except OSError:
            parts.append((0, 0))
            continue
        parts.append((stat.st_mtime_ns, stat.st_size) if stat.st_size else (0, 0))
    return tuple(parts)


class SnapshotCache:
    """The latest `Snapshot`, rebuilt when the database signature changes."""

    def __init__(self, db_path: Path) -> None:
        self._db_path = db_path
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._signature: Signature | None = None

    def get(self, store: SQLiteStore) -> Snapshot:
        """The snapshot for the database as it is now, built with `store` if out of date."""
        signature = database_signature(self._db_path)
        with self._lock:
            if self._snapshot is None or signature != self._signature:
                events = store.query_events(EventFilter())
                self._snapshot = Snapshot.build(events)
                self._signature = signature
            return self._snapshot

    def invalidate(self) -> None:
        with self._lock:
            self._snapshot = None
