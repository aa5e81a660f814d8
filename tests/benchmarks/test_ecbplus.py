"""Tests for benchmarks/ecbplus.py: scorers on hand-made clusterings, the ECB+ reader on a tiny
hand-written corpus, and (when the shared data is present) the real dev split."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_loader import load_benchmark

ecb = load_benchmark("ecbplus")

GOLD = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B"}


# --------------------------------------------------------------------------- scorers


def test_perfect_clustering_scores_one() -> None:
    clusters = [["a1", "a2", "a3"], ["b1", "b2"]]
    assert ecb.bcubed(clusters, GOLD) == pytest.approx((1.0, 1.0, 1.0))
    assert ecb.pairwise(clusters, GOLD) == pytest.approx((1.0, 1.0, 1.0))


def test_one_big_cluster_has_full_recall_and_low_precision() -> None:
    clusters = [["a1", "a2", "a3", "b1", "b2"]]
    precision, recall, f1 = ecb.bcubed(clusters, GOLD)
    # a-items: 3/5 each, b-items: 2/5 each -> (9 + 4) / 25
    assert precision == pytest.approx(13 / 25)
    assert recall == pytest.approx(1.0)
    assert f1 == pytest.approx(2 * (13 / 25) / (1 + 13 / 25))
    # 4 gold pairs (3 + 1) among 10 predicted
    assert ecb.pairwise(clusters, GOLD) == pytest.approx((0.4, 1.0, 2 * 0.4 / 1.4))


def test_singletons_have_full_precision_and_low_recall() -> None:
    clusters = [[item] for item in GOLD]
    precision, recall, _ = ecb.bcubed(clusters, GOLD)
    assert precision == pytest.approx(1.0)
    assert recall == pytest.approx((3 * (1 / 3) + 2 * (1 / 2)) / 5)
    assert ecb.pairwise(clusters, GOLD) == pytest.approx((1.0, 0.0, 0.0))


def test_mixed_clustering_by_hand() -> None:
    clusters = [["a1", "a2"], ["a3", "b1", "b2"]]
    precision, recall, _ = ecb.bcubed(clusters, GOLD)
    # precision: a1, a2 -> 1; a3 -> 1/3; b1, b2 -> 2/3
    assert precision == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    # recall: a1, a2 -> 2/3; a3 -> 1/3; b1, b2 -> 1
    assert recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    # predicted pairs: a1a2, a3b1, a3b2, b1b2 -> 2 correct of 4; gold pairs 4
    assert ecb.pairwise(clusters, GOLD) == pytest.approx((0.5, 0.5, 0.5))


def test_bcubed_rejects_clusterings_over_other_items() -> None:
    with pytest.raises(ValueError):
        ecb.bcubed([["a1", "a2"]], GOLD)


# --------------------------------------------------------------------------- reading ECB+


def _xml(name: str, sentences: list[list[str]], *, first: int = 0) -> str:
    tokens = []
    t_id = 1
    for number, words in enumerate(sentences, start=first):
        for position, word in enumerate(words):
            tokens.append(
                f'<token t_id="{t_id}" sentence="{number}" number="{position}">{word}</token>'
            )
            t_id += 1
    return f'<Document doc_name="{name}" doc_id="X">\n' + "\n".join(tokens) + "\n</Document>"


def test_document_text_joins_tokens_and_drops_the_url_sentence() -> None:
    markup = _xml(
        "1_1ecbplus.xml",
        [
            ["http", ":", "/", "/", "example", ".", "org"],
            ["Ministers", "met", "in", "Brenholt", ",", "officials", "said", "."],
            ["They", "agreed", "on", "14", "crossings", "(", "river", ")", "."],
        ],
    )
    text = ecb.document_text(markup, drop_url=True)
    assert text.splitlines() == [
        "Ministers met in Brenholt, officials said.",
        "They agreed on 14 crossings (river).",
    ]
    assert "example" in ecb.document_text(markup, drop_url=False)


def test_split_topics_follow_the_standard_split() -> None:
    topics = range(1, 46)
    assert ecb.split_topics("dev", topics) == [2, 5, 12, 18, 21, 23, 34, 35]
    assert ecb.split_topics("test", topics) == list(range(36, 46))
    train = ecb.split_topics("train", topics)
    assert 1 in train and 2 not in train and 36 not in train
    with pytest.raises(ValueError):
        ecb.split_topics("holdout", topics)


MEETINGS = {
    "ecb": [
        "Foreign ministers Anika Rostova and Miro Kallas met in Brenholt in 2019 .",
        "Rostova and Kallas agreed in Brenholt to reopen 14 border crossings in 2019 .",
        "The Brenholt talks between Rostova and Kallas reopened 14 crossings .",
    ],
    "ecbplus": [
        "Foreign ministers Lena Varga and Idris Sahel met in Quorra in 2023 .",
        "Varga and Sahel agreed in Quorra to withdraw 300 border guards in 2023 .",
        "The Quorra talks between Varga and Sahel will withdraw 300 guards .",
    ],
}


def _write_corpus(root: Path, topic: int) -> None:
    folder = root / "ECB+" / str(topic)
    folder.mkdir(parents=True)
    for kind, sentences in MEETINGS.items():
        for number, sentence in enumerate(sentences, start=1):
            name = f"{topic}_{number}{kind}.xml"
            rows = [["http", ":", "/", "/", "news", ".", "example"]] if kind == "ecbplus" else []
            rows.append(sentence.split())
            (folder / name).write_text(_xml(name, rows), encoding="utf-8")


def test_load_split_labels_documents_by_topic_and_subtopic(tmp_path: Path) -> None:
    _write_corpus(tmp_path, 2)
    _write_corpus(tmp_path, 40)
    documents = ecb.load_split("dev", tmp_path)
    assert [d.doc_id for d in documents][:3] == ["2_1ecb", "2_2ecb", "2_3ecb"]
    assert {d.gold for d in documents} == {"2ecb", "2ecbplus"}
    assert all("http" not in d.text for d in documents)
    assert [d.topic for d in ecb.load_split("test", tmp_path)] == [40] * 6


def test_evaluate_on_a_tiny_corpus(tmp_path: Path) -> None:
    _write_corpus(tmp_path, 36)
    result = ecb.evaluate("test", tmp_path, entities="caps")
    assert result["documents"] == 6
    assert result["gold_clusters"] == 2
    for key in ("bcubed_p", "bcubed_r", "bcubed_f1", "pairwise_p", "pairwise_r", "pairwise_f1"):
        assert 0.0 <= result[key] <= 1.0
    assert result["bcubed_f1"] == pytest.approx(1.0)
    assert result["clusters"] == 2


def test_missing_data_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="ECB\\+ data not found"):
        ecb.load_split("dev", tmp_path / "absent")
    assert ecb.main(["--data", str(tmp_path / "absent")]) == 2


# --------------------------------------------------------------------------- real data


def test_dev_split_clusters_by_event() -> None:
    if not ecb.corpus_folder(ecb.DEFAULT_DATA).is_dir():
        pytest.skip(f"ECB+ data not found at {ecb.DEFAULT_DATA} (shared datasets are absent)")
    result = ecb.evaluate("dev", entities="caps")
    assert result["documents"] == 197
    assert result["gold_clusters"] == 16
    # Measured 0.963 (P 0.947, R 0.979); the acceptance floor of the issue is 0.90.
    assert result["bcubed_f1"] > 0.93
    assert result["pairwise_f1"] > 0.9
