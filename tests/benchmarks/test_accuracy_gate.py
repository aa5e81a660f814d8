"""The accuracy gate: figures may not drop below the floors pinned in benchmarks/baseline.json.

The slow tests run the pipeline on the development corpus (dev and heldout splits) and the demo
examples, and on the public benchmarks whose data is in ../shared/datasets (each runs in
seconds); the fast ones check the corpus hash, the gate arithmetic and the error analysis.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bench_loader import load_benchmark
from gold_builders import gold_event

accuracy = load_benchmark("accuracy")

CORPUS_SECTIONS = ("dev", "heldout", "examples")
PUBLIC_SECTIONS = ("tempeval", "ecbplus", "plover")
RE_PIN = (
    "Re-measure with `python benchmarks/accuracy.py --write-baseline`, review every floor it "
    "lowers, and commit benchmarks/baseline.json together with the change."
)


@pytest.fixture(scope="module")
def baseline() -> dict[str, Any]:
    data: dict[str, Any] = accuracy.load_baseline()
    return data


# --------------------------------------------------------------------------- the gate


def test_corpus_hash_matches_baseline(baseline: dict[str, Any]) -> None:
    measured = accuracy.corpus_sha256()
    assert baseline["corpus_sha256"] == measured, (
        f"benchmarks/corpus/ changed (sha256 {measured}, baseline pins "
        f"{baseline['corpus_sha256']}): the floors were measured on another corpus. {RE_PIN}"
    )


def test_every_pinned_limit_names_a_known_figure(baseline: dict[str, Any]) -> None:
    known = {f.key for rows in accuracy.FIGURES.values() for f in rows}
    pinned = set(baseline["floors"]) | set(baseline["ceilings"])
    assert pinned, "benchmarks/baseline.json pins no floors"
    assert pinned <= known, f"unknown figures in the baseline: {sorted(pinned - known)}"
    for figure in (f for section in CORPUS_SECTIONS for f in accuracy.FIGURES[section]):
        if figure.gated:
            assert figure.key in baseline["floors"], f"{figure.key} has no floor in the baseline"
        else:
            assert figure.key not in baseline["floors"], f"{figure.key} is not gated"


@pytest.mark.slow
def test_corpus_figures_meet_their_floors(baseline: dict[str, Any]) -> None:
    results = accuracy.run_sections(CORPUS_SECTIONS)
    assert [r.name for r in results] == list(CORPUS_SECTIONS)
    for result in results:
        assert result.ran, f"{result.name} did not run: {result.note or result.error}"
    figures = {k: v for r in results for k, v in r.figures.items()}
    failures = accuracy.gate_failures(figures, baseline)
    assert not failures, "accuracy dropped below its floor:\n" + "\n".join(failures)


@pytest.mark.slow
@pytest.mark.parametrize("section", PUBLIC_SECTIONS)
def test_public_benchmark_meets_its_floors(section: str, baseline: dict[str, Any]) -> None:
    (result,) = accuracy.run_sections([section])
    if result.note:
        pytest.skip(f"{section}: {result.note}")
    assert not result.error, f"{section} crashed:\n{result.error}"
    failures = accuracy.gate_failures(result.figures, baseline)
    assert not failures, f"{section} dropped below its floor:\n" + "\n".join(failures)


# --------------------------------------------------------------------------- gate arithmetic


def test_gate_flags_a_figure_below_its_floor_and_a_missing_value() -> None:
    pins = {"floors": {"dev.consult_f1": 0.5, "dev.date_accuracy": 0.4}, "ceilings": {}}
    assert accuracy.gate_failures({"dev.consult_f1": 0.5, "dev.date_accuracy": 0.41}, pins) == []
    failures = accuracy.gate_failures({"dev.consult_f1": 0.49, "dev.date_accuracy": None}, pins)
    assert len(failures) == 2
    assert failures[0].startswith("dev.consult_f1: 0.4900 is below its floor 0.500")
    assert failures[1].startswith("dev.date_accuracy: no value measured")


def test_gate_checks_ceilings_for_lower_is_better_figures() -> None:
    pins = {"floors": {}, "ceilings": {"plover.invented_rate": 0.1}}
    assert accuracy.gate_failures({"plover.invented_rate": 0.1}, pins) == []
    (failure,) = accuracy.gate_failures({"plover.invented_rate": 0.2}, pins)
    assert "above its ceiling" in failure


def test_gate_ignores_figures_that_were_not_measured_or_are_not_gated() -> None:
    pins = {"floors": {"heldout.consult_f1": 0.9, "dev.consult_recall": 0.9}, "ceilings": {}}
    assert accuracy.gate_failures({"dev.consult_f1": 0.1, "dev.consult_recall": 0.1}, pins) == []


def test_pinned_limits_sit_a_margin_below_and_never_below_zero() -> None:
    floors, ceilings = accuracy.pinned_limits(
        {
            "dev.consult_f1": 0.8571,
            "dev.consult_precision": 0.9,
            "dev.round_accuracy": 0.01,
            "plover.invented_rate": 0.042,
        }
    )
    assert floors == {"dev.consult_f1": 0.83, "dev.round_accuracy": 0.0}
    assert ceilings == {"plover.invented_rate": 0.07}


def test_write_baseline_reports_lowered_floors(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(
        json.dumps(
            {
                "corpus_sha256": "x",
                "floors": {"dev.consult_f1": 0.9, "dev.agree_f1": 0.1, "dev.consult_recall": 0.5},
            }
        ),
        encoding="utf-8",
    )
    lowered = accuracy.write_baseline({"dev.consult_f1": 0.6, "dev.agree_f1": 0.5}, path)
    assert lowered == ["dev.consult_f1: floor 0.9 -> 0.58"]
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["floors"] == {"dev.agree_f1": 0.48, "dev.consult_f1": 0.58}
    assert written["corpus_sha256"] == accuracy.corpus_sha256()


def test_corpus_hash_covers_names_and_bytes(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_bytes(b"one")
    (tmp_path / "gold.json").write_bytes(b"{}")
    first = accuracy.corpus_sha256(tmp_path)
    assert accuracy.corpus_sha256(tmp_path) == first
    (tmp_path / "articles" / "a.txt").write_bytes(b"One")
    changed_bytes = accuracy.corpus_sha256(tmp_path)
    (tmp_path / "articles" / "a.txt").rename(tmp_path / "articles" / "b.txt")
    renamed = accuracy.corpus_sha256(tmp_path)
    assert len({first, changed_bytes, renamed}) == 3


# --------------------------------------------------------------------------- error analysis


def _person(name: str, country: str) -> dict[str, Any]:
    return {"name": name, "country": country, "aliases": [name.split()[-1].lower()]}


def _gold(key: str, people: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return gold_event(key, people, **{"articles": ["a1"], **extra})


def _export(event_id: str, names: list[str], **extra: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": event_id,
        "type": "CONSULT",
        "status": "occurred",
        "date": None,
        "location": None,
        "participants": [{"name": n, "country": None} for n in names],
        "source": [],
        "target": [],
        "mechanism": None,
        "articles": ["a1"],
        "mentions": [{"article": "a1", "sentence_index": 0, "sentence": f"{event_id} sentence"}],
        "conflicts": [],
        "support": {},
    }
    event.update(extra)
    return event


ODEGAARD = _person("Ingrid Odegaard", "NOR")
WIBOWO = _person("Retno Wibowo", "IDN")
MASSOUD = _person("Karim Massoud", "EGY")
TEXTS = {
    "a1": "Odegaard met Wibowo in Bergen on 2 May. Massoud and Wibowo spoke by phone.",
    "a2": "Odegaard will visit Massoud next month.",
}


def test_error_analysis_classifies_each_kind_of_failure() -> None:
    gold = {
        "required": [
            _gold("G1", [ODEGAARD, WIBOWO], date="2023-05-02", location="Bergen"),
            _gold("G2", [MASSOUD, WIBOWO]),
        ],
        "optional": [
            _gold("P1", [ODEGAARD, MASSOUD], status="planned", articles=["a2"]),
        ],
        "agree": [],
        "support": [],
    }
    events = [
        _export("e1", ["Ingrid Odegaard", "Retno Wibowo"], date="2023-05-03"),
        _export("e2", ["Ingrid Odegaard", "Retno Wibowo"]),
        _export(
            "e3",
            ["Ingrid Odegaard", "Karim Massoud"],
            articles=["a2"],
            mentions=[{"article": "a2", "sentence_index": 0, "sentence": "Odegaard will visit"}],
        ),
        _export("e4", ["Lone Actor", "Other Actor"]),
        _export("e5", ["Nobody", "Else"], type="AGREE"),
    ]
    failures = accuracy.classify_failures(gold, events, TEXTS)
    kinds = sorted(f.kind for f in failures)
    assert kinds == [
        "duplicate (one meeting split in two)",
        "missed meeting",
        "missing place",
        "planned-as-occurred",
        "spurious agreement",
        "spurious meeting",
        "wrong date",
    ]
    missed = next(f for f in failures if f.kind == "missed meeting")
    assert missed.article == "a1"
    assert missed.sentence == "Massoud and Wibowo spoke by phone."
    assert missed.exported == "nothing"
    assert missed.gold.startswith("G2 CONSULT; Karim Massoud, Retno Wibowo")
    wrong_date = next(f for f in failures if f.kind == "wrong date")
    assert "date 2023-05-03" in wrong_date.exported
    assert "date 2023-05-02" in wrong_date.gold


def test_false_positive_sharing_a_principal_with_a_miss_counts_once() -> None:
    gold = {"required": [_gold("G2", [MASSOUD, WIBOWO])], "optional": []}
    events = [_export("e1", ["Karim Massoud", "Sushila Rao"])]
    (failure,) = accuracy.classify_failures(gold, events, TEXTS)
    assert failure.kind == "wrong participants"
    assert "Sushila Rao" in failure.exported


def test_summary_ranks_kinds_by_count_then_name() -> None:
    failure = accuracy.Failure
    failures = [
        failure("missing date", "a1", "s", "x", "y"),
        failure("spurious meeting", "a2", "s", "x", "y"),
        failure("missing date", "a3", "s", "x", "y"),
        failure("missed meeting", "a4", "s", "x", "y"),
    ]
    summary = accuracy.summarize_failures(failures)
    assert [(kind, count) for kind, count, _ in summary] == [
        ("missing date", 2),
        ("missed meeting", 1),
        ("spurious meeting", 1),
    ]
    assert summary[0][2].article == "a1"
    text = accuracy.analysis_markdown(failures)
    assert "### 1. missing date (2)" in text
    assert "### 3. spurious meeting (1)" in text
    assert "| missed meeting | 1 |" in text


def test_agreement_with_a_country_for_a_named_party_counts_once_as_wrong_parties() -> None:
    agreement = _gold("A1", [ODEGAARD, WIBOWO], type="AGREE")
    gold = {"required": [], "optional": [], "agree": [agreement], "support": []}
    events = [
        _export(
            "e1",
            [],
            type="AGREE",
            participants=[{"name": "Indonesia", "country": "IDN"}],
        ),
        _export("e2", ["Karim Massoud", "Other Actor"], type="AGREE", articles=["a2"]),
    ]
    failures = accuracy.classify_failures(gold, events, TEXTS)
    assert [f.kind for f in failures] == ["agreement with wrong parties", "spurious agreement"]
    assert "Indonesia" in failures[0].exported
    assert failures[0].gold.startswith("A1 AGREE")


def test_a_party_in_both_participants_and_source_is_described_once() -> None:
    event = {
        "type": "CONSULT",
        "status": "occurred",
        "participants": [{"name": "Karim Massoud", "office": "Minister"}],
        "source": [{"name": "Karim Massoud", "office": "Foreign Minister"}],
        "articles": ["a1"],
    }
    assert accuracy.describe_event(event).startswith("CONSULT (occurred); Karim Massoud; date")


def test_the_failures_of_a_probe_kept_unseen_are_never_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Between rounds no probe may be unseen, so the rule is checked on a probe marked here.
    monkeypatch.setattr(accuracy, "UNSEEN", frozenset({"probe2"}))
    results = [
        accuracy.SectionResult(name, figures={f"{name}.consult_f1": 0.5})
        for name in ("probe", "probe2")
    ]
    assert [r.name for r in accuracy.shown_probes(results)] == ["probe"]


def test_the_probes_kept_unseen_are_registered_probes() -> None:
    assert accuracy.UNSEEN.issubset(accuracy.PROBES)
