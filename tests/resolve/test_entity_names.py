"""Entity-ruler patterns built from the knowledge base."""

from __future__ import annotations

from typing import Any

import pytest

from parley.resolve.entity_names import entity_patterns
from parley.resolve.knowledge import KnowledgeBase


def _labels(patterns: list[dict[str, str]]) -> dict[str, str]:
    return {p["pattern"]: p["label"] for p in patterns}


def test_cities_of_several_words_are_places_and_other_one_word_cities_left_to_the_model() -> None:
    labels = _labels(entity_patterns(KnowledgeBase.load()))
    assert labels["Buenos Aires"] == "GPE"
    assert labels["Kuala Lumpur"] == "GPE"
    # "Santiago" is also a given name ("Santiago Pena"); the model tells the two apart.
    assert "Santiago" not in labels
    assert labels["Chile"] == "GPE"


def test_a_one_word_capital_that_is_nobody_s_name_is_a_place() -> None:
    labels = _labels(entity_patterns(KnowledgeBase.load()))
    assert labels["Kyiv"] == "GPE"
    assert labels["Warsaw"] == "GPE"
    # Capitals that are also given names or surnames stay with the model.
    assert "Victoria" not in labels
    assert "Sofia" not in labels


def test_a_name_is_matched_with_its_particle_capitalised() -> None:
    labels = _labels(entity_patterns(KnowledgeBase.load()))
    assert labels["Ursula von der Leyen"] == "PERSON"
    assert labels["Ursula Von der Leyen"] == "PERSON"


@pytest.mark.slow
def test_a_city_the_model_takes_for_a_person_is_a_place(nlp: Any) -> None:
    doc = nlp(
        "The president came home last night after a working visit to Buenos Aires, where he "
        "held a meeting with his Argentine counterpart."
    )
    assert ("Buenos Aires", "GPE") in {(e.text, e.label_) for e in doc.ents}


def test_a_one_word_town_the_model_takes_for_an_organisation_is_a_place(nlp: Any) -> None:
    doc = nlp("Macron visited Erbil in August 2021, meeting Nechirvan Barzani.")
    assert [(e.text, e.label_) for e in doc.ents if e.text == "Erbil"] == [("Erbil", "GPE")]
    # "to Cēsis for the heads of government's summer meeting": a Latvian town.
    doc = nlp(
        "In July, Prime Minister Evika Siliņa welcomed Estonia's Kristen Michal and Gintautas "
        "Paluckas, then Lithuania's prime minister, to Cēsis for the heads of government's "
        "traditional informal summer meeting."
    )
    assert ("Cēsis", "GPE") in {(e.text, e.label_) for e in doc.ents}
    labels = _labels(entity_patterns(KnowledgeBase.load()))
    # Towns are relabelled only where the model tagged an organisation, never set by pattern.
    assert labels["Erbil"] == "TOWN"
    assert "Santiago" not in labels


def test_a_transliteration_some_outlets_use_is_a_person() -> None:
    # AFP and RFE/RL write "Pashinian"; the small model takes it for a nationality.
    patterns = entity_patterns(KnowledgeBase.load())
    assert {"label": "PERSON", "pattern": "Pashinian"} in patterns


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Ministry recalls that Minister Sikorski chose Kyiv as the destination of his "
            "first foreign visit in December.",
            ("Kyiv", "GPE"),
        ),
        # A river, as well as a capital.
        (
            "Romania and Bulgaria will look for European money for a new bridge over the "
            "Danube, the prime minister said.",
            ("Danube", "LOC"),
        ),
    ],
)
def test_a_place_the_model_takes_for_a_person_is_a_place(
    nlp: Any, text: str, place: tuple[str, str]
) -> None:
    assert place in {(e.text, e.label_) for e in nlp(text).ents}


def test_a_sea_named_for_a_country_is_a_place_and_not_the_country() -> None:
    labels = _labels(entity_patterns(KnowledgeBase.load()))
    assert labels["South China Sea"] == "LOC"
    assert labels["China"] == "GPE"


def test_a_name_set_in_capitals_is_a_person() -> None:
    patterns = entity_patterns(KnowledgeBase.load())
    assert {"label": "PERSON", "pattern": "SIMON HARRIS"} in patterns
