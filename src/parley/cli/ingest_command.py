"""`parley ingest`: read articles into the database, with a progress bar and a full summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from parley.settings import DEFAULT_MAX_BYTES

from .output import stderr_console
from .state import current_state, db_option, open_parley

if TYPE_CHECKING:
    from parley.pipeline import IngestReport, Parley

# Below this many inputs a run is quick enough that a progress bar is only noise.
PROGRESS_MIN_INPUTS = 4


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, allow_dash=True))
@db_option
@click.option(
    "--published",
    metavar="DATE",
    help="Publication date (YYYY-MM-DD) for articles that carry none.",
)
@click.option("--outlet", metavar="NAME", help="Outlet name for articles that carry none.")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Skip inputs larger than this many bytes.",
)
@click.option(
    "--kb",
    "kb_paths",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra knowledge-base JSON file merged over the bundled one (repeatable).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extract in this many processes (each loads the spaCy model once).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
@click.pass_context
def ingest_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    published: str | None,
    outlet: str | None,
    max_bytes: int,
    kb_paths: tuple[Path, ...],
    workers: int,
    quiet: bool,
) -> None:
    """Ingest articles from files, directories (read recursively) or `-` (stdin).

    Text, HTML, JSON and JSON Lines are read; an unchanged article is skipped, a changed one
    replaced, and the events those articles touch are then rebuilt (the rest keep their ids).
    Exits with status 1 when any input failed; every failure is listed with its reason.
    """
    state = current_state()
    settings = replace(
        state.settings,
        published=published,
        outlet=outlet,
        max_bytes=max_bytes,
        kb_paths=kb_paths,
        quiet=state.quiet or quiet,
    )
    with open_parley(must_exist=False, settings=settings) as parley:
        report = run_ingest(parley, paths, quiet=settings.quiet, workers=workers)
    print_report(report, settings.db_path, quiet=settings.quiet)
    if not report.ok:
        ctx.exit(1)


def run_ingest(
    parley: Parley, paths: Sequence[str], *, quiet: bool, workers: int = 1
) -> IngestReport:
    """Ingest `paths`, drawing a progress bar on stderr unless quiet or the run is tiny."""
    total = parley.count_inputs(paths)
    if quiet or total < PROGRESS_MIN_INPUTS:
        return parley.ingest(paths, workers=workers)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[source]}", style="dim"),
    )
    with Progress(*columns, console=stderr_console()) as progress:
        task = progress.add_task("ingesting", total=total, source="")

        def advance(source: str) -> None:
            progress.update(task, advance=1, source=Path(source).name)

        report = parley.ingest(paths, on_item=advance, workers=workers)
        progress.update(task, completed=total, source="")
    return report


def print_report(report: IngestReport, db_path: Path, *, quiet: bool) -> None:
    """The counts on stdout (unless quiet) and every failure with its reason on stderr."""
    if not quiet:
        click.echo(
            f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
            f"{len(report.failures)} failed; {report.mentions} event mentions read; "
            f"{report.events} events in {db_path}"
        )
    for failure in report.failures:
        click.echo(f"failed: {failure.source}: {failure.reason}", err=True)
