"""Translate an `EventFilter` into a WHERE clause with bound parameters.

Only portable SQL is used (`LIKE ... ESCAPE`, `EXISTS`, string comparison), with `?` as the
placeholder; matching is case-insensitive because both sides are case-folded in Python.
"""

from __future__ import annotations

from parley.errors import UsageError
from parley.models import EventFilter

from .columns import fold
from .date_spans import date_span


def like_pattern(text: str) -> str:
    r"""A `LIKE ... ESCAPE '\'` pattern matching `text` anywhere, with wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _bound_span(value: str, name: str) -> tuple[str, str]:
    span = date_span(value)
    if span is None:
        raise UsageError(f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return span


def event_where(flt: EventFilter) -> tuple[str, list[object]]:
    """Return `(where_sql, params)` for `flt` over table `events` (limit/offset are not included).

    `where_sql` is empty when the filter selects everything, otherwise it starts with `WHERE`.
    """
    clauses: list[str] = []
    params: list[object] = []
    if flt.actor:
        pattern = like_pattern(fold(flt.actor))
        clauses.append(
            "EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = events.id AND "
            "(p.name_fold LIKE ? ESCAPE '\\' OR p.key_fold LIKE ? ESCAPE '\\' OR p.kb_id = ?))"
        )
        params += [pattern, pattern, flt.actor]
    if flt.country:
        # An IN over the country index: SQLite plans a correlated EXISTS here as one index
        # probe per event, which takes seconds at 10,000 events.
        clauses.append(
            "events.id IN (SELECT p.event_id FROM event_participants p WHERE p.country = ?)"
        )
        params.append(flt.country.upper())
    if flt.type is not None:
        clauses.append("events.type = ?")
        params.append(flt.type.value)
    if flt.status is not None:
        clauses.append("events.status = ?")
        params.append(flt.status.value)
    # A partial date is the interval it names; it matches when that interval overlaps the bounds.
    if flt.date_from:
        clauses.append("events.date_end >= ?")
        params.append(_bound_span(flt.date_from, "date_from")[0])
    if flt.date_to:
        clauses.append("events.date_start <= ?")
        params.append(_bound_span(flt.date_to, "date_to")[1])
    if flt.mechanism:
        clauses.append("events.mechanism_fold LIKE ? ESCAPE '\\'")
        params.append(like_pattern(fold(flt.mechanism)))
    if flt.text:
        clauses.append(
            "EXISTS (SELECT 1 FROM event_texts t "
            "WHERE t.event_id = events.id AND t.text_fold LIKE ? ESCAPE '\\')"
        )
        params.append(like_pattern(fold(flt.text)))
    if not clauses:
        return "", params
    return "WHERE " + " AND ".join(clauses), params


def check_page(flt: EventFilter) -> None:
    """Reject negative pagination values with a message for the user."""
    if flt.limit is not None and flt.limit < 0:
        raise UsageError(f"limit must be zero or more, not {flt.limit}")
    if flt.offset < 0:
        raise UsageError(f"offset must be zero or more, not {flt.offset}")
