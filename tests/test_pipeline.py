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


DATED_REPORT = (
    "Putin and Kim sign defence pact in Pyongyang\n\n"
    "Published: June 19, 2024\n\n"
    "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual "
    "defence pact in Pyongyang on Wednesday after talks that lasted several hours.\n\n"
    "The two leaders said that the treaty would take their relations to a new level and that "
    "it was a purely defensive document, according to the state news agency.\n"
)
YEARLESS_REPORT = (
    "Putin holds talks in Hanoi\n\n"
    "HANOI, June 20 (TASS) - Russian President Vladimir Putin held talks with Vietnamese "
    "President To Lam in Hanoi, the Kremlin press service said.\n\n"
    "Putin had held talks with North Korean leader Kim Jong Un in Pyongyang on June 19 and "
    "signed a treaty on comprehensive strategic partnership.\n"
)


def _meetings_by_date(parley: Parley) -> dict[str | None, list[str]]:
    found = parley.events(EventFilter(actor="Putin", status=Status.OCCURRED))
    return {
        e.date: sorted(p.name for p in e.participants) for e in found if e.type.value == "CONSULT"
    }


def test_a_report_without_a_year_is_dated_by_other_reports_of_its_day(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "dated.txt").write_text(DATED_REPORT, encoding="utf-8")
    (tmp_path / "in" / "wire.txt").write_text(YEARLESS_REPORT, encoding="utf-8")
    with Parley.open(tmp_path / "together.db") as parley:
        assert parley.ingest([str(tmp_path / "in")]).ok
        together = _meetings_by_date(parley)
        [hanoi] = [
            e for e in parley.events(EventFilter(actor="To Lam")) if e.type.value == "CONSULT"
        ]
        assert hanoi.date == "2024-06-20"
        # The year says where it came from.
        assert hanoi.date_basis is not None and "other reports of the same day (dated)" in (
            hanoi.date_basis
        )
    assert "2024-06-20" in together and "2024-06-19" in together
    # The year-less report first, the one that dates it in a later run: the same record.
    with Parley.open(tmp_path / "apart.db") as parley:
        assert parley.ingest([str(tmp_path / "in" / "wire.txt")]).ok
        assert "2024-06-20" not in _meetings_by_date(parley)
        assert parley.ingest([str(tmp_path / "in" / "dated.txt")]).ok
        assert _meetings_by_date(parley) == together
        # And rebuilding every event from the stored mentions changes nothing.
        parley.reconcile()
        assert _meetings_by_date(parley) == together


SAME_DAY_REPORT = (
    "Putin holds talks with Vietnamese premier\n\n"
    "Published: June 21, 2024\n\n"
    "Russian President Vladimir Putin held talks with Vietnamese Prime Minister Pham Minh "
    "Chinh in Hanoi on Thursday, on the second day of a state visit to Vietnam.\n\n"
    "The two leaders discussed energy cooperation and the settlement of payments in national "
    "currencies, according to the government's website.\n"
)


def test_another_meeting_of_the_same_person_that_day_dates_a_report_arriving_earlier(
    tmp_path: Path,
) -> None:
    wire = tmp_path / "wire.txt"
    wire.write_text(YEARLESS_REPORT, encoding="utf-8")
    same_day = tmp_path / "same_day.txt"
    same_day.write_text(SAME_DAY_REPORT, encoding="utf-8")
    with Parley.open(tmp_path / "p.db") as parley:
        assert parley.ingest([str(wire)]).ok
        assert parley.ingest([str(same_day)]).ok
        # The Hanoi talks with To Lam are another meeting than those with Chinh, but Putin
        # was in Hanoi that day in the record; the Pyongyang talks the day before follow.
        dated = {
            e.date
            for e in parley.events(EventFilter(actor="Putin"))
            if "wire" in e.articles and e.type.value == "CONSULT"
        }
        assert dated == {"2024-06-19", "2024-06-20"}
