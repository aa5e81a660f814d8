"""Rendering helpers shared by the commands: JSON for programs, rich tables for people.

Every value that comes from an article is wrapped in `Text`, so brackets in news text are
never read as rich markup.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import click
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
from rich.text import Text

from parley.models import Event, FieldValue, Location, MechanismRef, Participant

# Shown in the conflict column of event tables.
CONFLICT_MARK = "!"


def stdout_console() -> Console:
    """A console on the current stdout (looked up at call time, so test runners can swap it)."""
    return Console(highlight=False, soft_wrap=False)


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


def conflict_label(event: Event) -> str:
    """`! date, location` when the reports disagree on those fields, else empty."""
    if not event.conflicts:
        return ""
    return f"{CONFLICT_MARK} " + ", ".join(conflict.field for conflict in event.conflicts)


def date_label(event: Event) -> str:
    return event.date or "?"


def support_label(value: FieldValue) -> str:
    """`8 (a02)`: a value and the articles that give it."""
    shown = "null" if value.value is None else str(value.value)
    return f"{shown} ({', '.join(value.articles)})"


def events_table(events: Iterable[Event], title: str | None = None) -> Table:
    """The event list: one row per event with what a reader scans for first."""
    table = Table(title=title, show_lines=False)
    table.add_column("id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("participants", overflow="fold")
    table.add_column("location", overflow="fold")
    table.add_column("mechanism", overflow="fold")
    table.add_column("#art", justify="right")
    table.add_column("conflicts", style="bold red", overflow="fold")
    for event in events:
        table.add_row(
            text(event.id),
            text(date_label(event)),
            text(event.type.value),
            text(event.status.value),
            text(participants_label(event.participants)),
            text(location_label(event.location)),
            text(mechanism_label(event.mechanism)),
            text(len(event.articles)),
            text(conflict_label(event)),
        )
    return table
