"""What the top-level group hands down to every command: settings, verbosity, the database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from parley.errors import UsageError
from parley.settings import Settings

if TYPE_CHECKING:
    from parley.pipeline import Parley

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class CliState:
    """Options given before the command name; `settings` is built once, here."""

    settings: Settings
    verbose: int = 0

    @property
    def quiet(self) -> bool:
        return self.settings.quiet


def current_state() -> CliState:
    """The state of the running `parley` invocation (a default one outside the group)."""
    ctx = click.get_current_context()
    state = ctx.find_object(CliState)
    if state is None:
        state = CliState(Settings())
        ctx.find_root().obj = state
    return state


def _remember_db(ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
    # A --db given after the command name wins over the one given before it.
    if value is not None:
        state = ctx.find_object(CliState)
        if state is not None:
            state.settings = replace(state.settings, db_path=value)


def db_option(command: F) -> F:
    """Accept `--db PATH` after the command name too (`parley events --db x.db`)."""
    return click.option(
        "--db",
        type=click.Path(path_type=Path, dir_okay=False),
        default=None,
        expose_value=False,
        is_eager=True,
        callback=_remember_db,
        help="SQLite database (default: $PARLEY_DB, else ./parley.db).",
    )(command)


def json_option(command: F) -> F:
    """`--json`: print JSON for programs instead of tables for people."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(
        command
    )


def open_parley(*, must_exist: bool = True, settings: Settings | None = None) -> Parley:
    """Open the database named by `--db` (or by `settings`).

    Query commands pass `must_exist=True` so a mistyped path is an error, not a new empty file.
    """
    # Imported here so `parley --help` stays fast and never loads the NLP stack.
    from parley.pipeline import Parley

    settings = settings or current_state().settings
    if must_exist and not settings.db_path.exists():
        raise UsageError(
            f"no database at {settings.db_path} (ingest articles first, or pass --db PATH)"
        )
    return Parley.open(settings=settings)
