"""Tests for benchmarks/generate_corpus.py on ~50 generated articles (no spaCy)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from bench_loader import load_benchmark

gen = load_benchmark("generate_corpus")

# Two reports of one invented meeting, written for this test.
REPORT_A = (
    "Japan and Kenya hold talks\n\n"
    "NAIROBI, March 16 (Wire) - Japanese Prime Minister Fumio Kishida met Kenyan President "
    "William Ruto in Nairobi on Thursday, March 16, 2023, for the 4th round of talks. "
    "Kishida said Japan backed Kenya's plan.\n"
)
REPORT_B = (
    "Kishida in Nairobi\n\n"
    "16 March 2023\n\n"
    "Fumio Kishida and William Ruto held talks in Nairobi on Thursday. Ruto thanked Japan.\n"
)


@pytest.fixture(scope="module")
def knowledge() -> object:
    return gen.Knowledge.load()


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("source")
    (folder / "d01a.txt").write_text(REPORT_A, "utf-8")
    (folder / "d01b.txt").write_text(REPORT_B, "utf-8")
    (folder / "x01.txt").write_text("Commentary\n\nNothing happened in Tokyo in 2022.\n", "utf-8")
    return folder


def test_generates_the_requested_number_of_distinct_articles(
    tmp_path: Path, knowledge: object
) -> None:
    count = gen.write_corpus(gen.iter_corpus(50, knowledge=knowledge), tmp_path)
    files = sorted(tmp_path.glob("*/*.txt"))
    assert count == len(files) == 50
    assert len({f.stem for f in files}) == 50
    # The team's articles are re-told, not copied: no two variants of an article are equal.
    by_stem: dict[str, set[str]] = {}
    for file in files:
        by_stem.setdefault(file.stem.split("-")[0], set()).add(file.read_text("utf-8"))
    assert all(len(texts) == 1 for texts in by_stem.values())  # 50 < 60: one variant each
    more = {a.id: a.text for a in gen.iter_corpus(130, knowledge=knowledge)}
    assert more["d01a-00000"] != more["d01a-00001"] != more["d01a-00002"]


def test_sizes_nest_and_the_seed_decides(knowledge: object, source: Path) -> None:
    small = [(a.id, a.text) for a in gen.iter_corpus(7, knowledge=knowledge, source=source)]
    large = [(a.id, a.text) for a in gen.iter_corpus(12, knowledge=knowledge, source=source)]
    assert large[:7] == small
    other = [(a.id, a.text) for a in gen.iter_corpus(7, seed=1, knowledge=knowledge, source=source)]
    assert [i for i, _ in other] == [i for i, _ in small]
    assert other != small


def test_a_group_is_retold_consistently_across_its_outlets(knowledge: object, source: Path) -> None:
    articles = {a.id: a.text for a in gen.iter_corpus(9, knowledge=knowledge, source=source)}
    for variant in range(1, 3):
        a = articles[f"d01a-{variant:05d}"]
        b = articles[f"d01b-{variant:05d}"]
        assert "Kishida" not in a and "Ruto" not in a and "Nairobi" not in a
        # The same new capital and the same new people in both reports.
        capital = re.match(r"\n*.*\n\n([A-Z .'-]+),", a)
        assert capital is not None
        assert capital[1].title().split()[0] in b.title()
        first_person = re.search(r"Prime Minister ([\w' -]+?) met", a)
        assert first_person is not None
        assert first_person[1] in b
        # The round number moves, and stays an ordinal.
        assert re.search(r"the \d+(st|nd|rd|th) round", a)


def test_dates_move_by_whole_weeks_so_weekdays_stay_true(knowledge: object, source: Path) -> None:
    articles = {a.id: a.text for a in gen.iter_corpus(30, knowledge=knowledge, source=source)}
    months = {m: i for i, m in enumerate(gen._MONTHS, start=1)}
    for variant in range(10):
        text = articles[f"d01a-{variant:05d}"]
        found = re.search(r"on Thursday, (\w+) (\d+), (\d{4})", text)
        assert found is not None, text
        stated = date(int(found[3]), months[found[1]], int(found[2]))
        assert stated.weekday() == 3  # still a Thursday
        dateline = re.search(r"(\w+) (\d+) \(Wire\)", text)
        assert dateline is not None and (months[dateline[1]], int(dateline[2])) == (
            stated.month,
            stated.day,
        )
        other = articles[f"d01b-{variant:05d}"]
        assert f"{stated.day} {gen._MONTHS[stated.month - 1]} {stated.year}" in other


def test_standalone_years_follow_the_shift(knowledge: object, source: Path) -> None:
    plan = gen.plan_groups(gen.load_base_articles(source), knowledge, None)
    distractor = next(p for p in plan if p.group == "x01")
    scenario = gen.make_scenario(distractor, knowledge, gen.random.Random(4))
    text = gen.render(distractor.articles[0], distractor, scenario)
    assert f"in {2022 + scenario.year_delta}." in text
