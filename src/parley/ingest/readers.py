"""Paths in, `Article`s out: one input at a time, bad inputs reported and skipped.

`iter_inputs` is the stage's entry point. It is a generator over the corpus (only one file is in
memory at a time) and never raises for a bad input: each one becomes an `IngestFailure` with a
one-line reason and the run continues. Only a path that does not exist, or an invalid option,
is a usage error, raised as soon as `iter_inputs` is called.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TextIO

from parley.errors import InputError
from parley.ingest.assemble import build_article
from parley.ingest.checks import check_not_binary, check_size, read_bytes
from parley.ingest.decoding import declared_html_charset, decode_bytes
from parley.ingest.discovery import STDIN, check_paths_exist, input_kind, iter_files
from parley.ingest.html import extract_html
from parley.ingest.jsonl import JsonProblem, JsonRecord, is_jsonl_text, iter_json_records
from parley.ingest.metadata import Fallbacks, Metadata, fallbacks_from_settings
from parley.ingest.timestamps import parse_timestamp
from parley.models import Article, IngestFailure
from parley.settings import Settings

IngestItem = Article | IngestFailure
STDIN_ID = "stdin"


def iter_inputs(
    paths: Sequence[str], *, settings: Settings, stdin: TextIO | None = None
) -> Iterator[IngestItem]:
    """Yield an `Article` or an `IngestFailure` for every input `paths` stand for, in order.

    Directories are read recursively in sorted order; "-" reads `stdin` (default `sys.stdin`).
    Raises `UsageError` at call time when a path does not exist or `settings.published` is
    not an ISO date.
    """
    check_paths_exist(paths)
    fallbacks = fallbacks_from_settings(settings)
    return _iter_items(paths, settings.max_bytes, fallbacks, stdin)


def _iter_items(
    paths: Sequence[str], max_bytes: int, fallbacks: Fallbacks, stdin: TextIO | None
) -> Iterator[IngestItem]:
    for path in paths:
        if path == STDIN:
            yield from read_stdin(stdin or sys.stdin, max_bytes=max_bytes, fallbacks=fallbacks)
            continue
        for item in iter_files(path):
            if isinstance(item, IngestFailure):
                yield item
            else:
                yield from read_file(item, max_bytes=max_bytes, fallbacks=fallbacks)


def read_file(path: str, *, max_bytes: int, fallbacks: Fallbacks) -> Iterator[IngestItem]:
    """The articles in one file (several for JSON), or failures saying why not."""
    kind = input_kind(path)
    try:
        check_size(Path(path), max_bytes)
        raw = read_bytes(Path(path), max_bytes)
        check_not_binary(raw)
        declared = declared_html_charset(raw) if kind == "html" else None
        text = decode_bytes(raw, declared=declared)
    except InputError as err:
        yield IngestFailure(source=path, reason=str(err))
        return
    stem = Path(path).stem
    if kind in ("json", "jsonl"):
        yield from read_json_text(
            text, source=path, stem=stem, per_line=kind == "jsonl", fallbacks=fallbacks
        )
    elif kind == "html":
        yield _guarded(path, lambda: read_html_text(text, stem, path, fallbacks))
    else:
        yield _guarded(path, lambda: read_plain_text(text, stem, path, fallbacks))


def read_stdin(stream: TextIO, *, max_bytes: int, fallbacks: Fallbacks) -> Iterator[IngestItem]:
    """Standard input: JSON Lines when every non-empty line is a JSON object, else one text."""
    try:
        text = _read_stream(stream, max_bytes)
    except InputError as err:
        yield IngestFailure(source=STDIN, reason=str(err))
        return
    if is_jsonl_text(text):
        yield from read_json_text(
            text, source=STDIN, stem=STDIN_ID, per_line=True, fallbacks=fallbacks
        )
    else:
        yield _guarded(STDIN, lambda: read_plain_text(text, STDIN_ID, STDIN, fallbacks))


def read_plain_text(text: str, article_id: str, source: str, fallbacks: Fallbacks) -> Article:
    """One plain-text article; raises `InputError` when it is not usable."""
    return build_article(text, article_id=article_id, source_path=source, fallbacks=fallbacks)


def read_html_text(html: str, article_id: str, source: str, fallbacks: Fallbacks) -> Article:
    """One HTML page; raises `InputError` when it holds no article text."""
    page = extract_html(html)
    meta = page.metadata
    return build_article(
        page.text,
        article_id=article_id,
        source_path=source,
        fallbacks=fallbacks,
        html=Metadata(title=meta.title, outlet=meta.outlet, url=meta.url, published=meta.published),
        from_html=True,
        truncated=page.truncated,
    )


def read_json_text(
    text: str, *, source: str, stem: str, per_line: bool, fallbacks: Fallbacks
) -> Iterator[IngestItem]:
    """Every article object in a JSON or JSON Lines text; bad lines become failures."""
    for record in iter_json_records(text, source=source, stem=stem, per_line=per_line):
        if isinstance(record, JsonProblem):
            yield IngestFailure(source=record.location, reason=record.reason)
            continue
        yield _guarded(record.location, partial(_build_json_article, record, source, fallbacks))


def _build_json_article(record: JsonRecord, source: str, fallbacks: Fallbacks) -> Article:
    explicit = Metadata(
        title=record.title,
        outlet=record.outlet,
        url=record.url,
        published=parse_timestamp(record.published) if record.published else None,
    )
    return build_article(
        record.text,
        article_id=record.id,
        source_path=source,
        fallbacks=fallbacks,
        explicit=explicit,
    )


def _guarded(source: str, build: Callable[[], Article]) -> IngestItem:
    try:
        return build()
    except InputError as err:
        return IngestFailure(source=source, reason=str(err))


def _read_stream(stream: TextIO, max_bytes: int) -> str:
    # The real stdin has a byte buffer: read bytes so binary and encoding checks apply as for
    # files. A text stream handed in by a caller (or a test) is already decoded.
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        raw: bytes = buffer.read(max_bytes + 1)
        if len(raw) > max_bytes:
            raise InputError(f"input too large: more than {max_bytes:,} bytes")
        check_not_binary(raw)
        return decode_bytes(raw)
    try:
        text = stream.read(max_bytes + 1)
    except UnicodeDecodeError as err:
        raise InputError("cannot decode standard input as text") from err
    if len(text) > max_bytes:
        raise InputError(f"input too large: more than {max_bytes:,} characters")
    return text
