"""Mechanism pages: the list, and one mechanism's rounds, gaps, conflicts and commitments."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from ..api.mechanisms import find_mechanism
from ..context import ContextDep

router = APIRouter(include_in_schema=False)


@router.get("/mechanisms", response_class=HTMLResponse)
def mechanisms_page(context: ContextDep, request: Request) -> HTMLResponse:
    with context.store() as store:
        mechanisms = context.snapshot(store).mechanisms
    return context.templates.TemplateResponse(
        request, "mechanisms.html", {"mechanisms": mechanisms}
    )


@router.get("/mechanisms/{key:path}", response_class=HTMLResponse)
def mechanism_page(context: ContextDep, request: Request, key: str) -> HTMLResponse:
    with context.store() as store:
        snapshot = context.snapshot(store)
    mechanism = find_mechanism(snapshot, key)
    if mechanism is None:
        raise HTTPException(404, f"no mechanism matching {key!r}")
    return context.templates.TemplateResponse(
        request,
        "mechanism.html",
        {
            "m": mechanism,
            "labels": {
                event_id: snapshot.by_id[event_id].label
                for event_id in mechanism.open_commitments
                if event_id in snapshot.by_id
            },
        },
    )
