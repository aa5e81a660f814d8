"""Run the web app with uvicorn (what `parley serve` calls)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import uvicorn

from parley.store import open_store

from .app import create_app

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def warm_snapshot(app_state: object, db_path: Path) -> None:
    """Build the summary cache before the first visitor needs it."""
    from .context import WebContext

    assert isinstance(app_state, WebContext)
    try:
        with open_store(db_path) as store:
            app_state.snapshots.get(store)
    except Exception:  # the first request will try again and report the problem
        log.exception("could not prepare the summary cache")


def serve(
    db_path: Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    allow_ingest: bool = False,
) -> None:
    """Serve the web interface for `db_path` until interrupted.

    Binds to 127.0.0.1 unless told otherwise; the database is opened (and created and
    migrated if missing) before the server starts so a bad path fails at once.
    """
    open_store(db_path).close()
    app = create_app(db_path, allow_ingest=allow_ingest)
    threading.Thread(
        target=warm_snapshot, args=(app.state.web, db_path), name="warm-cache", daemon=True
    ).start()
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)
