"""JSON API: export-shaped events, filters and paging, resources, and clear 4xx errors."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from parley.export import EXPORT_FIELDS


def test_events_have_the_export_keys_and_paging(client: TestClient) -> None:
    body = client.get("/api/events", params={"limit": 2, "offset": 1}).json()
    assert body["total"] == 7
    assert (body["limit"], body["offset"]) == (2, 1)
    assert [e["id"] for e in body["items"]] == ["ev-cnru-16", "ev-cnru-18"]
    assert tuple(body["items"][0]) == EXPORT_FIELDS


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"actor": "lavrov"}, {"ev-tr-ru-0604"}),
        ({"country": "tur"}, {"ev-tr-ru-0604", "ev-tr-support-0604"}),
        ({"type": "SUPPORT"}, {"ev-tr-support-0604"}),
        ({"status": "planned"}, {"ev-cnru-19"}),
        ({"mechanism": "strategic security", "date_from": "2022"}, {"ev-cnru-18", "ev-cnru-19"}),
        ({"date_from": "2020-01", "date_to": "2020-12"}, {"ev-cnru-16"}),
        ({"q": "grain"}, {"ev-tr-ru-0604", "ev-tr-support-0604"}),
        ({"type": "", "actor": " "}, None),  # blank form fields mean "any"
    ],
)
def test_event_filters_match_the_cli_filters(
    client: TestClient, params: dict[str, str], expected: set[str] | None
) -> None:
    body = client.get("/api/events", params=params).json()
    ids = {e["id"] for e in body["items"]}
    assert ids == expected if expected is not None else body["total"] == 7


def test_one_event_by_id_and_prefix(client: TestClient) -> None:
    event = client.get("/api/events/ev-cnru-18").json()
    assert event["mechanism"] == {
        "name": "China-Russia Strategic Security Consultation",
        "round": 18,
    }
    assert event["conflicts"][0]["values"][1] == {"value": 9, "articles": ["harbour-times-0920"]}
    assert client.get("/api/events/ev-tr-s").json()["id"] == "ev-tr-support-0604"


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/events?type=MEET", 400, "type must be one of"),
        ("/api/events?date_from=2024-13-01", 400, "date_from must be a date"),
        ("/api/events?country=Turkey", 400, "alpha-3"),
        ("/api/events?limit=0", 422, "limit"),
        ("/api/events?limit=abc", 422, "limit"),
        ("/api/events?offset=-5", 422, "offset"),
        ("/api/events?limit=100000", 422, "limit"),
        ("/api/events/ev-nothing", 404, "no event"),
        ("/api/events/ev-", 400, "ambiguous"),
        ("/api/actors/nobody-at-all", 404, "no actor"),
        ("/api/mechanisms/none", 404, "no mechanism"),
        ("/api/articles/missing", 404, "no article"),
        ("/api/articles", 422, "q"),
        ("/api/nowhere", 404, "Not Found"),
        ("/api/events?actor=" + "x" * 500, 400, "too long"),
    ],
)
def test_bad_requests_get_clear_json_errors(
    client: TestClient, url: str, status: int, words: str
) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert words in body["error"]
    assert "Traceback" not in response.text


def test_actors_with_offices_and_counterparts(client: TestClient) -> None:
    body = client.get("/api/actors", params={"q": "patrushev"}).json()
    assert body["total"] == 1
    actor = body["items"][0]
    assert actor["offices"][0]["office"] == "Secretary of the Security Council"
    assert actor["counterparts"] == {"wang-yi": 4}
    assert client.get("/api/actors/Sergey Lavrov").json()["key"] == "sergey-lavrov"


def test_mechanisms_with_rounds_gaps_and_commitments(client: TestClient) -> None:
    body = client.get("/api/mechanisms").json()
    mechanism = next(m for m in body["items"] if m["key"] == "cn-ru-strategic-security")
    assert [r["round"] for r in mechanism["rounds"]] == [14, 16, 18, 19]
    assert mechanism["gaps"] == [15, 17]
    assert mechanism["open_commitments"] == ["ev-cnru-19"]
    assert mechanism["rounds"][2]["conflicting_rounds"] == [9]
    same = client.get("/api/mechanisms/China-Russia Strategic Security Consultation").json()
    assert same["key"] == "cn-ru-strategic-security"


def test_articles_search_and_detail(client: TestClient) -> None:
    hits = client.get("/api/articles", params={"q": "ninth round"}).json()["items"]
    assert [h["id"] for h in hits] == ["harbour-times-0920"]
    assert "[ninth]" in hits[0]["snippet"]
    detail = client.get("/api/articles/moscow-wire-0919").json()
    assert detail["events"] == ["ev-cnru-18"]
    assert detail["text"].startswith("MOSCOW, 19 September")


def test_conflicts_list(client: TestClient) -> None:
    body = client.get("/api/conflicts").json()
    assert body["total"] == 2
    assert {(c["event_id"], c["field"]) for c in body["items"]} == {
        ("ev-cnru-18", "mechanism.round"),
        ("ev-hostile", "location"),
    }


def test_openapi_documents_the_endpoints(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    for path in (
        "/api/events",
        "/api/actors",
        "/api/mechanisms",
        "/api/articles",
        "/api/conflicts",
    ):
        assert path in schema["paths"]
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "country", "type", "status", "date_from", "date_to", "mechanism"} <= names
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/api/events/{event_id}" in docs.text
    # Documentation pages never pull scripts from a CDN.
    assert "cdn" not in docs.text.lower()


def test_unexpected_errors_are_500_without_traceback(client: TestClient) -> None:
    client.app.state.web.config = None  # type: ignore[attr-defined]  # break every route
    response = client.get("/api/events")
    assert response.status_code == 500
    assert response.json()["error"].startswith("internal error")
    assert "Traceback" not in response.text and "AttributeError" not in response.text
