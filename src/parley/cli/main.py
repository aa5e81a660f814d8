"""The `parley` command group and the console entry point `main`."""

from __future__ import annotations

from pathlib import Path

import click

from parley.settings import Settings, default_db_path

from .demo_command import demo_command
from .event_commands import events_command, show_command
from .export_command import export_command
from .group import ParleyGroup
from .ingest_command import ingest_command
from .logging_setup import configure_logging
from .serve_command import serve_command
from .state import CliState
from .summary_commands import (
    actor_command,
    actors_command,
    conflicts_command,
    mechanisms_command,
)

COMMANDS = (
    ingest_command,
    events_command,
    show_command,
    actors_command,
    actor_command,
    mechanisms_command,
    conflicts_command,
    export_command,
    demo_command,
    serve_command,
)


@click.group("parley", cls=ParleyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="SQLite database (default: $PARLEY_DB, else ./parley.db).",
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug); tracebacks.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars, summaries or warnings.")
@click.version_option(package_name="parley")
@click.pass_context
def cli(ctx: click.Context, db: Path | None, verbose: int, quiet: bool) -> None:
    """parley: a verified record of diplomatic events from news reports, with provenance."""
    configure_logging(verbose, quiet)
    # Settings are built here, once per run, and handed down through the context.
    settings = Settings(db_path=db or default_db_path(), quiet=quiet)
    ctx.obj = CliState(settings=settings, verbose=verbose)


for _command in COMMANDS:
    cli.add_command(_command)


def main() -> None:
    """Console entry point (`parley = "parley.cli.main:main"`)."""
    cli.main(prog_name="parley")
