"""Gold records in the form `benchmarks/score.py` reads, for the benchmark tests."""

from __future__ import annotations

from typing import Any


def gold_event(key: str, parts: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    """A required occurred CONSULT gold event; `extra` overrides any field."""
    event: dict[str, Any] = {
        "key": key,
        "type": "CONSULT",
        "status": "occurred",
        "date": None,
        "date_window": None,
        "location": None,
        "participants": parts,
        "mechanism_round": None,
        "articles": [],
        "conflicts": [],
    }
    event.update(extra)
    return event
