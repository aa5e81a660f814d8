"""A name the model parts at an apostrophe is one person."""

from __future__ import annotations

from typing import Any

import pytest

from parley.nlp.apostrophe_names import join_names_parted_at_an_apostrophe

pytestmark = pytest.mark.slow


def _people(doc: Any) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_two_people_parted_at_an_apostrophe_are_one(nlp: Any) -> None:
    doc = nlp(
        "Iranian President Masoud Pezeshkian held talks with Iraqi Prime Minister Mohammad "
        "Shia' al-Sudani in Baghdad on Wednesday."
    )
    assert "Mohammad Shia'" in _people(doc)
    join_names_parted_at_an_apostrophe(doc)
    assert _people(doc) == ["Masoud Pezeshkian", "Mohammad Shia' al-Sudani"]


def test_two_people_named_side_by_side_stay_two(nlp: Any) -> None:
    doc = nlp("Talks between Masoud Pezeshkian and Mohammed al-Sudani began on Wednesday.")
    before = _people(doc)
    join_names_parted_at_an_apostrophe(doc)
    assert _people(doc) == before
