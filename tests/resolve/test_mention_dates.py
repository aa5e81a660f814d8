"""Dates of the mentions of one article: a reference back takes the date of what it refers to."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.models import EventFilter, Status
from parley.pipeline import Parley

pytestmark = pytest.mark.slow


def test_talks_referred_back_to_share_the_lead_meetings_date(tmp_path: Path) -> None:
    article = tmp_path / "readout.txt"
    article.write_text(
        "Wong and Kamikawa meet in Canberra\n\n"
        "Published: November 12, 2023\n\n"
        "Australian Foreign Minister Penny Wong and Japanese Foreign Minister Yoko Kamikawa "
        "held talks in Canberra on Friday on maritime security and critical minerals.\n\n"
        "The talks also covered defence industry cooperation and the situation in the South "
        "China Sea, where both countries want freedom of navigation to be respected.\n\n"
        "Wong told reporters that the relationship between the two countries had never been "
        "stronger and that both wanted a region where sovereignty is respected.\n",
        encoding="utf-8",
    )
    with Parley.open(tmp_path / "p.db") as parley:
        assert parley.ingest([str(article)]).ok
        meetings = [
            e
            for e in parley.events(EventFilter(actor="Penny Wong", status=Status.OCCURRED))
            if e.type.value == "CONSULT"
        ]
    # Not a second meeting on the day of publication, nor a date conflict.
    assert [e.date for e in meetings] == ["2023-11-10"]
    assert not [c for c in meetings[0].conflicts if c.field == "date"]
