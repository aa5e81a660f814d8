"""What the web app is configured with, built once by `create_app` and kept on `app.state`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from parley.settings import DEFAULT_MAX_BYTES

# File types the upload form accepts; the ingest readers understand these.
UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")


@dataclass(frozen=True)
class WebConfig:
    """Options of one running web app.

    db_path: the SQLite database. allow_ingest: the upload page and endpoint are enabled.
    max_upload_bytes / max_upload_files: limits per file and per request.
    page_size: events per timeline page; chart_event_limit: above this many matching events
    the chart of a filtered timeline is left out rather than loading them all.
    """

    db_path: Path
    allow_ingest: bool = False
    max_upload_bytes: int = DEFAULT_MAX_BYTES
    max_upload_files: int = 20
    page_size: int = 50
    chart_event_limit: int = 3000
