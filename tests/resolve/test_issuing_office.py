"""The country of the government office that opens a release."""

from __future__ import annotations

from pathlib import Path

import pytest
from meeting_helpers import occurred_meetings, parties

from parley.resolve.issuing_office import issuing_country
from parley.resolve.knowledge import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(())


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("From: Prime Minister's Office, 10 Downing Street", "GBR"),
        ("Transcript (excerpt), Federal Press Office, Berlin", "DEU"),
        ("Ministry of Foreign Affairs of Colombia – Press Office", "COL"),
        # A headline, a byline or a long first paragraph names no issuing office.
        ("Putin and Xi meet in Moscow", None),
        ("OFFICE OF THE LEADER OF OPPOSITION\nPRESS STATEMENT | 26/09/2023", None),
        (
            "The Ministry of Foreign Affairs of Colombia announced on Monday that the foreign "
            "minister would travel to Panama for talks with his counterpart on migration.",
            None,
        ),
    ],
)
def test_the_issuing_country_is_read_from_the_office_line(
    kb: KnowledgeBase, opening: str, expected: str | None
) -> None:
    assert issuing_country(opening + "\n\nThe Prime Minister met the President today.", kb) == (
        expected
    )


def test_a_bare_office_in_a_release_is_the_issuing_countrys_holder(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "PM meeting with President Macron: 10 March 2025\n\n"
        "From: Prime Minister's Office, 10 Downing Street\n"
        "Published 10 March 2025\n\n"
        "The Prime Minister met President Emmanuel Macron at the Elysee Palace today.\n\n"
        "The leaders discussed the war in Ukraine and agreed that their teams would keep "
        "working on security guarantees in the coming weeks.\n",
    )
    assert ["Emmanuel Macron", "Keir Starmer"] in parties(found)
