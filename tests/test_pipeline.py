"""End to end through the library API: the team's example articles and a messy input folder."""

from __future__ import annotations

import io
import json
import shutil
from importlib import resources
from pathlib import Path

import pytest

from parley.models import EventFilter, Status
from parley.pipeline import Parley

pytestmark = pytest.mark.slow

EXAMPLES = Path(str(resources.files("parley").joinpath("data", "examples")))


def test_examples_merge_reports_across_outlets(tmp_path: Path) -> None:
    with Parley.open(tmp_path / "p.db") as parley:
        report = parley.ingest([str(EXAMPLES)])
        assert report.ok and report.added >= 12
        fidan = [
            e
            for e in parley.events(EventFilter(actor="Fidan", status=Status.OCCURRED))
            if e.type.value == "CONSULT" and e.date == "2024-03-04"
        ]
        assert len(fidan) == 1
        event = fidan[0]
        assert {"a01_reuters_fidan_lavrov", "a02_statemedia_lavrov_fidan"} <= set(event.articles)
        assert event.location is not None and event.location.name == "Ankara"
        [rounds] = [c for c in event.conflicts if c.field == "mechanism.round"]
        # The agreement to hold the tenth meeting, later in a01, is no rival round.
        assert {v.value for v in rounds.values} == {8, 9}
        # Every value carries the sentence it came from.
        for evidence in event.mentions:
            text = parley.article(evidence.article).text
            assert text[evidence.start : evidence.end] == evidence.sentence


def test_reingest_is_idempotent_and_a_changed_article_replaces_the_old(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(EXAMPLES / "a04_pti_jaishankar_call.txt", folder / "call.txt")
    with Parley.open(tmp_path / "p.db") as parley:
        first = parley.ingest([str(folder)])
        events = [e.model_dump() for e in parley.events()]
        again = parley.ingest([str(folder)])
        assert (first.added, again.added, again.unchanged) == (1, 0, 1)
        assert [e.model_dump() for e in parley.events()] == events
        (folder / "call.txt").write_text(
            "NEW DELHI, June 20 (PTI) - External Affairs Minister S Jaishankar met Saudi Foreign "
            "Minister Prince Faisal bin Farhan in New Delhi on Thursday.\n",
            encoding="utf-8",
        )
        changed = parley.ingest([str(folder)])
        assert changed.replaced == 1
        assert parley.store.count_articles() == 1
        ids = {m.id for m in parley.store.mentions_for_article("call")}
        assert ids and all(i.startswith("call:") for i in ids)


def test_bad_inputs_are_skipped_and_reported(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "GENEVA, May 2 (Reuters) - Swiss Foreign Minister Ignazio Cassis met his Austrian "
        "counterpart in Geneva on Thursday to discuss the neutrality talks.\n",
        encoding="utf-8",
    )
    (folder / "latin1.txt").write_bytes(
        "GENÈVE, 3 mai - Sergueï Lavrov held talks with the Swiss foreign minister in Genève "
        "on Friday, officials said, and both sides agreed to meet again.\n".encode("latin-1")
    )
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    big = folder / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (folder / "nav.html").write_text(
        "<html><body><nav><a href='/'>Home</a><a href='/world'>World</a></nav></body></html>",
        encoding="utf-8",
    )
    with Parley.open(tmp_path / "p.db") as parley:
        report = parley.ingest([str(folder)])
        assert report.added == 2
        failed = {Path(f.source).name for f in report.failures}
        assert failed == {"binary.txt", "empty.txt", "huge.txt", "nav.html"}
        assert all(f.reason and "\n" not in f.reason for f in report.failures)
        latin = parley.article("latin1")
        assert "Sergueï Lavrov" in latin.text and "Genève" in latin.text
        again = parley.ingest([str(folder)])
        assert again.added == 0 and again.replaced == 0
        assert parley.store.count_articles() == 2


def test_export_contract_on_examples(tmp_path: Path) -> None:
    with Parley.open(tmp_path / "p.db") as parley:
        parley.ingest([str(EXAMPLES)])
        out = io.StringIO()
        count = parley.export("jsonl", None, out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert count == len(lines) > 0
    for record in lines:
        assert record["type"] in ("CONSULT", "AGREE", "SUPPORT")
        assert record["status"] in ("occurred", "planned", "hypothetical", "negated")
        assert record["date"] is None or len(record["date"]) in (4, 7, 10)
        assert record["mentions"] and record["articles"]
