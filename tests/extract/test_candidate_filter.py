"""`Lexicon.may_hold_event`: which sentences are worth parsing (no spaCy needed)."""

from __future__ import annotations

import pytest

from parley.extract.lexicon import _NOT_TRIGGERS, Lexicon


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.mark.parametrize(
    "sentence",
    [
        "The spokesperson said the committee would publish its conclusions.",
        "A chairman of the conference gave a significant speech.",
        "The agreement runs to forty pages.",
        "Officials discussed the budget late into the night.",
        "He spoke to reporters outside the hotel.",
        "The dialogue has stalled for years.",
        "Against the backdrop of falling prices, hostages were freed.",
        "The metro line to the airport reopened.",
    ],
)
def test_words_that_only_share_a_stem_are_not_candidates(lexicon: Lexicon, sentence: str) -> None:
    assert not lexicon.may_hold_event(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers signed the agreement in Rabat.",
        "Officials discussed the budget with their Kenyan colleagues.",
        "She spoke by phone with the Chilean president.",
        "They spoke over video on Monday.",
        "Trudeau and Trump spoke for about an hour.",
        "The two countries conducted a dialogue on water.",
        "The dialogue's third round opened in Oslo.",
        "Wang came to Brussels for the strategic dialogue with Kaja Kallas.",
        "Both delegations had discussions on fisheries.",
        "The spokesman said the two leaders met in Nairobi.",
        "The ministers talked with each other for an hour.",
        # A whole-word stem followed by punctuation.
        "Later the Secretary met, in separate sessions, the two prime ministers.",
        "The envoy saw, at the palace, the king and his heir.",
    ],
)
def test_sentences_that_can_hold_an_event_are_candidates(lexicon: Lexicon, sentence: str) -> None:
    assert lexicon.may_hold_event(sentence)


def test_skipped_words_cannot_trigger_alone(lexicon: Lexicon) -> None:
    # A skipped word may not be a trigger lemma, nor the object a verb needs when that verb
    # is not a candidate itself ("had discussions": "have" matches no stem).
    # A skipped lemma ("agreement") must need a context word that is a candidate itself.
    for lemma in _NOT_TRIGGERS & (set(lexicon.verbs) | set(lexicon.nouns)):
        for entry in lexicon.verbs.get(lemma, []) + lexicon.nouns.get(lemma, []):
            assert entry.requires_context, lemma
            assert all(lexicon.may_hold_event(f"x {w} y") for w in entry.requires_context), lemma
    for lemma, entries in lexicon.verbs.items():
        if lexicon.may_hold_event(f"x {lemma} y"):
            continue
        for entry in entries:
            assert not _NOT_TRIGGERS & set(entry.objects or []), lemma
