"""Towns the hand-written knowledge base leaves out come from the world gazetteer."""

from __future__ import annotations

import pytest

from parley.resolve.gazetteer import WorldTowns
from parley.resolve.knowledge import KnowledgeBase, fold


@pytest.fixture(scope="module")
def towns() -> WorldTowns:
    return WorldTowns(fold)


def test_a_shared_name_is_the_most_populous_town(towns: WorldTowns) -> None:
    assert towns.find("Florence") == ("Florence", "ITA")
    assert towns.find("Paris") == ("Paris", "FRA")


def test_an_administrative_suffix_is_left_out(towns: WorldTowns) -> None:
    # GeoNames names the town "Hiroshima-shi".
    assert towns.find("Hiroshima") == ("Hiroshima", "JPN")


def test_spellings_without_accents_and_in_other_languages(towns: WorldTowns) -> None:
    assert towns.find("Itaguai") == ("Itaguaí", "BRA")
    assert towns.find("Peking") == ("Beijing", "CHN")


def test_what_is_no_town_is_not_found(towns: WorldTowns) -> None:
    assert towns.find("Government Palace") is None
    assert towns.find("ALV") is None  # a code among the alternate names, not a spelling


def test_the_knowledge_base_comes_first(knowledge: KnowledgeBase) -> None:
    kb = knowledge
    # The Seychelles' capital, not the most populous Victoria in the world.
    assert kb.country_of_place("Victoria") == "SYC"
    assert kb.country_of_place("Hiroshima") == "JPN"
    assert kb.place_spelling("Hiroshima") == "Hiroshima"
    assert kb.country_of_place("the Government Palace") is None


def test_a_common_word_of_reports_is_no_town(knowledge: KnowledgeBase) -> None:
    # "to be launched at the Summit": the gathering, not Summit, New Jersey.
    assert knowledge.country_of_place("Summit") is None
    assert knowledge.country_of_place("Hiroshima") == "JPN"
