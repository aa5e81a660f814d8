"""Real headless Chromium (Debian `chromium` via Playwright): the analyst's path through the
pages, hostile content staying inert in the live DOM, and screenshots of every page under
test-output/screenshots/."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from live_server import screenshot, serving
from playwright.sync_api import expect
from web_builders import fill_database

from parley.web import create_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = fill_database(tmp_path_factory.mktemp("browser") / "web.db")
    with serving(create_app(db, allow_ingest=True)) as url:
        yield url


def test_timeline_filter_dossier_conflict_and_actor(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    assert page.locator(".event-row").count() == 7
    assert page.locator(".event-row.status-planned").count() == 1
    assert page.locator("figure.chart rect.seg").count() >= 5
    screenshot(page, "timeline")

    page.fill("input[name=actor]", "Patrushev")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/?*actor=Patrushev*")
    assert page.locator(".event-row").count() == 4
    screenshot(page, "timeline-filtered-by-actor")

    page.click("text=Strategic Security Consultation round 18")
    page.wait_for_url("**/events/ev-cnru-18")
    conflict = page.locator("section.conflicts")
    assert "round: 18 — 2 articles; 9 — 1 article" in conflict.inner_text()
    quotes = conflict.locator("blockquote mark").all_inner_texts()
    assert quotes == ["18th round", "18th round", "ninth round"]
    assert page.locator(".sources article.source").count() == 3
    screenshot(page, "event-dossier")

    page.click("a.actor-link:has-text('Nikolai Patrushev')")
    page.wait_for_url("**/actors/nikolai-patrushev")
    assert page.locator("h1").inner_text() == "Nikolai Patrushev"
    assert page.locator("svg.network circle").count() == 2
    screenshot(page, "actor")
    assert page.dialogs == []


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("mechanism", "/mechanisms/cn-ru-strategic-security"),
        ("article", "/articles/beijing-desk-0919"),
        ("search", "/search?q=Beijing"),
        ("actors", "/actors"),
        ("upload", "/upload"),
        ("api-docs", "/api/docs"),
    ],
)
def test_other_pages_render(page: Any, base_url: str, name: str, path: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(base_url + path)
    assert response.status == 200
    assert page.locator("main h1").count() == 1
    screenshot(page, name)
    assert errors == [] and page.dialogs == []


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/events/ev-hostile",
        "/articles/hostile-0101",
        "/actors",
        "/mechanisms",
        "/search?q=London",
        "/actors/person%3Aana%20lopes",
    ],
)
def test_hostile_content_is_inert_in_the_dom(page: Any, base_url: str, path: str) -> None:
    page.goto(base_url + path)
    # Hover and click every link whose text came from the hostile article, to fire handlers.
    for link in page.locator("main a:has-text('pwned')").all()[:5]:
        link.hover()
    injected = page.evaluate(
        """() => {
            const found = [];
            for (const el of document.querySelectorAll('*')) {
                for (const attr of el.attributes) {
                    if (attr.name.startsWith('on')) found.push(el.tagName + ' ' + attr.name);
                    if (/^\\s*javascript:/i.test(attr.value)) found.push(el.tagName + ' href');
                }
            }
            const foreign = 'main img, main iframe, main b, main i, main script';
            for (const el of document.querySelectorAll(foreign)) found.push(el.tagName);
            if (window.__pwned) found.push('ran: ' + window.__pwned);
            return found;
        }"""
    )
    assert injected == []
    assert page.dialogs == []
    if path == "/articles/hostile-0101":
        assert "<script>" in page.locator(".article-text").inner_text()
        screenshot(page, "hostile-article")


def test_upload_form_reports_a_refused_file(page: Any, base_url: str) -> None:
    """The upload form posts to the real endpoint and shows its 4xx message."""
    page.goto(base_url + "/upload")
    page.set_input_files(
        "#files",
        files=[{"name": "note.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4"}],
    )
    page.click("#upload-button")
    page.wait_for_selector("#progress:not([hidden])")
    expect(page.locator("#progress-text")).to_contain_text("only .txt")
    screenshot(page, "upload-refused")
