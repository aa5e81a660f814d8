"""Untrusted article text and event fields render as inert text on every page (HTML level;
the browser tests check the live DOM too)."""

from __future__ import annotations

from html.parser import HTMLParser

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
# Elements the templates never write: if one appears, untrusted text became markup.
FOREIGN_TAGS = {"img", "b", "i", "iframe", "object", "embed", "base", "form"}


class TagCollector(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def injected_markup(html: str) -> list[str]:
    """Descriptions of elements or attributes that untrusted text could have produced."""
    parser = TagCollector()
    parser.feed(html)
    problems = []
    for tag, attrs in parser.tags:
        if tag in FOREIGN_TAGS and not (tag == "form" and attrs.get("action", "").startswith("/")):
            problems.append(f"<{tag}>")
        if tag == "script" and not (attrs.get("src") or "").startswith("/static/"):
            problems.append("<script> without a local src")
        for name, value in attrs.items():
            if name.startswith("on"):
                problems.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                ("javascript:", "data:text")
            ):
                problems.append(f"<{tag} {name}={value}>")
    return problems


@pytest.mark.parametrize("url", PAGES)
def test_no_injected_markup_reaches_the_page(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert injected_markup(response.text) == []


def test_the_markup_check_catches_injection() -> None:
    assert injected_markup('<p>hi <img src=x onerror="alert(1)"></p>') == [
        "<img>",
        "<img onerror=...>",
    ]
    assert injected_markup('<a href=" JavaScript:alert(1)">x</a>') == [
        "<a href= JavaScript:alert(1)>"
    ]
    assert injected_markup("<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=x</p>") == []


def test_hostile_text_is_shown_escaped(client: TestClient) -> None:
    html = client.get("/articles/hostile-0101").text
    assert "&lt;script&gt;window.__pwned = &#34;script&#34;" in html
    # The javascript: URL is shown as text, never used as a link.
    assert 'source: <span class="url">javascript:window.__pwned=&#39;url&#39;</span>' in html


def test_hostile_keys_are_quoted_in_links(client: TestClient) -> None:
    html = client.get("/events/ev-hostile").text
    assert 'href="/mechanisms/evil%3Csvg%20onload%3Dalert%287%29%3E"' in html
    assert client.get("/mechanisms/evil%3Csvg%20onload%3Dalert%287%29%3E").status_code == 200
