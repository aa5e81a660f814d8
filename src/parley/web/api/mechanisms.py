"""/api/mechanisms: recurring dialogues with rounds, gaps and open commitments."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from parley.models import MechanismSummary

from ..context import ContextDep
from ..pagination import API_DEFAULT_LIMIT, Limit, Offset
from ..snapshot import Snapshot
from .schemas import MechanismPage

router = APIRouter(prefix="/api/mechanisms", tags=["mechanisms"])


def find_mechanism(snapshot: Snapshot, key: str) -> MechanismSummary | None:
    """The mechanism with this key, else the one with this name (case-insensitive)."""
    found = snapshot.mechanism_index.get(key)
    if found is not None:
        return found
    wanted = key.strip().casefold()
    for mechanism in snapshot.mechanisms:
        if mechanism.key.casefold() == wanted or mechanism.name.casefold() == wanted:
            return mechanism
    return None


@router.get("", response_model=MechanismPage)
def list_mechanisms(
    context: ContextDep, limit: Limit = API_DEFAULT_LIMIT, offset: Offset = 0
) -> MechanismPage:
    """Mechanisms by name."""
    with context.store() as store:
        mechanisms = context.snapshot(store).mechanisms
    return MechanismPage(
        total=len(mechanisms),
        limit=limit,
        offset=offset,
        items=mechanisms[offset : offset + limit],
    )


@router.get("/{key:path}", response_model=MechanismSummary)
def get_mechanism(context: ContextDep, key: str) -> MechanismSummary:
    """One mechanism by key or name."""
    with context.store() as store:
        mechanism = find_mechanism(context.snapshot(store), key)
    if mechanism is None:
        raise HTTPException(404, f"no mechanism matching {key!r}")
    return mechanism
