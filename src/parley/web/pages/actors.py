"""Actor pages: the list of actors, and one actor's offices, meetings and counterparts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from parley.store.summaries import find_actor

from ..context import ContextDep
from ..counterpart_graph import build_counterpart_graph
from ..month_chart import build_month_chart
from ..pagination import PageNumber, Pager

router = APIRouter(include_in_schema=False)
ACTORS_PER_PAGE = 100


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    context: ContextDep,
    request: Request,
    q: Annotated[str | None, Query(max_length=200)] = None,
    page: PageNumber = 1,
) -> HTMLResponse:
    with context.store() as store:
        actors = context.snapshot(store).actors
    wanted = (q or "").strip().casefold()
    if wanted:
        actors = [a for a in actors if wanted in a.name.casefold() or wanted in a.key.casefold()]
    pager = Pager(page, ACTORS_PER_PAGE, len(actors), (("q", q),) if wanted and q else ())
    shown = actors[pager.offset : pager.offset + ACTORS_PER_PAGE]
    return context.templates.TemplateResponse(
        request, "actors.html", {"actors": shown, "pager": pager, "q": q or ""}
    )


@router.get("/actors/{key:path}", response_class=HTMLResponse)
def actor_page(
    context: ContextDep, request: Request, key: str, page: PageNumber = 1
) -> HTMLResponse:
    with context.store() as store:
        snapshot = context.snapshot(store)
    actor = snapshot.actor_index.get(key) or find_actor(snapshot.actors, key)
    if actor is None:
        raise HTTPException(404, f"no actor matching {key!r}")
    events = snapshot.events_by_actor.get(actor.key, [])
    pager = Pager(page, context.config.page_size, len(events))
    return context.templates.TemplateResponse(
        request,
        "actor.html",
        {
            "actor": actor,
            "chart": build_month_chart((d.month, d.type) for d in events),
            "graph": build_counterpart_graph(actor, snapshot.actor_index),
            "events": events[pager.offset : pager.offset + pager.size],
            "pager": pager,
            "names": {
                k: snapshot.actor_index[k].name
                for k in actor.counterparts
                if k in snapshot.actor_index
            },
        },
    )
