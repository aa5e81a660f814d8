"""Tests for the document similarity index and same-event clustering, on hand-written articles."""

from __future__ import annotations

import pytest

from parley.reconcile.documents import (
    DocumentIndex,
    TermWeights,
    cluster_documents,
    document_terms,
)

# Two events of one kind (foreign ministers meeting over a border dispute) and one of another
# kind. The two meetings share their vocabulary; names, places, figures and years differ.
VELDORA = {
    "veldora-1": (
        "Foreign Minister Anika Rostova of Veldora met her Tarsian counterpart Miro Kallas in "
        "Brenholt on Tuesday for talks on the disputed river border. The ministers agreed to "
        "reopen 14 crossings and to meet again before the end of 2019."
    ),
    "veldora-2": (
        "Talks in Brenholt between Anika Rostova and Miro Kallas ended with a pledge to reopen "
        "14 border crossings along the river, officials said. It was the first meeting of the "
        "foreign ministers of Veldora and Tarsia since 2017."
    ),
    "veldora-3": (
        "Veldora and Tarsia will reopen 14 crossings on their river border after foreign "
        "ministers Rostova and Kallas met in Brenholt, a statement from the Veldoran ministry "
        "said. The dispute over the border has simmered since 2017."
    ),
    "veldora-4": (
        "Miro Kallas, the Tarsian foreign minister, called his meeting with Anika Rostova in "
        "Brenholt constructive. The two ministers discussed the border dispute and the 14 "
        "crossings closed in 2017."
    ),
}
OSTMARK = {
    "ostmark-1": (
        "Foreign Minister Lena Varga of Ostmark met Pellan foreign minister Idris Sahel in "
        "Quorra on Friday for talks on the disputed mountain border. The ministers agreed to "
        "withdraw 300 border guards by spring 2023."
    ),
    "ostmark-2": (
        "Lena Varga and Idris Sahel held talks in Quorra and agreed to pull back 300 guards "
        "from the mountain border, officials said. The foreign ministers of Ostmark and Pella "
        "last met in 2021."
    ),
    "ostmark-3": (
        "Ostmark and Pella will withdraw 300 guards from their border after foreign ministers "
        "Varga and Sahel met in Quorra, the Pellan ministry said in a statement on the border "
        "dispute."
    ),
    "ostmark-4": (
        "Idris Sahel, Pella's foreign minister, said his talks with Lena Varga in Quorra were "
        "frank. The ministers discussed the border dispute and the 300 guards deployed in 2021."
    ),
}
FOOTBALL = {
    "cup-1": (
        "Harbour City beat Northgate 3-1 in the cup final at Lanford stadium, with striker "
        "Tomas Beck scoring twice before a crowd of 41,000 fans."
    ),
    "cup-2": (
        "Tomas Beck scored twice as Harbour City won the cup final 3-1 against Northgate at "
        "Lanford, the club's first trophy in a decade, cheered by 41,000 fans."
    ),
}


def index_of(*groups: dict[str, str], **options: object) -> DocumentIndex:
    index = DocumentIndex(**options)  # type: ignore[arg-type]
    for group in groups:
        for doc_id, text in group.items():
            index.add(doc_id, text)
    return index


# --------------------------------------------------------------------------- terms


def test_terms_keep_kinds_apart_and_drop_function_words() -> None:
    terms = document_terms(
        "The ministers met in 2019 and reopened 14 crossings on Tuesday.",
        entities=["the Veldoran Ministry"],
        dates=["March 3, 2021"],
    )
    assert "y:2019" in terms and "n:14" in terms
    assert "w:minister" in terms and "w:crossing" in terms  # plurals folded
    assert not any(t in terms for t in ("w:the", "w:and", "w:tuesday"))
    assert "e:veldoran ministry" in terms and "ew:veldoran" in terms
    assert "d:march 3, 2021" in terms and "y:2021" in terms


def test_term_weights_scale_each_kind() -> None:
    plain = document_terms("Summit in 2019", weights=TermWeights(year=1.0))
    heavy = document_terms("Summit in 2019", weights=TermWeights(year=5.0))
    assert heavy["y:2019"] == pytest.approx(5 * plain["y:2019"])
    assert heavy["w:summit"] == plain["w:summit"]


def test_repeated_terms_grow_sublinearly() -> None:
    once = document_terms("border")["w:border"]
    thrice = document_terms("border border border")["w:border"]
    assert once < thrice < 3 * once


# --------------------------------------------------------------------------- index


def test_document_frequencies_are_incremental() -> None:
    index = DocumentIndex()
    index.add("a", "border talks in Brenholt")
    index.add("b", "cup final in Lanford")
    rare = index.idf("w:brenholt")
    index.add("c", "more border talks in Brenholt")
    assert index.idf("w:brenholt") < rare
    assert index.idf("w:never-seen") > index.idf("w:brenholt")


def test_profiles_follow_the_corpus_as_it_grows() -> None:
    index = DocumentIndex()
    index.add("a", "border talks in Brenholt")
    index.add("b", "border dispute in Quorra")
    before = index.profile("a").terms["w:border"]
    index.add("c", "border crossings reopen")
    assert index.profile("a").terms["w:border"] < before


def test_similarity_is_a_symmetric_cosine() -> None:
    index = index_of(VELDORA, OSTMARK, FOOTBALL)
    assert index.similarity("veldora-1", "veldora-1") == pytest.approx(1.0)
    same = index.similarity("veldora-1", "veldora-2")
    assert same == pytest.approx(index.similarity("veldora-2", "veldora-1"))
    assert (
        same > index.similarity("veldora-1", "ostmark-1") > index.similarity("veldora-1", "cup-1")
    )


def test_candidates_are_ranked_neighbours_without_the_document_itself() -> None:
    index = index_of(VELDORA, OSTMARK, FOOTBALL)
    found = index.candidates("veldora-1")
    ids = [doc_id for doc_id, _ in found]
    assert "veldora-1" not in ids
    assert set(ids[:3]) == {"veldora-2", "veldora-3", "veldora-4"}
    scores = [score for _, score in found]
    assert scores == sorted(scores, reverse=True)
    assert "cup-1" not in ids  # shares no informative term


def test_candidates_respect_the_cap_and_the_floor() -> None:
    capped = index_of(VELDORA, OSTMARK, max_candidates=2)
    assert len(capped.candidates("veldora-1")) == 2
    strict = index_of(VELDORA, OSTMARK, min_similarity=0.99)
    assert strict.candidates("veldora-1") == []


def test_terms_in_too_many_documents_are_not_looked_up() -> None:
    index = index_of(VELDORA, max_postings=1)
    assert index.candidates("veldora-1") == []  # any shared term is in two or more
    assert index.similarity("veldora-1", "veldora-2") > 0.1  # but still counts when scoring


def test_adding_an_id_again_replaces_the_document() -> None:
    index = DocumentIndex()
    index.add("a", "cup final in Lanford")
    index.add("b", "border talks in Brenholt")
    index.add("a", "border talks in Brenholt again")
    assert len(index) == 2
    assert index.idf("w:lanford") == index.idf("w:never-seen")
    assert index.similarity("a", "b") > 0.5


def test_entities_and_dates_count_towards_similarity() -> None:
    index = DocumentIndex()
    index.add("a", "The talks ended.", entities=["Anika Rostova"], dates=["2019"])
    index.add("b", "The meeting closed.", entities=["Anika Rostova"], dates=["2019"])
    index.add("c", "The talks ended.", entities=["Lena Varga"], dates=["2023"])
    assert index.similarity("a", "b") > index.similarity("a", "c")


# --------------------------------------------------------------------------- clustering


def as_sets(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(group) for group in groups}


def test_clusters_separate_two_events_of_one_kind() -> None:
    index = index_of(VELDORA, OSTMARK, FOOTBALL)
    groups = cluster_documents(index, 0.03)
    assert as_sets(groups) == {frozenset(VELDORA), frozenset(OSTMARK), frozenset(FOOTBALL)}


def test_refinement_is_what_splits_events_of_one_kind() -> None:
    index = index_of(VELDORA, OSTMARK, FOOTBALL)
    coarse = cluster_documents(index, 0.01, refine_threshold=None)
    assert frozenset(VELDORA) | frozenset(OSTMARK) in as_sets(coarse)
    fine = cluster_documents(index, 0.01)
    assert frozenset(VELDORA) in as_sets(fine) and frozenset(OSTMARK) in as_sets(fine)


def test_every_document_once_in_arrival_order() -> None:
    index = index_of(FOOTBALL, OSTMARK, VELDORA)
    groups = cluster_documents(index, 0.03)
    flat = [doc_id for group in groups for doc_id in group]
    assert sorted(flat) == sorted([*FOOTBALL, *OSTMARK, *VELDORA])
    assert groups[0] == ["cup-1", "cup-2"]
    assert groups[1] == list(OSTMARK)
    assert cluster_documents(index, 0.03) == groups  # deterministic


def test_a_high_threshold_leaves_documents_alone() -> None:
    index = index_of(VELDORA, FOOTBALL)
    groups = cluster_documents(index, 0.95, refine_threshold=None)
    assert all(len(group) == 1 for group in groups)
    assert len(groups) == len(VELDORA) + len(FOOTBALL)


def test_unrelated_documents_are_never_joined() -> None:
    index = DocumentIndex()
    index.add("a", "Brenholt river crossings reopen")
    index.add("b", "Lanford stadium cup final")
    assert cluster_documents(index, 0.0) == [["a"], ["b"]]


def test_empty_index_gives_no_groups() -> None:
    assert cluster_documents(DocumentIndex(), 0.1) == []
