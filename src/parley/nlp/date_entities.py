"""Dates the model runs into the span of time after a comma.

"a phone call in early December, weeks before the two leaders met": the small model tags
"early December, weeks" as one DATE, and its root is "weeks", which the parser hangs on
"met". The day then dates the later meeting instead of the call. The part after the comma is
a span of time of its own ("weeks", "three days", "a few months"), so the entity is parted
there.
"""

from __future__ import annotations

import re
from typing import Any

# What may follow the comma: a count of units of time and nothing else.
_SPAN_OF_TIME = re.compile(
    r"(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of|"
    r"several|some|only|just|barely|nearly|almost)\s+)*"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)",
    re.IGNORECASE,
)


def part_spans_of_time(doc: Any) -> None:
    """Part every DATE entity of `doc` that runs a date into a span of time after a comma."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    parted: list[Any] = []
    changed = False
    for ent in ents:
        commas = [t.i for t in ent if t.text == ","]
        if ent.label_ != "DATE" or len(commas) != 1 or commas[0] == ent.start:
            parted.append(ent)
            continue
        comma = commas[0]
        after = doc[comma + 1 : ent.end]
        if not after.text or not _SPAN_OF_TIME.fullmatch(after.text):
            parted.append(ent)
            continue
        parted.append(Span(doc, ent.start, comma, label="DATE"))
        parted.append(Span(doc, comma + 1, ent.end, label="DATE"))
        changed = True
    if changed:
        doc.set_ents(parted)
