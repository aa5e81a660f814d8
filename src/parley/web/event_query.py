"""Event filters from query parameters, shared by the timeline page and the events API.

HTML forms send empty strings for untouched fields, so every parameter is read as text, blanks
become None, and bad values raise `UsageError` (the app turns it into a 400 with the message).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, TypeVar

from fastapi import Depends, Query

from parley.errors import UsageError
from parley.models import EventFilter, EventType, Status
from parley.store.date_spans import date_span

_COUNTRY = re.compile(r"^[A-Za-z]{3}$")
MAX_TEXT = 200
E = TypeVar("E", EventType, Status)


def _blank_to_none(value: str | None, name: str) -> str | None:
    if value is None or not value.strip():
        return None
    if len(value) > MAX_TEXT:
        raise UsageError(f"{name} is too long (at most {MAX_TEXT} characters)")
    return value.strip()


def _choice(value: str | None, enum: type[E], name: str) -> E | None:
    text = _blank_to_none(value, name)
    if text is None:
        return None
    for member in enum:
        if text.casefold() == member.value.casefold():
            return member
    allowed = ", ".join(member.value for member in enum)
    raise UsageError(f"{name} must be one of {allowed}, not {text!r}")


def _date(value: str | None, name: str) -> str | None:
    text = _blank_to_none(value, name)
    if text is not None and date_span(text) is None:
        raise UsageError(f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
    return text


def _country(value: str | None) -> str | None:
    text = _blank_to_none(value, "country")
    if text is not None and not _COUNTRY.match(text):
        raise UsageError(f"country must be an ISO 3166-1 alpha-3 code such as NOR, not {text!r}")
    return text.upper() if text else None


@dataclass(frozen=True)
class EventQuery:
    """The filter fields of a request, as typed and as the user wrote them (for the form)."""

    filter: EventFilter
    raw: dict[str, str]

    @property
    def is_empty(self) -> bool:
        return not self.raw


def event_query(
    actor: Annotated[str | None, Query(description="Participant name, key or part of it")] = None,
    country: Annotated[str | None, Query(description="Participant country, ISO alpha-3")] = None,
    type: Annotated[str | None, Query(description="PLOVER type: CONSULT, AGREE, SUPPORT")] = None,
    status: Annotated[
        str | None, Query(description="occurred, planned, hypothetical or negated")
    ] = None,
    date_from: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    mechanism: Annotated[str | None, Query(description="Mechanism key or name, or part")] = None,
    q: Annotated[str | None, Query(description="Words in the topic or quoted sentences")] = None,
) -> EventQuery:
    """FastAPI dependency: the event filter of this request (no paging)."""
    flt = EventFilter(
        actor=_blank_to_none(actor, "actor"),
        country=_country(country),
        type=_choice(type, EventType, "type"),
        status=_choice(status, Status, "status"),
        date_from=_date(date_from, "date_from"),
        date_to=_date(date_to, "date_to"),
        mechanism=_blank_to_none(mechanism, "mechanism"),
        text=_blank_to_none(q, "q"),
    )
    given = {
        "actor": actor,
        "country": country,
        "type": type,
        "status": status,
        "date_from": date_from,
        "date_to": date_to,
        "mechanism": mechanism,
        "q": q,
    }
    raw = {name: value.strip() for name, value in given.items() if value and value.strip()}
    return EventQuery(filter=flt, raw=raw)


EventQueryDep = Annotated[EventQuery, Depends(event_query)]
