"""Fixtures for the web tests: a filled database per test and a client over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_builders import fill_database

from parley.web import create_app


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return fill_database(tmp_path / "web.db")


@pytest.fixture
def client(db_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db_path), raise_server_exceptions=False) as test_client:
        yield test_client
