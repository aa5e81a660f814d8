"""Acceptance on the five founding articles in ../shared/seeds (skipped when absent)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from parley.pipeline import Parley

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (../shared is absent)")
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with Parley.open(db) as parley:
        report = parley.ingest([str(SEEDS)])
        assert report.ok and report.added == 5
        out = io.StringIO()
        parley.export("jsonl", None, out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def by_counterpart(events: list[dict[str, Any]], name: str) -> dict[str, Any]:
    [event] = [
        e
        for e in events
        if e["type"] == "CONSULT"
        and e["status"] == "occurred"
        and any(p["name"] == name for p in e["participants"])
    ]
    return event


def prefix(articles: list[str]) -> list[str]:
    return sorted(a[:3] for a in articles)


def test_exactly_four_occurred_meetings(exported: list[dict[str, Any]]) -> None:
    occurred = [e for e in exported if e["type"] == "CONSULT" and e["status"] == "occurred"]
    assert len(occurred) == 4
    for event in occurred:
        names = {p["name"]: p["country"] for p in event["participants"]}
        assert names.get("Wang Yi") == "CHN"
        assert len(names) == 2 and all(names.values())


def test_patrushev_consultation(exported: list[dict[str, Any]]) -> None:
    event = by_counterpart(exported, "Nikolai Patrushev")
    assert {p["country"] for p in event["participants"]} == {"CHN", "RUS"}
    assert event["date"] == "2023-09-19"
    assert event["location"]["name"] == "Moscow"
    assert event["mechanism"]["round"] == 18
    assert "strategic security consultation" in event["mechanism"]["name"]
    assert prefix(event["articles"]) == ["000", "001", "003"]
    [conflict] = [c for c in event["conflicts"] if c["field"] == "mechanism.round"]
    values = {v["value"]: prefix(v["articles"]) for v in conflict["values"]}
    assert values == {18: ["000", "003"], 9: ["001"]}


def test_lavrov_meeting(exported: list[dict[str, Any]]) -> None:
    event = by_counterpart(exported, "Sergei Lavrov")
    assert event["date"] == "2023-09-18"
    assert event["location"]["name"] == "Moscow"
    assert prefix(event["articles"]) == ["003", "004"]


def test_shoigu_meeting(exported: list[dict[str, Any]]) -> None:
    event = by_counterpart(exported, "Sergei Shoigu")
    assert event["date"] == "2024-09-10"
    assert event["location"]["name"] in ("St. Petersburg", "Saint Petersburg")
    assert prefix(event["articles"]) == ["002"]


def test_sullivan_meeting_is_not_given_a_date_the_text_lacks(
    exported: list[dict[str, Any]],
) -> None:
    event = by_counterpart(exported, "Jake Sullivan")
    assert {p["country"] for p in event["participants"]} == {"CHN", "USA"}
    assert event["location"]["name"] == "Malta"
    assert event["date"] in (None, "2023-09")
    assert prefix(event["articles"]) == ["003"]


def test_announced_meetings_are_planned(exported: list[dict[str, Any]]) -> None:
    planned = [e for e in exported if e["type"] == "CONSULT" and e["status"] == "planned"]
    stability = [
        e for e in planned if e["mechanism"] and "strategic stability" in e["mechanism"]["name"]
    ]
    assert stability
    kazan = [e for e in planned if e["location"] and e["location"]["name"] == "Kazan"]
    assert kazan and kazan[0]["date"] == "2024-10"
    promising = [e for e in exported if e["type"] == "AGREE" and e["promises"]]
    assert any(stability[0]["id"] in e["promises"] for e in promising)


def test_russian_support_for_china(exported: list[dict[str, Any]]) -> None:
    support = [
        e
        for e in exported
        if e["type"] == "SUPPORT"
        and any(p["country"] == "RUS" for p in e["source"])
        and any(p["country"] == "CHN" for p in e["target"])
    ]
    assert support
    assert all(e["mentions"] and e["mentions"][0]["sentence"] for e in support)
    assert any(len(e["articles"]) >= 2 for e in support)
