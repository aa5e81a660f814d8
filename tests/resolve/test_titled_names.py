from __future__ import annotations

import pytest

from parley.models import Sentence
from parley.resolve.titled_names import people_titled_after, titled_people


def _sentence(text: str) -> Sentence:
    return Sentence(index=3, text=text, start=100, end=100 + len(text))


def test_a_name_after_an_office_is_a_person_with_that_title() -> None:
    [person] = titled_people(
        _sentence("Kenya's Foreign Secretary Korir Sing'oei, who arrived on Monday, said nothing.")
    )
    assert (person.text, person.title, person.start) == (
        "Korir Sing'oei",
        "Kenya's Foreign Secretary",
        126,
    )


def test_a_form_of_address_between_the_office_and_the_name_is_no_part_of_the_name() -> None:
    [person] = titled_people(
        _sentence(
            "President Dr Mokgweetsi Eric Keabetswe Masisi is back home after a day in the south."
        )
    )
    assert (person.text, person.title) == ("Mokgweetsi Eric Keabetswe Masisi", "President")


def test_the_possessive_after_a_name_is_no_part_of_it() -> None:
    [person] = titled_people(
        _sentence("Prime Minister Jonas Gahr Store's office issued a statement on Friday.")
    )
    assert (person.text, person.start, person.end) == ("Jonas Gahr Store", 115, 131)


@pytest.mark.parametrize(
    "text",
    [
        "The Prime Minister said the talks had gone well.",
        # A headline in title case: every word looks like a name.
        "Foreign Secretary Korir Sing'oei Arrives In Islamabad For Talks",
    ],
)
def test_no_person_without_a_name_after_the_office(text: str) -> None:
    assert titled_people(_sentence(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sultan Haitham Rashid, Deputy Prime Minister and Minister of Oil of Oman, greeted "
            "him at the airport.",
            [("Sultan Haitham Rashid", "Deputy Prime Minister")],
        ),
        # An office or a body before the comma is no name; nor is a day.
        (
            "According to the Foreign Office Spokesperson, the Deputy Prime Minister briefed him.",
            [],
        ),
        ("On Friday, President Ruto received the envoys at State House.", []),
        # A name after its office is the other finder's.
        ("Foreign Secretary Amna Baloch, the Ambassador of Peru, spoke.", []),
    ],
)
def test_a_name_with_its_office_set_off_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(p.text, p.title) for p in people_titled_after(_sentence(text))] == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("UN envoy Hans Grundberg also attended.", "UN envoy"),
        ("U.S. Special Envoy Steve Witkoff also attended.", "U.S. Special Envoy"),
    ],
)
def test_a_short_sentence_or_an_office_in_lower_case_still_names_the_person(
    text: str, title: str
) -> None:
    assert [(p.text, p.title) for p in titled_people(_sentence(text))] == [
        (text.split(title + " ")[1].removesuffix(" also attended."), title)
    ]


def test_a_title_case_headline_names_no_one() -> None:
    assert titled_people(_sentence("Talks With Foreign Minister Wang Yi Begin In Beijing")) == []
