"""Query commands over a hand-built database: tables for people, JSON for programs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_builders import MEETING_ID, PLANNED_ID, SUPPORT_ID, RunCli


def _json(run_cli: RunCli, *args: str | Path) -> object:
    result = run_cli(*args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_events_table_lists_every_event_with_a_conflict_mark(run_cli: RunCli, db_path: Path):
    result = run_cli("--db", db_path, "events")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    meeting = next(line for line in lines if MEETING_ID in line)
    assert "2023-05-02" in meeting and "Bergen (NOR)" in meeting and "!1" in meeting
    assert "Nordic-ASEAN Dialogue, round 3" in meeting
    support = next(line for line in lines if SUPPORT_ID in line)
    assert "!" not in support
    assert "3 of 3 events" in result.stdout


def test_events_json_is_a_list_of_event_records(run_cli: RunCli, db_path: Path):
    events = _json(run_cli, "--db", db_path, "events", "--json")
    assert isinstance(events, list)
    assert [event["id"] for event in events] == [MEETING_ID, SUPPORT_ID, PLANNED_ID]
    meeting = events[0]
    assert meeting["type"] == "CONSULT"
    assert meeting["conflicts"][0]["field"] == "mechanism.round"
    assert meeting["promises"] == [PLANNED_ID]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--type", "support"], [SUPPORT_ID]),
        (["--status", "planned"], [PLANNED_ID]),
        (["--country", "ken"], [SUPPORT_ID]),
        (["--actor", "Wibowo"], [MEETING_ID, PLANNED_ID]),
        (["--from", "2023-06"], [SUPPORT_ID, PLANNED_ID]),
        (["--to", "2023-05-31"], [MEETING_ID]),
        (["--mechanism", "nordic"], [MEETING_ID, PLANNED_ID]),
        (["--limit", "1"], [MEETING_ID]),
    ],
)
def test_events_filters(run_cli: RunCli, db_path: Path, options: list[str], expected: list[str]):
    events = _json(run_cli, "events", "--db", db_path, "--json", *options)
    assert isinstance(events, list)
    assert [event["id"] for event in events] == expected


def test_events_db_from_environment(run_cli: RunCli, db_path: Path, monkeypatch):
    monkeypatch.setenv("PARLEY_DB", str(db_path))
    events = _json(run_cli, "events", "--json")
    assert isinstance(events, list) and len(events) == 3


def test_show_prints_fields_evidence_conflicts_and_commitments(run_cli: RunCli, db_path: Path):
    result = run_cli("--db", db_path, "show", "ev-meeting")  # a unique prefix is enough
    assert result.exit_code == 0
    out = result.stdout
    assert "CONFLICTS" in out
    assert "mechanism.round: 3 (harbour-0502) vs 4 (tidings-0503)" in out
    assert "location = Bergen  [inferred, dateline]" in out
    assert "Retno Wibowo held the fourth round" in out  # quoted sentence
    assert f"promises {PLANNED_ID}" in out
    assert "Ministers meet in Bergen · Harbour Wire" in out
    # Brackets in article text are printed as written, not eaten as rich markup.
    assert "[Solberg]" in out


def test_show_planned_event_is_an_open_commitment(run_cli: RunCli, db_path: Path):
    result = run_cli("--db", db_path, "show", PLANNED_ID)
    assert "open commitment" in result.stdout


def test_show_json_is_the_event_record(run_cli: RunCli, db_path: Path):
    event = _json(run_cli, "--db", db_path, "show", SUPPORT_ID, "--json")
    assert isinstance(event, dict)
    assert event["id"] == SUPPORT_ID
    assert event["topic"] == "Somalia's bid to join the regional bloc"
    assert event["source"][0]["name"] == "Kenya"


def test_actors_json_and_table(run_cli: RunCli, db_path: Path):
    actors = _json(run_cli, "--db", db_path, "actors", "--json")
    assert isinstance(actors, list)
    by_name = {actor["name"]: actor for actor in actors}
    assert by_name["Retno Wibowo"]["event_count"] == 2
    assert by_name["Retno Wibowo"]["offices"][0]["office"] == "Foreign Minister"
    table = run_cli("--db", db_path, "actors").stdout
    assert "Ingrid Solberg" in table and "Somalia" in table


def test_actor_shows_offices_and_events(run_cli: RunCli, db_path: Path):
    data = _json(run_cli, "--db", db_path, "actor", "Solberg", "--json")
    assert isinstance(data, dict)
    assert data["actor"]["key"] == "ingrid-solberg"
    assert sorted(event["id"] for event in data["events"]) == [MEETING_ID, PLANNED_ID]
    table = run_cli("--db", db_path, "actor", "Solberg").stdout
    assert "Foreign Minister" in table and MEETING_ID in table


def test_mechanisms_report_rounds_gaps_and_open_commitments(run_cli: RunCli, db_path: Path):
    mechanisms = _json(run_cli, "--db", db_path, "mechanisms", "--json")
    assert isinstance(mechanisms, list)
    (dialogue,) = mechanisms
    assert [entry["round"] for entry in dialogue["rounds"]] == [3, 5]
    assert dialogue["gaps"] == [4]
    assert dialogue["open_commitments"] == [PLANNED_ID]
    table = run_cli("--db", db_path, "mechanisms").stdout
    assert "missing rounds: 4" in table
    assert f"open commitments: {PLANNED_ID}" in table


def test_conflicts_side_by_side(run_cli: RunCli, db_path: Path):
    conflicts = _json(run_cli, "--db", db_path, "conflicts", "--json")
    assert conflicts == [
        {
            "event": MEETING_ID,
            "type": "CONSULT",
            "date": "2023-05-02",
            "participants": ["Ingrid Solberg", "Retno Wibowo"],
            "field": "mechanism.round",
            "values": [
                {
                    "value": 3,
                    "articles": ["harbour-0502"],
                    "evidence": conflicts[0]["values"][0]["evidence"],  # type: ignore[index]
                    "inferred": False,
                    "basis": "ordinal",
                },
                {
                    "value": 4,
                    "articles": ["tidings-0503"],
                    "evidence": conflicts[0]["values"][1]["evidence"],  # type: ignore[index]
                    "inferred": False,
                    "basis": "ordinal",
                },
            ],
        }
    ]
    table = run_cli("--db", db_path, "conflicts").stdout
    assert "3 (harbour-0502) vs 4 (tidings-0503)" in table


def test_export_jsonl_to_stdout_with_filter(run_cli: RunCli, db_path: Path):
    result = run_cli("--db", db_path, "export", "--format", "jsonl", "--type", "CONSULT")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["id"] for record in records] == [MEETING_ID, PLANNED_ID]


def test_export_csv_to_file(run_cli: RunCli, db_path: Path, tmp_path: Path):
    out = tmp_path / "out" / "events.csv"
    result = run_cli("--db", db_path, "export", "--format", "csv", "-o", out)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "exported 3 events" in result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,type,cameo")
    assert len(lines) == 4


def test_export_parquet_needs_output(run_cli: RunCli, db_path: Path):
    result = run_cli("--db", db_path, "export", "--format", "parquet")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "Error: parquet export needs an output file: add -o FILE (see 'parley export --help')"
    ]


def test_export_parquet_to_file(run_cli: RunCli, db_path: Path, tmp_path: Path):
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    assert run_cli("--db", db_path, "export", "--format", "parquet", "-o", out).exit_code == 0
    assert pyarrow_parquet.read_table(out).num_rows == 3
