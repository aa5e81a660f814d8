"""Untrusted article text and event fields render as inert text on every page (HTML level;
the browser tests check the live DOM too)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

PAGES = [
    "/",
    "/events/ev-hostile",
    "/articles/hostile-0101",
    "/actors",
    "/actors/person:ana lopes",
    "/mechanisms",
    "/search?q=London",
    "/search?q=<script>alert(1)</script>",
    "/?actor=<script>alert(1)</script>",
]
# Markup the fixtures inject, in the raw form that would become live elements or handlers.
INJECTED = re.compile(r"<(script|img|svg|b|i|a)\b[^>]*(window\.__pwned|onerror|onload|onclick|onmouseover|javascript:)", re.I)


@pytest.mark.parametrize("url", PAGES)
def test_no_injected_markup_reaches_the_page(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert not INJECTED.search(response.text)
    assert 'href="javascript:' not in response.text.lower()


def test_hostile_text_is_shown_escaped(client: TestClient) -> None:
    html = client.get("/articles/hostile-0101").text
    assert "&lt;script&gt;window.__pwned = &#34;script&#34;" in html
    # The javascript: URL is shown as text, never used as a link.
    assert "source: <span class=\"url\">javascript:window.__pwned=&#39;url&#39;</span>" in html


def test_hostile_keys_are_quoted_in_links(client: TestClient) -> None:
    html = client.get("/events/ev-hostile").text
    assert 'href="/mechanisms/evil%3Csvg%20onload%3Dalert%287%29%3E"' in html
    assert client.get("/mechanisms/evil%3Csvg%20onload%3Dalert%287%29%3E").status_code == 200
