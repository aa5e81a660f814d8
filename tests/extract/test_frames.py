"""Frames read off single sentences written for these tests (loads the spaCy model)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from parley.extract.frames import (
    FrameExtractor,
    _connected_dates,
    _connected_places,
    _date_attachment,
    _is_anaphoric,
)
from parley.extract.lexicon import Lexicon
from parley.extract.triggers import _person_object
from parley.models import EventType, Frame, PlaceSpan, Sentence, Status

pytestmark = pytest.mark.slow


def frames(nlp: Any, text: str, *, index: int = 0) -> list[Frame]:
    """Frames of a sentence; index 0 is an article's first line (its headline)."""
    extractor = FrameExtractor(nlp, Lexicon.load())
    sentence = Sentence(index=index, text=text, start=0, end=len(text))
    [(_, found)] = list(extractor.frames_for_articles([("t", [sentence])]))
    return found


def days_of(frame: Frame) -> list[str]:
    """The words of the sentence that date the frame."""
    return [frame.sentence.text[start:end] for start, end in frame.date_spans]


def only(found: list[Frame], event_type: EventType) -> Frame:
    typed = [f for f in found if f.type == event_type]
    assert len(typed) == 1, typed
    return typed[0]


def test_talks_with_a_counterpart_in_a_city(nlp: Any) -> None:
    found = frames(
        nlp,
        "Kenyan Deputy Foreign Minister Abdi Hassan held talks with his Ugandan counterpart "
        "in Kampala on Friday.",
    )
    frame = only(found, EventType.CONSULT)
    assert frame.status == Status.OCCURRED
    assert frame.cameo.startswith("04")
    names = {a.text for a in frame.actors}
    assert "Abdi Hassan" in names
    person = next(a for a in frame.actors if a.text == "Abdi Hassan")
    assert person.title is not None and "Minister" in person.title
    assert [p.text for p in frame.places] == ["Kampala"]
    assert frame.date_spans


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Prime Minister Anwar Ibrahim will meet Vietnamese leaders in Hanoi next week.",
            "planned",
        ),
        ("Erdogan and Putin may meet on the sidelines of the summit.", "hypothetical"),
        ("Foreign Minister Ana Costa did not meet her Angolan counterpart.", "negated"),
        ("Foreign Minister Ana Costa met her Angolan counterpart on Monday.", "occurred"),
        ("President Lula refused to meet the Venezuelan envoy in Brasilia.", "negated"),
        ("The summit in Lima was cancelled after the coup.", "negated"),
        ("Ankara is ready to host new rounds of talks between Russia and Ukraine.", "hypothetical"),
        ("Putin invited Erdogan to the BRICS summit in Kazan.", "planned"),
        (
            "Both governments want a leaders' summit in Jakarta before the year is out.",
            "hypothetical",
        ),
        ("The opposition called for talks with the rebels in Juba.", "hypothetical"),
        (
            "The administration is still aiming for Biden and Xi to meet in San Francisco.",
            "hypothetical",
        ),
        ("Mexico proposed a meeting of the two foreign ministers in Ottawa.", "hypothetical"),
        (
            "Brasilia turned down a Chilean request for a meeting between the two defence "
            "ministers in Lima.",
            "hypothetical",
        ),
        (
            "A state visit to Chile by President Lula, initially planned for March and then "
            "pushed back, now looks unlikely this year.",
            "planned",
        ),
        (
            "Officials in Brasilia float the idea of a three-way meeting of Lula, Boric and Petro.",
            "hypothetical",
        ),
        (
            "Lula accepted a visit to Brazil by the Chilean foreign minister at a suitable time.",
            "planned",
        ),
        # Announcing in the past tense what was held is a report, not a plan.
        (
            "President Gabriel Boric held a phone call with Prime Minister Mark Carney, the "
            "presidency announced.",
            "occurred",
        ),
        ("The Kremlin announced Putin will meet Xi next week.", "planned"),
        ("EU ambassadors were to meet in Brussels on Thursday at Lithuania's request.", "planned"),
        ("His first foreign trip as president was to meet Lula in Brasilia.", "occurred"),
        # A passive of scheduling: arranged, whatever became of it.
        ("The Lagos summit with President Tinubu had been planned for June 3.", "planned"),
        # The tokenizer splits "co-chair"; the auxiliary hangs on "co".
        (
            "The two presidents will co-chair the Joint Commission between Chile and Peru in Lima.",
            "planned",
        ),
        ("The two presidents co-chaired the Joint Commission in Lima on Monday.", "occurred"),
        # The parser hangs the call on what was agreed; it is when the agreeing happened.
        (
            "President Gabriel Boric and his Peruvian counterpart agreed to reopen the border "
            "crossings during a phone call on Monday, the two governments said.",
            "occurred",
        ),
        ("The ministers agreed to sign the accord during a visit to Lima.", "planned"),
        ("The two presidents are in Addis Ababa for the AU summit.", "planned"),
        (
            "An overview of the main subjects to be discussed at meetings of the AU Peace and "
            "Security Council over the next two weeks.",
            "planned",
        ),
        (
            "Ruto and Museveni agreed on forming a joint committee and on holding a second "
            "round of talks soon.",
            "planned",
        ),
        ("There are plans for a meeting between Lavrov and Rubio in Riyadh.", "planned"),
        # A yes-no question asserts nothing; a wh-question takes the meeting as given.
        (
            "Question: Are there any plans for talks between Lavrov and Rubio in the near future?",
            "planned",
        ),
        ("Did Putin meet Xi in Beijing on his way back from Hanoi?", "hypothetical"),
        # What was urged is wished for; the summit where it was urged was held.
        (
            "Ruto on Friday urged African leaders to back his reform plan, at the second such "
            "summit with the region's heads of state.",
            "occurred",
        ),
        ("Ruto urged African leaders to hold a summit on the reform plan.", "hypothetical"),
        # Others are to do what was urged: the visit is the urger's, where he urged it.
        (
            "President Ruto has urged African leaders to back his reform plan during a visit "
            "to Addis Ababa on Friday.",
            "occurred",
        ),
        ("Lula hoped to sign the deal during a visit to Jakarta in January.", "hypothetical"),
        (
            "The aide told reporters that it was too early to talk about a date for a meeting "
            "between Putin and Trump.",
            "hypothetical",
        ),
        ("Where did Putin meet Xi on Tuesday?", "occurred"),
        # "As if" tells the manner of it, not a condition.
        (
            "In November Erdogan was in Baku himself for talks with Aliyev, as if to remind "
            "everyone who had been there first.",
            "occurred",
        ),
        ("Erdogan would be in Baku for talks with Aliyev if the schedule allowed.", "hypothetical"),
        # The parser makes "planned" the verb of a clause that is the subject of "postponed".
        (
            "A meeting between President Lula and President Milei planned for Tuesday on the "
            "sidelines of the summit has been postponed at Buenos Aires's request, officials "
            "said.",
            "negated",
        ),
    ],
)
def test_status_of_meetings(nlp: Any, sentence: str, status: str) -> None:
    frame = next(f for f in frames(nlp, sentence) if f.type == EventType.CONSULT)
    assert frame.status.value == status


def test_a_visit_commenting_on_a_planned_trip_is_planned(nlp: Any) -> None:
    found = frames(
        nlp,
        "Mr. Ruto is scheduled to travel to Addis Ababa for the AU summit on February 15, his "
        "first visit to Ethiopia in three years.",
    )
    visit = next(f for f in found if f.trigger == "visit")
    assert visit.status.value == "planned"


def test_agreement_to_meet_again_is_an_agreement_and_a_planned_meeting(nlp: Any) -> None:
    found = frames(
        nlp, "The two sides agreed to hold the next round in Lisbon at a mutually convenient time."
    )
    agree = only(found, EventType.AGREE)
    assert agree.status == Status.OCCURRED
    assert agree.cameo == "036"
    planned = only(found, EventType.CONSULT)
    assert planned.status == Status.PLANNED


def test_support_has_a_source_and_a_target(nlp: Any) -> None:
    frame = only(
        frames(nlp, "France strongly supports Germany's proposal for a ceasefire."),
        EventType.SUPPORT,
    )
    roles = {a.text: a.role for a in frame.actors}
    assert roles.get("France") == "source"
    assert roles.get("Germany") == "target"


def test_a_report_date_does_not_date_the_meeting_it_discusses(nlp: Any) -> None:
    found = frames(
        nlp, "A newspaper report on Tuesday commented on the minister's meeting with Blinken."
    )
    meeting = only(found, EventType.CONSULT)
    assert meeting.date_spans == []
    assert meeting.sentence_has_dates


def test_sentences_without_triggers_are_not_parsed() -> None:
    lexicon = Lexicon.load()
    assert not lexicon.may_hold_event("The weather in Geneva was mild.")
    assert lexicon.may_hold_event("The ministers met in Geneva.")


def test_a_meeting_that_is_only_discussed_has_no_parties_from_the_discussion(nlp: Any) -> None:
    found = frames(
        nlp,
        "Blinken and Jaishankar discussed the upcoming Quad foreign ministers' meeting in Tokyo.",
    )
    meeting = only(found, EventType.CONSULT)
    assert meeting.status == Status.PLANNED
    assert not [a for a in meeting.actors if a.text in ("Blinken", "Jaishankar")]


def test_a_meeting_told_as_held_was_held_whatever_was_agreed_at_it(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Foreign ministers of Kenya, Uganda and Rwanda agreed to boost cooperation at a "
        "ministerial coordination meeting held in the lakeside city of Kisumu on Saturday.",
    )
    meeting = only(found, EventType.CONSULT)
    assert meeting.status == Status.OCCURRED
    found = body_frames(
        nlp, "The ministers agreed to take up the matter at a meeting to be held in Kigali."
    )
    assert [f.status for f in found if f.type == EventType.CONSULT] == [Status.PLANNED]


def test_talks_during_which_a_deal_on_something_was_sealed_are_the_sealers(nlp: Any) -> None:
    text = (
        "Traders will be able to cross the border without a permit from January, after "
        "President William Ruto and his Tanzanian counterpart Samia Suluhu Hassan settled a row "
        "on the long-running dispute during talks at State House, Nairobi, on Wednesday."
    )
    [talks] = [f for f in body_frames(nlp, text) if f.trigger == "talks"]
    assert {"William Ruto", "Samia Suluhu Hassan"} <= {a.text for a in talks.actors}
    assert [text[a:b] for a, b in talks.date_spans] == ["Wednesday"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruto and Samia upgraded ties to a strategic partnership in Dar es Salaam on Monday.",
        "The two leaders elevated Kenya-Tanzania relations to a Comprehensive Partnership.",
    ],
)
def test_two_sides_raising_their_relations_to_a_partnership_agreed(nlp: Any, sentence: str) -> None:
    only(body_frames(nlp, sentence), EventType.AGREE)


def test_upgrading_a_thing_that_is_no_relationship_is_no_agreement(nlp: Any) -> None:
    found = body_frames(nlp, "Moody's upgraded Kenya's rating and its outlook on Friday.")
    assert not [f for f in found if f.type == EventType.AGREE]


def test_whoever_refers_to_a_round_of_consultations_is_no_party(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Asked about trade, the spokesman Mwangi referred to the fourth round of Kenya-Uganda "
        "consultations, held in Kampala last Thursday.",
    )
    meeting = only(found, EventType.CONSULT)
    assert "Mwangi" not in [a.text for a in meeting.actors]


def test_the_day_something_was_said_does_not_date_the_event(nlp: Any) -> None:
    found = frames(
        nlp,
        "President Emmanuel Macron will travel to Brazil next month for a state visit, "
        "the Elysee said on Sunday.",
    )
    visit = next(f for f in found if f.type == EventType.CONSULT)
    dated = days_of(visit)
    assert dated == ["next month"]


def test_a_building_named_after_someone_is_not_a_participant(nlp: Any) -> None:
    found = frames(
        nlp,
        "Foreign Minister Ana Costa met her Angolan counterpart at Sushma Swaraj Bhawan on Monday.",
    )
    meeting = only(found, EventType.CONSULT)
    assert "Sushma Swaraj" not in {a.text for a in meeting.actors}


def test_the_body_in_a_possessive_title_is_not_a_participant(nlp: Any) -> None:
    found = frames(
        nlp,
        "The UN Secretary-General's personal envoy Ana Lopes met President Rui Sousa on Saturday.",
    )
    meeting = only(found, EventType.CONSULT)
    assert {a.kind for a in meeting.actors} == {"person"}


def test_a_town_named_after_a_saint_is_not_a_participant(nlp: Any) -> None:
    found = frames(
        nlp,
        "On the last day, the leaders held talks with Vice President Raymond Holt and his "
        "delegation at the Conference Centre, St Ann's.",
    )
    meeting = only(found, EventType.CONSULT)
    assert "St Ann's" not in {a.text for a in meeting.actors}


def test_attribution_and_welcomed_agreements_do_not_make_parties(nlp: Any) -> None:
    found = frames(
        nlp,
        "Brazil welcomes the agreement reached in Geneva between the delegations of Armenia "
        "and Azerbaijan.",
    )
    names = {a.text for f in found if f.type == EventType.AGREE for a in f.actors}
    assert "Brazil" not in names
    reported = frames(nlp, "According to Medinsky, the parties agreed on an exchange of prisoners.")
    assert all(a.text != "Medinsky" for f in reported for a in f.actors)


@pytest.mark.parametrize(
    ("text", "agreed"),
    [
        ("Lourenco, Tshisekedi and Kagame approved a roadmap for peace in Luanda.", True),
        ("The leaders adopted the Luanda declaration at the end of the summit.", True),
        ("The parliament approved the budget on Tuesday after a long debate.", False),
    ],
)
def test_adopting_or_approving_a_text_is_agreeing(nlp: Any, text: str, agreed: bool) -> None:
    found = body_frames(nlp, text)
    assert any(f.type == EventType.AGREE for f in found) == agreed


def test_pledging_support_is_support_not_agreement(nlp: Any) -> None:
    found = frames(nlp, "Prime Minister Abiy pledged Ethiopia's support for the reform plan.")
    assert not [f for f in found if f.type == EventType.AGREE]
    assert [f for f in found if f.type == EventType.SUPPORT]


def test_a_relative_clause_in_the_subject_is_not_part_of_it(nlp: Any) -> None:
    found = frames(
        nlp, "President Lula, who had received Prime Minister Albanese in May, met him again."
    )
    met = next(f for f in found if f.trigger == "met")
    sources = {a.text for a in met.actors if a.role == "source"}
    assert "Albanese" not in sources


def test_a_when_clause_on_the_visit_names_who_was_there(nlp: Any) -> None:
    found = frames(
        nlp,
        "Prime Minister Narendra Modi's state visit to Washington in June, when he and "
        "President Joe Biden signed the deal, changed the relationship.",
    )
    visit = next(f for f in found if f.trigger == "visit")
    assert "Joe Biden" in {a.text for a in visit.actors}


def test_an_unknown_official_after_a_title_is_still_a_person(nlp: Any) -> None:
    found = frames(
        nlp, "Swiss Foreign Minister Ignazio Cassis met his Austrian counterpart in Geneva."
    )
    meeting = only(found, EventType.CONSULT)
    person = next(a for a in meeting.actors if a.kind == "person")
    assert person.text == "Ignazio Cassis"
    assert person.title is not None and "Foreign Minister" in person.title


def test_a_noun_that_modifies_a_noun_is_no_event(nlp: Any) -> None:
    found = frames(
        nlp,
        "Wang stressed the role of the China-Russia strategic security consultation mechanism.",
    )
    assert not [f for f in found if f.type == EventType.CONSULT]


@pytest.mark.parametrize(
    "text",
    [
        "In the expanded session, the Portuguese side was joined by Deputy Foreign Ministers "
        "Ana Lopes, who is responsible for the political dialogue, and Rui Sousa, who handles "
        "trade.",
        "The statement was read by Ivan Petrov, the official in charge of the negotiations.",
    ],
)
def test_what_an_office_covers_is_no_event(nlp: Any, text: str) -> None:
    assert not [f for f in frames(nlp, text) if f.type == EventType.CONSULT]


def test_those_who_accompany_the_two_who_met_are_not_its_parties(nlp: Any) -> None:
    found = frames(
        nlp,
        "The talks were held at the palace, with the two leaders first meeting in a small "
        "format, accompanied by Foreign Ministers Ana Lopes and Rui Sousa and their advisers.",
    )
    meeting = next(f for f in found if f.trigger == "meeting")
    assert [a.text for a in meeting.actors] == ["the two leaders"]


def test_whom_someone_sat_down_with_to_press_is_a_party(nlp: Any) -> None:
    # The parser reads "with" as opening a clause whose subject is the one sat with.
    found = frames(
        nlp, "Blinken then sat down separately with Prime Minister Ariel Henry to press him."
    )
    meeting = only(found, EventType.CONSULT)
    assert {a.text for a in meeting.actors} == {"Blinken", "Ariel Henry"}


def test_only_a_meeting_the_sentence_is_at_refers_back(nlp: Any) -> None:
    during = only(frames(nlp, "During the meeting, Wang said trade had grown."), EventType.CONSULT)
    assert during.anaphoric
    named = [
        f
        for f in frames(nlp, "He praised the role of the BRICS Meeting of Security Advisers.")
        if f.type == EventType.CONSULT
    ]
    assert not any(f.anaphoric for f in named)


def test_the_round_of_a_dialogue_shares_the_date_of_holding_it(nlp: Any) -> None:
    found = frames(
        nlp,
        "Canada and Mexico on Tuesday held the third edition of their strategic dialogue "
        "in Ottawa.",
    )
    dated = {
        f.sentence.text[s:e] for f in found if f.type == EventType.CONSULT for s, e in f.date_spans
    }
    assert dated == {"Tuesday"}


def test_an_unknown_name_after_title_of_country_is_a_person(nlp: Any) -> None:
    found = frames(
        nlp,
        "Vladimir Putin met with President of Mongolia Ukhnaagiin Khurelsukh in Astana.",
    )
    meeting = only(found, EventType.CONSULT)
    people = [a.text for a in meeting.actors if a.kind == "person"]
    assert "Ukhnaagiin Khurelsukh" in people


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "The Crown Prince later hosted a luncheon in honour of the President of the "
            "Republic of Korea and his accompanying delegation.",
            "President of the Republic of Korea",
        ),
        ("Albanese met the Prime Minister of India at the summit in Vientiane.", None),
        (
            "Albanese met the Prime Minister of India, Narendra Modi, at the summit.",
            None,
        ),
    ],
)
def test_an_office_completed_by_a_country_is_a_description_of_its_holder(
    nlp: Any, sentence: str, office: str | None
) -> None:
    meeting = only(frames(nlp, sentence), EventType.CONSULT)
    described = [a.text for a in meeting.actors if a.kind == "nominal"]
    countries = [a.text for a in meeting.actors if a.kind == "country"]
    if office is not None:
        assert described == [office] and not countries
    elif "Modi" in sentence:
        # The name that follows is the actor; its title is no second one.
        assert not described and "Narendra Modi" in [a.text for a in meeting.actors]
    else:
        assert described == ["Prime Minister of India"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Assistant Secretary of State Donald Lu and Deputy Foreign Minister Roman Vassilenko "
        "led their respective delegations.",
        "The 12th meeting of the intergovernmental commission was held in Tashkent under the "
        "co-chairmanship of Deputy Prime Minister Jamshid Khodjaev and Russian Deputy Prime "
        "Minister Alexei Overchuk.",
    ],
)
def test_heads_of_delegations_and_chairs_are_the_parties(nlp: Any, sentence: str) -> None:
    meeting = only(frames(nlp, sentence), EventType.CONSULT)
    people = [a for a in meeting.actors if a.kind == "person"]
    assert len(people) == 2
    # A title starts at its first title word, not at "co-chairmanship of".
    assert all("chairmanship" not in (a.title or "") for a in people)


def test_one_head_of_a_delegation_is_no_meeting(nlp: Any) -> None:
    found = frames(nlp, "Foreign Minister Sergei Lavrov led the Russian delegation.")
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_the_last_session_of_a_kind_is_another_occasion_chaired_by_whom_it_names(
    nlp: Any,
) -> None:
    found = frames(
        nlp,
        "The last intergovernmental consultations, the 15th, took place in Warsaw in November "
        "2018 under Federal Chancellor Angela Merkel and Prime Minister Mateusz Morawiecki.",
    )
    meeting = only(found, EventType.CONSULT)
    # Not "the talks" just reported: an earlier occasion, with the chairs it names.
    assert not meeting.anaphoric
    assert {a.text for a in meeting.actors if a.kind == "person"} == {
        "Angela Merkel",
        "Mateusz Morawiecki",
    }


def test_under_the_auspices_of_a_body_names_no_chair(nlp: Any) -> None:
    found = frames(
        nlp,
        "The talks between Armenia and Azerbaijan were held in Almaty under the auspices of "
        "Kazakh President Kassym-Jomart Tokayev.",
    )
    meeting = only(found, EventType.CONSULT)
    assert "Kassym-Jomart Tokayev" not in {a.text for a in meeting.actors}


def test_a_statement_after_talks_is_made_on_their_day(nlp: Any) -> None:
    text = (
        "Poland expects more from Germany, Prime Minister Donald Tusk said on Tuesday after "
        "intergovernmental consultations with German Chancellor Olaf Scholz in Warsaw."
    )
    meeting = only(frames(nlp, text), EventType.CONSULT)
    assert [text[s:e] for s, e in meeting.date_spans] == ["Tuesday"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Chancellor Merz closed his tour of the Gulf on Thursday with a summit of the "
            "Gulf Cooperation Council in Riyadh.",
            "Thursday",
        ),
        (
            "The Brazilian president began his programme in Pretoria on Monday with talks "
            "with President Ramaphosa at the Union Buildings.",
            "Monday",
        ),
    ],
)
def test_what_ends_or_begins_with_a_meeting_is_timed_by_it(nlp: Any, text: str, day: str) -> None:
    meeting = only(body_frames(nlp, text), EventType.CONSULT)
    assert [text[s:e] for s, e in meeting.date_spans] == [day]


def test_a_gathering_that_brought_them_together_is_timed_and_placed_by_its_participle(
    nlp: Any,
) -> None:
    text = (
        "The last summit, held in Tbilisi in May 2023, brought together President Ilham "
        "Aliyev, Turkish President Recep Tayyip Erdogan and the host, Prime Minister Irakli "
        "Garibashvili."
    )
    meeting = only(body_frames(nlp, text), EventType.CONSULT)
    assert [text[s:e] for s, e in meeting.date_spans] == ["May 2023"]
    assert [p.text for p in meeting.places] == ["Tbilisi"]


def test_the_day_of_the_summit_on_whose_sidelines_they_met(nlp: Any) -> None:
    text = (
        "On the margins of Wednesday's summit, the Kenyan president also held a meeting with "
        "Prime Minister Abiy Ahmed, his office said."
    )
    meeting = only(body_frames(nlp, text), EventType.CONSULT)
    assert [text[s:e] for s, e in meeting.date_spans] == ["Wednesday"]


def test_a_live_blog_entry_names_who_sat_across_from_whom(nlp: Any) -> None:
    found = frames(
        nlp, "3:15 PM - PBBM sat across from Chinese Premier Li Qiang at the ASEAN-China Summit."
    )
    meeting = only(found, EventType.CONSULT)
    # The name after the entry time is a party; the pair naming the summit is neither a
    # party nor where they met.
    assert {a.text for a in meeting.actors} == {"PBBM", "Li Qiang"}
    assert meeting.places == []
    assert not frames(nlp, "Protesters sat across from the embassy for hours.")


def test_what_follows_before_or_after_a_meeting_is_not_its_party(nlp: Any) -> None:
    found = frames(
        nlp,
        "Wang Yi met Sergei Lavrov in Moscow in the morning before holding talks with "
        "Nikolai Patrushev in the afternoon.",
    )
    met = next(f for f in found if f.trigger == "met")
    assert "Nikolai Patrushev" not in {a.text for a in met.actors}


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Emir Sheikh Tamim bin Hamad Al Thani received a phone call from President "
            "Abdel Fattah al-Sisi on Tuesday.",
            {"Sheikh Tamim bin Hamad Al Thani", "Abdel Fattah al-Sisi"},
        ),
        (
            "Xi Jinping told Joe Biden in a phone call that Taiwan was the first red line.",
            {"Xi Jinping", "Joe Biden"},
        ),
        # The parser hangs "with ..." and "in a phone call" inside the topic of the discussion.
        (
            "Kenyan President William Ruto discussed the Sudanese army's plan to retake the "
            "capital with Ethiopian Prime Minister Abiy Ahmed in a phone call on Monday, his "
            "office said.",
            {"William Ruto", "Abiy Ahmed"},
        ),
        # The parser hangs the name on the verb of attribution; it follows "<title> of <country>".
        (
            "President Ilham Aliyev held a phone call with President of the Islamic Republic of "
            "Iran Masoud Pezeshkian, the presidential press service announced.",
            {"Ilham Aliyev", "Masoud Pezeshkian"},
        ),
        # The one addressed is a counterpart whose name is set after it.
        (
            "Foreign Minister Oana Toiu conveyed her congratulations to her Bulgarian "
            "counterpart, Georg Georgiev, in a telephone conversation today.",
            {"Oana Toiu", "Georg Georgiev"},
        ),
        (
            "In a telephone conversation today, Toiu congratulated her Bulgarian counterpart "
            "Georg Georgiev.",
            {"Toiu", "Georg Georgiev"},
        ),
        # A call someone took from another.
        (
            "Nicusor Dan took a congratulatory call from Donald Trump on 27 May.",
            {"Nicusor Dan", "Donald Trump"},
        ),
    ],
)
def test_parties_of_a_phone_call(nlp: Any, sentence: str, parties: set[str]) -> None:
    call = only(frames(nlp, sentence), EventType.CONSULT)
    assert {a.text for a in call.actors if a.kind == "person"} == parties


def test_a_call_from_someone_for_something_is_an_appeal(nlp: Any) -> None:
    found = frames(nlp, "Scholz heeded a call from Zelensky for more air defence.", index=3)
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_whom_a_message_was_handed_to_during_a_meeting_took_part(nlp: Any) -> None:
    meeting = only(
        body_frames(
            nlp,
            "Prince Faisal bin Farhan delivered a written message from King Salman to President "
            "William Ruto during a meeting at State House in Nairobi.",
        ),
        EventType.CONSULT,
    )
    assert {a.text for a in meeting.actors if a.kind == "person"} >= {
        "Prince Faisal bin Farhan",
        "William Ruto",
    }


def test_a_press_conference_held_is_no_meeting(nlp: Any) -> None:
    found = body_frames(nlp, "Ruto and Museveni held a joint press conference in Kampala.")
    assert [f for f in found if f.type == EventType.CONSULT] == []


@pytest.mark.parametrize(
    "sentence",
    [
        'The Kenyan president has called his Ugandan counterpart "a reckless neighbour".',
        "Ruto called Museveni unreasonable over the fuel pipeline.",
    ],
)
def test_calling_someone_a_name_is_no_phone_call(nlp: Any, sentence: str) -> None:
    assert [f for f in body_frames(nlp, sentence) if f.type == EventType.CONSULT] == []


def test_a_capitalised_mechanism_name_is_a_meeting_between_its_parties(nlp: Any) -> None:
    found = frames(
        nlp,
        "The Foreign Office Consultations between India and Bangladesh were held in Dhaka "
        "on Thursday.",
    )
    meeting = only(found, EventType.CONSULT)
    assert {a.text for a in meeting.actors} == {"India", "Bangladesh"}
    assert not meeting.anaphoric


def test_a_gathering_tagged_as_a_name_is_no_person(nlp: Any) -> None:
    found = frames(
        nlp,
        "Anwar Ibrahim met Pham Minh Chinh on the sidelines of the 44th and 45th ASEAN "
        "Summits and Related Summits.",
    )
    people = {a.text for f in found for a in f.actors if a.kind == "person"}
    assert "Related Summits" not in people


def test_whose_views_were_shared_in_talks_is_no_party(nlp: Any) -> None:
    found = frames(
        nlp, "During Monday's talks, Lavrov shared his views on the crisis in the Middle East."
    )
    talks = only(found, EventType.CONSULT)
    assert all(a.kind != "pronoun" for a in talks.actors)


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Foreign Minister Subrahmanyam Jaishankar called on Prime Minister Pushpa Kamal "
            "Dahal on Friday.",
            {"Subrahmanyam Jaishankar", "Pushpa Kamal Dahal"},
        ),
        (
            "After the talks, Prabowo received a courtesy call from Speaker Om Birla.",
            {"Prabowo", "Om Birla"},
        ),
    ],
)
def test_courtesy_calls_are_meetings(nlp: Any, sentence: str, parties: set[str]) -> None:
    call = only(frames(nlp, sentence), EventType.CONSULT)
    assert {a.text for a in call.actors if a.kind == "person"} >= parties
    assert call.mode == "visit"


def test_calling_on_a_country_to_act_is_no_meeting(nlp: Any) -> None:
    found = frames(nlp, "The ministers called on Russia to withdraw its troops from Ukraine.")
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_the_president_called_on_and_the_palace_called_at(nlp: Any) -> None:
    found = frames(
        nlp,
        "Prabowo Subianto called on the President of India, Smt Droupadi Murmu, at "
        "Rashtrapati Bhavan today.",
    )
    call = only(found, EventType.CONSULT)
    assert "Droupadi Murmu" in {a.text for a in call.actors}
    assert "Rashtrapati Bhavan" not in {a.text for a in call.actors}


def test_a_call_on_a_title_with_the_name_set_off_after_it_is_a_visit(nlp: Any) -> None:
    # The parser hangs the name on the verb, not on the title.
    found = frames(
        nlp,
        "Before flying home from Mitiga airport in the evening, the Maltese Prime Minister also "
        "called on the head of the Presidential Council, Mohamed al-Menfi, at the council's "
        "headquarters.",
    )
    call = only(found, EventType.CONSULT)
    assert call.mode == "visit"
    assert "Mohamed al-Menfi" in {a.text for a in call.actors}


def test_a_where_clause_places_the_meeting(nlp: Any) -> None:
    found = frames(
        nlp,
        "Blinken arrived in Rio from Brasilia, where he had met President Lula on Wednesday.",
    )
    met = next(f for f in found if f.trigger == "met")
    assert [p.text for p in met.places] == ["Brasilia"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Saudi and Iranian ministers now speak regularly by phone.",
        "Officials from both sides have met many times in regional capitals.",
        "Sheinbaum, who has held several calls with Trump, won a reprieve on tariffs.",
        "The two foreign ministers held numerous meetings over the past year.",
        "Lourenco has been mediating between Kinshasa and Kigali.",
        "Ruto and Museveni now speak by phone almost every month.",
        "Ruto and Museveni speak almost weekly, aides say.",
        "Kenya and Somalia have been holding border talks since 1998.",
        "The summit has been held every two years since 2005.",
        "Claudia Sheinbaum has now spoken with Donald Trump more than a dozen times.",
        "The two leaders have met three times since January.",
        "Milei has spoken with Netanyahu by phone more times than anyone can count.",
    ],
)
def test_habits_are_no_meetings(nlp: Any, sentence: str) -> None:
    assert not [f for f in frames(nlp, sentence) if f.type == EventType.CONSULT]


def test_a_round_of_talks_sat_for_is_the_sitters(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Last Friday and Saturday, Ararat Mirzoyan and Jeyhun Bayramov sat there for the latest "
        "round of their peace talks.",
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert {"Ararat Mirzoyan", "Jeyhun Bayramov"} <= {a.text for a in talks.actors}
    assert days_of(talks) == ["Last Friday and Saturday"]
    # Rounds counted are many occasions, none of them the holders' one meeting.
    found = body_frames(
        nlp, "Ararat Mirzoyan and Jeyhun Bayramov have held several rounds of talks since March."
    )
    assert all(f.trigger != "talks" or not f.actors for f in found)


def test_another_clause_s_count_leaves_the_meeting_told(nlp: Any) -> None:
    found = frames(nlp, "He met Xi, who has visited Russia five times, on Monday.", index=3)
    assert [f.trigger for f in found if f.type == EventType.CONSULT] == ["met"]


def test_a_welcome_is_dated_by_its_ceremony(nlp: Any) -> None:
    sentence = (
        "President William Ruto was welcomed at State House by President Samia Suluhu Hassan "
        "with an official ceremony on Thursday afternoon."
    )
    welcome = only(body_frames(nlp, sentence), EventType.CONSULT)
    [(start, end)] = welcome.date_spans
    assert sentence[start:end] == "Thursday"


def test_leaders_who_sat_down_together_met(nlp: Any) -> None:
    found = body_frames(nlp, "Ruto and Museveni last sat down together in Kampala in March.")
    meeting = only(found, EventType.CONSULT)
    assert {a.text for a in meeting.actors} == {"Ruto", "Museveni"}


def test_talks_before_a_past_agreement_were_held(nlp: Any) -> None:
    found = frames(
        nlp,
        "Chile and Peru on Saturday agreed to expand cooperation in mining after talks between "
        "President Gabriel Boric and President Dina Boluarte.",
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert talks.status == Status.OCCURRED


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "President Gabriel Boric and President Dina Boluarte have agreed to revive a set of "
            "joint commissions, after talks at the La Moneda palace this morning.",
            Status.OCCURRED,
        ),
        (
            "President Gabriel Boric and President Dina Boluarte will agree to revive a set of "
            "joint commissions after talks at the La Moneda palace.",
            Status.PLANNED,
        ),
    ],
)
def test_talks_before_an_agreement_in_the_present_perfect_were_held(
    nlp: Any, sentence: str, status: Status
) -> None:
    talks = next(f for f in frames(nlp, sentence) if f.trigger == "talks")
    assert talks.status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Chilean President Gabriel Boric is due in Lima next week, his first visit in more "
            "than a decade, officials in Santiago said.",
            Status.PLANNED,
        ),
        (
            "Chilean President Gabriel Boric arrived in Lima on Monday, his first visit in more "
            "than a decade, officials in Santiago said.",
            Status.OCCURRED,
        ),
    ],
)
def test_a_comment_after_a_comma_shares_the_status_of_its_clause(
    nlp: Any, sentence: str, status: Status
) -> None:
    visit = next(f for f in frames(nlp, sentence) if f.trigger == "visit")
    assert visit.status == status


def test_a_visiting_leader_is_no_visit_of_its_own(nlp: Any) -> None:
    found = frames(nlp, "Modi held talks with visiting Indonesian President Prabowo Subianto.")
    assert [f.trigger for f in found if f.type == EventType.CONSULT] == ["held"]


def test_a_phone_conversation_held_is_a_phone_call(nlp: Any) -> None:
    found = frames(
        nlp, "Foreign Minister Ana Costa on Wednesday held a phone conversation with Juan Perez."
    )
    assert only(found, EventType.CONSULT).mode == "phone"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The first contact between Chancellor Merz and President-elect Nawrocki took place "
            "yesterday by telephone.",
            {"Merz", "Nawrocki"},
        ),
        # Without a phone, a contact is not read as a call; being in contact is no call.
        ("The first contact between Merz and Nawrocki took place in June.", None),
        ("Merz has been in regular telephone contact with his counterparts.", None),
        ("Merz briefed Macron by telephone on his contacts with Nawrocki.", {"Merz", "Macron"}),
    ],
)
def test_a_contact_by_telephone_is_a_call(nlp: Any, text: str, parties: set[str] | None) -> None:
    found = [f for f in body_frames(nlp, text) if f.type == EventType.CONSULT]
    if parties is None:
        assert not found
        return
    [call] = found
    assert call.mode == "phone"
    assert {a.text.split()[-1] for a in call.actors if a.kind != "country"} == parties


@pytest.mark.parametrize(
    "text",
    [
        "Lula also visited Casa Azul, the Mexico City house of painter Frida Kahlo.",
        "Albanese then visited the navy's new frigate HMAS Sydney in the harbour.",
    ],
)
def test_a_name_said_to_be_a_house_or_a_ship_is_toured_not_met(nlp: Any, text: str) -> None:
    found = [f for f in body_frames(nlp, text) if f.type == EventType.CONSULT]
    assert all(a.role == "source" for f in found for a in f.actors), [
        (a.text, a.role) for f in found for a in f.actors
    ]


def test_talks_after_leading_a_delegation_on_a_visit_are_of_its_town_and_day(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Kristersson led a large business delegation on a visit to Jakarta in May and held "
        "talks with Prabowo.",
    )
    talks = next(f for f in found if f.trigger == "held")
    assert [p.text for p in talks.places] == ["Jakarta"]
    assert days_of(talks) == ["May"]


def test_a_town_taken_for_a_body_is_where_a_visit_went(nlp: Any) -> None:
    # The model tags "Santiago" here as an organisation.
    found = body_frames(
        nlp,
        "Petro made a State visit to Santiago in August last year, when the two governments "
        "signed an extradition treaty.",
    )
    visit = next(f for f in found if f.trigger == "visit")
    assert [p.text for p in visit.places] == ["Santiago"]


def test_a_when_clause_dates_the_meeting_and_a_visited_town_is_no_person(nlp: Any) -> None:
    found = frames(
        nlp,
        "The two leaders last met in person when Trump visited Ahmedabad in February 2020.",
    )
    met = only(found, EventType.CONSULT)
    assert days_of(met) == ["February 2020"]
    assert "Ahmedabad" not in {a.text for a in met.actors}


def test_the_summit_around_a_sideline_meeting_is_its_setting(nlp: Any) -> None:
    found = frames(
        nlp,
        "Lula met President Bola Tinubu on the margins of the G20 summit in New Delhi.",
    )
    met = only(found, EventType.CONSULT)
    assert met.trigger == "met"
    assert [p.text for p in met.places] == ["New Delhi"]
    assert "G20" not in {a.text for a in met.actors}


def test_talks_in_which_something_was_agreed_were_held(nlp: Any) -> None:
    found = frames(
        nlp, "In talks with Foreign Minister Ana Costa, Perez agreed to reopen the border crossing."
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert talks.status == Status.OCCURRED


def test_a_name_after_a_title_and_comma_is_the_title_holder(nlp: Any) -> None:
    found = frames(
        nlp,
        "The President of the Republic, Mr. Abdelmadjid Tebboune, received on Monday evening a "
        "telephone call from the President of the French Republic, Mr. Emmanuel Macron.",
    )
    call = only(found, EventType.CONSULT)
    assert "Emmanuel Macron" in {a.text for a in call.actors}


def test_a_where_clause_is_placed_by_its_own_town(nlp: Any) -> None:
    found = frames(
        nlp,
        "Putin arrived in Hanoi early on Thursday from Pyongyang, where on Wednesday he held "
        "talks with North Korean leader Kim Jong Un.",
    )
    talks = next(f for f in found if f.type == EventType.CONSULT)
    assert [p.text for p in talks.places] == ["Pyongyang"]


def test_a_summit_a_minister_is_expected_to_travel_to_is_planned(nlp: Any) -> None:
    found = frames(
        nlp,
        "He said Minister Ronald Lamola is expected to travel to Rio de Janeiro next week with "
        "the President for the G20 Leaders' Summit.",
    )
    assert all(f.status == Status.PLANNED for f in found if f.type == EventType.CONSULT)


def test_who_held_talks_is_the_person_the_clause_describes(nlp: Any) -> None:
    found = frames(
        nlp,
        "Barrot, who earlier held talks with Foreign Minister Ahmed Attaf, told reporters that "
        "relations were improving.",
    )
    talks = only(found, EventType.CONSULT)
    assert {a.text for a in talks.actors} == {"Barrot", "Ahmed Attaf"}


def test_received_by_a_king_is_a_meeting_with_him(nlp: Any) -> None:
    found = frames(
        nlp,
        "The minister arrived in Luanda from Mbabane, where he had been received by King "
        "Mswati III.",
    )
    received = only(found, EventType.CONSULT)
    assert any("Mswati" in a.text for a in received.actors)


def test_the_session_before_a_co_chaired_meeting_is_another_occasion(nlp: Any) -> None:
    found = frames(
        nlp,
        "Before the leaders' session, Foreign Minister Yusuf Tuggar and Minister Ronald Lamola "
        "co-chaired the ministerial segment on Monday.",
    )
    chaired = next(f for f in found if f.trigger == "co-chaired")
    assert "the leaders" not in {a.text for a in chaired.actors}


def test_a_when_clause_is_dated_by_the_time_it_describes(nlp: Any) -> None:
    found = frames(
        nlp,
        "The previous meeting of the commission was held in Lima in January 2021, when then "
        "foreign minister Ana Costa held talks with Juan Perez.",
    )
    held = next(f for f in found if f.trigger == "held" and f.actors)
    assert days_of(held) == ["January 2021"]


def test_coordinated_nationalities_of_counterparts_stay_with_them(nlp: Any) -> None:
    found = frames(
        nlp, "Minister Cho Tae-yul met separately with his Japanese and Chinese counterparts."
    )
    met = only(found, EventType.CONSULT)
    assert "Japanese and Chinese counterparts" in {a.text for a in met.actors}


def test_a_named_counterpart_is_a_party_even_when_parsed_as_someone_elses_apposition(
    nlp: Any,
) -> None:
    found = frames(
        nlp,
        "Iranian President Masoud Pezeshkian, in a telephone conversation with his Turkish "
        "counterpart Recep Tayyip Erdogan on Tuesday evening, said the region needed calm.",
    )
    frame = only(found, EventType.CONSULT)
    names = [a.text for a in frame.actors if a.kind == "person"]
    assert names == ["Recep Tayyip Erdogan"]


def test_a_call_received_from_a_named_minister_has_both_parties(nlp: Any) -> None:
    found = frames(
        nlp,
        "His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, "
        "received a phone call today from the Minister of External Affairs of India, "
        "Dr. Subrahmanyam Jaishankar.",
    )
    frame = only(found, EventType.CONSULT)
    people = [a.text for a in frame.actors if a.kind in ("person", "pronoun")]
    # One Saudi minister (not a second "bin Abdullah"), and no "His" to resolve.
    assert people == ["Prince Faisal bin Farhan bin Abdullah", "Subrahmanyam Jaishankar"]


def test_what_they_discussed_during_a_meeting_names_no_further_party(nlp: Any) -> None:
    found = frames(
        nlp,
        "The Kazakh leader also held a meeting with the Crown Prince of Kuwait, Sheikh Mishal "
        "Al-Ahmad Al-Jaber Al-Sabah, during which they discussed the activities of the GCC.",
    )
    frame = only(found, EventType.CONSULT)
    texts = {a.text for a in frame.actors}
    assert "they" not in texts
    assert "GCC" not in texts
    assert "Mishal Al-Ahmad Al-Jaber Al-Sabah" in texts


def test_a_king_first_in_a_list_of_subjects_is_a_supporter(nlp: Any) -> None:
    found = frames(
        nlp,
        "His Majesty King Abdullah II, President Abdul Fattah Al Sisi and President Mahmoud "
        "Abbas on Monday affirmed their full support for the Palestinian people.",
    )
    frame = only(found, EventType.SUPPORT)
    assert "King Abdullah II" in {a.text for a in frame.actors}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Prime Minister Fumio Kishida will make a two-day visit to South Korea from Sunday "
            "for talks with President Yoon Suk-yeol, Chief Cabinet Secretary Hirokazu Matsuno "
            "announced on Monday.",
            Status.PLANNED,
        ),
        ("Lavrov arrived in Ankara on Monday for talks with Fidan.", Status.OCCURRED),
    ],
)
def test_talks_a_trip_is_for_share_its_status(nlp: Any, sentence: str, status: Status) -> None:
    talks = [f for f in frames(nlp, sentence) if f.trigger == "talks"]
    assert [f.status for f in talks] == [status]


def test_a_name_cut_at_bin_is_one_person_and_his_royal_highness_no_pronoun(nlp: Any) -> None:
    found = frames(
        nlp,
        "His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and "
        "Prime Minister, chaired today the first summit of the leaders of the Gulf "
        "Cooperation Council states and the Central Asian countries.",
    )
    frame = only(found, EventType.CONSULT)
    people = [a.text for a in frame.actors if a.kind in ("person", "pronoun")]
    assert people == ["Mohammed bin Salman bin Abdulaziz Al Saud"]


def test_an_abbreviated_title_is_no_part_of_the_name_after_it(nlp: Any) -> None:
    found = frames(
        nlp, "On this occasion, Deputy FM Vu paid a courtesy call on Foreign Minister Iwaya."
    )
    meeting = only(found, EventType.CONSULT)
    assert "Vu" in {a.text for a in meeting.actors if a.kind == "person"}
    assert "FM Vu" not in {a.text for a in meeting.actors}


def test_a_name_the_model_missed_after_title_of_country_and_comma_is_a_party(nlp: Any) -> None:
    found = frames(
        nlp,
        "On Thursday evening, Mr Peters called on the President of Fiji, Ratu Wiliame "
        "Katonivere, at the State House in Suva.",
    )
    meeting = only(found, EventType.CONSULT)
    assert "Ratu Wiliame Katonivere" in {a.text for a in meeting.actors if a.kind == "person"}


_FROM_MBABANE = (
    "The Russian minister arrived in Luanda from Mbabane, Eswatini, where he had been "
    "received by King Mswati III."
)


def test_a_monarch_tagged_as_an_organisation_is_a_person(nlp: Any) -> None:
    found = frames(nlp, _FROM_MBABANE)
    meeting = only(found, EventType.CONSULT)
    assert {a.kind for a in meeting.actors if "Mswati" in a.text} == {"person"}


def test_a_where_clause_after_town_and_country_is_placed_in_the_town(nlp: Any) -> None:
    found = frames(nlp, _FROM_MBABANE)
    meeting = only(found, EventType.CONSULT)
    assert [p.text for p in meeting.places] == ["Mbabane"]


def test_a_name_after_a_long_title_of_a_country_is_a_person(nlp: Any) -> None:
    found = frames(
        nlp,
        "On the same day, Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan "
        "Murat Nurtleu received Donald Lu.",
    )
    meeting = only(found, EventType.CONSULT)
    people = {a.text for a in meeting.actors if a.kind == "person"}
    assert people == {"Murat Nurtleu", "Donald Lu"}


def test_a_name_cut_at_al_is_one_person(nlp: Any) -> None:
    found = frames(
        nlp, "President Abdul Fattah Al Sisi received King Abdullah II of Jordan on Monday."
    )
    meeting = only(found, EventType.CONSULT)
    assert "Abdul Fattah Al Sisi" in {a.text for a in meeting.actors if a.kind == "person"}
    assert "Sisi" not in {a.text for a in meeting.actors}


def test_welcoming_a_titled_person_to_a_venue_is_a_visit(nlp: Any) -> None:
    found = frames(
        nlp,
        "Prime Minister Kyriakos Mitsotakis today welcomed the President of the Republic of "
        "Turkey, Recep Tayyip Erdogan, to the Maximos Mansion for the Cooperation Council.",
    )
    assert [f.type for f in found] == [EventType.CONSULT]


def test_a_guest_welcomed_after_the_day_and_the_venue_was_met(nlp: Any) -> None:
    # The parser hangs the guest on the venue, as its apposition.
    found = frames(
        nlp,
        "Prime Minister Marcel Ciolacu welcomed today, at the Victoria Palace, the Prime "
        "Minister of the Republic of Bulgaria, Nikolai Denkov, who is on a working visit.",
        index=2,
    )
    welcome = next(f for f in found if f.trigger == "welcomed")
    assert welcome.type == EventType.CONSULT
    assert {a.text for a in welcome.actors} >= {"Marcel Ciolacu", "Nikolai Denkov"}


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        # The parser hangs the guest's name alone on the verb, after the day and the venue.
        (
            "Later on Monday, the president received at his office, in the presence of the "
            "interior minister, Libyan Prime Minister Abdul Hamid Dbeibah, who had flown in "
            "from Tripoli.",
            "the president",
            "Abdul Hamid Dbeibah",
        ),
        (
            "Back in Athens on Friday, Mitsotakis received at the Maximos Mansion, in separate "
            "meetings, Jordanian Foreign Minister Ayman Safadi, whose trip had been postponed "
            "twice.",
            "Mitsotakis",
            "Ayman Safadi",
        ),
        # ... or on a venue the parser knows no name for.
        (
            "Valletta, April 3 - President Myriam Spiteri Debono received this afternoon at the "
            "Grandmaster's Palace in Valletta the President of the Italian Republic, Sergio "
            "Mattarella, who is on a state visit.",
            "Myriam Spiteri Debono",
            "Sergio Mattarella",
        ),
    ],
)
def test_a_guest_received_after_the_day_and_the_venue_was_met(
    nlp: Any, text: str, host: str, guest: str
) -> None:
    found = frames(nlp, text, index=2)
    received = next(f for f in found if f.trigger == "received")
    assert received.type == EventType.CONSULT
    assert {a.text for a in received.actors} >= {host, guest}


def test_the_year_a_count_of_what_the_meeting_is_said_to_be_starts_is_no_date(
    nlp: Any,
) -> None:
    found = frames(
        nlp, "The trip is the first official visit by a Chilean president to Beijing since 2019."
    )
    trip = next(f for f in found if f.trigger == "trip")
    assert days_of(trip) == []


def test_a_gathering_hosted_is_dated_by_what_is_said_of_it(nlp: Any) -> None:
    found = frames(
        nlp,
        "In June 2019, the seventh summit, hosted by Emmerson Mnangagwa in Victoria Falls with "
        "Cyril Ramaphosa, became the largest so far.",
    )
    assert days_of(only(found, EventType.CONSULT)) == ["June 2019"]


def test_a_day_of_being_back_somewhere_dates_what_was_done_there(nlp: Any) -> None:
    found = frames(
        nlp, "Back in Athens on Monday, Mitsotakis met Cypriot President Nikos Christodoulides."
    )
    assert days_of(only(found, EventType.CONSULT)) == ["Monday"]


def test_a_summit_joined_in_a_where_clause_on_a_day_is_on_that_day(nlp: Any) -> None:
    found = frames(
        nlp,
        "The tour opened in Warsaw on Tuesday, where Meloni joined Polish Prime Minister "
        "Donald Tusk for the first intergovernmental summit in a decade.",
    )
    summit = next(f for f in found if f.trigger == "summit")
    assert days_of(summit) == ["Tuesday"]


def test_the_first_leader_to_be_received_was_received_on_the_day_of_the_when_clause(
    nlp: Any,
) -> None:
    found = frames(
        nlp,
        "Rutte spent a long weekend in the Balkans and on Sunday, when he became the first "
        "NATO chief to be received by Kosovo's new president, Vjosa Osmani, he praised the "
        "alliance's mission.",
    )
    received = next(f for f in found if f.trigger == "received")
    assert received.status == Status.OCCURRED
    assert {a.text for a in received.actors} == {"Vjosa Osmani", "he"}
    assert days_of(received) == ["Sunday"]
    # Said of someone to come, it is still to come.
    found = frames(nlp, "She will be the first foreign leader to be received by Vjosa Osmani.")
    assert all(f.status != Status.OCCURRED for f in found if f.trigger == "received")


def test_what_is_received_after_the_day_and_the_venue_is_no_guest(nlp: Any) -> None:
    found = frames(
        nlp,
        "The minister received at the ministry on Monday a number of awards, including "
        "the Order of Merit.",
    )
    assert not [f for f in found if f.trigger == "received"]


def test_welcoming_the_leaders_of_countries_is_a_visit_but_greeting_a_leader_is_not(
    nlp: Any,
) -> None:
    found = frames(
        nlp,
        "Chancellor Olaf Scholz welcomed the leaders of Austria and Switzerland to the "
        "Chancellery on Monday for talks on energy.",
    )
    meeting = only(found, EventType.CONSULT)
    assert {"Austria", "Switzerland"} <= {a.text for a in meeting.actors}
    found = frames(
        nlp,
        '"We are ready to double our trade," the Emir said, welcoming the Indian leader.',
    )
    assert EventType.CONSULT not in {f.type for f in found}


def test_a_day_hung_on_a_clock_time_dates_the_meeting_not_the_time_in_another_zone(
    nlp: Any,
) -> None:
    text = (
        "For about ninety minutes from 9:30 p.m. on May 14 local time (10:30 a.m. on May 15, "
        "Tokyo time), Prime Minister Taro Aso held a meeting with President George Bush at "
        "the White House."
    )
    meeting = only(frames(nlp, text), EventType.CONSULT)
    assert [text[s:e] for s, e in meeting.date_spans] == ["May 14"]


def test_the_sidelines_of_a_summit_are_the_meetings_setting_whatever_the_parser_hangs_them_on(
    nlp: Any,
) -> None:
    found = frames(
        nlp,
        "Macron and Zelensky held their first meeting after the French election on May 10 on "
        "the sidelines of the NATO summit in Madrid.",
    )
    meeting = only(found, EventType.CONSULT)
    assert "Madrid" in {p.text for p in meeting.places}


def test_an_invitation_to_attend_a_summit_is_to_come(nlp: Any) -> None:
    found = frames(
        nlp,
        "Lula said he had accepted an invitation to attend the BRICS summit in Kazan in October.",
    )
    summit = only(found, EventType.CONSULT)
    assert summit.status == Status.PLANNED


def test_regular_meetings_agreed_on_are_no_meeting_held(nlp: Any) -> None:
    found = frames(
        nlp,
        "Modi, Albanese and Kishida concurred on holding the leaders' summit at least "
        "annually, as well as regular meetings of the foreign ministers.",
    )
    assert [f for f in found if f.type == EventType.CONSULT and f.status == Status.OCCURRED] == []


def test_an_itinerary_told_in_the_present_is_still_ahead(nlp: Any) -> None:
    found = frames(
        nlp,
        "From Madrid the chancellor flies on to Lisbon on Friday to hold talks with Prime "
        "Minister Luis Montenegro.",
    )
    assert only(found, EventType.CONSULT).status == Status.PLANNED
    found = frames(
        nlp, "The chancellor flew on to Lisbon on Friday to hold talks with Luis Montenegro."
    )
    assert only(found, EventType.CONSULT).status == Status.OCCURRED


def test_talks_in_which_leaders_agreed_to_hold_more_were_held(nlp: Any) -> None:
    found = frames(
        nlp,
        "In their talks, held on the fringes of the G20 summit, the leaders agreed to hold a "
        "strategic dialogue and to launch a new framework on export controls, a Brazilian "
        "official said.",
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert talks.status == Status.OCCURRED
    found = frames(
        nlp,
        "During the visit, the two presidents had been expected to sign a trade agreement.",
    )
    visit = next(f for f in found if f.trigger == "visit")
    assert visit.status == Status.PLANNED


def test_talks_after_which_a_plan_was_announced_were_held(nlp: Any) -> None:
    found = frames(
        nlp,
        "Brasilia (dpa) - Brazil will expand grain exports to South Africa, President Luiz "
        "Inacio Lula da Silva announced after talks with South African President Cyril "
        "Ramaphosa at the Planalto Palace on Wednesday.",
    )
    assert only(found, EventType.CONSULT).status == Status.OCCURRED


def test_a_phone_call_from_a_titled_person_is_still_a_call(nlp: Any) -> None:
    found = frames(
        nlp,
        "The Crown Prince received today a phone call from President of Iran Ebrahim Raisi.",
    )
    meeting = only(found, EventType.CONSULT)
    assert meeting.mode == "phone"


def test_here_on_a_day_dates_the_meeting_and_a_town_met_in_is_no_person(nlp: Any) -> None:
    found = frames(
        nlp,
        "Namibian President Nangolo Mbumba met with Wang Yi, a member of the Political Bureau "
        "and Chinese foreign minister, here on Monday.",
    )
    met = only(found, EventType.CONSULT)
    assert days_of(met) == ["Monday"]
    found = frames(nlp, "In Windhoek on Monday, Wang met Namibian President Nangolo Mbumba.")
    met = only(found, EventType.CONSULT)
    assert "Windhoek" not in {a.text for a in met.actors}
    assert [(p.text, p.preposition) for p in met.places] == [("Windhoek", "in")]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "There are reports that the national security advisers of India and Pakistan met "
            "in a Gulf country last month.",
            Status.HYPOTHETICAL,
        ),
        (
            "A meeting between Tshisekedi and Rwandan President Paul Kagame has yet to be "
            "scheduled, two diplomats said.",
            Status.PLANNED,
        ),
        (
            "The Prime Minister leaves for Colombo later on Friday for a state visit to Sri Lanka.",
            Status.PLANNED,
        ),
        (
            "Armenian Foreign Minister Ararat Mirzoyan met Azerbaijani Foreign Minister Jeyhun "
            "Bayramov on Friday, the Foreign Ministry of Armenia reports.",
            Status.OCCURRED,
        ),
        (
            "President Ruto said he looked forward to meeting Prime Minister Carney in Ottawa.",
            Status.HYPOTHETICAL,
        ),
        (
            "Prime Minister Carney looked forward to Kenya hosting the Commonwealth summit.",
            Status.HYPOTHETICAL,
        ),
        (
            "Egypt supports Kenya in hosting the Commonwealth summit, the ministry said.",
            Status.HYPOTHETICAL,
        ),
        (
            "Prime Minister Carney arrived in Nairobi on Sunday for the Commonwealth summit.",
            Status.PLANNED,
        ),
        (
            "Prime Minister Carney arrived in Nairobi on Sunday for talks with President Ruto.",
            Status.OCCURRED,
        ),
        (
            "President Ruto is expected in Ottawa for the G7 summit on June 15-17.",
            Status.PLANNED,
        ),
        (
            "We are just over a week away from the Commonwealth summit in Nairobi.",
            Status.PLANNED,
        ),
        (
            "President Ruto told reporters he was open to meeting Prime Minister Carney if their "
            "schedules allowed.",
            Status.HYPOTHETICAL,
        ),
        (
            "President Ruto said on Monday he would consider lifting the levy, after speaking "
            "by phone with Prime Minister Mark Carney.",
            Status.OCCURRED,
        ),
        (
            "On Friday, the two presidents are scheduled to travel together to Mombasa to "
            "visit the naval base.",
            Status.PLANNED,
        ),
        (
            "Prime Minister Carney will fly to Nairobi on Sunday to meet President Ruto.",
            Status.PLANNED,
        ),
        (
            "Prime Minister Carney flew to Nairobi on Sunday to meet President Ruto.",
            Status.OCCURRED,
        ),
        (
            "Reports say the foreign ministers of Kenya and Uganda met in Kampala last week.",
            Status.HYPOTHETICAL,
        ),
    ],
)
def test_hearsay_and_what_has_yet_to_happen_are_not_held(
    nlp: Any, sentence: str, status: Status
) -> None:
    assert only(frames(nlp, sentence), EventType.CONSULT).status == status


def test_a_name_after_a_title_and_a_form_of_address_is_a_person(nlp: Any) -> None:
    found = frames(
        nlp,
        "Prime Minister Christopher Luxon today met Tonga's Prime Minister, Hon "
        "Hu'akavameiliku Siaosi Sovaleni, in Nuku'alofa.",
    )
    met = only(found, EventType.CONSULT)
    people = {a.text for a in met.actors if a.kind == "person"}
    assert people == {"Christopher Luxon", "Hu'akavameiliku Siaosi Sovaleni"}


def test_an_aide_at_ones_side_is_no_stance(nlp: Any) -> None:
    aide = "The President was supported by the Minister of International Relations, Ronald Lamola."
    assert not [f for f in frames(nlp, aide) if f.type == EventType.SUPPORT]
    backed = "The proposal was supported by France and Germany."
    assert [f for f in frames(nlp, backed) if f.type == EventType.SUPPORT]


def test_a_name_after_a_portfolio_and_a_comma_is_a_person(nlp: Any) -> None:
    found = frames(
        nlp,
        "On Thursday, Minister Lamola held talks with the DRC's Minister of Foreign Affairs, "
        "Thérèse Kayikwamba Wagner, on the margins of the SADC Council of Ministers.",
    )
    met = only(found, EventType.CONSULT)
    assert "Thérèse Kayikwamba Wagner" in {a.text for a in met.actors if a.kind == "person"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Jashim Uddin led the Bangladesh delegation, while the Pakistan delegation was led by "
        "Foreign Secretary Amna Baloch.",
        "Foreign Secretary Amna Baloch led the Pakistani side, while the Bangladesh side was "
        "headed by Foreign Secretary Jashim Uddin.",
        "The Georgian delegation was headed by Deputy Foreign Minister Lasha Darsalia, and the "
        "Armenian delegation by Deputy Foreign Minister Mnatsakan Safaryan.",
    ],
)
def test_the_heads_of_two_delegations_are_the_parties(nlp: Any, sentence: str) -> None:
    led = only(frames(nlp, sentence), EventType.CONSULT)
    people = {a.text for a in led.actors if a.kind == "person"}
    assert len(people) == 2
    assert people <= {"Jashim Uddin", "Amna Baloch", "Lasha Darsalia", "Mnatsakan Safaryan"}


def test_the_parties_of_a_round_are_those_it_is_between(nlp: Any) -> None:
    found = frames(
        nlp,
        "The sixth round of Foreign Office Consultations (FOC) between Bangladesh and Pakistan "
        "was held today at the State Guest House Padma, Dhaka.",
    )
    held = only(found, EventType.CONSULT)
    assert {"Bangladesh", "Pakistan"} <= {a.text for a in held.actors}


def test_a_where_clause_on_an_apposition_places_the_meeting(nlp: Any) -> None:
    found = frames(
        nlp,
        "Erdogan later flew on to Erbil, capital of the autonomous Kurdistan region, where he "
        "met regional president Nechirvan Barzani before returning to Ankara.",
    )
    met = only(found, EventType.CONSULT)
    assert [p.text for p in met.places] == ["Erbil"]


def test_one_delegation_headed_by_someone_is_no_meeting(nlp: Any) -> None:
    found = frames(
        nlp, "The Georgian delegation was headed by Deputy Foreign Minister Lasha Darsalia."
    )
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_receiving_a_titled_official_the_model_does_not_know_is_a_meeting(nlp: Any) -> None:
    found = frames(
        nlp,
        "Later that day, Foreign Minister Jeyhun Bayramov received Deputy Minister of Foreign "
        "Affairs of Georgia Lasha Darsalia.",
    )
    received = only(found, EventType.CONSULT)
    assert "Lasha Darsalia" in {a.text for a in received.actors if a.kind == "person"}


def test_the_day_of_talks_held_dates_the_holding(nlp: Any) -> None:
    sentence = (
        "Foreign Minister Murat Nurtleu held talks on Wednesday with Foreign Minister Jeyhun "
        "Bayramov of Azerbaijan."
    )
    held = only(frames(nlp, sentence), EventType.CONSULT)
    assert [sentence[start:end] for start, end in held.date_spans] == ["Wednesday"]


def test_the_last_time_they_met_is_dated_and_placed_by_what_it_was(nlp: Any) -> None:
    sentence = "The last time the two presidents held talks was in Nairobi in March 2021."
    held = only(frames(nlp, sentence), EventType.CONSULT)
    assert [sentence[start:end] for start, end in held.date_spans] == ["March 2021"]
    assert [p.text for p in held.places] == ["Nairobi"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The trip came a year after the Malawian president's state visit to Tanzania in "
        "March 2024, during which he held talks with President Samia Suluhu Hassan.",
        "Ruto paid a state visit to Dodoma in March 2024, during which he held talks with "
        "President Samia Suluhu Hassan.",
    ],
)
def test_talks_during_a_visit_are_dated_by_the_visit(nlp: Any, sentence: str) -> None:
    talks = next(f for f in frames(nlp, sentence) if f.trigger == "held")
    assert [sentence[s:e] for s, e in talks.date_spans] == ["March 2024"]


def test_a_where_clause_with_its_own_day_and_city_keeps_them(nlp: Any) -> None:
    sentence = (
        "Samia flew into Dodoma on Tuesday from Kenya, where she met President William Ruto in "
        "Nairobi on Monday."
    )
    met = next(f for f in frames(nlp, sentence) if f.trigger == "met")
    assert [sentence[s:e] for s, e in met.date_spans] == ["Monday"]
    # The clause's own city first; the country it hangs on only behind it.
    assert [p.text for p in met.places][:1] == ["Nairobi"]
    # Without a place of its own, the clause is where it hangs.
    plain = "Ruto flew in from Kampala, where he had met Museveni on Monday."
    met = next(f for f in frames(nlp, plain) if f.trigger == "met")
    assert [p.text for p in met.places] == ["Kampala"]


def test_a_leaders_retreat_is_a_meeting_and_a_military_retreat_is_not(nlp: Any) -> None:
    retreat = frames(
        nlp, "Prime Minister Anwar Ibrahim hosted the annual leaders' retreat in Putrajaya."
    )
    assert [f.trigger for f in retreat if f.type == EventType.CONSULT]
    held = frames(nlp, "The two prime ministers held their annual leaders' retreat on Tuesday.")
    assert [f.trigger for f in held if f.type == EventType.CONSULT] == ["held"]
    assert not frames(nlp, "The rebels were forced to retreat from the town on Tuesday.")


def test_a_town_travelled_to_is_no_person_and_places_the_meeting_it_was_for(nlp: Any) -> None:
    found = frames(nlp, "Kishida made a surprise trip to Kyiv in March to meet Zelensky.")
    met = next(f for f in found if f.trigger == "meet")
    assert "Kyiv" not in {a.text for a in met.actors}
    assert [p.text for p in met.places] == ["Kyiv"]


def test_the_place_of_an_occasion_measured_from_is_not_the_meeting_s(nlp: Any) -> None:
    found = frames(
        nlp,
        "Wang Yi saw Sergei Lavrov on Thursday, their first meeting since Lavrov's trip to "
        "China in March.",
    )
    saw = next(f for f in found if f.trigger == "saw")
    assert saw.places == []


def body_frames(nlp: Any, text: str) -> list[Frame]:
    """Frames of a sentence in the body of a report (not its headline)."""
    return frames(nlp, text, index=3)


def test_a_day_run_into_a_span_of_time_dates_only_its_own_occasion(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Boric invited Arce during a phone call in early December, weeks before the two leaders "
        "met again at the summit of the Andean Community.",
    )
    call = next(f for f in found if f.trigger == "call")
    met = next(f for f in found if f.trigger == "met")
    assert days_of(call) == ["early December"]
    assert "early December" not in " ".join(days_of(met))


def test_a_meeting_weeks_before_or_after_another_is_not_on_its_day(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Boric met Arce in La Paz on 3 March, two weeks before the two leaders met again in Lima.",
    )
    first, second = (f for f in found if f.trigger == "met")
    assert days_of(first) == ["3 March"]
    assert "3 March" not in days_of(second)


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting was the fourth round of Saudi-Iranian dialogue hosted by Baghdad since "
        "April of last year.",
        "It was the third meeting of the two foreign ministers since January.",
    ],
)
def test_the_day_an_nth_round_is_counted_since_does_not_date_it(nlp: Any, sentence: str) -> None:
    found = body_frames(nlp, sentence)
    assert found
    assert all(not days_of(f) for f in found)


def test_something_discussed_with_a_person_is_a_meeting_with_them(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Gabriel Boric, who discussed the lithium accord with President Luis Arce at the "
        "palace in April, met Lula in Brasilia on Monday.",
    )
    discussed = next(f for f in found if f.trigger == "discussed")
    assert ("Luis Arce", "target") in {(a.text, a.role) for a in discussed.actors}
    assert days_of(discussed) == ["April"]
    # Not something discussed with a country.
    found = body_frames(nlp, "The minister discussed trade with China.")
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_chairing_a_body_named_with_its_count_is_chairing_a_session(nlp: Any) -> None:
    found = body_frames(
        nlp, "On 18 October, Foreign Minister Baiba Braze chaired the 31st Baltic Council in Riga."
    )
    [chaired] = [f for f in found if f.type == EventType.CONSULT]
    assert chaired.trigger == "chaired"
    assert days_of(chaired) == ["18 October"]
    # Not the body itself.
    found = body_frames(nlp, "Braze chaired the Baltic Council of Ministers for a year.")
    assert not [f for f in found if f.type == EventType.CONSULT]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 31st Baltic Council convened in Riga on Friday, bringing together the foreign "
        "ministers of the three states.",
        "Justice Minister Inese Libina-Egnere spoke at the 30th Baltic Council in Vilnius on "
        "Friday.",
    ],
)
def test_a_body_named_with_its_count_is_one_of_its_sessions(nlp: Any, sentence: str) -> None:
    [session] = [f for f in body_frames(nlp, sentence) if f.trigger == "Council"]
    assert session.type == EventType.CONSULT
    assert not session.anaphoric
    assert days_of(session) == ["Friday"]


def test_he_including_when_he_met_is_who_said_it(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The Chancellor has said several times, including when he met President Macron in "
        "Paris on his first day of travel, that the security of our partners is our security.",
    )
    met = next(f for f in found if f.trigger == "met")
    assert {(a.text, a.role) for a in met.actors} == {
        ("The Chancellor", "source"),
        ("Macron", "target"),
    }


def test_a_meeting_at_a_gathering_is_where_and_when_the_gathering_was_held(nlp: Any) -> None:
    found = body_frames(
        nlp, "Boric met Arce at the summit, which Lula hosted in Brasilia on 30 May."
    )
    met = next(f for f in found if f.trigger == "met")
    assert [p.text for p in met.places] == ["Brasilia"]
    assert days_of(met) == ["30 May"]


def test_a_meeting_before_a_ceremony_somewhere_is_there(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "On 9 February, before the ceremony in Vilnius that marked the synchronisation of the "
        "grids, Ursula von der Leyen met Nauseda and Rinkevics.",
    )
    met = only(found, EventType.CONSULT)
    assert [p.text for p in met.places] == ["Vilnius"]
    # A place of its own comes first.
    found = body_frames(nlp, "Before the summit in Brussels, Macron met Scholz in Paris.")
    assert [p.text for p in only(found, EventType.CONSULT).places] == ["Paris"]


def test_the_two_who_last_saw_each_other_met(nlp: Any) -> None:
    found = body_frames(nlp, "The two last saw each other in January in Davos.")
    saw = only(found, EventType.CONSULT)
    assert ("The two", "group") in {(a.text, a.kind) for a in saw.actors}
    assert days_of(saw) == ["January"]


def test_a_body_named_without_a_count_is_no_session(nlp: Any) -> None:
    found = body_frames(nlp, "The European Commission proposed new sanctions on Friday.")
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_whose_venue_and_who_did_what_there_are_no_more_sides(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "In the afternoon, Boric visited former president Michelle Bachelet at her home, where "
        "he extended an official invitation to the veteran politician to visit La Moneda.",
    )
    visit = next(f for f in found if f.trigger == "visited")
    assert {a.text for a in visit.actors} == {"Boric", "Michelle Bachelet"}
    # A where-clause with the meeting in it keeps its subject.
    found = body_frames(nlp, "He flew to Erbil, where he met Nechirvan Barzani.")
    met = next(f for f in found if f.trigger == "met")
    assert ("he", "source") in {(a.text, a.role) for a in met.actors}
    # A where-clause after a country visited tells the visit's meeting: one occasion.
    found = body_frames(
        nlp,
        "Since taking office, Boric has visited Argentina, where he met President Alberto "
        "Fernandez in Buenos Aires on Jan. 23.",
    )
    assert [f.trigger for f in found if f.type == EventType.CONSULT] == ["visited"]
    # Nor is anyone else the where-clause names, nor its day.
    found = body_frames(
        nlp,
        "Before the ceremony, Merz held talks with President Gitanas Nauseda at the "
        'presidential palace, where the conversation, according to an official, was "less '
        'about the brigade, which is done, than about The Hague", the NATO summit next month.',
    )
    held = next(f for f in found if f.trigger in ("held", "talks"))
    assert {a.text for a in held.actors} == {"Merz", "Gitanas Nauseda"}
    assert not days_of(held)
    # A where-clause that names who was at a summit named only by one of them names its sides.
    found = body_frames(
        nlp,
        "Scholz wrapped up his trip on Tuesday with the second summit at the Independence "
        "Palace, where the chancellor and the presidents of Kazakhstan and Uzbekistan adopted a "
        "joint statement.",
    )
    summit = next(f for f in found if f.trigger == "summit")
    assert {"Kazakhstan", "Uzbekistan"} <= {a.text for a in summit.actors}
    # "their talks", "his summit" are the meeting's own, not a venue's owner.
    found = body_frames(
        nlp, "In their talks in Santiago, Boric also expressed support for Peru's candidacy."
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert ("their", "source") in {(a.text, a.role) for a in talks.actors}


def test_the_two_held_talks_read_as_one_noun_phrase_still_has_its_subject(nlp: Any) -> None:
    # The parser reads "the two held talks" as a noun phrase, "held" as an adjective.
    found = body_frames(
        nlp,
        "Milei flew to Mar-a-Lago in November, and last month the two held talks in New York.",
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert ("the two", "group") in {(a.text, a.kind) for a in talks.actors}


def test_their_first_encounter_is_a_meeting(nlp: Any) -> None:
    frame = only(
        body_frames(nlp, "Their first encounter was a brief embrace near Washington in February."),
        EventType.CONSULT,
    )
    assert frame.trigger == "encounter"
    assert not [
        f
        for f in body_frames(nlp, "The encounter with the police ended peacefully.")
        if f.type == EventType.CONSULT
    ]


def test_a_country_in_a_clause_a_noun_states_is_no_party(nlp: Any) -> None:
    frame = only(
        body_frames(
            nlp,
            "Zelensky held a short meeting with him on 10 December, the first of many signals "
            "that Argentina intended to pick a side.",
        ),
        EventType.CONSULT,
    )
    assert "Argentina" not in {a.text for a in frame.actors}


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("On Thursday he met Finland's president in Helsinki.", "Finland's president"),
        (
            "Biden met Finland's president and then sat down with the leaders.",
            "Finland's president",
        ),
        ("On Thursday he met India's prime minister Narendra Modi.", None),
        ("On Thursday he met Finland's president, Sauli Niinisto.", None),
        ("On Friday Lula met Finland's president-elect at the palace.", None),
    ],
)
def test_a_country_s_office_with_no_name_after_it_is_its_holder(
    nlp: Any, text: str, office: str | None
) -> None:
    met = next(f for f in body_frames(nlp, text) if f.trigger == "met")
    nominal = [a.text for a in met.actors if a.kind == "nominal"]
    assert nominal == ([office] if office else [])
    if office:
        assert "Finland" not in {a.text for a in met.actors}


def test_the_president_elect_is_one_office_span(nlp: Any) -> None:
    frame = only(
        body_frames(nlp, "That week Pope Francis telephoned the president-elect in Buenos Aires."),
        EventType.CONSULT,
    )
    assert "the president-elect" in {a.text for a in frame.actors if a.kind == "office"}


def test_what_happened_as_something_else_did_is_on_its_day(nlp: Any) -> None:
    # "summer" names what the residence is for, not when.
    found = body_frames(
        nlp,
        "Sweden and Poland put their relationship on a new footing on Thursday as Ulf "
        "Kristersson and Donald Tusk signed a strategic partnership at the Swedish prime "
        "minister's summer residence.",
    )
    signed = only(found, EventType.AGREE)
    assert days_of(signed) == ["Thursday"]


def test_the_one_they_held_stands_for_the_meeting_named_before(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The meeting follows the one both Presidents held on 23 September in New York, on the "
        "margins of the General Assembly.",
    )
    held = next(f for f in found if f.trigger == "held")
    assert days_of(held) == ["23 September"]
    assert [p.text for p in held.places] == ["New York"]
    # Not any "one" held: "the one" must stand for a meeting.
    found = body_frames(nlp, "The record follows the one the president held in 2019.")
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_a_trip_a_first_is_counted_since_is_the_named_traveller_s(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Prime Minister Mette Frederiksen arrived in Greenland this afternoon for a three-day "
        "visit, her first since the election in March and since US Vice President JD Vance's "
        "trip to the island last week.",
    )
    trip = next(f for f in found if f.trigger == "trip")
    assert {a.text for a in trip.actors} == {"JD Vance"}
    found = body_frames(
        nlp,
        "Foreign Minister Lars Løkke Rasmussen today made a statement following US Vice "
        "President JD Vance's visit to the base yesterday.",
    )
    visit = next(f for f in found if f.trigger == "visit")
    assert {a.text for a in visit.actors} == {"JD Vance"}


def test_he_in_a_clause_timing_the_saying_is_the_speaker(nlp: Any) -> None:
    frame = only(
        body_frames(
            nlp,
            "U.S. President Donald Trump said on Thursday he believed Russian President Vladimir "
            "Putin wanted peace, hours after a Russian missile and drone attack on Kyiv, as he "
            "hosted Norwegian Prime Minister Jonas Gahr Store at the White House.",
        ),
        EventType.CONSULT,
    )
    assert {a.text for a in frame.actors} == {"Donald Trump", "Jonas Gahr Store"}


def test_a_summit_co_hosted_is_its_hosts(nlp: Any) -> None:
    frame = only(
        body_frames(
            nlp,
            "On Tuesday he and President Alexander Stubb co-hosted a summit of the NATO "
            "allies that border the Baltic Sea.",
        ),
        EventType.CONSULT,
    )
    assert {"he", "Alexander Stubb"} <= {a.text for a in frame.actors}


@pytest.mark.parametrize(
    "text",
    [
        "Danish Prime Minister Mette Frederiksen spent 45 minutes on the phone with Donald "
        "Trump on Wednesday.",
        "Frederiksen was on the telephone with Donald Trump on Wednesday.",
    ],
)
def test_time_on_the_phone_with_someone_is_a_call(nlp: Any, text: str) -> None:
    frame = only(body_frames(nlp, text), EventType.CONSULT)
    assert frame.mode == "phone"
    assert {a.text for a in frame.actors} >= {"Donald Trump"}
    assert len(frame.actors) == 2


def test_picking_up_the_phone_is_no_call(nlp: Any) -> None:
    found = body_frames(nlp, "She picked up the phone with a smile.")
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_a_clause_hung_on_a_passive_is_the_guest_s_not_the_host_s(nlp: Any) -> None:
    # The parser hangs "then called on" on "was received" as a clause of its own.
    found = body_frames(
        nlp,
        "In Rome on Monday the libertarian leader was received by Pope Francis for an audience "
        "which the Holy See described as cordial, then called on President Sergio Mattarella at "
        "the Quirinal Palace and held talks with Prime Minister Giorgia Meloni.",
    )
    by_trigger = {f.trigger: f for f in found if f.type == EventType.CONSULT}
    for trigger in ("called", "held"):
        names = {a.text for a in by_trigger[trigger].actors}
        assert "Pope Francis" not in names
        assert "leader" in names


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "On Monday the libertarian leader held talks with Prime Minister Giorgia Meloni.",
            "leader",
        ),
        ("Later the veteran president held talks with Prime Minister Giorgia Meloni.", "president"),
        ("Later the former president held talks with Prime Minister Giorgia Meloni.", None),
        ("On Monday the opposition leader held talks with Prime Minister Giorgia Meloni.", None),
    ],
)
def test_an_office_described_by_a_word_before_it_stands_for_its_holder(
    nlp: Any, text: str, holder: str | None
) -> None:
    frame = only(body_frames(nlp, text), EventType.CONSULT)
    offices = [a.text for a in frame.actors if a.kind == "office"]
    assert offices == ([holder] if holder else [])


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The meeting with the Pope was watched closely in Argentina.", []),
        ("The talks with Xi were welcomed in Brussels.", []),
        ("The meeting with the Pope was held in the Apostolic Palace in Rome.", ["Rome"]),
    ],
)
def test_where_a_meeting_was_followed_is_not_where_it_was(
    nlp: Any, text: str, places: list[str]
) -> None:
    frame = only(body_frames(nlp, text), EventType.CONSULT)
    assert [p.text for p in frame.places if p.text in ("Argentina", "Brussels", "Rome")] == places


@pytest.mark.parametrize(
    "text",
    [
        "Biden travels on Friday to Bethlehem to meet Palestinian President Mahmoud Abbas.",
        "On Thursday he holds talks in Jerusalem with Prime Minister Yair Lapid.",
        "A visit by Raisi to Pakistan is now being discussed, though no date has been set.",
        "Chilean and Peruvian ministers are meeting in Lima on Thursday on the border.",
        "The state visit of President Ruto to Tanzania closes Friday evening with a banquet.",
    ],
)
def test_a_schedule_or_a_plan_under_discussion_is_planned(nlp: Any, text: str) -> None:
    meeting = only(body_frames(nlp, text), EventType.CONSULT)
    assert meeting.status == Status.PLANNED


def test_a_summit_someone_is_due_at_is_planned(nlp: Any) -> None:
    text = "In July Ruto is due at the G20 summit in Johannesburg alongside the other leaders."
    summit = only(frames(nlp, text), EventType.CONSULT)
    assert summit.status == Status.PLANNED


def test_talks_someone_is_due_somewhere_for_are_planned(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Grossi, who saw President Aliyev in Baku on Monday, is due in Tehran on Friday for "
        "talks with Araghchi.",
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert talks.status == Status.PLANNED
    saw = next(f for f in found if f.trigger == "saw")
    assert saw.status == Status.OCCURRED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The ministry is also coordinating a defence ministerial meeting with Minister "
            "Kihara on the margins of the forum.",
            Status.PLANNED,
        ),
        ("The embassy arranged a meeting between Lavrov and Wang on Monday.", Status.OCCURRED),
    ],
)
def test_a_meeting_being_arranged_is_planned(nlp: Any, text: str, status: Status) -> None:
    assert only(body_frames(nlp, text), EventType.CONSULT).status == status


def test_a_guest_after_the_day_the_model_joins_to_their_title_is_received(nlp: Any) -> None:
    frame = only(
        body_frames(
            nlp,
            "President Abdel-Fattah El-Sisi received on Sunday UN Secretary-General António "
            "Guterres at the presidential palace, his spokesman said.",
        ),
        EventType.CONSULT,
    )
    assert "António Guterres" in [a.text for a in frame.actors if a.role == "target"]


def test_a_day_after_where_dates_the_clause_and_the_names_after_it_meet(nlp: Any) -> None:
    frame = only(
        body_frames(
            nlp,
            "It all started in Brussels, where on 14 May 2023 Aliyev and Pashinian met Charles "
            "Michel on the margins of a summit and agreed to keep talking.",
        ),
        EventType.CONSULT,
    )
    assert {"Aliyev", "Pashinian", "Charles Michel"} <= {a.text for a in frame.actors}
    assert days_of(frame) == ["14 May 2023"]


def test_a_place_phrase_opening_the_next_clause_is_not_the_meetings(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "When the truce began to fray, she flew to Amman again on 3 May 2024 to see King "
        "Abdullah, and in Geneva on 12 June that year she handed Sergei Lavrov a letter for "
        "Putin.",
    )
    see = next(f for f in found if f.trigger == "see")
    assert [p.text for p in see.places] == ["Amman"]


def test_a_meeting_the_sentence_denies_did_not_happen(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Asked about a report that the two diplomats had met quietly in Kampala, the "
        'spokesperson said: "No such meeting took place."',
    )
    assert found and all(f.status != Status.OCCURRED for f in found)
    denied = next(f for f in found if f.trigger == "meeting")
    assert denied.status == Status.NEGATED


def test_the_simple_present_with_a_past_weekday_in_a_headline_is_not_a_schedule(
    nlp: Any,
) -> None:
    meeting = only(frames(nlp, "Lavrov meets Wang Yi on Monday in Moscow"), EventType.CONSULT)
    assert meeting.status == Status.OCCURRED


def test_a_person_received_by_pronoun_is_a_visit(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The tour began in Uganda, where President Yoweri Museveni received him on December 27.",
    )
    received = only(found, EventType.CONSULT)
    assert {a.text for a in received.actors} == {"Yoweri Museveni", "him"}


def test_the_place_flown_to_for_talks_is_where_they_were(nlp: Any) -> None:
    found = body_frames(
        nlp, "He then flew to Addis Ababa for talks with Prime Minister Abiy Ahmed."
    )
    talks = only(found, EventType.CONSULT)
    assert [p.text for p in talks.places] == ["Addis Ababa"]
    found = body_frames(nlp, "He flew back to Nairobi after talks with Prime Minister Abiy Ahmed.")
    assert only(found, EventType.CONSULT).places == []


def test_the_place_flown_to_before_a_meeting_is_where_it_was(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "New Zealand's Foreign Minister Winston Peters flew to Apia on Tuesday, a week after "
        "taking office, and met Prime Minister Fiame Naomi Mata'afa.",
    )
    assert [p.text for p in only(found, EventType.CONSULT).places] == ["Apia"]


def test_a_where_clause_hung_on_the_day_is_placed_by_the_day_s_verb(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Le began his six-nation tour in Port Moresby on Monday, where he met Papua New Guinea "
        "Prime Minister James Marape.",
    )
    assert [p.text for p in only(found, EventType.CONSULT).places] == ["Port Moresby"]


def test_a_where_clause_hung_on_a_length_of_time_is_placed_by_its_verb(nlp: Any) -> None:
    # The parser hangs "where" on "month", a bare noun phrase of time beside "was".
    found = body_frames(
        nlp,
        "The premier himself was in Hanoi earlier this month, where he held talks with Pham "
        "Minh Chinh and toured a port.",
    )
    assert [p.text for p in only(found, EventType.CONSULT).places] == ["Hanoi"]


def test_the_place_said_of_the_meeting_comes_before_where_its_party_arrived(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The prime minister, who arrived in Riyadh on Friday night, had met President Raisi in "
        "Tashkent on Thursday.",
    )
    met = only(found, EventType.CONSULT)
    assert met.places[0].text == "Tashkent"


def test_a_capital_named_by_its_country_places_the_meetings_of_the_visit(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Lavrov had made a two-day visit to the Iranian capital on June 22-23, meeting both "
        "Amir-Abdollahian and President Ebrahim Raisi.",
    )
    meeting = next(f for f in found if f.trigger == "meeting")
    assert [p.text for p in meeting.places] == ["the Iranian capital"]


def test_bringing_two_people_together_is_their_meeting(nlp: Any) -> None:
    found = body_frames(
        nlp, "Turkey brought Sergei Lavrov and Dmytro Kuleba together in Antalya on March 10."
    )
    meeting = only(found, EventType.CONSULT)
    assert {a.text for a in meeting.actors} >= {"Sergei Lavrov", "Dmytro Kuleba"}
    assert [p.text for p in meeting.places] == ["Antalya"]
    assert body_frames(nlp, "The crisis brought new funding together with new rules.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kishida and Yoon exchanged greetings at the dinner but held no bilateral talks.",
        "No meeting between the two ministers was held in Geneva.",
        "No Western head of government has met Lukashenko in Minsk since the August vote.",
    ],
)
def test_talks_with_no_before_them_did_not_happen(nlp: Any, text: str) -> None:
    found = [f for f in body_frames(nlp, text) if f.type == EventType.CONSULT]
    assert found and all(f.status == Status.NEGATED for f in found)


def test_a_label_with_no_set_off_before_a_meeting_denies_nothing(nlp: Any) -> None:
    text = "No deal with Beijing: Albanese and Li Qiang met for two hours on Sunday in Canberra."
    found = [f for f in body_frames(nlp, text) if f.type == EventType.CONSULT]
    assert found and all(f.status == Status.OCCURRED for f in found)


def test_received_by_one_then_talks_with_another_are_two_meetings_on_that_day(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Earlier Tuesday Biden was received by King Felipe VI at the Royal Palace and then held "
        "talks with Prime Minister Pedro Sánchez at the Moncloa Palace.",
    )
    by_trigger = {f.trigger: f for f in found if f.type == EventType.CONSULT}
    held = by_trigger["held"]
    assert "King Felipe VI" not in {a.text for a in held.actors}
    assert {a.text for a in held.actors} >= {"Biden", "Pedro Sánchez"}
    for frame in by_trigger.values():
        assert days_of(frame) == ["Earlier Tuesday"]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The summit, held on Monday in Jeddah, ended with a joint declaration.", "Monday"),
        (
            "The three-day summit, hosted by President Ruto, opened on Monday evening with a "
            "dinner at State House.",
            "Monday",
        ),
    ],
)
def test_a_clause_on_the_meeting_dates_it_and_its_length_does_not(
    nlp: Any, sentence: str, day: str
) -> None:
    gathering = only(frames(nlp, sentence), EventType.CONSULT)
    assert [sentence[s:e] for s, e in gathering.date_spans] == [day]


def test_a_summit_that_opens_later_is_not_dated_by_its_clause(nlp: Any) -> None:
    sentence = "The summit, which opens on Thursday, is the first since the bloc grew."
    summit = only(frames(nlp, sentence), EventType.CONSULT)
    assert summit.date_spans == []


def test_a_part_of_the_day_on_the_meeting_dates_it(nlp: Any) -> None:
    sentence = (
        "Wong, who landed from Suva late on Monday, met Prime Minister Sitiveni Rabuka at "
        "Parliament this morning."
    )
    meeting = next(f for f in frames(nlp, sentence) if f.trigger == "met")
    assert [sentence[s:e] for s, e in meeting.date_spans] == ["this morning"]


def test_a_visit_returned_from_this_afternoon_still_has_a_day_in_its_sentence(nlp: Any) -> None:
    sentence = (
        "President Mohamed Muizzu returned to Male this afternoon from a six-day state visit "
        "to India, telling reporters at the airport that the trip had been a success."
    )
    visit = only(frames(nlp, sentence), EventType.CONSULT)
    assert visit.date_spans == []
    assert visit.sentence_has_dates


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        (
            "Modi last held talks with an Australian prime minister in May, when he met "
            "Albanese on the sidelines of the G7 summit in Hiroshima, Japan.",
            "Hiroshima",
        ),
        (
            "Ruto last visited Tanzania in October 2023, when he attended a forum in Arusha "
            "and held talks with President Samia Suluhu Hassan.",
            "Arusha",
        ),
    ],
)
def test_a_when_clause_on_the_meeting_places_it(nlp: Any, sentence: str, city: str) -> None:
    meeting = only(frames(nlp, sentence), EventType.CONSULT)
    assert city in [p.text for p in meeting.places]


def test_what_talks_covered_names_no_side_and_no_place(nlp: Any) -> None:
    found = frames(
        nlp,
        "Penny Wong and her Indonesian counterpart Retno Marsudi signed the accord at the "
        "foreign ministry, Pancasila Building, after talks that covered counter-terrorism, "
        "maritime security and the fight against Abu Sayyaf in the Philippines.",
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert "Abu Sayyaf" not in {a.text for a in talks.actors}
    assert "the Philippines" not in [p.text for p in talks.places]


def test_where_what_a_when_clause_names_went_is_no_place_of_the_meeting(nlp: Any) -> None:
    found = frames(
        nlp,
        "Borrell had seen Lapid on Monday, when he praised the maritime corridor that has "
        "carried food from Larnaca to Gaza.",
    )
    seen = next(f for f in found if f.trigger == "seen")
    assert "Gaza" not in [p.text for p in seen.places]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Peru yesterday renewed their commitment to a cross-border railway by 2031, "
        "at the fifth binational cabinet meeting, held in Arica.",
        "Chile and Peru yesterday renewed their commitment to a cross-border railway until "
        "2031, at the fifth binational cabinet meeting, held in Arica.",
    ],
)
def test_a_deadline_does_not_date_the_meeting(nlp: Any, sentence: str) -> None:
    meeting = next(f for f in frames(nlp, sentence) if f.type == EventType.CONSULT)
    dated = [sentence[s:e] for s, e in meeting.date_spans]
    assert dated == ["yesterday"]


def test_each_verb_of_a_tour_keeps_its_own_day_and_city(nlp: Any) -> None:
    sentence = (
        "Wang held a strategic dialogue with Kaja Kallas in Brussels on Wednesday, met Johann "
        "Wadephul in Berlin on Thursday and held talks with Jean-Noel Barrot in Paris on Friday."
    )
    found = [f for f in frames(nlp, sentence) if f.type == EventType.CONSULT]
    told = [
        ([sentence[s:e] for s, e in f.date_spans][:1], [p.text for p in f.places][:1])
        for f in found
    ]
    assert told == [
        (["Wednesday"], ["Brussels"]),
        (["Thursday"], ["Berlin"]),
        (["Friday"], ["Paris"]),
    ]


def test_a_day_counted_from_the_first_verb_keeps_the_first_verbs_day(nlp: Any) -> None:
    sentence = (
        "Boric flew to Montevideo on March 1 for Orsi's inauguration, and the two presidents "
        "held a bilateral meeting there the following day."
    )
    held = next(f for f in frames(nlp, sentence) if f.trigger == "held")
    assert [sentence[s:e] for s, e in held.date_spans] == ["March 1", "the following day"]


def test_the_person_met_with_whom_is_the_other_party(nlp: Any) -> None:
    sentence = (
        "Petro saved his warmest words for Lula, with whom he held a long meeting in Brasilia in "
        "March."
    )
    held = next(f for f in frames(nlp, sentence) if f.trigger == "held")
    # "he" is who saved his words for Lula, the subject the clause's "whom" leads back to.
    assert sorted(a.text for a in held.actors) == ["Lula", "Petro"]


def test_a_day_the_parser_hangs_on_the_venue_dates_the_verb(nlp: Any) -> None:
    # "called on Lula at his hotel on Thursday", parsed with the day on "hotel".
    words = ["Naruhito", "called", "on", "Lula", "at", "his", "hotel", "on", "Thursday"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 2, 1, 6, 4, 6, 7],
        deps=["nsubj", "ROOT", "prep", "pobj", "prep", "poss", "pobj", "prep", "pobj"],
        pos=["PROPN", "VERB", "ADP", "PROPN", "ADP", "PRON", "NOUN", "ADP", "PROPN"],
        lemmas=["Naruhito", "call", "on", "Lula", "at", "his", "hotel", "on", "Thursday"],
    )
    assert _date_attachment(doc[8]).text == "called"


def test_a_date_tagged_without_its_noun_hangs_where_the_noun_does(nlp: Any) -> None:
    # "arrived this Tuesday afternoon", with only "this Tuesday" tagged as the date: its first
    # word is the one whose head lies outside it.
    words = ["Lula", "arrived", "this", "Tuesday", "afternoon"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 4, 4, 1],
        deps=["nsubj", "ROOT", "det", "compound", "npadvmod"],
        pos=["PROPN", "VERB", "DET", "PROPN", "NOUN"],
        lemmas=["Lula", "arrive", "this", "Tuesday", "afternoon"],
    )
    assert _date_attachment(doc[2]).text == "arrived"


def test_who_carried_out_what_a_call_is_timed_by_is_no_party(nlp: Any) -> None:
    text = (
        "Two days after the al-Shabaab attack of 12 March, Ruto and Hassan Sheikh Mohamud "
        "spoke by phone."
    )
    parties = {a.text for f in body_frames(nlp, text) for a in f.actors}
    assert "al-Shabaab" not in parties
    assert {"Ruto", "Hassan Sheikh Mohamud"} <= parties


def test_the_day_a_meeting_adopted_its_declaration_dates_it(nlp: Any) -> None:
    sentence = (
        "The leaders' meeting, co-chaired by Mr Ruto and Uganda's President Yoweri Museveni, "
        "adopted the Kampala Declaration on Thursday."
    )
    meeting = only(body_frames(nlp, sentence), EventType.CONSULT)
    assert [sentence[s:e] for s, e in meeting.date_spans] == ["Thursday"]


def test_visits_by_two_leaders_are_no_meeting_between_them(nlp: Any) -> None:
    text = "Ruto had timed his trip to coincide with visits by both Modi and President Xi Jinping."
    parties = {a.text for f in body_frames(nlp, text) for a in f.actors}
    assert not {"Modi", "Xi Jinping"} & parties


def test_where_the_talks_were_told_of_is_not_where_they_were(nlp: Any) -> None:
    text = (
        "The spokesman told reporters in Nairobi that Ruto's talks with Chinese President "
        "Xi Jinping on Wednesday had produced a clear road map for trade."
    )
    talks = only(body_frames(nlp, text), EventType.CONSULT)
    assert talks.places == []


@pytest.mark.parametrize(
    "sentence",
    [
        "President Yoweri Museveni also received the Kenyan President at State House.",
        "President Yoweri Museveni also received the President of Kenya at State House.",
    ],
)
def test_receiving_a_country_s_office_holder_is_a_meeting(nlp: Any, sentence: str) -> None:
    meeting = only(body_frames(nlp, sentence), EventType.CONSULT)
    assert "Yoweri Museveni" in {a.text for a in meeting.actors}


def test_whose_aide_attended_is_no_party(nlp: Any) -> None:
    text = "Ugandan Ambassador Joy Kabatsi and Museveni's senior adviser attended the talks."
    parties = {a.text for f in body_frames(nlp, text) for a in f.actors}
    assert "Museveni" not in parties


def test_doing_something_in_consultation_with_someone_is_no_meeting(nlp: Any) -> None:
    text = (
        "They mandated the co-chairs to appoint additional facilitators in consultation with "
        "the African Union."
    )
    assert [f for f in body_frames(nlp, text) if f.type == EventType.CONSULT] == []


def test_a_passive_joined_to_a_verb_shares_its_subject(nlp: Any) -> None:
    text = (
        "Lavrov flew on to Pyongyang, where he held talks with Foreign Minister Choe Son Hui on "
        "Friday and was received by Chairman Kim Jong Un on Saturday."
    )
    received = next(f for f in body_frames(nlp, text) if f.trigger == "received")
    # ("he" is who flew to the place the where-clause is in.)
    assert {a.text for a in received.actors} == {"Kim Jong Un", "Lavrov"}


def test_whose_predecessor_visited_is_no_party(nlp: Any) -> None:
    text = (
        "Pezeshkian's predecessor, the late Ebrahim Raisi, visited Ankara in January for "
        "talks with Erdogan."
    )
    parties = {a.text for f in body_frames(nlp, text) for a in f.actors}
    assert "Pezeshkian" not in parties
    assert "Ebrahim Raisi" in parties


def test_a_pair_s_predecessor_keeps_the_first_of_the_pair(nlp: Any) -> None:
    text = "Yoon and Ishiba's predecessor, Fumio Kishida, held twelve summits in two years."
    parties = {a.text for f in body_frames(nlp, text) for a in f.actors}
    assert "Yoon" in parties


def test_calling_on_him_is_a_visit(nlp: Any) -> None:
    call = only(
        body_frames(nlp, "Mudavadi had called on him in Kampala in March."), EventType.CONSULT
    )
    assert (call.mode, [a.text for a in call.actors]) == ("visit", ["Mudavadi", "him"])


def test_an_organisation_a_building_is_named_after_is_no_party(nlp: Any) -> None:
    text = "Mr Ruto then met Pacific Islands Forum leaders in a closed session at APEC Haus."
    parties = {a.text for f in body_frames(nlp, text) for a in f.actors}
    assert not {"APEC", "Haus", "APEC Haus"} & parties


def test_whom_there_was_no_contact_with_is_no_party(nlp: Any) -> None:
    text = "Ruto meets Museveni, Kagame in Arusha; no contact with Tshisekedi"
    parties = {a.text for f in body_frames(nlp, text) for a in f.actors}
    assert "Tshisekedi" not in parties and "Museveni" in parties


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        (
            "After the talks, the Secretary called on Prime Minister Prayut Chan-o-cha at the "
            "Peace Palace.",
            "visit",
        ),
        ("Ruto called Museveni on Monday to discuss the border.", "phone"),
        # The parser leaves "on" empty and makes the premier the object.
        (
            "Later on Friday, Mr Li called on NSW Premier Jacinta Allan at Parliament House in "
            "Spring Street.",
            "visit",
        ),
    ],
)
def test_calling_on_someone_is_a_visit_and_calling_someone_on_a_day_a_call(
    nlp: Any, sentence: str, mode: str
) -> None:
    assert only(body_frames(nlp, sentence), EventType.CONSULT).mode == mode


def test_whom_the_banquet_after_a_call_honours_is_no_party(nlp: Any) -> None:
    text = (
        "Mr. Ruto, who had attended Mr. Museveni's swearing-in in May, called on President "
        "Samia Suluhu Hassan in the evening before a state banquet in his honour at State House."
    )
    call = only(body_frames(nlp, text), EventType.CONSULT)
    assert {a.text for a in call.actors} == {"Ruto", "Samia Suluhu Hassan"}


def test_a_meeting_set_against_another_by_but_is_not_placed_by_it(nlp: Any) -> None:
    text = (
        "He met Modi in New York on the sidelines of the UN last September, but chose Beijing "
        "for his first official trip, meeting Xi during his December 2-5 visit."
    )
    meetings = [f for f in body_frames(nlp, text) if f.trigger == "meeting"]
    assert [[p.text for p in f.places] for f in meetings] == [[]]


def test_who_a_conversation_was_dominated_by_is_its_topic(nlp: Any) -> None:
    text = (
        "Ruto spoke with Museveni in June, in a conversation dominated by the war between "
        "Sudan and South Sudan."
    )
    call = only(body_frames(nlp, text), EventType.CONSULT)
    assert {a.text for a in call.actors} == {"Ruto", "Museveni"}


def test_where_a_trip_went_outside_of_is_no_party(nlp: Any) -> None:
    text = (
        "President William Ruto met Prime Minister Giorgia Meloni in Rome on Tuesday, in his "
        "first trip outside Africa and Brussels since taking office."
    )
    meeting = only(body_frames(nlp, text), EventType.CONSULT)
    assert "Brussels" not in {a.text for a in meeting.actors}


def test_a_round_held_between_two_people_is_a_meeting(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The first round was held in Nairobi last Saturday between Sudanese army chief Abdel "
        "Fattah al-Burhan and RSF leader Mohamed Hamdan Dagalo.",
    )
    meeting = only(found, EventType.CONSULT)
    assert {"Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"} <= {a.text for a in meeting.actors}


def test_who_chaired_and_attended_the_session_a_meeting_was_for_took_part(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "EAC foreign ministers met in Arusha on Tuesday evening for the 12th extraordinary "
        "session of the bloc's council, chaired by Kenyan Foreign Minister Musalia Mudavadi "
        "and attended by Ugandan Foreign Minister Jeje Odongo and Secretary-General Veronica "
        "Nduva.",
    )
    meeting = next(f for f in found if f.trigger == "met")
    names = {a.text for a in meeting.actors}
    assert {"Musalia Mudavadi", "Jeje Odongo"} <= names


def test_a_co_chair_the_parser_hangs_on_the_participle_took_part(nlp: Any) -> None:
    sentence = (
        "The previous, fifth meeting of the commission was held in Dhaka in January 2021, "
        "co-chaired by Jaishankar and then foreign minister Abul Kalam Abdul Momen."
    )
    meeting = only(body_frames(nlp, sentence), EventType.CONSULT)
    assert {a.text for a in meeting.actors} >= {"Jaishankar", "Abul Kalam Abdul Momen"}


def test_who_attended_a_meeting_held_somewhere_took_part_and_dates_it(nlp: Any) -> None:
    sentence = (
        "The eighth leaders' meeting was held in Arusha, northern Tanzania's Arusha Region, in "
        "December 2019, attended by then Kenyan President Uhuru Kenyatta and then Ugandan "
        "Prime Minister Ruhakana Rugunda."
    )
    meeting = only(body_frames(nlp, sentence), EventType.CONSULT)
    assert {"Uhuru Kenyatta", "Ruhakana Rugunda"} <= {a.text for a in meeting.actors}
    assert [sentence[s:e] for s, e in meeting.date_spans] == ["December 2019"]


def test_a_round_of_an_election_is_no_meeting(nlp: Any) -> None:
    found = body_frames(
        nlp, "The second round of the election between Ruto and Odinga was held in August."
    )
    assert [f for f in found if f.type == EventType.CONSULT] == []


def test_who_stayed_away_from_a_summit_is_no_party(nlp: Any) -> None:
    text = (
        "Ramaphosa on Monday opened an SADC summit boycotted by Zambia's Hakainde Hichilema, "
        "his neighbour."
    )
    parties = {a.text for f in body_frames(nlp, text) for a in f.actors}
    assert "Hakainde Hichilema" not in parties


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Kamissa Camara represented President Ibrahim Boubacar Keita at the "
        "summit in Niamey.",
        "Foreign Minister Kamissa Camara attended the summit in Niamey on behalf of President "
        "Ibrahim Boubacar Keita.",
    ],
)
def test_whom_a_delegate_stands_in_for_is_no_party(nlp: Any, text: str) -> None:
    parties = {a.text for f in body_frames(nlp, text) for a in f.actors}
    assert "Ibrahim Boubacar Keita" not in parties
    assert "Kamissa Camara" in parties


def test_what_was_discussed_during_a_visit_takes_the_day_given_to_the_visit(nlp: Any) -> None:
    text = (
        "Ramaphosa discussed it with Angolan President Joao Lourenco during a working visit "
        "to Luanda on Thursday last week, which the presidency said also served to review "
        "relations."
    )
    meeting = only(body_frames(nlp, text), EventType.CONSULT)
    assert [text[start:end] for start, end in meeting.date_spans] == ["Thursday last week"]


def test_who_gave_a_host_the_mandate_is_no_party(nlp: Any) -> None:
    meeting = only(
        body_frames(
            nlp,
            "The Angolan mediator, appointed by the African Union, received President Felix "
            "Tshisekedi in Luanda on 27 February.",
        ),
        EventType.CONSULT,
    )
    named = {(a.text, a.kind) for a in meeting.actors}
    assert ("African Union", "organization") not in named
    assert ("Angolan mediator", "nominal") in named


def test_a_meeting_hosted_by_one_and_attended_by_another_is_placed_and_dated_by_both(
    nlp: Any,
) -> None:
    found = body_frames(
        nlp,
        "The summits continue the first such meeting, hosted by President Cyril Ramaphosa and "
        "attended by President William Ruto in Pretoria on 3 May 2023.",
    )
    meeting = next(f for f in found if f.trigger == "meeting")
    assert [p.text for p in meeting.places] == ["Pretoria"]
    [(start, end)] = meeting.date_spans
    assert meeting.sentence.text[start:end] == "3 May 2023"


def test_a_meeting_of_ministers_held_somewhere_is_dated_by_the_holding(nlp: Any) -> None:
    # "a meeting of ministers held in Nairobi on Monday", with "held" hung on the ministers
    # as the parser may: the holding dates the meeting.
    words = ["a", "meeting", "of", "ministers", "held", "in", "Nairobi", "on", "Monday"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 2, 3, 4, 5, 4, 7],
        deps=["det", "ROOT", "prep", "pobj", "acl", "prep", "pobj", "prep", "pobj"],
        pos=["DET", "NOUN", "ADP", "NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN"],
        tags=["DT", "NN", "IN", "NNS", "VBN", "IN", "NNP", "IN", "NNP"],
        lemmas=["a", "meeting", "of", "minister", "hold", "in", "Nairobi", "on", "Monday"],
        ents=["O", "O", "O", "O", "O", "O", "B-GPE", "O", "B-DATE"],
    )
    assert _connected_dates(doc[1], doc, 0) == [(doc[8].idx, doc[8].idx + len("Monday"))]


def test_a_country_s_capital_places_a_summit_held_there(nlp: Any) -> None:
    text = (
        "The corridor plan was adopted in the Angolan capital on 4 May this year at a "
        "tripartite summit between William Ruto, Yoweri Museveni and Hakainde Hichilema."
    )
    summit = only(body_frames(nlp, text), EventType.CONSULT)
    assert [p.text for p in summit.places] == ["the Angolan capital"]


def test_the_first_leader_to_meet_someone_is_a_party(nlp: Any) -> None:
    text = "Togolese President Faure Gnassingbe was the first foreign leader to meet Goita."
    met = only(body_frames(nlp, text), EventType.CONSULT)
    assert {a.text for a in met.actors} == {"Faure Gnassingbe", "Goita"}
    # "... since 2011" makes it a record, not the visit.
    record = "Mr Scholz is the first German Chancellor to visit Kenya since 2011."
    assert not [a for f in body_frames(nlp, record) for a in f.actors if a.text == "Scholz"]


def test_a_gathering_co_chaired_in_a_relative_clause_is_a_meeting(nlp: Any) -> None:
    text = (
        "The visit builds on the first session of the Ghana-Nigeria Joint Commission for "
        "Cooperation, which Foreign Minister Shirley Ayorkor Botchwey co-chaired with her "
        "Nigerian counterpart Geoffrey Onyeama in Accra in May last year."
    )
    [chaired] = [f for f in body_frames(nlp, text) if f.trigger == "co-chaired"]
    assert {p.text for p in chaired.people} == {"Shirley Ayorkor Botchwey", "Geoffrey Onyeama"}


def test_a_when_clause_hung_on_a_place_is_dated_by_the_place_s_verb(nlp: Any) -> None:
    text = (
        "The plan was first floated on 14 May in Nairobi, when the three presidents met on "
        "the sidelines of the Africa Fertilizer Summit."
    )
    met = next(f for f in body_frames(nlp, text) if f.trigger == "met")
    assert [text[a:b] for a, b in met.date_spans] == ["14 May"]


def test_a_day_before_the_sayer_dates_the_report_not_the_saying(nlp: Any) -> None:
    # "Ruto met Kagame in Kigali, on Friday, the ministry said on Saturday", with "on Friday"
    # hung on "said" as the parser may: the day stands before the sayer, so it is the
    # meeting's; the day after "said" stays the saying's.
    words = ["Ruto", "met", "Kagame", "in", "Kigali", ",", "on", "Friday", ",", "the",
             "ministry", "said", "on", "Saturday"]  # fmt: skip
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 1, 3, 1, 11, 6, 11, 10, 11, 1, 11, 12],
        deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "prep", "pobj", "punct",
              "det", "nsubj", "advcl", "prep", "pobj"],
        pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT", "DET",
             "NOUN", "VERB", "ADP", "PROPN"],
        lemmas=["Ruto", "meet", "Kagame", "in", "Kigali", ",", "on", "Friday", ",", "the",
                "ministry", "say", "on", "Saturday"],
    )  # fmt: skip
    assert _date_attachment(doc[7]).text == "met"
    assert _date_attachment(doc[13]).text == "said"


def test_a_meeting_reported_with_its_day_before_the_sayer_is_dated(nlp: Any) -> None:
    text = (
        "EU foreign policy chief Kaja Kallas held talks with Chinese Foreign Minister Wang Yi "
        "in Brussels, Belgium, on Wednesday, the bloc said on Thursday, in their first meeting "
        "since her appointment."
    )
    held = next(f for f in body_frames(nlp, text) if f.trigger == "held")
    assert [text[a:b] for a, b in held.date_spans] == ["Wednesday"]


def test_a_name_saying_so_at_the_end_is_no_party(nlp: Any) -> None:
    sentence = (
        "President Ruto accepted an invitation from the Tanzanian President to visit Dodoma, "
        "Mwaura added."
    )
    texts = {a.text for f in frames(nlp, sentence) for a in f.actors}
    assert "Mwaura" not in texts


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # What was denied happened at the meeting: the meeting was held.
        (
            "Scholz did not raise the gas pipeline at the meeting with Macron on Friday.",
            Status.OCCURRED,
        ),
        (
            "Albanese told Luxon on Friday that Australia would never accept the scheme, in a "
            "frank first meeting at Government House.",
            Status.OCCURRED,
        ),
        # Not taking part in a meeting is no meeting of one's own.
        ("Lavrov did not take part in the meeting on Friday.", Status.NEGATED),
    ],
)
def test_a_denial_at_a_meeting_does_not_deny_the_meeting(
    nlp: Any, text: str, status: Status
) -> None:
    meeting = next(f for f in frames(nlp, text) if f.trigger == "meeting")
    assert meeting.status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The Chilean minister did not attend, but he had been received by Vieira at the "
            "Itamaraty on May 16.",
            Status.OCCURRED,
        ),
        # Without a subject of its own the second verb shares the denial.
        ("The Chilean minister did not travel to Brasília and meet Vieira.", Status.NEGATED),
    ],
)
def test_a_clause_set_against_a_denial_by_but_is_not_denied(
    nlp: Any, text: str, status: Status
) -> None:
    [meeting] = [f for f in body_frames(nlp, text) if f.type == EventType.CONSULT]
    assert meeting.status == status


def test_who_attended_a_summit_days_before_being_received_is_the_guest(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Petro was received by Sánchez at the Moncloa Palace on March 4, days after attending "
        "the EU-CELAC summit in Brussels.",
    )
    summit = next(f for f in found if f.trigger == "summit")
    assert "Sánchez" not in {a.text for a in summit.actors}
    # The day is the receiving's; the summit came days before it.
    assert days_of(summit) == []
    received = next(f for f in found if f.trigger == "received")
    assert {"Petro", "Sánchez"} <= {a.text for a in received.actors}
    assert days_of(received) and days_of(received)[0].startswith("March 4")


def test_hours_after_a_meeting_is_its_day(nlp: Any) -> None:
    found = body_frames(nlp, "Tokayev met Mirziyoyev on Monday, hours after meeting Putin.")
    assert [days_of(f) for f in found if f.type == EventType.CONSULT] == [["Monday"], ["Monday"]]


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        (
            "The Peruvian president flew home on Sunday without meeting Prime Minister Ishiba.",
            "meeting",
            Status.NEGATED,
        ),
        ("Three years went by without a visit by a Korean president.", "visit", Status.NEGATED),
        # A meeting held without something is held.
        ("Rutte met Erdogan without aides on Friday.", "met", Status.OCCURRED),
    ],
)
def test_a_meeting_done_without_is_not_held(
    nlp: Any, text: str, trigger: str, status: Status
) -> None:
    found = next(f for f in body_frames(nlp, text) if f.trigger == trigger)
    assert found.status == status


@pytest.mark.parametrize(
    "text",
    [
        "President Lula received the president-elect of Uruguay, Yamandú Orsi, on Friday.",
        "President Lula received the Uruguayan president-elect, Yamandú Orsi, on Friday.",
    ],
)
def test_receiving_someone_elected_to_an_office_is_a_meeting(nlp: Any, text: str) -> None:
    assert [f.trigger for f in body_frames(nlp, text) if f.type == EventType.CONSULT] == [
        "received"
    ]


def test_who_hosts_the_gathering_broken_off_is_no_party_to_the_talks_in_its_break(
    nlp: Any,
) -> None:
    text = (
        "President Gabriel Boric held a bilateral meeting on Tuesday with Gustavo Petro during a "
        "recess of the summit of Amazon leaders convened by Lula in Belém."
    )
    [meeting] = [
        f for f in body_frames(nlp, text) if f.type == EventType.CONSULT and f.trigger != "summit"
    ]
    assert {a.text for a in meeting.actors} >= {"Gabriel Boric", "Gustavo Petro"}
    assert "Lula" not in {a.text for a in meeting.actors}


@pytest.mark.parametrize(
    ("text", "trigger", "dates"),
    [
        # Anyone's visits, counted from a year: not the visit's date.
        (
            "President Lula met the President of Bolivia, Luis Arce, this Tuesday in Santa Cruz, "
            "on the first visit by a Brazilian head of state to the country since 2009.",
            "visit",
            [],
        ),
        # The same two, then: the earlier meeting the report names in passing.
        (
            "Lavrov held talks with Wang Yi in Beijing, the first meeting between the two "
            "ministers since March 2023.",
            "meeting",
            ["March 2023"],
        ),
        # The visit told, said again with how long it has been since the last.
        (
            "Erdogan arrived in Baku this morning on a state visit, the first visit of this "
            "level by the Turkish leader to Azerbaijan since 2019.",
            "visit",
            ["this morning"],
        ),
    ],
)
def test_a_first_since_a_date_counts_from_it(
    nlp: Any, text: str, trigger: str, dates: list[str]
) -> None:
    [first] = [f for f in body_frames(nlp, text) if f.trigger == trigger]
    assert [text[s:e] for s, e in first.date_spans] == dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # A where-clause on a town named after its town word: the day of attending.
        (
            "Milei skipped the summit and on Sunday attended a conference in the Brazilian city "
            "of Camboriu, where he met former President Jair Bolsonaro.",
            "Sunday",
        ),
        # The second verb of a when-clause: the time the clause is of.
        (
            "The plan had been drafted in November, when Foreign Minister Elmer Schialer "
            "travelled to Quito for the inauguration and met his counterpart Gabriela "
            "Sommerfeld.",
            "November",
        ),
    ],
)
def test_a_meeting_in_a_clause_takes_the_time_the_clause_is_of(
    nlp: Any, text: str, date: str
) -> None:
    [meeting] = [f for f in body_frames(nlp, text) if f.trigger == "met"]
    assert [text[s:e] for s, e in meeting.date_spans] == [date]


def test_sitting_with_someone_named_is_a_meeting(nlp: Any) -> None:
    found = body_frames(
        nlp, "The adviser, Celso Amorim, sat with Maduro at Miraflores the day after the vote."
    )
    assert [f.trigger for f in found if f.type == EventType.CONSULT] == ["sat"]
    # With no one named to sit with, there is nobody to have met.
    assert not [
        a
        for f in body_frames(nlp, "She sat with her husband in the front row at the ceremony.")
        for a in f.actors
        if a.role == "target"
    ]


def test_who_looked_on_is_no_party_to_what_was_signed(nlp: Any) -> None:
    text = (
        "The protocol was signed at the Farnesina after a meeting of about an hour between the "
        "two ministers, attended by Interior Minister Matteo Piantedosi."
    )
    [signed] = [f for f in body_frames(nlp, text) if f.type == EventType.AGREE]
    assert "Matteo Piantedosi" not in {a.text for a in signed.actors}


def test_a_holder_named_with_an_honorific_after_the_title_is_the_counterpart(nlp: Any) -> None:
    text = (
        "The Deputy Prime Minister and Minister of Foreign Affairs, Antonio Tajani, had a "
        "telephone conversation this afternoon with the Minister of Foreign Affairs of the "
        "Islamic Republic of Iran, Seyed Abbas Araghchi."
    )
    [call] = [f for f in body_frames(nlp, text) if f.type == EventType.CONSULT]
    assert "Abbas Araghchi" in {a.text for a in call.actors}


def test_who_went_somewhere_for_a_meeting_is_its_party(nlp: Any) -> None:
    text = (
        "That evening she slipped into a Paris hotel through a side door for an informal "
        "meeting with Olaf Scholz."
    )
    [meeting] = [f for f in body_frames(nlp, text) if f.trigger == "meeting"]
    assert {(a.text, a.role) for a in meeting.actors} == {
        ("she", "source"),
        ("Olaf Scholz", "target"),
    }


def test_a_visit_is_dated_by_the_meeting_at_the_place_visited(nlp: Any) -> None:
    text = (
        "Since taking office he has visited Argentina, where he met President Alberto "
        "Fernandez in Buenos Aires on Jan. 23."
    )
    [visit] = [f for f in body_frames(nlp, text) if f.trigger == "visited"]
    assert [text[s:e] for s, e in visit.date_spans] == ["Jan. 23"]


def test_a_part_folded_into_the_meeting_lends_it_its_day_and_place(nlp: Any) -> None:
    text = (
        "Foreign Minister Mauro Vieira and his Chilean counterpart Alberto van Klaveren met "
        "and held talks in Santiago on Thursday."
    )
    [meeting] = [f for f in body_frames(nlp, text) if f.type == EventType.CONSULT]
    assert [text[s:e] for s, e in meeting.date_spans] == ["Thursday"]
    assert [p.text for p in meeting.places] == ["Santiago"]


def test_a_working_lunch_with_someone_is_a_meeting(nlp: Any) -> None:
    found = frames(nlp, "The two leaders then went on to a working lunch with their delegations.")
    assert [f.trigger for f in found if f.type == EventType.CONSULT] == ["lunch"]
    assert not [
        f
        for f in frames(nlp, "The two leaders then attended a lunch for business leaders.")
        if f.type == EventType.CONSULT
    ]


@pytest.mark.parametrize("words", ["a tete-a-tete", "a tête-à-tête"])
def test_holding_a_tete_a_tete_is_a_meeting(nlp: Any, words: str) -> None:
    found = frames(nlp, f"In Doha on Tuesday, Erdoğan and Sheikh Tamim held {words} at the palace.")
    meeting = only(found, EventType.CONSULT)
    assert meeting.trigger == "held"
    assert [a.text for a in meeting.actors] == ["Erdoğan", "Sheikh Tamim"]


def test_an_office_received_after_a_place_and_a_day_is_the_guest(nlp: Any) -> None:
    found = frames(
        nlp,
        "His Royal Highness Prince Mohammed bin Salman, Crown Prince and Prime Minister, "
        "received in Jeddah today the Minister of Foreign Affairs of the Republic of Iraq, His "
        "Excellency Dr. Fuad Hussein.",
    )
    meeting = only(found, EventType.CONSULT)
    assert meeting.trigger == "received"
    assert "Fuad Hussein" in [a.text for a in meeting.actors if a.role == "target"]


def test_a_session_that_brought_together_leaders_named_after_it_is_a_meeting(nlp: Any) -> None:
    found = frames(
        nlp,
        "The closed session in Astana brought together the leaders of the member states: Xi "
        "Jinping (China), Vladimir Putin (Russia), Narendra Modi (India) and Shavkat "
        "Mirziyoyev.",
    )
    meeting = only(found, EventType.CONSULT)
    assert {"Xi Jinping", "Vladimir Putin", "Narendra Modi"} <= {a.text for a in meeting.actors}


def test_a_guest_who_arrived_in_a_city_places_the_talks_held_with_him(nlp: Any) -> None:
    found = frames(
        nlp,
        "On the eve of the summit, on 3 July, Tokayev held talks with Shehbaz Sharif, who "
        "arrived in Astana on an official visit.",
    )
    meeting = only(found, EventType.CONSULT)
    assert [p.text for p in meeting.places] == ["Astana"]


def test_backing_for_a_bid_is_support(nlp: Any) -> None:
    found = frames(
        nlp, "Erdogan reiterated Türkiye's backing for Riyadh's bid to host the World Expo."
    )
    support = only(found, EventType.SUPPORT)
    assert support.trigger == "backing"
    assert not [
        f for f in frames(nlp, "The plan has broad backing.") if f.type == EventType.SUPPORT
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ruto expressed Kenya's support for the Ghanaian candidacy at the AU.", "Ghanaian"),
        ("Albanese praised the Indonesian initiative on maritime safety.", "Indonesian"),
        # A nationality describing something else backed names no side.
        ("Albanese praised the Indonesian food served at the dinner.", None),
    ],
)
def test_a_nationality_of_what_is_backed_is_the_country_backed(
    nlp: Any, text: str, target: str | None
) -> None:
    support = only(body_frames(nlp, text), EventType.SUPPORT)
    targets = [(a.text, a.kind) for a in support.actors if a.role == "target"]
    assert targets == ([(target, "country")] if target else [])


def test_a_journey_made_for_the_meeting_dates_it(nlp: Any) -> None:
    sentence = (
        "Scholz met Mr. Biden once before the election, flying to Washington on Feb. 9 for a "
        "working dinner at the White House."
    )
    meeting = next(f for f in frames(nlp, sentence) if f.trigger == "met")
    assert [sentence[s:e] for s, e in meeting.date_spans] == ["Feb. 9"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tinubu later conferred the national honour of the Order of the Niger on the visiting "
        "prime minister.",
        "President Ruto conferred on Mr. Abiy the Order of the Golden Heart, the highest honour.",
        "Mr. Abiy was conferred with the Order of the Golden Heart at State House.",
    ],
)
def test_conferring_an_honour_is_no_meeting(nlp: Any, sentence: str) -> None:
    assert not [f for f in frames(nlp, sentence) if f.trigger.startswith("confer")]


def test_conferring_with_someone_is_a_meeting(nlp: Any) -> None:
    meeting = only(frames(nlp, "Ruto conferred with Abiy in Nairobi on Friday."), EventType.CONSULT)
    assert meeting.trigger == "conferred"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chief Adviser recalled his meeting with Prime Minister Shehbaz Sharif in Cairo.",
        # The parser makes "recalled" share the clause of "Bangladesh wanted": a country is
        # never "his", so the pronoun is the speaker's.
        "The Chief Adviser said Bangladesh wanted good ties and recalled his meeting with "
        "Prime Minister Shehbaz Sharif in Cairo.",
    ],
)
def test_a_possessive_in_the_object_is_the_clause_subject(nlp: Any, sentence: str) -> None:
    meeting = only(frames(nlp, sentence), EventType.CONSULT)
    assert [a.text for a in meeting.actors if a.role == "source"] == ["The Chief Adviser"]


def test_a_possessive_after_a_pronoun_subject_stays_a_pronoun(nlp: Any) -> None:
    meeting = only(
        frames(nlp, "He recalled his meeting with Prime Minister Shehbaz Sharif in Cairo."),
        EventType.CONSULT,
    )
    assert [a.kind for a in meeting.actors if a.role == "source"] == ["pronoun"]


@pytest.mark.parametrize(
    ("sentence", "chairs"),
    [
        (
            "The joint summit of the two blocs, held in Arusha, was co-chaired by President "
            "William Ruto, the bloc's chairperson, and Zimbabwe's President Emmerson Mnangagwa, "
            "who chairs the other bloc.",
            ["William Ruto", "Emmerson Mnangagwa"],
        ),
        (
            "The meeting is co-chaired by the President of the European Council, Charles Michel, "
            "and the Prime Minister of Barbados, Mia Mottley, who holds the rotating presidency.",
            ["Charles Michel", "Mia Mottley"],
        ),
    ],
)
def test_who_chaired_a_gathering_took_part_in_it(
    nlp: Any, sentence: str, chairs: list[str]
) -> None:
    meeting = only(frames(nlp, sentence), EventType.CONSULT)
    people = [a.text for a in meeting.actors if a.kind == "person"]
    assert people == chairs


def test_when_a_recalled_meeting_was_dates_it(nlp: Any) -> None:
    sentence = (
        "The Chief Adviser recalled his meeting with Prime Minister Shehbaz Sharif in Cairo in "
        "December on the sidelines of the D-8 summit."
    )
    meeting = only(frames(nlp, sentence), EventType.CONSULT)
    assert [sentence[a:b] for a, b in meeting.date_spans] == ["December"]
    # Whoever discussed a meeting did so at another time than the meeting.
    discussed = "The ministers discussed the summit in Cairo on Tuesday."
    assert not [f.date_spans for f in frames(nlp, discussed) if f.date_spans]


def test_the_day_a_stay_of_several_days_ended_does_not_date_its_talks(nlp: Any) -> None:
    sentence = (
        "President Ruto left Addis Ababa on Sunday, wrapping up a three-day visit to Ethiopia."
    )
    [visit] = [f for f in frames(nlp, sentence) if f.trigger == "visit"]
    assert visit.date_spans == []
    # A one-day visit ends the day it is held.
    sentence = "President Ruto concluded a one-day visit to Ethiopia on Sunday."
    [visit] = [f for f in frames(nlp, sentence) if f.trigger == "visit"]
    assert [sentence[a:b] for a, b in visit.date_spans] == ["Sunday"]


def test_a_clause_a_day_after_the_main_verb_shares_its_subject_not_its_place(nlp: Any) -> None:
    sentence = (
        "Tokayev arrived in Samarkand on Thursday evening, a day after hosting Chinese "
        "President Xi Jinping in Astana."
    )
    [hosting] = [f for f in frames(nlp, sentence) if f.trigger == "hosting"]
    assert [a.text for a in hosting.actors if a.kind == "person"] == ["Tokayev", "Xi Jinping"]
    assert [p.text for p in hosting.places] == ["Astana"]


def test_support_a_bare_office_reiterates_stays_the_speaker_s(nlp: Any) -> None:
    # "The President" may be either side's; "his" finds the speaker the report is about.
    sentence = (
        "The President also reiterated his support for the bid by Tanzania to host the summit."
    )
    support = only(frames(nlp, sentence), EventType.SUPPORT)
    assert "pronoun" in [a.kind for a in support.actors if a.role == "source"]


def test_speaking_to_a_named_person_is_a_conversation(nlp: Any) -> None:
    meeting = only(
        frames(nlp, "Ramaphosa had spoken to Kagame about the fighting on Tuesday."),
        EventType.CONSULT,
    )
    assert [a.text for a in meeting.actors] == ["Ramaphosa", "Kagame"]
    assert not [
        f for f in frames(nlp, "Ramaphosa spoke to reporters in Pretoria on Tuesday.") if f.actors
    ]


def test_the_country_in_a_title_is_no_place(nlp: Any) -> None:
    sentence = "Ramaphosa had spoken to DRC President Felix Tshisekedi on Tuesday."
    meeting = only(frames(nlp, sentence), EventType.CONSULT)
    assert meeting.places == []


def test_earlier_in_the_day_dates_the_verb_it_follows(nlp: Any) -> None:
    sentence = (
        "In a statement on Tuesday evening, the Presidency said Ramaphosa had spoken to Kagame "
        "earlier in the day."
    )
    meeting = only(frames(nlp, sentence), EventType.CONSULT)
    assert [sentence[a:b] for a, b in meeting.date_spans] == ["the day"]


def test_the_time_of_the_setting_on_whose_fringes_they_met_dates_the_meeting(nlp: Any) -> None:
    sentence = (
        "Ishiba, who took office in October, held his first talks with Anwar on the fringes of "
        "the summits in Vientiane that month."
    )
    meeting = only(frames(nlp, sentence), EventType.CONSULT)
    assert [sentence[a:b] for a, b in meeting.date_spans] == ["that month"]


def test_who_says_so_at_the_end_after_a_form_of_address_is_no_party(nlp: Any) -> None:
    sentence = (
        "The two sides also agreed to hold the next session of the Joint Commission early next "
        "year, Mr Onanuga said."
    )
    agreement = only(frames(nlp, sentence), EventType.AGREE)
    assert "Onanuga" not in [a.text for a in agreement.actors]


def test_a_surname_with_an_apostrophe_is_part_of_the_name(nlp: Any) -> None:
    sentence = "Mr Singh and the late President Umaru Musa Yar'Adua held talks in Abuja in 2007."
    meeting = only(frames(nlp, sentence), EventType.CONSULT)
    assert "Umaru Musa Yar'Adua" in [a.text for a in meeting.actors]


def test_a_thing_agreed_by_unnamed_parties_is_no_agreement_of_the_clause(nlp: Any) -> None:
    sentence = (
        "Prabowo praised Anwar's leadership, calling the ceasefire agreed in Putrajaya a proud "
        "moment for the region."
    )
    assert not [f for f in frames(nlp, sentence) if f.type == EventType.AGREE]


def test_a_declaration_signed_by_named_parties_is_their_agreement(nlp: Any) -> None:
    sentence = "The declaration signed by Anutin and Hun Manet was welcomed by the region."
    agreement = only(frames(nlp, sentence), EventType.AGREE)
    assert [a.text for a in agreement.actors] == ["Anutin", "Hun Manet"]


def test_a_part_of_a_weekday_dates_the_call(nlp: Any) -> None:
    sentence = "Anwar said he had spoken to Prabowo by phone on Sunday night about the border."
    call = only(frames(nlp, sentence), EventType.CONSULT)
    assert [sentence[a:b] for a, b in call.date_spans] == ["Sunday night"]


def test_a_country_at_the_end_of_a_longer_name_is_no_party(nlp: Any) -> None:
    sentence = (
        "The three leaders agreed to share the groundwater of the North-Western Sahara Aquifer "
        "System."
    )
    agreement = only(frames(nlp, sentence), EventType.AGREE)
    assert not [a for a in agreement.actors if a.kind == "country"]


def test_who_speaks_after_talks_held_them(nlp: Any) -> None:
    sentence = (
        "Borrell flew to Tehran on June 25 and, after talks with Foreign Minister Hossein "
        "Amir-Abdollahian, announced that the negotiations would resume."
    )
    [talks] = [f for f in frames(nlp, sentence) if f.trigger == "talks"]
    assert [a.text for a in talks.actors if a.kind == "person"] == [
        "Borrell",
        "Hossein Amir-Abdollahian",
    ]
    # Whoever reports that others met is still no party.
    reported = "The ministry announced that Lavrov held talks with Wang in Beijing."
    [held] = [f for f in frames(nlp, reported) if f.type == EventType.CONSULT]
    assert [a.text for a in held.actors if a.kind == "person"] == ["Lavrov", "Wang"]


def test_what_someone_is_to_do_is_planned(nlp: Any) -> None:
    sentence = "On Saturday, Wang is to co-chair the annual strategic dialogue with Bonne."
    meeting = only(frames(nlp, sentence), EventType.CONSULT)
    assert meeting.status == Status.PLANNED


def test_a_meeting_that_preceded_something_on_a_day_is_on_that_day(nlp: Any) -> None:
    sentence = (
        "The Session was preceded on Monday by a ministerial meeting co-chaired by Minister "
        "Ronald Lamola and his Nigerian counterpart."
    )
    meeting = only(frames(nlp, sentence), EventType.CONSULT)
    assert [sentence[a:b] for a, b in meeting.date_spans] == ["Monday"]


def test_meetings_a_visit_included_are_the_visitor_s(nlp: Any) -> None:
    sentence = (
        "President Lula returned to Brasilia on Saturday after a four-day state visit to China "
        "that included meetings with President Xi Jinping."
    )
    [meetings] = [f for f in frames(nlp, sentence) if f.trigger == "meetings"]
    assert [a.text for a in meetings.actors] == ["Lula", "Xi Jinping"]


def test_a_when_clause_after_a_visit_is_placed_where_the_visit_went(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Rinkevics recalled that he had invited the Moldovan government to Riga during his "
        "visit to Vilnius on May 3, when he held talks with President Gitanas Nauseda.",
    )
    held = next(f for f in found if f.trigger == "held")
    assert [p.text for p in held.places] == ["Vilnius"]
    visit = next(f for f in found if f.trigger == "visit")
    assert "Vilnius" not in {a.text for a in visit.actors}


def test_whoever_is_present_at_a_reception_is_no_side(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "TASHKENT, June 3 - President Shavkat Mirziyoyev received on Monday the Tajik Prime "
        "Minister Kokhir Rasulzoda, in the presence of Prime Minister Abdulla Aripov.",
    )
    names = {a.text for a in only(found, EventType.CONSULT).actors}
    assert "Kokhir Rasulzoda" in names
    assert "Abdulla Aripov" not in names


def test_a_guest_the_parser_hangs_on_the_day_of_a_reception_is_received(nlp: Any) -> None:
    # "received on Thursday Kyrgyz Prime Minister Adylbek Kasymaliev", parsed with the
    # guest under "on".
    words = ["Tokayev", "received", "on", "Thursday", "Prime", "Minister", "Adylbek", "Kasymaliev"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 2, 5, 3, 7, 2],
        deps=["nsubj", "ROOT", "prep", "pobj", "compound", "appos", "compound", "pobj"],
        ents=["B-PERSON", "O", "O", "B-DATE", "O", "O", "B-PERSON", "I-PERSON"],
    )
    assert _person_object(doc[2])
    words = ["Tokayev", "spoke", "on", "Thursday", "in", "Astana"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 2, 1, 4],
        deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"],
        ents=["B-PERSON", "O", "O", "B-DATE", "O", "B-GPE"],
    )
    assert not _person_object(doc[2])


def test_people_listed_after_the_first_are_no_title_of_it(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Presidential Council head Mohamed Menfi, House of Representatives Speaker Aghila Saleh "
        "and High State Council head Mohamed Takala agreed today in Cairo on the necessity of "
        "forming a unified government.",
    )
    agreed = only(found, EventType.AGREE)
    assert {a.text for a in agreed.actors} >= {"Aghila Saleh", "Mohamed Takala"}
    menfi = next(a for a in agreed.actors if a.text == "Mohamed Menfi")
    assert menfi.title == "Presidential Council head"


def test_the_situation_in_a_country_is_no_place_of_the_talks(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "On the sidelines of that meeting, Foreign Minister Ayman Safadi held talks with his "
        "Iraqi counterpart Fuad Hussein on bilateral relations and the situation in Syria.",
    )
    assert only(found, EventType.CONSULT).places == []


def test_a_gathering_chaired_is_where_the_clause_on_it_says_it_was_hosted(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "President William Ruto today chaired the Summit of the East African Community, which "
        "Kenya hosted in Nairobi to discuss ways to end the fighting.",
    )
    chaired = next(f for f in found if f.trigger == "chaired")
    assert "Nairobi" in [p.text for p in chaired.places]


def test_everyone_a_list_of_names_goes_on_to_name_was_met(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Prime Minister Anwar Ibrahim returned to Kuala Lumpur on Sunday after a five-day "
        "official visit to China that included meetings with President Xi Jinping, Premier Li "
        "Qiang and the chairman of the National People's Congress, Zhao Leji.",
    )
    met = next(f for f in found if f.trigger == "meetings")
    assert {a.text for a in met.actors if a.role == "target"} >= {
        "Xi Jinping",
        "Li Qiang",
        "Zhao Leji",
    }
    found = body_frames(
        nlp,
        "The minister's schedule looked routine: talks with his Kazakh counterpart Murat "
        "Nurtleu, a visa waiver for diplomats, and a call on President Kassym-Jomart Tokayev.",
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert "Kassym-Jomart Tokayev" not in {a.text for a in talks.actors}


def test_the_names_counterparts_go_on_to_list_were_met(nlp: Any) -> None:
    # The parser hangs the names on the verb and the model tags two of them as bodies.
    found = body_frames(
        nlp,
        "Deputy Prime Minister Catalin Predoiu took part on Friday, in Budapest, in a meeting "
        "with his Hungarian, Austrian and Bulgarian counterparts, Sándor Pintér, Gerhard "
        "Karner and Atanas Ilkov.",
    )
    met = next(f for f in found if f.trigger == "meeting")
    assert {a.text for a in met.actors if a.role == "target"} >= {
        "Sándor Pintér",
        "Gerhard Karner",
        "Atanas Ilkov",
    }


def test_what_was_confirmed_at_a_meeting_on_a_day_dates_the_meeting(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "On May 4, he met with Serbian Foreign Minister Marko Djuric to discuss practical "
        "issues of bilateral cooperation, focusing on the implementation of the agreements "
        "confirmed by President Vladimir Putin and President Aleksandar Vucic at their meeting "
        "in Moscow on October 17.",
    )
    meeting = next(f for f in found if f.trigger == "meeting")
    start, end = meeting.date_spans[0]
    assert meeting.sentence.text[start:end] == "October 17"


def test_a_blessing_on_the_king_makes_his_talks_no_possibility(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "His Majesty King Mohammed VI, may God assist Him, held talks today at the Royal Palace "
        "in Fez with the President of the Republic of Senegal, His Excellency Mr. Bassirou "
        "Diomaye Faye.",
    )
    assert only(found, EventType.CONSULT).status == Status.OCCURRED


def test_a_visiting_guest_s_city_places_the_meeting(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "President Shavkat Mirziyoyev met with visiting Turkish Foreign Minister Hakan Fidan "
        "in Tashkent on Thursday.",
    )
    assert [p.text for p in only(found, EventType.CONSULT).places] == ["Tashkent"]
    # Visiting a place before the meeting is another occasion.
    found = body_frames(nlp, "Prior to visiting Kenya, Blinken met with Fidan.")
    assert only(found, EventType.CONSULT).places == []


def test_a_gathering_the_talks_came_ahead_of_is_no_party(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Prime Minister Shehbaz Sharif met with President Ilham Aliyev in Baku on Monday, with "
        "both leaders vowing to deepen trade ties ahead of the Economic Cooperation "
        "Organization summit in Khankendi.",
    )
    met = next(f for f in found if f.trigger == "met")
    assert not [a for a in met.actors if a.kind == "organization"]


def test_the_two_standing_alone_as_subject_are_who_met(nlp: Any) -> None:
    found = body_frames(
        nlp, "The two met for an hour at the presidential palace, a day before the summit."
    )
    met = next(f for f in found if f.trigger == "met")
    assert [(a.text, a.kind) for a in met.actors] == [("The two", "group")]
    found = body_frames(nlp, "Relations between the two have improved since their meeting.")
    # "the two" after "between" is no subject; "their meeting" is the meeting of those two.
    assert [a.text for f in found for a in f.actors if a.kind == "group"] == ["their"]


def test_what_a_meeting_is_said_to_be_places_and_dates_it(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Their only talks with Chancellor Olaf Scholz were a brief meeting on the sidelines of "
        "the NATO summit in Vilnius in July 2023.",
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert "Vilnius" in [p.text for p in talks.places]
    assert days_of(talks) == ["July 2023"]


def test_an_encounter_between_two_leaders_is_a_meeting(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The talks were the first since the encounter between Ruto and Museveni in Entebbe in May.",
    )
    encounter = next(f for f in found if f.trigger == "encounter")
    assert {a.text for a in encounter.actors} == {"Ruto", "Museveni"}
    assert not [
        f
        for f in body_frames(nlp, "Two soldiers died in an encounter with militants.")
        if f.trigger == "encounter"
    ]


def test_who_arrived_and_was_received_is_a_side_of_the_reception(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "President Gabriel Boric arrived in Lima this Monday morning for an official visit and "
        "was received in the afternoon by President Dina Boluarte at the Government Palace.",
    )
    received = next(f for f in found if f.trigger == "received")
    assert {a.text for a in received.actors} >= {"Gabriel Boric", "Dina Boluarte"}
    assert days_of(received) == ["Monday"]


def test_a_counted_pair_that_spoke_held_a_conversation(nlp: Any) -> None:
    found = body_frames(nlp, "According to the palace, the two presidents spoke for an hour.")
    spoke = only(found, EventType.CONSULT)
    assert [a.kind for a in spoke.actors] == ["group"]


@pytest.mark.parametrize(
    "text",
    [
        "The president had arrived in Dakar on Sunday evening and was received at the airport "
        "by Prime Minister Ousmane Sonko.",
        "Erdogan arrived in Dakar on Thursday afternoon and was met at the airport by Prime "
        "Minister Ousmane Sonko.",
        # Welcomed where the guest arrived, by the host's household.
        "Herzog arrived in the San Damaso courtyard shortly before 10 am, where he was "
        "welcomed by the Regent of the Papal Household, Archbishop Leonardo Sapienza.",
    ],
)
def test_a_welcome_at_the_airport_is_no_meeting(nlp: Any, text: str) -> None:
    assert not [f for f in body_frames(nlp, text) if f.type == EventType.CONSULT]


def test_meeting_someone_at_an_airport_hotel_is_a_meeting(nlp: Any) -> None:
    found = body_frames(nlp, "Erdogan met Sonko at the airport hotel for talks.")
    assert "Sonko" in {a.text for a in only(found, EventType.CONSULT).actors}


def test_a_trip_that_dates_back_is_dated_and_joined_by_who_was_there_then(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "His last trip to Senegal dates back to March 2019, when he and the president opened "
        "the new port in Ndayane.",
    )
    trip = next(f for f in found if f.trigger == "trip")
    assert days_of(trip) == ["March 2019"]
    assert {a.text for a in trip.actors} == {"His", "the president"}


def test_a_town_before_a_gathering_places_what_was_held_on_its_margins(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The premier said she held a short meeting with President Ruto on the margins of the "
        "Kampala talks.",
    )
    meeting = only(found, EventType.CONSULT)
    assert [p.text for p in meeting.places] == ["Kampala"]
    assert not [a for a in meeting.actors if a.kind == "country"]


def test_a_meeting_held_as_the_host_spoke_is_dated_by_the_speaking(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Prime Minister Mark Carney yesterday said the region must act as he hosted European "
        "leaders and President Volodymyr Zelensky for talks in Ottawa.",
    )
    hosted = next(f for f in found if f.trigger == "hosted")
    assert days_of(hosted) == ["yesterday"]


def test_talks_where_a_gathering_was_held_are_where_the_trip_for_it_went(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Mr. Sullivan was back in Malta in September for the meeting of national security "
        "advisers of the Group of Seven, where he held talks with Mr. Wang on the sidelines.",
    )
    held = next(f for f in found if f.trigger == "held")
    assert "Malta" in [p.text for p in held.places]


def test_two_people_who_talked_held_talks(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "On Thursday, Chancellor Olaf Scholz and President Andrzej Duda talked for two hours.",
    )
    talked = only(found, EventType.CONSULT)
    assert talked.trigger == "talked"
    assert {a.text for a in talked.actors} == {"Olaf Scholz", "Andrzej Duda"}


def test_who_held_hours_of_talks_held_the_talks(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "On Friday, Paulo Mendes held about four hours of talks with Amina Okafor at the foreign "
        "ministry.",
    )
    talks = only(found, EventType.CONSULT)
    assert {(a.text, a.role) for a in talks.actors} == {
        ("Paulo Mendes", "source"),
        ("Amina Okafor", "target"),
    }


def test_a_meeting_in_a_when_clause_on_a_companion_is_dated_by_the_journey(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "She first travelled to Kyiv on May 3 last year with Josep Borrell, when the two "
        "toured Irpin and met Zelensky.",
    )
    met = next(f for f in found if f.trigger == "met")
    assert days_of(met) == ["May 3 last year"]


def test_a_numbered_occasion_measured_from_is_not_the_one_reported(nlp: Any) -> None:
    # "the first since the 12th summit", with "summit" the object of "since": an earlier
    # occasion, not the summit the report has just told.
    words = ["the", "first", "since", "the", "12th", "summit"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 5, 5, 2],
        deps=["det", "ROOT", "prep", "det", "amod", "pobj"],
        pos=["DET", "ADJ", "ADP", "DET", "ADJ", "NOUN"],
        lemmas=["the", "first", "since", "the", "12th", "summit"],
        ents=["O", "O", "O", "O", "B-ORDINAL", "O"],
    )
    assert not _is_anaphoric(doc[5], [])
    # Without its number, "since the summit" may be the one told.
    assert _is_anaphoric(
        Doc(
            nlp.vocab,
            words=["since", "the", "summit"],
            heads=[0, 2, 0],
            deps=["ROOT", "det", "pobj"],
            pos=["ADP", "DET", "NOUN"],
        )[2],
        [],
    )


def test_a_meeting_hosted_by_a_third_leader_is_placed_and_dated_by_the_hosting(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The bloc welcomed the meeting between President Ilham Aliyev of Azerbaijan and Prime "
        "Minister Nikol Pashinyan of Armenia hosted by President Emmanuel Macron in Paris on "
        "5 October.",
    )
    meeting = next(f for f in found if f.trigger == "meeting")
    assert [p.text for p in meeting.places] == ["Paris"]
    assert days_of(meeting) == ["5 October"]


def test_a_meeting_convened_by_two_hosts_is_placed_by_the_place_hung_on_the_second(
    nlp: Any,
) -> None:
    found = body_frames(
        nlp,
        "She had also taken part in the Canada-Caribbean Leaders Meeting convened by Prime "
        "Minister Justin Trudeau and Jamaica Prime Minister Andrew Holness in Kingston on June 8, "
        "where they discussed debt.",
    )
    meeting = next(f for f in found if f.trigger == "Meeting")
    assert [p.text for p in meeting.places] == ["Kingston"]


def test_talks_that_open_with_a_meal_are_placed_where_the_meal_was(nlp: Any) -> None:
    found = body_frames(nlp, "The summit began on Sunday with a banquet at a Cairo hotel.")
    summit = next(f for f in found if f.trigger == "summit")
    assert [p.text for p in summit.places] == ["Cairo"]


def test_a_meeting_joined_after_talks_on_a_day_is_on_that_day(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Scholz arrived in Delhi from Jakarta, where he held talks with Widodo on Sunday and "
        "then joined a three-way meeting with Widodo and Australian Prime Minister Anthony "
        "Albanese on the margins of the summit.",
    )
    meeting = next(f for f in found if f.trigger == "meeting")
    assert days_of(meeting) == ["Sunday"]


def test_whom_the_subject_joined_for_a_meeting_took_part(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "On Tuesday, Rubio joined Iwaya, India's S Jaishankar and Australia's Penny Wong for a "
        "meeting of Quad foreign ministers in Washington.",
    )
    meeting = only(found, EventType.CONSULT)
    assert {"Iwaya", "S Jaishankar", "Penny Wong"} <= {a.text for a in meeting.actors}


def test_a_guest_received_for_a_meeting_is_received_on_the_meeting_s_day(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "President Prabowo Subianto received Australian Prime Minister Anthony Albanese for a "
        "bilateral meeting at the Merdeka Palace in Jakarta on Thursday afternoon, ahead of the "
        "forum.",
    )
    received = next(f for f in found if f.trigger == "received")
    assert days_of(received) == ["Thursday"]


def test_whom_a_gathering_was_held_with_took_part(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The previous summit, the 27th, was held in Tokyo on 12 May 2021 with Yoshihide Suga, "
        "Charles Michel and Ursula von der Leyen.",
    )
    summit = only(found, EventType.CONSULT)
    assert {"Yoshihide Suga", "Charles Michel", "Ursula von der Leyen"} <= {
        a.text for a in summit.actors
    }


def test_the_day_of_an_occasion_measured_from_does_not_date_the_meeting(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "President Mahamat Deby was the first foreign leader to meet Doumbouya after the "
        "September 5 coup, officials said.",
    )
    meet = next(f for f in found if f.trigger == "meet")
    assert not meet.date_spans


def test_a_place_hung_on_who_led_the_delegation_is_the_meeting_s(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "On Monday, Museveni met the Sudanese delegation, led by Foreign Minister Ali "
        "Youssef, at State House, Entebbe, where the envoys delivered a message from Burhan.",
    )
    met = next(f for f in found if f.trigger == "met")
    assert "State House" in [p.text for p in met.places]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "The rapprochement started in June 2022, when Chancellor Olaf Scholz travelled to "
            "Kyiv for talks with President Volodymyr Zelensky.",
            "talks",
            "June 2022",
        ),
        (
            "It will be the first meeting of the three ministers since the sixth round in "
            "Tehran on June 4, 2022, when then Foreign Minister Hossein Amir-Abdollahian "
            "hosted Turkey's Mevlut Cavusoglu and Lavrov.",
            "hosted",
            "June 4, 2022",
        ),
    ],
)
def test_a_when_clause_is_dated_by_the_time_it_follows(
    nlp: Any, text: str, trigger: str, day: str
) -> None:
    [meeting] = [f for f in body_frames(nlp, text) if f.trigger == trigger]
    assert [text[s:e] for s, e in meeting.date_spans] == [day]


def test_one_named_leader_speaking_with_another_is_a_conversation(nlp: Any) -> None:
    meeting = only(
        body_frames(nlp, "Rutte spoke with Polish President Andrzej Duda on Friday afternoon."),
        EventType.CONSULT,
    )
    assert meeting.trigger == "spoke"


def test_speaking_with_reporters_is_no_conversation(nlp: Any) -> None:
    found = body_frames(nlp, "Rutte spoke with reporters on Friday afternoon.")
    assert [f for f in found if f.type == EventType.CONSULT] == []


def test_the_same_day_opening_a_sentence_dates_its_meeting(nlp: Any) -> None:
    text = "The same day Erdoğan had his first face-to-face meeting with Mitsotakis."
    [meeting] = [f for f in body_frames(nlp, text) if f.type == EventType.CONSULT]
    assert [text[s:e] for s, e in meeting.date_spans] == ["The same day"]


def test_whom_a_working_lunch_was_held_with_took_part(nlp: Any) -> None:
    lunch = only(
        body_frames(
            nlp,
            "Minister Motegi held a working lunch with the Honorable Marco Rubio, Secretary of "
            "State of the United States of America.",
        ),
        EventType.CONSULT,
    )
    assert [(a.text, a.role) for a in lunch.actors if a.kind == "person"] == [
        ("Motegi", "source"),
        ("Marco Rubio", "target"),
    ]


def test_a_style_of_address_is_no_party_of_its_own(nlp: Any) -> None:
    talks = only(
        body_frames(nlp, "Iwaya held talks with the Honorable Antony Blinken."),
        EventType.CONSULT,
    )
    assert [a.text for a in talks.actors] == ["Iwaya", "Antony Blinken"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The meeting was the first since the fifth round in Geneva, Switzerland, in March "
            "2021, when then foreign minister Sergei Lavrov hosted Wang Yi and Mevlut Cavusoglu.",
            "Geneva",
        ),
        (
            "It will be the first meeting of the three ministers since the sixth round in "
            "Tehran on June 4, 2022, when then Foreign Minister Hossein Amir-Abdollahian "
            "hosted Turkey's Mevlut Cavusoglu and Lavrov.",
            "Tehran",
        ),
        (
            "The forum grew out of the first Aqaba meeting, held at Wadi Rum in southern Jordan "
            "in March 2021, when then-Jordanian Foreign Minister Ayman Safadi hosted U.S. "
            "Secretary of State Antony Blinken.",
            "Wadi Rum",
        ),
    ],
)
def test_a_when_clause_is_placed_where_the_occasion_it_follows_was(
    nlp: Any, text: str, place: str
) -> None:
    [meeting] = [f for f in body_frames(nlp, text) if f.trigger == "hosted"]
    assert [p.text for p in meeting.places][:1] == [place]


def test_whom_a_meeting_was_for_responding_to_is_no_party(nlp: Any) -> None:
    [meeting] = [
        f
        for f in body_frames(
            nlp,
            "Before the Cairo summit, Ramaphosa had joined King Abdullah II of Jordan and Gulf "
            "leaders for a consultative meeting in Riyadh on 9 March to coordinate a common "
            "answer to US President Donald Trump's plan to take over Gaza.",
        )
        if f.trigger == "meeting"
    ]
    assert "Donald Trump" not in [a.text for a in meeting.actors]


def test_who_took_part_in_a_meeting_held_with_their_participation(nlp: Any) -> None:
    meeting = only(
        body_frames(
            nlp,
            "The second meeting of the forum was held in Tashkent on Monday with the "
            "participation of Kazakh President Kassym-Jomart Tokayev and Kyrgyz President "
            "Sadyr Japarov.",
        ),
        EventType.CONSULT,
    )
    assert {a.text for a in meeting.actors if a.kind == "person"} == {
        "Kassym-Jomart Tokayev",
        "Sadyr Japarov",
    }


def test_whom_a_relative_clause_hosted_is_its_guest(nlp: Any) -> None:
    [visit] = [
        f
        for f in body_frames(
            nlp,
            "Macron said Canada's Prime Minister Mark Carney, whom he hosted at the Elysee on "
            "Monday, had made the same point.",
        )
        if f.trigger == "hosted"
    ]
    assert ("Mark Carney", "target") in [(a.text, a.role) for a in visit.actors]


@pytest.mark.parametrize(
    ("sentence", "meetings"),
    [
        (
            "Kenya has a new defence partner after William Ruto and Felix Tshisekedi signed a "
            "security pact in Nairobi today.",
            1,
        ),
        (
            "Mr Ruto said the pact gave force to the communique he and Mr Museveni signed at "
            "State House in Entebbe in March.",
            1,
        ),
        (
            "President William Ruto arrived in Kampala on Monday for a two-day visit, signing a "
            "raft of agreements with President Yoweri Museveni.",
            1,
        ),
        # Signed with no place told: perhaps apart, each in their own capital.
        ("William Ruto and Felix Tshisekedi signed the security pact on Monday.", 0),
        # A meeting of its own in the sentence: no second one.
        ("Ruto met Museveni in Entebbe and the two signed a border protocol.", 1),
        # Signed by someone who is not named as a person: no meeting told.
        (
            "The foreign ministers of the three countries, Mudavadi, Odongo and Tax, then "
            "signed a memorandum on the corridor.",
            0,
        ),
    ],
)
def test_two_people_who_sign_together_met(nlp: Any, sentence: str, meetings: int) -> None:
    found = [f for f in body_frames(nlp, sentence) if f.type == EventType.CONSULT]
    assert len([f for f in found if len({a.text for a in f.actors}) >= 2]) == meetings


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # A pledge of support is support stated now.
        ("Ruto said Kenya will firmly support Somalia in restoring its security.", "occurred"),
        (
            "We will continue to support Ukraine's bid to join the Union, Frederiksen said.",
            "occurred",
        ),
        # Unless what is backed goes unsaid, or the subject is a plan, not a party.
        ("South Africa will back it in every forum, the minister said.", "planned"),
        (
            "The two leaders launched a fund, which will support projects in Mozambique.",
            "planned",
        ),
        ("Kenya will not support the plan, Ruto said.", "negated"),
    ],
)
def test_a_pledge_of_support_is_support_stated_now(nlp: Any, sentence: str, status: str) -> None:
    support = only(body_frames(nlp, sentence), EventType.SUPPORT)
    assert support.status.value == status


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Sharif expressed appreciation for Qatar's mediation between the two sides.", "Qatar"),
        ("Ruto expressed Kenya's solidarity with Somalia after the attack.", "Somalia"),
    ],
)
def test_appreciation_and_solidarity_are_support(nlp: Any, sentence: str, target: str) -> None:
    frame = only(body_frames(nlp, sentence), EventType.SUPPORT)
    assert target in [a.text for a in frame.actors if a.role == "target"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Dlamini spoke to his Kenyan counterpart Musalia Mudavadi on Sunday.",
        "Minister Dlamini spoke with her counterpart, Musalia Mudavadi, on Sunday.",
    ],
)
def test_speaking_to_ones_counterpart_is_a_consultation(nlp: Any, sentence: str) -> None:
    frame = only(body_frames(nlp, sentence), EventType.CONSULT)
    assert {a.text for a in frame.actors if a.kind == "person"} == {"Dlamini", "Musalia Mudavadi"}


def test_speaking_to_ones_supporters_is_no_consultation(nlp: Any) -> None:
    found = body_frames(nlp, "Minister Dlamini spoke to his supporters in Durban on Sunday.")
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_a_blessing_after_a_name_is_no_party_nor_the_main_verb(nlp: Any) -> None:
    text = (
        "His Majesty King Mohammed VI, may God assist Him, held talks on Tuesday in Rabat with "
        "President Bola Tinubu of Nigeria."
    )
    talks = only(body_frames(nlp, text), EventType.CONSULT)
    assert [a.text for a in talks.actors if a.kind != "country"] == [
        "King Mohammed VI",
        "Bola Tinubu",
    ]
    assert [text[a:b] for a, b in talks.date_spans] == ["Tuesday"]


def test_talks_held_after_the_day_and_the_place_are_the_holders(nlp: Any) -> None:
    text = (
        "President Tebboune held on Sunday at the El Mouradia Palace in Algiers talks with "
        "Italian Prime Minister Giorgia Meloni."
    )
    talks = only(body_frames(nlp, text), EventType.CONSULT)
    assert [a.text for a in talks.actors if a.role == "source"] == ["Tebboune"]
    assert [text[a:b] for a, b in talks.date_spans] == ["Sunday"]


def test_relations_with_a_body_listed_as_a_topic_are_no_party(nlp: Any) -> None:
    talks = only(
        body_frames(
            nlp,
            "Ms Wong and Mr Mudavadi also held an in-depth exchange on questions of common "
            "interest, including the relations of Kenya with the BRICS grouping.",
        ),
        EventType.CONSULT,
    )
    assert [a.text for a in talks.actors] == ["Ms Wong", "Mudavadi"]
    leaders = only(
        body_frames(nlp, "Ruto held talks with several leaders, including Macron and Scholz."),
        EventType.CONSULT,
    )
    assert [a.text for a in leaders.actors] == ["Ruto", "Macron", "Scholz"]


def test_speaking_highly_of_something_is_praise(nlp: Any) -> None:
    found = body_frames(
        nlp, "Minister Fidan spoke highly of the peace platform initiated by President Tokayev."
    )
    praise = only(found, EventType.SUPPORT)
    assert not [f for f in found if f.type == EventType.CONSULT]
    assert [a.text for a in praise.actors if a.role == "source"] == ["Fidan"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Guinea's Prime Minister, Maj.-Gen. Amadou Bah, met Mahama in Accra on 16 January "
            "with a message from the Guinean leader.",
            "Accra",
        ),
        (
            "President Mahama recalled that when President Faye visited Accra in May, the two "
            "leaders had spoken at length.",
            "Accra",
        ),
    ],
)
def test_a_town_the_model_tags_as_nothing_is_still_where_they_met(
    nlp: Any, text: str, town: str
) -> None:
    meeting = only(body_frames(nlp, text), EventType.CONSULT)
    assert [p.text for p in meeting.places] == [town]


def test_a_day_tagged_with_the_adverb_before_it_dates_the_call(nlp: Any) -> None:
    text = (
        "General Sanou had a telephone conversation early this Tuesday morning with President "
        "Putin, the presidency announced."
    )
    call = only(body_frames(nlp, text), EventType.CONSULT)
    assert [text[s:e] for s, e in call.date_spans] == ["early this Tuesday"]


def test_what_is_recalled_as_done_was_done(nlp: Any) -> None:
    text = (
        "It is to be recalled that Egypt's foreign minister and the intelligence chief were "
        "received by President Ruto last month and conveyed a message from President Sisi."
    )
    assert only(body_frames(nlp, text), EventType.CONSULT).status == Status.OCCURRED


def test_talks_during_a_visit_told_by_its_date_are_of_its_day_and_place(nlp: Any) -> None:
    text = (
        "He then reported on his friendship and working visit to Lome on 12 June, during "
        "which he held talks with President Faure Gnassingbe."
    )
    talks = only(body_frames(nlp, text), EventType.CONSULT)
    assert [text[s:e] for s, e in talks.date_spans] == ["12 June"]
    assert [p.text for p in talks.places] == ["Lome"]


def test_those_alongside_the_subject_at_a_summit_take_part(nlp: Any) -> None:
    text = (
        "The President of Faso, Captain Ibrahim TRAORE, took part on Saturday in Niamey in the "
        "first summit of the Alliance of Sahel States, alongside his Nigerien and Malian "
        "counterparts, General Abdourahamane TIANI and Colonel Assimi GOITA."
    )
    summit = only(body_frames(nlp, text), EventType.CONSULT)
    people = {a.text for a in summit.actors if a.kind == "person"}
    assert {"Ibrahim TRAORE", "Abdourahamane TIANI", "Assimi GOITA"} <= people


def test_a_day_hung_on_the_place_s_preposition_dates_the_meeting(nlp: Any) -> None:
    text = (
        "At the third informal meeting of Nordic prime ministers, in Reykjavik on 14 May "
        "2023, Frederiksen, Store and Kristersson signed a declaration on energy."
    )
    meeting = next(f for f in body_frames(nlp, text) if f.trigger == "meeting")
    assert [text[s:e] for s, e in meeting.date_spans] == ["14 May 2023"]


@pytest.mark.parametrize(
    ("clause", "placed"),
    [
        # "Lam met Kim, who pledged to increase aid to Vietnam": what the counterpart did.
        (["pledged", "to", "increase", "aid"], []),
        # "Lam met Kim, who was on a visit to Vietnam": where the counterpart was.
        (["was", "on", "a", "visit"], ["Vietnam"]),
    ],
)
def test_a_place_in_what_the_counterpart_did_does_not_place_the_meeting(
    nlp: Any, clause: list[str], placed: list[str]
) -> None:
    words = ["Lam", "met", "Kim", ",", "who", *clause, "to", "Vietnam"]
    if clause[0] == "pledged":
        heads = [1, 1, 1, 2, 5, 2, 7, 5, 7, 8, 9]
        deps = ["aux", "xcomp", "dobj"]
        pos = ["VERB", "PART", "VERB", "NOUN"]
        lemmas = ["pledge", "to", "increase", "aid"]
    else:
        heads = [1, 1, 1, 2, 5, 2, 5, 8, 6, 8, 9]
        deps = ["prep", "det", "pobj"]
        pos = ["AUX", "ADP", "DET", "NOUN"]
        lemmas = ["be", "on", "a", "visit"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "relcl", *deps, "prep", "pobj"],
        pos=["PROPN", "VERB", "PROPN", "PUNCT", "PRON", *pos, "ADP", "PROPN"],
        lemmas=["Lam", "meet", "Kim", ",", "who", *lemmas, "to", "Vietnam"],
    )
    vietnam = doc[10]
    place = PlaceSpan(
        text="Vietnam", start=vietnam.idx, end=vietnam.idx + len("Vietnam"), preposition="to"
    )
    found = _connected_places(doc[1], [(place, doc[8])], 0)
    assert [p.text for p in found] == placed


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # What the sides of the meeting agreed to do names its topic.
        (
            "The ministers agreed to admit Greece as an extra-regional observer of the system.",
            ["The ministers"],
        ),
        # One party agreeing alone: whom it concerns is kept.
        ("Ethiopia has agreed to re-open its borders to UN peacekeepers.", ["Ethiopia", "UN"]),
    ],
)
def test_what_the_sides_agreed_to_do_names_no_party(nlp: Any, text: str, named: list[str]) -> None:
    agreement = only(body_frames(nlp, text), EventType.AGREE)
    assert [a.text for a in agreement.actors] == named


def test_a_gathering_chaired_by_one_and_hosted_by_another_is_dated_by_the_hosting(
    nlp: Any,
) -> None:
    text = (
        "Macron had been in Tirana once before, for the EU-Western Balkans summit chaired by "
        "Charles Michel and hosted by Prime Minister Rama on 6 December last year."
    )
    [summit] = [f for f in body_frames(nlp, text) if f.trigger == "summit"]
    start = text.index("6 December")
    assert summit.date_spans == [(start, start + len("6 December last year"))]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # The stop of a trip the parser hangs far below the trip.
        (
            "It comes after the trip on Sunday of the EU envoy, Miroslav Lajčák, to Pristina, "
            "where he met Prime Minister Kurti.",
            "Sunday",
        ),
        # The setting of a where-clause's verb.
        (
            "Brnabić said on Monday in Tirana, where she represented Serbia at the tenth summit "
            "of the Berlin Process, that Belgrade remains committed.",
            "Monday",
        ),
    ],
)
def test_a_where_clause_without_a_day_of_its_own_is_dated_by_what_it_hangs_on(
    nlp: Any, text: str, day: str
) -> None:
    [meeting] = [f for f in body_frames(nlp, text) if f.trigger in ("met", "summit")]
    start = text.index(day)
    assert meeting.date_spans == [(start, start + len(day))]


def test_what_a_relation_goes_back_to_is_dated_by_the_going_back(nlp: Any) -> None:
    text = (
        "Their friendship goes back to the Brdo-Brijuni summit in Skopje in May 2022, the first "
        "they both attended."
    )
    [summit] = [f for f in body_frames(nlp, text) if f.trigger == "summit"]
    start = text.index("May 2022")
    assert summit.date_spans == [(start, start + len("May 2022"))]


def test_whom_a_relative_clause_receives_is_the_person_it_is_about(nlp: Any) -> None:
    text = (
        "The forum was opened by Prime Minister Edi Rama, whom Chancellor Scholz had received "
        "at the Chancellery in Berlin in March."
    )
    [received] = [f for f in body_frames(nlp, text) if f.trigger == "received"]
    assert {(a.text, a.role) for a in received.actors} == {
        ("Edi Rama", "target"),
        ("Scholz", "source"),
    }


def test_a_meeting_facilitated_with_two_leaders_is_theirs_on_the_facilitating_day(
    nlp: Any,
) -> None:
    text = (
        "Josep Borrell today facilitated a high-level meeting of the Dialogue in Brussels "
        "with Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti."
    )
    [meeting] = [f for f in body_frames(nlp, text) if f.trigger == "meeting"]
    named = {a.text for a in meeting.actors if a.kind == "person"}
    assert {"Aleksandar Vučić", "Albin Kurti"} <= named
    start = text.index("today")
    assert meeting.date_spans == [(start, start + len("today"))]


def test_a_meeting_judged_is_with_whom_the_judging_names(nlp: Any) -> None:
    text = (
        "Chilean President Gabriel Boric described as historic his first official meeting "
        "this Friday with his Peruvian counterpart Dina Boluarte, held in the border city of "
        "Tacna."
    )
    [meeting] = [f for f in body_frames(nlp, text) if f.trigger == "meeting"]
    assert "Dina Boluarte" in {a.text for a in meeting.actors if a.role == "target"}


def test_a_day_the_parser_hangs_on_the_guest_dates_the_welcome(nlp: Any) -> None:
    text = (
        "French President Emmanuel Macron welcomed German Chancellor Friedrich Merz on "
        "Thursday evening to the Fort de Brégançon, the presidential summer retreat, for a "
        "private dinner."
    )
    meeting = only(body_frames(nlp, text), EventType.CONSULT)
    assert [text[s:e] for s, e in meeting.date_spans] == ["Thursday"]


def test_a_day_hung_on_the_guest_named_after_the_office_dates_the_welcome(nlp: Any) -> None:
    text = (
        "President Luis Arce received his Peruvian counterpart, Dina Boluarte, this Thursday "
        "at the Government Palace."
    )
    meeting = only(body_frames(nlp, text), EventType.CONSULT)
    assert [text[s:e] for s, e in meeting.date_spans] == ["this Thursday"]


def test_a_date_the_parser_splits_between_the_visit_and_the_verb_dates_the_visit(
    nlp: Any,
) -> None:
    text = (
        '"President Lula\'s visit to Lima in March last year gave our ties new momentum," '
        "Boluarte said."
    )
    [visit] = [f for f in body_frames(nlp, text) if f.trigger == "visit"]
    assert [text[s:e] for s, e in visit.date_spans] == ["March last year"]


def test_a_summit_the_meeting_comes_ahead_of_neither_places_nor_dates_it(nlp: Any) -> None:
    meeting = only(
        [
            f
            for f in body_frames(
                nlp,
                "Albanese meets NATO Secretary General Mark Rutte ahead of next month's "
                "alliance summit in Vilnius.",
            )
            if f.status == Status.OCCURRED
        ],
        EventType.CONSULT,
    )
    assert meeting.places == []
    assert meeting.dates_only_in_asides


@pytest.mark.parametrize(
    "text",
    [
        "On Monday evening, Scholz had dined in Shanghai with the city's party chief, Chen Jining.",
        "His first trip abroad took him to Paris, where he lunched with Emmanuel Macron at the "
        "Élysée.",
        "Albanese breakfasted with Luxon in Wellington before the leaders' meeting.",
    ],
)
def test_a_meal_with_someone_is_a_meeting(nlp: Any, text: str) -> None:
    assert any(
        f.type == EventType.CONSULT and f.trigger.startswith(("dined", "lunched", "breakfasted"))
        for f in body_frames(nlp, text)
    )


def test_a_meal_alone_is_no_meeting(nlp: Any) -> None:
    # Guard: without "with", a meal is no meeting.
    assert body_frames(nlp, "The delegation dined at a restaurant in the old town.") == []


def test_a_day_the_parser_hangs_on_the_subject_dates_its_verb(nlp: Any) -> None:
    text = (
        "Foreign Minister Jeppe Kofod (S) on Tuesday signed a memorandum in Nuuk with the "
        "chairman of Naalakkersuisut, Múte B. Egede."
    )
    agreement = only(body_frames(nlp, text), EventType.AGREE)
    assert [text[s:e] for s, e in agreement.date_spans] == ["Tuesday"]


def test_co_chairing_a_council_of_ministers_is_a_meeting(nlp: Any) -> None:
    meeting = only(
        body_frames(
            nlp,
            "Prime Minister Pedro Sánchez and Prime Minister Giorgia Meloni co-chaired the "
            "first Italian-Spanish Council of Ministers in Rome on Thursday.",
        ),
        EventType.CONSULT,
    )
    assert meeting.trigger == "co-chaired"


def test_their_after_a_group_of_people_is_that_group_s(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Earlier today, the Prime Minister joined the Nordic prime ministers for their annual "
        "summer meeting in Reykjavik.",
    )
    assert all(a.text != "their" for f in found for a in f.actors)


def test_joining_others_for_their_meeting_dates_the_meeting(nlp: Any) -> None:
    text = (
        "On Monday the Prime Minister joined the Nordic prime ministers for their meeting in "
        "Reykjavik."
    )
    meeting = only(body_frames(nlp, text), EventType.CONSULT)
    assert [text[s:e] for s, e in meeting.date_spans] == ["Monday"]


def test_accepting_an_invitation_is_no_agreement(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Foreign secretary Vikram Misri said Modi had accepted Muizzu's invitation to visit "
        "the Maldives, with dates to be worked out.",
    )
    assert all(f.type != EventType.AGREE for f in found)


def test_a_meal_with_someone_named_by_its_noun_is_a_meeting(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Scholz came to Paris instead on 26 October for a three-hour lunch with Macron at the "
        "Élysée.",
    )
    assert any(f.type == EventType.CONSULT and f.trigger == "lunch" for f in found)
    # Guard: a meal with no one it is with is no meeting.
    found = body_frames(nlp, "The ministers then attended a lunch hosted by the city.")
    assert not any(f.trigger == "lunch" for f in found)


def test_a_trigger_further_off_with_nobody_of_its_own_lends_no_day(nlp: Any) -> None:
    text = (
        "The analyst believes the strategic consultation is of great importance as the visit "
        "paves the way for a possible meeting between the heads of state in October."
    )
    found = [f for f in body_frames(nlp, text) if f.trigger == "consultation"]
    assert found and all(not f.date_spans for f in found)


def test_a_spouse_named_beside_the_guest_is_no_side(nlp: Any) -> None:
    found = frames(
        nlp,
        "President Lula hosted a state banquet for the visiting chancellor and his wife, "
        "Britta, on Monday night.",
        index=3,
    )
    meeting = only(found, EventType.CONSULT)
    assert "Britta" not in {a.text for a in meeting.actors}
    found = frames(nlp, "Prabowo received Albanese and his wife Jodie at the palace.", index=3)
    names = {a.text for a in only(found, EventType.CONSULT).actors}
    assert "Albanese" in names and not any("Jodie" in n for n in names)
    found = frames(
        nlp, "Mr Lula hosted a small lunch for Mr Modi and his partner Anna Rao on Friday.", index=3
    )
    names = {a.text for a in only(found, EventType.CONSULT).actors}
    assert "Modi" in names and "Anna Rao" not in names
    # A partner qualified by a country is a counterpart.
    found = frames(nlp, "Wang Yi met his Russian partner, Sergei Lavrov, in Beijing.", index=3)
    assert "Sergei Lavrov" in {a.text for a in only(found, EventType.CONSULT).actors}
    # A wife named as a party of her own still is one.
    found = frames(nlp, "Jill Biden met Brigitte Macron at the Elysee on Friday.", index=3)
    assert {"Jill Biden", "Brigitte Macron"} <= {
        a.text for a in only(found, EventType.CONSULT).actors
    }


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The ministers prepared the summit between Japan and ASEAN that Tokyo will host "
            "in December.",
            Status.PLANNED,
        ),
        ("Both sides discussed the talks that will be held in Doha next week.", Status.PLANNED),
        ("Both sides praised the talks that were held in Doha last week.", Status.OCCURRED),
    ],
)
def test_a_meeting_a_relative_clause_holds_later_is_planned(
    nlp: Any, sentence: str, status: Status
) -> None:
    [meeting] = [f for f in frames(nlp, sentence, index=3) if f.trigger in ("summit", "talks")]
    assert meeting.status == status


def test_hours_of_talks_are_dated_by_the_verb_that_holds_them(nlp: Any) -> None:
    text = "Lula and Petro wrapped up nearly three hours of talks in Leticia on Tuesday."
    meeting = only(frames(nlp, text, index=3), EventType.CONSULT)
    assert [text[s:e] for s, e in meeting.date_spans] == ["Tuesday"]


def test_a_day_the_meeting_came_before_does_not_date_it(nlp: Any) -> None:
    text = (
        "The last meeting of the two ministers before Thursday took place in Cairo on "
        "March 3, 2023, when Shoukry hosted Cohen."
    )
    [meeting] = [f for f in frames(nlp, text, index=3) if f.trigger == "meeting"]
    assert [text[s:e] for s, e in meeting.date_spans] == ["March 3, 2023"]


def test_who_gave_the_directives_and_the_guests_delegation_are_no_sides(nlp: Any) -> None:
    found = frames(
        nlp,
        "In implementation of the directives of King Salman, the Kingdom hosted today in "
        "Jeddah a meeting between the delegation of Ukraine, headed by Andriy Yermak, and the "
        "delegation of the United States, headed by Marco Rubio.",
        index=3,
    )
    [meeting] = [f for f in found if f.type == EventType.CONSULT]
    assert "King Salman" not in {a.text for a in meeting.actors}
    found = frames(
        nlp,
        "Crown Prince Mohammed bin Salman received at Al-Salam Palace in Jeddah yesterday the "
        "U.S. Secretary of State and his accompanying delegation.",
        index=3,
    )
    names = [a.text for a in only(found, EventType.CONSULT).actors]
    assert "U.S. Secretary" in names and "his" not in names


def test_a_countrys_office_without_a_name_is_a_guest(nlp: Any) -> None:
    found = frames(
        nlp, "Erdogan received the U.S. Secretary of State in Ankara on Friday.", index=3
    )
    names = {a.text for a in only(found, EventType.CONSULT).actors}
    assert {"Erdogan", "U.S. Secretary"} <= names


def test_a_meeting_told_where_a_call_was_made_from_is_its_own(nlp: Any) -> None:
    found = frames(
        nlp,
        "Sanchez spoke to Lula from Lisbon, where he had held talks with Prime Minister Luis "
        "Montenegro earlier in the day.",
        index=3,
    )
    by_trigger = {f.trigger: {a.text for a in f.actors} for f in found}
    assert "Luis Montenegro" not in by_trigger["spoke"]
    assert "Luis Montenegro" in by_trigger["held"]
    # A gathering keeps who met on its margins.
    found = frames(
        nlp,
        "Sheinbaum travelled to Tegucigalpa for the CELAC summit, where she held a bilateral "
        "meeting with Lula.",
        index=3,
    )
    assert any("Lula" in {a.text for a in f.actors} for f in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lula said his goal was to bring together Maduro and Petro in Brasilia.",
        "The aim is a meeting between Maduro and Petro before the end of the year.",
    ],
)
def test_a_meeting_someone_aims_at_is_not_held(nlp: Any, sentence: str) -> None:
    [meeting] = [f for f in frames(nlp, sentence, index=3) if f.type == EventType.CONSULT]
    assert meeting.status == Status.HYPOTHETICAL


def test_chairs_of_a_meeting_named_after_the_day_and_place(nlp: Any) -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Luis Montenegro "
        "co-chaired, on Wednesday in Faro, the 35th Spain-Portugal Summit, which ended with "
        "the signing of nine agreements."
    )
    found = frames(nlp, text, index=3)
    [meeting] = [f for f in found if f.trigger == "co-chaired"]
    assert {"Pedro Sanchez", "Luis Montenegro"} <= {a.text for a in meeting.actors}
    assert [text[s:e] for s, e in meeting.date_spans] == ["Wednesday"]


def test_a_participle_set_off_after_the_meeting_dates_and_places_it(nlp: Any) -> None:
    text = (
        "At the ninth meeting of the joint commission, held in Baku on 12 March, the two "
        "ministers agreed on a new timetable."
    )
    [meeting] = [f for f in frames(nlp, text, index=3) if f.trigger == "meeting"]
    assert [text[s:e] for s, e in meeting.date_spans] == ["12 March"]
    assert [p.text for p in meeting.places] == ["Baku"]


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        (
            "After arriving in Hanoi on Sunday, the Prime Minister held talks with To Lam.",
            ["Hanoi"],
        ),
        ("Within hours of landing in Osaka, Albanese sat down with Ishiba.", ["Osaka"]),
        # Where the guest came from is not where they met.
        ("After arriving from Paris, Modi met Biden.", []),
        # A place of the meeting's own wins.
        ("After arriving in Tokyo, Albanese met Ishiba in Osaka.", ["Osaka"]),
    ],
)
def test_where_the_holder_had_just_arrived_places_the_meeting(
    nlp: Any, sentence: str, places: list[str]
) -> None:
    meeting = only(frames(nlp, sentence, index=3), EventType.CONSULT)
    assert [p.text for p in meeting.places] == places


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The first casualty was Rubio's trip to Caracas, due in early March and later "
            "dropped from his schedule.",
            Status.PLANNED,
        ),
        ("He recalled Rubio's visit to Caracas, cancelled in March.", Status.NEGATED),
        # Said to have been held after all.
        ("Rubio's visit to Caracas, cancelled in March, was held in June.", Status.OCCURRED),
        (
            "The Brazilian leader was scheduled to fly home on Sunday after the summit wraps up.",
            Status.PLANNED,
        ),
    ],
)
def test_a_meeting_due_cancelled_or_timed_by_a_plan(
    nlp: Any, sentence: str, status: Status
) -> None:
    [meeting] = [f for f in frames(nlp, sentence, index=3) if f.type == EventType.CONSULT]
    assert meeting.status == status


def test_a_meeting_arrangements_are_made_for_is_planned(nlp: Any) -> None:
    found = frames(
        nlp,
        "Lula said on Monday he had begun arrangements for a meeting between Maduro and Petro.",
        index=3,
    )
    [meeting] = [f for f in found if f.trigger == "meeting"]
    assert meeting.status == Status.PLANNED


def test_a_meeting_told_again_with_its_own_time_is_its_own(nlp: Any) -> None:
    found = frames(
        nlp,
        "The two ministers recalled that they first met at the ASEAN Regional Forum in "
        "Vientiane in July 2024 and spoke again at the G20 Summit in Johannesburg last "
        "November.",
    )
    meetings = [f for f in found if f.type == EventType.CONSULT]
    text = meetings[0].sentence.text
    times = sorted(
        text[s - meetings[0].sentence.start : e - meetings[0].sentence.start]
        for f in meetings
        for s, e in f.date_spans
    )
    assert len(meetings) == 2
    assert times == ["July 2024", "last November"]
    # Guard: one meeting told by two verbs stays one.
    assert len(frames(nlp, "They met and held talks in Vientiane in July 2024.")) == 1


def test_counterparts_received_and_a_titled_guest_welcomed_are_meetings(nlp: Any) -> None:
    received = only(
        frames(
            nlp,
            "On Tuesday, the Italian foreign minister received his Spanish and Greek "
            "counterparts, José Manuel Albares and Giorgos Gerapetritis, at Villa Madama.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert {"José Manuel Albares", "Giorgos Gerapetritis"} <= {a.text for a in received.actors}
    welcomed = frames(
        nlp,
        "That morning, Olaf Scholz welcomed the new Dutch prime minister, Dick Schoof, to the "
        "Chancellery for a working lunch.",
        index=3,
    )
    assert [f.type for f in welcomed] == [EventType.CONSULT]
    assert {"Olaf Scholz", "Dick Schoof"} <= {a.text for a in welcomed[0].actors}


def test_gathering_named_people_is_a_meeting(nlp: Any) -> None:
    gathered = only(
        frames(
            nlp,
            "In March Tajani gathered Wadephul, Barrot and Sikorski in Rome for talks.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert {"Wadephul", "Barrot", "Sikorski", "Tajani"} <= {a.text for a in gathered.actors}
    assert frames(nlp, "The minister gathered reporters at the airport.", index=3) == []


def test_the_town_a_treaty_is_named_after_is_no_party(nlp: Any) -> None:
    signed = only(
        frames(nlp, "On Friday, Scholz and Tusk signed the Treaty of Nancy.", index=3),
        EventType.AGREE,
    )
    assert {a.text for a in signed.actors} == {"Scholz", "Tusk"}


def test_a_where_clause_on_a_place_hung_on_a_person_is_dated_by_the_verb(nlp: Any) -> None:
    text = (
        "The next day Macron, Merz and Tusk stood together with Zelensky in Kyiv, where the "
        "four agreed to demand a ceasefire."
    )
    agreed = only(frames(nlp, text, index=3), EventType.AGREE)
    assert [text[s:e] for s, e in agreed.date_spans] == ["The next day"]
    assert "the four" in {a.text for a in agreed.actors}


def test_talks_a_visitor_came_for_with_a_delegation_are_the_visitors(nlp: Any) -> None:
    talks = only(
        frames(
            nlp,
            "Pedro Sánchez came to Lisbon last October with a dozen ministers for talks with "
            "Montenegro and his cabinet.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert {a.text for a in talks.actors} == {"Pedro Sánchez", "Montenegro"}
    text = talks.sentence.text
    assert [text[s:e] for s, e in talks.date_spans] == ["last October"]


def test_two_nationalities_joined_before_consultations_are_the_sides(nlp: Any) -> None:
    found = only(
        frames(
            nlp,
            "The 12th Spanish-Portuguese intergovernmental consultations were held in Faro.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert [(a.text, a.kind) for a in found.actors] == [
        ("Spanish", "country"),
        ("Portuguese", "country"),
    ]
    # Guard: one of three, or a pair naming a border, is no side.
    three = frames(nlp, "The Turkmen-Azerbaijani-Turkish summit was held in Awaza.", index=3)
    assert all(a.kind != "country" for f in three for a in f.actors)


@pytest.mark.parametrize(
    "sentence",
    [
        "Boric attended the Ibero-American summit in Cuenca in November.",
        "Ruto flew to Addis Ababa for the Afro-Arab summit with the Gulf leaders.",
    ],
)
def test_a_region_joined_to_a_nationality_by_a_hyphen_names_no_country(
    nlp: Any, sentence: str
) -> None:
    found = only(frames(nlp, sentence, index=3), EventType.CONSULT)
    # "American" alone would be the United States; "Ibero-American" is a region's gathering.
    assert all(a.kind != "country" for a in found.actors)


def test_a_when_clause_on_the_margins_is_dated_by_the_verb_they_are_of(nlp: Any) -> None:
    text = (
        "The forum was launched last September in New York, on the margins of the UN General "
        "Assembly, when Ramaphosa and Lula convened a meeting on inequality."
    )
    meeting = only(frames(nlp, text, index=3), EventType.CONSULT)
    assert [text[s:e] for s, e in meeting.date_spans] == ["last September"]


def test_accession_and_membership_talks_are_a_process_not_a_meeting(nlp: Any) -> None:
    found = frames(
        nlp,
        "The ministry welcomed the formal opening of accession negotiations between the "
        "European Union and Moldova.",
        index=3,
    )
    assert not [f for f in found if f.type == EventType.CONSULT]
    blocked = frames(nlp, "Sofia's veto has blocked EU membership talks with Skopje.", index=3)
    assert not [f for f in blocked if f.type == EventType.CONSULT]
    # Guard: talks held on accession are a meeting.
    held = frames(nlp, "The two sides held talks on accession in Brussels.", index=3)
    assert [f.type for f in held] == [EventType.CONSULT]


def test_briefing_someone_by_telephone_is_a_call(nlp: Any) -> None:
    call = only(
        frames(nlp, "On Monday Xi briefed President Lula by telephone on the summit.", index=3),
        EventType.CONSULT,
    )
    assert call.mode == "phone"
    assert {a.text for a in call.actors} >= {"Xi", "Lula"}
    # Guard: briefing reporters is no call.
    assert frames(nlp, "The spokesman briefed reporters by phone.", index=3) == []


def test_a_day_hung_on_the_main_verb_after_a_clause_is_the_clause_s(nlp: Any) -> None:
    text = (
        "Xi arrived in Phnom Penh on Thursday after wrapping up a state visit to Vietnam, "
        "during which he held talks with To Lam, general secretary of the Communist Party of "
        "Vietnam Central Committee, in Hanoi on Wednesday."
    )
    held = [f for f in frames(nlp, text, index=3) if f.trigger == "held"]
    assert [[text[s:e] for s, e in f.date_spans] for f in held] == [["Wednesday"]]


def test_a_participle_the_parser_hangs_on_the_partner_places_and_dates_the_summit(
    nlp: Any,
) -> None:
    frame = only(
        frames(
            nlp,
            "Chancellor Friedrich Merz's first face-to-face meeting with U.S. President "
            "Donald Trump, held in the Oval Office on Thursday, went better than many in "
            "Berlin had feared.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert [p.text for p in frame.places] == ["Oval Office"]
    assert frame.date_spans


@pytest.mark.parametrize(
    "sentence",
    [
        "Sánchez's decision to stop in Lisbon first, for talks with Prime Minister Luís "
        "Montenegro on Friday, was well received.",
        "Sánchez's decision to travel to Lisbon for talks with Prime Minister Luís Montenegro "
        "on Friday was well received.",
    ],
)
def test_whose_decision_it_was_to_go_for_talks_holds_them(nlp: Any, sentence: str) -> None:
    frame = only(frames(nlp, sentence, index=3), EventType.CONSULT)
    assert {"Sánchez", "Luís Montenegro"} <= {a.text for a in frame.actors}
    assert [p.text for p in frame.places] == ["Lisbon"]


def test_the_owner_of_an_invitation_is_not_the_one_who_goes(nlp: Any) -> None:
    found = frames(nlp, "Xi's invitation to visit Beijing for talks with Wang Yi was accepted.")
    assert all("Xi" not in {a.text for a in f.actors} for f in found)


def test_a_gathering_in_a_present_when_clause_shares_the_tense_it_times(nlp: Any) -> None:
    found = frames(
        nlp,
        "An aide said Merz's successor was expected to hold talks with Tusk when the European "
        "Council meets in Brussels at the end of June.",
        index=3,
    )
    assert found
    assert all(f.status == Status.PLANNED for f in found)


def test_a_call_told_as_the_way_a_briefing_was_held_dates_it(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "Earlier, Foreign Minister Ishaq Dar briefed Chinese Foreign Minister Wang Yi on "
            "the situation in a telephone call on Sunday.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert frame.date_spans
    assert frame.mode == "phone"


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier on Friday, Lula met at the embassy with Jeff Bezos, the billionaire who "
        "founded Amazon, and with Mark Zuckerberg, the founder of Biden's favourite network.",
        "Earlier on Friday, Carney met at Blair House with Elon Musk, the billionaire leading "
        "Trump's cost-cutting Department of Government Efficiency.",
    ],
)
def test_whose_department_a_counterpart_leads_is_no_side(nlp: Any, sentence: str) -> None:
    found = frames(nlp, sentence, index=3)
    names = {a.text for f in found for a in f.actors}
    assert "Trump" not in names and "Biden" not in names
    assert "Department of Government Efficiency" not in names


def test_a_day_hung_on_the_auxiliary_dates_the_verb(nlp: Any) -> None:
    frame = only(
        frames(
            nlp, "Wong had on Tuesday spoken to UN Secretary-General Antonio Guterres.", index=3
        ),
        EventType.CONSULT,
    )
    assert frame.date_spans


def test_a_call_and_talks_on_other_days_are_two_occasions(nlp: Any) -> None:
    found = frames(
        nlp,
        "They spoke by phone on March 8, when Lula briefed Ramaphosa on the summit, and held "
        "talks in Brasilia on April 1 during a state visit.",
        index=3,
    )
    consults = [f for f in found if f.type == EventType.CONSULT]
    assert len(consults) == 2
    assert len({tuple(f.date_spans) for f in consults}) == 2


def test_he_in_a_clause_timing_the_main_one_is_its_subject(nlp: Any) -> None:
    found = frames(
        nlp,
        "The two presidents spoke by phone on March 3, and Foreign Minister Mauro Vieira "
        "prepared the visit when he met Wang Yi in Beijing in April.",
        index=3,
    )
    [met] = [f for f in found if f.trigger == "met"]
    assert {"Mauro Vieira", "Wang Yi"} <= {a.text for a in met.actors}
    assert all(a.kind != "pronoun" for a in met.actors)


def test_calling_on_with_on_read_as_a_particle_is_a_visit(nlp: Any) -> None:
    found = frames(
        nlp,
        "LONDON: Prime Minister Mark Carney on Thursday held talks with his British "
        "counterpart Keir Starmer at Chequers, the UK PM's country residence, where the two "
        "sides signed the long-awaited Canada-UK digital trade agreement, before calling on "
        "King Charles III at Sandringham in Norfolk.",
        index=1,
    )
    [call] = [f for f in found if f.trigger == "calling"]
    assert "King Charles III" in {a.text for a in call.actors}


def test_a_gathering_a_spokesman_welcomes_a_leader_to_is_still_to_come(nlp: Any) -> None:
    found = frames(
        nlp,
        "Brazil welcomes Chinese Premier Li Qiang to Brazil for the BRICS summit in Rio de "
        "Janeiro, foreign ministry spokeswoman Maria Laura da Rocha said on Friday.",
        index=3,
    )
    assert found
    assert all(f.status != Status.OCCURRED for f in found if f.type == EventType.CONSULT)


def test_a_country_welcoming_an_agreement_is_a_statement_made(nlp: Any) -> None:
    found = frames(nlp, "Brazil welcomes the agreement reached by Egypt and Qatar.", index=3)
    assert only(found, EventType.SUPPORT).status == Status.OCCURRED


@pytest.mark.parametrize(
    "text",
    [
        "In his opening speech, the Crown Prince welcomed the leaders to the Kingdom.",
        "Macron welcomed the delegations to Paris on Monday morning.",
        "The President warmly welcomed the distinguished guest and noted that the visit of the "
        "Prime Minister of Japan opens a new chapter in relations.",
    ],
)
def test_a_host_welcoming_guests_states_no_support(nlp: Any, text: str) -> None:
    assert not [f for f in frames(nlp, text, index=3) if f.type == EventType.SUPPORT]


def test_welcoming_what_leaders_decided_states_support(nlp: Any) -> None:
    found = frames(nlp, "Macron welcomed the leaders' decision to extend the truce.", index=3)
    assert only(found, EventType.SUPPORT).status == Status.OCCURRED


def test_a_meeting_that_took_place_on_the_margins_of_a_gathering_is_in_its_town(
    nlp: Any,
) -> None:
    found = frames(
        nlp,
        "Rishi Sunak's first face-to-face meeting with Micheál Martin took place on the "
        "fringes of the British-Irish Council in Blackpool in November 2022.",
        index=3,
    )
    meeting = only(found, EventType.CONSULT)
    assert [p.text for p in meeting.places] == ["Blackpool"]


def test_a_trip_set_after_the_travelling_has_its_day(nlp: Any) -> None:
    found = frames(
        nlp,
        "He travelled to Kyiv in July 2022, his first trip there as prime minister, before "
        "meeting Mr Zelensky in his fortified offices.",
        index=3,
    )
    trip = next(f for f in found if f.trigger == "trip")
    assert days_of(trip) == ["July 2022"]


def test_a_where_clause_hung_inside_a_venue_s_name_is_at_the_venue(nlp: Any) -> None:
    found = frames(
        nlp,
        "The Ukrainian president had gone to the Palace of the Parliament, where he met the "
        "president of the Senate, Nicolae Ciucă.",
        index=3,
    )
    met = only(found, EventType.CONSULT)
    assert [p.text for p in met.places] == ["Palace of the Parliament"]


def test_a_meeting_said_to_come_right_before_a_statement_is_of_its_day(nlp: Any) -> None:
    # "his" is the speaker's, a side already, not a third person.
    found = frames(
        nlp,
        "Ciolacu said on Friday after receiving his Bulgarian counterpart, Nikolai Denkov, at "
        "the palace.",
        index=3,
    )
    received = only(found, EventType.CONSULT)
    assert days_of(received) == ["Friday"]
    assert "his" not in {a.text for a in received.actors}


def test_who_chaired_a_gathering_in_a_clause_on_it_is_a_party(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "Lula attended the 17th BRICS Leaders' Meeting, which Ramaphosa chaired.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert {"Lula", "Ramaphosa"} <= {a.text for a in frame.actors}


def test_a_meeting_that_brought_together_two_leaders_has_them_both(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "The Sultan hosted at Al Alam Palace this morning a meeting that brought together "
            "HE President of the Republic of Kenya William Ruto and HE President of the "
            "Republic of Uganda Yoweri Museveni.",
            index=1,
        ),
        EventType.CONSULT,
    )
    assert {"William Ruto", "Yoweri Museveni"} <= {a.text for a in frame.actors}


def test_a_clause_on_a_meeting_about_a_topic_names_no_party(nlp: Any) -> None:
    frame = only(
        frames(nlp, "The emir hosted a meeting on Tuesday which discussed Kagame's plan.", index=3),
        EventType.CONSULT,
    )
    assert "Kagame" not in {a.text for a in frame.actors}


def test_who_speaks_after_talks_in_a_participle_held_them_that_day(nlp: Any) -> None:
    found = frames(
        nlp,
        "Finnish President Alexander Stubb, speaking in Warsaw on Friday after talks with "
        "Polish President Karol Nawrocki, said the border would stay closed.",
        index=3,
    )
    [talks] = [f for f in found if f.trigger == "talks"]
    assert {"Alexander Stubb", "Karol Nawrocki"} <= {a.text for a in talks.actors}
    assert talks.date_spans


def test_a_participle_at_a_gathering_does_not_make_its_speaker_a_party(nlp: Any) -> None:
    found = frames(
        nlp,
        "Stubb, speaking in Warsaw at the Three Seas summit, says the border stays closed.",
        index=3,
    )
    assert all("Stubb" not in {a.text for a in f.actors} for f in found)


def test_his_in_an_opening_phrase_on_arrival_is_the_subject(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "Upon his arrival in Valletta, Sikorski met his Maltese counterpart.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert all(a.kind != "pronoun" for a in frame.actors)


def test_his_in_an_adverb_phrase_on_a_visit_is_the_subject(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "Earlier in his visit, on March 4, the Secretary met with King Abdullah in Amman.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert all(a.kind != "pronoun" for a in frame.actors)


def test_the_two_leaders_also_talking_go_on_about_the_meeting_told(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "The two leaders also talked about the need for Juba to open a dialogue with the "
            "rebels.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert frame.anaphoric


def test_the_two_leaders_also_meeting_on_a_day_of_their_own_is_new(nlp: Any) -> None:
    frame = only(
        frames(nlp, "The two leaders also met in Juba on Friday.", index=3), EventType.CONSULT
    )
    assert not frame.anaphoric


def test_who_addressed_a_summit_was_at_it_that_day(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "Later on Thursday, Albanese addressed the ASEAN-Australia special summit in "
            "Melbourne, chaired by the Malaysian prime minister.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert "Albanese" in {a.text for a in frame.actors}
    assert frame.date_spans


def test_held_right_after_a_meeting_the_parser_cut_off_dates_it(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "Oman has welcomed the joint statement issued following the meeting between the "
            "delegations of the Republic of Armenia and Azerbaijan held yesterday in Abu Dhabi.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert frame.date_spans


def test_two_places_each_with_its_day_are_two_meetings(nlp: Any) -> None:
    found = frames(
        nlp,
        "Kushner saw Netanyahu in Jerusalem on 3 June and in Tel Aviv on 9 July.",
        index=3,
    )
    meetings = [f for f in found if f.type == EventType.CONSULT]
    assert [([p.text for p in f.places], len(f.date_spans)) for f in meetings] == [
        (["Jerusalem"], 1),
        (["Tel Aviv"], 1),
    ]


def test_one_place_on_two_days_stays_one_frame(nlp: Any) -> None:
    found = frames(nlp, "Kushner saw Netanyahu in Jerusalem on 3 June and 9 July.", index=3)
    assert len([f for f in found if f.type == EventType.CONSULT]) == 1


def test_a_second_verb_with_its_own_day_and_place_keeps_its_place(nlp: Any) -> None:
    found = frames(
        nlp,
        "He saw Netanyahu in Jerusalem on 3 June and in Tel Aviv on 9 July, and the next day "
        "sat with Mohammed bin Salman at the crown prince's palace in Jeddah.",
        index=3,
    )
    [sat] = [f for f in found if f.trigger == "sat"]
    text = sat.sentence.text
    assert [p.text for p in sat.places] == ["Jeddah"]
    # Its day counts from the day before it, which stays beside it.
    assert [text[s:e] for s, e in sat.date_spans][-1] == "the next day"
    assert "He" in {a.text for a in sat.actors}


def test_who_co_chaired_a_summit_someone_took_part_in_are_its_parties(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "Both had taken part in the joint summit in Nairobi last month, co-chaired by "
            "Angola's Joao Lourenco and Togo's Faure Gnassingbe.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert {"Joao Lourenco", "Faure Gnassingbe"} <= {a.text for a in frame.actors}


def test_who_leads_a_team_in_talks_is_in_them_on_the_day_of_the_clause(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "Andriy Yermak was back in the kingdom on 2 April, leading Ukraine's team in "
            "technical talks with American negotiators at a hotel in Jeddah.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert "Andriy Yermak" in {a.text for a in frame.actors}
    assert frame.date_spans


def test_a_place_the_sentence_denies_is_not_where_it_was(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "The first direct talks in two years, on 4 June, were held not in Doha but in "
            "Geneva, where the Swiss foreign minister opened the session.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert [p.text for p in frame.places] == ["Geneva"]


def test_a_host_sitting_two_ministers_down_together_meets_them(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "On 4 April, the Swiss hosts sat Ararat Mirzoyan and Jeyhun Bayramov down at a "
            "Geneva hotel.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert {"Ararat Mirzoyan", "Jeyhun Bayramov"} <= {a.text for a in frame.actors}


def test_sitting_down_on_a_bench_is_no_meeting(nlp: Any) -> None:
    assert not frames(nlp, "The minister sat down on a bench outside the palace.", index=3)


def test_a_where_clause_of_another_event_adds_no_one_to_whom_a_verb_met(nlp: Any) -> None:
    found = frames(
        nlp,
        "President Gustavo Petro met Chilean President Gabriel Boric and Uruguayan President "
        "Yamandu Orsi on the sidelines of the CELAC summit on Monday, where he signed the "
        "declaration together with Brazilian President Luiz Inacio Lula da Silva.",
        index=3,
    )
    [met] = [f for f in found if f.trigger == "met"]
    assert "Luiz Inacio Lula da Silva" not in {a.text for a in met.actors}
    assert {"Gabriel Boric", "Yamandu Orsi"} <= {a.text for a in met.actors}


def test_a_second_verb_in_a_town_of_its_own_is_not_in_the_first_town(nlp: Any) -> None:
    found = frames(
        nlp,
        "In Amman he held talks with Foreign Minister Ayman Safadi, and in the evening he met "
        "Lebanese Prime Minister Nawaf Salam in Beirut.",
        index=3,
    )
    [met] = [f for f in found if f.trigger == "met"]
    assert {p.text for p in met.places} == {"Beirut"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A Canada-EU-Ukraine meeting with Carney is expected in Brussels on Friday morning.",
        "Orban is expected at the EPC summit in Tirana at the end of May, the source said.",
        "I think peace will only come when President Trump and President Putin talk directly.",
        "Talks with the Kenyan and Ghanaian presidents were still expected later on Saturday.",
        "A meeting between Carney and Lula was expected in the evening, an aide said.",
    ],
)
def test_a_meeting_told_as_expected_or_in_a_clause_of_the_future_is_to_come(
    nlp: Any, sentence: str
) -> None:
    found = [f for f in frames(nlp, sentence, index=3) if f.type == EventType.CONSULT]
    assert found
    assert all(f.status == Status.PLANNED for f in found)


def test_a_meeting_said_to_be_possible_is_not_settled(nlp: Any) -> None:
    found = frames(
        nlp,
        "Lula will be in Caracas in March, where a new meeting with Maduro is possible.",
        index=3,
    )
    [meeting] = [f for f in found if f.trigger == "meeting"]
    assert meeting.status == Status.HYPOTHETICAL


def test_a_summit_left_on_a_day_was_on_that_day(nlp: Any) -> None:
    frame = only(
        body_frames(
            nlp,
            "Swedish PM Ulf Kristersson left the US-Nordic summit in Helsinki on Thursday "
            "sounding confident.",
        ),
        EventType.CONSULT,
    )
    assert days_of(frame) == ["Thursday"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Narendra Modi is likely to travel to Oslo in mid-May to attend the "
        "third India-Nordic Summit, people familiar with the planning said.",
        "Modi is unlikely to meet Putin on the sidelines.",
    ],
)
def test_a_meeting_told_as_likely_is_not_settled(nlp: Any, sentence: str) -> None:
    found = [f for f in frames(nlp, sentence, index=3) if f.type == EventType.CONSULT]
    assert found
    assert all(f.status == Status.HYPOTHETICAL for f in found)


def test_support_said_to_be_likely_is_stated(nlp: Any) -> None:
    found = frames(
        nlp, "He said he was likely to back Britain's agreement on the islands.", index=3
    )
    assert only(found, EventType.SUPPORT).status == Status.OCCURRED


def test_mediating_an_exchange_is_no_meeting_but_mediating_talks_is(nlp: Any) -> None:
    exchange = frames(
        nlp,
        "The UAE, which has mediated prisoner exchanges between Moscow and Kyiv, said so.",
        index=3,
    )
    assert not [f for f in exchange if f.trigger == "mediated"]
    talks = frames(
        nlp,
        "Foreign Minister Badr Albusaidi today mediated the fifth round of talks between Iran "
        "and the United States.",
        index=3,
    )
    assert [f for f in talks if f.trigger == "mediated"]


def test_leaders_gathered_around_a_guest_for_a_summit_meet_him_that_day(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "ASEAN leaders gathered around Anthony Albanese in Melbourne on Monday for the "
            "special summit between Australia and ASEAN.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert "Anthony Albanese" in {a.text for a in frame.actors}
    assert frame.date_spans


def test_a_meeting_hosted_after_its_day_and_venue_is_dated_and_placed_in_town(
    nlp: Any,
) -> None:
    frame = only(
        frames(
            nlp,
            "Under the directives of the Custodian of the Two Holy Mosques King Salman bin "
            "Abdulaziz Al Saud and His Royal Highness Prince Mohammed bin Salman bin Abdulaziz "
            "Al Saud, Crown Prince and Prime Minister, the Kingdom of Saudi Arabia hosted today "
            "at Al-Yamamah Palace in Riyadh a meeting between a delegation of the Republic of "
            "India and a delegation of the Islamic Republic of Pakistan.",
            index=1,
        ),
        EventType.CONSULT,
    )
    assert frame.date_spans
    assert "Riyadh" in {p.text for p in frame.places}


def test_who_attends_the_opening_of_a_gathering_is_at_it_on_that_day(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "Earlier on Wednesday, Ramaphosa and Tinubu attended the opening ceremony of the "
            "sixth ministerial meeting of the Africa-Nordic Forum at the convention centre.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert {"Ramaphosa", "Tinubu"} <= {a.text for a in frame.actors}
    assert frame.date_spans
    # A gathering named in full is one of its own, not the meeting told before.
    assert not frame.anaphoric


def test_attended_by_after_the_opening_of_a_gathering_names_who_was_there(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "Modi announced the fund at the opening of the third summit of the India-Pacific "
            "forum in Port Moresby, attended by Papua New Guinean Prime Minister James Marape "
            "and Fijian Prime Minister Sitiveni Rabuka.",
            index=3,
        ),
        EventType.CONSULT,
    )
    names = {a.text for a in frame.actors}
    assert {"Modi", "James Marape", "Sitiveni Rabuka"} <= names


def test_aides_at_the_opening_of_the_meeting_refer_back_to_it(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "Foreign Minister Ahmed Attaf and Interior Minister Brahim Merad attended the "
            "opening of the meeting.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert frame.anaphoric


@pytest.mark.parametrize(
    "sentence",
    [
        "Ramaphosa arrived in Johannesburg on Friday to attend the 15th BRICS Summit, which "
        "will be held on Tuesday and Wednesday.",
        "He phoned Erdogan to discuss the direct talks between Armenia and Azerbaijan that were "
        "about to open in Abu Dhabi.",
        "Aliyev and Pashinyan were about to meet in Abu Dhabi.",
    ],
)
def test_a_gathering_to_be_held_or_about_to_open_is_to_come(nlp: Any, sentence: str) -> None:
    found = [f for f in frames(nlp, sentence, index=3) if f.type == EventType.CONSULT]
    gatherings = [f for f in found if f.trigger.lower() in ("summit", "talks", "meet")]
    assert gatherings
    assert all(f.status == Status.PLANNED for f in gatherings)


def test_a_call_to_someone_is_a_phone_call_but_a_call_to_do_something_is_not(
    nlp: Any,
) -> None:
    frame = only(
        frames(
            nlp,
            "Sikorski followed up with a call to Jean-Noel Barrot on October 9.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert frame.mode == "phone"
    assert {"Sikorski", "Jean-Noel Barrot"} <= {a.text for a in frame.actors}
    appeal = frames(nlp, "Guterres renewed his call to Putin to end the war.", index=3)
    assert not [f for f in appeal if f.type == EventType.CONSULT]


def test_leaders_who_discussed_something_by_telephone_held_a_call(nlp: Any) -> None:
    frame = next(
        f
        for f in frames(
            nlp,
            "Erdogan and Macron discussed by telephone late on Tuesday the results of the talks "
            "Macron held in Kyiv with Zelensky.",
            index=1,
        )
        if f.trigger == "discussed"
    )
    assert frame.mode == "phone"
    assert {a.text for a in frame.actors} == {"Erdogan", "Macron"}
    assert frame.date_spans
    assert not [
        f
        for f in frames(nlp, "They discussed the phone call with Putin at length.", index=3)
        if f.trigger == "discussed"
    ]


def test_he_in_an_opening_clause_is_the_subject_named_after_it(nlp: Any) -> None:
    [met] = [
        f
        for f in frames(
            nlp,
            "Arriving from Ankara, where earlier on Tuesday he met President Erdogan, Starmer "
            "was greeted at the airport by the emir.",
            index=3,
        )
        if f.trigger == "met"
    ]
    kinds = {a.kind for a in met.actors}
    assert "pronoun" not in kinds
    assert {"Erdogan", "Starmer"} <= {a.text.split()[-1] for a in met.actors}


def test_a_leader_called_back_to_his_capital_held_no_call(nlp: Any) -> None:
    found = frames(
        nlp,
        "By Tuesday morning Macron had left, called back to Paris by the crisis between "
        "Armenia and Azerbaijan.",
        index=3,
    )
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_the_day_of_a_clause_just_before_the_meeting_is_the_meeting_s(nlp: Any) -> None:
    [sat] = [
        f
        for f in frames(
            nlp,
            "On Tuesday evening, soon after Air Force One landed in Ottawa, he sat down with "
            "Mark Carney and came away with a commitment.",
            index=3,
        )
        if f.trigger == "sat"
    ]
    assert sat.date_spans


def test_a_year_that_names_a_room_dates_nothing(nlp: Any) -> None:
    frame = only(
        frames(nlp, "Charles received Albanese in the 1844 Room at the palace.", index=3),
        EventType.CONSULT,
    )
    assert not frame.date_spans


def test_receiving_someone_s_predecessor_named_after_it_is_a_meeting_at_a_place(
    nlp: Any,
) -> None:
    [received] = [
        f
        for f in frames(
            nlp,
            "The visit comes a week after the King received Albanese's predecessor, Scott "
            "Morrison, at Balmoral on 3 September.",
            index=3,
        )
        if f.trigger == "received"
    ]
    assert "Scott Morrison" in {a.text for a in received.actors}
    assert "Balmoral" not in {a.text for a in received.actors}
    assert [p.text for p in received.places] == ["Balmoral"]


def test_their_first_meeting_since_in_a_past_report_is_held(nlp: Any) -> None:
    [meeting] = [
        f
        for f in frames(
            nlp,
            "President Lula and his Chilean counterpart Gabriel Boric on Monday agreed to appoint "
            "new trade envoys and restore regular consular services, in their first meeting "
            "since Boric took office in March.",
            index=1,
        )
        if f.trigger == "meeting"
    ]
    assert meeting.status == Status.OCCURRED
    [meet] = [
        f
        for f in frames(
            nlp, "Albanese and Prabowo agreed to meet in their first summit since 2019.", index=3
        )
        if f.trigger == "meet"
    ]
    assert meet.status != Status.OCCURRED


@pytest.mark.parametrize(
    "sentence",
    [
        "In Canberra on Thursday, he and Prime Minister Anthony Albanese witnessed the signing "
        "of three agreements.",
        "Lavrov and Wang Yi witnessed the exchange of documents in Beijing on Monday.",
    ],
)
def test_two_leaders_who_witnessed_a_signing_together_met(nlp: Any, sentence: str) -> None:
    [witnessed] = [f for f in frames(nlp, sentence, index=3) if f.trigger == "witnessed"]
    assert witnessed.type == EventType.CONSULT
    assert len(witnessed.actors) == 2
    assert witnessed.date_spans


def test_two_leaders_who_presided_over_a_signing_together_met(nlp: Any) -> None:
    sentence = (
        "On 14 March Ruto and President Samia Suluhu Hassan presided over the signing of a "
        "declaration and some twelve agreements."
    )
    [presided] = [f for f in frames(nlp, sentence, index=3) if f.trigger == "presided"]
    assert presided.type == EventType.CONSULT
    assert [a.text for a in presided.actors] == ["Ruto", "Samia Suluhu Hassan"]
    found = frames(nlp, "The president presided over a cabinet meeting on Monday.", index=3)
    assert not [f for f in found if f.trigger == "presided"]


def test_officials_witnessing_a_signing_is_no_meeting(nlp: Any) -> None:
    found = frames(nlp, "Officials from both ministries witnessed the signing.", index=3)
    assert not [f for f in found if f.trigger == "witnessed"]


def test_his_first_meeting_held_is_the_subject_s(nlp: Any) -> None:
    [held] = [
        f
        for f in frames(
            nlp,
            "On the sidelines, Meloni also met Emmanuel Macron and held her first meeting with "
            "Japanese Prime Minister Shigeru Ishiba.",
            index=3,
        )
        if f.trigger == "held"
    ]
    assert "pronoun" not in {a.kind for a in held.actors}


def test_a_relative_clause_with_a_day_of_its_own_keeps_it(nlp: Any) -> None:
    frame = next(
        f
        for f in frames(
            nlp,
            "The Prime Minister today concluded a working visit to Tokyo, during which he met "
            "Prime Minister Ishiba at the Kantei on Tuesday.",
            index=3,
        )
        if f.trigger == "met"
    )
    assert days_of(frame) == ["Tuesday"]
    kept = next(
        f
        for f in frames(
            nlp,
            "The previous summit took place in Quito on May 3, 2023, when Noboa and Boluarte "
            "signed a joint declaration after two years without a presidential meeting.",
            index=3,
        )
        if f.type == EventType.CONSULT
    )
    assert "May 3, 2023" in days_of(kept)


def test_who_took_part_in_a_meeting_in_a_which_clause_is_a_party(nlp: Any) -> None:
    frame = only(
        frames(
            nlp,
            "Ministers reviewed the follow-up to the Cairo summit between Sisi and Abbas, in "
            "which King Abdullah took part remotely.",
            index=3,
        ),
        EventType.CONSULT,
    )
    assert "King Abdullah" in {a.text for a in frame.actors} or "Abdullah" in {
        a.text for a in frame.actors
    }


def test_unnamed_officials_visiting_countries_is_no_meeting(nlp: Any) -> None:
    found = frames(
        nlp,
        "Australian officials have visited Chile, Peru and Colombia in recent months to promote "
        "exports.",
        index=3,
    )
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_he_in_a_with_whom_clause_is_who_held_the_meeting(nlp: Any) -> None:
    found = frames(
        nlp,
        "On the sidelines, Ramaphosa also met French President Emmanuel Macron, describing "
        'it as "always a delight to interact with my friend", and held his first meeting '
        "with South Korean President Lee Jae-myung, with whom he discussed shipbuilding, "
        "green hydrogen and trade.",
        index=3,
    )
    with_lee = [f for f in found if "Lee Jae-myung" in {a.text for a in f.actors}]
    assert with_lee
    for frame in with_lee:
        names = {a.text for a in frame.actors}
        assert "Ramaphosa" in names
        assert not names & {"he", "his", "Emmanuel Macron"}


def test_he_in_a_where_clause_after_a_trip_is_who_made_the_trip(nlp: Any) -> None:
    found = frames(
        nlp,
        "Before flying home, the Prime Minister visited Kenya yesterday, where he met "
        "President William Ruto in Mombasa.",
        index=3,
    )
    met = next(f for f in found if "William Ruto" in {a.text for a in f.actors})
    assert {a.text for a in met.actors} == {"the Prime Minister", "William Ruto"}


def test_his_visit_during_which_he_met_someone_is_no_other_side(nlp: Any) -> None:
    found = frames(
        nlp,
        "He met President William Ruto in Nairobi during his first official visit to Kenya.",
        index=3,
    )
    met = only(found, EventType.CONSULT)
    assert {a.text for a in met.actors} == {"He", "William Ruto"}


def test_lunch_with_someone_hung_on_the_verb_that_has_it_is_a_meeting(nlp: Any) -> None:
    found = frames(
        nlp,
        "Mr Li then had lunch at the Sydney Opera House with Senator Penny Wong and Trade "
        "Minister Don Farrell.",
        index=3,
    )
    lunch = only(found, EventType.CONSULT)
    assert {"Penny Wong", "Don Farrell"} <= {a.text for a in lunch.actors}


def test_the_first_visit_in_so_many_years_is_not_dated_by_the_count(nlp: Any) -> None:
    found = frames(
        nlp,
        "India's foreign minister has ended his first visit to Canada in seven years with a "
        "meeting with former prime minister Jean Chretien.",
        index=3,
    )
    assert found
    assert all(f.date_spans == [] for f in found)
    later = frames(nlp, "Modi will visit Ottawa in two weeks.", index=3)
    assert only(later, EventType.CONSULT).date_spans


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Before setting off on Saturday, she spoke by phone with President Lula.", "Saturday"),
        ("After arriving on Friday, Modi met President Lula.", "Friday"),
        # A day of the meeting's own outranks the going's.
        ("After arriving on Friday, Modi met President Lula on Saturday.", "Saturday"),
    ],
)
def test_the_going_told_first_dates_a_meeting_without_a_day(nlp: Any, text: str, day: str) -> None:
    found = only(frames(nlp, text, index=3), EventType.CONSULT)
    assert [text[s:e] for s, e in found.date_spans] == [day]


def test_a_visit_during_which_someone_hoped_to_sign_a_treaty_is_not_held(nlp: Any) -> None:
    found = frames(
        nlp,
        "Mr Carney said he hoped to sign the treaty during a visit to Mexico in January.",
        index=3,
    )
    visit = only(found, EventType.CONSULT)
    assert visit.status == Status.HYPOTHETICAL


def test_whom_a_clause_was_with_is_the_other_side_of_their_meeting(nlp: Any) -> None:
    found = frames(
        nlp,
        "Prime Minister Mark Carney says he raised the detention of Canadian citizens directly "
        "with Chinese Premier Li Qiang during their annual leaders' meeting in Beijing this "
        "morning.",
        index=3,
    )
    meeting = only(found, EventType.CONSULT)
    # ("he" is who says so.)
    assert {a.text for a in meeting.actors} == {"Mark Carney", "Li Qiang"}


def test_he_in_what_someone_said_is_who_said_it(nlp: Any) -> None:
    found = frames(
        nlp,
        "Speaking to reporters in a Bulldogs jersey, the prime minister said he had spent hours "
        "in meetings yesterday, starting with the annual leaders' meeting with Premier Li Qiang.",
        index=3,
    )
    meeting = next(f for f in found if "Li Qiang" in {a.text for a in f.actors})
    assert {a.text for a in meeting.actors} == {"the prime minister", "Li Qiang"}
    # In an agreement a bare office is not resolved: "he" stays, for the person followed.
    found = frames(
        nlp,
        "The Prime Minister said he and President Prabowo Subianto agreed on the approach at "
        "their annual consultation.",
        index=3,
    )
    agreed = only(found, EventType.AGREE)
    assert {a.text for a in agreed.actors} == {"he", "Prabowo Subianto"}


def test_someone_elses_visit_that_times_an_arrival_is_not_the_arrivals(nlp: Any) -> None:
    found = frames(
        nlp,
        "Albanese arrived in the Chinese capital days after French President Emmanuel "
        "Macron's state visit.",
        index=3,
    )
    visit = only(found, EventType.CONSULT)
    assert "Albanese" not in {a.text for a in visit.actors}


def test_a_day_told_after_a_during_which_clause_is_the_clauses(nlp: Any) -> None:
    # The parser hangs "yesterday" on "concluded".
    text = (
        "The President, Lula, today concluded a state visit to Paris, France, during which he "
        "met with the President of the French Republic, Emmanuel Macron, at the Elysee "
        "yesterday."
    )
    met = next(f for f in frames(nlp, text, index=3) if f.trigger == "met")
    assert [text[s:e] for s, e in met.date_spans] == ["yesterday"]


def test_a_day_hung_on_a_name_taken_for_a_verb_dates_the_call(nlp: Any) -> None:
    # The tagger takes "Andrii" for a verb and hangs "on Sunday" on it.
    text = (
        "Lula said he had spoken by phone with his Ukrainian counterpart Andrii Sybiha on "
        "Sunday to discuss the programme."
    )
    call = only(frames(nlp, text, index=3), EventType.CONSULT)
    assert [text[s:e] for s, e in call.date_spans] == ["Sunday"]


def test_whom_an_earlier_session_took_place_with_are_its_sides(nlp: Any) -> None:
    text = (
        "The previous, 12th summit took place in Granada in June 2022, with Rajoy and the then "
        "Moroccan Prime Minister Saad Eddine El Othmani, now a senator."
    )
    summit = only(frames(nlp, text, index=3), EventType.CONSULT)
    names = {a.text for a in summit.actors}
    assert any("Rajoy" in n for n in names) and "Saad Eddine El Othmani" in names


def test_who_took_part_in_a_session_that_took_place_with_their_participation(nlp: Any) -> None:
    text = (
        "The previous, sixth, ministerial meeting took place in Almaty in October 2021 with the "
        "participation of then-foreign ministers Mukhtar Tileuberdi and Ruslan Kazakbaev."
    )
    meeting = only(frames(nlp, text, index=3), EventType.CONSULT)
    assert {a.text for a in meeting.actors} == {"Mukhtar Tileuberdi", "Ruslan Kazakbaev"}


def test_a_later_leg_of_the_trip_lends_the_meeting_no_place(nlp: Any) -> None:
    found = frames(
        nlp,
        "He also held talks on Tuesday with Liu Jianchao before flying to Shanghai to visit "
        "Brazilian companies.",
        index=3,
    )
    talks = only(found, EventType.CONSULT)
    assert talks.places == []


@pytest.mark.parametrize(
    "text",
    [
        "Lula said a steady Brazil-China relationship meets the expectations of both peoples.",
        "Spain will meet NATO's new spending target by 2029, Sanchez told Rutte.",
    ],
)
def test_meeting_a_target_or_expectations_is_no_meeting(nlp: Any, text: str) -> None:
    assert not [f for f in frames(nlp, text, index=3) if f.type == EventType.CONSULT]


def test_meeting_someone_beside_commitments_the_parser_gives_the_verb_is_a_meeting(
    nlp: Any,
) -> None:
    # The parser makes "commitments" the object of "met".
    text = (
        "President Recep Tayyip Erdoğan met with U.S. President Joe Biden on Thursday on the "
        "sidelines of the G20 leaders' summit in the Indian capital, a day after Türkiye "
        "secured written commitments from Greece and Cyprus on its security concerns."
    )
    met = next(f for f in frames(nlp, text, index=3) if f.trigger == "met")
    assert "Joe Biden" in {a.text for a in met.actors}


def test_a_day_told_right_after_a_meetings_phrase_is_its_day(nlp: Any) -> None:
    # The parser hangs "in November" on "followed".
    text = (
        "The trip followed up on a meeting between Lula and Chinese President Xi Jinping in "
        "Lima in November."
    )
    # (The trip the meeting is followed up by is an occasion of its own.)
    found = frames(nlp, text, index=3)
    assert [f.trigger for f in found if f.type == EventType.CONSULT] == ["trip", "meeting"]
    meeting = next(f for f in found if f.trigger == "meeting")
    assert [text[s:e] for s, e in meeting.date_spans] == ["November"]


def test_a_meeting_where_a_flight_went_is_placed_there(nlp: Any) -> None:
    found = frames(nlp, "Lula flew to Paris on Monday, where he met Macron.", index=3)
    assert [p.text for p in only(found, EventType.CONSULT).places] == ["Paris"]


def test_the_opening_of_negotiations_between_a_bloc_and_a_country_is_no_meeting(
    nlp: Any,
) -> None:
    found = frames(
        nlp,
        "He defended the opening of negotiations between the EFTA and Indonesia, today the "
        "bloc's largest partner in the region.",
        index=3,
    )
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_a_town_set_off_after_a_gathering_is_where_it_was(nlp: Any) -> None:
    # The parser hangs "in Rio de Janeiro" on "returned", which places nothing.
    text = (
        "The prime minister returned to Ottawa early on Monday after a long day at the "
        "twentieth G20 Leaders' Summit, in Rio de Janeiro, his last trip abroad this year."
    )
    summit = next(f for f in frames(nlp, text, index=3) if f.trigger == "Summit")
    assert [p.text for p in summit.places] == ["Rio de Janeiro"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The talks with Prime Minister Narendra Modi were dropped for lack of time.", "negated"),
        ("Mexico dropped the talks with Modi after the row.", "negated"),
        # Dropping by is no dropping.
        ("The minister dropped by the talks between Xi and Lula.", "occurred"),
    ],
)
def test_talks_dropped_were_not_held(nlp: Any, sentence: str, status: str) -> None:
    assert only(frames(nlp, sentence, index=3), EventType.CONSULT).status == status


def test_she_spoke_with_a_named_leader_is_a_meeting(nlp: Any) -> None:
    text = "Minutes later she spoke with German Chancellor Olaf Scholz in the conference hall."
    meeting = only(frames(nlp, text, index=3), EventType.CONSULT)
    assert "Olaf Scholz" in {a.text for a in meeting.actors}


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        (
            "Prime Minister Mark Carney met Indian Prime Minister Narendra Modi for the first "
            "time on Tuesday.",
            ["Tuesday"],
        ),
        # How long since the last meeting is no day of this one.
        ("Modi met Xi for the first time since 2019 on Tuesday.", []),
    ],
)
def test_a_first_meeting_is_dated_by_the_day_hung_on_first_time(
    nlp: Any, sentence: str, days: list[str]
) -> None:
    meeting = only(frames(nlp, sentence, index=3), EventType.CONSULT)
    assert [sentence[s:e] for s, e in meeting.date_spans] == days


def test_a_call_between_the_two_leaders_is_a_phone_call(nlp: Any) -> None:
    text = "The tariff pause was agreed after a call between the two presidents in late February."
    call = only(frames(nlp, text, index=3), EventType.CONSULT)
    assert call.mode == "phone"
    assert [text[s:e] for s, e in call.date_spans] == ["late February"]


def test_a_meeting_of_a_body_is_dated_and_placed_by_the_participle_on_the_body(nlp: Any) -> None:
    # The parser hangs "held ..." on "Group".
    text = (
        "They also reviewed the results of the first meeting of the Security Cooperation Group, "
        "held on September 26 in Laredo, Texas."
    )
    meeting = only(frames(nlp, text, index=3), EventType.CONSULT)
    assert [text[s:e] for s, e in meeting.date_spans] == ["September 26"]
    assert "Laredo" in {p.text for p in meeting.places}


def test_the_subject_the_parser_gives_since_is_who_met(nlp: Any) -> None:
    # The parser takes "since" for a preposition with Blinken as its object and joins "met"
    # to "was".
    text = (
        "It was the first trip to Peru by a U.S. secretary of state since Antony Blinken, "
        "accompanied by Commerce Secretary Gina Raimondo, met then-President Pedro Castillo at "
        "the Government Palace in October 2022, during a regional tour."
    )
    found = frames(nlp, text, index=3)
    met = next(f for f in found if f.trigger == "met")
    assert {a.text for a in met.actors} >= {"Antony Blinken", "Pedro Castillo"}
    trip = next(f for f in found if f.trigger == "trip")
    # Whom the count runs from is not on the trip.
    assert "Antony Blinken" not in {a.text for a in trip.actors}


def test_a_second_going_with_its_verb_left_out_has_its_own_place_and_day(nlp: Any) -> None:
    text = (
        "He first went to Tokyo, where he held talks with Prime Minister Fumio Kishida on 16 "
        "May, and then to Seoul last week for talks with Yoon Suk Yeol."
    )
    talks = next(f for f in frames(nlp, text, index=3) if f.trigger == "talks")
    assert [p.text for p in talks.places] == ["Seoul"]
    assert [text[s:e] for s, e in talks.date_spans] == ["last week"]


def test_a_pair_naming_a_summit_is_not_where_it_was_held(nlp: Any) -> None:
    # The parser hangs "held at the White House" on "format".
    text = (
        "Later the same day, the President took part in the Central Asia - United States "
        'summit in the "C5+1" format, held at the White House with the participation of the '
        "Presidents of Kazakhstan and Tajikistan."
    )
    summit = next(f for f in frames(nlp, text, index=3) if f.trigger == "summit")
    assert [p.text for p in summit.places] == ["White House"]


def test_a_meeting_held_with_its_object_set_off_by_commas_is_dated_by_the_holding(
    nlp: Any,
) -> None:
    # The parser takes "the 7th meeting" for an adverb of "co-chaired".
    text = (
        "Last June, Vice-President Geraldo Alckmin and Vice-President Han Zheng co-chaired, "
        "in Beijing, the 7th meeting of the China-Brazil High-Level Commission of Concertation "
        "and Cooperation (COSBAN)."
    )
    meeting = only(frames(nlp, text, index=3), EventType.CONSULT)
    assert [text[s:e] for s, e in meeting.date_spans] == ["Last June"]


def test_an_occasion_of_two_others_named_is_not_the_subjects(nlp: Any) -> None:
    text = (
        "They spoke by phone last week, after the meeting in Jeddah on 11 March between "
        "Secretary Rubio and Foreign Minister Sybiha."
    )
    meeting = next(f for f in frames(nlp, text, index=3) if f.trigger == "meeting")
    assert {a.text for a in meeting.actors} == {"Rubio", "Sybiha"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Wang Yi came to Brussels on 2 July for the strategic dialogue with Kaja Kallas.",
            "occurred",
        ),
        ("The minister called for a political dialogue with Putin.", "hypothetical"),
    ],
)
def test_a_dialogue_with_someone_is_a_meeting(nlp: Any, text: str, status: str) -> None:
    dialogue = next(f for f in frames(nlp, text, index=3) if f.trigger == "dialogue")
    assert dialogue.status.value == status


def test_starting_the_dialogue_with_someone_is_a_process_not_a_meeting(nlp: Any) -> None:
    text = "Rutte praised Trump for starting the dialogue with Putin."
    assert not [f for f in frames(nlp, text, index=3) if f.trigger == "dialogue"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # Two who endorse a text together have agreed on it.
        (
            "At the talks, President Ruto and President Museveni endorsed a joint declaration "
            "on the border.",
            EventType.AGREE,
        ),
        ("The two ministers endorsed the roadmap on Thursday.", EventType.AGREE),
        # One who endorses another's text backs it.
        ("The African Union endorsed the declaration on Thursday.", EventType.SUPPORT),
        ("President Ruto and President Museveni endorsed the candidate.", EventType.SUPPORT),
    ],
)
def test_a_text_endorsed_together_is_agreed(nlp: Any, text: str, event_type: EventType) -> None:
    found = [f for f in body_frames(nlp, text) if f.trigger == "endorsed"]
    assert [f.type for f in found] == [event_type]


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        # The speaker's own meeting: the day of the saying is no day of the meeting's own.
        (
            "Kenyan President William Ruto said on Monday evening that the plan presented at his "
            "meeting with Yoweri Museveni had been accepted.",
            True,
        ),
        # A ministry may speak of a visit days after it.
        (
            "Kenya's foreign ministry said on Monday that a pledge made during President William "
            "Ruto's visit to Kampala did not settle the border.",
            False,
        ),
    ],
)
def test_the_day_a_speaker_tells_of_their_own_meeting_is_an_aside(
    nlp: Any, text: str, aside: bool
) -> None:
    [frame] = [f for f in body_frames(nlp, text) if f.type == EventType.CONSULT]
    assert frame.dates_only_in_asides is aside


def test_rolling_out_the_red_carpet_for_a_guest_receives_them(nlp: Any) -> None:
    found = body_frames(
        nlp, "President William Ruto rolled out the red carpet for Xi Jinping on Wednesday."
    )
    carpet = next(f for f in found if f.trigger == "rolled")
    assert carpet.type == EventType.CONSULT
    assert {a.text for a in carpet.actors} == {"William Ruto", "Xi Jinping"}
    # For no one in particular, nobody is received.
    assert not body_frames(nlp, "The government rolled out the red carpet for investors.")


def test_whose_deed_an_anniversary_recalls_is_no_party(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The Chinese leader visited on the 25th anniversary of NATO's bombing of the embassy.",
    )
    visit = next(f for f in found if f.trigger == "visited")
    assert "NATO" not in {a.text for a in visit.actors}


def test_a_second_thing_recalled_is_another_occasion(nlp: Any) -> None:
    # The parser hangs "and that ... had brought talks with Nikolić" under the first clause.
    found = body_frames(
        nlp,
        "Vučić recalled that he had last met Xi in Beijing in October last year, when the two "
        "countries signed the free trade agreement, and that Xi's first visit to Serbia, in "
        "June 2016, had brought talks with the then president Tomislav Nikolić.",
    )
    met = next(f for f in found if f.trigger == "met")
    assert "Tomislav Nikolić" not in {a.text for a in met.actors}
    # The second thing recalled keeps its own parties.
    found = body_frames(
        nlp,
        "He recalled that Ruto and Museveni had a long phone call on March 2, and that "
        "delegations led by Foreign Minister Musalia Mudavadi and Foreign Minister Jeje "
        "Odongo held talks in Arusha on March 9.",
    )
    held = next(f for f in found if f.trigger == "held")
    assert {"Musalia Mudavadi", "Jeje Odongo"} <= {a.text for a in held.actors}


def test_a_day_the_parser_joins_to_the_subject_s_name_dates_the_verb(nlp: Any) -> None:
    # No comma after the day: the parser hangs "19 July 2024" on "Scholz".
    found = body_frames(
        nlp, "On 19 July 2024 Olaf Scholz flew in for talks with Vučić in Belgrade."
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert days_of(talks) == ["19 July 2024"]


def test_talks_a_signing_followed_are_on_its_day(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The memorandum was signed in Nairobi in July, following the talks between President "
        "Ruto and German Chancellor Olaf Scholz.",
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert days_of(talks) == ["July"]


def test_what_was_done_instead_of_a_meeting_is_no_meeting(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Ruto met Museveni in Nairobi instead of travelling to the summit with Putin in Kazan.",
    )
    met = next(f for f in found if f.trigger == "met")
    summit = next(f for f in found if f.trigger == "summit")
    assert met.status == Status.OCCURRED
    assert "Putin" not in {a.text for a in met.actors}
    assert summit.status == Status.NEGATED
    found = body_frames(
        nlp, "He spent the week with his neighbours rather than travelling to the summit in Kazan."
    )
    assert next(f for f in found if f.trigger == "summit").status == Status.NEGATED


def test_a_name_before_a_presidential_palace_is_the_palace_s(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "He held talks with President Tayyip Erdogan at the Cankaya presidential palace on "
        "Thursday.",
    )
    held = next(f for f in found if f.trigger == "held")
    assert "Cankaya" not in {a.text for a in held.actors}


def test_a_day_set_before_an_after_clause_dates_the_main_verb(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "On July 18, the morning after a mortar round struck a school in Goma, killing three "
        "people, President Tshisekedi telephoned President Ruto at State House.",
    )
    call = next(f for f in found if f.trigger == "telephoned")
    assert days_of(call) == ["July 18"]


def test_whom_a_caller_said_something_to_in_a_call_took_part(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Ruto said on Tuesday that President Museveni had confirmed to him in a phone call "
        "the readiness of Uganda to reopen the border.",
    )
    call = next(f for f in found if f.trigger == "call")
    assert {a.text for a in call.actors} == {"Museveni", "him"}


@pytest.mark.parametrize(
    "text",
    [
        "The Holy See confirmed its availability to host direct negotiations between Kenya "
        "and Uganda.",
        "Erdogan reiterated his readiness to host talks between Ruto and Museveni.",
    ],
)
def test_a_meeting_someone_is_ready_for_is_not_held(nlp: Any, text: str) -> None:
    found = [f for f in body_frames(nlp, text) if f.type == EventType.CONSULT]
    assert found and all(f.status == Status.HYPOTHETICAL for f in found)


def test_what_someone_called_a_meeting_is_dated_by_the_verb_having_it(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "On Thursday evening Ruto had what he called a brotherly meeting with President "
        "Museveni in Kampala.",
    )
    meeting = next(f for f in found if f.trigger == "meeting")
    assert days_of(meeting) == ["Thursday"]


def test_a_guest_hosted_at_a_dinner_is_hosted_on_its_day(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "President Ruto hosted President Museveni and President Kagame at a dinner on "
        "Wednesday evening.",
    )
    hosted = next(f for f in found if f.trigger == "hosted")
    assert days_of(hosted) == ["Wednesday"]


def test_a_call_the_parser_hangs_on_what_was_said_in_it_was_held(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Ruto had confirmed to Museveni that he would come to Kampala for the anniversary in their "
        "telephone conversation on 7 March.",
    )
    call = next(f for f in found if f.trigger == "conversation")
    assert call.status == Status.OCCURRED
    # A call that is where what was said will be done is still to come.
    found = body_frames(
        nlp, "The leaders said they would brief their allies in a video call on Tuesday."
    )
    assert next(f for f in found if f.trigger == "call").status != Status.OCCURRED


def test_the_years_a_programme_runs_date_nothing(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The ministers signed the Action Plan for the East African Market 2025-2028 in Arusha "
        "on 14 October.",
    )
    signed = next(f for f in found if f.trigger == "signed")
    assert days_of(signed) == ["14 October"]


def test_whose_funeral_it_was_is_no_party(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "During the funeral of Pope Francis, Ruto held a short conversation with President "
        "Museveni inside the basilica.",
    )
    held = next(f for f in found if f.trigger == "held")
    assert "Pope Francis" not in {a.text for a in held.actors}


def test_who_met_them_after_promising_something_is_who_promised(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "President William Ruto promised Uganda on Saturday that the first money from a new "
        "regional road fund could arrive by the end of the year, after meeting President "
        "Yoweri Museveni in Kampala.",
    )
    meeting = next(f for f in found if f.trigger == "meeting")
    assert {a.text for a in meeting.actors if a.role == "source"} == {"William Ruto"}


def test_who_held_talks_after_saying_what_two_countries_could_do_is_who_said_it(
    nlp: Any,
) -> None:
    found = body_frames(
        nlp,
        "President Gustavo Petro said on Monday that Colombia and Ecuador could turn the border "
        'into "a zone of peace and trade" after talks with President Daniel Noboa in Quito.',
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert {a.text for a in talks.actors if a.role == "source"} == {"Gustavo Petro"}


@pytest.mark.parametrize(
    "text",
    [
        "President Bola Tinubu undertook a state visit to Brazil on Tuesday.",
        "President Bola Tinubu carried out a state visit to Brazil on Tuesday.",
    ],
)
def test_who_undertook_or_carried_out_a_visit_made_it(nlp: Any, text: str) -> None:
    visit = only(body_frames(nlp, text), EventType.CONSULT)
    assert {a.text for a in visit.actors if a.role == "source"} == {"Bola Tinubu"}
    assert days_of(visit) == ["Tuesday"]


def test_who_came_along_on_a_visit_is_not_whom_it_was_to(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The President of the Republic, Luiz Inácio Lula da Silva, today made an official visit "
        "to Abuja, accompanied by the Minister of Foreign Affairs, Mauro Vieira, and by the "
        "Minister of Agriculture, Carlos Fávaro.",
    )
    visit = only(found, EventType.CONSULT)
    assert {a.text for a in visit.actors} == {"Luiz Inácio Lula da Silva"}


@pytest.mark.parametrize(
    ("text", "guest", "host", "town"),
    [
        (
            "Starmer flew to Rome on Friday to press Meloni on migration.",
            "Starmer",
            "Meloni",
            "Rome",
        ),
        (
            "Barrot flew to Beirut two days later to brief President Joseph Aoun.",
            "Barrot",
            "Joseph Aoun",
            "Beirut",
        ),
    ],
)
def test_a_journey_made_to_press_or_brief_someone_is_a_meeting_there(
    nlp: Any, text: str, guest: str, host: str, town: str
) -> None:
    meeting = only(frames(nlp, text), EventType.CONSULT)
    assert {guest, host} <= {a.text for a in meeting.actors}
    assert town in [p.text for p in meeting.places]


@pytest.mark.parametrize(
    "text",
    [
        "The president pressed Meloni on migration in a statement on Friday.",
        "Macron flew to Kyiv on Friday to press the case for more aid.",
    ],
)
def test_pressing_someone_without_a_journey_for_it_is_no_meeting(nlp: Any, text: str) -> None:
    assert EventType.CONSULT not in {f.type for f in frames(nlp, text)}


def test_the_name_set_off_after_the_title_of_whom_the_meeting_was_with_is_a_side(
    nlp: Any,
) -> None:
    # The parser hangs the name on "made", past the meeting.
    found = frames(
        nlp,
        "The Minister of Defence, Mr Vasilis Palmas, made the following statements after his "
        "meeting with the Commander of the Lebanese Army, General Rodolphe Haykal, at the "
        "Ministry of Defence:",
    )
    meeting = only(found, EventType.CONSULT)
    assert {"Vasilis Palmas", "Rodolphe Haykal"} <= {a.text for a in meeting.actors}


def test_whom_a_meeting_included_was_at_it(nlp: Any) -> None:
    found = frames(
        nlp,
        "The meeting, hosted by Kenyan President William Ruto, included Tanzania's President "
        "Samia Suluhu Hassan, who chairs the East African Community, and Ugandan President "
        "Yoweri Museveni.",
    )
    meeting = only(found, EventType.CONSULT)
    assert {a.text for a in meeting.actors} == {
        "William Ruto",
        "Samia Suluhu Hassan",
        "Yoweri Museveni",
    }


def test_who_accompanied_someone_at_the_meetings_is_no_side_of_them(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "He was accompanied at both meetings by Foreign Minister Tahsin Ertuğruloğlu and "
        "Special Representative Güneş Onar.",
    )
    meetings = only(found, EventType.CONSULT)
    assert {a.text for a in meetings.actors} == {"He"}


def test_a_name_told_after_a_description_of_its_holder_is_the_one_who_met(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The last Spanish foreign minister to visit Venezuela, Josep Borrell, met Maduro in "
        "Caracas in March 2019, after refusing to land in Maracaibo.",
    )
    met = next(f for f in found if f.trigger == "met")
    assert {(a.text, a.role) for a in met.actors} == {
        ("Josep Borrell", "source"),
        ("Maduro", "target"),
    }


def test_a_meeting_a_year_before_the_day_told_is_not_on_it(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "President Lula met Petro in Bogotá in April 2024, a year after receiving him at the "
        "Planalto Palace.",
    )
    receiving = next(f for f in found if f.trigger == "receiving")
    assert days_of(receiving) == []


def test_a_reception_a_press_service_confirmed_in_the_past_was_held(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Field Marshal Mahamat Déby was received by President Vladimir Putin in the Kremlin on "
        "Thursday, the Kremlin press service confirmed.",
    )
    assert only(found, EventType.CONSULT).status == Status.OCCURRED


def test_two_hosts_met_in_turn_each_in_their_place_are_two_meetings(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Rubio met President Bernardo Arévalo at the National Palace on Monday morning and "
        "then Congress President Nery Ramos at the Legislative Palace.",
    )
    met = [f for f in found if f.trigger == "met"]
    assert [({a.text for a in f.actors}, [p.text for p in f.places], days_of(f)) for f in met] == [
        ({"Rubio", "Bernardo Arévalo"}, ["National Palace"], ["Monday"]),
        ({"Rubio", "Nery Ramos"}, ["the Legislative Palace"], ["Monday"]),
    ]


def test_whom_a_guest_warned_where_they_met_was_not_at_the_meeting(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "On 4 March, he handed Mahama the draft text at Jubilee House and met Bawumia in Accra, "
        "where he cautioned the opposition against dragging Ghana into the quarrel between Togo "
        "and Burkina Faso.",
    )
    met = next(f for f in found if f.trigger == "met")
    assert {a.text for a in met.actors} == {"Bawumia", "he"}


def test_the_occasion_that_followed_a_meeting_did_not_hold_it(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Albanese's talks with Xi Jinping in Lima in November were followed by Penny Wong's trip "
        "to Beijing in March for the eighth Foreign and Strategic Dialogue with Wang Yi, where "
        "she announced new visa rules.",
    )
    parties = {f.trigger: {(a.text, a.role) for a in f.actors} for f in found}
    assert parties["talks"] == {("Albanese", "source"), ("Xi Jinping", "target")}
    assert parties["trip"] == {("Penny Wong", "source"), ("Wang Yi", "target")}


def test_a_one_day_visit_left_on_a_day_was_on_that_day(nlp: Any) -> None:
    found = body_frames(
        nlp, "President Lula left Santiago on Friday evening after a one-day visit to Chile."
    )
    assert days_of(only(found, EventType.CONSULT)) == ["Friday"]
    longer = body_frames(
        nlp, "President Lula left Santiago on Friday evening after a three-day visit to Chile."
    )
    assert days_of(only(longer, EventType.CONSULT)) == []


def test_a_body_angered_during_a_visit_was_not_visited(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "During her first visit, in March, she angered Hamas and its supporters when she said "
        "at the presidential palace, after meeting Abbas, that the group had been defeated.",
    )
    visit = next(f for f in found if f.trigger == "visit")
    assert "Hamas" not in {a.text for a in visit.actors}


def test_consultations_a_party_held_back_from_were_not_taken_part_in(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The Democratic Party and its ally the Greens, angered by the way Barnier was "
        "appointed, have so far held back from his consultations.",
    )
    assert only(found, EventType.CONSULT).status == Status.NEGATED


def test_who_attended_a_forum_someone_hosted_was_the_host_s_guest(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Prime Minister Mark Rutte attended the North Sea Energy Forum hosted by Støre in "
        "Bergen in June last year.",
    )
    hosted = only(found, EventType.CONSULT)
    assert {a.text for a in hosted.actors} == {"Mark Rutte", "Støre"}


@pytest.mark.parametrize(
    "text",
    [
        "Mr Sanchez's day began with talks at the airport with caretaker president Mario Abdo.",
        "Mr Sanchez's day continued with talks at the palace with caretaker president Mario Abdo.",
    ],
)
def test_whose_day_began_with_talks_held_them(nlp: Any, text: str) -> None:
    found = body_frames(nlp, text)
    talks = only(found, EventType.CONSULT)
    assert {(a.text, a.role) for a in talks.actors} == {
        ("Sanchez", "source"),
        ("Mario Abdo", "target"),
    }


def test_whom_the_talks_before_a_meeting_were_with_is_not_at_it(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "After the talks with Tinubu, the head of the ruling All Progressives Congress, Lula met "
        "Kashim Shettima, the Vice President.",
    )
    met = next(f for f in found if f.trigger == "met")
    assert {a.text for a in met.actors} == {"Lula", "Kashim Shettima"}


def test_those_whose_talks_came_before_an_agreement_signed_stay_its_parties(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "After their talks, Interior Minister Nancy Faeser and Kenyan Foreign Minister Musalia "
        "Mudavadi signed an agreement on skilled workers.",
    )
    signed = only(found, EventType.AGREE)
    assert "their" in {a.text for a in signed.actors}


def test_whom_the_visitor_did_something_with_there_was_the_host(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Lula's visit to Bogotá on 16 April, where he and Gustavo Petro agreed to build a "
        "railway, was his first since 2023.",
    )
    visit = next(f for f in found if f.trigger == "visit")
    assert {(a.text, a.role) for a in visit.actors} == {
        ("Lula", "source"),
        ("Gustavo Petro", "target"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The row began after Maduro's camp insisted that the Europeans meet him together with "
        "members of his cabinet.",
        "The opposition demanded that Ruto meet its leaders before the vote.",
    ],
)
def test_a_meeting_demanded_in_the_bare_verb_is_not_held(nlp: Any, text: str) -> None:
    assert only(body_frames(nlp, text), EventType.CONSULT).status == Status.HYPOTHETICAL


@pytest.mark.parametrize(
    "text",
    [
        "The delegation was seen off at Ninoy Aquino International Airport by Foreign Affairs "
        "Secretary Enrique Manalo.",
        "Foreign Minister Penny Wong saw Prime Minister James Marape off at the airport.",
    ],
)
def test_a_farewell_at_the_airport_is_no_meeting(nlp: Any, text: str) -> None:
    assert not [f for f in body_frames(nlp, text) if f.type == EventType.CONSULT]


def test_seeing_someone_is_still_a_meeting(nlp: Any) -> None:
    found = body_frames(nlp, "Erdogan saw Putin in Sochi on Friday.")
    assert {a.text for a in only(found, EventType.CONSULT).actors} == {"Erdogan", "Putin"}


def test_the_country_whose_companies_were_met_is_no_party(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "In Houston, the minister also met representatives of U.S. energy and shipping companies.",
    )
    assert all(a.text != "U.S." for f in found for a in f.actors)


def test_whom_a_visited_site_recalls_is_not_visited(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "On Sunday Albanese visited a museum devoted to Sun Yat-sen's revolutionary years in "
        "Guangzhou.",
    )
    assert all("Sun" not in a.text for f in found for a in f.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Lula was back in Beijing on 13 May for talks with Xi Jinping.",
        "Lula returned to Beijing on 13 May for talks with Xi Jinping.",
    ],
)
def test_where_someone_came_back_for_talks_is_where_they_were(nlp: Any, text: str) -> None:
    talks = next(f for f in body_frames(nlp, text) if f.trigger == "talks")
    assert [p.text for p in talks.places] == ["Beijing"]


def test_the_day_told_right_after_an_earlier_visit_dates_it(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Thursday's summit followed up on Modi's visit to Washington last February, when he "
        "and Trump agreed to expand trade.",
    )
    visit = next(f for f in found if f.trigger == "visit")
    assert days_of(visit) == ["last February"]


def test_each_listed_talks_is_dated_by_the_day_told_after_it(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "They highlighted the talks between President Lula and President Xi Jinping in "
        "Beijing in May 2025, and Lula's talks with Prime Minister Narendra Modi in Brasília "
        "in July this year.",
    )
    talks = sorted((f for f in found if f.trigger == "talks"), key=lambda f: f.trigger_start)
    assert [days_of(f) for f in talks] == [["May 2025"], ["July this year"]]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting Lula held with Petro in Bogotá on Monday ended without a deal.",
        "Lavrov also recalled the talks the two ministers held in Antalya on Monday.",
    ],
)
def test_a_meeting_told_in_a_clause_with_no_that(nlp: Any, text: str) -> None:
    held = next(f for f in body_frames(nlp, text) if f.type == EventType.CONSULT)
    assert len(held.actors) >= 1
    assert [p.text for p in held.places] in (["Bogotá"], ["Antalya"])
    assert days_of(held) == ["Monday"]


def test_what_someone_had_been_invited_to_attend_is_planned(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Ramaphosa had been invited by Chinese President Xi Jinping to attend the Shanghai "
        "Cooperation Organization summit in Tianjin as a guest.",
    )
    assert only(found, EventType.CONSULT).status == Status.PLANNED


def test_a_town_naming_the_topic_of_a_summit_is_not_its_place(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Carney flew to Egypt on Monday for the Gaza peace summit in Sharm el-Sheikh.",
    )
    summit = next(f for f in found if f.trigger == "summit")
    assert summit.places[0].text == "Sharm el-Sheikh"
    assert "Gaza" not in {a.text for a in summit.actors}


def test_talks_told_in_apposition_with_no_that_are_dated_by_their_clause(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Erdogan also recalled his state visit to Hungary and the talks the two leaders held "
        "in Budapest on December 18 last year.",
    )
    held = next(f for f in found if f.trigger == "held")
    assert days_of(held) == ["December 18 last year"]
    assert [p.text for p in held.places] == ["Budapest"]


def test_whose_visit_an_apposition_says_it_is_is_the_visitor(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The Brazilian leader arrived in Rome on Thursday for an official visit, his first to "
        "Italy as head of state, and met Prime Minister Giorgia Meloni on the same day.",
    )
    visit = next(f for f in found if f.trigger == "visit")
    assert ("his", "source") in {(a.text, a.role) for a in visit.actors}


def test_a_place_in_a_quotation_does_not_place_the_meeting_told_outside_it(nlp: Any) -> None:
    found = body_frames(
        nlp,
        '"Our security is decided together, in Warsaw and in Vilnius as well," Nauseda told '
        "reporters after the meeting.",
    )
    assert only(found, EventType.CONSULT).places == []
    # Also when the sentence ends by opening the next quotation.
    found = body_frames(
        nlp,
        '"Our security is decided together, in Warsaw and in Vilnius as well," Nauseda told '
        'reporters after the meeting. "',
    )
    assert only(found, EventType.CONSULT).places == []


def test_negotiations_told_by_the_year_they_began_are_no_meeting(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Mercosur and the European Union reached a political agreement on Friday, concluding "
        "negotiations that began in 1999.",
    )
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_the_day_hung_on_a_document_signed_dates_the_signing_and_its_visit(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Chile and Vietnam signed a trade agreement and a health co-operation pact on Tuesday "
        "during a state visit to Hanoi by Chilean President Gabriel Boric.",
    )
    assert {f.trigger: days_of(f) for f in found} == {"signed": ["Tuesday"], "visit": ["Tuesday"]}


def test_the_day_told_after_a_meeting_a_present_or_sequence_verb_takes_dates_it(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The state visit follows the meeting between President Lula and President Ramaphosa "
        "on the sidelines of the BRICS summit in Johannesburg in August 2023.",
    )
    meeting = next(f for f in found if f.trigger == "meeting")
    assert days_of(meeting) == ["August 2023"]
    welcomed = body_frames(
        nlp,
        "We welcome the meeting between President Ruto and President Museveni hosted by "
        "President Kagame at Village Urugwiro on Friday, and the declaration they signed.",
    )
    assert days_of(next(f for f in welcomed if f.trigger == "meeting")) == ["Friday"]
    # Not the day of discussing a summit.
    discussed = body_frames(nlp, "The ministers discussed the summit in Cairo on Tuesday.")
    assert all(days_of(f) == [] for f in discussed if f.trigger == "summit")


def test_a_visit_returned_is_dated_by_the_returning(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Lula was received in Beijing in May, and Xi returned the visit in Brasília in November.",
    )
    visit = next(f for f in found if f.trigger == "visit")
    assert days_of(visit) == ["November"]


def test_the_outlet_a_meeting_is_reported_by_is_no_party(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Later on Monday Albanese met Premier Li Qiang, Chinese state broadcaster CCTV said, "
        "without giving details.",
    )
    assert "CCTV" not in {a.text for a in only(found, EventType.CONSULT).actors}


def test_a_day_told_after_two_subjects_dates_their_verb(nlp: Any) -> None:
    # The parser hangs "on Friday" on the second subject's name.
    found = body_frames(
        nlp,
        "President Marcos and Chinese President Xi Jinping on Friday held talks in San Francisco.",
    )
    assert days_of(only(found, EventType.CONSULT)) == ["Friday"]
    # The parser may make "visiting" a verb of its own, with the day on it.
    found = body_frames(
        nlp,
        "Prime Minister Narendra Modi and visiting Mongolian President Khurelsukh Ukhnaa on "
        "Tuesday held wide-ranging talks at Hyderabad House.",
    )
    assert days_of(only(found, EventType.CONSULT)) == ["Tuesday"]
    # After the verb, a day hung on a name is not moved ("met Xi and Kishida on Friday" is the
    # meeting's day the ordinary way).
    found = body_frames(nlp, "Marcos met Xi Jinping and Fumio Kishida on Friday in Lima.")
    assert days_of(only(found, EventType.CONSULT)) == ["Friday"]


def test_the_call_a_first_meeting_is_counted_from_is_an_occasion_of_its_own(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The two defence ministers met at the ministry in Quezon City, their first "
        "face-to-face meeting since their introductory phone call on Feb. 6.",
    )
    meetings = [f for f in found if f.type == EventType.CONSULT]
    assert [(f.trigger, f.mode, days_of(f)) for f in meetings] == [
        ("met", None, []),
        ("call", "phone", ["Feb. 6"]),
    ]


def test_the_occasion_another_came_after_is_not_held_by_whom_that_one_was_with(
    nlp: Any,
) -> None:
    found = body_frames(
        nlp,
        "The meeting with Prime Minister Chinh came after the President's bilateral talks with "
        "Vietnamese President Vo Van Thuong earlier in the day at the Presidential Palace.",
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert sorted(a.text for a in talks.actors) == ["Vo Van Thuong", "the President"]


def test_the_head_of_the_other_side_named_as_a_subject_is_a_party(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Foreign Affairs Undersecretary Theresa Lazaro led the Philippine delegation, while "
        "Chinese Vice Foreign Minister Chen Xiaodong headed the Chinese side.",
    )
    led = next(f for f in found if f.trigger == "led")
    assert {"Theresa Lazaro", "Chen Xiaodong"} <= {a.text for a in led.actors}


def test_an_occasion_told_to_follow_another_is_not_folded_into_it(nlp: Any) -> None:
    found = body_frames(
        nlp, "The visit to Niamey follows the President's working visit to Bamako yesterday."
    )
    visits = [f for f in found if f.trigger == "visit"]
    assert [[p.text for p in f.places] for f in visits] == [["Niamey"], ["Bamako"]]


def test_the_participle_hung_on_the_round_the_talks_are_told_as_dates_and_places_them(
    nlp: Any,
) -> None:
    found = body_frames(
        nlp,
        "The two countries signed a cooperation agreement during the 25th Round of Boundary "
        "Talks held in Beijing on October 23.",
    )
    talks = only(found, EventType.CONSULT)
    assert ([p.text for p in talks.places], days_of(talks)) == (["Beijing"], ["October 23"])


def test_a_meeting_the_two_were_meant_to_hold_is_planned(nlp: Any) -> None:
    found = body_frames(
        nlp, "The two leaders were meant to meet at the G7 in Kananaskis, but Trump left early."
    )
    assert only(found, EventType.CONSULT).status == Status.PLANNED
    # What a visit was meant to do says nothing of whether it was held.
    found = body_frames(nlp, "The visit was meant to strengthen ties, officials said.")
    assert only(found, EventType.CONSULT).status == Status.OCCURRED


def test_the_meeting_a_first_is_counted_from_has_the_parties_of_that_first(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "On Sunday, in Tianjin, he sat down with Xi Jinping for the first time since their "
        "meeting in Kazan last October.",
    )
    meetings = [f for f in found if f.type == EventType.CONSULT]
    assert [sorted(a.text for a in f.actors) for f in meetings] == [
        ["Xi Jinping", "he"],
        ["Xi Jinping", "he"],
    ]
    assert days_of(meetings[1]) == ["last October"]


def test_the_round_of_a_named_mechanism_is_told_for_itself_with_its_day_and_place(
    nlp: Any,
) -> None:
    found = body_frames(
        nlp,
        "At the eighth meeting of the China-Philippines Bilateral Consultation Mechanism held "
        "in Shanghai in January, the two sides agreed to improve maritime communication.",
    )
    meeting = only(found, EventType.CONSULT)
    assert not meeting.anaphoric
    assert ([p.text for p in meeting.places], days_of(meeting)) == (["Shanghai"], ["January"])


def test_the_meal_a_meeting_was_held_over_places_and_dates_it(nlp: Any) -> None:
    found = body_frames(
        nlp, "The two leaders met again over a working lunch in New York last September."
    )
    met = only(found, EventType.CONSULT)
    assert ([p.text for p in met.places], days_of(met)) == (["New York"], ["last September"])


def test_a_second_clause_with_be_and_a_town_and_day_of_its_own_is_placed_there(
    nlp: Any,
) -> None:
    found = body_frames(
        nlp,
        "In Beijing on 2 September, Khurelsukh sat with Xi Jinping and Vladimir Putin at the "
        "trilateral summit, and this month he was in New Delhi for talks with Narendra Modi.",
    )
    talks = next(f for f in found if f.trigger == "talks")
    assert ([p.text for p in talks.places], days_of(talks)) == (["New Delhi"], ["this month"])


def test_a_when_clause_of_something_else_neither_dates_nor_peoples_the_meeting(
    nlp: Any,
) -> None:
    found = body_frames(
        nlp,
        "In April, his son Saddam was given a guard of honour in Ankara and received by "
        "Defence Minister Yaşar Güler, a scene unthinkable when Turkish drones were pushing "
        "Haftar's forces back from Tripoli in 2020.",
    )
    received = only(found, EventType.CONSULT)
    assert days_of(received) == ["April"]
    assert "Haftar" not in {a.text for a in received.actors}
    # A when-clause of the people who met still dates and peoples it.
    found = body_frames(nlp, "The two leaders last met when Trump visited Ahmedabad in 2020.")
    met = only(found, EventType.CONSULT)
    assert days_of(met) == ["2020"]
    assert "Trump" in {a.text for a in met.actors}


def test_the_town_a_venue_is_said_to_be_in_places_the_meeting_there(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Hegseth then drove to Camp Aguinaldo, the military headquarters in suburban Quezon "
        "City, for talks with Defense Secretary Gilberto Teodoro Jr.",
    )
    talks = only(found, EventType.CONSULT)
    assert "Quezon City" in [p.text for p in talks.places]
    # Not a town said to be near a town.
    found = body_frames(nlp, "He flew to Tianjin, the port city near Beijing, for the summit.")
    assert [p.text for p in only(found, EventType.CONSULT).places] == ["Tianjin"]


def test_who_announced_a_thing_after_talks_held_them_when_the_verb_is_parsed_as_a_clause(
    nlp: Any,
) -> None:
    # The parser takes "announced" for a clause on "the Prime Minister", the sentence's root.
    found = frames(
        nlp,
        "The Prime Minister of Denmark, Mette Frederiksen, announced after talks with the "
        "Ukrainian President that her country would fund another artillery package.",
        index=2,
    )
    talks = only(found, EventType.CONSULT)
    assert {(a.text, a.role) for a in talks.actors} == {
        ("Mette Frederiksen", "source"),
        ("Ukrainian President", "target"),
    }


def test_a_meeting_a_spokesperson_would_like_to_point_out_was_held(nlp: Any) -> None:
    found = frames(
        nlp,
        "I would also like to point out that on Tuesday Foreign Minister Mauro Vieira met "
        "with his Chilean counterpart in Brasilia.",
        index=3,
    )
    assert only(found, EventType.CONSULT).status == Status.OCCURRED
    # What is pointed out keeps its own mood.
    wished = frames(
        nlp,
        "I would like to point out that the two ministers could meet in Brasilia next week.",
        index=3,
    )
    assert only(wished, EventType.CONSULT).status == Status.HYPOTHETICAL


def test_nothing_is_agreed_when_the_subject_of_the_agreeing_is_denied(nlp: Any) -> None:
    found = frames(
        nlp,
        "No date for a visit by the Brazilian president to Beijing has been agreed yet, "
        "officials said.",
        index=3,
    )
    assert only(found, EventType.AGREE).status == Status.NEGATED
    # A count of what was signed denies nothing.
    signed = frames(
        nlp, "No fewer than twelve agreements were signed by Lula and Xi in Beijing.", index=3
    )
    assert {f.status for f in signed if f.type == EventType.AGREE} == {Status.OCCURRED}


def test_a_past_clause_timing_another_is_told_as_done(nlp: Any) -> None:
    found = frames(
        nlp,
        "By the time Anthony Albanese and Penny Wong sat down with Li Qiang at the Great Hall "
        "of the People on Monday, the outcome of their trip was already clear: the barley "
        "duties would stay, and the man who had imposed them would not receive them.",
        index=2,
    )
    meeting = next(f for f in found if f.trigger == "sat")
    assert meeting.status == Status.OCCURRED


def test_talks_a_visitor_s_programme_includes_are_still_to_come(nlp: Any) -> None:
    found = frames(
        nlp,
        "The programme of the visit, as published by the palace, includes talks with King "
        "Abdullah II and a meeting with Prime Minister Jafar Hassan.",
        index=2,
    )
    told = {f.trigger: f.status for f in found if f.type == EventType.CONSULT}
    assert told["talks"] == Status.PLANNED


def test_a_meeting_someone_has_begun_arranging_is_not_yet_held(nlp: Any) -> None:
    found = frames(
        nlp,
        "Erdogan later said he had begun arranging a meeting between the two foreign "
        "ministers in Istanbul.",
        index=2,
    )
    assert only(found, EventType.CONSULT).status == Status.PLANNED


def test_whose_venue_a_meeting_was_held_at_is_no_side_of_it(nlp: Any) -> None:
    found = frames(
        nlp,
        "Wang Yi met Jake Sullivan at the residence of Norway's ambassador to the United "
        "Nations on Thursday.",
        index=2,
    )
    meeting = only(found, EventType.CONSULT)
    assert {a.text for a in meeting.actors} == {"Wang Yi", "Jake Sullivan"}


def test_support_pledged_in_reported_speech_is_stated_support(nlp: Any) -> None:
    found = frames(
        nlp, "Stubb said Finland would continue to support Estonia's bid for the summit.", index=2
    )
    assert only(found, EventType.SUPPORT).status == Status.OCCURRED
    # On a condition, it is not.
    found = frames(nlp, "Stubb said Finland would support Estonia if it asked.", index=2)
    assert only(found, EventType.SUPPORT).status == Status.HYPOTHETICAL


def test_who_welcomes_a_meeting_that_names_its_sides_is_no_side_of_it(nlp: Any) -> None:
    found = frames(
        nlp,
        "The Ministry of Foreign Affairs of Greece welcomes the holding today, in Skopje, of "
        "the first summit between the European Union and North Macedonia, an event of "
        "historic significance.",
        index=2,
    )
    summit = only(found, EventType.CONSULT)
    assert {a.text for a in summit.actors} == {"European Union", "North Macedonia"}


def test_who_cites_a_meeting_between_two_others_is_no_side_of_it(nlp: Any) -> None:
    found = frames(
        nlp,
        "As grounds for the step, Store cited the meeting between Hungarian Foreign Minister "
        "Peter Szijjarto and his Belarusian counterpart Maxim Ryzhenkov in Minsk.",
        index=2,
    )
    meeting = only(found, EventType.CONSULT)
    # Nor is "his": it is the first of the two, named before his counterpart.
    assert {a.text for a in meeting.actors} == {"Peter Szijjarto", "Maxim Ryzhenkov"}


def test_who_became_the_first_to_meet_someone_met_them_then(nlp: Any) -> None:
    text = (
        "In May 2023, Prime Minister Jonas Gahr Store became the first Nordic leader to meet "
        "Lula in Brasilia after the election."
    )
    meeting = only(frames(nlp, text, index=2), EventType.CONSULT)
    assert {a.text for a in meeting.actors} == {"Jonas Gahr Store", "Lula"}
    assert [
        text[a - meeting.sentence.start : b - meeting.sentence.start] for a, b in meeting.date_spans
    ] == ["May 2023"]


def test_a_visit_expected_later_is_still_to_come(nlp: Any) -> None:
    found = frames(
        nlp,
        "Oslo and Helsinki are next on her list, with a visit to Finland expected in late May.",
        index=2,
    )
    assert only(found, EventType.CONSULT).status == Status.PLANNED
    # What a visit was expected to be says nothing of when it was.
    found = frames(
        nlp, "The visit, expected by many to be a formality, went well on Monday.", index=2
    )
    assert only(found, EventType.CONSULT).status == Status.OCCURRED


def test_support_pledged_to_go_on_is_stated_support(nlp: Any) -> None:
    found = frames(nlp, "Store said Norway will keep supporting Ukraine.", index=2)
    assert only(found, EventType.SUPPORT).status == Status.OCCURRED


def test_assuring_someone_of_support_states_it(nlp: Any) -> None:
    found = frames(
        nlp,
        "Foreign Minister Espen Barth Eide assured Sybiha of Norway's continued support.",
        index=2,
    )
    support = only(found, EventType.SUPPORT)
    assert support.status == Status.OCCURRED
    assert [a.text for a in support.actors if a.role == "source"] == ["Norway"]


@pytest.mark.parametrize(
    "text",
    [
        "Store showed them footage of the atrocities committed by Hamas on October 7.",
        "War crimes were committed in Bucha, the minister said.",
        # What an agreement told before holds is no other agreement.
        "The agreement commits Norway to two billion euros in support this year.",
    ],
)
def test_a_crime_committed_or_what_an_agreement_commits_to_is_no_new_commitment(
    nlp: Any, text: str
) -> None:
    assert not [f for f in frames(nlp, text, index=2) if f.type == EventType.AGREE]


def test_a_commitment_to_something_is_still_one(nlp: Any) -> None:
    found = frames(nlp, "Norway is committed to supporting Ukraine.", index=2)
    assert only(found, EventType.AGREE).status == Status.OCCURRED


def test_a_meeting_on_the_same_day_as_a_date_told_is_on_that_date(nlp: Any) -> None:
    text = (
        "The palace announced the visit on May 6, the same day that Store received Stubb at "
        "his residence in Oslo."
    )
    meeting = only(frames(nlp, text, index=2), EventType.CONSULT)
    start = meeting.sentence.start
    assert [text[a - start : b - start] for a, b in meeting.date_spans] == ["May 6"]


def test_negotiations_concluded_on_a_treaty_settle_it(nlp: Any) -> None:
    found = frames(
        nlp,
        "Store and Frederiksen announced on Wednesday that the two countries have concluded "
        "negotiations on a new defence treaty.",
        index=2,
    )
    assert only(found, EventType.AGREE).status == Status.OCCURRED


def test_talks_the_parser_hangs_on_a_where_clause_are_the_subjects_own(nlp: Any) -> None:
    sentence = (
        "On Friday Fico was received in private audience by Pope Leo XIV in the Vatican, where "
        "the main topic was peace, and then held talks with Italian Prime Minister Giorgia "
        "Meloni in Rome."
    )
    found = frames(nlp, sentence)
    received = next(f for f in found if f.trigger == "received")
    assert {a.text for a in received.actors} == {"Fico", "Pope Leo XIV"}
    held = next(f for f in found if f.trigger == "held")
    assert {a.text for a in held.actors} == {"Fico", "Giorgia Meloni"}
    assert days_of(held) == ["Friday"]
    assert [p.text for p in held.places][:1] == ["Rome"]


def test_whoever_is_asked_about_a_trip_or_recalls_a_meeting_took_no_part_in_it(nlp: Any) -> None:
    sentence = (
        "Asked about the President's trip to Italy, Gulyás recalled that on Monday Orbán met "
        "Meloni."
    )
    found = frames(nlp, sentence)
    trip = next(f for f in found if f.trigger == "trip")
    assert {a.text for a in trip.actors} == {"the President"}
    # The parser takes "Monday Orbán" for one day; he is the subject of the meeting.
    met = next(f for f in found if f.trigger == "met")
    assert {a.text for a in met.actors} == {"Orbán", "Meloni"}
    assert days_of(met) == ["Monday"]
    # A clause with a subject of its own may tell the occasion the subject was at.
    hosted = frames(
        nlp,
        "When Tusk hosted the Weimar Triangle summit in Warsaw on 12 February 2024, Olaf "
        "Scholz, then chancellor, signed a joint declaration alongside Macron.",
    )
    summit = next(f for f in hosted if f.trigger == "hosted")
    assert {"Tusk", "Olaf Scholz", "Macron"} <= {a.text for a in summit.actors}
    # But not the talks deep inside such a clause.
    talks = frames(
        nlp,
        "When Trump pulled out on Monday to return to Washington for budget negotiations, "
        "Albanese decided to go ahead anyway.",
    )
    assert {a.text for a in only(talks, EventType.CONSULT).actors} == {"Trump"}


def test_talks_a_tour_was_for_are_on_its_day_in_its_first_town(nlp: Any) -> None:
    sentence = (
        "Sikorski, who toured Vilnius and Riga on March 17 for talks with prime ministers "
        "Ingrida Simonyte and Evika Silina, said relations with both neighbours were good."
    )
    talks = next(f for f in frames(nlp, sentence) if f.trigger == "talks")
    assert days_of(talks) == ["March 17"]
    assert [p.text for p in talks.places][:1] == ["Vilnius"]


def test_a_name_the_parser_hangs_in_the_opening_words_is_the_hosts(nlp: Any) -> None:
    sentence = (
        "Yesterday in Zagreb, Deputy Prime Minister and Minister of Foreign and European Affairs "
        "Gordan Grlić Radman hosted the Minister of Foreign Affairs of Hungary, Péter Szijjártó."
    )
    hosted = only(frames(nlp, sentence), EventType.CONSULT)
    assert {a.text for a in hosted.actors if a.kind == "person"} == {
        "Gordan Grlić Radman",
        "Péter Szijjártó",
    }
    # A pair the parser hangs on the opening day, from its first name.
    met = only(
        frames(
            nlp,
            "It began, in a sense, in Granada, where on 5 October 2023 Aliyev and Pashinyan met "
            "Olaf Scholz and Charles Michel on the margins of the summit.",
        ),
        EventType.CONSULT,
    )
    assert {a.text for a in met.actors if a.role == "source"} == {"Aliyev", "Pashinyan"}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # A stay told as over: the gathering it was for was held.
        (
            "Grlić Radman was in Ljubljana for the third meeting of the foreign ministers of "
            "Croatia, Slovenia and Austria.",
            Status.OCCURRED,
        ),
        # One told in the present is for a gathering still to come.
        (
            "Grlić Radman is in Ljubljana for the third meeting of the foreign ministers of "
            "Croatia, Slovenia and Austria.",
            Status.PLANNED,
        ),
        # So is one told in a clause on a past happening.
        (
            "The minister received the foreign ministers of Croatia and Austria, who were in "
            "Ljubljana for the third meeting of the trilateral.",
            Status.PLANNED,
        ),
    ],
)
def test_a_gathering_someone_was_in_town_for_was_held(
    nlp: Any, sentence: str, status: Status
) -> None:
    meeting = next(f for f in frames(nlp, sentence) if f.trigger == "meeting")
    assert meeting.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Fico's talks with Erdoğan took place on Monday at the presidential complex in Ankara.",
        "Fico's talks with Erdoğan began on Monday at the presidential complex in Ankara.",
    ],
)
def test_talks_held_at_a_venue_in_a_town_are_in_the_town(nlp: Any, sentence: str) -> None:
    talks = only(frames(nlp, sentence), EventType.CONSULT)
    assert [p.text for p in talks.places] == ["Ankara"]


def test_a_news_conference_in_a_town_is_no_venue_of_a_summit_before_it(nlp: Any) -> None:
    sentence = (
        "Putin said on Thursday that Russia would respond, speaking at a news conference in "
        "Kazakhstan after a summit of a Russia-led security bloc."
    )
    summit = next(f for f in frames(nlp, sentence) if f.trigger == "summit")
    assert [p.text for p in summit.places] == []


def test_hosts_of_a_ceremony_told_together_held_no_meeting(nlp: Any) -> None:
    sentence = (
        "Earlier on Friday, Modi held talks with President Sulyok at the Sandor Palace, after a "
        "welcoming ceremony at Buda Castle jointly hosted by Sulyok and Orban."
    )
    found = [f for f in frames(nlp, sentence) if f.type == EventType.CONSULT]
    assert [f.trigger for f in found] == ["held"]
    # Hosting a guest together is a meeting with the guest.
    hosted = frames(nlp, "Sulyok and Orban jointly hosted Modi at a state banquet.")
    assert {a.text for a in only(hosted, EventType.CONSULT).actors} == {"Sulyok", "Orban", "Modi"}


def test_an_encounter_said_to_be_an_exchange_at_a_gathering_is_in_its_town(nlp: Any) -> None:
    sentence = (
        "Their last encounter was a brief exchange on the sidelines of President Lula's "
        "inauguration in Brasília in January."
    )
    encounter = only(frames(nlp, sentence), EventType.CONSULT)
    assert [p.text for p in encounter.places] == ["Brasília"]
    assert days_of(encounter) == ["January"]


def test_the_two_of_a_when_clause_on_a_meeting_are_its_sides_named_already(nlp: Any) -> None:
    sentence = (
        "The Croatian prime minister noted that it was a year since he had hosted Fico's "
        "predecessor, Eduard Heger, in Zagreb, when the two also discussed energy."
    )
    hosted = only(frames(nlp, sentence), EventType.CONSULT)
    assert {a.text for a in hosted.actors} == {"he", "Eduard Heger"}
    # A visit that names one side leaves "the two" to name the other.
    visited = next(
        f
        for f in frames(
            nlp,
            "Mohamud visited Addis Ababa on Jan. 11, when the two agreed to restore full "
            "diplomatic representation.",
        )
        if f.trigger == "visited"
    )
    assert "the two" in {a.text for a in visited.actors}


def test_the_two_doing_something_with_a_meeting_are_its_sides_named_already(nlp: Any) -> None:
    sentence = (
        "Kaja Kallas received him in Brussels on Friday, with the two ministers later signing "
        "a letter of intent on cyber defence."
    )
    received = next(f for f in frames(nlp, sentence) if f.trigger == "received")
    assert {a.text for a in received.actors} == {"Kaja Kallas", "him"}


def test_whom_an_idea_was_discussed_with_is_a_side(nlp: Any) -> None:
    found = frames(
        nlp,
        "Costa said in a statement that he had discussed the idea of the debate with Guterres "
        "at the Munich Security Conference, and that the Secretary-General had urged him on.",
    )
    discussed = next(f for f in found if f.trigger == "discussed")
    assert {a.text for a in discussed.actors} == {"Costa", "Guterres"}
    # The talks the outcome was of were with him; he is no side of the discussing.
    found = frames(nlp, "Costa discussed the outcome of the talks with Putin on Monday.")
    assert not [f for f in found if f.trigger == "discussed"]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "The minister travelled to Rabat to see Nasser Bourita and, on 9 May, to Algiers, "
            "where Abdelmadjid Tebboune received him.",
            "Rabat",
            "Algiers",
        ),
        (
            "She then flew to Tirana to see Edi Rama and, on 14 June, to Skopje, where "
            "Hristijan Mickoski received her.",
            "Tirana",
            "Skopje",
        ),
    ],
)
def test_day_and_place_told_after_and_are_of_the_second_going(
    nlp: Any, sentence: str, first: str, second: str
) -> None:
    by_trigger = {f.trigger: f for f in frames(nlp, sentence)}
    errand = by_trigger["see"]
    assert [p.text for p in errand.places] == [first]
    assert days_of(errand) == []
    assert second in {p.text for p in by_trigger["received"].places}
    assert len(days_of(by_trigger["received"])) == 1


def test_a_meeting_held_there_is_in_the_town_named_last_before_it(nlp: Any) -> None:
    sentence = (
        "Mark Rutte first met Erdoğan in Ankara, and then made Athens his next stop; "
        "Mitsotakis received him there on Friday."
    )
    by_trigger = {f.trigger: f for f in frames(nlp, sentence)}
    assert [p.text for p in by_trigger["received"].places] == ["Athens"]
    assert [p.text for p in by_trigger["met"].places] == ["Ankara"]


def test_an_agreement_signed_on_a_day_is_of_that_day(nlp: Any) -> None:
    text = (
        "The agreement on the pipeline was signed in Baku in July 2022 by Ursula von der Leyen, "
        "Ilham Aliyev and the ministers of Azerbaijan and Georgia."
    )
    agreement = only(frames(nlp, text), EventType.AGREE)
    assert days_of(agreement) == ["July 2022"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Albanese held talks with Luxon in Wellington in July and with Rabuka in Suva two "
            "weeks later.",
            {"Luxon": (["Wellington"], ["July"]), "Rabuka": (["Suva"], ["two weeks later"])},
        ),
        (
            "Lula met with Gustavo Petro in Bogotá last April and with Gabriel Boric in May.",
            {"Gustavo Petro": (["Bogotá"], ["last April"]), "Gabriel Boric": ([], ["May"])},
        ),
    ],
)
def test_each_partner_with_a_with_a_day_or_a_place_of_their_own_is_a_meeting_of_their_own(
    nlp: Any, sentence: str, expected: dict[str, tuple[list[str], list[str]]]
) -> None:
    found = [f for f in frames(nlp, sentence) if f.type == EventType.CONSULT]
    partners = {
        a.text: ([p.text for p in f.places], days_of(f))
        for f in found
        for a in f.actors
        if a.role == "target"
    }
    assert partners == expected
    # Nothing of the second partner's own: one meeting.
    [meeting] = frames(nlp, "Macron met with Scholz and with Meloni on Friday.")
    assert {a.text for a in meeting.actors} == {"Macron", "Scholz", "Meloni"}


def test_being_in_a_town_with_someone_named_is_meeting_them(nlp: Any) -> None:
    meeting = only(frames(nlp, "On 3 May she was in Warsaw with Donald Tusk."), EventType.CONSULT)
    assert {a.text for a in meeting.actors} == {"she", "Donald Tusk"}
    assert [p.text for p in meeting.places] == ["Warsaw"]
    for sentence in (
        "She was in Warsaw with her husband on Sunday.",
        "The minister was in Warsaw with a business delegation.",
    ):
        assert [f for f in frames(nlp, sentence) if f.type == EventType.CONSULT] == []


def test_a_when_clause_told_before_a_meeting_lends_it_none_of_its_people(nlp: Any) -> None:
    sentence = (
        "When Albanese flew to Jakarta in June and signed a defence pact with Prabowo, he met "
        "Lee Jae-myung in Seoul a week later."
    )
    met = next(f for f in frames(nlp, sentence) if f.trigger == "met")
    assert {a.text for a in met.actors} == {"he", "Lee Jae-myung"}


def test_talks_wound_up_on_a_day_are_dated_by_it(nlp: Any) -> None:
    text = "Chancellor Scholz yesterday wound up his talks in Beijing with Premier Li Qiang."
    talks = only(frames(nlp, text), EventType.CONSULT)
    assert days_of(talks) == ["yesterday"]


def test_a_monarch_called_by_the_title_is_a_guest_welcomed(nlp: Any) -> None:
    text = "Ramaphosa will welcome the King and Queen with full honours at the Union Buildings."
    welcomed = only(frames(nlp, text), EventType.CONSULT)
    assert "the King" in {a.text for a in welcomed.actors}
    assert welcomed.status == Status.PLANNED
    assert [
        f for f in frames(nlp, "The king welcomed the decision.") if f.type == EventType.CONSULT
    ] == []


def test_the_office_written_with_a_capital_is_a_guest_received(nlp: Any) -> None:
    text = "King Willem-Alexander then received the President at Noordeinde Palace."
    received = only(frames(nlp, text), EventType.CONSULT)
    assert "the President" in {a.text for a in received.actors}
    letter = "The king received the president's letter on Monday."
    assert [f for f in frames(nlp, letter) if f.type == EventType.CONSULT] == []


def test_the_office_in_lower_case_is_a_guest_received(nlp: Any) -> None:
    text = "On Friday, King Harald V received the president at the Royal Palace."
    received = only(frames(nlp, text), EventType.CONSULT)
    assert "the president" in {a.text for a in received.actors}
    award = "On Friday, the president received the award at the Royal Palace."
    assert [f for f in frames(nlp, award) if f.type == EventType.CONSULT] == []


def test_a_country_naming_its_money_is_no_party(nlp: Any) -> None:
    text = (
        "Kenya said the agreements with the Saudi fund, worth about 2 billion U.S. dollars, "
        "were signed in Riyadh on Monday."
    )
    found = frames(nlp, text)
    assert found
    assert all(a.text != "U.S." for f in found for a in f.actors)


def test_a_verb_after_the_and_of_a_where_clause_is_done_where_the_clause_is(nlp: Any) -> None:
    sentence = (
        "The minister flew to Rome from Cairo, where on Monday she addressed the Arab League "
        "and, later that day, met Egyptian President Abdel Fattah al-Sisi."
    )
    met = only(frames(nlp, sentence), EventType.CONSULT)
    assert [p.text for p in met.places] == ["Cairo"]


def test_places_told_respectively_each_have_the_partner_told_in_turn(nlp: Any) -> None:
    sentence = (
        "The envoy travelled on 3 and 4 March to Doha and Riyadh, respectively, where she held "
        "talks with Sheikh Tamim bin Hamad Al Thani and Crown Prince Mohammed bin Salman."
    )
    found = {
        a.text: ([p.text for p in f.places], days_of(f))
        for f in frames(nlp, sentence)
        for a in f.actors
        if a.role == "target"
    }
    assert found == {
        "Sheikh Tamim bin Hamad Al Thani": (["Doha"], ["3 and 4 March"]),
        "Crown Prince Mohammed bin Salman": (["Riyadh"], ["4 March"]),
    }


@pytest.mark.parametrize("verb", ["closed", "inaugurated"])
def test_who_closes_or_inaugurates_a_summit_took_part_in_it_on_that_day(
    nlp: Any, verb: str
) -> None:
    text = f"President Ruto {verb} the summit of the East African leaders in Arusha on Friday."
    summit = only(frames(nlp, text), EventType.CONSULT)
    assert "Ruto" in {a.text for a in summit.actors}
    assert days_of(summit) == ["Friday"]


def test_those_together_with_whom_a_summit_was_attended_took_part_in_it(nlp: Any) -> None:
    text = (
        "President Ruto attended the summit in Arusha on Friday together with President "
        "Samia Suluhu Hassan and President Yoweri Museveni."
    )
    summit = only(frames(nlp, text), EventType.CONSULT)
    assert {"Samia Suluhu Hassan", "Yoweri Museveni"} <= {a.text for a in summit.actors}


@pytest.mark.parametrize("group", ["The three heads of state", "The three presidents"])
def test_three_heads_of_state_who_met_are_its_sides(nlp: Any, group: str) -> None:
    text = f"{group}, who had met privately before the session, listened to the speeches."
    met = only(frames(nlp, text), EventType.CONSULT)
    assert [a.text for a in met.actors] == [group]


def test_their_annual_talks_being_held_are_one_occasion_not_a_habit(nlp: Any) -> None:
    text = "Ruto and Samia are holding their annual talks in Mombasa this afternoon."
    talks = only(frames(nlp, text), EventType.CONSULT)
    assert talks.status == Status.OCCURRED
    assert {a.text for a in talks.actors} >= {"Ruto", "Samia"}
    # Guards: the series itself, or what is said of it, is no occasion.
    for series in (
        "Their regular meetings have helped, he said.",
        "They value their annual talks.",
    ):
        assert [f for f in frames(nlp, series) if f.type == EventType.CONSULT] == []


def test_the_venue_told_beside_the_meeting_place_and_who_built_it_are_no_sides(nlp: Any) -> None:
    text = (
        "After the welcome, the two leaders went into formal talks at Te Kaha, a private "
        "retreat in the hills above the lake built by the businessman Peter Walsh."
    )
    talks = only(frames(nlp, text), EventType.CONSULT)
    assert [a.text for a in talks.actors] == ["the two leaders"]


def test_a_fiancee_who_comes_along_is_no_side(nlp: Any) -> None:
    text = "Ruto, accompanied by his fiancée Grace Wanjiru, was received by Samia at State House."
    received = only(frames(nlp, text), EventType.CONSULT)
    assert {a.text for a in received.actors} == {"Ruto", "Samia"}


def test_talks_owned_by_a_pair_joined_by_and_are_both_of_theirs(nlp: Any) -> None:
    text = "Border rules kept William Ruto and Samia Suluhu Hassan's talks short that year."
    talks = only(frames(nlp, text), EventType.CONSULT)
    assert {a.text for a in talks.actors} == {"William Ruto", "Samia Suluhu Hassan"}


@pytest.mark.parametrize("verb", ["took", "led"])
def test_talks_a_delegation_was_taken_to_a_town_for_are_of_the_going_s_day(
    nlp: Any, verb: str
) -> None:
    text = f"In March he {verb} a large business delegation to Nairobi for talks with Ruto."
    talks = only(frames(nlp, text), EventType.CONSULT)
    assert days_of(talks) == ["March"]


def test_the_numeral_of_a_monarch_s_name_is_no_speaker(nlp: Any) -> None:
    text = "That was in 1985, when King Juan Carlos I was received by President Li Xiannian."
    received = only(frames(nlp, text), EventType.CONSULT)
    assert "I" not in {a.text for a in received.actors}


def test_who_shared_a_dinner_with_someone_on_a_day_dined_with_them_then(nlp: Any) -> None:
    text = "King Charles shared a private dinner with President Ruto on Tuesday evening."
    dinner = only(frames(nlp, text), EventType.CONSULT)
    assert {a.text for a in dinner.actors} == {"King Charles", "Ruto"}
    assert days_of(dinner) == ["Tuesday"]


@pytest.mark.parametrize("relative", ["that he made", "he paid"])
def test_a_visit_made_to_a_town_is_in_that_town(nlp: Any, relative: str) -> None:
    text = f"They recalled the visit {relative} to Accra in March."
    visit = next(f for f in frames(nlp, text) if f.trigger == "visit")
    assert [p.text for p in visit.places] == ["Accra"]


def test_a_title_cut_off_before_its_country_is_no_side(nlp: Any) -> None:
    text = (
        "The President of Ghana, John Mahama, received the King of Morocco, Mohammed VI, and "
        "the President of Togo, Faure Gnassingbé, in Accra today."
    )
    received = only(frames(nlp, text), EventType.CONSULT)
    assert {a.text for a in received.actors} == {
        "John Mahama",
        "Mohammed VI",
        "Faure Gnassingbé",
    }


def test_today_hung_on_the_last_guest_received_dates_the_receiving(nlp: Any) -> None:
    text = (
        "The President of Ghana, John Mahama, received the King of Morocco, Mohammed VI, and "
        "the President of Togo, Faure Gnassingbé, in Accra today."
    )
    received = only(frames(nlp, text), EventType.CONSULT)
    assert days_of(received) == ["today"]


def test_a_clause_joined_by_and_with_another_subject_is_not_dated_or_placed_by_the_first(
    nlp: Any,
) -> None:
    text = (
        "Foreign Minister Musalia Mudavadi met Wang Yi in Jakarta last July, and President "
        "Ruto made a state visit to Ghana, where Mahama received him on August 8."
    )
    visit = next(f for f in frames(nlp, text) if f.trigger == "visit")
    assert "last July" not in days_of(visit)
    assert "Jakarta" not in {p.text for p in visit.places}
    # Guards: a day set before the first subject dates both, and so does the first clause's
    # day for the same people told again.
    both = "On Monday, Xi met Putin in Moscow and Lula met Modi in Delhi."
    assert [days_of(f) for f in frames(nlp, both)] == [["Monday"], ["Monday"]]
    again = (
        "Fidan met Medinsky and Umerov in Istanbul on 16 May, and the two delegations agreed "
        "to swap prisoners."
    )
    agreed = only(frames(nlp, again), EventType.AGREE)
    assert days_of(agreed) == ["16 May"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruto said Kenya firmly adheres to the one-China policy.",
        "Ruto said that Kenya firmly abides by the one-China principle.",
        "Ruto reaffirmed Kenya's adherence to the one-China principle.",
    ],
)
def test_keeping_to_the_one_china_principle_backs_china(nlp: Any, sentence: str) -> None:
    support = only(frames(nlp, sentence), EventType.SUPPORT)
    assert ("Kenya", "source") in {(a.text, a.role) for a in support.actors}
    assert ("China", "target") in {(a.text, a.role) for a in support.actors}


def test_keeping_to_another_rule_backs_nobody(nlp: Any) -> None:
    for sentence in (
        "Both sides abide by the ceasefire.",
        "Kenya reaffirmed its commitment to the Paris Agreement.",
    ):
        assert [f for f in frames(nlp, sentence) if f.type == EventType.SUPPORT] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana stands firmly with Togo, Mahama said.",
        "Mahama said Ghana will stand with the people of Togo until peace returns.",
        "Mahama said Ghana would continue to stand by Togo in the fight against terrorism.",
        "Ghana stands fully behind Togo, Mahama said.",
        "The bloc stands firmly behind Togo's sovereignty and territorial integrity.",
    ],
)
def test_standing_with_a_country_backs_it(nlp: Any, sentence: str) -> None:
    support = only(frames(nlp, sentence), EventType.SUPPORT)
    assert ("Togo", "target") in {(a.text, a.role) for a in support.actors}


def test_standing_somewhere_with_someone_backs_nobody(nlp: Any) -> None:
    for sentence in (
        "Mahama stood together with Faye in Dakar on Monday.",
        "Mahama stood with Faye at the podium.",
        "The minister stood by his statement.",
        "Mahama stood behind the lectern.",
    ):
        assert [f for f in frames(nlp, sentence) if f.type == EventType.SUPPORT] == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The prime minister travels next to the G20 summit in Johannesburg.", Status.PLANNED),
        ("The prime minister travelled next to the G20 summit in Johannesburg.", Status.OCCURRED),
    ],
)
def test_a_going_told_next_in_the_present_is_still_ahead(
    nlp: Any, text: str, status: Status
) -> None:
    assert only(body_frames(nlp, text), EventType.CONSULT).status == status


@pytest.mark.parametrize(
    ("text", "agreed"),
    [
        (
            "Xi and Lula met in Kazan last October and reached important common understandings "
            "on deepening bilateral relations.",
            False,
        ),
        ("The two ministers reached a common understanding on a prisoner exchange.", True),
    ],
)
def test_common_understandings_reached_on_relations_are_no_agreement(
    nlp: Any, text: str, agreed: bool
) -> None:
    found = body_frames(nlp, text)
    assert any(f.type == EventType.AGREE for f in found) == agreed


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        ("Stubb travelled to Kyiv on Wednesday on his first visit to Ukraine.", "Stubb"),
        ("Mitsotakis arrived in Cairo on a state visit.", "Mitsotakis"),
    ],
)
def test_whoever_went_on_a_visit_made_it(nlp: Any, text: str, visitor: str) -> None:
    visit = next(f for f in body_frames(nlp, text) if f.trigger == "visit")
    assert [a.text for a in visit.actors if a.role == "source"] == [visitor]


def test_a_visit_commented_on_is_no_visit_of_the_commenter(nlp: Any) -> None:
    found = body_frames(nlp, "Stubb commented on the visit to Kyiv.")
    assert not [a for f in found if f.trigger == "visit" for a in f.actors]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Scholz came to Buenos Aires in search of support for the trade deal.",
            Status.HYPOTHETICAL,
        ),
        ("Scholz travelled to Lima to rally support for the trade deal.", Status.HYPOTHETICAL),
        ("Peru voiced support for the trade deal.", Status.OCCURRED),
    ],
)
def test_support_sought_is_not_support_given(nlp: Any, text: str, status: Status) -> None:
    assert only(body_frames(nlp, text), EventType.SUPPORT).status == status


def test_those_a_who_clause_says_were_received_are_guests_of_whoever_received_them(
    nlp: Any,
) -> None:
    found = body_frames(
        nlp,
        "The treaty's anniversary was marked by the presence of Presidents Néstor Kirchner "
        "and Ricardo Lagos, who were received together by John Paul II.",
    )
    received = next(f for f in found if f.trigger == "received")
    assert {a.text for a in received.actors} >= {"Néstor Kirchner", "Ricardo Lagos"}


def test_a_stance_told_in_the_present_and_announced_is_held_now(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The Government of Ireland warmly welcomes the decision of Norway and Spain to "
        "recognise the State of Palestine, announced today.",
    )
    assert only(found, EventType.SUPPORT).status == Status.OCCURRED
    # A visit announced is still ahead.
    found = body_frames(nlp, "Xi will visit Moscow next week, the Kremlin announced.")
    assert only(found, EventType.CONSULT).status == Status.PLANNED


def test_opening_a_dialogue_with_someone_is_meeting_them(nlp: Any) -> None:
    text = (
        "Last week, President William Ruto opened the first strategic dialogue between the "
        "two governments at State House in Nairobi with Secretary of State Antony Blinken."
    )
    opened = only(frames(nlp, text), EventType.CONSULT)
    assert {"William Ruto", "Antony Blinken"} <= {a.text for a in opened.actors}
    for other in (
        "President William Ruto opened the new session of parliament on Monday.",
        "President William Ruto opened a new embassy in Seoul on Monday.",
    ):
        assert [f for f in frames(nlp, other) if f.type == EventType.CONSULT] == []


def test_a_dialogue_which_two_people_opened_is_their_meeting(nlp: Any) -> None:
    text = (
        "The ministers welcomed the first Nordic-Baltic Security Dialogue, which Foreign "
        "Ministers Margus Tsahkna and Lars Løkke Rasmussen opened in Tallinn on May 4."
    )
    opened = next(f for f in frames(nlp, text) if f.trigger == "opened")
    assert opened.type == EventType.CONSULT
    assert {"Margus Tsahkna", "Lars Løkke Rasmussen"} <= {a.text for a in opened.actors}


def test_where_the_people_a_pledge_is_for_came_from_is_no_party(nlp: Any) -> None:
    text = "Albanese pledged assistance for Afghans deported from Pakistan."
    pledge = only(frames(nlp, text), EventType.AGREE)
    assert "Pakistan" not in {a.text for a in pledge.actors}
    signed = "Germany signed an agreement with Jordan on aid to refugees."
    agreement = only(frames(nlp, signed), EventType.AGREE)
    assert {"Germany", "Jordan"} <= {a.text for a in agreement.actors}


def test_whom_talks_were_held_with_after_a_set_off_aside_is_a_party(nlp: Any) -> None:
    text = (
        "Putin spent two days in Tianjin, where on Monday he held talks with, among others, "
        "Turkish President Recep Tayyip Erdogan."
    )
    talks = only(frames(nlp, text), EventType.CONSULT)
    assert "Recep Tayyip Erdogan" in {a.text for a in talks.actors}
    plain = "On Monday Putin held talks with Turkish President Recep Tayyip Erdogan."
    assert "Recep Tayyip Erdogan" in {
        a.text for a in only(frames(nlp, plain), EventType.CONSULT).actors
    }


def test_agreeing_in_a_clause_timing_the_future_in_the_past_is_not_done(nlp: Any) -> None:
    text = (
        "Fico told reporters on Thursday that a new date was being sought and would be made "
        "public once both sides agreed."
    )
    agreed = only(frames(nlp, text), EventType.AGREE)
    assert agreed.status != Status.OCCURRED
    done = "The date was made public once both sides agreed on Thursday."
    assert only(frames(nlp, done), EventType.AGREE).status == Status.OCCURRED
    gone_by = (
        "A visit would be Lula's first trip to Japan since a state visit in 2005, when he "
        "held a summit with Prime Minister Junichiro Koizumi in Tokyo."
    )
    summit = [f for f in frames(nlp, gone_by) if f.trigger == "held"]
    assert [f.status for f in summit] == [Status.OCCURRED]


def test_a_place_in_a_second_topic_joined_to_the_first_is_no_venue(nlp: Any) -> None:
    text = (
        "According to the president, the two leaders talked about the joint session of the two "
        "cabinets in Tallinn in March and about his plans for a proper visit to Finland."
    )
    [talked] = [f for f in frames(nlp, text) if f.trigger == "talked"]
    assert "Finland" not in {p.text for p in talked.places}


def test_what_someone_waits_for_others_to_agree_is_not_agreed(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Zambia restructured part of its debt last year and is waiting for bondholders, "
        "including two Chinese banks, to agree on the rest.",
    )
    assert only(found, EventType.AGREE).status != Status.OCCURRED
    found = body_frames(nlp, "The two governments agreed on the rest of the debt in March.")
    assert only(found, EventType.AGREE).status == Status.OCCURRED


def test_a_day_the_parser_hangs_on_the_sidelines_phrase_dates_the_meeting(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Foreign Affairs Minister Retno Marsudi held talks with China's top diplomat, Wang Yi, "
        "on Wednesday on the sidelines of a China-ASEAN ministerial gathering in the southern "
        "Chinese city of Nanning.",
    )
    assert days_of(only(found, EventType.CONSULT)) == ["Wednesday"]


def test_a_meeting_on_the_sidelines_hung_on_another_verb_is_where_the_gathering_was(
    nlp: Any,
) -> None:
    found = body_frames(
        nlp,
        "The talks followed a meeting between Ruto and Secretary of State Antony Blinken on "
        "Dec. 13 on the sidelines of the U.S.-Africa Leaders Summit in Washington.",
    )
    [meeting] = [f for f in found if f.trigger == "meeting"]
    assert [p.text for p in meeting.places] == ["Washington"]


def test_a_meeting_as_which_the_main_verb_happened_has_its_day(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "Kenya and Japan promised on Tuesday to speed up work on a port that would link them "
        "through Mombasa, as Prime Minister Shigeru Ishiba hosted his Kenyan counterpart "
        "William Ruto for a state visit.",
    )
    [talks] = [f for f in found if f.trigger == "hosted"]
    assert days_of(talks) == ["Tuesday"]


def test_a_gathering_that_confirmed_something_to_come_was_held(nlp: Any) -> None:
    found = body_frames(
        nlp,
        "The SADC summit of 17 August in Harare confirmed that the bloc would send a new "
        "mission to the region.",
    )
    [summit] = [f for f in found if f.trigger == "summit"]
    assert summit.status == Status.OCCURRED
    # What someone confirmed they would attend is still to come.
    found = body_frames(nlp, "Hichilema confirmed that he would attend the summit in Harare.")
    [summit] = [f for f in found if f.trigger == "summit"]
    assert summit.status != Status.OCCURRED


def test_a_second_infinitive_the_parser_joins_to_the_main_verb_is_as_the_first(
    nlp: Any,
) -> None:
    found = body_frames(
        nlp,
        "Petro had been due to fly to Madrid on Monday with a delegation of ministers and "
        "governors, and to sign a dozen agreements with Sanchez, including on energy.",
    )
    assert found
    assert all(f.status != Status.OCCURRED for f in found if f.type == EventType.AGREE)


def test_a_readout_s_start_of_the_meeting_dates_it_and_forms_of_address_are_no_party(
    nlp: Any,
) -> None:
    found = frames(
        nlp,
        "On August 8, commencing at 11:45 a.m. for approximately 40 minutes, Mr. KISHIDA "
        "Fumio held a summit meeting with H.E. Mr. Bernardo Arevalo, President of the "
        "Republic of Guatemala.",
        index=2,
    )
    [meeting] = [f for f in found if f.trigger == "held"]
    assert days_of(meeting) == ["August 8"]
    assert {a.text for a in meeting.actors} == {"KISHIDA Fumio", "Bernardo Arevalo"}


def test_a_place_closing_a_clause_on_the_guest_is_no_name_of_theirs(nlp: Any) -> None:
    found = frames(
        nlp,
        "On August 8, commencing at 11:45 a.m. for approximately 40 minutes, Mr. ISHIBA "
        "Shigeru, Prime Minister of Japan, held a summit meeting with H.E. Mr. Bernardo "
        "Arevalo de Leon, President of the Republic of Guatemala, who is visiting Japan to "
        "attend the Guatemala Day event at Expo 2025 Osaka, Kansai.",
        index=2,
    )
    [meeting] = [f for f in found if f.trigger == "held"]
    assert "Bernardo Arevalo de Leon" in {a.text for a in meeting.actors}


def test_where_a_guest_is_invited_to_is_not_where_the_meeting_was(nlp: Any) -> None:
    found = frames(
        nlp,
        "In his meeting with Modi, the chancellor invited the Indian leader to Berlin for the "
        "climate summit in May.",
        index=3,
    )
    [meeting] = [f for f in found if f.trigger == "meeting"]
    assert [p.text for p in meeting.places] == []
    # The summit the guest is invited to is there.
    [summit] = [f for f in found if f.trigger == "summit"]
    assert [p.text for p in summit.places] == ["Berlin"]


def test_a_numbered_session_of_a_commission_is_a_meeting(nlp: Any) -> None:
    found = frames(
        nlp,
        "Kenya and Uganda on Friday signed three agreements at the close of the ninth session "
        "of the Joint Permanent Commission in Entebbe.",
        index=2,
    )
    assert [f.trigger for f in found if f.type == EventType.CONSULT] == ["session"]
    # A session of no commission or committee is not read as one.
    found = frames(nlp, "The 79th session of the General Assembly opened on Tuesday.", index=2)
    assert not [f for f in found if f.trigger == "session"]


def test_calling_on_the_visiting_leader_is_a_visit(nlp: Any) -> None:
    found = frames(
        nlp,
        "Defence Minister Rajnath Singh called on the visiting leader at her hotel in the evening.",
        index=3,
    )
    [call] = [f for f in found if f.trigger == "called"]
    assert call.type == EventType.CONSULT and call.mode == "visit"
    # Not an appeal to someone to do something.
    found = frames(nlp, "The opposition called on the president to resign.", index=3)
    assert not [f for f in found if f.type == EventType.CONSULT]


def test_what_a_place_hosts_after_before_in_the_present_is_yet_to_come(nlp: Any) -> None:
    found = frames(
        nlp,
        "The talks come weeks before Nairobi hosts the African Union summit in February.",
        index=3,
    )
    [hosting] = [f for f in found if f.trigger == "hosts"]
    assert hosting.status == Status.PLANNED


def test_a_meeting_numbered_in_roman_figures_of_a_named_body_is_told_for_itself(
    nlp: Any,
) -> None:
    found = frames(
        nlp,
        "The delegations also reviewed the Lima Action Plan, approved at the XVI Meeting of "
        "the Commission, held in the Peruvian capital in June.",
        index=4,
    )
    [meeting] = [f for f in found if f.trigger == "Meeting"]
    assert not meeting.anaphoric


def test_one_verb_told_of_two_meetings_each_with_its_month_and_place(nlp: Any) -> None:
    found = frames(
        nlp,
        "Modi met him in Tokyo that same August and again, with full ceremony, in New Delhi in "
        "March 2024.",
        index=4,
    )
    met = [f for f in found if f.trigger == "met"]
    assert [([p.text for p in f.places], days_of(f)) for f in met] == [
        (["Tokyo"], ["August"]),
        (["New Delhi"], ["March 2024"]),
    ]


def test_the_host_a_clause_on_the_gathering_names_is_at_it_on_its_day(nlp: Any) -> None:
    found = frames(
        nlp,
        "Ramaphosa travelled to Brasilia last week to attend the first summit of the Amazon "
        "Partnership, a regional initiative on forests and rivers, which Lula hosted at the "
        "Itamaraty Palace on Friday.",
        index=3,
    )
    meetings = [f for f in found if f.type == EventType.CONSULT]
    assert [m.trigger for m in meetings] == ["summit"]
    [summit] = meetings
    assert {"Ramaphosa", "Lula"} <= {a.text for a in summit.actors}
    assert days_of(summit) == ["Friday"]


def test_those_between_whom_a_meeting_was_convened_are_its_sides(nlp: Any) -> None:
    found = frames(
        nlp,
        "The Government recalls, in particular, the meeting convened in Doha on 18 March 2025 by "
        "His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar, between H.E. "
        "William Ruto and H.E. Yoweri Museveni, which opened the way for a settlement.",
        index=3,
    )
    [meeting] = [f for f in found if f.trigger == "meeting"]
    assert {"William Ruto", "Yoweri Museveni"} <= {a.text for a in meeting.actors}


def test_a_verb_after_a_semicolon_has_the_subject_its_own_clause_opens_with(nlp: Any) -> None:
    found = frames(
        nlp,
        "Javier Milei made the dollar his crusade; Elmer Schialer, who replaced him in "
        "September 2024, preferred discretion and met Wang Yi in New York weeks later.",
        index=4,
    )
    [meeting] = [f for f in found if f.trigger == "met"]
    assert {a.text for a in meeting.actors} == {"Elmer Schialer", "Wang Yi"}


def test_a_visit_whose_date_is_being_set_is_yet_to_come(nlp: Any) -> None:
    found = frames(
        nlp,
        "Officials said no date had yet been set for Mr. Scholz's return visit to Kenya.",
        index=6,
    )
    [visit] = [f for f in found if f.trigger == "visit"]
    assert visit.status == Status.PLANNED
