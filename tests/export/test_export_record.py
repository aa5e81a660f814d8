"""The export record and its documentation stay in step."""

from __future__ import annotations

import json
import re
from pathlib import Path

from export_builders import bare_event, full_event

from parley.export import EXPORT_FIELDS, event_record
from parley.export.parquet_table import SCHEMA

DOC = Path(__file__).resolve().parents[2] / "docs" / "export-format.md"


def _section(heading: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


def documented_top_level_keys() -> list[str]:
    return re.findall(r"^\| `([a-z_]+)` \|", _section("Top-level keys"), flags=re.MULTILINE)


def documented_example() -> dict[str, object]:
    match = re.search(r"```json\n(.+?)\n```", _section("Example line"), flags=re.DOTALL)
    assert match is not None, "export-format.md has no ```json example"
    example = json.loads(match[1])
    assert isinstance(example, dict)
    return example


def test_every_export_key_is_documented_in_order_and_nothing_else() -> None:
    assert documented_top_level_keys() == list(EXPORT_FIELDS)


def test_documented_example_is_what_the_code_writes() -> None:
    example = documented_example()
    assert list(example) == list(EXPORT_FIELDS)
    assert example == event_record(full_event())


def test_record_keys_come_in_export_order() -> None:
    assert tuple(event_record(full_event())) == EXPORT_FIELDS
    assert tuple(event_record(bare_event())) == EXPORT_FIELDS


def test_parquet_columns_follow_export_order() -> None:
    assert tuple(SCHEMA.names) == EXPORT_FIELDS


def test_empty_fields_are_null_or_empty_never_missing() -> None:
    record = event_record(bare_event())
    assert record == {
        "id": "ev-bare",
        "type": "SUPPORT",
        "cameo": "051",
        "mode": None,
        "status": "planned",
        "date": None,
        "date_precision": None,
        "date_basis": None,
        "date_window": None,
        "location": None,
        "participants": [],
        "source": [],
        "target": [],
        "mechanism": None,
        "topic": None,
        "articles": [],
        "mentions": [],
        "conflicts": [],
        "support": {},
        "promises": [],
        "fulfils": None,
        "fulfilled_by": None,
    }


def test_nested_values_keep_provenance() -> None:
    record = event_record(full_event())
    assert record["mechanism"] == {"name": "Nordic-ASEAN Dialogue", "round": 3}
    assert record["location"] == {"name": "Bergen", "country": "NOR"}
    [mention] = record["mentions"]  # type: ignore[misc]
    assert mention["end"] - mention["start"] == len(mention["sentence"])
    support = record["support"]
    assert isinstance(support, dict)
    assert support["location"] == [
        {"value": "Bergen", "articles": ["tidings-0503"], "inferred": True, "basis": "dateline"}
    ]
    assert record["conflicts"] == [
        {
            "field": "mechanism.round",
            "values": [
                {"value": 3, "articles": ["harbour-wire-0502"]},
                {"value": 4, "articles": ["tidings-0503"]},
            ],
        }
    ]


def test_a_bounded_date_exports_its_window() -> None:
    event = full_event().model_copy(
        update={"date": "2023-05", "date_window": ["2023-05-08", "2023-05-14"]}
    )
    record = event_record(event)
    assert (record["date"], record["date_window"]) == ("2023-05", ["2023-05-08", "2023-05-14"])
    json.dumps(record)
