"""Export reconciled events as JSON Lines (the documented contract), CSV or Parquet."""

from __future__ import annotations

from .atomic import FORMATS, ExportFormat, export_events
from .csv_table import write_csv
from .jsonl import write_jsonl
from .parquet_table import write_parquet
from .record import EXPORT_FIELDS, event_record

__all__ = [
    "EXPORT_FIELDS",
    "FORMATS",
    "ExportFormat",
    "event_record",
    "export_events",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
