"""The article page: its text with every extracted mention highlighted and linked."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from parley.models import Event

from ..context import ContextDep
from ..highlight import Range, Segment, segments
from ..snapshot import event_label

router = APIRouter(include_in_schema=False)


def mention_segments(text: str, article_id: str, events: list[Event]) -> list[Segment]:
    """The article text cut into pieces: sentences linked to their events, words marked."""
    ranges = []
    for event in events:
        for evidence in event.mentions:
            if evidence.article != article_id:
                continue
            ranges.append(Range(evidence.start, evidence.end, event.id))
            if evidence.span_start is not None and evidence.span_end is not None:
                ranges.append(Range(evidence.span_start, evidence.span_end))
    return segments(text, ranges)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(context: ContextDep, request: Request, article_id: str) -> HTMLResponse:
    with context.store() as store:
        article = store.get_article(article_id)
        if article is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        events = store.events_for_article(article_id)
    return context.templates.TemplateResponse(
        request,
        "article.html",
        {
            "article": article,
            "pieces": mention_segments(article.text, article.id, events),
            "events": [{"event": e, "label": event_label(e)} for e in events],
            "numbers": {event.id: index + 1 for index, event in enumerate(events)},
        },
    )
