"""Teach spaCy's entity recogniser the names the knowledge base knows.

The small English model misses or mislabels many diplomatic names ("Wang" as ORG, "BRICS" as
nothing). An entity ruler placed before the statistical recogniser fixes the known ones and
leaves the model to find everyone else.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

EntityPattern = dict[str, str]


def add_entity_patterns(nlp: Any, patterns: Iterable[EntityPattern]) -> None:
    """Add phrase patterns ({"label": "PERSON", "pattern": "Wang Yi"}) ahead of the NER, with
    the days counted from another that it misses at times."""
    patterns = list(patterns)
    if not patterns:
        return
    patterns += _relative_days()
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe(
        "entity_ruler", name="parley_names", before=before, config={"phrase_matcher_attr": "ORTH"}
    )
    # The ruler turns each phrase into a Doc with every component ahead of it (tagger, parser,
    # ...), thousands of sentences' work at every model load. Matching on ORTH needs only the
    # tokens, so the other components stay off while the patterns are added.
    with nlp.select_pipes(enable=["parley_names"]):
        ruler.add_patterns(patterns)


def _relative_days() -> list[EntityPattern]:
    """ "The same day Erdogan had his first meeting with Pashinian": the small model tags such
    a day as DATE in one sentence and not in the next, and a day it does not tag dates
    nothing."""
    phrases = ["the same day", "the following day", "the next day", "that day"]
    phrases += [f"{n} days later" for n in _COUNTS]
    # "That October Macron received Khurelsukh": a month told from another, which the model
    # may join to the name after it.
    phrases += [f"{w} {month}" for w in ("that", "last", "next", "this") for month in _MONTHS]
    capitalised = [p[0].upper() + p[1:] for p in phrases]
    return [{"label": "DATE", "pattern": p} for p in phrases + capitalised]


_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
