"""Shared helpers for ingest tests: a realistic article text and a run helper."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from parley.ingest import iter_inputs
from parley.models import Article, IngestFailure
from parley.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures"

ENGLISH_REPORT = (
    "MOSCOW, Sept 18 (Reuters) - Russian Foreign Minister Sergei Lavrov met his Chinese "
    "counterpart Wang Yi in Moscow on Monday, and the two discussed the situation in the region, "
    "the ministry said in a statement.\n\n"
    "Lavrov said the talks had been useful and that both sides would keep in close contact "
    "ahead of a summit later this year."
)


def ingest(
    paths: Sequence[str | Path], settings: Settings | None = None
) -> list[Article | IngestFailure]:
    """Run the whole ingest stage over `paths` and collect what it yields."""
    return list(iter_inputs([str(p) for p in paths], settings=settings or Settings()))


def only_article(items: list[Article | IngestFailure]) -> Article:
    assert len(items) == 1, items
    item = items[0]
    assert isinstance(item, Article), item
    return item


def only_failure(items: list[Article | IngestFailure]) -> IngestFailure:
    assert len(items) == 1, items
    item = items[0]
    assert isinstance(item, IngestFailure), item
    assert "\n" not in item.reason
    return item
