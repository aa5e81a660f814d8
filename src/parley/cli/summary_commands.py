"""`parley actors`, `parley actor`, `parley mechanisms` and `parley conflicts`: summaries."""

from __future__ import annotations

import click
from rich.table import Table
from rich.text import Text

from parley.models import ActorSummary, Conflict, Event, EventFilter, MechanismSummary

from .output import (
    data_table,
    echo_json,
    events_table,
    participants_label,
    stdout_console,
    support_label,
    text,
)
from .state import db_option, json_option, open_parley


@click.command("actors")
@db_option
@json_option
def actors_command(as_json: bool) -> None:
    """List every actor in the events, most events first."""
    with open_parley() as parley:
        actors = parley.actors()
    if as_json:
        echo_json(actors)
        return
    table = data_table()
    for name in ("name", "key", "kind", "country", "offices", "events", "first", "last"):
        table.add_column(name, overflow="fold", justify="right" if name == "events" else "left")
    for actor in actors:
        table.add_row(
            text(actor.name),
            text(actor.key),
            text(actor.kind),
            text(actor.country),
            text("; ".join(office.office for office in actor.offices)),
            text(actor.event_count),
            text(actor.first_date),
            text(actor.last_date),
        )
    stdout_console().print(table if actors else "No actors yet.")


@click.command("actor")
@click.argument("name")
@db_option
@json_option
def actor_command(name: str, as_json: bool) -> None:
    """Show one actor (NAME, key or a unique part of it): offices with sources, and events."""
    with open_parley() as parley:
        actor = parley.actor(name)
        events = parley.events(EventFilter(actor=actor.key))
    if as_json:
        echo_json({"actor": actor, "events": events})
        return
    console = stdout_console()
    console.print(_actor_heading(actor))
    offices = data_table("Offices as the articles give them")
    for column in ("office", "articles", "first", "last"):
        offices.add_column(column, overflow="fold")
    for office in actor.offices:
        offices.add_row(
            text(office.office),
            text(", ".join(office.articles)),
            text(office.first_date),
            text(office.last_date),
        )
    if actor.offices:
        console.print(offices)
    if actor.counterparts:
        shared = ", ".join(f"{key} ({count})" for key, count in actor.counterparts.items())
        console.print(Text(f"Counterparts: {shared}"))
    console.print(events_table(events, title="Events"))


def _actor_heading(actor: ActorSummary) -> Text:
    country = f", {actor.country}" if actor.country else ""
    span = f"{actor.first_date or '?'} to {actor.last_date or '?'}"
    return Text(
        f"{actor.name} ({actor.kind}{country}) key {actor.key}: {actor.event_count} events, {span}",
        style="bold",
    )


@click.command("mechanisms")
@db_option
@json_option
def mechanisms_command(as_json: bool) -> None:
    """List recurring dialogues: rounds over time, gaps, conflicting rounds, open commitments."""
    with open_parley() as parley:
        mechanisms = parley.mechanisms()
    if as_json:
        echo_json(mechanisms)
        return
    console = stdout_console()
    if not mechanisms:
        console.print("No mechanisms yet.")
    for mechanism in mechanisms:
        console.print(_rounds_table(mechanism))
        if mechanism.gaps:
            console.print(Text(f"  missing rounds: {', '.join(map(str, mechanism.gaps))}"))
        if mechanism.open_commitments:
            console.print(
                Text(f"  open commitments: {', '.join(mechanism.open_commitments)}", style="yellow")
            )


def _rounds_table(mechanism: MechanismSummary) -> Table:
    table = data_table(Text(f"{mechanism.name} ({mechanism.key})"))
    for column in ("round", "date", "status", "location", "participants", "event", "conflict"):
        table.add_column(column, overflow="fold", no_wrap=column == "event")
    for entry in mechanism.rounds:
        disputed = ""
        if entry.conflicting_rounds:
            disputed = "! also reported as " + ", ".join(map(str, entry.conflicting_rounds))
        table.add_row(
            text(entry.round if entry.round is not None else "?"),
            text(entry.date),
            text(entry.status.value),
            text(entry.location),
            text(", ".join(entry.participants)),
            text(entry.event_id),
            Text(disputed, style="bold red"),
        )
    return table


@click.command("conflicts")
@db_option
@json_option
def conflicts_command(as_json: bool) -> None:
    """List every field on which the reports of an event disagree, values side by side."""
    with open_parley() as parley:
        conflicts = parley.conflicts()
    if as_json:
        echo_json([_conflict_record(event, conflict) for event, conflict in conflicts])
        return
    if not conflicts:
        stdout_console().print("No conflicts: the reports agree on every reconciled field.")
        return
    stdout_console().print(conflicts_table(conflicts))


def _conflict_record(event: Event, conflict: Conflict) -> dict[str, object]:
    return {
        "event": event.id,
        "type": event.type.value,
        "date": event.date,
        "participants": [person.name for person in event.participants],
        "field": conflict.field,
        "values": conflict.values,
    }


def conflicts_table(conflicts: list[tuple[Event, Conflict]]) -> Table:
    """One row per disputed field: the event, the field and each value with its articles."""
    table = data_table("Conflicts")
    for column in ("event", "date", "participants", "field", "values (articles)"):
        table.add_column(column, overflow="fold", no_wrap=column == "event")
    for event, conflict in conflicts:
        table.add_row(
            text(event.id),
            text(event.date),
            text(participants_label(event.participants)),
            text(conflict.field),
            text(" vs ".join(support_label(value) for value in conflict.values)),
        )
    return table
