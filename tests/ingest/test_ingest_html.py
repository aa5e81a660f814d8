"""HTML extraction: main text only, nav-only pages and truncated pages handled honestly."""

from __future__ import annotations

from pathlib import Path

from ingest_helpers import ingest, only_article, only_failure

from parley.ingest.html import extract_html, has_prose, is_truncated_html
from parley.ingest.html_meta import read_html_metadata

PARAGRAPHS = [
    "NEW DELHI: External Affairs Minister S. Jaishankar held talks with his Australian "
    "counterpart in New Delhi on Friday, the ministry said in a statement.",
    "The two ministers reviewed defence and trade cooperation and agreed to hold the next "
    "round of their strategic dialogue in Canberra early next year.",
    "Officials from both sides said the discussions had been detailed and constructive, and "
    "that working groups would meet before the end of the month.",
]
HEAD = (
    "<head><title>Jaishankar hosts Australian minister | Harbour Times</title>"
    '<meta property="og:site_name" content="Harbour Times">'
    '<link rel="canonical" href="https://harbour.example.net/a/123">'
    '<meta name="pubdate" content="Sep 15, 2023 18:40 IST"></head>'
)
NAV = '<nav><a href="/">Home</a> <a href="/india">India</a> <a href="/world">World</a></nav>'


def page(body: str, *, closed: bool = True) -> str:
    document = f"<!DOCTYPE html><html>{HEAD}<body>{NAV}<article>{body}</article>"
    return document + "</body></html>" if closed else document


def test_html_metadata_from_head() -> None:
    meta = read_html_metadata(page("<p>x</p>"))
    assert meta.outlet == "Harbour Times"
    assert meta.url == "https://harbour.example.net/a/123"
    assert meta.page_title == "Jaishankar hosts Australian minister | Harbour Times"
    assert meta.published is not None and meta.published.isoformat() == "2023-09-15T18:40:00+05:30"


def test_html_paragraphs_become_paragraphs(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS)))
    article = only_article(ingest([tmp_path / "p.html"]))
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert article.dateline_place == "New Delhi"
    assert article.outlet == "Harbour Times"
    assert article.published_basis == "html"


def test_nav_only_html_is_a_failure(tmp_path: Path) -> None:
    nav_only = (
        f"<html>{HEAD}<body>{NAV}<ul><li><a href='/a'>Politics</a></li>"
        "<li><a href='/b'>Business</a></li><li><a href='/c'>Sport</a></li></ul>"
        "<footer><a href='/about'>About us</a> <a href='/contact'>Contact</a></footer>"
        "</body></html>"
    )
    (tmp_path / "nav.html").write_text(nav_only)
    failure = only_failure(ingest([tmp_path / "nav.html"]))
    assert failure.reason == "no article text found in HTML"


def test_truncated_html_keeps_complete_sentences_only(tmp_path: Path) -> None:
    cut = PARAGRAPHS[2][:60]  # stops mid-sentence, and the document never closes
    html = page(f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{cut}", closed=False)
    assert is_truncated_html(html)
    (tmp_path / "cut.html").write_text(html)
    article = only_article(ingest([tmp_path / "cut.html"]))
    assert article.text == f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}"


def test_truncated_html_with_no_complete_sentence_is_a_failure(tmp_path: Path) -> None:
    html = page(f"<p>{PARAGRAPHS[0][:70]}", closed=False)
    (tmp_path / "cut.html").write_text(html)
    failure = only_failure(ingest([tmp_path / "cut.html"]))
    assert failure.reason == "truncated HTML: no complete sentence of article text"


def test_complete_html_is_not_trimmed() -> None:
    html = page("".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert not is_truncated_html(html)
    assert not extract_html(html).truncated


def test_has_prose() -> None:
    assert has_prose("Home\nWorld\n" + PARAGRAPHS[0])
    assert not has_prose("Home\nWorld\nBusiness\nAbout us\nContact")
