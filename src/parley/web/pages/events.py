"""The event dossier page."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from ..context import ContextDep
from ..dossier import build_dossier

router = APIRouter(include_in_schema=False)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(context: ContextDep, request: Request, event_id: str) -> HTMLResponse:
    with context.store() as store:
        event = store.get_event(event_id)
        if event is None:
            raise HTTPException(404, f"no event with id {event_id!r}")
        dossier = build_dossier(event, store.get_article, store.get_event)
    return context.templates.TemplateResponse(request, "event.html", {"d": dossier})
