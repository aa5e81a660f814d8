"""/api/actors: actors with offices, event counts and counterparts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from parley.models import ActorSummary
from parley.store.summaries import find_actor

from ..context import ContextDep
from ..pagination import API_DEFAULT_LIMIT, Limit, Offset
from .schemas import ActorPage

router = APIRouter(prefix="/api/actors", tags=["actors"])


@router.get("", response_model=ActorPage)
def list_actors(
    context: ContextDep,
    q: Annotated[str | None, Query(max_length=200, description="Part of a name or key")] = None,
    limit: Limit = API_DEFAULT_LIMIT,
    offset: Offset = 0,
) -> ActorPage:
    """Actors, most events first; `q` keeps those whose name or key contains it."""
    with context.store() as store:
        actors = context.snapshot(store).actors
    if q and q.strip():
        wanted = q.strip().casefold()
        actors = [a for a in actors if wanted in a.name.casefold() or wanted in a.key.casefold()]
    return ActorPage(
        total=len(actors), limit=limit, offset=offset, items=actors[offset : offset + limit]
    )


@router.get("/{key:path}", response_model=ActorSummary)
def get_actor(context: ContextDep, key: str) -> ActorSummary:
    """One actor by key or name, or the only actor whose name contains it."""
    with context.store() as store:
        snapshot = context.snapshot(store)
    actor = snapshot.actor_index.get(key) or find_actor(snapshot.actors, key)
    if actor is None:
        raise HTTPException(404, f"no actor matching {key!r}")
    return actor
