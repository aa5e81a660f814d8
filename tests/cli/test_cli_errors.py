"""User mistakes and failures: one line on stderr, the right exit status, never a traceback."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from cli_builders import MEETING_ID, RunCli
from click.testing import Result

from parley.pipeline import Parley


def _one_error_line(result: Result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in result.output
    return lines[0]


def test_bad_date_in_from_is_a_usage_error(run_cli: RunCli, db_path: Path):
    result = run_cli("--db", db_path, "events", "--from", "2023-13")
    assert result.exit_code == 2
    line = _one_error_line(result)
    assert "'--from'" in line and "YYYY-MM-DD" in line


def test_unknown_event_id(run_cli: RunCli, db_path: Path):
    result = run_cli("--db", db_path, "show", "ev-nothing")
    assert result.exit_code == 2
    assert _one_error_line(result) == "Error: no event with id 'ev-nothing'"


def test_ambiguous_event_prefix(run_cli: RunCli, db_path: Path):
    result = run_cli("--db", db_path, "show", "ev-")
    assert result.exit_code == 2
    assert "ambiguous" in _one_error_line(result)


def test_unknown_actor(run_cli: RunCli, db_path: Path):
    result = run_cli("--db", db_path, "actor", "Nobody At All")
    assert result.exit_code == 2
    assert "no actor matching" in _one_error_line(result)


def test_missing_database_is_not_created(run_cli: RunCli, tmp_path: Path):
    missing = tmp_path / "typo.db"
    result = run_cli("--db", missing, "events")
    assert result.exit_code == 2
    assert "no database at" in _one_error_line(result)
    assert not missing.exists()


def test_database_that_is_not_sqlite(run_cli: RunCli, tmp_path: Path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 200, encoding="utf-8")
    result = run_cli("--db", bogus, "events")
    assert result.exit_code == 1
    assert "cannot open database" in _one_error_line(result)


def test_unreadable_database_path(run_cli: RunCli, tmp_path: Path):
    # A directory where the file should be cannot be opened as a database.
    folder = tmp_path / "folder.db"
    folder.mkdir()
    result = run_cli("events", "--db", folder)
    assert result.exit_code == 2
    assert "folder.db" in _one_error_line(result)


def test_missing_input_path(run_cli: RunCli, tmp_path: Path):
    result = run_cli("--db", tmp_path / "new.db", "ingest", tmp_path / "no-such-folder")
    assert result.exit_code == 2
    assert "does not exist" in _one_error_line(result)


def test_unknown_command_and_option(run_cli: RunCli, db_path: Path):
    for args in (["frobnicate"], ["events", "--colour"], ["events", "--type", "PARTY"]):
        result = run_cli("--db", db_path, *args)
        assert result.exit_code == 2
        _one_error_line(result)


def test_unexpected_error_is_one_line_without_verbose(
    run_cli: RunCli, db_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def broken(self: Parley, flt: object = None) -> list[object]:
        raise RuntimeError("disk\nexploded")

    monkeypatch.setattr(Parley, "events", broken)
    result = run_cli("--db", db_path, "events")
    assert result.exit_code == 1
    line = _one_error_line(result)
    assert line == "Error: unexpected RuntimeError: disk exploded (run with -v for details)"


def test_unexpected_error_shows_traceback_with_verbose(
    run_cli: RunCli, db_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def broken(self: Parley, flt: object = None) -> list[object]:
        raise RuntimeError("disk exploded")

    monkeypatch.setattr(Parley, "events", broken)
    result = run_cli("-v", "--db", db_path, "events")
    assert result.exit_code == 1
    assert "Traceback" in result.stderr
    assert result.stderr.strip().splitlines()[-1] == "Error: unexpected RuntimeError: disk exploded"


def test_serve_passes_options_to_the_web_app(
    run_cli: RunCli, db_path: Path, monkeypatch: pytest.MonkeyPatch
):
    calls: list[dict[str, object]] = []
    fake_web = types.ModuleType("parley.web")
    fake_web.serve = lambda **kwargs: calls.append(kwargs)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "parley.web", fake_web)
    result = run_cli("serve", "--db", db_path, "--port", "8123", "--allow-ingest")
    assert result.exit_code == 0, result.output
    assert calls == [{"db_path": db_path, "host": "127.0.0.1", "port": 8123, "allow_ingest": True}]


def test_serve_rejects_a_bad_port(run_cli: RunCli, db_path: Path):
    result = run_cli("serve", "--db", db_path, "--port", "99999")
    assert result.exit_code == 2
    _one_error_line(result)


def test_json_output_is_not_mixed_with_messages(run_cli: RunCli, db_path: Path):
    result = run_cli("--db", db_path, "show", MEETING_ID, "--json")
    assert result.stderr == ""
    assert result.stdout.lstrip().startswith("{")
