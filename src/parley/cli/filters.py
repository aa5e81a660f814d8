"""Event filter options shared by `parley events` and `parley export`, and their date type."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date
from typing import Any

import click

from parley.models import EventFilter, EventType, Status

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class PartialDate(click.ParamType[str]):
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked against the calendar; kept as text."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        raw = str(value).strip()
        match = _PARTIAL_DATE.match(raw)
        try:
            if match is None:
                raise ValueError
            year, month, day = (int(part) if part else 1 for part in match.groups())
            date(year, month, day)
        except ValueError:
            self.fail(f"{value!r} is not a date as YYYY, YYYY-MM or YYYY-MM-DD", param, ctx)
        return raw


_FILTER_OPTIONS = (
    click.option("--actor", help="Participant name or actor key (substring, any case)."),
    click.option("--country", metavar="ISO3", help="A participant's country (ISO 3166 alpha-3)."),
    click.option(
        "--type",
        "event_type",
        type=click.Choice([t.value for t in EventType], case_sensitive=False),
        help="Event type.",
    ),
    click.option(
        "--status",
        type=click.Choice([s.value for s in Status], case_sensitive=False),
        help="Event status.",
    ),
    click.option("--from", "date_from", type=PartialDate(), help="Events on or after this date."),
    click.option("--to", "date_to", type=PartialDate(), help="Events on or before this date."),
    click.option("--mechanism", help="Mechanism name or key (substring, any case)."),
    click.option("--text", help="Words in the sentences that report the event."),
    click.option("--limit", type=click.IntRange(min=0), help="At most this many events."),
)


def event_filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the filter options to `command` and pass it one `flt: EventFilter` instead."""

    @functools.wraps(command)
    def with_filter(
        *args: Any,
        actor: str | None,
        country: str | None,
        event_type: str | None,
        status: str | None,
        date_from: str | None,
        date_to: str | None,
        mechanism: str | None,
        text: str | None,
        limit: int | None,
        **kwargs: Any,
    ) -> Any:
        flt = EventFilter(
            actor=actor,
            country=country.upper() if country else None,
            type=EventType(event_type.upper()) if event_type else None,
            status=Status(status.lower()) if status else None,
            date_from=date_from,
            date_to=date_to,
            mechanism=mechanism,
            text=text,
            limit=limit,
        )
        return command(*args, flt=flt, **kwargs)

    decorated: Callable[..., Any] = with_filter
    for option in reversed(_FILTER_OPTIONS):
        decorated = option(decorated)
    return decorated
