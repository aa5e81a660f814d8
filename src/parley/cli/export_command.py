"""`parley export`: events as JSON Lines, CSV or Parquet (see docs/export-format.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from parley.models import EventFilter

from .filters import event_filter_options
from .state import current_state, db_option, open_parley

FORMATS = ("jsonl", "csv", "parquet")


@click.command("export")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="Output format; JSON Lines is the documented contract.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (atomically) instead of stdout; required for parquet.",
)
@event_filter_options
def export_command(flt: EventFilter, fmt: str, output: Path | None) -> None:
    """Export events (all, or those matching the filters) for other tools."""
    if fmt == "parquet" and output is None:
        raise click.UsageError("parquet export needs an output file: add -o FILE")
    with open_parley() as parley:
        count = parley.export(fmt, output, sys.stdout, flt)
    if output is not None and not current_state().quiet:
        click.echo(f"exported {count} events to {output}", err=True)
