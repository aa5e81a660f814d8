"""Tests for benchmarks/score.py with hand-made gold and export lists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bench_loader import load_benchmark
from gold_builders import gold_event

SCORE_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "score.py"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


score_mod = load_benchmark("score")


def person(name: str, country: str, *aliases: str) -> dict[str, Any]:
    return {"name": name, "country": country, "aliases": list(aliases)}


WANG = person("Wang Yi", "CHN", "wang yi", "wang")
SHOIGU = person("Sergei Shoigu", "RUS", "shoigu", "sergei shoigu", "sergey shoigu")
FIDAN = person("Hakan Fidan", "TUR", "fidan")
LAVROV = person("Sergei Lavrov", "RUS", "lavrov")


def exported(event_id: str, names: list[tuple[str, str]], **extra: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": event_id,
        "type": "CONSULT",
        "status": "occurred",
        "date": None,
        "location": None,
        "participants": [{"name": n, "country": c, "office": None} for n, c in names],
        "source": [],
        "target": [],
        "mechanism": None,
        "articles": [],
        "conflicts": [],
    }
    event.update(extra)
    return event


def gold_file(required: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    gold: dict[str, Any] = {
        "corpus": "test",
        "required": required,
        "optional": [],
        "agree": [],
        "support": [],
    }
    gold.update(extra)
    return gold


WANG_SHOIGU = [("Wang Yi", "CHN"), ("Sergei Shoigu", "RUS")]


# --------------------------------------------------------------------------- aliases


@pytest.mark.parametrize(
    ("alias", "name", "expected"),
    [
        ("wang", "Wang Yi", True),
        ("WANG YI", "wang yi", True),
        ("wang", "Wangari Maathai", False),
        ("yi", "Wang Yi", True),
        ("lavrov", "Sergey Lavrov", True),
        ("cho", "Cho Tae-yul", True),
        ("tae", "Cho Tae-yul", True),
        ("", "Wang Yi", False),
    ],
)
def test_alias_matches_whole_words_only(alias: str, name: str, expected: bool) -> None:
    assert score_mod.alias_matches(alias, name) is expected


def test_match_needs_two_participants_and_same_type() -> None:
    gold = gold_event("E1", [WANG, SHOIGU])
    assert score_mod.can_match(gold, exported("x", WANG_SHOIGU))
    assert not score_mod.can_match(gold, exported("x", [("Wang Yi", "CHN")]))
    assert not score_mod.can_match(gold, exported("x", WANG_SHOIGU, type="AGREE"))


def test_match_falls_back_to_countries_with_one_named_participant() -> None:
    unnamed: dict[str, Any] = {"name": None, "country": "TUR", "aliases": []}
    gold = gold_event("E6", [person("Musalia Mudavadi", "KEN", "mudavadi"), unnamed])
    hit = exported("x", [("Musalia Mudavadi", "KEN"), ("Turkish foreign minister", "TUR")])
    miss = exported("y", [("Musalia Mudavadi", "KEN"), ("Someone", "ETH")])
    assert score_mod.can_match(gold, hit)
    assert not score_mod.can_match(gold, miss)


# --------------------------------------------------------------------------- P/R/F1


def test_perfect_export_scores_one() -> None:
    gold = gold_file([gold_event("E1", [WANG, SHOIGU], date="2024-09-10")])
    result = score_mod.score(gold, [exported("ev1", WANG_SHOIGU, date="2024-09-10")])
    consult = result["CONSULT"]
    assert (consult["tp"], consult["fp"], consult["fn"]) == (1, 0, 0)
    assert consult["f1"] == 1.0
    assert consult["date_accuracy"] == 1.0


def test_duplicate_export_is_a_false_positive() -> None:
    gold = gold_file([gold_event("E1", [WANG, SHOIGU])])
    events = [exported("ev1", WANG_SHOIGU), exported("ev2", WANG_SHOIGU)]
    consult = score_mod.score(gold, events)["CONSULT"]
    assert (consult["tp"], consult["fp"], consult["fn"]) == (1, 1, 0)
    assert consult["precision"] == 0.5
    assert consult["recall"] == 1.0
    assert consult["f1"] == pytest.approx(2 / 3, abs=1e-4)


def test_unmatched_export_is_false_positive_and_missing_gold_is_miss() -> None:
    gold = gold_file([gold_event("E1", [WANG, SHOIGU]), gold_event("E2", [FIDAN, LAVROV])])
    events = [exported("ev1", WANG_SHOIGU), exported("ev9", [("Joe Biden", "USA")])]
    consult = score_mod.score(gold, events)["CONSULT"]
    assert (consult["tp"], consult["fp"], consult["fn"]) == (1, 1, 1)
    assert consult["missed"] == ["E2"]
    assert consult["false_positives"] == ["ev9"]


def test_planned_export_matching_required_event_is_a_miss_not_a_hit() -> None:
    gold = gold_file([gold_event("E1", [WANG, SHOIGU])])
    consult = score_mod.score(gold, [exported("ev1", WANG_SHOIGU, status="planned")])["CONSULT"]
    assert (consult["tp"], consult["fp"], consult["fn"]) == (0, 0, 1)


def test_planned_export_matching_optional_is_ignored() -> None:
    optional = [{"key": "P1", "type": "CONSULT", "status": "planned", "countries": ["CHN", "RUS"]}]
    gold = gold_file([], optional=optional)
    consult = score_mod.score(gold, [exported("ev1", WANG_SHOIGU, status="planned")])["CONSULT"]
    assert (consult["tp"], consult["fp"], consult["fn"]) == (0, 0, 0)
    assert consult["ignored_planned"] == 1


def test_occurred_export_of_a_planned_meeting_is_a_false_positive() -> None:
    optional = [{"key": "P1", "type": "CONSULT", "status": "planned", "countries": ["CHN", "RUS"]}]
    gold = gold_file([], optional=optional)
    consult = score_mod.score(gold, [exported("ev1", WANG_SHOIGU)])["CONSULT"]
    assert consult["fp"] == 1


def test_agree_and_support_are_scored_separately() -> None:
    agree = gold_event("A1", [FIDAN, LAVROV], type="AGREE")
    support = gold_event("S1", [], type="SUPPORT", source=["RUS"], target=["TUR"])
    gold = gold_file([], agree=[agree], support=[support])
    events = [
        exported("a", [("Hakan Fidan", "TUR"), ("Sergey Lavrov", "RUS")], type="AGREE"),
        exported(
            "s",
            [],
            type="SUPPORT",
            source=[{"name": "Russia", "country": "RUS", "office": None}],
            target=[{"name": "Turkey", "country": "TUR", "office": None}],
        ),
        exported("s2", [("Wang Yi", "CHN")], type="SUPPORT"),
    ]
    result = score_mod.score(gold, events)
    assert (result["AGREE"]["tp"], result["AGREE"]["fp"]) == (1, 0)
    assert (result["SUPPORT"]["tp"], result["SUPPORT"]["fp"]) == (1, 1)
    assert result["CONSULT"]["tp"] == 0


# --------------------------------------------------------------------------- fields


@pytest.mark.parametrize(
    ("exported_date", "expected"),
    [
        ("2023-09-15", 1.0),
        ("2023-09", 1.0),
        ("2023-10-01", 0.0),
        ("2023", 0.0),
        (None, 0.0),
    ],
)
def test_date_inside_window_counts(exported_date: str | None, expected: float) -> None:
    gold = gold_file([gold_event("E1", [WANG, SHOIGU], date_window=["2023-09-01", "2023-09-30"])])
    result = score_mod.score(gold, [exported("ev1", WANG_SHOIGU, date=exported_date)])
    assert result["CONSULT"]["date_accuracy"] == expected


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        # "last week" in a month: the days of that week lie inside the gold window.
        (["2023-09-11", "2023-09-17"], 1.0),
        (["2023-09-11", "2023-09-21"], 0.0),
    ],
)
def test_an_exported_window_lies_where_its_days_do(window: list[str], expected: float) -> None:
    gold = gold_file([gold_event("E1", [WANG, SHOIGU], date_window=["2023-09-10", "2023-09-20"])])
    event = exported("ev1", WANG_SHOIGU, date="2023-09", date_window=window)
    assert score_mod.score(gold, [event])["CONSULT"]["date_accuracy"] == expected


def test_exact_date_must_match_string() -> None:
    gold = gold_file([gold_event("E1", [WANG, SHOIGU], date="2023-09-19")])
    result = score_mod.score(gold, [exported("ev1", WANG_SHOIGU, date="2023-09")])
    assert result["CONSULT"]["date_accuracy"] == 0.0


def test_location_accuracy_normalises_saint() -> None:
    gold = gold_file(
        [
            gold_event("E1", [WANG, SHOIGU], location="St. Petersburg"),
            gold_event("E2", [FIDAN, LAVROV], location="Ankara"),
        ]
    )
    events = [
        exported("ev1", WANG_SHOIGU, location={"name": "saint petersburg", "country": "RUS"}),
        exported("ev2", [("Fidan", "TUR"), ("Lavrov", "RUS")], location={"name": "Istanbul"}),
    ]
    assert score_mod.score(gold, events)["CONSULT"]["location_accuracy"] == 0.5


@pytest.mark.parametrize(
    ("gold_place", "exported_place", "correct"),
    [("Brasilia", "Brasília", True), ("N'Djamena", "Ndjamena", True), ("Lagos", "Abuja", False)],
)
def test_location_accuracy_ignores_accents_and_apostrophes(
    gold_place: str, exported_place: str, correct: bool
) -> None:
    gold = gold_file([gold_event("E1", [WANG, SHOIGU], location=gold_place)])
    events = [exported("ev1", WANG_SHOIGU, location={"name": exported_place})]
    accuracy = score_mod.score(gold, events)["CONSULT"]["location_accuracy"]
    assert accuracy == (1.0 if correct else 0.0)


def test_round_accuracy_only_over_gold_with_round() -> None:
    gold = gold_file(
        [
            gold_event("E1", [WANG, SHOIGU], mechanism_round=18),
            gold_event("E2", [FIDAN, LAVROV]),
        ]
    )
    events = [
        exported("ev1", WANG_SHOIGU, mechanism={"name": "strategic security", "round": 9}),
        exported("ev2", [("Fidan", "TUR"), ("Lavrov", "RUS")], mechanism=None),
    ]
    consult = score_mod.score(gold, events)["CONSULT"]
    assert consult["round_accuracy"] == 0.0
    events[0]["mechanism"]["round"] = 18
    assert score_mod.score(gold, events)["CONSULT"]["round_accuracy"] == 1.0


def test_article_jaccard_mean() -> None:
    gold = gold_file([gold_event("E1", [WANG, SHOIGU], articles=["a1", "a2", "a3"])])
    result = score_mod.score(gold, [exported("ev1", WANG_SHOIGU, articles=["a1", "a2", "a4"])])
    assert result["CONSULT"]["article_jaccard"] == pytest.approx(0.5)


def test_conflicts_flagged_needs_same_field_and_all_gold_values() -> None:
    conflict = {"field": "round", "values": {"18": ["a1"], "9": ["a2"]}}
    gold = gold_file([gold_event("E1", [WANG, SHOIGU], mechanism_round=18, conflicts=[conflict])])

    def with_conflicts(conflicts: list[dict[str, Any]]) -> float:
        event = exported("ev1", WANG_SHOIGU, conflicts=conflicts)
        return float(score_mod.score(gold, [event])["CONSULT"]["conflicts_flagged"])

    flagged = [
        {
            "field": "mechanism.round",
            "values": [{"value": 18, "articles": ["a1"]}, {"value": 9, "articles": ["a2"]}],
        }
    ]
    only_one = [{"field": "mechanism.round", "values": [{"value": 18, "articles": ["a1"]}]}]
    wrong_field = [{"field": "date", "values": flagged[0]["values"]}]
    assert with_conflicts(flagged) == 1.0
    assert with_conflicts(only_one) == 0.0
    assert with_conflicts(wrong_field) == 0.0


def test_a_venue_conflict_flags_a_gold_location_conflict_between_venues() -> None:
    conflict = {
        "field": "location",
        "values": {"Buckingham Palace": ["a1"], "Windsor Castle": ["a2"]},
    }
    gold = gold_file([gold_event("E1", [WANG, SHOIGU], conflicts=[conflict])])
    values = [
        {"value": "Buckingham Palace", "articles": ["a1"]},
        {"value": "Windsor Castle", "articles": ["a2"]},
    ]
    event = exported("ev1", WANG_SHOIGU, conflicts=[{"field": "venue", "values": values}])
    assert score_mod.score(gold, [event])["CONSULT"]["conflicts_flagged"] == 1.0
    # A venue conflict is no conflict on the round.
    round_conflict = {"field": "round", "values": {"18": ["a1"], "9": ["a2"]}}
    gold = gold_file([gold_event("E1", [WANG, SHOIGU], conflicts=[round_conflict])])
    assert score_mod.score(gold, [event])["CONSULT"]["conflicts_flagged"] == 0.0


def test_conflict_of_unmatched_gold_event_counts_as_not_flagged() -> None:
    conflict = {"field": "date", "values": {"2024-03-04": ["a1"], "2024-03-05": ["a2"]}}
    gold = gold_file([gold_event("E1", [WANG, SHOIGU], conflicts=[conflict])])
    assert score_mod.score(gold, [])["CONSULT"]["conflicts_flagged"] == 0.0


# --------------------------------------------------------------------------- CLI and gold files


def test_cli_prints_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold_path = tmp_path / "gold.json"
    export_path = tmp_path / "export.jsonl"
    gold_path.write_text(json.dumps(gold_file([gold_event("E1", [WANG, SHOIGU])])))
    export_path.write_text(json.dumps(exported("ev1", WANG_SHOIGU)) + "\n\n")
    assert score_mod.main([str(gold_path), str(export_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["CONSULT"]["f1"] == 1.0


def _gold_paths() -> list[Path]:
    corpus = SCORE_PATH.parent / "corpus"
    return [FIXTURES / "examples-expected.json", *sorted(corpus.glob("gold-*.json"))]


@pytest.mark.parametrize("path", _gold_paths(), ids=lambda p: p.name)
def test_gold_files_are_well_formed(path: Path) -> None:
    gold = score_mod.load_gold(path)
    for section, event_type in (("required", "CONSULT"), ("agree", "AGREE")):
        for event in gold[section]:
            assert event["type"] == event_type
            assert event["articles"], event["key"]
            assert event["date"] is None or event["date_window"] is None, event["key"]
    for event in gold["support"]:
        assert event["source"] and event["target"], event["key"]
    keys = [e["key"] for s in ("required", "optional", "agree", "support") for e in gold[s]]
    assert len(keys) == len(set(keys))


def test_alias_matching_ignores_accents() -> None:
    assert score_mod.alias_matches("Erdogan", "Recep Tayyip Erdoğan")
    assert score_mod.alias_matches("luiz inácio", "Luiz Inacio Lula da Silva")
    assert not score_mod.alias_matches("Erdo", "Recep Tayyip Erdoğan")
