"""Rendering helpers shared by the commands: JSON for programs, rich tables for people.

Every value that comes from an article is wrapped in `Text`, so brackets in news text are
never read as rich markup.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from typing import Any

import click
from pydantic import BaseModel
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from parley.models import Event, FieldValue, Location, MechanismRef, Participant

# Shown in the conflict column of event tables.
CONFLICT_MARK = "!"


# Width for output that goes to a file or a pipe: wide enough that rows stay on one line.
PIPE_WIDTH = 200


def stdout_console() -> Console:
    """A console on the current stdout (looked up at call time, so test runners can swap it).

    Rich assumes 80 columns when stdout is not a terminal, which folds every table row over
    many lines in a file or a pager; there the width is `PIPE_WIDTH` unless COLUMNS is set.
    """
    console = Console(highlight=False, soft_wrap=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = PIPE_WIDTH
    return console


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def echo_json(data: Any) -> None:
    """Print `data` (records are dumped in JSON mode) as indented UTF-8 JSON."""
    click.echo(json.dumps(_plain(data), ensure_ascii=False, indent=2))


def _plain(data: Any) -> Any:
    if isinstance(data, BaseModel):
        return data.model_dump(mode="json")
    if isinstance(data, dict):
        return {key: _plain(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [_plain(item) for item in data]
    return data


def text(value: object) -> Text:
    """A table cell for any value; None is an empty cell."""
    return Text("" if value is None else str(value))


def participant_label(person: Participant) -> str:
    return f"{person.name} ({person.country})" if person.country else person.name


def participants_label(people: Sequence[Participant]) -> str:
    return ", ".join(participant_label(person) for person in people)


def location_label(location: Location | None) -> str:
    if location is None:
        return ""
    return f"{location.name} ({location.country})" if location.country else location.name


def mechanism_label(mechanism: MechanismRef | None) -> str:
    if mechanism is None:
        return ""
    if mechanism.round is None:
        return mechanism.name
    return f"{mechanism.name}, round {mechanism.round}"


def conflict_mark(event: Event) -> str:
    """`!2` when the reports disagree on two fields, else empty."""
    return f"{CONFLICT_MARK}{len(event.conflicts)}" if event.conflicts else ""


def date_label(event: Event) -> str:
    return event.date or "?"


def support_label(value: FieldValue) -> str:
    """`8 (a02)`: a value and the articles that give it."""
    shown = "null" if value.value is None else str(value.value)
    return f"{shown} ({', '.join(value.articles)})"


def data_table(title: str | Text | None = None) -> Table:
    """A table in parley's compact style (no outer border, so rows fit narrow terminals)."""
    return Table(
        title=title,
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        padding=(0, 1, 0, 0),
        title_justify="left",
    )


def events_table(events: Iterable[Event], title: str | None = None) -> Table:
    """The event list: one row per event with what a reader scans for first.

    Type and status share a column and the conflict column holds only a mark and a count, so
    a row still reads on an 80-column terminal; `parley show` has the detail.
    """
    table = data_table(title)
    table.add_column("id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type status")
    table.add_column("participants", overflow="fold")
    table.add_column("location", overflow="fold")
    table.add_column("mechanism", overflow="fold")
    table.add_column("art", justify="right", no_wrap=True)
    table.add_column(CONFLICT_MARK, style="bold red", no_wrap=True)
    for event in events:
        table.add_row(
            text(event.id),
            text(date_label(event)),
            text(f"{event.type.value} {event.status.value}"),
            text(participants_label(event.participants)),
            text(location_label(event.location)),
            text(mechanism_label(event.mechanism)),
            text(len(event.articles)),
            text(conflict_mark(event)),
        )
    return table
