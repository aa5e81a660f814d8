"""Scoring for the PLOVER event-typing benchmark, on hand-made gold sentences and predictions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bench_loader import load_benchmark

from parley.models import ActorRef, EventMention, EventType, Evidence, Status

DATA = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "plover"


pl = load_benchmark("plover")

ISO = {"FRA", "DEU", "KEN", "CHL", "NOR", "TZA"}


def is_iso3(code: str) -> bool:
    return code in ISO


def gold(
    n: int,
    event: str,
    source: tuple[str, ...] = (),
    target: tuple[str, ...] = (),
    event_text: str = "",
) -> Any:
    return pl.GoldSentence(f"g{n}", f"Sentence number {n}.", event, event_text, source, target)


def pred(n: int, *types: str, countries: dict[str, dict[str, set[str]]] | None = None) -> Any:
    frozen = {
        kind: {role: frozenset(codes) for role, codes in roles.items()}
        for kind, roles in (countries or {}).items()
    }
    triggers = tuple((t, f"trigger-{t.lower()}", "occurred") for t in types)
    return pl.Prediction(f"g{n}", frozenset(types), triggers, frozen)


# A small hand-made set: 3 CONSULT, 2 AGREE, 1 SUPPORT and 4 sentences of other types.
GOLD = [
    gold(1, "CONSULT"),
    gold(2, "CONSULT"),
    gold(3, "CONSULT"),
    gold(4, "AGREE"),
    gold(5, "AGREE"),
    gold(6, "SUPPORT"),
    gold(7, "DEMAND"),
    gold(8, "DEMAND"),
    gold(9, "REJECT"),
    gold(10, "FIGHT"),
]
PREDICTED = [
    pred(1, "CONSULT"),
    pred(2, "CONSULT", "AGREE"),
    pred(3),
    pred(4, "AGREE"),
    pred(5, "CONSULT"),
    pred(6),
    pred(7, "SUPPORT"),
    pred(8),
    pred(9, "CONSULT", "AGREE"),
    pred(10),
]


def test_per_type_precision_recall_accuracy_and_exact() -> None:
    scores = pl.score_types(GOLD, PREDICTED)
    consult = scores["CONSULT"]
    # Gold CONSULT 1-3; predicted CONSULT on 1, 2, 5, 9; correct 1 and 2.
    assert (consult["gold"], consult["predicted"], consult["correct"]) == (3, 4, 2)
    assert consult["precision"] == pytest.approx(2 / 4)
    assert consult["recall"] == pytest.approx(2 / 3)
    assert consult["accuracy"] == pytest.approx(2 / 3)
    assert consult["f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    # Sentence 2 also got AGREE, so only sentence 1 is an exact hit.
    assert consult["exact"] == pytest.approx(1 / 3)
    agree = scores["AGREE"]
    assert (agree["gold"], agree["predicted"], agree["correct"]) == (2, 3, 1)
    assert agree["precision"] == pytest.approx(1 / 3)
    assert agree["accuracy"] == pytest.approx(1 / 2)
    support = scores["SUPPORT"]
    assert (support["precision"], support["recall"], support["f1"]) == (0.0, 0.0, 0.0)


def test_a_type_nobody_predicts_or_codes_scores_zero_not_an_error() -> None:
    scores = pl.score_types([gold(1, "FIGHT")], [pred(1)])
    assert scores["CONSULT"] == {
        "gold": 0.0,
        "predicted": 0.0,
        "correct": 0.0,
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "accuracy": 0.0,
        "exact": 0.0,
    }


def test_invented_rate_counts_other_type_sentences_with_any_parley_type() -> None:
    invented = pl.invented_rate(GOLD, PREDICTED)
    # Other types: 7 (SUPPORT), 8 (nothing), 9 (two types: counted once), 10 (nothing).
    assert invented == {"sentences": 4.0, "invented": 2.0, "rate": 0.5}


def test_misses_of_parley_types_do_not_count_as_invented() -> None:
    invented = pl.invented_rate([gold(1, "AGREE"), gold(2, "FIGHT")], [pred(1, "CONSULT"), pred(2)])
    assert invented["invented"] == 0.0
    assert invented["rate"] == 0.0


def test_confusion_rows_and_columns() -> None:
    table = pl.confusion(GOLD, PREDICTED)
    assert list(table)[:3] == ["CONSULT", "AGREE", "SUPPORT"]
    assert list(table)[3] == "DEMAND"  # the most frequent other type comes first
    assert table["CONSULT"] == {
        "CONSULT": 2,
        "AGREE": 1,
        "SUPPORT": 0,
        "none": 1,
        "sentences": 3,
    }
    assert table["AGREE"]["CONSULT"] == 1
    assert table["SUPPORT"]["none"] == 1
    assert table["REJECT"] == {"CONSULT": 1, "AGREE": 1, "SUPPORT": 0, "none": 0, "sentences": 1}
    assert sum(row["sentences"] for row in table.values()) == len(GOLD)


def test_country_agreement_only_on_iso_codes_and_correct_types() -> None:
    gold_sentences = [
        gold(1, "CONSULT", source=("FRA", "DEU")),
        gold(2, "SUPPORT", source=("KEN",), target=("CHL",)),
        gold(3, "AGREE", source=("IGO",), target=("NOR",)),  # IGO is no country
        gold(4, "AGREE", source=("TZA",)),  # parley misses the type: not scored
    ]
    predictions = [
        pred(1, "CONSULT", countries={"CONSULT": {"source": {"FRA"}, "participants": {"DEU"}}}),
        pred(2, "SUPPORT", countries={"SUPPORT": {"source": {"KEN"}, "target": {"NOR"}}}),
        pred(3, "AGREE", countries={"AGREE": {"source": {"NOR"}}}),
        pred(4, "CONSULT", countries={"CONSULT": {"source": {"TZA"}}}),
    ]
    result = pl.country_agreement(gold_sentences, predictions, is_iso3)
    source, target = result["source"], result["target"]
    assert source["sentences"] == 2.0  # sentences 1 and 2
    assert source["exact"] == pytest.approx(1 / 2)  # {FRA} != {FRA, DEU}; {KEN} == {KEN}
    assert source["overlap"] == 1.0
    assert source["any_role"] == 1.0  # DEU is among the participants
    assert target["sentences"] == 2.0  # sentences 2 and 3
    assert target["exact"] == 0.0
    assert target["overlap"] == 0.0
    assert target["any_role"] == pytest.approx(1 / 2)  # NOR found as a source in sentence 3


def _mention(n: int, kind: EventType, status: Status, *actors: tuple[str, str | None]) -> Any:
    evidence = Evidence(article="a", sentence_index=0, sentence="x", start=0, end=1)
    refs = [ActorRef(name=name, kind="country", country=code) for name, code in actors]
    return EventMention(
        id=f"a:0:{n}",
        article="a",
        type=kind,
        cameo="040",
        status=status,
        trigger=f"word{n}",
        evidence=evidence,
        source=refs[:1],
        target=refs[1:],
        participants=refs,
    )


def test_prediction_from_mentions_collects_types_triggers_and_countries() -> None:
    mentions = [
        _mention(0, EventType.CONSULT, Status.OCCURRED, ("France", "FRA"), ("Kenya", "KEN")),
        _mention(1, EventType.CONSULT, Status.PLANNED, ("Chile", "CHL"), ("Atlantis", None)),
        _mention(2, EventType.SUPPORT, Status.NEGATED, ("Norway", "NOR")),
    ]
    prediction = pl.prediction_from_mentions("g1", mentions)
    assert prediction.types == {"CONSULT", "SUPPORT"}
    assert prediction.triggers == (
        ("CONSULT", "word0", "occurred"),
        ("CONSULT", "word1", "planned"),
        ("SUPPORT", "word2", "negated"),
    )
    assert prediction.countries["CONSULT"]["source"] == {"FRA", "CHL"}
    assert prediction.countries["CONSULT"]["target"] == {"KEN"}
    assert prediction.countries["CONSULT"]["participants"] == {"FRA", "KEN", "CHL"}
    assert prediction.countries["SUPPORT"]["target"] == frozenset()
    assert pl.prediction_from_mentions("g2", []).types == frozenset()


def test_parse_gold_skips_the_document_record_and_reads_codes(tmp_path: Path) -> None:
    records = [
        {"id": "DOC-1", "event": "DOCUMENT", "eventText": "notes about the file"},
        {
            "id": "R-1",
            "event": "consult",
            "text": " Kenya's foreign minister held talks with his Chilean counterpart. ",
            "eventText": "held talks",
            "source": [{"actorText": "Kenya's foreign minister", "code": "KEN"}],
            "target": [{"actorText": "Chilean counterpart", "code": "chl"}],
        },
        # Some records hold "" or null where a list of actors belongs.
        {"id": "R-2", "event": "AGREE", "text": "Norway and Chile agreed.", "target": ""},
        {"id": "R-3", "event": "FIGHT", "source": None, "text": ""},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    loaded = pl.load_gold(path)
    assert [g.id for g in loaded] == ["R-1", "R-2"]
    first = loaded[0]
    assert first.event == "CONSULT"
    assert first.text.startswith("Kenya's") and first.text.endswith("counterpart.")
    assert (first.source_codes, first.target_codes) == (("KEN",), ("CHL",))
    assert loaded[1].target_codes == ()


def test_load_gold_rejects_a_file_that_is_not_an_array(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text('{"event": "AGREE"}', encoding="utf-8")
    with pytest.raises(ValueError, match="JSON array"):
        pl.load_gold(path)


def test_misses_group_by_the_telling_event_word_most_common_first() -> None:
    gold_sentences = [
        gold(1, "AGREE", event_text="offered aid"),
        gold(2, "AGREE", event_text="said will offer talks"),
        gold(3, "AGREE", event_text="offered troops"),
        gold(4, "SUPPORT", event_text="said would praise"),
        gold(5, "AGREE", event_text="agreed"),  # found: no miss
        gold(6, "FIGHT", event_text="clashed"),  # not a parley type: no miss
    ]
    predictions = [pred(1), pred(2, "CONSULT"), pred(3), pred(4), pred(5, "AGREE"), pred(6)]
    groups = pl.misses(gold_sentences, predictions)
    assert [(g.key, g.count) for g in groups] == [
        ("AGREE: offered", 2),
        ("AGREE: offer", 1),
        ("SUPPORT: praise", 1),
    ]
    assert "predicted none" in groups[0].examples[0]
    assert "Sentence number 1." in groups[0].examples[0]
    assert "predicted CONSULT" in groups[1].examples[0]


def test_a_miss_notes_frames_the_resolver_dropped() -> None:
    dropped = pl.Prediction("g1", frozenset(), (), {}, frozenset({"AGREE"}))
    [group] = pl.misses([gold(1, "AGREE", event_text="agreed")], [dropped])
    assert "dropped frames AGREE" in group.examples[0]


def test_false_alarms_group_by_type_trigger_and_status() -> None:
    groups = pl.false_alarms(GOLD, PREDICTED, limit=10)
    keys = {g.key: g.count for g in groups}
    # Sentence 2 (AGREE on gold CONSULT), 5 (CONSULT on AGREE), 7, 9 (two types).
    assert keys == {
        "AGREE <- trigger-agree (occurred)": 2,
        "CONSULT <- trigger-consult (occurred)": 2,
        "SUPPORT <- trigger-support (occurred)": 1,
    }
    assert groups[0].examples[0].startswith("[gold ")


def test_error_lists_respect_the_limit() -> None:
    gold_sentences = [gold(n, "AGREE", event_text=f"word{n}") for n in range(5)]
    groups = pl.misses(gold_sentences, [pred(n) for n in range(5)], limit=2)
    assert len(groups) == 2


def test_markdown_report_shows_types_invented_rate_and_countries() -> None:
    report = pl.score_all(GOLD, PREDICTED, is_iso3)
    text = pl.markdown(report)
    assert "| CONSULT | 3 | 4 | 2 | 50.0 | 66.7 |" in text
    assert "Invented: 2 of 4 sentences" in text
    assert "(50.0%)" in text
    assert "| REJECT | 1 | 1 | 1 | 0 | 0 |" in text
    assert "Countries" in text
    json.dumps(report)  # the report is JSON-ready


def test_main_reports_missing_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert pl.main(["--data", str(tmp_path / "absent.txt")]) == 2
    assert "PLOVER data not found" in capsys.readouterr().err


@pytest.mark.slow
def test_real_plover_data() -> None:
    path = DATA / "PLOVER_GSR_CAMEO.txt"
    if not path.is_file():
        pytest.skip(f"PLOVER data not found at {path} (see ../shared/datasets/README.md)")
    report = pl.evaluate(path)
    assert report["sentences"] == 322  # 323 records less the DOCUMENT record
    assert report["gold_types"]["AGREE"] == 40
    assert report["gold_types"]["CONSULT"] == 11
    # Loose floors: the benchmark must find some of each type and invent events rarely.
    for kind in ("CONSULT", "AGREE", "SUPPORT"):
        assert report["types"][kind]["correct"] > 0, kind
    assert report["invented"]["sentences"] == 322 - 40 - 11 - 12
    assert report["invented"]["rate"] < 0.2
    assert report["countries"]["source"]["sentences"] > 0
