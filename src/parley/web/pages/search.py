"""Search over event sentences and topics, and over article text."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from parley.models import EventFilter

from ..context import ContextDep
from ..highlight import bracket_snippet
from ..snapshot import event_label

router = APIRouter(include_in_schema=False)
RESULTS = 50


@router.get("/search", response_class=HTMLResponse)
def search_page(
    context: ContextDep,
    request: Request,
    q: Annotated[str | None, Query(max_length=200)] = None,
) -> HTMLResponse:
    text = (q or "").strip()
    events: list[dict[str, object]] = []
    articles: list[dict[str, object]] = []
    total = 0
    if text:
        flt = EventFilter(text=text)
        with context.store() as store:
            total = store.count_events(flt)
            found = store.query_events(flt.model_copy(update={"limit": RESULTS}))
            events = [{"event": e, "label": event_label(e)} for e in found]
            articles = [
                {"id": article_id, "segments": bracket_snippet(snippet)}
                for article_id, snippet in store.search_articles(text, limit=RESULTS)
            ]
    return context.templates.TemplateResponse(
        request,
        "search.html",
        {"q": text, "events": events, "event_total": total, "articles": articles},
    )
