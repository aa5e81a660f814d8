"""Per-app state handed to every route: configuration, templates, caches and ingest jobs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from parley.store import SQLiteStore, open_store

from .config import WebConfig
from .ingest_jobs import IngestJobs
from .snapshot import Snapshot, SnapshotCache


@dataclass
class WebContext:
    """Everything a route needs besides the request."""

    config: WebConfig
    templates: Jinja2Templates
    snapshots: SnapshotCache
    jobs: IngestJobs

    @contextmanager
    def store(self) -> Iterator[SQLiteStore]:
        """A store for this request, opened and closed in the calling thread.

        sqlite3 connections belong to the thread that opened them, and FastAPI may run a
        dependency and its route in different worker threads, so routes open the store
        themselves (opening is cheap: no migration runs on an up-to-date database).
        """
        with open_store(self.config.db_path) as store:
            yield store

    def snapshot(self, store: SQLiteStore) -> Snapshot:
        return self.snapshots.get(store)


def web_context(request: Request) -> WebContext:
    """FastAPI dependency: the `WebContext` stored on the app by `create_app`."""
    context = request.app.state.web
    assert isinstance(context, WebContext)
    return context


ContextDep = Annotated[WebContext, Depends(web_context)]
