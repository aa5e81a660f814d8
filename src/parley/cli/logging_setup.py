"""Logging for the command line; the library itself only logs and never configures handlers."""

from __future__ import annotations

import logging

from rich.logging import RichHandler

from .output import stderr_console

# Marks the handler this module installs, so calling `configure_logging` twice replaces it.
_HANDLER_NAME = "parley-cli"


def log_level(verbose: int, quiet: bool) -> int:
    """WARNING by default, INFO with -v, DEBUG with -vv, ERROR with --quiet."""
    if verbose >= 2:
        return logging.DEBUG
    if verbose == 1:
        return logging.INFO
    return logging.ERROR if quiet else logging.WARNING


def configure_logging(verbose: int, quiet: bool) -> None:
    """Send parley's log records to stderr at the level the flags ask for."""
    logger = logging.getLogger("parley")
    for handler in list(logger.handlers):
        if handler.get_name() == _HANDLER_NAME:
            logger.removeHandler(handler)
    handler = RichHandler(console=stderr_console(), show_time=False, show_path=verbose >= 2)
    handler.set_name(_HANDLER_NAME)
    logger.addHandler(handler)
    logger.setLevel(log_level(verbose, quiet))
