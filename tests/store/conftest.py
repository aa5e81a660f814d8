from __future__ import annotations

from collections.abc import Iterator

import pytest

from parley.store import SQLiteStore, open_store


@pytest.fixture
def store() -> Iterator[SQLiteStore]:
    """A fresh in-memory database per test."""
    with open_store(":memory:") as db:
        yield db
