"""A surname the article has given in full stays a person in later sentences."""

from __future__ import annotations

from typing import Any

import pytest

from parley.nlp.names_in_article import SurnamesOfArticle

pytestmark = pytest.mark.slow


def _labels(doc: Any, word: str) -> list[str]:
    return [t.ent_type_ for t in doc if t.text == word]


def test_a_surname_the_model_tags_as_a_place_is_the_person_named_before(nlp: Any) -> None:
    names = SurnamesOfArticle()
    names.apply(nlp("President Prabowo Subianto arrived in Ottawa on Wednesday."))
    later = nlp("Prime Minister Mark Carney welcomed Subianto in the West Block.")
    # (The model alone takes it for something else.)
    assert _labels(later, "Subianto") != ["PERSON"]
    names.apply(later)
    assert _labels(later, "Subianto") == ["PERSON"]


def test_nothing_changes_before_the_full_name_or_inside_a_longer_name(nlp: Any) -> None:
    names = SurnamesOfArticle()
    first = nlp("Prime Minister Mark Carney welcomed Subianto in the West Block.")
    before = _labels(first, "Subianto")
    names.apply(first)
    assert _labels(first, "Subianto") == before
    names.apply(nlp("President Prabowo Subianto arrived in Ottawa on Wednesday."))
    street = nlp("The convoy drove down Subianto Avenue to the embassy.")
    kept = _labels(street, "Subianto")
    names.apply(street)
    assert _labels(street, "Subianto") == kept


def test_a_day_before_the_surname_is_no_part_of_a_name(nlp: Any) -> None:
    names = SurnamesOfArticle()
    names.apply(nlp("Vietnam's top leader To Lam arrived in Beijing on Sunday."))
    later = nlp("Later on Monday Lam met Premier Li Qiang, state media said.")
    names.apply(later)
    assert _labels(later, "Lam") == ["PERSON"]
