"""The acceptance path on the seed articles: ingest ../shared/seeds with the full pipeline,
then open the timeline, filter by actor, open the 18th-round consultation's dossier, see the
round conflict with both quotes, and follow a participant to the actor page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from live_server import screenshot, serving

from parley.web import create_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def seeds_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is missing: the seed articles live beside the repository")
    from parley.pipeline import Parley

    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with Parley.open(db) as parley:
        report = parley.ingest([str(SEEDS)])
    assert report.added > 0 and report.events > 0
    with serving(create_app(db)) as url:
        yield url


def test_seed_round_conflict_from_timeline_to_actor(page: Any, seeds_url: str) -> None:
    page.goto(seeds_url + "/")
    assert page.locator(".event-row").count() > 0
    screenshot(page, "seeds-timeline")

    page.fill("input[name=actor]", "Patrushev")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**actor=Patrushev*")
    rows = page.locator(".event-row")
    assert rows.count() > 0
    assert all("Patrushev" in text for text in rows.all_inner_texts())
    screenshot(page, "seeds-timeline-patrushev")

    page.locator(".event-row a.title", has_text="round 18").first.click()
    page.wait_for_url("**/events/*")
    conflict = page.locator("section.conflicts")
    summary = conflict.locator(".conflict-summary").first.inner_text()
    assert summary.startswith("round: 18 — ")
    assert conflict.locator(".conflict-value").count() >= 2
    # Both sides of the disagreement are quoted from their articles.
    for value in conflict.locator(".conflict-value").all():
        assert value.locator("blockquote").count() >= 1
    screenshot(page, "seeds-event-dossier")

    page.locator("a.actor-link", has_text="Patrushev").first.click()
    page.wait_for_url("**/actors/*")
    assert "Patrushev" in page.locator("h1").inner_text()
    assert page.locator("svg.network circle").count() >= 2
    screenshot(page, "seeds-actor")
    assert page.dialogs == []
