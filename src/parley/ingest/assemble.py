"""Build an `Article` from decoded text and the metadata its input carried."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from parley.errors import InputError
from parley.ingest.article_text import read_article_text
from parley.ingest.checks import check_not_blank
from parley.ingest.dateline import Dateline
from parley.ingest.language import judge_english
from parley.ingest.metadata import Fallbacks, Metadata, merge_metadata
from parley.ingest.timestamps import WEEKDAY_PATTERN
from parley.models import Article


def build_article(
    raw_text: str,
    *,
    article_id: str,
    source_path: str,
    fallbacks: Fallbacks,
    explicit: Metadata | None = None,
    html: Metadata | None = None,
    from_html: bool = False,
    truncated: bool = False,
) -> Article:
    """Clean `raw_text`, merge metadata, and check the body is non-empty English.

    `from_html` means the text came from HTML extraction (one paragraph per line);
    `truncated` that the input was cut off, so a partial last sentence is dropped.
    Raises `InputError` when nothing is left after cleaning or the text is not English.
    """
    explicit = explicit or Metadata()
    html = html or Metadata()
    check_not_blank(raw_text)
    known_title = explicit.title or html.title
    body = read_article_text(
        raw_text, known_title=known_title, join_wrapped=not from_html, truncated=truncated
    )
    if not body.text:
        raise InputError("no article text left after removing boilerplate")
    verdict = judge_english(body.text)
    if not verdict.english:
        raise InputError(verdict.reason())
    dateline = body.dateline
    merged = merge_metadata(
        explicit=explicit,
        text=Metadata(title=body.title, published=body.published),
        html=html,
        agency=dateline.agency if dateline else None,
        fallbacks=fallbacks,
    )
    return Article(
        id=article_id,
        text=body.text,
        title=merged.title,
        outlet=merged.outlet,
        url=merged.url,
        published=merged.published,
        published_basis=merged.published_basis,
        dateline_place=dateline.place if dateline else None,
        dateline_date=_dateline_date(
            dateline, body.yearless_stamp if merged.published is None else None
        ),
        dateline_end=_dateline_end(body.text, dateline),
        source_path=source_path,
        content_hash=content_hash(body.text, merged.title, merged.published),
    )


def _dateline_date(dateline: Dateline | None, yearless_stamp: str | None) -> str | None:
    """The day the report is dated by: its dateline's, else the year-less stamp over it; the
    stamp first when it names the weekday and the dateline does not ("Monday 17 July" over
    "Rome, 17 Jul (Agenzia Nova) -"), as the weekday tells the year."""
    written = dateline.date_text if dateline else None
    if yearless_stamp and _WEEKDAY.search(yearless_stamp) and not _WEEKDAY.search(written or ""):
        return yearless_stamp
    return written or yearless_stamp


_WEEKDAY = re.compile(rf"\b(?i:{WEEKDAY_PATTERN})\b")


def _dateline_end(text: str, dateline: Dateline | None) -> int | None:
    """Offset in `text` just past the dateline, which opens the first paragraph."""
    if dateline is None:
        return None
    return len(text) - len(text.lstrip()) + dateline.end


def content_hash(text: str, title: str | None, published: datetime | None) -> str:
    """sha256 over the cleaned text, title and publication time: same content, same hash."""
    stamp = published.isoformat() if published else ""
    payload = "\x1f".join((text, title or "", stamp))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
