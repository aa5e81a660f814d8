"""Scoring for the TempEval-3 benchmark, on hand-made gold and predicted spans."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from parley.models import DateValue, Precision

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "tempeval.py"
DATA = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "tempeval3"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tempeval_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


te = _load()


def timex(start: int, end: int, value: str, doc: str = "d1", kind: str = "DATE") -> object:
    return te.Timex(doc, start, end, value, kind)


def test_perfect_prediction_scores_one() -> None:
    gold = [timex(0, 6, "2013-03-22"), timex(10, 14, "2012")]
    result = te.score(gold, list(gold))
    for key in ("strict_f1", "relaxed_f1", "value_accuracy", "value_f1"):
        assert result[key] == pytest.approx(1.0)


def test_partial_overlap_is_relaxed_not_strict() -> None:
    gold = [timex(0, 10, "2013-W11")]
    predicted = [timex(4, 10, "2013-03")]
    result = te.score(gold, predicted)
    assert result["strict_precision"] == 0.0
    assert result["strict_recall"] == 0.0
    assert result["relaxed_precision"] == 1.0
    assert result["relaxed_recall"] == 1.0
    assert result["value_accuracy"] == 0.0
    assert result["value_f1"] == 0.0


def test_value_f1_is_relaxed_f1_times_value_accuracy() -> None:
    gold = [
        timex(0, 6, "2013-03-22"),
        timex(10, 14, "2012"),
        timex(20, 25, "PRESENT_REF"),
        timex(30, 35, "2013-03"),
    ]
    predicted = [
        timex(0, 6, "2013-03-22"),  # strict, right value
        timex(9, 14, "2011"),  # relaxed, wrong value
        timex(30, 35, "2013-03"),  # strict, right value
        timex(40, 44, "2010"),  # no gold: false positive
        timex(0, 6, "2013-03-22", doc="d2"),  # same offsets, other document
    ]
    result = te.score(gold, predicted)
    assert result["strict_precision"] == pytest.approx(2 / 5)
    assert result["strict_recall"] == pytest.approx(2 / 4)
    assert result["relaxed_precision"] == pytest.approx(3 / 5)
    assert result["relaxed_recall"] == pytest.approx(3 / 4)
    relaxed_f1 = 2 * (3 / 5) * (3 / 4) / (3 / 5 + 3 / 4)
    assert result["relaxed_f1"] == pytest.approx(relaxed_f1)
    assert result["value_accuracy"] == pytest.approx(2 / 3)
    assert result["value_f1"] == pytest.approx(relaxed_f1 * 2 / 3)


def test_empty_inputs_score_zero() -> None:
    assert te.score([], [])["value_f1"] == 0.0
    assert te.score([timex(0, 3, "2012")], [])["relaxed_recall"] == 0.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (DateValue(year=2023, month=9, day=19, precision=Precision.DAY), "2023-09-19"),
        (DateValue(year=2023, month=9, precision=Precision.MONTH), "2023-09"),
        (DateValue(year=2023, precision=Precision.YEAR), "2023"),
        (DateValue(weekday=1, basis="weekday; no anchor date"), "XXXX-XX-XX"),
        (DateValue(month=9, day=19, precision=Precision.DAY), "XXXX-09-19"),
    ],
)
def test_timeml_value(value: DateValue, expected: str) -> None:
    assert te.timeml_value(value) == expected


def test_parse_timeml_strips_tags_and_keeps_offsets() -> None:
    markup = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" '
        'functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>\n<TEXT>\n'
        'Envoys &amp; aides <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" '
        'value="2013-03-21">Thursday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" '
        'value="PT2H">two hours</TIMEX3>.\n</TEXT></TimeML>'
    )
    document = te.parse_timeml("doc", markup)
    assert document.dct == date(2013, 3, 22)
    assert "<" not in document.text and "Envoys & aides met" in document.text
    thursday, duration = document.gold
    assert document.text[thursday.start : thursday.end] == "Thursday"
    assert (thursday.value, thursday.type) == ("2013-03-21", "DATE")
    assert document.text[duration.start : duration.end] == "two hours"
    predicted, length = te.predict(document)
    assert (predicted.start, predicted.end, predicted.value) == (
        thursday.start,
        thursday.end,
        "2013-03-21",
    )
    assert (length.value, length.type) == ("PT2H", "DURATION")


def test_sentences_keep_offsets() -> None:
    text = "They met on Oct. 23 in Paris. Talks resume Monday.\nA new line."
    for offset, sentence in te.sentences(text):
        assert text[offset : offset + len(sentence)] == sentence
    assert [s for _, s in te.sentences(text)] == [
        "They met on Oct. 23 in Paris.",
        "Talks resume Monday.",
        "A new line.",
    ]


def test_future_marker_before_a_weekday_reads_it_forward() -> None:
    sentence = "The envoys will meet on Monday."
    assert te.guess_tense(sentence, sentence.index("Monday")) == "future"
    reported = "They will, he said Monday, meet again."
    assert te.guess_tense(reported, reported.index("Monday")) is None


def test_dev_split_runs_end_to_end() -> None:
    folder = DATA / "dev-tbaq"
    if not folder.is_dir():
        pytest.skip(f"TempEval-3 data not found at {folder} (see ../shared/datasets/README.md)")
    documents = te.load_split(folder)
    report = te.evaluate(documents)
    assert len(documents) > 200
    assert set(report) == {"all types", "DATE only"}
    # Floors a little under the measured dev figures: a drop means a regression.
    assert report["DATE only"]["value_f1"] > 0.75
    assert report["all types"]["value_f1"] > 0.73
    assert report["all types"]["relaxed_precision"] > 0.85
