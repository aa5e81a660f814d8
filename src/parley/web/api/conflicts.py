"""/api/conflicts: every field on which sources disagree, with the articles behind each value."""

from __future__ import annotations

from fastapi import APIRouter

from ..context import ContextDep
from ..pagination import API_DEFAULT_LIMIT, Limit, Offset
from .schemas import ConflictItem, ConflictPage

router = APIRouter(prefix="/api/conflicts", tags=["conflicts"])


@router.get("", response_model=ConflictPage)
def list_conflicts(
    context: ContextDep, limit: Limit = API_DEFAULT_LIMIT, offset: Offset = 0
) -> ConflictPage:
    """Conflicts by event date then id."""
    with context.store() as store:
        conflicts = store.list_conflicts()
    items = [
        ConflictItem(
            event_id=event.id,
            event_date=event.date,
            field=conflict.field,
            values=[{"value": v.value, "articles": list(v.articles)} for v in conflict.values],
        )
        for event, conflict in conflicts[offset : offset + limit]
    ]
    return ConflictPage(total=len(conflicts), limit=limit, offset=offset, items=items)
