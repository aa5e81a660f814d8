"""`parley serve`: the web app over one database."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import cast

import click

from .state import current_state, db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="TCP port."
)
@click.option(
    "--allow-ingest",
    is_flag=True,
    help="Let the web app accept new articles (off by default: it writes to the database).",
)
def serve_command(host: str, port: int, allow_ingest: bool) -> None:
    """Browse events, actors, mechanisms and conflicts in a web browser."""
    # Imported when used: the web stack (FastAPI, uvicorn) is not needed by other commands.
    web = importlib.import_module("parley.web")
    serve = cast(Callable[..., None], web.serve)
    serve(
        db_path=current_state().settings.db_path,
        host=host,
        port=port,
        allow_ingest=allow_ingest,
    )
