"""The app factory: one FastAPI app per database, with its routers, handlers and state."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

import parley

from .api.actors import router as api_actors
from .api.articles import router as api_articles
from .api.conflicts import router as api_conflicts
from .api.docs import router as api_docs
from .api.events import router as api_events
from .api.mechanisms import router as api_mechanisms
from .api.uploads import router as api_uploads
from .config import WebConfig
from .context import WebContext
from .error_handlers import install_error_handlers
from .ingest_jobs import IngestJobs, IngestRunner, run_pipeline
from .pages.actors import router as page_actors
from .pages.articles import router as page_articles
from .pages.events import router as page_events
from .pages.mechanisms import router as page_mechanisms
from .pages.search import router as page_search
from .pages.timeline import router as page_timeline
from .pages.uploads import router as page_uploads
from .security_headers import SecurityHeaders
from .snapshot import SnapshotCache
from .templating import make_templates

STATIC_DIR = Path(__file__).parent / "static"


def create_app(
    db_path: Path,
    *,
    allow_ingest: bool = False,
    config: WebConfig | None = None,
    ingest_runner: IngestRunner = run_pipeline,
) -> FastAPI:
    """Build the web app over the database at `db_path`.

    `allow_ingest` enables the upload page and endpoint. `config` overrides the limits (its
    `db_path` and `allow_ingest` are replaced by the arguments); `ingest_runner` replaces the
    pipeline for uploads (tests use a fast stand-in).
    """
    base = config or WebConfig(db_path=db_path)
    config = WebConfig(**{**base.__dict__, "db_path": Path(db_path), "allow_ingest": allow_ingest})
    snapshots = SnapshotCache(config.db_path)
    app = FastAPI(
        title="parley",
        version=parley.__version__,
        description="Reconciled diplomatic events with provenance, from news reports.",
        openapi_url="/api/openapi.json",
        # The stock documentation pages load scripts from a CDN; /api/docs is served locally.
        docs_url=None,
        redoc_url=None,
    )
    app.state.web = WebContext(
        config=config,
        templates=make_templates(allow_ingest=allow_ingest),
        snapshots=snapshots,
        jobs=IngestJobs(config.db_path, on_finished=snapshots.invalidate, runner=ingest_runner),
    )
    install_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    for router in (
        api_events,
        api_actors,
        api_mechanisms,
        api_articles,
        api_conflicts,
        api_uploads,
        api_docs,
        page_timeline,
        page_events,
        page_actors,
        page_mechanisms,
        page_articles,
        page_search,
        page_uploads,
    ):
        app.include_router(router)
    return app
