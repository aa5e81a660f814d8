"""A date the model runs into a span of time after a comma is parted from it."""

from __future__ import annotations

from typing import Any

import pytest

from parley.nlp.date_entities import part_spans_of_time

pytestmark = pytest.mark.slow


def _dates(doc: Any) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "DATE"]


def test_a_day_run_into_a_span_of_time_is_parted_at_the_comma(nlp: Any) -> None:
    doc = nlp(
        "Lula invited Boric during a phone call in early December, weeks before the two "
        "leaders met again at the Mercosur summit."
    )
    assert "early December, weeks" in _dates(doc)
    part_spans_of_time(doc)
    assert _dates(doc) == ["early December", "weeks"]


def test_a_date_with_a_comma_of_its_own_stays_whole(nlp: Any) -> None:
    doc = nlp("The two presidents met on Tuesday, March 4, in Brasilia.")
    before = _dates(doc)
    part_spans_of_time(doc)
    assert _dates(doc) == before
