"""Shared fixtures: the spaCy-backed pieces are loaded once per test session (they are slow)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Any:
    from parley.nlp.entities import add_entity_patterns
    from parley.nlp.model import load_model
    from parley.resolve.entity_names import entity_patterns
    from parley.resolve.knowledge import KnowledgeBase

    model = load_model()
    add_entity_patterns(model, entity_patterns(KnowledgeBase.load()))
    return model


@pytest.fixture(scope="session")
def knowledge() -> Any:
    from parley.resolve.knowledge import KnowledgeBase

    return KnowledgeBase.load()
