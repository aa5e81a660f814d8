"""JSON Lines: one export record per line, UTF-8 kept as is."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from parley.models import Event

from .record import event_record


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    """Write one JSON object per event to `out`; returns how many were written."""
    count = 0
    for event in events:
        out.write(json.dumps(event_record(event), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
