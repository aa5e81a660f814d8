"""`parley ingest` and `parley demo` through the real pipeline (spaCy model: marked slow)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_builders import RunCli

ARTICLE = (
    "Harbour Wire\n\n"
    "OSLO, 14 February 2023 - Norwegian Foreign Minister Anniken Huitfeldt met Indonesian "
    "Foreign Minister Retno Marsudi in Oslo on Tuesday to discuss maritime cooperation.\n\n"
    "The two ministers agreed to meet again in Jakarta later this year.\n"
)


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "oslo-meeting.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 not text at all \xff\xfe" * 50)
    return folder


@pytest.mark.slow
def test_ingest_reports_counts_and_every_failure(run_cli: RunCli, tmp_path: Path):
    db = tmp_path / "parley.db"
    result = run_cli("--db", db, "ingest", _corpus(tmp_path))
    assert result.exit_code == 1  # one input failed
    assert "1 added, 0 replaced, 0 unchanged, 1 failed" in result.stdout
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failures) == 1 and "broken.txt" in failures[0]
    events = json.loads(run_cli("--db", db, "events", "--json").stdout)
    assert any(event["type"] == "CONSULT" for event in events)

    again = run_cli("--db", db, "ingest", "--quiet", tmp_path / "articles" / "oslo-meeting.txt")
    assert again.exit_code == 0
    assert again.stdout == ""


@pytest.mark.slow
def test_ingest_reads_stdin(run_cli: RunCli, tmp_path: Path):
    db = tmp_path / "parley.db"
    result = run_cli("--db", db, "ingest", "-", "--published", "2023-02-14", input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert "1 added" in result.stdout


@pytest.mark.slow
def test_ingest_bad_published_date(run_cli: RunCli, tmp_path: Path):
    result = run_cli("--db", tmp_path / "p.db", "ingest", "-", "--published", "Tuesday", input="x")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: invalid publication date")
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_demo_keeps_its_database_when_asked(run_cli: RunCli, tmp_path: Path):
    db = tmp_path / "demo.db"
    result = run_cli("demo", "--db", db)
    assert result.exit_code == 0, result.output
    assert "13 added, 0 replaced, 0 unchanged, 0 failed" in result.stdout
    assert "Events in the example articles" in result.stdout and "Conflicts" in result.stdout
    assert db.exists()
    again = run_cli("demo", "--db", db)
    assert again.exit_code == 2
    assert "already exists" in again.stderr
