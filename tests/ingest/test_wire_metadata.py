from __future__ import annotations

from pathlib import Path

import pytest

from parley.ingest.dateline import parse_dateline


def test_wire_dateline_without_a_dash() -> None:
    line = parse_dateline("NEW DELHI, Nov 10 (PTI) India and Japan held talks on Friday.")
    assert line is not None
    assert (line.place, line.date_text, line.agency) == ("New Delhi", "Nov 10", "PTI")


def test_wire_dateline_closed_by_a_full_stop() -> None:
    line = parse_dateline("Bukhara, May 14 (UzA). Today the President received the minister.")
    assert line is not None
    assert (line.place, line.date_text, line.agency) == ("Bukhara", "May 14", "UzA")


def test_wire_dateline_with_the_agency_after_a_colon() -> None:
    line = parse_dateline("GANJA, Azerbaijan, March 4. Trend:")
    assert line is not None
    assert (line.place, line.date_text, line.agency) == ("Ganja", "March 4", "Trend")


def test_wire_dateline_closed_by_a_dash_without_spaces() -> None:
    line = parse_dateline("Osaka, Nov. 3 (Jiji Press)--Prime Minister Ishiba met the envoy.")
    assert line is not None
    assert (line.place, line.date_text, line.agency) == ("Osaka", "Nov. 3", "Jiji Press")


@pytest.mark.parametrize(
    "text",
    ["Lavrov, Oct 3 (in remarks) said little.", "Officials in Paris, May 2 (local time) met."],
)
def test_sentences_are_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None


def test_outlet_name_beside_a_stamp_is_metadata() -> None:
    from parley.ingest.metadata_lines import classify_metadata_line

    line = classify_metadata_line("Xinhua | Updated: 2023-04-15 07:12")
    assert line is not None and line.stamps[0].value.year == 2023
    assert classify_metadata_line("China Daily | Beijing talks resume") is None
    assert classify_metadata_line("Wang Yi | Lavrov") is None


def test_outlet_name_and_stamp_apart_by_a_slash_is_metadata() -> None:
    from parley.ingest.metadata_lines import classify_metadata_line

    line = classify_metadata_line("Philippine Daily Inquirer / 05:10 AM April 30, 2025")
    assert line is not None and line.stamps[0].value.date().isoformat() == "2025-04-30"
    assert classify_metadata_line("Talks in Manila / Ishiba and Marcos meet") is None


def test_article_records_where_the_dateline_ends(tmp_path: Path) -> None:
    from parley.ingest import iter_inputs
    from parley.settings import Settings

    path = tmp_path / "wire.txt"
    path.write_text(
        "LIMA, June 3 (Reuters) - Peru's foreign minister met his Chilean counterpart.\n",
        encoding="utf-8",
    )
    [article] = list(iter_inputs([str(path)], settings=Settings()))
    assert article.dateline_end is not None
    assert article.text[: article.dateline_end].strip() == "LIMA, June 3 (Reuters) -"
    assert article.text[article.dateline_end :].startswith("Peru's")


def test_a_document_kind_beside_a_date_is_a_publication_line() -> None:
    from parley.ingest.metadata_lines import classify_metadata_line

    line = classify_metadata_line("Media statement | Tuesday 11 February 2025")
    assert line is not None and [s.value.date().isoformat() for s in line.stamps] == ["2025-02-11"]
    assert classify_metadata_line("The statement | was read aloud") is None


def test_a_briefing_rooms_name_and_clock_beside_a_date_are_a_publication_line() -> None:
    from parley.ingest.metadata_lines import classify_metadata_line

    line = classify_metadata_line("26 January 2024 | Malacañang Press Briefing Room, 11:30 AM")
    assert line is not None and [s.value.date().isoformat() for s in line.stamps] == ["2024-01-26"]
    # Not a sentence with a time after it.
    assert classify_metadata_line("26 January 2024 | He met Xi, 11:30 AM") is None
