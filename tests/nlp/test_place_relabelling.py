"""Places the statistical recogniser mislabels, relabelled after it."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Span

from parley.nlp.entities import _TownLabeller


def _tagged(text: str, ents: list[tuple[int, int, str]]) -> Any:
    """A doc of `text` with the entities a model might have given it (token offsets)."""
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def test_a_district_the_model_takes_for_a_person_is_a_place() -> None:
    doc = _tagged(
        "The summit was held at the castle in Purcari , Stefan Voda district .",
        [(8, 9, "GPE"), (10, 12, "PERSON")],
    )
    doc = _TownLabeller(["Purcari"])(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Purcari", "GPE"), ("Stefan Voda", "GPE")]


def test_a_person_named_before_other_words_stays_a_person() -> None:
    doc = _tagged("Stefan Voda visited the district hospital .", [(0, 2, "PERSON")])
    doc = _TownLabeller([])(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Stefan Voda", "PERSON")]


def test_a_town_the_model_runs_into_the_next_word_is_the_town_alone() -> None:
    doc = _tagged(
        "Sandu was visited in Chisinau by von der Leyen .",
        [(0, 1, "PERSON"), (4, 6, "ORG"), (6, 9, "PERSON")],
    )
    doc = _TownLabeller(["Chisinau"])(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Sandu", "PERSON"),
        ("Chisinau", "GPE"),
        ("von der Leyen", "PERSON"),
    ]


def test_a_district_named_with_the_word_is_a_place(nlp: Any) -> None:
    # The model tags "Jonava district" as a person.
    doc = nlp("He visited troops at Rukla, Jonava district, on Tuesday.")
    assert ("Jonava district", "GPE") in {(e.text, e.label_) for e in doc.ents}
