"""`parley events` (the event list) and `parley show` (one event with all its provenance)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from parley.errors import UsageError
from parley.models import Event, EventFilter, Evidence, FieldValue, Participant, Status

from .filters import event_filter_options
from .output import (
    echo_json,
    events_table,
    location_label,
    mechanism_label,
    participant_label,
    stdout_console,
    support_label,
    text,
)
from .state import db_option, json_option, open_parley

if TYPE_CHECKING:
    from parley.pipeline import Parley


@click.command("events")
@db_option
@json_option
@event_filter_options
def events_command(flt: EventFilter, as_json: bool) -> None:
    """List reconciled events, oldest first (undated events last)."""
    with open_parley() as parley:
        events = parley.events(flt)
        total = parley.count_events(flt)
    if as_json:
        echo_json(events)
        return
    console = stdout_console()
    if not events:
        console.print("No events match." if total == 0 else f"No events shown ({total} match).")
        return
    console.print(events_table(events))
    console.print(Text(f"{len(events)} of {total} events", style="dim"))


@click.command("show")
@click.argument("event_id")
@db_option
@json_option
def show_command(event_id: str, as_json: bool) -> None:
    """Show one event (EVENT_ID or a unique prefix of it) with its evidence and conflicts."""
    with open_parley() as parley:
        event = parley.event(event_id)
        titles = _article_titles(parley, event.articles)
    if as_json:
        echo_json(event)
        return
    print_event(stdout_console(), event, titles)


def _article_titles(parley: Parley, article_ids: list[str]) -> dict[str, str]:
    """`title · outlet · date` for each article id, for people reading the provenance."""
    titles: dict[str, str] = {}
    for article_id in article_ids:
        try:
            article = parley.article(article_id)
        except UsageError:
            continue  # an event may outlive an article removed by hand; show the id alone
        parts = [part for part in (article.title, article.outlet) if part]
        if article.published:
            parts.append(article.published.date().isoformat())
        titles[article_id] = " · ".join(parts)
    return titles


def print_event(console: Console, event: Event, titles: dict[str, str]) -> None:
    """Everything parley knows about one event, conflicts first."""
    console.print(Panel(_summary_table(event), title=Text(f"Event {event.id}"), expand=False))
    if event.conflicts:
        console.print(_conflicts_panel(event))
    console.print(_commitments(event))
    if event.fields:
        console.print(Text("Field support", style="bold"))
        for name, values in sorted(event.fields.items()):
            for value in values:
                console.print(_support_block(name, value))
    console.print(Text("Reported in", style="bold"))
    for article_id in event.articles:
        title = titles.get(article_id)
        console.print(Text(f"  {article_id}" + (f" — {title}" if title else "")))
        for mention in event.mentions:
            if mention.article == article_id:
                console.print(_quote(mention, indent=4))


def _people(people: list[Participant]) -> str:
    return "; ".join(participant_label(p) + (f", {p.office}" if p.office else "") for p in people)


def _summary_table(event: Event) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    kind = event.cameo + (f", {event.mode}" if event.mode else "")
    date = event.date or "unknown"
    if event.date:
        date += f" ({event.date_precision or '?'}; {event.date_basis or 'basis unknown'})"
    if event.date_window:
        date += f", between {event.date_window[0]} and {event.date_window[1]}"
    location = location_label(event.location)
    if event.location is not None:
        location += f" ({event.location.basis})"
    rows = [
        ("type", f"{event.type.value} (CAMEO {kind})"),
        ("status", event.status.value),
        ("date", date),
        ("location", location or "unknown"),
        ("participants", _people(event.participants)),
        ("source", _people(event.source)),
        ("target", _people(event.target)),
        ("mechanism", mechanism_label(event.mechanism)),
        ("topic", event.topic or ""),
        ("articles", ", ".join(event.articles)),
    ]
    for label, value in rows:
        table.add_row(label, text(value))
    return table


def _conflicts_panel(event: Event) -> Panel:
    lines = [
        Text(f"{c.field}: " + " vs ".join(support_label(v) for v in c.values))
        for c in event.conflicts
    ]
    return Panel(
        Group(*lines),
        title=Text("CONFLICTS: the reports disagree", style="bold red"),
        border_style="red",
        expand=False,
    )


def _commitments(event: Event) -> Text:
    parts = []
    if event.promises:
        parts.append("promises " + ", ".join(event.promises))
    if event.fulfils:
        parts.append(f"fulfils {event.fulfils}")
    if event.fulfilled_by:
        parts.append(f"fulfilled by {event.fulfilled_by}")
    elif event.status == Status.PLANNED:
        parts.append("open commitment (no later event fulfils it yet)")
    return Text("Commitments: " + ("; ".join(parts) if parts else "none"))


def _support_block(name: str, value: FieldValue) -> Group:
    shown = "null" if value.value is None else str(value.value)
    how = "inferred" if value.inferred else "stated"
    if value.basis:
        how += f", {value.basis}"
    head = Text(f"  {name} = {shown}  [{how}]  articles: {', '.join(value.articles)}")
    # The same sentence can support a value through several mentions; quote it once.
    unique = {(e.article, e.sentence_index): e for e in value.evidence}
    return Group(head, *(_quote(evidence, indent=6) for evidence in unique.values()))


def _quote(evidence: Evidence, indent: int) -> Text:
    pad = " " * indent
    where = f"{evidence.article}, sentence {evidence.sentence_index}"
    return Text(f"{pad}“{evidence.sentence}” ({where})", style="italic")
