"""Actor spans read off sentences written for these tests (loads the spaCy model)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

from parley.extract.lexicon import Lexicon
from parley.extract.spans import find_actor_tokens, find_place_spans

pytestmark = pytest.mark.slow


def people(nlp: Any, text: str) -> list[str]:
    found = find_actor_tokens(nlp(text), 0, Lexicon.load())
    return [a.span.text for a in found if a.span.kind == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A known short name ("Abbas", "Anwar") inside someone else's full name.
        ("Foreign Minister Jalil Abbas Jilani held a call with Tehran.", "Jalil Abbas Jilani"),
        ("Caretaker Prime Minister Anwar-ul-Haq Kakar met him on Tuesday.", "Anwar-ul-Haq Kakar"),
        # Hyphenated particles and "bin" the model cuts a name at.
        ("Egyptian President Abdel Fattah El-Sisi and others attended.", "Abdel Fattah El-Sisi"),
        (
            "Qatar's Emir Sheikh Tamim bin Hamad Al-Thani arrived.",
            "Sheikh Tamim bin Hamad Al-Thani",
        ),
        # Two parts the model and the ruler tag apart, which the parser joins into one.
        (
            "The meeting was chaired by Prime Minister Ali Mahamane Lamine Zeine, the host.",
            "Ali Mahamane Lamine Zeine",
        ),
        # A hyphenated given name whose first half the model takes for a place.
        ("Kazakh President Qasym-Zhomart Toqaev hosted them.", "Qasym-Zhomart Toqaev"),
        # A particle before a surname the ruler knows alone.
        (
            "The minister met H.E. Mr. António Luís Santos da Costa on Friday.",
            "António Luís Santos da Costa",
        ),
    ],
)
def test_a_name_is_read_whole(nlp: Any, text: str, name: str) -> None:
    assert name in people(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The week ended in Uzhhorod, where on 5 September Fico sat down with Zelensky.", "Fico"),
        ("It was there that on 12 March Tusk received Rutte for talks on defence.", "Tusk"),
    ],
)
def test_a_month_after_its_day_does_not_grow_into_the_name_after_it(
    nlp: Any, text: str, name: str
) -> None:
    assert name in people(nlp, text)
    assert not any(found.startswith(("September", "March")) for found in people(nlp, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "After the Serail, von der Leyen drove to Ain el-Tineh, where she was received by "
            "Speaker Nabih Berri.",
            "Serail",
        ),
        (
            "Before the Moncloa, Starmer stopped at the Zarzuela, where he was received by King "
            "Felipe.",
            "Zarzuela",
        ),
    ],
)
def test_a_single_name_after_the_is_no_person(nlp: Any, text: str, word: str) -> None:
    assert word not in people(nlp, text)


def test_a_base_named_like_a_person_is_no_person(nlp: Any) -> None:
    text = "On Sunday, Hegseth visited Camp Humphreys, home to the largest U.S. base in Asia."
    assert "Camp Humphreys" not in people(nlp, text)


def test_outside_a_body_is_no_party_of_it(nlp: Any) -> None:
    text = "The deal gave Colombia the status of a major non-NATO ally."
    found = find_actor_tokens(nlp(text), 0, Lexicon.load())
    assert not {"NATO", "non-NATO"} & {a.span.text for a in found}


def test_two_names_joined_by_a_hyphen_stay_two_people(nlp: Any) -> None:
    assert people(nlp, "The Starmer-Xi meeting lasted an hour.") == ["Starmer", "Xi"]


def test_forms_of_address_and_office_words_do_not_grow_into_a_name(nlp: Any) -> None:
    found = people(
        nlp, "Minister for Foreign Affairs Sugiono met Datuk Seri Anwar and Shri Narendra Modi."
    )
    assert "Sugiono" in found
    assert not any(name.startswith(("Affairs", "Seri", "Shri")) for name in found)


def offices(nlp: Any, text: str) -> list[str]:
    found = find_actor_tokens(nlp(text), 0, Lexicon.load())
    return [a.span.text for a in found if a.span.kind == "office"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Later, the premier met the Ukrainian leader in Kyiv.", ["the premier"]),
        ("The prime minister held talks with the visiting king.", ["The prime minister"]),
        # A country or a name completes the office elsewhere.
        ("The prime minister of Italy met Zelensky.", []),
        ("The prime ministers met on Monday.", []),
        ("Trump met the emperor in Tokyo.", ["the emperor"]),
        # A title written with a hyphen, which the tokeniser splits.
        ("Before lunch, the Secretary-General met Lavrov.", ["the Secretary-General"]),
        ("The Secretary-General of NATO met Zelensky.", []),
        # Or written as two words; "general" alone is no such office.
        ("Before lunch, the Secretary General met Lavrov.", ["the Secretary General"]),
        ("The general met the Prime Minister of Mali.", []),
    ],
)
def test_an_office_alone_after_the_stands_for_its_holder(
    nlp: Any, text: str, expected: list[str]
) -> None:
    assert offices(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Putin flew to Tehran for a trilateral Astana-format summit with Erdogan and Raisi.",
        "Erdogan met a Doha-based mediator on Friday.",
    ],
)
def test_a_place_naming_a_kind_of_thing_is_no_party(nlp: Any, text: str) -> None:
    assert "country" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Guterres held talks with Lavrov at the ministry's Stalin-era skyscraper on Tuesday.",
        "The two leaders dined in a Brezhnev-style banquet hall on Friday.",
    ],
)
def test_a_name_turned_into_an_age_or_a_style_is_no_person(nlp: Any, text: str) -> None:
    assert not any(name.startswith(("Stalin", "Brezhnev")) for name in people(nlp, text))


def test_a_name_after_a_portfolio_tagged_as_a_body_is_a_person(nlp: Any) -> None:
    text = (
        "Secretary of National Defense Gilberto C. Teodoro, Jr. held a meeting with the "
        "Japanese minister on Tuesday."
    )
    assert "Gilberto C. Teodoro" in people(nlp, text)
    assert "country" not in kinds(nlp, text)


def test_towns_listed_after_the_towns_of_are_no_people(nlp: Any) -> None:
    text = "Guterres, who earlier visited the towns of Hostomel, Borodyanka and Makariv, spoke."
    assert people(nlp, text) == ["Guterres"]


def test_a_bodys_initials_are_no_place(nlp: Any) -> None:
    text = "The ambassador met Guterres at the UN offices on Wednesday."
    assert [p.text for p, _ in find_place_spans(nlp(text), 0)] == []
    # The headquarters are a known venue (in New York), found whole.
    text = "The ambassador met Guterres at the UN headquarters on Wednesday."
    assert [p.text for p, _ in find_place_spans(nlp(text), 0)] == ["UN headquarters"]


def kinds(nlp: Any, text: str) -> set[str]:
    """The kinds of actor span found in `text`."""
    return {a.span.kind for a in find_actor_tokens(nlp(text), 0, Lexicon.load())}


@pytest.mark.parametrize(
    ("text", "nominal"),
    [
        # The adjective tagged as an organisation, the office capitalised.
        ("The Kazakh President welcomed the signing of the memorandum.", "Kazakh President"),
        ("The French President met Xi Jinping on Friday.", "French President"),
    ],
)
def test_a_nationality_before_a_capitalised_office_stands_for_its_holder(
    nlp: Any, text: str, nominal: str
) -> None:
    found = find_actor_tokens(nlp(text), 0, Lexicon.load())
    assert (nominal, "nominal") in [(a.span.text, a.span.kind) for a in found]


@pytest.mark.parametrize(
    "text",
    [
        "Boric used the meeting of South American leaders to criticise Maduro.",
        "The Latin American presidents met in Bogotá on Friday.",
    ],
)
def test_a_continent_s_adjective_is_no_nationality(nlp: Any, text: str) -> None:
    found = find_actor_tokens(nlp(text), 0, Lexicon.load())
    assert "nominal" not in {a.span.kind for a in found}
    assert ("South Korean leader", "nominal") in [
        (a.span.text, a.span.kind)
        for a in find_actor_tokens(nlp("The South Korean leader met Kishida."), 0, Lexicon.load())
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It is the first time an EU country has agreed to process asylum seekers abroad.",
        "No NATO member has sent troops to the region, the minister said.",
    ],
)
def test_a_body_naming_the_kind_of_anyone_is_no_party(nlp: Any, text: str) -> None:
    assert not kinds(nlp, text) & {"organization", "country"}


def test_a_body_named_by_its_official_or_proposal_is_still_an_actor(nlp: Any) -> None:
    # An official speaks for the body; a proposal may be what is backed.
    assert "organization" in kinds(nlp, "An EU official said the bloc backed the plan.")
    assert "organization" in kinds(nlp, "Kenya backed an EU proposal on the ceasefire.")


def test_a_street_address_is_no_person(nlp: Any) -> None:
    text = "That evening the envoy called on Prime Minister Narendra Modi at 7, Lok Kalyan Marg."
    assert people(nlp, text) == ["Narendra Modi"]


@pytest.mark.parametrize(
    "text",
    [
        "It was the first visit by a Prime Minister of Canada to Peru since 2011.",
        "It is the first state visit to Chile by a Spanish president since 2009.",
    ],
)
def test_anyone_in_an_office_is_no_actor(nlp: Any, text: str) -> None:
    assert not kinds(nlp, text) & {"nominal", "country"}


def test_the_end_of_a_portfolio_is_no_person(nlp: Any) -> None:
    found = people(
        nlp,
        "The Cabinet Secretary for Foreign and Diaspora Affairs, Musalia Mudavadi, met the "
        "Ugandan minister in Nairobi.",
    )
    assert "Diaspora Affairs" not in found
    assert "Musalia Mudavadi" in found


def test_a_name_run_across_a_spaced_dash_is_no_person(nlp: Any) -> None:
    found = people(
        nlp,
        "Dakar - The Head of State, Bassirou Diomaye Faye, current Chairperson of ECOWAS, was "
        "received yesterday in Banjul.",
    )
    assert not [name for name in found if " - " in name]
    assert people(nlp, "Jean-Yves Le Drian met Sergei Lavrov in Moscow.")[0] == "Jean-Yves Le Drian"


def test_words_without_a_capital_are_no_person(nlp: Any) -> None:
    found = people(
        nlp,
        "During his trip to Bamako he held discussions with members of the Conseil national "
        "pour la sauvegarde de la patrie and with Colonel Assimi Goita.",
    )
    assert all(any(w[:1].isupper() for w in name.split()) for name in found)
    assert "Assimi Goita" in found


def test_the_title_a_name_stands_beside_is_its_title(nlp: Any) -> None:
    found = find_actor_tokens(
        nlp("Zelensky then met the President of the Riigikogu, Lauri Hussar, on Thursday."),
        0,
        Lexicon.load(),
    )
    [hussar] = [a.span for a in found if a.span.text == "Lauri Hussar"]
    assert hussar.title == "President of the Riigikogu"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("On Tuesday the Head of State held talks with President Gitanas Nauseda.", True),
        ("Shortly after landing, the Head of State met President Lourenco.", True),
        ("The Head of State of Lithuania held talks with the guest.", False),
    ],
)
def test_the_head_of_state_is_an_office_when_no_country_completes_it(
    nlp: Any, text: str, office: bool
) -> None:
    found = find_actor_tokens(nlp(text), 0, Lexicon.load())
    offices = [a.span.text.lower() for a in found if a.span.kind == "office"]
    assert any(o.startswith("the head of") for o in offices) == office


def test_who_speaks_in_a_transcript_is_no_party(nlp: Any) -> None:
    text = "Lin Jian: At the meeting in Apia last year, the two sides reached broad consensus."
    assert people(nlp, text) == []
    # Guard: a name leading a sentence without the colon is a party.
    assert people(nlp, "Lin Jian met the two delegations in Apia last year.") == ["Lin Jian"]


def test_a_seat_named_by_its_town_is_placed_in_that_town(nlp: Any) -> None:
    text = (
        "Sikorski met his French and German counterparts at the château of La "
        "Celle-Saint-Cloud near Paris on Monday."
    )
    found = [(p.text, p.preposition) for p, _ in find_place_spans(nlp(text), 0)]
    assert ("La Celle-Saint-Cloud", "at") in found


def test_a_name_tagged_as_a_body_beside_a_title_told_in_full_is_a_person(nlp: Any) -> None:
    doc = nlp(
        "The deputy U.S. special envoy for the Middle East, Morgan Ortagus, met with "
        "President Joseph Aoun on Saturday."
    )
    at = [t.text for t in doc].index("Morgan")
    # The small model tags such a name as an organisation in some sentences.
    doc.set_ents([Span(doc, at, at + 2, label="ORG")], default="unmodified")
    found = find_actor_tokens(doc, 0, Lexicon.load())
    assert "Morgan Ortagus" in [a.span.text for a in found if a.span.kind == "person"]


def test_a_name_the_tagger_takes_for_a_common_noun_may_be_a_surname(nlp: Any) -> None:
    found = find_actor_tokens(
        nlp("Ortagus then went to the government headquarters for talks with Salam."),
        0,
        Lexicon.load(),
    )
    assert "Ortagus" in [a.span.text for a in found if a.span.kind in ("surname", "person")]


def test_words_running_into_a_body_s_name_after_a_title_are_no_person(nlp: Any) -> None:
    doc = nlp(
        "The General Commander of the Yemeni Joint Armed Forces, General Sagheer bin Aziz, "
        "received the envoy on Sunday."
    )
    # In some sentences the small model tags only the nationality of such a body's name.
    at = [t.text for t in doc].index("Yemeni")
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    doc.set_ents([*people, Span(doc, at, at + 1, "NORP")])
    found = find_actor_tokens(doc, 0, Lexicon.load())
    assert "Joint Armed" not in [a.span.text for a in found]


def test_a_word_the_model_takes_for_a_name_describing_things_is_no_person(nlp: Any) -> None:
    assert "Covid" not in people(
        nlp,
        "On 1 December 2022, with Covid restrictions still in place in China, he became the "
        "first EU leader to be received by Xi in nearly three years.",
    )


def test_a_hyphenated_given_name_after_a_title_is_one_name(nlp: Any) -> None:
    # "Yunus" alone is a short name the knowledge base knows (Muhammad Yunus).
    found = people(nlp, "Deputy Defence Minister Yunus-Bek Yevkurov flew to Benghazi on Sunday.")
    assert found == ["Yunus-Bek Yevkurov"]


@pytest.mark.parametrize(
    ("text", "no_place", "place"),
    [
        # A town whose clock a bracketed day is told by.
        (
            "President Ferdinand Marcos Jr. on Monday (Tuesday in Manila) held separate meetings "
            "with Pete Hegseth and Marco Rubio at the Pentagon in Washington.",
            "Manila",
            "Washington",
        ),
        # Hills named after a place, which the world-towns table may take for a town.
        (
            "Mattarella was received by Pirc Musar at Villa Vipolže, in the Brda hills, and by "
            "Milanović in Zagreb.",
            "Brda",
            "Zagreb",
        ),
        # The first of two countries naming the sides of a dialogue.
        (
            "The minister co-chaired the third UK-Morocco Strategic Dialogue in Rabat with Mr "
            "Bourita.",
            "UK",
            "Rabat",
        ),
    ],
)
def test_a_name_that_tells_no_place_of_meeting_is_no_place(
    nlp: Any, text: str, no_place: str, place: str
) -> None:
    found = [p.text for p, _ in find_place_spans(nlp(text), 0)]
    assert no_place not in found
    assert place in found


def test_a_town_out_of_brackets_is_where_something_happened(nlp: Any) -> None:
    text = "Marcos held talks with Rubio on Tuesday in Manila."
    assert "Manila" in [p.text for p, _ in find_place_spans(nlp(text), 0)]


def test_an_office_whose_talks_they_were_stands_for_its_holder(nlp: Any) -> None:
    text = "The President's talks with Biden lasted an hour."
    found = find_actor_tokens(nlp(text), 0, Lexicon.load())
    assert "The President" in [a.span.text for a in found]
    # Not an office's belongings ("the Prime Minister's office said").
    text = "The Prime Minister's office said the talks with Biden lasted an hour."
    found = find_actor_tokens(nlp(text), 0, Lexicon.load())
    assert "The Prime Minister" not in [a.span.text for a in found]


def test_a_name_with_an_initial_written_close_before_it_is_a_person(nlp: Any) -> None:
    found = people(
        nlp,
        "Prime Minister of Mongolia L.Oyun-Erdene paid a courtesy call on President "
        "Emmanuel Macron.",
    )
    assert any("Oyun-Erdene" in name for name in found)
    assert "Emmanuel Macron" in found


def test_a_body_whose_member_a_state_is_said_to_be_is_no_party(nlp: Any) -> None:
    text = "It was Putin's first visit to an ICC member state since the court issued the warrant."
    found = find_actor_tokens(nlp(text), 0, Lexicon.load())
    assert "ICC" not in [a.span.text for a in found]


def test_a_counterparts_name_the_model_takes_for_a_work_is_a_person(nlp: Any) -> None:
    text = (
        "When migration rose in 2023, Poklukar telephoned his Croatian counterpart Davor "
        "Božinović on 12 September."
    )
    assert "Davor Božinović" in people(nlp, text)


def test_the_town_one_met_someone_in_before_leaving_it_is_a_place(nlp: Any) -> None:
    text = "Before leaving Nairobi, Wong also met Kenyan Foreign Minister Musalia Mudavadi."
    found = {p.text: head.text for p, head in find_place_spans(nlp(text), 0)}
    assert found == {"Nairobi": "met"}
    text = "After leaving Nairobi, Wong met Kenyan President William Ruto in Mombasa."
    assert "Nairobi" not in {p.text for p, _ in find_place_spans(nlp(text), 0)}


def test_a_title_after_and_is_the_next_one_listed_s_not_the_first_s(nlp: Any) -> None:
    text = (
        "On Monday, Minister of Commerce Wang Wentao and Executive Vice-President of the "
        "European Commission Valdis Dombrovskis spoke by video link about electric vehicles."
    )
    found = {a.span.text: a.span.title for a in find_actor_tokens(nlp(text), 0, Lexicon.load())}
    assert found["Wang Wentao"] == "Minister of Commerce"
    assert found["Valdis Dombrovskis"] == "Executive Vice-President of the European Commission"
