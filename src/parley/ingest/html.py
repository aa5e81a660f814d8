"""HTML pages: main text with trafilatura, metadata from the head, truncation detected.

trafilatura drops navigation, comments and boilerplate blocks; the text it returns has one
paragraph per line and then goes through the same cleaning as plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import trafilatura

from parley.errors import InputError
from parley.ingest.html_meta import HtmlMetadata, read_html_metadata
from parley.ingest.timestamps import parse_timestamp

# A page yields an article only if some paragraph is a real sentence of this many words.
MIN_SENTENCE_WORDS = 6
_SENTENCE_LINE_RE = re.compile(r"[.!?][\"'”’)]*$")
_CLOSING_TAG_RE = re.compile(r"</\s*(?:html|body)\s*>", re.IGNORECASE)


@dataclass(frozen=True)
class HtmlArticle:
    """Extracted text (one paragraph per line), merged metadata, and whether the page is cut."""

    text: str
    metadata: HtmlMetadata
    truncated: bool


def extract_html(html: str) -> HtmlArticle:
    """Extract the article from `html`; raise `InputError` when the page holds no article text."""
    text = _extract_text(html)
    truncated = is_truncated_html(html)
    if not text or not has_prose(text):
        if text and truncated:
            raise InputError("truncated HTML: no complete sentence of article text")
        raise InputError("no article text found in HTML")
    return HtmlArticle(text, _merged_metadata(html), truncated)


def has_prose(text: str) -> bool:
    """True when some line is a sentence, not a menu entry or a link list."""
    return any(
        len(line.split()) >= MIN_SENTENCE_WORDS and _SENTENCE_LINE_RE.search(line.strip())
        for line in text.splitlines()
    )


def is_truncated_html(html: str) -> bool:
    """A document with neither `</body>` nor `</html>` was cut off (download or copy stopped)."""
    return _CLOSING_TAG_RE.search(html) is None


def _extract_text(html: str) -> str | None:
    try:
        text: str | None = trafilatura.extract(
            html,
            output_format="txt",
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    # trafilatura runs lxml over untrusted markup; whatever it trips on, this one input is bad.
    except Exception as err:
        raise InputError(f"cannot parse HTML: {err}") from err
    return text


def _merged_metadata(html: str) -> HtmlMetadata:
    """Our own head parse first; trafilatura's heuristics fill the gaps."""
    own = read_html_metadata(html)
    guessed = _trafilatura_metadata(html)
    return HtmlMetadata(
        title=own.title or _text(guessed, "title") or own.page_title,
        page_title=own.page_title,
        outlet=own.outlet or _text(guessed, "sitename"),
        url=own.url or _text(guessed, "url"),
        published=own.published or _date(guessed),
    )


def _trafilatura_metadata(html: str) -> Any:
    try:
        # Not extensive: we prefer no date to a date guessed from the page's sidebar.
        return trafilatura.extract_metadata(html, extensive=False)
    except Exception:  # metadata is optional; the text was already extracted
        return None


def _text(metadata: Any, name: str) -> str | None:
    value = getattr(metadata, name, None)
    return value.strip() or None if isinstance(value, str) else None


def _date(metadata: Any) -> datetime | None:
    value = _text(metadata, "date")
    return parse_timestamp(value) if value else None
