"""/api/events: filtered, paged events in the JSON Lines export shape."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from parley.export import event_record

from ..context import ContextDep
from ..event_query import EventQueryDep
from ..pagination import API_DEFAULT_LIMIT, Limit, Offset
from .schemas import EventPage

router = APIRouter(prefix="/api/events", tags=["events"])


@router.get("", response_model=EventPage)
def list_events(
    context: ContextDep,
    query: EventQueryDep,
    limit: Limit = API_DEFAULT_LIMIT,
    offset: Offset = 0,
) -> EventPage:
    """Events matching the filters (the same as `parley events`), by date then id."""
    paged = query.filter.model_copy(update={"limit": limit, "offset": offset})
    with context.store() as store:
        total = store.count_events(query.filter)
        events = store.query_events(paged)
    return EventPage(
        total=total, limit=limit, offset=offset, items=[event_record(e) for e in events]
    )


@router.get("/{event_id}")
def get_event(context: ContextDep, event_id: str) -> dict[str, Any]:
    """One event by id (or unique id prefix), as its export record."""
    with context.store() as store:
        event = store.get_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return event_record(event)
