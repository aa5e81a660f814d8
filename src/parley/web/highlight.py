"""Split text into plain and highlighted segments; templates escape each segment.

Highlighting never builds HTML from the text: it only cuts the text at offsets, so untrusted
article text reaches the page through Jinja's autoescaping like any other value.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Segment:
    """A run of text with the events whose sentences cover it and whether it is marked."""

    text: str
    events: tuple[str, ...] = ()
    marked: bool = False


@dataclass(frozen=True)
class Range:
    """`start`..`end` offsets in the text; an `event` link, or a marked span when None."""

    start: int
    end: int
    event: str | None = None


@dataclass
class _Cover:
    events: list[str] = field(default_factory=list)
    marked: bool = False


def segments(text: str, ranges: Iterable[Range]) -> list[Segment]:
    """Cut `text` at every range boundary; each piece knows which ranges cover it.

    Ranges outside the text are clipped and empty ones ignored, so stale offsets can never
    raise or leak markup.
    """
    clipped = []
    for item in ranges:
        start, end = max(0, item.start), min(len(text), item.end)
        if start < end:
            clipped.append(Range(start, end, item.event))
    cuts = sorted({0, len(text)} | {r.start for r in clipped} | {r.end for r in clipped})
    pieces: list[Segment] = []
    for start, end in itertools.pairwise(cuts):
        cover = _Cover()
        for item in clipped:
            if item.start <= start and end <= item.end:
                if item.event is None:
                    cover.marked = True
                elif item.event not in cover.events:
                    cover.events.append(item.event)
        pieces.append(Segment(text[start:end], tuple(cover.events), cover.marked))
    return pieces


def bracket_snippet(snippet: str) -> list[Segment]:
    """Segments of a full-text search snippet whose matches the store wraps in [ and ]."""
    pieces: list[Segment] = []
    marked = False
    buffer = ""
    for char in snippet:
        if char in "[]" and (char == "[") != marked:
            if buffer:
                pieces.append(Segment(buffer, marked=marked))
            buffer = ""
            marked = char == "["
        else:
            buffer += char
    if buffer:
        pieces.append(Segment(buffer, marked=marked))
    return pieces
