from __future__ import annotations

from typing import Any

import pytest

from parley.models import Evidence
from parley.resolve.mechanisms import MechanismFinder, numbered_session

EVIDENCE = Evidence(article="a", sentence_index=0, sentence="", start=0, end=0)


def find(knowledge: Any, text: str) -> list[tuple[str, int | None]]:
    return [(m.ref.key, m.ref.round) for m in MechanismFinder(knowledge).find(text, EVIDENCE)]


def test_two_wordings_of_one_mechanism_share_a_key(knowledge: Any) -> None:
    first = find(
        knowledge,
        "They co-chaired the 18th round of the China-Russia strategic security consultation.",
    )
    second = find(
        knowledge,
        "They co-chaired the ninth round of Sino-Russian strategic security consultations.",
    )
    assert first[0][1] == 18
    assert second[0][1] == 9
    assert first[0][0] == second[0][0]


def test_unknown_mechanism_is_still_recognised_with_its_countries(knowledge: Any) -> None:
    [(key, number)] = find(
        knowledge, "Officials held the sixth round of Mongolia-Vietnam political consultations."
    )
    assert number == 6
    assert "mng" in key and "vnm" in key and "political-consultation" in key


def test_a_format_named_by_who_it_brings_together_is_a_mechanism(knowledge: Any) -> None:
    [(key, number)] = find(
        knowledge,
        "At the third informal meeting of Nordic prime ministers, in Reykjavik, they agreed.",
    )
    assert number == 3
    assert key == "informal-meeting-of-nordic-prime-ministers"
    # Counting a pair's meetings names no format.
    assert find(knowledge, "It was the second meeting of Xi and Putin this year.") == []


def test_anniversaries_and_vague_phrases_are_not_mechanisms(knowledge: Any) -> None:
    assert find(knowledge, "They marked the 75th anniversary of diplomatic ties.") == []
    assert find(knowledge, "The talks were held in a friendly atmosphere.") == []


def test_a_known_name_goes_on_past_its_first_head_word(knowledge: Any) -> None:
    assert find(
        knowledge,
        "The 23rd meeting of the Council of Heads of State of the Shanghai Cooperation "
        "Organization was held online on 4 July.",
    ) == [("sco-summit", 23)]


def test_the_first_since_a_numbered_occasion_is_no_first_round(knowledge: Any) -> None:
    assert not [
        number
        for _, number in find(
            knowledge,
            "The visit was the first since the 12th summit in Brasilia in May 2023, when Lula "
            "hosted the Portuguese prime minister.",
        )
        if number == 1
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lee and Hamada held the first ROK-Japan defense ministerial talks in three years and "
        "seven months.",
        "It was the first India-China strategic dialogue since 2019.",
    ],
)
def test_the_first_for_a_while_is_no_first_round(knowledge: Any, sentence: str) -> None:
    assert all(number is None for _, number in find(knowledge, sentence))


def test_a_numbered_leaders_retreat_is_a_mechanism(knowledge: Any) -> None:
    [(key, number)] = find(
        knowledge, "The two leaders met for the 9th Brunei-Malaysia Leaders' Retreat in Miri."
    )
    assert number == 9
    assert "brn" in key and "mys" in key and "retreat" in key


def test_a_binational_cabinet_numbered_in_roman_numerals(knowledge: Any) -> None:
    [(key, number)] = find(
        knowledge,
        "The presidents inaugurated the XV Binational Cabinet of Ministers Peru-Ecuador in Lima.",
    )
    assert number == 15
    assert "cabinet" in key
    # A capitalised Roman numeral after "the" never stands alone for the pronoun.
    assert find(knowledge, "Then I Summit with the partners, the minister joked.") == []


def test_a_two_word_country_in_a_mechanism_name(knowledge: Any) -> None:
    [(key, _)] = find(
        knowledge, "They prepared the India-Saudi Arabia Strategic Partnership Council meeting."
    )
    assert "sau" in key and "ind" in key and "arabia" not in key


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The tenth dialogue was held in Hanoi in August last year.", 10),
        ("He recalled that the previous, fifth session of the dialogue was held in Rome.", 5),
        ("The previous meeting of the Joint Commission, the sixth, was held in Kathmandu.", 6),
        ("The first two-plus-two meeting was held in Tokyo in April 2022.", 1),
        ("The last intergovernmental consultations, the 15th, took place in Warsaw.", 15),
        ("The previous retreat, the ninth, took place in Bandar Seri Begawan.", 9),
        ("It was the first face-to-face meeting between the two leaders.", None),
        ("It was the first meeting of the two ministers since the election.", None),
        ("It was the first time the two governments had met since 2018.", None),
        # Spanish and Portuguese releases number in capital Roman numerals.
        ("The previous edition, the XIV, was held in the city of Loja.", 14),
        ("The previous summit, the XLII, took place in Montevideo.", 42),
        ("I said the last meeting was useful.", None),
        # Of the kind the article names.
        ("Oslo hosted them in May - the eleventh such summit - and little changed.", 11),
    ],
)
def test_a_session_numbered_by_a_common_noun(sentence: str, number: int | None) -> None:
    found = numbered_session(sentence)
    assert (found[0] if found else None) == number


def test_a_lowercase_numbered_dialogue_takes_its_countries_from_the_meeting(
    knowledge: Any,
) -> None:
    finder = MechanismFinder(knowledge)
    text = "Vietnam and Japan held their 11th strategic partnership dialogue in Tokyo."
    [match] = finder.find(text, EVIDENCE)
    assert match.ref.round == 11
    keyed = finder.with_parties(match.ref, {"VNM", "JPN"})
    assert keyed is not None and keyed.key == "jpn-vnm-strategic-partnership-dialogue"
    # Without two countries to key it by, it names no mechanism.
    assert finder.with_parties(match.ref, {"VNM"}) is None
    # Counting meetings is not naming a mechanism.
    assert finder.find("It was their first face-to-face meeting in Tokyo.", EVIDENCE) == []


def test_a_numbered_ministers_meeting_of_three_countries_takes_them_from_the_meeting(
    knowledge: Any,
) -> None:
    finder = MechanismFinder(knowledge)
    text = (
        "Marles hosted Austin and Nakatani in Darwin for the 14th trilateral defence "
        "ministers' meeting."
    )
    [match] = finder.find(text, EVIDENCE)
    assert match.ref.round == 14
    keyed = finder.with_parties(match.ref, {"AUS", "JPN", "USA"})
    assert keyed is not None and keyed.key.startswith("aus-jpn-usa-")
    # A trilateral format is three countries'.
    assert finder.with_parties(match.ref, {"AUS", "JPN"}) is None


def test_a_hyphenated_verb_after_a_name_is_no_pair_of_countries(knowledge: Any) -> None:
    # "Vieira co-chaired" once read as a pair and swallowed the numbered meeting after it.
    found = find(
        knowledge,
        "On Tuesday Wang and Vieira co-chaired the fourth meeting of the Brazil-China "
        "Comprehensive Strategic Dialogue in Rio.",
    )
    assert found == [("bra-chn-comprehensive-strategic-dialogue", 4)]
    assert find(
        knowledge,
        "On Wednesday, Wang co-chaired the sixth China-Japan High-level Economic Dialogue.",
    ) == [("chn-jpn-high-level-economic-dialogue", 6)]


def test_a_numbered_trilateral_summit_is_a_format(knowledge: Any) -> None:
    found = find(knowledge, "Yoon hosted Li and Kishida on Monday for the ninth trilateral summit.")
    assert [r for _, r in found] == [9]
    assert find(knowledge, "It was the first summit between the two leaders.") == []
    found = find(
        knowledge,
        "The ministers met in Tashkent on Friday for the 5th trilateral meeting of the three "
        "countries' foreign ministers.",
    )
    assert [r for _, r in found] == [5]
    assert find(knowledge, "It was the 3rd meeting of the two leaders this year.") == []
    # The number set off by commas.
    found = find(
        knowledge,
        "The previous, fourth, trilateral meeting took place in Ashgabat in May 2022.",
    )
    assert [r for _, r in found] == [4]


def test_a_numbered_annual_summit_is_a_format(knowledge: Any) -> None:
    found = find(
        knowledge, "Lula and Sánchez held the 12th annual summit at the Moncloa on Monday."
    )
    assert [(key.startswith("~"), r) for key, r in found] == [(True, 12)]
    assert find(knowledge, "It was their first annual summit in six years.") == []


def test_a_numbered_round_of_negotiations_is_a_round(knowledge: Any) -> None:
    [(_, number)] = find(
        knowledge,
        "The sixth round of indirect negotiations between Armenia and Azerbaijan ended in "
        "Abu Dhabi on Monday.",
    )
    assert number == 6


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Officials held the first ministerial meeting of the Mongolia-Vietnam Joint Dialogue.", 1),
        ("They chaired the second plenary session of the Chile-Peru Binational Council.", 2),
    ],
)
def test_the_kind_of_sitting_between_ordinal_and_meeting_keeps_the_round(
    knowledge: Any, text: str, number: int
) -> None:
    assert [n for _, n in find(knowledge, text)] == [number]


@pytest.mark.parametrize(
    ("text", "key", "number"),
    [
        ("Frieden hosted the 13th Benelux summit at the castle.", "benelux-summit", 13),
        ("It was the second summit of the Slavkov format.", "slavkov-format", 2),
    ],
)
def test_regional_formats_are_known_mechanisms(
    knowledge: Any, text: str, key: str, number: int
) -> None:
    [match] = MechanismFinder(knowledge).find(text, EVIDENCE)
    assert (match.ref.key, match.ref.round) == (key, number)
