"""First and last day covered by an ISO date prefix (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`)."""

from __future__ import annotations

import calendar
import re
from datetime import date

_ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_span(iso: str) -> tuple[str, str] | None:
    """Return the first and last day `iso` covers as `YYYY-MM-DD`, or None if it is malformed.

    "2023-09" covers 2023-09-01..2023-09-30 and "2023" covers the whole year, so filters can
    treat a partial date as the interval it names.
    """
    match = _ISO_PREFIX.match(iso.strip())
    if match is None:
        return None
    year = int(match[1])
    month = int(match[2]) if match[2] else None
    day = int(match[3]) if match[3] else None
    try:
        if month is None:
            return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1).isoformat(), date(year, month, last).isoformat()
        single = date(year, month, day).isoformat()
    except ValueError:
        return None
    return single, single
