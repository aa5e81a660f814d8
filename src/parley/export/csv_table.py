"""CSV: one row per event with the export keys as columns.

Columns holding lists of ids are joined with "; "; columns holding objects (or lists of
objects) hold their JSON text, so nothing is lost and every column has one fixed encoding.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from parley.models import Event

from .record import EXPORT_FIELDS, event_record

LIST_SEPARATOR = "; "
JOINED_COLUMNS = frozenset({"articles", "promises"})


def _cell(column: str, value: object) -> str:
    if value is None:
        return ""
    if column in JOINED_COLUMNS and isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_csv(events: Iterable[Event], out: TextIO) -> int:
    """Write a header and one row per event to `out`; returns how many rows were written.

    Open files with `newline=""` as the csv module asks; rows end with "\\n".
    """
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_FIELDS)
    count = 0
    for event in events:
        record = event_record(event)
        writer.writerow([_cell(column, record[column]) for column in EXPORT_FIELDS])
        count += 1
    return count
