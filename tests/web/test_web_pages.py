"""Server-rendered pages: each resource renders, filters apply, errors are pages not traces."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def test_timeline_lists_events_with_chart_planned_and_conflict_marks(client: TestClient) -> None:
    html = client.get("/").text
    assert "Showing 1–7 of 7 events" in html
    assert '<figure class="chart">' in html and "seg type-CONSULT" in html
    assert 'class="event-row status-planned' in html
    assert html.count('class="conflict-mark"') == 2


def test_timeline_filter_by_actor_narrows_list_and_chart(client: TestClient) -> None:
    html = client.get("/", params={"actor": "Lavrov"}).text
    assert "Showing 1–1 of 1 event" in html
    assert "Hakan Fidan, Sergey Lavrov" in html and "Patrushev" not in html.split("<ol")[1]
    assert 'value="Lavrov"' in html


def test_timeline_pages_keep_the_filters(client: TestClient) -> None:
    client.app.state.web.config = client.app.state.web.config.__class__(  # type: ignore[attr-defined]
        db_path=client.app.state.web.config.db_path,
        page_size=2,  # type: ignore[attr-defined]
    )
    html = client.get("/", params={"mechanism": "strategic", "page": 2}).text
    assert "Showing 3–4 of 4 events" in html
    assert 'href="?mechanism=strategic&amp;page=1"' in html


def test_dossier_shows_conflict_quotes_fields_and_commitments(client: TestClient) -> None:
    html = client.get("/events/ev-cnru-18").text
    assert "round: 18 — 2 articles; 9 — 1 article" in html
    assert "<mark>18th round</mark>" in html and "<mark>ninth round</mark>" in html
    assert "Director of the Office of the Central Foreign Affairs Commission" in html
    assert 'href="/actors/nikolai-patrushev"' in html
    assert "This event promised" in html and 'href="/events/ev-cnru-19"' in html
    for title in ("China and Russia hold security talks", "Security consultations in Beijing"):
        assert title in html


def test_actor_page_offices_network_and_meetings(client: TestClient) -> None:
    html = client.get("/actors/nikolai-patrushev").text
    assert "Secretary of the Security Council" in html
    assert '<svg class="network"' in html and 'href="/actors/wang-yi"' in html
    assert html.count('class="event-row') == 4


def test_mechanism_page_rounds_gaps_conflicts_commitments(client: TestClient) -> None:
    html = client.get("/mechanisms/cn-ru-strategic-security").text
    assert "Rounds missing from the record: 15, 17" in html
    assert "also reported as 9" in html
    assert 'href="/events/ev-cnru-19"' in html


def test_article_page_links_mentions_to_events(client: TestClient) -> None:
    html = client.get("/articles/harbour-times-0920").text
    assert 'class="mention" href="/events/ev-cnru-18"' in html
    assert 'class="mention marked" href="/events/ev-cnru-18"' in html


def test_search_finds_events_and_articles(client: TestClient) -> None:
    html = client.get("/search", params={"q": "grain"}).text
    assert "Fidan" in html and 'href="/articles/ankara-post-0604"' in html
    assert "<mark>grain</mark>" in html


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/events/nothing", 404),
        ("/actors/nobody", 404),
        ("/?date_from=soon", 400),
        ("/?page=0", 400),
        ("/upload", 403),
        ("/mechanisms/none", 404),
    ],
)
def test_page_errors_are_html_pages(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert "Traceback" not in response.text and 'class="error-message"' in response.text


def test_security_headers_forbid_inline_script(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
