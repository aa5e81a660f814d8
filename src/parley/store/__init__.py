"""Persistence: the only package that speaks SQL.

`open_store(path)` returns a migrated `SQLiteStore`; code that only needs the methods should
depend on the `Store` protocol so a PostgreSQL backend can stand in later.
"""

from __future__ import annotations

from pathlib import Path

from .base import SaveOutcome, Store
from .sqlite import SQLiteStore

__all__ = ["SQLiteStore", "SaveOutcome", "Store", "open_store"]


def open_store(path: str | Path) -> SQLiteStore:
    """Open the database at `path` (created with parent directories if missing), migrated.

    WAL journal, foreign keys on and a busy timeout are set. A corrupt or non-SQLite file, or
    a schema newer than this code knows, raises `StoreError` with a one-line message.
    """
    return SQLiteStore.open(path)
