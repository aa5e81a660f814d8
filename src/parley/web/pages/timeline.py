"""The timeline (home page): filtered events, newest page by page, with a monthly chart."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from parley.models import Event, EventFilter, EventType, Status
from parley.store import SQLiteStore

from ..context import ContextDep, WebContext
from ..event_query import EventQueryDep
from ..month_chart import MonthChart, build_month_chart
from ..pagination import PageNumber, Pager
from ..snapshot import Snapshot, event_label, event_month

router = APIRouter(include_in_schema=False)

# Names offered as suggestions in the actor and mechanism filter fields.
SUGGESTIONS = 300


def timeline_chart(
    context: WebContext, store: SQLiteStore, snapshot: Snapshot, flt: EventFilter, total: int
) -> MonthChart | None:
    """The chart for `flt`: from the cache when possible, else from the matching events when
    there are few enough of them; None when a broad name or text filter matches too many."""
    simple = snapshot.simple_filter_events(flt)
    if simple is not None:
        return build_month_chart((d.month, d.type) for d in simple)
    if total > context.config.chart_event_limit:
        return None
    return build_month_chart((event_month(e.date), e.type) for e in store.query_events(flt))


def event_rows(events: list[Event]) -> list[dict[str, object]]:
    return [{"event": event, "label": event_label(event)} for event in events]


@router.get("/", response_class=HTMLResponse)
def timeline(
    context: ContextDep, request: Request, query: EventQueryDep, page: PageNumber = 1
) -> HTMLResponse:
    size = context.config.page_size
    with context.store() as store:
        snapshot = context.snapshot(store)
        total = store.count_events(query.filter)
        pager = Pager(page, size, total, tuple(query.raw.items()))
        events = store.query_events(
            query.filter.model_copy(update={"limit": size, "offset": pager.offset})
        )
        chart = timeline_chart(context, store, snapshot, query.filter, total)
        stats = store.stats()
    return context.templates.TemplateResponse(
        request,
        "timeline.html",
        {
            "rows": event_rows(events),
            "pager": pager,
            "chart": chart,
            "query": query,
            "stats": stats,
            "types": [t.value for t in EventType],
            "statuses": [s.value for s in Status],
            "actor_names": [a.name for a in snapshot.actors[:SUGGESTIONS]],
            "mechanism_names": [m.name for m in snapshot.mechanisms[:SUGGESTIONS]],
        },
    )
