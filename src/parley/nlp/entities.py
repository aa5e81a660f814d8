"""Teach spaCy's entity recogniser the names the knowledge base knows.

The small English model misses or mislabels many diplomatic names ("Wang" as ORG, "BRICS" as
nothing). An entity ruler placed before the statistical recogniser fixes the known ones and
leaves the model to find everyone else.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

EntityPattern = dict[str, str]


# The label of a one-word town that is no phrase pattern: the model keeps its own reading of
# the word ("Santiago Pena" is a person), except that an organisation it tags so is the town.
TOWN = "TOWN"


def add_entity_patterns(nlp: Any, patterns: Iterable[EntityPattern]) -> None:
    """Add phrase patterns ({"label": "PERSON", "pattern": "Wang Yi"}) ahead of the NER, with
    the days counted from another that it misses at times; towns (label `TOWN`) the NER tags
    as organisations are relabelled GPE after it ("Macron visited Erbil")."""
    patterns = list(patterns)
    towns = [p["pattern"] for p in patterns if p["label"] == TOWN]
    patterns = [p for p in patterns if p["label"] != TOWN]
    if towns and "ner" in nlp.pipe_names:
        _register_town_labeller()
        nlp.add_pipe("parley_towns", after="ner", config={"towns": towns})
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


# "at Mimi Castle in Bulboaca, Anenii Noi district": the model may take the name of a district
# or region for a person's.
_DIVISIONS = frozenset(
    {"district", "county", "province", "region", "oblast", "governorate", "prefecture",
     "municipality", "raion"}
)  # fmt: skip


class _TownLabeller:
    """Relabels GPE each one-token ORG entity that is a known town (and a known town the
    model runs into lower-case words after it), and each PERSON entity followed by the word
    for an administrative division."""

    def __init__(self, towns: Iterable[str]) -> None:
        self.towns = frozenset(towns)

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span

        ents = list(doc.ents)
        changed = False
        for i, ent in enumerate(ents):
            if (ent.label_ == "ORG" and len(ent) == 1 and ent.text in self.towns) or (
                ent.label_ == "PERSON"
                and (
                    ent[-1].lower_ in _DIVISIONS
                    or (ent.end < len(doc) and doc[ent.end].lower_ in _DIVISIONS)
                )
            ):
                ents[i] = Span(doc, ent.start, ent.end, label="GPE")
                changed = True
            elif (
                ent.label_ == "ORG"
                and ent[0].text in self.towns
                and all(t.is_lower for t in ent[1:])
            ):
                # "was visited in Chisinau by von der Leyen": the model may run a town's name
                # into the word after it ("Chisinau by").
                ents[i] = Span(doc, ent.start, ent.start + 1, label="GPE")
                changed = True
        if changed:
            doc.ents = ents
        return doc


def _register_town_labeller() -> None:
    """Register the component factory once (spaCy is imported only when a model is used)."""
    from spacy.language import Language

    if Language.has_factory("parley_towns"):
        return

    @Language.factory("parley_towns", default_config={"towns": []})
    def make_town_labeller(nlp: Any, name: str, towns: list[str]) -> _TownLabeller:
        return _TownLabeller(towns)
