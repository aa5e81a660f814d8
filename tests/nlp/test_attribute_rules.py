"""The table-driven attribute-rule matcher finds what spaCy's Matcher finds (blank pipeline)."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

from parley.nlp.attribute_rules import AttributeRuleMatcher, use_fast_attribute_rules

# Rules in the shapes the English models use: tag maps, words with a tag, set and regex tests,
# dependency conditions, two-token spans with the second token changed, and space tokens.
RULES: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past"}},
    {"patterns": [[{"TAG": "PRP", "LOWER": "they"}]], "attrs": {"LEMMA": "they", "POS": "PRON"}},
    {
        "patterns": [[{"LOWER": "it", "DEP": {"IN": ["dobj", "pobj"]}}]],
        "attrs": {"MORPH": "Case=Acc"},
    },
    {
        "patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]],
        "attrs": {"POS": "AUX"},
    },
    {
        "patterns": [[{"LOWER": "gon"}, {"LOWER": {"REGEX": "^na$"}}]],
        "attrs": {"LEMMA": "to"},
        "index": 1,
    },
    {
        "patterns": [[{"TAG": "VBZ", "LOWER": "gets"}], [{"TAG": "VBD", "LOWER": "got"}]],
        "attrs": {"LEMMA": "get"},
    },
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    # A later rule wins over an earlier one on the same token.
    {"patterns": [[{"TAG": "VBD", "LOWER": "got"}]], "attrs": {"POS": "AUX"}},
]


def _pipeline(fast: bool) -> Any:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    if fast:
        assert use_fast_attribute_rules(nlp)
        assert isinstance(ruler.match, AttributeRuleMatcher)
    return nlp


def _doc(nlp: Any) -> Doc:
    words = ["They", "got", "it", "and", "are", "gon", "na", "keep", "it", "\n", "now", "gets"]
    tags = ["PRP", "VBD", "PRP", "CC", "VBP", "VBG", "TO", "VB", "PRP", "_SP", "RB", "VBZ"]
    deps = ["nsubj", "ROOT", "dobj", "cc", "aux", "conj", "aux", "xcomp", "dobj", "dep", "advmod",
            "conj"]  # fmt: skip
    heads = [1, 1, 1, 1, 5, 1, 7, 5, 7, 8, 7, 1]
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)


def _annotations(nlp: Any) -> list[tuple[str, str, str, str, str]]:
    doc = nlp.get_pipe("attribute_ruler")(_doc(nlp))
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_same_annotations_as_spacys_matcher() -> None:
    expected = _annotations(_pipeline(fast=False))
    found = _annotations(_pipeline(fast=True))
    assert found == expected
    by_word = {(text, i): rest for i, (text, *rest) in enumerate(found)}
    assert by_word[("got", 1)][1] == "AUX"  # the later rule won
    assert by_word[("na", 6)][3] == "to"  # the second token of a two-token rule
    assert by_word[("it", 2)][2] == "Case=Acc"
    assert by_word[("are", 4)][1] == "AUX"


def test_rules_it_does_not_understand_keep_spacys_matcher() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": "so", "OP": "+"}]], "attrs": {"POS": "ADV"}}])
    assert not use_fast_attribute_rules(nlp)
    assert not isinstance(ruler.match, AttributeRuleMatcher)
