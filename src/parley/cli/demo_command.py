"""`parley demo`: ingest the bundled example articles into a fresh database and show the result."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from importlib import resources
from pathlib import Path

import click
from rich.text import Text

from parley.errors import UsageError

from .ingest_command import print_report, run_ingest
from .output import events_table, stdout_console
from .state import current_state, open_parley
from .summary_commands import conflicts_table

EXAMPLES_PACKAGE = "parley"
EXAMPLES_FOLDER = ("data", "examples")
# The examples folder also holds the gold judgements (expected.json, EXPECTED.md), which are
# not articles; only these suffixes are article files there.
ARTICLE_SUFFIXES = (".txt", ".html", ".jsonl")
DEMO_DB_NAME = "parley-demo.db"


@contextmanager
def example_article_paths() -> Iterator[list[Path]]:
    """File-system paths of the bundled example articles, sorted by name."""
    folder = resources.files(EXAMPLES_PACKAGE).joinpath(*EXAMPLES_FOLDER)
    entries = sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith(ARTICLE_SUFFIXES)),
        key=lambda entry: entry.name,
    )
    with ExitStack() as stack:
        # as_file gives a real path even when the package is installed as a zip.
        yield [stack.enter_context(resources.as_file(entry)) for entry in entries]


@click.command("demo")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"Keep the demo database at this new path (default: a temporary {DEMO_DB_NAME}, "
    "removed afterwards).",
)
@click.pass_context
def demo_command(ctx: click.Context, db_path: Path | None) -> None:
    """Ingest the bundled example articles into a fresh database; print events and conflicts."""
    if db_path is not None and db_path.exists():
        raise UsageError(f"{db_path} already exists; the demo needs a new database path")
    state = current_state()
    with tempfile.TemporaryDirectory(prefix="parley-demo-") as scratch:
        target = db_path or Path(scratch) / DEMO_DB_NAME
        settings = replace(state.settings, db_path=target)
        with (
            example_article_paths() as paths,
            open_parley(must_exist=False, settings=settings) as parley,
        ):
            report = run_ingest(parley, [str(path) for path in paths], quiet=state.quiet)
            events = parley.events()
            conflicts = parley.conflicts()
    print_report(report, target, quiet=state.quiet)
    console = stdout_console()
    console.print(events_table(events, title="Events in the example articles"))
    if conflicts:
        console.print(conflicts_table(conflicts))
    else:
        console.print("No conflicts between the reports.")
    if db_path is None:
        console.print(
            Text(
                f"The demo database was temporary. Keep one with `parley demo --db {DEMO_DB_NAME}`"
                f", then try `parley --db {DEMO_DB_NAME} show EVENT_ID`.",
                style="dim",
            )
        )
    if not report.ok:
        ctx.exit(1)
