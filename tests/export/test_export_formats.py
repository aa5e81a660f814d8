"""Round trips through JSON Lines, CSV and Parquet, and all-or-nothing file writes."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from export_builders import agreement_event, bare_event, full_event

from parley.errors import UsageError
from parley.export import (
    EXPORT_FIELDS,
    event_record,
    export_events,
    parquet_table,
    write_csv,
    write_jsonl,
    write_parquet,
)
from parley.models import Event


def events() -> list[Event]:
    return [full_event(), bare_event(), agreement_event()]


def test_jsonl_round_trip() -> None:
    out = io.StringIO()
    assert write_jsonl(events(), out) == 3
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [event_record(e) for e in events()]
    assert all(list(json.loads(line)) == list(EXPORT_FIELDS) for line in lines)
    assert out.getvalue().endswith("\n")


def test_jsonl_keeps_non_ascii_text() -> None:
    event = bare_event().model_copy(update={"topic": "Çanakkale ceasefire talks"})
    out = io.StringIO()
    write_jsonl([event], out)
    assert "Çanakkale" in out.getvalue()


def _csv_rows(text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames or ()) == EXPORT_FIELDS
    return list(reader)


def test_csv_round_trip() -> None:
    out = io.StringIO(newline="")
    assert write_csv(events(), out) == 3
    full, bare, agreement = _csv_rows(out.getvalue())
    expected = event_record(full_event())
    assert full["id"] == "ev-7f3a9c"
    assert full["articles"] == "harbour-wire-0502; tidings-0503"
    assert full["promises"] == "ev-51b0e2"
    assert full["mechanism"] and json.loads(full["mechanism"]) == expected["mechanism"]
    for column in ("participants", "mentions", "conflicts", "support", "location"):
        assert json.loads(full[column]) == expected[column]
    assert full["fulfilled_by"] == ""
    assert (bare["date"], bare["location"], bare["participants"], bare["support"]) == (
        "",
        "",
        "[]",
        "{}",
    )
    assert agreement["topic"] == 'a "blue corridor"; for research vessels'
    assert agreement["date"] == "2023-05"


def test_csv_of_no_events_is_just_the_header() -> None:
    out = io.StringIO()
    assert write_csv([], out) == 0
    assert out.getvalue() == ",".join(EXPORT_FIELDS) + "\n"


def _stringified(record: dict[str, object]) -> dict[str, object]:
    """What Parquet stores: mixed-type `value`s as strings, `support` as a list of pairs."""
    row = json.loads(json.dumps(record))
    for conflict in row["conflicts"]:
        for value in conflict["values"]:
            value["value"] = None if value["value"] is None else str(value["value"])
    support = []
    for field, values in row["support"].items():
        for value in values:
            value["value"] = None if value["value"] is None else str(value["value"])
        support.append((field, values))
    row["support"] = support
    assert isinstance(row, dict)
    return row


def test_parquet_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert write_parquet(events(), path) == 3
    table = pq.read_table(path)
    assert tuple(table.column_names) == EXPORT_FIELDS
    assert table.to_pylist() == [_stringified(event_record(e)) for e in events()]


def test_parquet_streams_in_row_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parquet_table, "BATCH_ROWS", 2)
    many = [bare_event().model_copy(update={"id": f"ev-{n}"}) for n in range(5)]
    path = tmp_path / "events.parquet"
    assert write_parquet(iter(many), path) == 5
    parquet = pq.ParquetFile(path)
    assert parquet.metadata.num_rows == 5
    assert parquet.num_row_groups == 3


def test_parquet_of_no_events_has_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path) == 0
    table = pq.read_table(path)
    assert table.num_rows == 0
    assert tuple(table.column_names) == EXPORT_FIELDS


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_to_stdout(fmt: str) -> None:
    stdout = io.StringIO()
    assert export_events(events(), fmt, None, stdout) == 3  # type: ignore[arg-type]
    assert "ev-7f3a9c" in stdout.getvalue()


def test_export_files_in_every_format(tmp_path: Path) -> None:
    stdout = io.StringIO()
    jsonl = tmp_path / "out" / "events.jsonl"
    assert export_events(events(), "jsonl", jsonl, stdout) == 3
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 3
    table = tmp_path / "events.csv"
    assert export_events(events(), "csv", table, stdout) == 3
    assert len(_csv_rows(table.read_text(encoding="utf-8"))) == 3
    parquet = tmp_path / "events.parquet"
    assert export_events(events(), "parquet", parquet, stdout) == 3
    assert pq.read_table(parquet).num_rows == 3
    assert stdout.getvalue() == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "events.parquet", "out"]


def test_parquet_needs_a_file() -> None:
    with pytest.raises(UsageError, match="output file"):
        export_events(events(), "parquet", None, io.StringIO())


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="xlsx"):
        export_events(events(), "xlsx", tmp_path / "x", io.StringIO())  # type: ignore[arg-type]


def _failing_after_one() -> Iterator[Event]:
    yield full_event()
    raise RuntimeError("store went away mid-export")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_failed_export_leaves_previous_file_untouched(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"events.{fmt}"
    target.write_text("previous export\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="mid-export"):
        export_events(_failing_after_one(), fmt, target, io.StringIO())  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
