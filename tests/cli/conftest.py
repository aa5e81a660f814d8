from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from cli_builders import RunCli, build_database
from click.testing import CliRunner, Result

from parley.cli.main import cli


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh hand-built database per test."""
    return build_database(tmp_path / "parley.db")


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> RunCli:
    """Run `parley ARGS...` in-process; PARLEY_DB is cleared and the cwd is a temp folder."""
    monkeypatch.delenv("PARLEY_DB", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.chdir(tmp_path)

    def run(*args: str | Path, input: str | None = None) -> Result:
        argv: Sequence[str] = [str(arg) for arg in args]
        return CliRunner().invoke(cli, argv, input=input, catch_exceptions=False)

    return run
