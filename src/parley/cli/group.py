"""`ParleyGroup`: the click group that turns every failure into one line on stderr.

Exit status 2 for usage mistakes (click's and `parley.errors.UsageError`), 1 for every other
`ParleyError` and for unexpected exceptions, whose traceback is printed only with `-v`.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from typing import Any, NoReturn

import click

from parley.errors import ParleyError, UsageError

from .state import CliState

log = logging.getLogger(__name__)

USAGE_EXIT = 2
FAILURE_EXIT = 1


class ParleyFailure(click.ClickException):
    """A library error shown as one line, `Error: <message>`; exit status 1."""

    exit_code = FAILURE_EXIT


class ParleyUsageFailure(ParleyFailure):
    """A `parley.errors.UsageError` (unknown id, bad value): one line, exit status 2."""

    exit_code = USAGE_EXIT


def one_line(text: str) -> str:
    """Collapse whitespace so a message never spills over several lines."""
    return " ".join(text.split())


def failure_for(err: BaseException, verbose: int) -> ParleyFailure:
    """The one-line failure to show for an exception raised by a command."""
    if isinstance(err, ParleyError):
        kind = ParleyUsageFailure if isinstance(err, UsageError) else ParleyFailure
        return kind(one_line(str(err)) or type(err).__name__)
    detail = one_line(str(err))
    message = f"unexpected {type(err).__name__}" + (f": {detail}" if detail else "")
    if not verbose:
        message += " (run with -v for details)"
    return ParleyFailure(message)


def _show_usage_error(err: click.UsageError) -> None:
    # click prints the usage block and a hint on separate lines; one line is easier to read
    # in logs and scripts, and --help is one command away.
    hint = ""
    if err.ctx is not None:
        hint = f" (see '{err.ctx.command_path} --help')"
    click.echo(f"Error: {one_line(err.format_message())}{hint}", err=True)


class ParleyGroup(click.Group):
    """A group whose commands fail with one line on stderr, never a traceback by default."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as err:
            state = ctx.find_object(CliState)
            verbose = state.verbose if state is not None else 0
            if verbose and not isinstance(err, ParleyError):
                click.echo(traceback.format_exc().rstrip(), err=True)
            elif verbose:
                log.debug("command failed", exc_info=err)
            raise failure_for(err, verbose) from err

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as err:
            _show_usage_error(err)
            _exit(err.exit_code)
        except click.ClickException as err:
            err.show()
            _exit(err.exit_code)
        except click.Abort:
            click.echo("Aborted.", err=True)
            _exit(FAILURE_EXIT)
        # Without standalone mode click returns the exit code of `ctx.exit(n)` as the result.
        _exit(result if isinstance(result, int) else 0)


def _exit(code: int) -> NoReturn:
    sys.exit(code)
