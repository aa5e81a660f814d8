"""Scoring for the TempEval-3 benchmark, on hand-made gold and predicted spans."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from bench_loader import load_benchmark

from parley.models import DateValue, Precision

DATA = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "tempeval3"


te = load_benchmark("tempeval")


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
    assert te.guess_tense(reported, reported.index("Monday")) == "past"


def test_the_nearest_verb_before_the_date_sets_its_tense() -> None:
    past = "He stepped down as chairman in March for health reasons."
    assert te.guess_tense(past, past.index("March")) == "past"
    future = "The envoy, who arrived yesterday, would leave as soon as Tuesday."
    assert te.guess_tense(future, future.index("Tuesday")) == "future"
    # A passive "be paid" looks ahead; a possessive weekday names a day already come.
    passive = "The dividend would be paid in January."
    assert te.guess_tense(passive, passive.index("January")) == "future"
    possessive = "They will appeal Wednesday's ruling."
    assert te.guess_tense(possessive, possessive.index("Wednesday")) is None
    assert te.guess_tense("Talks in March.", 9) is None


def test_a_past_verb_moves_back_only_dates_far_ahead() -> None:
    text = "He stepped down in March. The offer was extended to Nov. 20."
    document = te.Document("d1", date(1989, 10, 30), text)
    values = {t.text: t.value for t in te.predict(document)}
    # Nearest-year March would be 1990-03, five months ahead: the past verb moves it back.
    assert values["March"] == "1989-03"
    # Nov. 20 is three weeks ahead: a deadline among past verbs stays ahead.
    assert values["Nov. 20"] == "1989-11-20"


def test_dev_split_runs_end_to_end() -> None:
    folder = DATA / "dev-tbaq"
    if not folder.is_dir():
        pytest.skip(f"TempEval-3 data not found at {folder} (see ../shared/datasets/README.md)")
    documents = te.load_split(folder)
    report = te.evaluate(documents)
    assert len(documents) > 200
    assert set(report) == {"all types", "DATE only"}
    # Floors a little under the measured dev figures: a drop means a regression.
    assert report["DATE only"]["value_f1"] > 0.80
    assert report["all types"]["value_f1"] > 0.78
    assert report["all types"]["relaxed_precision"] > 0.93


def _tokenised(text: str, spans: list[tuple[int, int, str]]) -> list[object]:
    tokens = te.token_starts(text)
    return [te.with_tokens(te.Timex("d1", a, b, v), tokens) for a, b, v in spans]


def test_spans_match_by_tokens_not_characters() -> None:
    text = "They met on Tuesday, March 19 in Rome."
    start = text.index("Tuesday")
    # Spaces belong to no token: " Tuesday" and "Tuesday" are the same span ...
    [gold] = _tokenised(text, [(start, start + 7, "2013-03-19")])
    [predicted] = _tokenised(text, [(start - 1, start + 7, "2013-03-19")])
    assert te.score([gold], [predicted])["strict_f1"] == 1.0
    # ... but a comma is a token of its own: "Tuesday," is a different span.
    [comma] = _tokenised(text, [(start, start + 8, "2013-03-19")])
    assert te.score([gold], [comma])["strict_f1"] == 0.0
    # Part of a token stands for the whole token.
    [part] = _tokenised(text, [(start + 3, start + 7, "2013-03-19")])
    assert te.score([gold], [part])["strict_f1"] == 1.0
    # One token of a two-token gold span: relaxed, not strict.
    [two] = _tokenised(text, [(start, start + 20, "2013-03-19")])
    assert te.score([two], [gold])["strict_f1"] == 0.0
    assert te.score([two], [gold])["relaxed_f1"] == 1.0


def test_hyphenated_compounds_and_abbreviations_are_one_token() -> None:
    text = "third-quarter at 9 a.m."
    assert [text[a:b] for a, b in te.token_starts(text)] == ["third-quarter", "at", "9", "a.m."]


def test_alignment_is_one_to_one() -> None:
    text = "Talks ran Tuesday night and Wednesday."
    t, w = text.index("Tuesday"), text.index("Wednesday")
    gold = _tokenised(text, [(t, t + 13, "2013-03-19TNI")])
    # Two predictions inside one gold span: only one of them is matched.
    predicted = _tokenised(text, [(t, t + 7, "2013-03-19"), (t + 8, t + 13, "PT1H")])
    result = te.score(gold, predicted)
    assert result["relaxed_recall"] == 1.0
    assert result["relaxed_precision"] == 0.5
    # One prediction spanning two gold spans matches only the first.
    gold = _tokenised(text, [(t, t + 7, "2013-03-19"), (w, w + 9, "2013-03-20")])
    predicted = _tokenised(text, [(t, w + 9, "2013-03-19")])
    result = te.score(gold, predicted)
    assert result["relaxed_recall"] == 0.5
    assert result["value_accuracy"] == 1.0


def test_alignment_prefers_the_exact_span() -> None:
    text = "on Friday night"
    f = text.index("Friday")
    gold = _tokenised(text, [(f, f + 12, "2013-03-22TNI")])
    predicted = _tokenised(text, [(f, f + 6, "2013-03-22"), (f, f + 12, "2013-03-22TNI")])
    assert te.align(gold, predicted) == [(gold[0], predicted[1])]


def test_sentences_do_not_break_after_abbreviations() -> None:
    text = "They meet at 9 a.m. Tuesday, or on Nov. 9. Then they leave."
    assert [s for _, s in te.sentences(text)] == [
        "They meet at 9 a.m. Tuesday, or on Nov. 9.",
        "Then they leave.",
    ]


def test_timeml_value_passes_timex_through() -> None:
    assert te.timeml_value(DateValue(timex="P3Y")) == "P3Y"


def test_the_first_quarter_named_is_carried_to_later_comparisons() -> None:
    anchor = te.DateAnchor(published=date(1989, 10, 26))
    assert te.reported_quarter("Third-quarter profit rose 5%.", anchor) == (1989, 3)
    assert te.reported_quarter("Its fiscal first quarter ended Sept. 30.", anchor) == (1989, 1)
    # A comparison or an unnumbered quarter names no reported quarter.
    assert te.reported_quarter("Up from the year-ago quarter.", anchor) is None
    assert te.reported_quarter("In the latest quarter, sales fell.", anchor) is None
    text = (
        "Acme said third-quarter net income rose to $5 million. "
        "Net was $3 million a year earlier, when the second quarter was weak."
    )
    document = te.Document("d1", date(1989, 10, 26), text)
    values = {t.text: t.value for t in te.predict(document)}
    assert values["a year earlier"] == "1988-Q3"
