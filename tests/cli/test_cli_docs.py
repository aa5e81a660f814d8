"""README.md documents every command and every option of the CLI (fails when one is missing)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from parley.cli.main import cli

README = Path(__file__).resolve().parents[2] / "README.md"


def _cli_reference() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"^## CLI reference$(.*?)^## ", text, re.MULTILINE | re.DOTALL)
    assert match, "README.md has no '## CLI reference' section"
    return match.group(1)


def _section(reference: str, name: str) -> str:
    match = re.search(
        rf"^### `parley {name}\b[^`]*`$(.*?)(?=^### |\Z)", reference, re.MULTILINE | re.DOTALL
    )
    assert match, f"command 'parley {name}' is not documented in README.md's CLI reference"
    return match.group(1)


def _documents(text: str, option: str) -> bool:
    # The option in backticks, alone or followed by its value ("`--db PATH`").
    return re.search(rf"`{re.escape(option)}[` ]", text) is not None


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_and_option_is_documented(name: str):
    section = _section(_cli_reference(), name)
    command = cli.commands[name]
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            long_name = max(param.opts, key=len)
            assert _documents(section, long_name), f"parley {name} {long_name} is not documented"


def test_every_global_option_is_documented():
    reference = _cli_reference()
    for param in cli.params:
        if isinstance(param, click.Option):
            assert _documents(reference, max(param.opts, key=len))
