from __future__ import annotations

import pytest

from parley.ingest.dateline import parse_dateline


def test_wire_dateline_without_a_dash() -> None:
    line = parse_dateline("NEW DELHI, Nov 10 (PTI) India and Japan held talks on Friday.")
    assert line is not None
    assert (line.place, line.date_text, line.agency) == ("New Delhi", "Nov 10", "PTI")


@pytest.mark.parametrize(
    "text",
    ["Lavrov, Oct 3 (in remarks) said little.", "Officials in Paris, May 2 (local time) met."],
)
def test_sentences_are_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None
