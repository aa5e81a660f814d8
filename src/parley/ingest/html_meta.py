"""Metadata from an HTML head: publication time, site name, canonical URL and title.

We read `<meta>` tags ourselves with the standard library parser because trafilatura reduces
the publication time to a day, and the time of day matters when "yesterday" is resolved
against a report published just after midnight in another time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser

from parley.ingest.timestamps import parse_timestamp

# Most specific first: Open Graph article tags, then schema.org, then the older conventions.
PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "date",
)
OUTLET_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher")
TITLE_KEYS = ("og:title", "twitter:title", "dc.title")
URL_KEYS = ("og:url",)


@dataclass(frozen=True)
class HtmlMetadata:
    """What the page head says; every field may be missing.

    `title` comes from Open Graph / Twitter / Dublin Core tags, `page_title` from `<title>`,
    which usually carries the site name as well ("Talks in Moscow - Example News").
    """

    title: str | None = None
    page_title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: datetime | None = None


def read_html_metadata(html: str) -> HtmlMetadata:
    """Parse the metadata tags of `html` (the whole document is scanned, never executed)."""
    collector = _MetaCollector()
    try:
        collector.feed(html)
        collector.close()
    except AssertionError:  # html.parser gives up on some malformed declarations
        pass
    meta = collector.meta
    published = next(
        (value for key in PUBLISHED_KEYS if (value := _timestamp(meta.get(key)))), None
    )
    return HtmlMetadata(
        title=_first(meta, TITLE_KEYS),
        page_title=collector.title,
        outlet=_first(meta, OUTLET_KEYS),
        url=_first(meta, URL_KEYS) or collector.canonical,
        published=published,
    )


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[key] for key in keys if meta.get(key)), None)


def _timestamp(value: str | None) -> datetime | None:
    return parse_timestamp(value) if value else None


class _MetaCollector(HTMLParser):
    """Collects meta name/property/itemprop -> content, <title> and the canonical link."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title: str | None = None
        self.canonical: str | None = None
        self._in_title = False
        self._title_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "").strip() for name, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop")
            content = values.get("content")
            if key and content:
                self.meta.setdefault(key.lower(), content)
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href") or None
        elif tag == "title" and self.title is None:
            self._in_title = True

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._in_title:
            self._in_title = False
            self.title = " ".join("".join(self._title_parts).split()) or None
