"""Articles as JSON: one object, a list of objects, or one object per line (JSON Lines).

Each object needs a `text` string; `id`, `url`, `title`, `outlet` and `published` are optional.
A bad line or object is reported with its location and the rest of the file is still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class JsonRecord:
    """One article object; `location` says where it sits ("corpus.jsonl:3")."""

    id: str
    text: str
    location: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class JsonProblem:
    """A line or object that is not a usable article, with a one-line reason."""

    location: str
    reason: str


def iter_json_records(
    text: str, *, source: str, stem: str, per_line: bool
) -> Iterator[JsonRecord | JsonProblem]:
    """Records from a JSON document (or JSON Lines when `per_line`), in file order.

    Ids default to `stem` for a single object, `<stem>-<n>` for the n-th list item and
    `<stem>-<line number>` for JSON Lines.
    """
    if per_line:
        yield from _iter_lines(text, source=source, stem=stem)
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        if _looks_like_jsonl(text):
            yield from _iter_lines(text, source=source, stem=stem)
        else:
            yield JsonProblem(source, f"malformed JSON: {err.msg} (line {err.lineno})")
        return
    if isinstance(document, dict):
        yield _record(document, default_id=stem, location=source)
    elif isinstance(document, list):
        for number, item in enumerate(document, start=1):
            yield _record(item, default_id=f"{stem}-{number}", location=f"{source}[{number}]")
    else:
        yield JsonProblem(source, "JSON must be an object, a list of objects or JSON Lines")


def is_jsonl_text(text: str) -> bool:
    """True when every non-empty line is a JSON object (how stdin is recognised as JSONL)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    for line in lines:
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            return False
        if not isinstance(value, dict):
            return False
    return True


def _looks_like_jsonl(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return len(lines) > 1 and all(line.startswith("{") for line in lines)


def _iter_lines(text: str, *, source: str, stem: str) -> Iterator[JsonRecord | JsonProblem]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        location = f"{source}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            yield JsonProblem(location, f"malformed JSON on line {number}: {err.msg}")
            continue
        yield _record(value, default_id=f"{stem}-{number}", location=location)


def _record(value: Any, *, default_id: str, location: str) -> JsonRecord | JsonProblem:
    if not isinstance(value, dict):
        return JsonProblem(location, "not a JSON object")
    text = value.get("text")
    if not isinstance(text, str):
        return JsonProblem(location, 'no "text" string in the JSON object')
    raw_id = value.get("id")
    article_id = str(raw_id).strip() if isinstance(raw_id, str | int) else ""
    return JsonRecord(
        id=article_id or default_id,
        text=text,
        location=location,
        title=_string(value.get("title")),
        url=_string(value.get("url")),
        outlet=_string(value.get("outlet")),
        published=_string(value.get("published")),
    )


def _string(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
