"""Parquet: the export records with nested columns, written in row batches.

Parquet columns need one type, so field values that may be a string or a number (`value` in
`conflicts` and `support`) are stored as strings, and `support` is a map from field name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from parley.models import Event

from .record import event_record

BATCH_ROWS = 1024

_PERSON = pa.struct([("name", pa.string()), ("country", pa.string()), ("office", pa.string())])
_ARTICLES = pa.list_(pa.string())

SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("type", pa.string()),
        ("cameo", pa.string()),
        ("mode", pa.string()),
        ("status", pa.string()),
        ("date", pa.string()),
        ("date_precision", pa.string()),
        ("date_basis", pa.string()),
        ("date_window", pa.list_(pa.string())),
        ("location", pa.struct([("name", pa.string()), ("country", pa.string())])),
        ("participants", pa.list_(_PERSON)),
        ("source", pa.list_(_PERSON)),
        ("target", pa.list_(_PERSON)),
        ("mechanism", pa.struct([("name", pa.string()), ("round", pa.int64())])),
        ("topic", pa.string()),
        ("articles", _ARTICLES),
        (
            "mentions",
            pa.list_(
                pa.struct(
                    [
                        ("article", pa.string()),
                        ("sentence_index", pa.int64()),
                        ("sentence", pa.string()),
                        ("start", pa.int64()),
                        ("end", pa.int64()),
                    ]
                )
            ),
        ),
        (
            "conflicts",
            pa.list_(
                pa.struct(
                    [
                        ("field", pa.string()),
                        (
                            "values",
                            pa.list_(pa.struct([("value", pa.string()), ("articles", _ARTICLES)])),
                        ),
                    ]
                )
            ),
        ),
        (
            "support",
            pa.map_(
                pa.string(),
                pa.list_(
                    pa.struct(
                        [
                            ("value", pa.string()),
                            ("articles", _ARTICLES),
                            ("inferred", pa.bool_()),
                            ("basis", pa.string()),
                        ]
                    )
                ),
            ),
        ),
        ("promises", _ARTICLES),
        ("fulfils", pa.string()),
        ("fulfilled_by", pa.string()),
    ]
)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _with_text_values(items: object) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    if isinstance(items, list):
        for item in items:
            rows.append({**item, "value": _text(item["value"])})
    return rows


def parquet_row(event: Event) -> dict[str, object]:
    """The export record with `value`s as strings, ready for `SCHEMA`."""
    record = event_record(event)
    conflicts = record["conflicts"]
    if isinstance(conflicts, list):
        record["conflicts"] = [
            {**conflict, "values": _with_text_values(conflict["values"])} for conflict in conflicts
        ]
    support = record["support"]
    if isinstance(support, dict):
        record["support"] = {field: _with_text_values(values) for field, values in support.items()}
    return record


def _batches(events: Iterable[Event]) -> Iterator[list[dict[str, object]]]:
    rows = (parquet_row(event) for event in events)
    while batch := list(islice(rows, BATCH_ROWS)):
        yield batch


def write_parquet(events: Iterable[Event], path: Path) -> int:
    """Write the events to a Parquet file at `path` in row batches; returns how many."""
    count = 0
    with pq.ParquetWriter(str(path), SCHEMA) as writer:
        for batch in _batches(events):
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=SCHEMA))
            count += len(batch)
    return count
