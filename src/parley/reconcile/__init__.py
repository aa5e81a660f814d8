"""Reconciliation: mentions in, events out (merging, field voting, conflicts, commitments)."""

from __future__ import annotations

from collections.abc import Iterable

from parley.models import Event, EventMention
from parley.reconcile.commitments import link_commitments
from parley.reconcile.fields import build_event
from parley.reconcile.incremental import (
    ReconcileRun,
    ReconcileStore,
    index_mentions,
    reconcile_all,
    reconcile_incremental,
)
from parley.reconcile.merge import cluster_mentions

__all__ = [
    "ReconcileRun",
    "ReconcileStore",
    "index_mentions",
    "reconcile_all",
    "reconcile_incremental",
    "reconcile_mentions",
]


def reconcile_mentions(mentions: Iterable[EventMention]) -> list[Event]:
    """Every event the mentions report, each once, ordered by date then id, all in memory.

    The reference algorithm; a database is reconciled with `reconcile_incremental` (the same
    events, one component of blocks at a time).

    Deterministic: the same mentions always give the same events and ids.
    """
    promised: dict[str, str] = {}

    def remember(stream: Iterable[EventMention]) -> Iterable[EventMention]:
        for mention in stream:
            if mention.promises:
                promised[mention.id] = mention.promises
            yield mention

    clusters = cluster_mentions(remember(mentions))
    events = [build_event(mentions) for mentions in clusters]
    events = link_commitments(events, promised)
    return sorted(events, key=lambda e: (e.date is None, e.date or "", e.id))
