"""Mentions of one article: dates referred back, mechanisms given to the right meeting."""

from __future__ import annotations

from pathlib import Path

import pytest
from meeting_helpers import agreements, article_mentions, occurred_meetings, parties, supports

from parley.models import (
    ActorRef,
    DateValue,
    EventFilter,
    EventMention,
    EventType,
    Evidence,
    Location,
    Precision,
    Status,
)
from parley.pipeline import Parley
from parley.resolve.mentions import _share_within_sentence

pytestmark = pytest.mark.slow


def test_talks_referred_back_to_share_the_lead_meetings_date(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Wong and Kamikawa meet in Canberra\n\n"
        "Published: November 12, 2023\n\n"
        "Australian Foreign Minister Penny Wong and Japanese Foreign Minister Yoko Kamikawa "
        "held talks in Canberra on Friday on maritime security and critical minerals.\n\n"
        "The talks also covered defence industry cooperation and the situation in the South "
        "China Sea, where both countries want freedom of navigation to be respected.\n\n"
        "Wong told reporters that the relationship between the two countries had never been "
        "stronger and that both wanted a region where sovereignty is respected.\n",
        actor="Penny Wong",
    )
    # Not a second meeting on the day of publication, nor a date conflict.
    assert [e.date for e in meetings] == ["2023-11-10"]
    assert not [c for c in meetings[0].conflicts if c.field == "date"]


def test_a_summit_after_a_meeting_is_another_occasion(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "EU leaders meet Xi, then hold summit with Li\n\n"
        "Published: December 7, 2023\n\n"
        "European Council President Charles Michel and European Commission President Ursula "
        "von der Leyen met Xi Jinping at the Diaoyutai State Guesthouse in the morning before "
        "holding the 24th EU-China summit with Premier Li Qiang in the afternoon.\n\n"
        "Both sides said the talks had been frank and that trade imbalances and the war in "
        "Ukraine had dominated the discussions of the day.\n",
        actor="Charles Michel",
    )
    by_counterpart = {("Xi Jinping" in {p.name for p in e.participants}): e for e in meetings}
    assert set(by_counterpart) == {True, False}
    with_xi, summit = by_counterpart[True], by_counterpart[False]
    assert "Li Qiang" not in {p.name for p in with_xi.participants}
    assert with_xi.mechanism is None
    assert summit.mechanism is not None and summit.mechanism.round == 24


def test_meetings_after_a_day_of_bilaterals_told_by_one_side_share_its_day(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Scholz's day in Brasília\n\n"
        "Published: November 21, 2024 10:00\n\n"
        "Chancellor Olaf Scholz spent a single day in Brasília for the summit of Latin "
        "American and European leaders.\n\n"
        "On Tuesday, on the margins of the summit at the Itamaraty Palace, the chancellor held "
        "four bilateral meetings.\n\n"
        "He then met the President of Chile, Gabriel Boric, and the Prime Minister of Spain, "
        "Pedro Sánchez.\n",
    )
    met = {p.name: e for e in found for p in e.participants if p.name != "Olaf Scholz"}
    assert {met["Gabriel Boric"].date, met["Pedro Sánchez"].date} == {"2024-11-19"}


def test_that_day_is_the_last_day_the_sentence_before_gave_after_an_abbreviated_month(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Carney in Mexico City\n\n"
        "Published: September 19, 2025\n\n"
        "Prime Minister Mark Carney held talks with President Claudia Sheinbaum in Mexico City "
        "on Thursday.\n\n"
        "The visit was prepared by Foreign Minister Anita Anand, who was received by Sheinbaum "
        "at the National Palace on Aug. 5. Anand also held talks that day with Foreign "
        "Minister Juan Ramón de la Fuente.\n",
        actor="Anita Anand",
    )
    [talks] = [e for e in found if "Juan Ramón de la Fuente" in {p.name for p in e.participants}]
    assert talks.date == "2025-08-05"


def test_the_talks_an_agreement_came_during_are_between_those_who_agreed(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Lula, Tokayev agree on fertiliser trade\n\n"
        "Published: 2024-06-12 18:40\n\n"
        "ASTANA, June 12 -- Brazilian President Luiz Inácio Lula da Silva and Kazakh President "
        "Kassym-Jomart Tokayev agreed Wednesday to double the trade in fertilisers within five "
        "years, Lula's office said.\n\n"
        "The agreement came during summit talks at the Akorda presidential palace in Astana, "
        "the second stop of Lula's tour of Central Asia.\n",
    )
    assert [sorted(p.name for p in e.participants) for e in found] == [
        ["Kassym-Jomart Tokayev", "Luiz Inácio Lula da Silva"]
    ]
    assert found[0].date == "2024-06-12"


def test_the_talks_an_agreement_was_signed_after_are_between_those_who_signed(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Sweden and Poland seal pact\n\n"
        "Published: Thu 28 Nov 2024 18:05 CET\n\n"
        "HARPSUND, Sweden — Prime Ministers Ulf Kristersson and Donald Tusk signed a strategic "
        "partnership on Thursday.\n\n"
        "The agreement, signed after roughly two hours of bilateral talks in the main house, "
        "covers defence industry cooperation and energy.\n",
    )
    assert [sorted(p.name for p in e.participants) for e in found] == [
        ["Donald Tusk", "Ulf Kristersson"]
    ]
    assert found[0].date == "2024-11-28"


def test_the_two_leaders_after_a_meeting_are_those_of_the_meeting_just_told(
    tmp_path: Path,
) -> None:
    text = (
        "King Willem-Alexander receives Kenya's Ruto\n\n"
        "Published: Thu 14 Mar 2024 17:20 CET\n\n"
        "King Willem-Alexander received President William Ruto on Thursday at Noordeinde "
        "Palace in The Hague, on the last day of a visit to the Netherlands.\n\n"
        "The most important meeting of the visit came on Wednesday, when Prime Minister Mark "
        "Rutte received Ruto at the Catshuis. After a meeting of about an hour, the two "
        "leaders signed a memorandum on water management and ports.\n"
    )
    [memorandum] = agreements(tmp_path, text)
    assert sorted(p.name for p in memorandum.participants) == ["Mark Rutte", "William Ruto"]
    assert memorandum.date == "2024-03-13"


def test_a_bare_office_received_by_a_host_is_the_guest_not_a_holder_of_the_hosts_country(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Prime Minister Michal in Riga: rail and air defence\n\n"
        "Riga, 14 March 2025 - The Prime Minister of the Republic of Estonia, Kristen Michal, "
        "today held talks with the Prime Minister of the Republic of Latvia, Evika Siliņa, "
        "on Rail Baltica and air defence. The two heads of government then chaired a meeting "
        "of the two delegations.\n\n"
        "Following the meeting, the Estonian delegation was received by the President of "
        "Latvia, Edgars Rinkēvičs. The Prime Minister was also received by the Speaker of the "
        "Saeima, Daiga Mieriņa, who spoke of closer ties between the two parliaments.\n",
    )
    assert ["Daiga Mieriņa", "Kristen Michal"] in parties(meetings)
    assert ["Daiga Mieriņa", "Evika Siliņa"] not in parties(meetings)


@pytest.mark.parametrize(
    "body", ["the Coalition of the Willing", "the Visegrad Group", "the Weimar Triangle"]
)
def test_the_leaders_of_a_named_body_are_not_the_two_of_the_articles_meeting(
    tmp_path: Path, body: str
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Zelensky receives Slovak leader in Uzhhorod\n\n"
        "5 September 2025 - 16:40\n\n"
        "President Volodymyr Zelensky held a meeting with Prime Minister Robert Fico in "
        "Uzhhorod.\n\n"
        "The President informed his Slovak counterpart about the meeting of the leaders of "
        f"{body}, held in Paris at the invitation of President Emmanuel Macron, which focused "
        "on security guarantees for Ukraine.\n",
    )
    assert not any("Robert Fico" in p and "Emmanuel Macron" in p for p in parties(meetings))


def test_a_meeting_placed_only_in_a_country_is_in_the_city_the_article_placed_the_others(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Orbán meets Modi at the end of his India trip\n\n"
        "Thursday, 6 February 2025\n\n"
        "Prime Minister Viktor Orbán met Indian Prime Minister Narendra Modi in New Delhi on "
        "Thursday, closing a visit that was watched closely in Brussels.\n\n"
        "Orbán arrived in India on Tuesday and held talks the same day with Sri Lankan "
        "President Anura Kumara Dissanayake, who was also visiting the country.\n\n"
        "Officials said the visit was meant to attract investment to Hungary and that "
        "further agreements were expected in the months ahead.\n",
    )
    [lankan] = [
        m for m in meetings if "Anura Kumara Dissanayake" in {p.name for p in m.participants}
    ]
    assert lankan.location is not None and lankan.location.name == "New Delhi"


def test_a_meeting_with_the_countrys_own_people_placed_only_in_it_stays_in_its_capital(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Orbán meets Indian business leaders in Mumbai\n\n"
        "Thursday, 6 February 2025\n\n"
        "Prime Minister Viktor Orbán met Indian Prime Minister Narendra Modi in Mumbai on "
        "Thursday, closing a visit that was watched closely in Brussels.\n\n"
        "Orbán arrived in India on Tuesday and was received the same day by President Droupadi "
        "Murmu, who praised the growing trade between the two countries.\n\n"
        "Officials said the visit was meant to attract investment to Hungary and that "
        "further agreements were expected in the months ahead.\n",
    )
    [murmu] = [m for m in meetings if "Droupadi Murmu" in {p.name for p in m.participants}]
    assert murmu.location is not None and murmu.location.name == "New Delhi"


@pytest.mark.parametrize("king", ["His Majesty the King", "the King"])
def test_the_king_of_the_one_kingdom_the_article_names_is_its_reigning_monarch(
    tmp_path: Path, king: str
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Sánchez receives the President of Chile\n\n"
        "Wednesday, 8 March 2023\n\n"
        "The President of the Government, Pedro Sánchez, today received the President of the "
        "Republic of Chile, Gabriel Boric, at the Moncloa Palace, on his first official visit "
        "to Spain, and the two leaders reviewed trade, migration and the energy transition.\n\n"
        f"Earlier in the day, President Boric had been received by {king} at the Zarzuela "
        "Palace.\n",
    )
    assert ["Gabriel Boric", "King Felipe VI"] in parties(meetings)


def test_a_meeting_at_the_same_palace_is_where_the_last_meeting_at_a_venue_was(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Rubio in Panama: canal and migration\n\n"
        "Monday, 3 February 2025\n\n"
        "Secretary of State Marco Rubio met President José Raúl Mulino yesterday at the "
        "Palacio de las Garzas in Panama City, the presidential palace, for talks on the canal.\n\n"
        "When Antony Blinken met Mulino at the same palace on July 1 last year, the "
        "conversation centred on migration through the Darién.\n",
    )
    [earlier] = [m for m in meetings if "Antony Blinken" in {p.name for p in m.participants}]
    assert earlier.location is not None and earlier.location.name == "Panama City"


@pytest.mark.parametrize("premiers", ["the two premiers", "the two prime ministers"])
def test_the_two_premiers_of_a_meeting_of_two_governments_are_their_prime_ministers(
    tmp_path: Path, premiers: str
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Czech and Slovak cabinets meet in Prague\n\n"
        "Published: 14.10.2024 07:30\n\n"
        "The governments of the Czech Republic and Slovakia met yesterday in Prague for their "
        "first joint session in two years, with ministers of both cabinets at the table.\n\n"
        f"The idea of the session was agreed in the summer. When {premiers} spoke by "
        "telephone on 2 July, they agreed to put the quarrels of the spring behind them.\n\n"
        "Officials on both sides said the talks had been businesslike and that the next "
        "session would be held in Slovakia.\n",
    )
    assert ["Petr Fiala", "Robert Fico"] in parties(meetings)


def test_the_monarch_is_the_reigning_one_not_the_consort_named_after(tmp_path: Path) -> None:
    text = (
        "Lula ends his visit to Norway\n\n"
        "Published: 2023-09-14 18:00\n\n"
        "On Wednesday, King Harald V received President Luiz Inácio Lula da Silva at the Royal "
        "Palace in Oslo and, together with Queen Sonja, later offered him a lunch.\n\n"
        "In his toast, the monarch praised Brazil's fight against deforestation and said Norway "
        "strongly supports Brazil's efforts to protect the Amazon rainforest.\n"
    )
    found = supports(tmp_path, text)
    assert found
    assert all("Queen Sonja" not in {p.name for p in e.source} for e in found)
    assert any("King Harald V" in {p.name for p in e.source} for e in found)


def test_support_for_what_is_under_way_in_a_country_backs_that_country(
    tmp_path: Path,
) -> None:
    text = (
        "Petro ends European tour in Madrid\n\n"
        "Madrid, 23 February 2024.– President Gustavo Petro today held talks with the "
        "President of the Government of Spain, Pedro Sánchez, at the Moncloa Palace.\n\n"
        "On Monday, in Paris, the President was received by the President of the French "
        "Republic, Emmanuel Macron, at the Élysée Palace. President Macron expressed his full "
        "support for the peace process under way in Colombia, and the two leaders discussed "
        "cooperation in energy and culture.\n"
    )
    [backing] = supports(tmp_path, text)
    assert [p.name for p in backing.source] == ["Emmanuel Macron"]
    assert [p.country for p in backing.target] == ["COL"]


def test_a_meeting_with_a_mayor_told_with_no_place_is_in_the_mayors_city(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Scholz ends China visit\n\n"
        "BEIJING, April 16 (Reuters) - German Chancellor Olaf Scholz met Chinese President Xi "
        "Jinping in Beijing on Tuesday at the end of a three-day visit to China.\n\n"
        "On Monday, after a lecture at Tongji University, he met Gong Zheng, the mayor of "
        "Shanghai, and visited a German-owned factory.\n",
    )
    [mayor] = [m for m in meetings if "Gong Zheng" in {p.name for p in m.participants}]
    assert mayor.location is not None and mayor.location.name == "Shanghai"


def test_the_chairperson_in_office_is_the_chair_the_article_named(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "OSCE chair to visit the South Caucasus\n\n"
        "HELSINKI, 10 October 2025 — Finland's Foreign Minister Elina Valtonen, who chairs the "
        "OSCE this year, will travel to the South Caucasus next week.\n\n"
        "Last month, the Chairperson-in-Office held separate talks in Skopje on 15 September "
        "with Prime Minister Hristijan Mickoski and Foreign Minister Timčo Mucunski.\n",
    )
    assert ["Elina Valtonen", "Hristijan Mickoski"] in parties(meetings)
    assert ["Elina Valtonen", "Timčo Mucunski"] in parties(meetings)


def test_the_same_day_after_a_count_of_days_is_the_day_counted_to(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Rutte's Baltic tour\n\n"
        "Published: 2024-03-20 09:00\n\n"
        "On 3 March 2024 Mark Rutte was in Warsaw for talks with Donald Tusk; two days later he "
        "travelled to Vilnius to meet Gitanas Nausėda, and flew on the same day to Riga, where "
        "Prime Minister Evika Siliņa received him in the evening.\n\n"
        "Officials said the tour was meant to show support for the eastern flank.\n",
    )
    [riga] = [m for m in meetings if "Evika Siliņa" in {p.name for p in m.participants}]
    assert riga.date == "2024-03-05"


def test_a_counterpart_met_in_another_town_the_next_day_is_met_on_that_day(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "A year of visitors\n\n"
        "Posted 14 January 2024\n\n"
        "Then came Olaf Scholz, who sat with Tokaev in Astana on 20 June and with Mirziyoyev "
        "in Samarkand the next day, talking gas in one capital and trains in the other.\n",
    )
    days = {p.name: e.date for e in found for p in e.participants if p.name != "Olaf Scholz"}
    assert days == {"Kassym-Jomart Tokayev": "2023-06-20", "Shavkat Mirziyoyev": "2023-06-21"}


def test_a_meeting_shortly_after_an_arrival_is_on_the_day_of_the_arrival(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Erdogan meets Aliyev ahead of summit\n\n"
        "Published: 2023-11-03 15:48\n\n"
        "ASTANA - Turkish President Recep Tayyip Erdogan met Azerbaijani President Ilham Aliyev "
        "on Friday morning in the Kazakh capital, ahead of the summit.\n\n"
        "Erdogan arrived in Astana on Thursday afternoon. Shortly after his arrival, he met "
        "Kyrgyz President Sadyr Japarov at his hotel, the Turkish presidency said.\n",
    )
    [japarov] = [e for e in found if "Sadyr Japarov" in {p.name for p in e.participants}]
    assert japarov.date == "2023-11-02"


def test_telephone_conversations_with_two_presidents_are_a_call_with_each(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Lourenço keeps the process going\n\n"
        "16 December 2024 | 09:12\n\n"
        "Luanda - On 19 October, President João Lourenço held telephone conversations with "
        "Presidents Félix Tshisekedi and Paul Kagame on the next steps of the process.\n",
        actor="João Lourenço",
    )
    assert sorted(sorted(p.name for p in e.participants) for e in found) == [
        ["Félix Tshisekedi", "João Lourenço"],
        ["João Lourenço", "Paul Kagame"],
    ]


def test_a_courtesy_call_on_the_occasion_shares_its_day_and_place(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Chile, Peru hold political consultations\n\n"
        "Published: June 12, 2024\n\n"
        "Chilean Vice Foreign Minister Ana Silva and Peruvian Vice Foreign Minister Ignacio "
        "Higueras held the fourth round of political consultations in Lima on June 10.\n\n"
        "The two officials agreed to coordinate closely at regional and international forums "
        "and to expand trade in agricultural products.\n\n"
        "On the occasion, Silva paid a courtesy call on Peruvian Foreign Minister "
        "Javier Gonzalez-Olaechea.\n",
    )
    [call] = [e for e in found if "Javier Gonzalez-Olaechea" in {p.name for p in e.participants}]
    assert call.date == "2024-06-10"
    assert call.location is not None and call.location.name == "Lima"


def test_a_summit_named_on_the_occasion_of_is_not_the_occasion_just_reported(
    tmp_path: Path,
) -> None:
    found = article_mentions(
        tmp_path,
        "t1",
        "Leaders hold trilateral summit\n\n"
        "Published: June 12, 2024\n\n"
        "President Emmanuel Macron, Chancellor Olaf Scholz and Prime Minister Donald Tusk "
        "held a trilateral summit at Weimar on June 10.\n\n"
        "The three leaders welcomed the progress made since their meeting in Paris on "
        "February 12, on the occasion of the European Council Summit.\n",
    )
    [council] = [m for m in found if m.trigger == "Summit"]
    assert council.location is None or council.location.name != "Weimar"
    assert council.date is None or council.date.day != 10


def test_those_listed_as_taking_part_are_at_the_meeting_just_told(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Baltic allies meet in Helsinki\n\n"
        "Published: 2025-01-14\n\n"
        "The President of Finland, Alexander Stubb, and the Prime Minister of Estonia, Kristen "
        "Michal, on Tuesday 14 January 2025 jointly hosted a meeting of allies at the "
        "Presidential Palace in Helsinki.\n\n"
        "Taking part in the meeting were the Prime Minister of Denmark, Mette Frederiksen; the "
        "Federal Chancellor of Germany, Olaf Scholz; and the Prime Minister of Sweden, Ulf "
        "Kristersson.\n",
    )
    [meeting] = [e for e in found if any(p.name == "Olaf Scholz" for p in e.participants)]
    assert {"Alexander Stubb", "Kristen Michal", "Mette Frederiksen"} <= {
        p.name for p in meeting.participants
    }
    assert meeting.date == "2025-01-14"
    assert meeting.location is not None and meeting.location.name == "Helsinki"


def test_a_month_later_counts_from_the_day_its_sentence_lent_the_meeting_before(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Dissanayake's year abroad\n\n"
        "Published: 2025-04-05\n\n"
        "President Anura Kumara Dissanayake made his first trip abroad to New Delhi in "
        "December for talks with Prime Minister Narendra Modi. A month later he travelled to "
        "Beijing, where he held talks with President Xi Jinping.\n",
        actor="Xi Jinping",
    )
    [beijing] = found
    assert beijing.date == "2025-01"


def test_the_day_a_lead_told_is_that_of_the_meeting_with_the_same_people(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Biden meets Nordic leaders\n\n"
        "HELSINKI (AP) —\n\n"
        "Updated 5:04 PM GMT+3, July 13, 2023\n\n"
        "President Joe Biden ended his European trip Thursday in Helsinki, where he met "
        "Finland's president and then sat down with the leaders of four other Nordic nations a "
        "day after a NATO summit dominated by the war in Ukraine.\n\n"
        "Biden and Finnish President Sauli Niinisto held talks that lasted about an hour at "
        "Mantyniemi, the Finnish president's official residence.\n",
        actor="Sauli Niinistö",
    )
    assert found and all(e.date == "2023-07-13" for e in found)


def test_an_occasion_the_call_came_a_day_after_is_dated_from_the_call(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Nordic leaders close ranks\n\n"
        "January 16, 2025 4:02 am CET\n\n"
        "COPENHAGEN — Danish Prime Minister Mette Frederiksen held a phone call with Donald "
        "Trump on Wednesday about Greenland.\n\n"
        "The call came a day after Frederiksen joined her Nordic and Baltic counterparts for a "
        "summit of the NATO allies bordering the Baltic Sea.\n",
        actor="Mette Frederiksen",
    )
    [summit] = [e for e in found if e.mode == "multilateral"]
    assert summit.date == "2025-01-14"


def test_the_meeting_with_a_party_named_refers_back_to_the_meeting_with_them(
    tmp_path: Path,
) -> None:
    found = article_mentions(
        tmp_path,
        "t1",
        "Milei in Rome\n\n"
        "Published: February 13, 2024\n\n"
        "On Monday Argentine President Javier Milei was received by Pope Francis at the "
        "Vatican and then held talks with Prime Minister Giorgia Meloni at Palazzo Chigi.\n\n"
        "The meeting with the Pope lasted more than an hour.\n",
    )
    [meeting] = [m for m in found if m.evidence.sentence.startswith("The meeting with")]
    assert {p.name for p in meeting.participants} == {"Javier Milei", "Pope Francis"}


def test_the_subject_the_parser_hangs_on_since_is_the_clauses_own(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Sunak meets Xi in New Delhi\n\n"
        "Published: September 10, 2023\n\n"
        "Rishi Sunak has met Xi Jinping in New Delhi, the first face-to-face talks between a "
        "British prime minister and the Chinese president since Theresa May visited Beijing "
        "in 2018.\n",
    )
    assert ["Rishi Sunak", "Xi Jinping"] in parties(found)
    assert not [e for e in found if {"Rishi Sunak", "Theresa May"} <= set(parties([e])[0])]


def test_a_courtesy_call_also_paid_shares_the_day_and_place_of_the_talks(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Indonesia, Malaysia hold talks in Kuala Lumpur\n\n"
        "Published: August 6, 2024\n\n"
        "Indonesian Foreign Minister Retno Marsudi held talks with Malaysian Foreign Minister "
        "Mohamad Hasan in Kuala Lumpur on Monday on border management and trade.\n\n"
        "The two ministers signed an agreement on maritime boundaries and said that they "
        "would work to settle the remaining disputes by the end of the decade.\n\n"
        "Marsudi also paid a courtesy call on Malaysian Prime Minister Anwar Ibrahim.\n",
    )
    [call] = [e for e in found if "Anwar Ibrahim" in {p.name for p in e.participants}]
    assert call.date == "2024-08-05"
    assert call.location is not None and call.location.name == "Kuala Lumpur"


def test_a_day_without_its_year_in_a_paragraph_telling_an_earlier_year_falls_in_it(
    tmp_path: Path,
) -> None:
    text = (
        "How the Caspian talks stalled\n\n"
        "Published: March 3, 2025\n\n"
        "The talks began with promise. On 12 May 2023 Iranian Foreign Minister Hossein "
        "Amir-Abdollahian and Azerbaijani Foreign Minister Jeyhun Bayramov signed a memorandum "
        "on transit in Baku. Bayramov then met Kazakh Foreign Minister Murat Nurtleu in Astana "
        "on 9 June, and the two said that the route would open within the year.\n\n"
        "On 14 February the ministers met again in Ashgabat and agreed to set up a joint "
        "working group on tariffs for the route.\n"
    )
    found = occurred_meetings(tmp_path, text, actor="Murat Nurtleu")
    by_place = {e.location.name if e.location else None: e.date for e in found}
    assert by_place["Astana"] == "2023-06-09"
    # A new paragraph tells the news of the report's own year.
    assert by_place["Ashgabat"] == "2025-02-14"


def test_a_later_month_told_since_the_earlier_year_carries_a_day_into_the_next_year(
    tmp_path: Path,
) -> None:
    text = (
        "Neighbours mend ties\n\n"
        "Published: February 27, 2025\n\n"
        "Relations soured in January 2024 when the two governments recalled their "
        "ambassadors. The rift was healed by a deal mediated by Turkey in December, and "
        "President Hassan Sheikh Mohamud met Prime Minister Abiy Ahmed in Addis Ababa on "
        "Jan. 11, when the two agreed to restore full diplomatic representation.\n"
    )
    [found] = occurred_meetings(tmp_path, text, actor="Abiy Ahmed")
    assert found.date == "2025-01-11"


def test_a_seat_of_government_names_the_city_of_the_meeting(tmp_path: Path) -> None:
    [meeting] = occurred_meetings(
        tmp_path,
        "Kagame receives Angolan envoy\n\n"
        "Published: March 12, 2025\n\n"
        "President Paul Kagame on Tuesday received Angola's Minister of External Relations, "
        "Tete Antonio, at Urugwiro Village, where the minister delivered a message from "
        "President Joao Lourenco on the peace process in the region.\n",
        actor="Paul Kagame",
    )
    assert meeting.location is not None and meeting.location.name == "Kigali"


def test_the_chief_of_an_organisation_is_its_head_the_article_named(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "UN nuclear watchdog chief in Cairo\n\n"
        "Published: June 5, 2024\n\n"
        "Rafael Grossi, the Director General of the International Atomic Energy Agency, "
        "arrived in Cairo on Tuesday for a two-day visit focused on the El Dabaa nuclear "
        "plant and on regional security.\n\n"
        "The IAEA chief held talks with Egyptian Foreign Minister Sameh Shoukry on "
        "Wednesday, the ministry said.\n",
        actor="Sameh Shoukry",
    )
    assert parties(found) == [["Rafael Grossi", "Sameh Shoukry"]]


def test_a_meeting_on_the_sidelines_is_where_the_gathering_named_in_passing_was(
    tmp_path: Path,
) -> None:
    [meeting] = occurred_meetings(
        tmp_path,
        "Frederiksen defends spending pledge\n\n"
        "Published: July 13, 2023\n\n"
        "Prime Minister Mette Frederiksen said on Thursday that Denmark would meet its "
        "spending target, speaking to reporters on her return from the summit in Vilnius.\n\n"
        "On the sidelines of the summit, Frederiksen held a brief meeting on Wednesday with "
        "the Swedish Prime Minister, Ulf Kristersson, on the security of the Baltic Sea.\n",
        actor="Ulf Kristersson",
    )
    assert meeting.location is not None and meeting.location.name == "Vilnius"


def test_a_call_after_the_talks_shares_their_day(tmp_path: Path) -> None:
    [call] = occurred_meetings(
        tmp_path,
        "Ruto, Ramaphosa hold talks in Pretoria\n\n"
        "Published: March 14, 2024\n\n"
        "Kenyan President William Ruto and South African President Cyril Ramaphosa held talks "
        "at the Union Buildings in Pretoria on Wednesday on trade and regional security.\n\n"
        "After the talks, Ruto received a courtesy call from South African Foreign Minister "
        "Naledi Pandor at his hotel.\n",
        actor="Naledi Pandor",
    )
    assert call.date == "2024-03-13"


def test_a_live_blog_entry_time_is_nobody(tmp_path: Path) -> None:
    [meeting] = occurred_meetings(
        tmp_path,
        "Pacific leaders' summit: live\n\n"
        "Published: October 25, 2024\n\n"
        "09:30 - Luxon is settling in after a busy Thursday: shortly after arriving he met "
        "Fiji's Prime Minister Sitiveni Rabuka, with whom he discussed policing.\n",
        actor="Sitiveni Rabuka",
    )
    assert {p.name for p in meeting.participants} >= {"Christopher Luxon", "Sitiveni Rabuka"}
    assert all(any(ch.isalpha() for ch in p.name) for p in meeting.participants)


def test_a_month_later_counts_from_the_meeting_reported_before(tmp_path: Path) -> None:
    [trio] = occurred_meetings(
        tmp_path,
        "Analysis: Warsaw and Berlin, a year on\n\n"
        "Published: July 10, 2024\n\n"
        "Tusk's first trip as prime minister took him to Berlin in February, where Scholz "
        "received him at the Chancellery.\n\n"
        "A month later, Scholz hosted Tusk and French President Emmanuel Macron in Berlin.\n",
        actor="Emmanuel Macron",
    )
    assert trio.date == "2024-03"


def test_two_days_later_counts_days_from_the_meeting_reported_before(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Lavrov's Africa tour\n\n"
        "Published: January 30, 2023\n\n"
        "Lavrov held talks with South African Foreign Minister Naledi Pandor in Pretoria on "
        "January 23, 2023. The two ministers discussed trade and the situation in the region, "
        "and they agreed that their countries would stay in close contact.\n\n"
        "Two Days Later, Lavrov was received by King Mswati III in Mbabane, where he was "
        "thanked for the grain that Russia had sent to the kingdom in the autumn.\n",
    )
    [audience] = [e for e in found if "Naledi Pandor" not in {p.name for p in e.participants}]
    assert audience.date == "2023-01-25"


def test_the_two_leaders_are_the_two_people_named_before_any_meeting(tmp_path: Path) -> None:
    [talks] = occurred_meetings(
        tmp_path,
        "Leaders witness port deal\n\n"
        "Published: March 4, 2025\n\n"
        "Tanzanian President Samia Suluhu Hassan and her Kenyan counterpart William Ruto on "
        "Tuesday witnessed the signing of an agreement on the Lake Victoria ferry service in "
        "Arusha.\n\n"
        "Ruto, who arrived at the State House shortly after 10 am, was given a guard of honour "
        "before the two leaders held a one-on-one meeting.\n",
    )
    assert {p.name for p in talks.participants} == {"Samia Suluhu Hassan", "William Ruto"}
    assert talks.date == "2025-03-04"


def _statements(tmp_path: Path, text: str) -> list[list[str]]:
    article = tmp_path / "statement.txt"
    article.write_text(text, encoding="utf-8")
    with Parley.open(tmp_path / "p.db") as parley:
        assert parley.ingest([str(article)]).ok
        found = [e for e in parley.events() if e.type.value == "SUPPORT"]
    return parties(found)


def test_both_sides_praising_their_own_work_back_no_other_party(tmp_path: Path) -> None:
    found = _statements(
        tmp_path,
        "Ruto, Samia hold talks\n\n"
        "Published: March 4, 2025\n\n"
        "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan "
        "in Arusha on Tuesday.\n\n"
        "The two leaders welcomed the progress made on the Lake Victoria ferry link.\n\n"
        "Presidents Ruto and Samia Suluhu Hassan affirmed their full support for the people of "
        "Sudan.\n",
    )
    assert found == [["Samia Suluhu Hassan", "Sudan", "William Ruto"]]


def test_the_two_leaders_of_one_country_are_nobody_without_a_meeting(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Coalition talks\n\n"
        "Published: March 4, 2025\n\n"
        "Kenyan President William Ruto and opposition leader Raila Odinga appeared together "
        "in Nairobi on Tuesday.\n\n"
        "The two leaders then held a closed-door meeting with their advisers.\n",
    )
    assert [e for e in found if len(e.participants) >= 2] == []


def test_the_two_sides_are_the_article_s_meeting_not_one_mentioned_in_passing(
    tmp_path: Path,
) -> None:
    [deal] = agreements(
        tmp_path,
        "Sharif, Pezeshkian hold talks in Tehran\n\n"
        "Published: May 26, 2025\n\n"
        "Pakistani Prime Minister Shehbaz Sharif held talks with Iranian President Masoud "
        "Pezeshkian in Tehran on Monday on trade, energy and border security.\n\n"
        "Sharif arrived from Istanbul, where he had met Turkish President Tayyip Erdogan on "
        "Sunday, on the second leg of a regional tour.\n\n"
        "The two sides agreed to increase bilateral trade to $10 billion within five years, "
        "officials said after the talks.\n",
    )
    assert {p.name for p in deal.participants} == {"Shehbaz Sharif", "Masoud Pezeshkian"}
    assert deal.date == "2025-05-26"


def test_the_gathering_an_article_hosts_is_the_summit_it_named(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "SCO leaders gather in Astana\n\n"
        "Published: July 4, 2024\n\n"
        "Leaders of the Shanghai Cooperation Organisation met in the Kazakh capital on Thursday "
        "for a summit dominated by security and trade.\n\n"
        "Kazakh President Kassym-Jomart Tokayev hosted the gathering, attended by Russian "
        "President Vladimir Putin, Chinese President Xi Jinping and Pakistani Prime Minister "
        "Shehbaz Sharif.\n",
    )
    summits = [e for e in found if e.mechanism is not None]
    [summit] = [e for e in summits if "Vladimir Putin" in {p.name for p in e.participants}]
    assert summit.mechanism is not None and summit.mechanism.name == "SCO summit"
    assert summit.mode == "multilateral"


def test_a_bare_office_only_one_named_country_has_is_its_holder(tmp_path: Path) -> None:
    text = (
        "Government press conference of 21 May 2025\n\n"
        "SPOKESPERSON: Tomorrow the Chancellor will travel to Vilnius for his first visit to "
        "Lithuania. The stationing of the brigade is the largest contribution Germany has "
        "made to the defence of the eastern flank. The Chancellor has said several times, "
        "including when he met President Macron in Paris on 7 May, that the security of our "
        "partners is our security.\n"
    )
    meetings = occurred_meetings(tmp_path, text, actor="Emmanuel Macron")
    assert ["Emmanuel Macron", "Friedrich Merz"] in parties(meetings)


@pytest.mark.parametrize(
    ("title", "holder"),
    [("The Taoiseach", "Micheál Martin"), ("The Tánaiste", "Simon Harris")],
)
def test_an_office_only_one_country_has_is_its_holder_on_the_day(
    tmp_path: Path, title: str, holder: str
) -> None:
    # Neither Ireland nor its leader is named: the Irish title alone says whose office it is.
    text = (
        "Stopover in the west\n\n"
        "Published: March 3, 2025\n\n"
        f"{title} met Volodymyr Zelensky at Shannon Airport on Thursday, before the "
        "Ukrainian leader flew on to Washington.\n"
    )
    [meeting] = occurred_meetings(tmp_path, text, actor="Volodymyr Zelensky")
    assert sorted(p.name for p in meeting.participants) == sorted([holder, "Volodymyr Zelensky"])
    assert meeting.date == "2025-02-27"
    assert meeting.location is not None and meeting.location.name == "Shannon"


def test_pronouns_in_a_clause_about_a_meeting_are_its_two_sides(tmp_path: Path) -> None:
    text = (
        "Merz in Vilnius\n\n"
        "Published: May 22, 2025\n\n"
        "VILNIUS - President Gitanas Nauseda received Chancellor Friedrich Merz at the "
        "presidential palace on Thursday, a day after Defence Minister Dovile Sakaliene met "
        "her German counterpart.\n\n"
        "The President received Minister Boris Pistorius in January, when he awarded him the "
        "Grand Cross of the Order for Merits for his contribution to the partnership.\n"
    )
    meetings = occurred_meetings(tmp_path, text, actor="Boris Pistorius")
    assert ["Boris Pistorius", "Gitanas Nausėda"] in parties(meetings)


def test_he_in_a_where_clause_of_a_passive_reception_is_a_side_already(
    tmp_path: Path,
) -> None:
    # Both sides stand before "by" and after it; "he" is the guest, not the last man named.
    text = (
        "Biden in Dublin\n\n"
        "Published: April 13, 2023\n\n"
        "After lunch US President Joe Biden watched a hurling match alongside Secretary of "
        "State Antony Blinken.\n\n"
        "Earlier, the President was received by President Michael D Higgins at Áras an "
        "Uachtaráin, where he planted a tree and rang the Peace Bell.\n"
    )
    meetings = occurred_meetings(tmp_path, text, actor="Michael D. Higgins")
    assert parties(meetings) == [["Joe Biden", "Michael D. Higgins"]]


def test_the_talks_after_a_signing_by_two_leaders_are_theirs(tmp_path: Path) -> None:
    text = (
        "Zelensky and Martin sign roadmap\n\n"
        "02.12.2025 17:26\n\n"
        "President of Ukraine Volodymyr Zelensky and Prime Minister of Ireland Micheal Martin "
        "have signed a roadmap for the partnership of the two countries until 2030.\n\n"
        "The talks were held first in a one-on-one format and then with the participation of "
        "the delegations.\n"
    )
    meetings = occurred_meetings(tmp_path, text, actor="Volodymyr Zelensky")
    assert parties(meetings) == [["Micheál Martin", "Volodymyr Zelensky"]]
    assert {m.date for m in meetings} == {"2025-12-02"}


def test_a_name_in_a_lede_set_in_capitals_is_the_person(tmp_path: Path) -> None:
    # Another Harris is known too; the capitals name this one.
    text = (
        "Harris meets Sanchez\n\n"
        "Updated 19:41, 12 Apr 2024\n\n"
        "TAOISEACH SIMON HARRIS has said recognition of Palestine is coming closer, after "
        "meeting the Spanish prime minister in Dublin this afternoon.\n\n"
        "Pedro Sánchez is the first foreign leader to be received by Harris since he was "
        "elected. The two men met for talks at Government Buildings.\n"
    )
    meetings = occurred_meetings(tmp_path, text, actor="Pedro Sánchez")
    assert {p.name for m in meetings for p in m.participants} == {"Pedro Sánchez", "Simon Harris"}


def test_the_trip_after_a_signing_that_was_due_is_no_meeting_of_the_signers(
    tmp_path: Path,
) -> None:
    text = (
        "Lula postpones China trip\n\n"
        "March 25, 2023 5:48 PM UTC\n\n"
        "BRASILIA, March 25 (Reuters) - Brazilian President Luiz Inacio Lula da Silva has "
        "postponed his state visit to China, which was to include talks with President Xi "
        "Jinping in Beijing on Tuesday, after being diagnosed with pneumonia.\n\n"
        "Lula had been due to fly to Beijing on Sunday at the head of a delegation, and to sign "
        "more than 20 agreements with Xi, including on trade.\n\n"
        "The trip was to have been the most important of the first months of his term.\n"
    )
    assert occurred_meetings(tmp_path, text, actor="Xi Jinping") == []


def test_a_meeting_before_the_signing_the_lead_reports_has_its_day(tmp_path: Path) -> None:
    text = (
        "Black Sea demining memorandum signed\n\n"
        "11-01-2024\n\n"
        "Istanbul, 11 January /Agerpres/ - Minister of National Defence Angel Tilvar on Thursday "
        "signed in Istanbul, together with Turkish Minister of National Defence Yasar Guler and "
        "Bulgarian Deputy Minister of Defence Atanas Zapryanov, the memorandum on clearing "
        "mines from the Black Sea.\n\n"
        "The command of the new naval group will rotate among the three navies, the ministry "
        "said.\n\n"
        '"Today\'s memorandum gives us a lasting tool against the drifting mines," Minister '
        "Tilvar stated.\n\n"
        "Prior to the signing ceremony, Minister Tilvar had a bilateral meeting with Minister "
        "Yasar Guler, in which the two discussed the security of the region.\n"
    )
    [meeting] = occurred_meetings(tmp_path, text, actor="Yasar Guler")
    assert meeting.date == "2024-01-11"
    assert meeting.location is not None and meeting.location.name == "Istanbul"


def test_a_titled_speaker_of_a_quote_is_the_person_named_before(tmp_path: Path) -> None:
    # "Minister Tîlvăr stated" names the minister already named in full, not a new person.
    text = (
        "Black Sea demining memorandum signed\n\n"
        "11-01-2024\n\n"
        "Istanbul, 11 January /Agerpres/ - Minister of National Defence Angel Tîlvăr on "
        "Thursday signed in Istanbul, together with Turkish Minister of National Defence Yaşar "
        "Güler, a memorandum on clearing mines from the Black Sea.\n\n"
        '"I want to commend Türkiye for its leadership of this initiative," Minister Tîlvăr '
        "stated.\n\n"
        "Prior to the signing ceremony, Minister Tîlvăr had a bilateral meeting with Minister "
        "Yaşar Güler.\n"
    )
    found = article_mentions(tmp_path, "a1", text)
    names = {p.name for m in found for p in m.participants}
    assert "Angel Tîlvăr" in names
    assert not any(name.startswith("Minister ") for name in names)


def test_a_visit_to_a_country_whose_talks_the_report_tells_has_their_parties(
    tmp_path: Path,
) -> None:
    text = (
        "Lula in Hanoi\n\n"
        "Published: March 29, 2025\n\n"
        "Hanoi (AFP) - Brazilian President Luiz Inacio Lula da Silva wrapped up a three-day "
        "visit to Vietnam on Saturday, pitching his country as a reliable partner.\n\n"
        "On Friday Lula held talks with his counterpart Luong Cuong on trade and beef.\n"
    )
    [visit] = [m for m in article_mentions(tmp_path, "a1", text) if m.trigger == "visit"]
    assert {p.name for p in visit.participants} == {"Luiz Inácio Lula da Silva", "Luong Cuong"}


def test_a_bare_the_two_after_a_meeting_told_by_its_countries_is_two_people(
    tmp_path: Path,
) -> None:
    text = (
        "Manila and Beijing hold maritime talks\n\n"
        "Published: January 17, 2025\n\n"
        "MANILA - Philippine and Chinese diplomats met in Xiamen on Thursday for the 10th round "
        "of the Bilateral Consultation Mechanism on the South China Sea.\n\n"
        "Foreign Affairs Undersecretary Theresa Lazaro faced Chinese Vice Foreign Minister Chen "
        "Xiaodong for the third time in six months. The two first sat across each other in "
        "Manila in July, and met again in Beijing in September for a special session.\n"
    )
    meetings = occurred_meetings(tmp_path, text, actor="Chen Xiaodong")
    assert any(
        {"Chen Xiaodong", "Ma. Theresa Lazaro"} <= set(names) and "Beijing" in str(m.location)
        for m, names in zip(meetings, parties(meetings), strict=True)
    )


def test_the_two_who_met_are_the_one_named_and_him(tmp_path: Path) -> None:
    text = (
        "Sudani in Washington\n\n"
        "Published: April 15, 2024\n\n"
        "Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Washington on Sunday for his "
        "first visit since taking office.\n\n"
        "The invitation was handed to him by Secretary of State Antony Blinken when the two "
        "met on the sidelines of the UN General Assembly in New York last September.\n"
    )
    meetings = occurred_meetings(tmp_path, text, actor="Antony Blinken")
    assert ["Antony Blinken", "Mohammed Shia al-Sudani"] in parties(meetings)


def test_colleagues_of_named_nations_are_their_counterparts(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Baltic ministers in Washington\n\n"
        "Published: March 26, 2025\n\n"
        "WASHINGTON (BNS) - Estonia's Margus Tsahkna and his Latvian and Lithuanian colleagues "
        "sat down with U.S. Secretary of State Marco Rubio at the State Department on Tuesday, "
        "the first time the three had met the new administration's top diplomat together.\n\n"
        "The ministers discussed sanctions and the defence spending of the three states.\n",
        actor="Marco Rubio",
    )
    assert ["Baiba Braže", "Kęstutis Budrys", "Marco Rubio", "Margus Tsahkna"] in parties(meetings)


def test_meeting_counterparts_separately_is_one_meeting_each(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Cho meets counterparts in Tokyo\n\n"
        "Published: March 22, 2025\n\n"
        "Foreign Minister Cho Tae-yul met separately with his Japanese and Chinese "
        "counterparts in Tokyo on Saturday on the occasion of a trilateral meeting.\n\n"
        "The talks covered trade, North Korea and the anniversary of diplomatic ties.\n",
        actor="Cho Tae-yul",
    )
    sides = sorted(sorted({p.country for p in e.participants if p.country}) for e in meetings)
    assert ["CHN", "KOR"] in sides and ["JPN", "KOR"] in sides


def test_counterparts_met_on_a_tour_of_several_countries_are_one_meeting_each(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Lula back from Andean tour\n\n"
        "Published: August 10, 2023\n\n"
        "President Luiz Inácio Lula da Silva returned to Brasília late on Wednesday after a "
        "three-day tour that took him to Colombia, Ecuador and Peru, where he met Gustavo "
        "Petro, Guillermo Lasso and Dina Boluarte.\n",
        actor="Luiz Inácio Lula da Silva",
    )
    assert sorted(parties(meetings)) == [
        ["Dina Boluarte", "Luiz Inácio Lula da Silva"],
        ["Guillermo Lasso", "Luiz Inácio Lula da Silva"],
        ["Gustavo Petro", "Luiz Inácio Lula da Silva"],
    ]
    assert all(e.location is None for e in meetings)


def test_two_who_met_a_third_together_on_a_trip_held_one_meeting(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Von der Leyen's China line\n\n"
        "Published: May 2, 2024\n\n"
        "Ursula von der Leyen has hardened her tone since her trip to Beijing in April 2023, "
        "when she and French President Emmanuel Macron met Xi Jinping together.\n",
        actor="Xi Jinping",
    )
    assert parties(meetings) == [["Emmanuel Macron", "Ursula von der Leyen", "Xi Jinping"]]


def test_a_meeting_elsewhere_in_the_same_sentence_lends_no_date(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Astana summit shows the SCO's limits\n\n"
        "Published: July 8, 2024\n\n"
        "Xi Jinping, who had received Putin in Beijing in May, met him again in Astana, a sign "
        "of how central the relationship has become for both men.\n",
        actor="Xi Jinping",
    )
    astana = [e for e in meetings if e.location is not None and e.location.name == "Astana"]
    assert astana and all(e.date != "2024-05" for e in astana)


def test_a_meeting_on_the_eve_of_a_summit_is_not_the_summit(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Erdogan pitches mediation again\n\n"
        "Published: June 20, 2025\n\n"
        "When Erdogan saw Vladimir Putin in Astana last July, on the eve of the SCO summit, he "
        "made the same pitch for talks on Ukraine.\n",
        actor="Vladimir Putin",
    )
    [meeting] = [e for e in found if len(e.participants) >= 2]
    assert meeting.mechanism is None


def test_a_meeting_at_a_known_venue_is_in_the_venue_s_city(tmp_path: Path) -> None:
    [meeting] = occurred_meetings(
        tmp_path,
        "Chilean president calls on Murmu\n\n"
        "Published: March 4, 2025\n\n"
        "Chilean President Gabriel Boric called on President Droupadi Murmu at Rashtrapati "
        "Bhavan on Tuesday, where the two leaders discussed trade in critical minerals.\n",
        actor="Droupadi Murmu",
    )
    assert meeting.location is not None
    assert (meeting.location.name, meeting.location.country) == ("New Delhi", "IND")
    assert meeting.fields["location"][0].basis == "venue: Rashtrapati Bhavan"


@pytest.mark.parametrize(
    ("venue", "city"),
    [
        ("the Planalto", "Brasília"),
        ("Miraflores Palace", "Caracas"),
        ("the Torre Ejecutiva", "Montevideo"),
        ("the Cotroceni Palace", "Bucharest"),
        ("the Victoria Palace", "Bucharest"),
        ("the Boyana Residence", "Sofia"),
        # Venues outside the capital, and one whose name no capital's includes.
        ("Farmleigh House", "Dublin"),
        ("Shannon Airport", "Shannon"),
        ("the Grand Central Hotel", "Belfast"),
        ("Hillsborough Castle", "Hillsborough"),
        ("Banski dvori", "Zagreb"),
        ("Brdo Castle", "Brdo pri Kranju"),
        ("Villa Vipolže", "Vipolže"),
    ],
)
def test_a_palace_called_by_its_short_name_is_in_its_capital(
    tmp_path: Path, venue: str, city: str
) -> None:
    # Neither party lives there: only the palace tells the city.
    meetings = occurred_meetings(
        tmp_path,
        "Petro and Vieira talk mediation\n\n"
        "Published: March 4, 2025\n\n"
        "Colombian President Gustavo Petro held talks with Brazilian Foreign Minister Mauro "
        f"Vieira at {venue} on Tuesday, on the sidelines of a meeting on the regional crisis.\n",
        actor="Gustavo Petro",
    )
    assert [(e.location.name if e.location else None) for e in meetings] == [city]
    # The people who met are never the palace.
    assert all(p.name != venue.removeprefix("the ") for e in meetings for p in e.participants)


def test_his_meeting_is_held_by_the_speaker_named_in_an_earlier_sentence(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Malaysia, Brunei to speed up border survey\n\n"
        "Published: March 4, 2025\n\n"
        "Malaysia and Brunei have agreed to speed up the survey of their land border, said Home "
        "Minister Datuk Seri Utama Haji Saifuddin Haji Nasution.\n\n"
        "He said the survey was among the issues discussed during his meeting with Bruneian "
        "Minister Dato Seri Setia Awang Haji Ahmaddin Abdul Rahman, who called on him in "
        "Putrajaya today.\n",
    )
    assert [sorted(p.name for p in e.participants if p.kind == "person") for e in meetings] == [
        ["Ahmaddin Abdul Rahman", "Saifuddin Nasution"]
    ]
    assert meetings[0].date == "2025-03-04"


def test_two_leaders_who_spoke_held_a_call_unlike_a_leader_who_spoke_at_a_rally(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "LIVE: Trade talks go down to the wire\n\n"
        "Published: April 7, 2025\n\n"
        "18:05 EST - Carney and Trump spoke for about an hour this afternoon, a source close "
        "to the prime minister told us.\n\n"
        "15:20 EST - Trump spoke at a rally in Ohio, where he said tariffs were working.\n",
    )
    assert parties(meetings) == [["Donald Trump", "Mark Carney"]]
    assert meetings[0].date == "2025-04-07"


def test_a_meeting_on_the_sidelines_is_bilateral_and_on_the_day_of_the_summit(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Tokayev attends Central Asia - Gulf summit\n\n"
        "Published: July 19, 2023\n\n"
        "President Kassym-Jomart Tokayev took part in the first Central Asia - Gulf "
        "Cooperation Council summit in Jeddah on Wednesday.\n\n"
        "On the sidelines of the summit, Kassym-Jomart Tokayev met with the Amir of Qatar, "
        "Sheikh Tamim bin Hamad Al Thani.\n",
        actor="Tamim bin Hamad Al Thani",
    )
    [meeting] = meetings
    assert sorted(p.name for p in meeting.participants) == [
        "Kassym-Jomart Tokayev",
        "Tamim bin Hamad Al Thani",
    ]
    assert meeting.mode != "multilateral"
    assert meeting.date == "2023-07-19"


def test_the_summit_told_again_leaves_the_leads_day_and_place_for_its_sidelines(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Gulf leaders meet in Jeddah\n\n"
        "Published: July 19, 2023\n\n"
        "Leaders of the Gulf Cooperation Council and Central Asia on Wednesday pledged closer "
        "trade ties at a summit in Jeddah.\n\n"
        "The two-day summit, hosted by Crown Prince Mohammed bin Salman and co-chaired by "
        "President Shavkat Mirziyoyev, opened on Tuesday evening with a dinner at the royal "
        "palace.\n\n"
        "On the sidelines of the summit, Kassym-Jomart Tokayev met with the Amir of Qatar, "
        "Sheikh Tamim bin Hamad Al Thani.\n",
        actor="Tamim bin Hamad Al Thani",
    )
    [meeting] = meetings
    assert meeting.date == "2023-07-19"
    assert meeting.location is not None and meeting.location.name == "Jeddah"


def test_on_the_sidelines_alone_is_of_the_summit_reported(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Mercosur leaders meet in Asuncion\n\n"
        "Published: July 9, 2024\n\n"
        "Leaders of Mercosur met in Asunción on Monday for the bloc's summit.\n\n"
        "On the sidelines, Luiz Inácio Lula da Silva met Uruguay's President Luis Lacalle "
        "Pou.\n",
        actor="Luis Lacalle Pou",
    )
    [meeting] = meetings
    assert meeting.date == "2024-07-08"
    assert meeting.location is not None and meeting.location.name == "Asunción"


def test_his_counterpart_is_no_third_person(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Polish, German ministers meet\n\n"
        "Published: July 2, 2024\n\n"
        "Chancellor Olaf Scholz arrived in Warsaw on Tuesday for talks with Prime Minister "
        "Donald Tusk.\n\n"
        "Foreign Minister Radoslaw Sikorski held separate talks with his German counterpart "
        "Annalena Baerbock.\n",
        actor="Annalena Baerbock",
    )
    assert [sorted(p.name for p in e.participants if p.kind == "person") for e in meetings] == [
        ["Annalena Baerbock", "Radosław Sikorski"]
    ]


def test_him_after_a_named_party_adds_no_one_from_earlier_sentences(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Warsaw and Berlin\n\n"
        "Published: July 5, 2024\n\n"
        "The governments last met in full session in 2018, when Angela Merkel held talks with "
        "Mateusz Morawiecki in Warsaw.\n\n"
        "Donald Tusk's first trip to Berlin as prime minister, when Olaf Scholz received him "
        "at the Chancellery in February, set the tone.\n",
        actor="Olaf Scholz",
    )
    [meeting] = [m for m in meetings if m.date != "2018"]
    assert sorted(p.name for p in meeting.participants if p.kind == "person") == [
        "Donald Tusk",
        "Olaf Scholz",
    ]
    # The when-clause dates the trip.
    assert meeting.date == "2024-02"


def test_a_meeting_on_the_sidelines_takes_the_place_the_summit_was_held(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Tokayev at the Central Asia - Gulf summit\n\n"
        "Published: July 19, 2023\n\n"
        "President Kassym-Jomart Tokayev took part in the first Central Asia - Gulf "
        "Cooperation Council summit, held in the city of Jeddah.\n\n"
        "On the sidelines of the summit, Kassym-Jomart Tokayev met with the Amir of Qatar, "
        "Sheikh Tamim bin Hamad Al Thani.\n",
        actor="Tamim bin Hamad Al Thani",
    )
    [meeting] = meetings
    assert meeting.location is not None and meeting.location.name == "Jeddah"
    assert "summit on whose sidelines" in meeting.location.basis


def test_a_place_after_the_day_in_a_fronted_phrase_is_the_venue(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Lavrov in southern Africa\n\n"
        "Published: January 26, 2023\n\n"
        "Foreign Minister Sergei Lavrov is touring southern Africa this week.\n\n"
        "On Tuesday in Mbabane, he met Eswatini's Foreign Minister Thulisile Dladla.\n",
        actor="Thulisile Dladla",
    )
    [meeting] = meetings
    assert meeting.location is not None and meeting.location.name == "Mbabane"


def test_the_following_day_counts_from_the_date_before_it(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Orsi in Santiago\n\n"
        "Published: April 7, 2025\n\n"
        "Chilean President Gabriel Boric received Uruguayan President Yamandu Orsi at La Moneda "
        "on Monday.\n\n"
        "Boric recalled that he had travelled to Montevideo for Orsi's inauguration on March 1, "
        "and that the two leaders had held a bilateral meeting there the following day.\n",
        actor="Gabriel Boric",
    )
    assert sorted(m.date for m in meetings) == ["2025-03-02", "2025-04-07"]


def test_a_known_venue_tagged_as_a_body_and_a_host_city_place_the_meeting(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Kremlin readout\n\n"
        "Published: June 20, 2025\n\n"
        "Vladimir Putin and Prabowo Subianto last met in the Kremlin on July 31, 2024.\n\n"
        "In May last year, Almaty hosted negotiations between Foreign Minister Jeyhun Bayramov "
        "of Azerbaijan and Foreign Minister Ararat Mirzoyan of Armenia.\n",
    )
    places = {m.date: m.location.name if m.location else None for m in meetings}
    assert places == {"2024-07-31": "Moscow", "2024-05": "Almaty"}


def test_last_night_and_earlier_in_the_day_date_the_meetings(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Li in Wellington\n\n"
        "Published: June 14, 2024\n\n"
        "Chinese Premier Li Qiang held talks with Prime Minister Christopher Luxon in Wellington "
        "on Thursday.\n\n"
        "Earlier in the day, Li was received by Foreign Minister Winston Peters.\n\n"
        "Li also called on Governor-General Cindy Kiro at Government House last night.\n\n"
        "The visit is the first by a Chinese premier in seven years, and it comes as both "
        "sides look for ways to expand trade while they manage their differences.\n",
        actor="Li Qiang",
    )
    dates = {next(p.name for p in m.participants if p.name != "Li Qiang"): m.date for m in meetings}
    assert dates == {
        "Christopher Luxon": "2024-06-13",
        "Winston Peters": "2024-06-13",
        "Cindy Kiro": "2024-06-13",
    }


def test_delegates_attending_the_talks_are_no_meeting_of_their_own(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Emir receives Kenyan President\n\n"
        "Published: March 4, 2024\n\n"
        "Emir Sheikh Tamim bin Hamad Al Thani held official talks with Kenyan President "
        "William Ruto at the Amiri Diwan in Doha on Monday on trade and energy.\n\n"
        "The talks were attended, on the Qatari side, by Prime Minister Sheikh Mohammed bin "
        "Abdulrahman Al Thani and Minister of State Soltan bin Saad Al Muraikhi.\n",
    )
    assert len(meetings) == 1
    assert {p.name for p in meetings[0].participants} >= {"William Ruto"}
    assert meetings[0].date == "2024-03-04"


def test_an_earlier_session_numbered_by_a_common_noun_is_a_round_of_the_named_dialogue(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Chile, Kenya hold strategic dialogue\n\n"
        "Published: May 23, 2024\n\n"
        "The sixth session of the Chile-Kenya Strategic Partnership Dialogue was held in "
        "Nairobi on Thursday between Chilean Foreign Minister Alberto van Klaveren and Kenyan "
        "Foreign Minister Musalia Mudavadi.\n\n"
        "Van Klaveren recalled that the previous, fifth session of the dialogue had been held "
        "in Santiago in June last year.\n\n"
        "On the same day, Kenyan President William Ruto received Van Klaveren at State House.\n",
    )
    by_round = {e.mechanism.round if e.mechanism else None: e for e in meetings}
    assert set(by_round) >= {5, 6}
    earlier = by_round[5]
    assert earlier.date == "2023-06"
    assert {p.country for p in earlier.participants} == {"CHL", "KEN"}
    assert by_round[6].mechanism is not None
    assert earlier.mechanism is not None and earlier.mechanism.key == by_round[6].mechanism.key
    # "On the same day" is the day of the article's own session, not of the one recalled.
    with_ruto = [e for e in meetings if "William Ruto" in {p.name for p in e.participants}]
    assert [e.date for e in with_ruto] == ["2024-05-23"]


def test_a_lowercase_numbered_dialogue_is_a_round_between_the_meetings_countries(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Peru, Korea hold strategic talks\n\n"
        "Published: March 8, 2024\n\n"
        "Peru and South Korea held their seventh strategic partnership dialogue in Lima on "
        "Thursday, with Vice Foreign Minister Ignacio Higueras and First Vice Foreign Minister "
        "Kim Hong-kyun leading the talks.\n",
    )
    [meeting] = meetings
    assert meeting.mechanism is not None
    assert meeting.mechanism.round == 7
    assert meeting.mechanism.key == "kor-per-strategic-partnership-dialogue"


def test_offices_in_a_wire_report_without_a_year_are_read_at_its_inferred_date(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Erdogan, Pezeshkian discuss Syria by phone\n\n"
        "ANKARA, Dec 17 (Reuters) - Turkish President Tayyip Erdogan and Iranian President "
        "Masoud Pezeshkian discussed the situation in Syria in a phone call on Tuesday, "
        "Erdogan's office said.\n\n"
        "The Iranian and Turkish presidents last met on the sidelines of the BRICS summit in "
        "Kazan in October.\n",
    )
    # "the Iranian and Turkish presidents" are the two presidents, not two countries.
    in_kazan = [e for e in meetings if e.location and e.location.name == "Kazan"]
    assert [sorted(p.name for p in e.participants) for e in in_kazan] == [
        ["Masoud Pezeshkian", "Recep Tayyip Erdoğan"]
    ]
    assert in_kazan[0].date == "2024-10"


def test_counterparts_met_each_in_a_place_of_their_own_are_separate_meetings(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Carney heads to Europe\n\n"
        "Published: March 18, 2025\n\n"
        "Canadian Prime Minister Mark Carney made his first foreign trip on Monday, meeting "
        "French President Emmanuel Macron in Paris and British Prime Minister Keir Starmer in "
        "London to seek closer economic and security ties.\n\n"
        "He said that the two countries were among the oldest and most reliable partners that "
        "Canada has, and that he wanted to work with them on trade and on defence.\n",
    )
    where = {
        e.location.name if e.location else None: sorted(p.name for p in e.participants)
        for e in meetings
    }
    assert where == {
        "Paris": ["Emmanuel Macron", "Mark Carney"],
        "London": ["Keir Starmer", "Mark Carney"],
    }


def test_the_sidelines_of_the_meeting_are_not_those_of_an_earlier_one_in_passing(
    tmp_path: Path,
) -> None:
    [bilateral] = occurred_meetings(
        tmp_path,
        "Nordic ministers meet in Helsinki\n\n"
        "Published: 14 March 2024\n\n"
        "HELSINKI, March 14 - Finnish Foreign Minister Elina Valtonen hosted Swedish Foreign "
        "Minister Tobias Billstrom and Norwegian Foreign Minister Espen Barth Eide in Helsinki "
        "on Thursday for a meeting on Arctic security.\n\n"
        "Valtonen and Billstrom last met in Oslo in September 2023.\n\n"
        "On the sidelines of the meeting, Billstrom also held talks with Estonian Foreign "
        "Minister Margus Tsahkna.\n",
        actor="Margus Tsahkna",
    )
    # Not September 2023 in Oslo: that meeting is recalled in passing.
    assert bilateral.date == "2024-03-14"
    assert bilateral.location is not None and bilateral.location.name == "Helsinki"


def test_a_meeting_recalled_under_a_yearless_dateline_is_no_antecedent(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Lavrov and Fidan meet in Istanbul\n\n"
        "ISTANBUL, October 18 - Russian Foreign Minister Sergei Lavrov held talks with Turkish "
        "Foreign Minister Hakan Fidan in Istanbul on Friday.\n\n"
        "Lavrov and Fidan last met in New York in September on the sidelines of the UN "
        "General Assembly.\n\n"
        "Before the talks, Lavrov also had a one-on-one conversation with Iranian Foreign "
        "Minister Abbas Araghchi.\n",
        actor="Abbas Araghchi",
    )
    [conversation] = found
    assert conversation.location is not None and conversation.location.name == "Istanbul"


def test_a_later_meeting_in_passing_follows_an_earlier_one_in_passing(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Opinion: a partnership rebuilt\n\n"
        "Published: 5 July 2024\n\n"
        "The two governments last met in full session in 2018, when Angela Merkel and Mateusz "
        "Morawiecki presided over consultations in Warsaw.\n\n"
        "Tusk's first trip to Berlin as prime minister, when Olaf Scholz received him at the "
        "Chancellery in February, set the tone. A month later, Scholz hosted Tusk and French "
        "President Emmanuel Macron for a Weimar Triangle summit in Berlin.\n",
        actor="Emmanuel Macron",
    )
    [summit] = found
    # "A month later" counts from February, the last meeting recalled, not from 2018.
    assert summit.date is not None and summit.date.startswith("2024")


def test_the_attendees_of_a_numbered_session_hosted_by_one_party_meet_at_that_session(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Baku hosts Caspian platform\n\n"
        "Published: 12 May 2024\n\n"
        "Azerbaijani Foreign Minister Jeyhun Bayramov on Sunday hosted the fourth meeting of "
        "the Caspian Littoral Cooperation Platform in Baku.\n\n"
        "Russian Foreign Minister Sergei Lavrov, Iranian Foreign Minister Hossein "
        "Amir-Abdollahian and Kazakh Foreign Minister Murat Nurtleu attended the meeting.\n",
        actor="Sergei Lavrov",
    )
    [meeting] = found
    names = {p.name for p in meeting.participants}
    # The host alone is no meeting; the attendees meet at the session he hosted.
    assert {"Sergei Lavrov", "Murat Nurtleu"} <= names
    assert meeting.mechanism is not None and meeting.mechanism.round == 4
    assert meeting.date == "2024-05-12"


def test_a_country_meeting_with_its_own_officials_is_no_event(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Cabinet decisions\n\n"
        "Suva, Tuesday 10th September, 2024 - Fiji's Cabinet met today under the chairmanship "
        "of Fijian Prime Minister Sitiveni Rabuka and approved the sugar recovery plan.\n",
    )
    assert found == []


def test_an_office_named_alone_is_its_holder_and_sideline_counterparts_meet_one_by_one(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Yunus meets Modi in Bangkok\n\n"
        "Bangkok, April 4, 2025 (BSS) - Chief Adviser Muhammad Yunus today held a bilateral "
        "meeting with Indian Prime Minister Narendra Modi on the sidelines of the BIMSTEC "
        "summit.\n\n"
        "On the sidelines of the summit, the Chief Adviser also met Nepal's Prime Minister KP "
        "Sharma Oli and Myanmar's Senior General Min Aung Hlaing.\n",
        actor="Muhammad Yunus",
    )
    counterparts = sorted(
        p.name for e in found for p in e.participants if p.name != "Muhammad Yunus"
    )
    assert counterparts == ["KP Sharma Oli", "Min Aung Hlaing", "Narendra Modi"]
    assert len(found) == 3


@pytest.mark.parametrize(
    "opening",
    [
        # The office read from the title before the name, then "premier" for it.
        "Published: 5 March 2024\n\nPrime Minister Giorgia Meloni arrived in Kyiv on Monday.",
        # No date to read her office at: the offices the knowledge base lists for her.
        "(ANSA) - KYIV - Premier Giorgia Meloni arrived in Kyiv on Monday.",
    ],
)
def test_the_premier_in_lower_case_is_the_prime_minister_named_before(
    tmp_path: Path, opening: str
) -> None:
    found = occurred_meetings(
        tmp_path,
        f"Meloni in Kyiv\n\n{opening}\n\n"
        "Later in the day, the premier met Ukrainian President Volodymyr Zelensky at the "
        "Mariinsky Palace.\n",
        actor="Volodymyr Zelensky",
    )
    assert parties(found) == [["Giorgia Meloni", "Volodymyr Zelensky"]]


def test_the_leaders_listed_as_present_are_parties_of_the_gathering(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Pacific leaders meet in Nuku'alofa\n\n"
        "Published: 30 August 2024\n\n"
        "Leaders of the Pacific Islands Forum met in Nuku'alofa on Thursday for their annual "
        "summit, dominated by climate finance and policing.\n\n"
        "Around the table were Anthony Albanese, Christopher Luxon and Sitiveni Rabuka.\n",
    )
    [summit] = [e for e in found if len(e.participants) >= 3]
    names = {p.name for p in summit.participants}
    assert {"Anthony Albanese", "Christopher Luxon"} <= names
    assert summit.date == "2024-08-29"


def test_a_meeting_in_the_afternoon_shares_the_day_and_place_just_reported(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Scholz in Ethiopia\n\n"
        "Published: May 4, 2023\n\n"
        "Chancellor Olaf Scholz held talks with Prime Minister Abiy Ahmed in Addis Ababa on "
        "Thursday.\n\n"
        "In the afternoon, Scholz met the Chairperson of the African Union Commission, Moussa "
        "Faki Mahamat.\n",
        actor="Moussa Faki Mahamat",
    )
    [meeting] = found
    assert meeting.date == "2023-05-04"
    assert meeting.location is not None and meeting.location.name == "Addis Ababa"


def test_the_afternoon_after_a_visit_told_without_a_day_is_the_day_of_the_talks(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Lula hosts Ramaphosa\n\n"
        "12.03.2025, 18:40\n\n"
        "Brasilia (dpa) - Brazil will expand grain exports to South Africa, President Lula "
        "announced after talks with President Cyril Ramaphosa at the Planalto Palace on "
        "Tuesday.\n\n"
        "Trade between the two countries has doubled in a decade. Both governments want it "
        "to grow further, officials said.\n\n"
        "It was Ramaphosa's first visit to Brazil in three years. In the afternoon Ramaphosa "
        "was received by Vice President Geraldo Alckmin.\n",
        actor="Geraldo Alckmin",
    )
    [meeting] = found
    assert meeting.date == "2025-03-11"


def test_a_visit_described_in_the_lead_is_on_the_day_of_the_talks_it_told(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "lead",
        "Lula hosts Ramaphosa\n\n"
        "12.03.2025, 18:40\n\n"
        "Brasilia (dpa) - Brazil will expand grain exports to South Africa, President Lula "
        "announced after talks with President Cyril Ramaphosa at the Planalto Palace on "
        "Tuesday.\n\n"
        "It was Ramaphosa's first visit to Brazil in three years.\n",
    )
    [visit] = [m for m in mentions if m.trigger == "visit"]
    assert visit.date is not None and visit.date.iso() == "2025-03-11"


def test_later_in_the_afternoon_continues_the_occasion_of_one_of_its_parties(
    tmp_path: Path,
) -> None:
    # The last meeting told, a week earlier, shares no party with the afternoon's.
    found = occurred_meetings(
        tmp_path,
        "Lula hosts Ramaphosa\n\n"
        "Published: Thursday, 13 March 2025\n\n"
        "President Lula hosted South African President Cyril Ramaphosa for talks at the "
        "Planalto Palace in Brasilia on Thursday.\n\n"
        "It has been a busy fortnight. Last Thursday Colombian President Gustavo Petro held "
        "talks with Argentine President Javier Milei in Buenos Aires.\n\n"
        "Senate President Davi Alcolumbre met the South African leader separately later in "
        "the afternoon.\n",
        actor="Davi Alcolumbre",
    )
    [meeting] = found
    assert meeting.date == "2025-03-13"


def test_from_the_place_just_told_the_guest_went_on_the_same_day(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Lula in Madrid\n\n"
        "Published: 12 March 2025\n\n"
        "In Madrid, King Felipe VI received President Lula at the Royal Palace on Monday "
        "morning.\n\n"
        "From the palace Lula went to the Moncloa for talks with Prime Minister Pedro Sanchez.\n",
        actor="Pedro Sánchez",
    )
    [talks] = found
    assert talks.date == "2025-03-10"


def test_earlier_at_the_head_of_a_sentence_is_the_same_occasion(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Lavrov in Luanda\n\n"
        "Published: January 25, 2023\n\n"
        "Angolan President Joao Lourenco received Russian Foreign Minister Sergei Lavrov in "
        "Luanda on Wednesday, and the two discussed the situation in the east of the region "
        "and the cooperation between their countries in the energy sector.\n\n"
        "Earlier, Lavrov held official talks with his Angolan counterpart, Tete Antonio, with "
        "whom he signed a memorandum on political consultations.\n",
        actor="Tete Antonio",
    )
    [talks] = found
    assert talks.date == "2023-01-25"
    assert talks.location is not None and talks.location.name == "Luanda"


def _placed(tmp_path: Path, text: str, actor: str) -> dict[str, str | None]:
    """Each occurred meeting of `actor` by its other named person, with its place."""
    placed: dict[str, str | None] = {}
    for meeting in occurred_meetings(tmp_path, text, actor=actor):
        others = sorted(p.name for p in meeting.participants if p.name and p.name != actor)
        placed[", ".join(others)] = meeting.location.name if meeting.location else None
    return placed


def test_a_further_meeting_of_the_summits_days_is_held_where_the_summit_was(
    tmp_path: Path,
) -> None:
    placed = _placed(
        tmp_path,
        "Xi meets Albanese in Rio\n\n"
        "Published: November 19, 2024\n\n"
        "RIO DE JANEIRO, Nov 18 (Xinhua) -- Chinese President Xi Jinping met Australian Prime "
        "Minister Anthony Albanese in Rio de Janeiro on Monday on the sidelines of the G20 "
        "summit.\n\n"
        "Xi said the two countries should keep up the momentum of their relations.\n\n"
        "Also on Monday, Xi met with British Prime Minister Keir Starmer.\n\n"
        "In March last year, Xi held talks with Vladimir Putin during a state visit.\n",
        actor="Xi Jinping",
    )
    assert placed["Keir Starmer"] == "Rio de Janeiro"
    # Recalled from another year: not where this week's meetings are.
    assert placed["Vladimir Putin"] is None


def test_a_further_meeting_takes_the_place_of_its_own_day(tmp_path: Path) -> None:
    placed = _placed(
        tmp_path,
        "Zelensky meets Modi at G7 summit\n\n"
        "HIROSHIMA, Japan, May 20 (Reuters) - Ukrainian President Volodymyr Zelensky met "
        "Indian Prime Minister Narendra Modi in Hiroshima on Saturday, on the sidelines of the "
        "Group of Seven summit.\n\n"
        "Zelensky flew in from Jeddah, where on Friday he held talks with Saudi Crown Prince "
        "Mohammed bin Salman.\n\n"
        "On Saturday he also met British Prime Minister Rishi Sunak.\n",
        actor="Volodymyr Zelensky",
    )
    assert placed["Mohammed bin Salman"] == "Jeddah"
    assert placed["Rishi Sunak"] == "Hiroshima"


def test_the_clause_that_puts_the_subject_in_a_city_places_the_meeting(
    tmp_path: Path,
) -> None:
    placed = _placed(
        tmp_path,
        "Zelensky meets Modi\n\n"
        "Published: May 20, 2023\n\n"
        "President of Ukraine Volodymyr Zelensky, who arrived in Hiroshima to take part in the "
        "G7 summit, met with Prime Minister of India Narendra Modi on Saturday.\n",
        actor="Volodymyr Zelensky",
    )
    assert placed["Narendra Modi"] == "Hiroshima"


def _parties(tmp_path: Path, text: str, actor: str) -> list[list[str]]:
    return sorted(
        sorted(p.name for p in meeting.participants if p.kind == "person")
        for meeting in occurred_meetings(tmp_path, text, actor=actor)
    )


def test_i_in_a_statement_is_the_leader_its_byline_names(tmp_path: Path) -> None:
    parties = _parties(
        tmp_path,
        "Call with Prime Minister Modi\n\n"
        "Media release | Friday 14 March 2025\n\n"
        "Prime Minister Anthony Albanese\n\n"
        "This morning I spoke with Prime Minister Narendra Modi about trade and our "
        "partnership in the Indian Ocean.\n",
        actor="Narendra Modi",
    )
    assert parties == [["Anthony Albanese", "Narendra Modi"]]


def test_i_in_a_quotation_is_who_the_attribution_names(tmp_path: Path) -> None:
    parties = _parties(
        tmp_path,
        "Trump says talks with Albanese went well\n\n"
        "Published: March 14, 2025\n\n"
        "WASHINGTON, March 13 (Reuters) - Australia and the United States will keep talking "
        "about tariffs, officials said on Thursday.\n\n"
        '"I met with Anthony Albanese this morning and it was a very good meeting," Donald '
        "Trump told reporters at the White House.\n",
        actor="Anthony Albanese",
    )
    assert parties == [["Anthony Albanese", "Donald Trump"]]


def test_i_after_a_live_blogs_speaker_label_is_that_speaker(tmp_path: Path) -> None:
    parties = _parties(
        tmp_path,
        "G20 summit in Rio: live\n\n"
        "Published: November 18, 2024\n\n"
        "18.05 GMT - Keir Starmer: I raised the case of Jimmy Lai when I met Xi Jinping.\n",
        actor="Xi Jinping",
    )
    assert parties == [["Keir Starmer", "Xi Jinping"]]


def test_a_live_blog_entry_reports_a_meeting_of_the_blogs_day(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Commonwealth summit in Apia - as it happened\n\n"
        "Friday 25 October 2024\n\n"
        "18.10 GMT - Summary\n\n"
        "Leaders ended the first day of talks with no agreement on a new secretary-general. "
        "Reparations for slavery dominated the closed session. Several Caribbean leaders "
        "spoke of a turning point.\n\n"
        "17.20 GMT - Protest outside the venue\n\n"
        "A small crowd gathered near the summit venue with banners about climate finance.\n\n"
        "16.45 GMT - Starmer meets Luxon\n\n"
        "Downing Street says Keir Starmer has met New Zealand's Christopher Luxon.\n\n"
        "Earlier in October, Luxon had travelled to Singapore for trade talks.\n",
        actor="Christopher Luxon",
    )
    with_starmer = [e for e in meetings if "Keir Starmer" in {p.name for p in e.participants}]
    assert [e.date for e in with_starmer] == ["2024-10-25"]


def test_a_live_blog_entry_under_its_time_alone_on_a_line_is_of_the_blogs_day(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Balkan tour: live updates\n\n"
        "Last updated: March 12, 2025 9:30 PM\n\n"
        "8:45 PM\nKurti flies home\n\n"
        "Kosovo's Prime Minister Albin Kurti has left Tirana after a day of talks. He is "
        "due back in Pristina tonight. His office said the trip had gone well.\n\n"
        "6:20 PM\nProtest in the square\n\n"
        "A few hundred people gathered in Skanderbeg Square. The police kept them back. "
        "Traffic was stopped for an hour.\n\n"
        "3:10 PM\nKurti meets Rama\n\n"
        "Albin Kurti has met Albanian Prime Minister Edi Rama at the government building.\n",
        actor="Edi Rama",
    )
    assert [e.date for e in meetings] == ["2025-03-12"]


def test_talks_between_the_two_delegations_are_between_the_signatories_just_named(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Moldova and Romania sign energy accord\n\n"
        "Chisinau, May 14 (MOLDPRES) - Moldovan Prime Minister Dorin Recean and Romanian Prime "
        "Minister Marcel Ciolacu signed here on Tuesday an agreement on a new gas "
        "interconnector.\n\n"
        "The accord was signed at the government house after talks between the two "
        "delegations, which also covered road links across the Prut.\n",
    )
    assert [sorted(p.name for p in e.participants) for e in meetings] == [
        ["Dorin Recean", "Marcel Ciolacu"]
    ]


def test_a_visit_to_a_country_is_in_the_datelines_city_there(tmp_path: Path) -> None:
    placed = _placed(
        tmp_path,
        "Jaishankar meets Wang in China\n\n"
        "Published: July 14, 2025\n\n"
        "BEIJING, July 14 (PTI) - India and China agreed on Monday to resume direct flights "
        "and to ease visas for journalists.\n\n"
        "The two countries have been rebuilding ties since last year.\n\n"
        "Trade between them reached a record last year.\n\n"
        "External Affairs Minister S Jaishankar held talks in China with Chinese Foreign "
        "Minister Wang Yi on Monday.\n",
        actor="Wang Yi",
    )
    assert list(placed.values()) == ["Beijing"]


def test_a_surname_the_model_missed_is_the_person_the_article_named_so(
    tmp_path: Path,
) -> None:
    text = (
        "Pakistan's foreign secretary in Dhaka\n\n"
        "Published: April 18, 2025\n\n"
        "Pakistan's Foreign Secretary Amna Baloch arrived in Dhaka on Wednesday for the "
        "first consultations between the two foreign offices in more than a decade, and she "
        "said that both sides wanted to move on from the past.\n\n"
        "{who} also called on Foreign Adviser Touhid Hossain at the foreign ministry "
        "yesterday afternoon.\n"
    )
    named = _parties(tmp_path, text.format(who="Baloch"), actor="Touhid Hossain")
    assert named == [["Amna Baloch", "Touhid Hossain"]]


def test_a_known_person_named_with_middle_names_in_an_unread_sentence_keeps_the_focus(
    tmp_path: Path,
) -> None:
    text = (
        "Masisi back home\n\n"
        "Published: April 23, 2022\n\n"
        "President Dr Mokgweetsi Eric Keabetswe Masisi is back home after a day in the "
        "neighbouring country, and he said that he was pleased with what was done there.\n\n"
        "He held talks with President Cyril Ramaphosa in Pretoria on Friday.\n"
    )
    named = _parties(tmp_path, text, actor="Cyril Ramaphosa")
    assert named == [["Cyril Ramaphosa", "Mokgweetsi Masisi"]]


def _talks(n: int, when: DateValue, place: str | None) -> EventMention:
    people = [
        ActorRef(name="Samia Suluhu Hassan", kind="person", country="TZA"),
        ActorRef(name="William Ruto", kind="person", country="KEN"),
    ]
    evidence = Evidence(article="b1", sentence_index=1, sentence="s", start=0, end=1)
    return EventMention(
        id=f"b1:1:{n}",
        article="b1",
        type=EventType.CONSULT,
        cameo="040",
        evidence=evidence,
        participants=people,
        source=people[:1],
        target=people[1:],
        date=when,
        location=Location(name=place, country="KEN") if place else None,
    )


def test_meetings_of_one_sentence_on_dates_that_disagree_lend_no_place() -> None:
    # "The visit [of 2 April] took place a year after her visit in March 2024, during which
    # she held talks with Ruto in Nairobi."
    today = _talks(0, DateValue(month=4, day=2, precision=Precision.DAY), None)
    earlier = _talks(1, DateValue(year=2024, month=3, precision=Precision.MONTH), "Nairobi")
    shared = _share_within_sentence([today, earlier])
    assert [m.location.name if m.location else None for m in shared] == [None, "Nairobi"]
    # One meeting told by two triggers of a sentence shares its place.
    same_day = _talks(0, DateValue(year=2024, month=3, day=5, precision=Precision.DAY), None)
    shared = _share_within_sentence([same_day, earlier])
    assert [m.location.name if m.location else None for m in shared] == ["Nairobi", "Nairobi"]


def test_counterparts_each_met_on_a_day_of_their_own_are_separate_meetings(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Ankara talks resume\n\n"
        "Published: August 14, 2024\n\n"
        "Turkish Foreign Minister Hakan Fidan met Kenyan Foreign Minister Musalia Mudavadi on "
        "Monday and Ugandan Foreign Minister Jeje Odongo on Tuesday in Ankara.\n",
    )
    days = {
        e.date: sorted(p.name for p in e.participants if p.name != "Hakan Fidan") for e in found
    }
    assert days == {"2024-08-12": ["Musalia Mudavadi"], "2024-08-13": ["Jeje Odongo"]}


def test_counterparts_met_in_groups_each_take_the_day_told_after_their_group(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Macron's week at the UN\n\n"
        "Published: September 27, 2025\n\n"
        "NEW YORK - During the General Assembly week President Emmanuel Macron also met "
        "Italian Prime Minister Giorgia Meloni and Lebanese President Joseph Aoun on Tuesday, "
        "and Jordan's King Abdullah on Monday, the Elysée said.\n",
    )
    days = {(e.date, p.name) for e in found for p in e.participants if p.name != "Emmanuel Macron"}
    assert days == {
        ("2025-09-23", "Giorgia Meloni"),
        ("2025-09-23", "Joseph Aoun"),
        ("2025-09-22", "Abdullah II"),
    }


def test_a_meeting_before_or_after_the_opening_is_on_the_day_the_opening_was_told(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Modi opens new convention centre\n\n"
        "Published: 29 July 2023\n\n"
        "Prime Minister Narendra Modi on Wednesday opened the new convention centre at Pragati "
        "Maidan in New Delhi, the main venue of this year's gatherings under India's "
        "presidency.\n\n"
        "Thousands of workers had laboured for months to finish the building in time.\n\n"
        "Before the opening, Modi held talks with visiting Sri Lankan President Ranil "
        "Wickremesinghe on ferry links. After the opening ceremony, Modi also met Japanese "
        "Foreign Minister Yoshimasa Hayashi, who praised the building.\n",
    )
    days = {p.name: m.date for m in found for p in m.participants if p.name != "Narendra Modi"}
    assert days == {"Ranil Wickremesinghe": "2023-07-26", "Yoshimasa Hayashi": "2023-07-26"}


def test_a_meeting_weeks_after_a_dated_one_of_its_sentence_does_not_take_its_day(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Albanese's busy autumn\n\n"
        "Published: 2 June 2025\n\n"
        "On 14 March, Albanese received New Zealand's Christopher Luxon in Canberra, and weeks "
        "later he hosted Indonesian President Prabowo Subianto at Parliament House, a pairing "
        "his aides called a sign of a busy neighbourhood. Days later, on 20 March, Albanese met "
        "Fijian Prime Minister Sitiveni Rabuka in Sydney, where the two of them talked about "
        "the climate and about the work that is still to be done on a new policing deal.\n",
    )
    days = {p.name: m.date for m in found for p in m.participants if p.name != "Anthony Albanese"}
    assert days["Christopher Luxon"] == "2025-03-14"
    assert days["Prabowo Subianto"] != "2025-03-14"
    # The day told after the count is the meeting's.
    assert days["Sitiveni Rabuka"] == "2025-03-20"


def test_a_meeting_at_a_gathering_that_always_meets_in_one_town_is_in_that_town(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Leaders meet in New York\n\n"
        "Published: 26 September 2025\n\n"
        "Slovenian Prime Minister Robert Golob met Croatian Prime Minister Andrej Plenković on "
        "Tuesday on the sidelines of the UN General Assembly, the government said. At the "
        "World Economic Forum in January he had met Polish President Andrzej Duda, officials "
        "said. Both meetings dealt with energy links across central Europe.\n",
    )
    places = {
        p.name: m.location.name if m.location else None
        for m in found
        for p in m.participants
        if p.name != "Robert Golob"
    }
    assert places == {"Andrej Plenković": "New York", "Andrzej Duda": "Davos"}


def test_a_meeting_a_day_before_the_visit_told_is_a_day_before_it(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Scholz in Warsaw\n\n"
        "WARSAW, July 2, 2024 - Polish Prime Minister Donald Tusk received German Chancellor "
        "Olaf Scholz in Warsaw on Tuesday for talks on defence and Ukraine.\n\n"
        "The visit comes a day after Tusk hosted Lithuanian President Gitanas Nausėda in "
        "Warsaw, on the Lithuanian leader's first trip abroad since his re-election in May.\n",
    )
    [nauseda] = [m for m in found if "Gitanas Nausėda" in {p.name for p in m.participants}]
    assert nauseda.date == "2024-07-01"


def test_the_gathering_of_another_clause_s_meeting_does_not_place_a_visit(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Fidan in Athens\n\n"
        "Published: 9 November 2024\n\n"
        "Turkish Foreign Minister Hakan Fidan paid a visit to Athens on Friday for talks with "
        "his Greek counterpart. According to diplomatic sources, the visit was decided when "
        "President Recep Tayyip Erdoğan and Greek Prime Minister Kyriakos Mitsotakis met on the "
        "sidelines of the U.N. General Assembly on Sept. 24, where the two leaders told their "
        "ministers to prepare the next council.\n",
    )
    places = {m.date: m.location.name if m.location else None for m in found}
    assert places == {"2024-11-08": "Athens", "2024-09-24": "New York"}


def test_a_meeting_where_someone_began_the_day_is_on_the_day_told(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Scholz in Paris\n\n"
        "PARIS, May 6, 2024 - German Chancellor Olaf Scholz arrived in Paris on Monday for a "
        "two-day visit that neither government had announced in advance.\n\n"
        "Scholz, who turned 66 on Friday, began the day at the National Assembly, where he "
        "held talks with Speaker Yaël "
        "Braun-Pivet and the leaders of several groups, according to his office.\n",
    )
    [talks] = [m for m in found if "Yaël Braun-Pivet" in {p.name for p in m.participants}]
    assert talks.date == "2024-05-06"


def test_i_in_a_quotation_running_on_over_paragraphs_is_its_speaker(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Statements by the Prime Minister after his meeting with the President of Egypt\n\n"
        "Cairo, 12 March 2025\n\n"
        "The Prime Minister, Dr Robert Abela, made the following statements after his meeting "
        "with the President of the Arab Republic of Egypt, Abdel Fattah el-Sisi, at the "
        "Ittihadiya Palace:\n\n"
        '"I wanted to come to Cairo early in the year, so that Egypt knows that Malta stands '
        "by its side in deeds and not only in words.\n\n"
        "This morning, before leaving Valletta, I spoke by telephone with the Prime Minister of "
        "Italy, Giorgia Meloni, about the migration pact that is still to be agreed.\n\n"
        'We will keep working together on it in the months ahead."\n',
    )
    assert ["Giorgia Meloni", "Robert Abela"] in [
        sorted(p.name for p in m.participants) for m in found
    ]


def test_a_dinner_hosted_for_the_visitor_is_a_meeting_with_them_that_day(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Abela in Cairo\n\n"
        "Published: 12 March 2025\n\n"
        "Maltese Prime Minister Robert Abela was received on Tuesday by President Abdel Fattah "
        "el-Sisi at the Ittihadiya Palace in Cairo, where ministers signed memoranda on trade "
        "and energy. The day ended with a dinner hosted by Egyptian Foreign Minister Badr "
        "Abdelatty. Officials said both sides wanted closer ties in the years ahead.\n",
    )
    [dinner] = [m for m in found if "Badr Abdelatty" in {p.name for p in m.participants}]
    assert {p.name for p in dinner.participants} == {"Badr Abdelatty", "Robert Abela"}
    assert dinner.date == "2025-03-11"


def test_a_dinner_hosted_for_a_gathering_is_no_meeting_with_the_visitor(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Leaders meet in Budva\n\n"
        "Published: 9 October 2024\n\n"
        "Slovenian President Nataša Pirc Musar arrived in Montenegro on Monday for the summit "
        "of the Brdo-Brijuni Process. The leaders gathered for a dinner hosted by Montenegrin "
        "President Jakov Milatović in Budva. Officials said the talks would go on all day.\n",
    )
    assert not [m for m in found if "Jakov Milatović" in {p.name for p in m.participants}]


def test_the_visit_after_a_phone_call_is_not_the_call(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Ruto in Osaka\n\n"
        "OSAKA, June 3, 2025 - Kenyan President William Ruto held talks with Japanese Prime "
        "Minister Shigeru Ishiba in Osaka on Tuesday on the sidelines of the World Expo.\n\n"
        "On Monday, Ruto spoke by phone with US Secretary of State Marco Rubio about the "
        "mission in Haiti.\n\n"
        "The visit to Osaka is Ruto's second to Japan in as many years.\n",
    )
    # One call, not also a visit to Osaka with Rubio.
    [call] = [m for m in found if "Marco Rubio" in {p.name for p in m.participants}]
    assert call.location is None


def test_the_two_leaders_are_not_the_envoy_named_between_them(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Envoy heads back to the Balkans\n\n"
        "Published: October 20, 2023\n\n"
        "The EU envoy for the dialogue, Miroslav Lajčák, travels to the region next week. He "
        "will see Serbian President Aleksandar Vučić in Belgrade on Monday and Kosovo Prime "
        "Minister Albin Kurti in Pristina on Tuesday, diplomats said.\n\n"
        "The two leaders last met in Brussels on September 14, when talks broke down after "
        "less than an hour.\n",
    )
    [last] = [m for m in found if m.date == "2023-09-14"]
    assert {p.name for p in last.participants} == {"Aleksandar Vučić", "Albin Kurti"}


def test_those_met_separately_after_others_are_one_meeting_of_their_own(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Ruto in Berlin\n\n"
        "Published: May 3, 2024\n\n"
        "BERLIN - Kenyan President William Ruto held talks with Chancellor Olaf Scholz on "
        "Thursday. He later held talks at the Bundestag with Speaker Bärbel Bas, and separately "
        "with opposition leader Friedrich Merz and Green co-leader Ricarda Lang, urging the "
        "parties to back reform of the global financial system.\n",
    )
    groups = sorted(
        sorted(p.name for p in m.participants if p.name != "William Ruto") for m in found
    )
    assert groups == [["Bärbel Bas"], ["Friedrich Merz", "Ricarda Lang"], ["Olaf Scholz"]]


def test_the_two_leaders_of_a_meeting_told_by_its_countries_are_the_people_named(
    tmp_path: Path,
) -> None:
    article = tmp_path / "retreat.txt"
    article.write_text(
        "Leaders witness ferry deal\n\n"
        "Published: March 5, 2025\n\n"
        "Tanzanian President Samia Suluhu Hassan and Kenyan President William Ruto on Tuesday "
        "witnessed the signing of the ferry agreement, the highlight of the fourth "
        "Kenya-Tanzania Leaders' Retreat held in Arusha.\n\n"
        "Ruto was given a guard of honour before the two leaders held a one-on-one meeting.\n",
        encoding="utf-8",
    )
    with Parley.open(tmp_path / "p.db") as parley:
        assert parley.ingest([str(article)]).ok
        [second] = parley.store.mentions_for_article("retreat")[-1:]
    assert {p.name for p in second.participants} == {"Samia Suluhu Hassan", "William Ruto"}


def test_one_side_s_delegation_attending_the_expanded_talks_is_not_a_meeting_of_its_own(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Samia hosts Ruto\n\n"
        "Published: March 5, 2025\n\n"
        "President Samia Suluhu Hassan received Kenyan President William Ruto at State House "
        "in Dodoma on Tuesday.\n\n"
        "The two leaders then held a one-on-one meeting, followed by an expanded meeting "
        "attended by Tanzanian Foreign Minister Mahmoud Thabit Kombo and Tanzanian Defence "
        "Minister Stergomena Tax.\n\n"
        "The talks covered trade and security, and the officials said that they would meet "
        "again in the course of the year.\n",
    )
    assert parties(found) == [["Samia Suluhu Hassan", "William Ruto"]]


@pytest.mark.parametrize(
    "attending",
    [
        "Attending the talks from the Tanzanian side were Foreign Minister Mahmoud Thabit "
        "Kombo and Defence Minister Stergomena Tax.",
        "Prime Minister Kassim Majaliwa and Foreign Minister Mahmoud Thabit Kombo attended the "
        "talks on the Tanzanian side, which were held in the morning and were about trade.",
        "Foreign Minister Mahmoud Thabit Kombo and Defence Minister Stergomena Tax attended "
        "the meetings, which were held with the press kept out for most of the day.",
    ],
)
def test_one_side_attending_the_talks_is_not_a_meeting_of_its_own(
    tmp_path: Path, attending: str
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Samia hosts Ruto\n\n"
        "Published: March 5, 2025\n\n"
        "President Samia Suluhu Hassan received Kenyan President William Ruto at State House "
        f"in Dodoma on Tuesday.\n\n{attending}\n",
    )
    assert parties(found) == [["Samia Suluhu Hassan", "William Ruto"]]


def test_talks_the_two_leaders_then_held_are_on_the_day_and_in_the_place_of_their_meeting(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "visit",
        "Samia hosts Ruto\n\n"
        "Published: March 5, 2025\n\n"
        "President Samia Suluhu Hassan received Kenyan President William Ruto at State House "
        "in Dodoma on Tuesday.\n\n"
        "Ruto, who arrived late on Monday after a visit to Uganda, was welcomed with a "
        "21-gun salute and a guard of honour on the grounds of the house.\n\n"
        "The two leaders then held a one-on-one meeting on trade and security.\n",
    )
    [then] = [m for m in mentions if m.evidence.sentence.startswith("The two leaders")]
    assert then.date is not None and then.date.iso() == "2025-03-04"
    assert then.location is not None and then.location.name == "Dodoma"


def test_the_two_men_are_the_pair_the_sentence_just_named(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Trade deal sealed\n\n"
        "Published 7th May 2025, 05:30 BST\n\n"
        "The deal was concluded after Sir Keir Starmer and Narendra Modi spoke by phone "
        "yesterday.\n\n"
        "The breakthrough came after Business Secretary Jonathan Reynolds and India's "
        "commerce minister Piyush Goyal held a final round of talks in London last week.\n\n"
        "Sir Keir, who agreed with Mr Modi to relaunch the talks when the two men met on the "
        "sidelines of the G20 summit in Rio de Janeiro in November, said the deal was good.\n",
    )
    [rio] = [e for e in found if e.location is not None and e.location.name == "Rio de Janeiro"]
    assert {p.name for p in rio.participants} == {"Keir Starmer", "Narendra Modi"}
    assert rio.date == "2024-11"


def test_the_second_party_of_talks_between_two_people_is_kept(tmp_path: Path) -> None:
    [talks] = occurred_meetings(
        tmp_path,
        "India, Indonesia expand defence ties\n\n"
        "NEW DELHI, Jan 25, 2025 (Wire) - India and Indonesia on Saturday agreed to expand "
        "cooperation in defence manufacturing, maritime security and counter-terrorism after "
        "talks between Prime Minister Narendra Modi and visiting Indonesian President Prabowo "
        "Subianto.\n",
    )
    assert {"Narendra Modi", "Prabowo Subianto"} <= {p.name for p in talks.participants}


def test_the_city_a_meeting_was_in_beats_the_country_the_visitor_was_in(tmp_path: Path) -> None:
    [talks] = occurred_meetings(
        tmp_path,
        "Biden heads to the Middle East\n\n"
        "Published: July 9, 2022\n\n"
        "The last time Biden was in Israel, as vice president in March 2016, he met Benjamin "
        "Netanyahu in Jerusalem, and the talks were overshadowed by a spate of attacks.\n",
    )
    assert talks.location is not None and talks.location.name == "Jerusalem"


def test_the_following_day_counts_from_the_meeting_told_just_before(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Hemedti's regional tour\n\n"
        "Published: January 4, 2024\n\n"
        "RSF leader Mohamed Hamdan Daglo yesterday held talks with President William Ruto at "
        "State House, Nairobi.\n\n"
        "Daglo's tour began in Uganda, where President Yoweri Museveni received him on "
        "December 27. "
        "He then flew to Addis Ababa for talks with Ethiopian Prime Minister Abiy Ahmed the "
        "following day.\n",
    )
    [addis] = [e for e in found if "Abiy Ahmed" in {p.name for p in e.participants}]
    assert addis.date == "2023-12-28"
    assert addis.location is not None and addis.location.name == "Addis Ababa"


def test_the_following_day_after_a_month_is_no_day_of_the_sentence_before(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "A year of visits\n\n"
        "Published: December 20, 2024\n\n"
        "Ruto received Museveni at State House on 3 March 2024. "
        "In July, Ruto held talks with Kagame in Kigali and, the following day, was received "
        "by Tshisekedi in Kinshasa.\n",
    )
    dates = {frozenset(p.name for p in e.participants): e.date for e in found}
    assert {d for names, d in dates.items() if "Paul Kagame" in names} == {"2024-07"}


def test_a_day_told_as_later_falls_after_the_day_told_before(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Three years of the accord\n\n"
        "Published: 14 February 2025\n\n"
        "Three years ago today, Kenya and Ethiopia signed a border accord in Nairobi, and few "
        "in the region expected it to hold for long.\n\n"
        "A few weeks later, on 2 March, William Ruto and Abiy Ahmed met in Addis Ababa. "
        "Ruto was in Mogadishu that May, meeting President Hassan Sheikh Mohamud on 9 May "
        "at the villa where the two had first talked about it.\n",
    )
    dates = {p.name: e.date for e in found for p in e.participants}
    assert dates["Abiy Ahmed"] == "2022-03-02"
    assert dates["Hassan Sheikh Mohamud"] == "2022-05-09"


def test_the_two_men_are_the_two_the_sentence_names_by_name_and_by_office(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "A year of summits\n\n"
        "Published: 20 December 2024\n\n"
        "In March, Foreign Minister Musalia Mudavadi held talks with Ethiopia's Taye Atske "
        "Selassie in Addis Ababa. Crown Prince Mohammed bin Salman later phoned President "
        "William Ruto. On 11 November, Ruto flew to Riyadh for the joint summit hosted by the "
        "crown prince, and the two men met on its sidelines.\n",
    )
    on_the_sidelines = [e for e in found if e.date == "2024-11-11"]
    assert [sorted(p.name for p in e.participants) for e in on_the_sidelines] == [
        ["Mohammed bin Salman", "William Ruto"]
    ]


def test_a_speaker_of_a_named_parliament_is_of_its_country(tmp_path: Path) -> None:
    [talks] = occurred_meetings(
        tmp_path,
        "Zelensky in Vilnius\n\n"
        "Published: 10 January 2024\n\n"
        "Ukrainian President Volodymyr Zelensky met the Speaker of the Seimas, Viktorija "
        "Cmilyte-Nielsen, in Vilnius on Wednesday, before he addressed the parliament.\n",
    )
    countries = {p.name: p.country for p in talks.participants}
    assert countries["Viktorija Cmilyte-Nielsen"] == "LTU"


def test_a_castle_named_after_its_city_places_the_meetings_held_there(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Ruto in Prague\n\n"
        "Published: 12 March 2024\n\n"
        "Kenyan President William Ruto was welcomed at Prague Castle by President Petr Pavel "
        "on Tuesday afternoon. Ruto also held a meeting with Prime Minister Petr Fiala at the "
        "castle, which focused on trade and energy.\n",
    )
    places = {
        p.name: e.location.name if e.location else None for e in found for p in e.participants
    }
    assert places["Petr Pavel"] == "Prague"
    assert places["Petr Fiala"] == "Prague"


def test_days_after_a_dated_happening_date_the_call(tmp_path: Path) -> None:
    [call] = occurred_meetings(
        tmp_path,
        "Calls after the attack\n\n"
        "Published: 20 March 2024\n\n"
        "Two days after the al-Shabaab attack of 12 March 2024, President William Ruto and "
        "President Hassan Sheikh Mohamud spoke by phone about the security of the border.\n",
    )
    assert call.date == "2024-03-14"


def test_the_day_after_a_dated_happening_dates_the_call_told_before_it(tmp_path: Path) -> None:
    [call] = occurred_meetings(
        tmp_path,
        "Calls after the inauguration\n\n"
        "Published: 20 May 2024\n\n"
        "President Ferdinand Marcos Jr. spoke with Prime Minister Anthony Albanese by phone "
        "the day after he was sworn in on June 30, 2022, and invited him to Manila.\n",
    )
    assert call.date == "2022-07-01"


def test_aides_named_as_attending_the_meeting_are_no_meeting_of_their_own(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Xi meets Albanese\n\n"
        "Published: 17 November 2023\n\n"
        "Chinese President Xi Jinping met Australian Prime Minister Anthony Albanese in San "
        "Francisco on Thursday. Cai Qi and Wang Yi attended the meeting.\n",
    )
    assert parties(found) == [["Anthony Albanese", "Xi Jinping"]]


def test_royal_and_country_house_venues_are_placed_in_their_towns(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Leaders gather in England\n\n"
        "Published: 19 July 2024\n\n"
        "Prime Minister Keir Starmer welcomed President Emmanuel Macron to Blenheim Palace on "
        "Thursday for talks on the war in Ukraine and on migration across the Channel.\n\n"
        "On the evening before, President Volodymyr Zelensky met King Charles III at the "
        "Sandringham estate, where the two spoke for an hour.\n",
    )
    places = {tuple(parties([e])[0]): e.location.name if e.location else None for e in found}
    assert places[("Emmanuel Macron", "Keir Starmer")] == "Woodstock"
    assert places[("Charles III", "Volodymyr Zelensky")] == "Sandringham"


def test_palaces_of_lisbon_manila_and_madrid_are_placed_in_those_cities(tmp_path: Path) -> None:
    # ("Belem" is also a Brazilian city, and "Moncloa" a district of Madrid.)
    found = occurred_meetings(
        tmp_path,
        "A week of visits\n\n"
        "Published: 22 April 2023\n\n"
        "President Lula was received on Saturday by President Marcelo Rebelo de Sousa at "
        "Belem Palace, and the two spoke about the war in Ukraine and trade with Europe.\n\n"
        "On Tuesday President Pedro Sanchez of Spain received President Lula at the Moncloa "
        "for talks on the trade agreement with Mercosur.\n\n"
        "In Manila on Friday, the Chinese foreign minister paid a courtesy call on President "
        "Ferdinand Marcos Jr. at Malacanan Palace and the two discussed the South China Sea.\n",
    )
    places = {e.location.name for e in found if e.location}
    assert {"Lisbon", "Madrid"} <= places
    assert "Belém" not in places and "Moncloa-Aravaca" not in places


def test_talks_a_day_after_a_dinner_are_dated_the_next_day_and_both_placed_by_their_sentence(
    tmp_path: Path,
) -> None:
    found = article_mentions(
        tmp_path,
        "t2",
        "Lula tours chip plant\n\n"
        "Published: April 12, 2023\n\n"
        "SHANGHAI, April 12 (Reuters) - Brazilian President Luiz Inacio Lula da Silva toured a "
        "chip plant in Shanghai on Wednesday and said that he was in no hurry to choose a side "
        "in the war.\n\n"
        "Some 1,000 km away, Chinese President Xi Jinping held formal talks with Russian "
        "President Vladimir Putin at the Kremlin, a day after the two men spent three hours in "
        "informal talks over dinner on Monday.\n",
    )
    meetings = {
        (
            m.trigger,
            str(m.date.as_date()) if m.date else None,
            m.location.name if m.location else None,
        )
        for m in found
        if m.type == EventType.CONSULT and m.status == Status.OCCURRED
    }
    assert ("held", "2023-04-11", "Moscow") in meetings
    assert ("talks", "2023-04-10", "Moscow") in meetings


def test_a_meeting_the_sentence_leaves_undated_takes_its_peers_day_not_the_reports(
    tmp_path: Path,
) -> None:
    found = article_mentions(
        tmp_path,
        "t3",
        "Border talks resume\n\n"
        "Published: June 20, 2025\n\n"
        "ISTANBUL, June 20 (Reuters) - Turkish President Recep Tayyip Erdogan received Armenian "
        "Prime Minister Nikol Pashinyan in Istanbul on Friday for talks on opening the border.\n\n"
        "Pashinyan and Erdogan last spoke on May 16 in Tirana, on the sidelines of the European "
        "Political Community summit, where they had a brief conversation which President "
        "Ilham Aliyev later joined.\n",
    )
    [brief] = [m for m in found if m.trigger == "had"]
    assert brief.date is not None and str(brief.date.as_date()) == "2025-05-16"
    assert brief.location is not None and brief.location.name == "Tirana"


def test_they_are_the_two_their_sentence_has_just_named(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Border talks\n\n"
        "Published: 6 March 2024\n\n"
        "Foreign Minister Musalia Mudavadi held talks with his Ethiopian counterpart in "
        "Nairobi last week. Ruto and Museveni had told their ministers to settle the border "
        "issue quickly when they met in Kampala in November.\n",
    )
    in_kampala = [e for e in found if e.location and e.location.name == "Kampala"]
    assert [sorted(p.name for p in e.participants) for e in in_kampala] == [
        ["William Ruto", "Yoweri Museveni"]
    ]


def test_the_iranian_capital_is_tehran(tmp_path: Path) -> None:
    [talks] = occurred_meetings(
        tmp_path,
        "Lavrov in Tehran\n\n"
        "Published: July 1, 2022\n\n"
        "Sergei Lavrov had made a two-day visit to the Iranian capital on June 22-23, meeting "
        "both Amir-Abdollahian and President Ebrahim Raisi.\n",
    )
    assert talks.location is not None and talks.location.name == "Tehran"


def test_a_digest_paragraph_headed_by_a_place_places_its_meetings(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "WEEKLY DIGEST\n\n"
        "Monday, 11 July 2022\n\n"
        "BALI. The ministers met on Friday with no communique. Penny Wong met Wang Yi on "
        "Friday evening, their first sit-down in three years.\n\n"
        "PARIS AND KYIV. Anthony Albanese held talks with Emmanuel Macron on 1 July.\n",
    )
    by_pair = {frozenset(p.name for p in e.participants): e for e in found}
    wong = by_pair[frozenset({"Penny Wong", "Wang Yi"})]
    assert wong.location is not None and wong.location.name == "Bali"
    albanese = by_pair[frozenset({"Anthony Albanese", "Emmanuel Macron"})]
    assert albanese.location is None


def test_an_agreement_of_two_countries_is_their_negotiators_when_the_talks_were_told(
    tmp_path: Path,
) -> None:
    article = tmp_path / "talks.txt"
    article.write_text(
        "Pakistan, Iran set up consultative mechanism\n\n"
        "Published: January 30, 2024\n\n"
        "Pakistani Foreign Minister Jalil Abbas Jilani held talks with Iranian Foreign Minister "
        "Hossein Amir-Abdollahian in Islamabad on Monday.\n\n"
        "Pakistan and Iran agreed to set up a high-level consultative mechanism. The two "
        "neighbours also said that their ambassadors would return to their posts within days, "
        "officials told reporters after the talks at the Foreign Office.\n",
        encoding="utf-8",
    )
    with Parley.open(tmp_path / "p.db") as parley:
        assert parley.ingest([str(article)]).ok
        [agreement] = [e for e in parley.events() if e.type.value == "AGREE"]
    assert {p.name for p in agreement.participants} == {
        "Jalil Abbas Jilani",
        "Hossein Amir-Abdollahian",
    }
    assert agreement.date == "2024-01-29"


def test_a_meeting_dated_next_week_is_planned_whatever_the_tense(tmp_path: Path) -> None:
    article = tmp_path / "week.txt"
    article.write_text(
        "The week ahead in Europe\n\n"
        "Published: 5 July 2025\n\n"
        "Next week: Chancellor Friedrich Merz hosts Prime Minister Keir Starmer in Berlin for "
        "talks on defence.\n",
        encoding="utf-8",
    )
    with Parley.open(tmp_path / "p.db") as parley:
        assert parley.ingest([str(article)]).ok
        found = parley.events(EventFilter(actor="Keir Starmer"))
    assert [e.status for e in found if e.type.value == "CONSULT"] == [Status.PLANNED]


def test_a_meeting_dated_next_month_is_planned_in_a_report_with_no_date(tmp_path: Path) -> None:
    article = tmp_path / "ahead.txt"
    article.write_text(
        "Five things from the Oval Office\n\n"
        "What's next: Prime Minister Mark Carney hosts the G7 summit in Kananaskis next month.\n",
        encoding="utf-8",
    )
    with Parley.open(tmp_path / "p.db") as parley:
        assert parley.ingest([str(article)]).ok
        found = parley.events(EventFilter(actor="Mark Carney"))
    assert [e.status for e in found if e.type.value == "CONSULT"] == [Status.PLANNED]


def test_a_visit_dated_later_this_week_is_planned(tmp_path: Path) -> None:
    article = tmp_path / "ahead.txt"
    article.write_text(
        "Li wraps up Canberra stop\n\n"
        "Some analysts noted the timing of the trip, which came only days before Prime "
        "Minister Narendra Modi's state visit to Canberra later this week.\n",
        encoding="utf-8",
    )
    with Parley.open(tmp_path / "p.db") as parley:
        assert parley.ingest([str(article)]).ok
        found = parley.events(EventFilter(actor="Narendra Modi"))
    assert [e.status for e in found if e.type.value == "CONSULT"] == [Status.PLANNED]


def test_a_visit_to_a_country_is_placed_in_its_capital_said_to_be_inferred(
    tmp_path: Path,
) -> None:
    [meeting] = occurred_meetings(
        tmp_path,
        "Lula in Portugal\n\n"
        "Published: 22 April 2023\n\n"
        "President Luiz Inácio Lula da Silva held talks with Prime Minister António Costa on "
        "Saturday, on the first day of his state visit to Portugal.\n",
        actor="António Costa",
    )
    assert meeting.location is not None and meeting.location.name == "Lisbon"
    assert "capital of the country named" in meeting.location.basis


def test_talks_on_the_sidelines_of_a_forum_named_after_its_city_are_in_that_city(
    tmp_path: Path,
) -> None:
    [meeting] = occurred_meetings(
        tmp_path,
        "Ministers meet in Doha\n\n"
        "Published: 11 December 2023\n\n"
        "Foreign Minister Hakan Fidan met Ayman Safadi on the sidelines of the Doha Forum on "
        "Sunday.\n",
        actor="Hakan Fidan",
    )
    assert meeting.location is not None and meeting.location.name == "Doha"
    assert "gathering's name" in meeting.location.basis
    [elsewhere] = occurred_meetings(
        tmp_path,
        "Ministers meet\n\n"
        "Published: 11 December 2023\n\n"
        "Foreign Minister Hakan Fidan met Ayman Safadi on the sidelines of the Africa Forum on "
        "Sunday.\n",
        actor="Hakan Fidan",
    )
    assert elsewhere.location is None


def test_his_highness_is_the_one_last_introduced_as_his_highness(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Foreign Minister arrives in Muscat\n\n"
        "Muscat, March 4, 2024, SPA -- His Highness Prince Faisal bin Farhan bin Abdullah, "
        "Minister of Foreign Affairs, arrived in Muscat today on an official visit.\n\n"
        "His Highness then held an official session of talks with Sayyid Badr Albusaidi.\n",
        actor="Badr Albusaidi",
    )
    assert parties(meetings) == [["Badr Albusaidi", "Faisal bin Farhan"]]


def test_talks_on_the_eve_of_the_summit_are_on_the_day_before_it(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "G20 opens in New Delhi\n\n"
        "Published: 9 September 2023\n\n"
        "The G20 summit opened in New Delhi on Saturday.\n\n"
        "Prime Minister Narendra Modi held talks with Joe Biden at his residence on the eve of "
        "the summit.\n",
        actor="Joe Biden",
    )
    [talks] = [e for e in meetings if len(e.participants) == 2]
    assert talks.date == "2023-09-08"


def test_talks_of_two_visitors_in_a_third_country_stay_in_that_country(tmp_path: Path) -> None:
    [meeting] = occurred_meetings(
        tmp_path,
        "Envoys meet in Oman\n\n"
        "Published: 13 April 2025\n\n"
        "Steve Witkoff and Abbas Araghchi held talks in Oman on Saturday.\n",
        actor="Abbas Araghchi",
    )
    assert meeting.location is not None and meeting.location.name == "Oman"


def test_a_meeting_without_a_day_is_on_the_day_its_parties_reached_an_agreement(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "summit",
        "Ruto, Samia agree to end border delays\n\n"
        "ARUSHA, March 8 (Reuters) - Kenyan President William Ruto and Tanzanian President "
        "Samia Suluhu Hassan agreed on Saturday to remove the remaining barriers to trade at "
        "their shared border posts.\n\n"
        "Ruto, who had flown in earlier in the day, held a closed-door meeting with Samia at the "
        "State Lodge before the two were joined by their ministers.\n",
    )
    [meeting] = [m for m in mentions if m.type == EventType.CONSULT]
    assert meeting.date is not None and meeting.date.as_date() is not None
    assert (meeting.date.month, meeting.date.day) == (3, 8)
    assert "agreement" in meeting.date.basis


def test_what_was_done_a_day_before_the_stated_day_is_on_that_day(tmp_path: Path) -> None:
    mentions = article_mentions(
        tmp_path,
        "call",
        "Ruto calls on Museveni\n\n"
        "Published: January 5, 2024\n\n"
        "KAMPALA, Jan 5 (Reuters) - Kenyan President William Ruto called on Ugandan President "
        "Yoweri Museveni on Friday, a day after holding talks with Ugandan Foreign Minister "
        "Jeje Odongo on the border dispute.\n\n"
        "It was the first time in more than a year that he had been to the city, and he is "
        "expected to fly back to Nairobi on Saturday.\n",
    )
    days = {
        frozenset(p.name for p in m.participants): m.date.iso() if m.date else None
        for m in mentions
        if m.type == EventType.CONSULT
    }
    assert days[frozenset({"William Ruto", "Yoweri Museveni"})] == "2024-01-05"
    assert days[frozenset({"William Ruto", "Jeje Odongo"})] == "2024-01-04"


def test_calls_to_one_and_to_another_earlier_in_the_day_of_a_statement(tmp_path: Path) -> None:
    mentions = article_mentions(
        tmp_path,
        "calls",
        "Kagame disputes account of call\n\n"
        "29 January 2025, 6:12 AM\n\n"
        "In a statement released on Tuesday evening, the Presidency said Ramaphosa had spoken "
        "to Kagame and to DRC President Felix Tshisekedi earlier in the day, and had called for "
        "an urgent ceasefire.\n\n"
        "The statement was issued in Pretoria and was about the fighting in the east of the "
        "country.\n",
    )
    calls = sorted(
        (sorted(p.name for p in m.participants), m.date.iso() if m.date else None)
        for m in mentions
        if m.type == EventType.CONSULT
    )
    assert calls == [
        (["Cyril Ramaphosa", "Félix Tshisekedi"], "2025-01-28"),
        (["Cyril Ramaphosa", "Paul Kagame"], "2025-01-28"),
    ]


def test_that_month_is_the_month_the_sentence_named_before(tmp_path: Path) -> None:
    mentions = article_mentions(
        tmp_path,
        "visit",
        "Ishiba, Anwar agree to boost security ties\n\n"
        "KUALA LUMPUR, Jan. 10 (Kyodo) - Japanese Prime Minister Shigeru Ishiba and his "
        "Malaysian counterpart Anwar Ibrahim agreed Friday to strengthen security cooperation.\n\n"
        "Ishiba, who took office in October, held his first talks with Anwar on the fringes of "
        "the summits in Vientiane that month.\n",
    )
    [first] = [
        m for m in mentions if m.type == EventType.CONSULT and "Vientiane" in m.evidence.sentence
    ]
    assert first.date is not None and first.date.iso() == "2024-10"


def test_talks_after_which_the_two_countries_signed_agreements_are_on_the_day_of_signing(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "pact",
        "Kenya, Tanzania sign border pact\n\n"
        "Published: March 9, 2025\n\n"
        "Kenya and Tanzania on Saturday signed an agreement on border posts, one of four "
        "agreements concluded after talks between President William Ruto and President Samia "
        "Suluhu Hassan at the State Lodge in Arusha.\n\n"
        "The leaders also spoke about the planned gas pipeline and the railway to the lake.\n",
    )
    [talks] = [m for m in mentions if m.type == EventType.CONSULT]
    assert talks.date is not None and talks.date.iso() == "2025-03-08"


def test_one_person_agreeing_agrees_with_whom_the_article_has_them_meet(tmp_path: Path) -> None:
    mentions = article_mentions(
        tmp_path,
        "summit",
        "Ruto, Samia hold talks\n\n"
        "Published: March 9, 2025\n\n"
        "President William Ruto held talks with President Samia Suluhu Hassan in Arusha on "
        "Saturday and agreed to expand trade across the border, the State House said.\n\n"
        "Ruto also pledged to reopen the Namanga border post to trucks within a month, the "
        "statement said.\n",
    )
    agreements = [m for m in mentions if m.type == EventType.AGREE]
    assert agreements
    for agreement in agreements:
        assert sorted(p.name for p in agreement.participants) == [
            "Samia Suluhu Hassan",
            "William Ruto",
        ]


def test_counterparts_of_named_countries_are_who_held_the_same_office_there(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Wong meets counterparts in Vientiane\n\n"
        "Published: July 26, 2024\n\n"
        "VIENTIANE, July 26 (AAP) - Foreign Minister Penny Wong met separately with her "
        "Japanese and Indonesian counterparts in Vientiane on Friday on the margins of the "
        "ASEAN meetings.\n",
    )
    assert sorted(sorted(p.name for p in e.participants) for e in meetings) == [
        ["Penny Wong", "Retno Marsudi"],
        ["Penny Wong", "Yoko Kamikawa"],
    ]


def test_a_month_of_that_year_is_in_the_year_the_article_stated_before(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Analysis: Rabat and Nouakchott draw closer\n\n"
        "Published: October 8, 2025\n\n"
        "Ties have warmed steadily since President Mohamed Ould Ghazouani's visit to Rabat in "
        "March 2023.\n\n"
        "King Mohammed VI received Ghazouani again in December of that year, and the two "
        "leaders discussed a gas pipeline.\n",
        actor="Mohammed VI",
    )
    assert "2023-12" in [e.date for e in meetings]


def test_talks_held_before_meeting_the_president_are_of_that_day(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Sandu in Riga: talks with Rinkevics\n\n"
        "Published: 2024.05.14 16:20\n\n"
        "After talks with President Edgars Rinkevics at Riga Castle, Moldovan President Maia "
        "Sandu told reporters that Latvia would help Moldova with energy.\n\n"
        "Rinkevics said Latvia backed Moldova's path to the European Union. He said the "
        "two countries would sign a road map in the autumn.\n\n"
        "Sandu thanked Latvia for its support over the past two years.\n\n"
        "Before meeting the president, Sandu held talks with Prime Minister Evika Silina at "
        "the Cabinet of Ministers.\n",
    )
    with_silina = [e for e in meetings if "Evika Siliņa" in {p.name for p in e.participants}]
    assert [e.date for e in with_silina] == ["2024-05-14"]


def test_the_three_who_met_are_the_three_who_just_agreed(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Baltic leaders agree on power grid\n\n"
        "Published: March 3, 2025\n\n"
        "Estonian Prime Minister Kristen Michal, Latvian Prime Minister Evika Silina and "
        "Lithuanian Prime Minister Gintautas Paluckas agreed on Monday to speed up the "
        "synchronisation of their power grids.\n\n"
        "The three met at the Latvian government house in Riga.\n",
    )
    assert [sorted(p.name for p in e.participants) for e in meetings] == [
        ["Evika Siliņa", "Gintautas Paluckas", "Kristen Michal"]
    ]


def test_a_delegation_that_attended_the_summit_is_no_meeting_of_its_own(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Trilateral summit in Aqaba\n\n"
        "Published: June 2, 2025\n\n"
        "King Abdullah II, President Abdel Fattah El-Sisi and President Mahmoud Abbas met in "
        "Aqaba on Monday for a trilateral summit on Gaza.\n\n"
        "Foreign Minister Ayman Safadi, Director of the General Intelligence Department Ahmad "
        "Husni and Director of the Office of His Majesty Jafar Hassan attended the summit.\n",
    )
    assert [sorted(p.name for p in e.participants) for e in meetings] == [
        ["Abdel Fattah el-Sisi", "Abdullah II", "Mahmoud Abbas"]
    ]


@pytest.mark.parametrize(
    "building", ["the foreign ministry", "State House", "the Gyeongbok palace"]
)
def test_a_meeting_at_the_foreign_ministry_is_in_the_capital_the_report_is_filed_from(
    tmp_path: Path, building: str
) -> None:
    text = (
        "Diplomatic calendar thrown into doubt\n\n"
        "Published: 05 Dec 2024 05:41PM\n\n"
        "{city}: A planned visit by the Swedish prime minister has been put off.\n\n"
        "No new date was given for the trip, officials said.\n\n"
        "Analysts said the delay was a blow to the defence industry.\n\n"
        "Foreign Minister Cho Tae-yul met US Ambassador Philip Goldberg at {building} "
        "on Wednesday to explain the situation.\n"
    )
    for city, place in (("SEOUL", "Seoul"), ("BUSAN", None)):
        (tmp_path / city).mkdir()
        article = text.format(city=city, building=building)
        [meeting] = occurred_meetings(tmp_path / city, article, "Cho Tae-yul")
        assert (meeting.location.name if meeting.location else None) == place


def test_the_two_countries_are_the_sides_the_sentence_has_named(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Gulf ministers meet in Riyadh\n\n"
        "Published: September 10, 2024\n\n"
        "Saudi Foreign Minister Prince Faisal bin Farhan met his Omani counterpart Badr "
        "Albusaidi in Riyadh on Tuesday.\n\n"
        "The visit comes a week after President Recep Tayyip Erdogan travelled to Cairo. There, "
        "El-Sisi and President Recep Tayyip Erdogan co-chaired the first meeting of the "
        "High-Level Strategic Cooperation Council between the two countries.\n",
        actor="Recep Tayyip Erdoğan",
    )
    assert [
        sorted(p.name for p in e.participants) for e in meetings if len(e.participants) > 1
    ] == [["Abdel Fattah el-Sisi", "Recep Tayyip Erdoğan"]]


def test_the_two_countries_are_those_of_a_pronoun_and_a_name_the_sentence_has(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Defence chiefs gather in Jakarta\n\n"
        "Published: May 12, 2024\n\n"
        "Indonesian Defence Minister Prabowo Subianto met Japan's Minoru Kihara in Jakarta on "
        "Saturday.\n\n"
        "Australia's defence minister Richard Marles was also in the city. In March, he met "
        "Chinese defence minister Dong Jun for an hour in what was the first meeting between the "
        "two countries in a year.\n",
        actor="Richard Marles",
    )
    assert parties(meetings) == [["Dong Jun", "Richard Marles"]]


def test_the_two_who_met_are_the_two_who_just_agreed(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Seoul and Beijing to launch export control dialogue\n\n"
        "Published : June 2, 2024 - 20:05\n\n"
        "President Yoon Suk Yeol and Chinese Premier Li Qiang agreed on Sunday to launch a "
        "dialogue on export controls, the presidential office said.\n\n"
        "The two met for about an hour at the presidential office in Seoul.\n",
    )
    assert parties(meetings) == [["Li Qiang", "Yoon Suk Yeol"]]


def test_the_two_who_signed_are_not_the_article_s_first_meeting(tmp_path: Path) -> None:
    mentions = article_mentions(
        tmp_path,
        "a1",
        "Ruto hosts RSF leader\n\n"
        "Published: January 3, 2024\n\n"
        "President William Ruto held talks with RSF commander Mohamed Hamdan Dagalo at State "
        "House on Wednesday.\n\n"
        "Dagalo arrived in Nairobi from Addis Ababa, where on Tuesday he met former Prime "
        "Minister Abdalla Hamdok, who leads a coalition of civilian groups, and the two signed "
        "a declaration on a ceasefire.\n",
    )
    signed = [m for m in mentions if m.type == EventType.AGREE]
    assert not [m for m in signed if "William Ruto" in {p.name for p in m.participants}]


def test_talks_held_that_day_are_on_the_day_the_sentence_before_named(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Erdogan in Baku\n\n"
        "Published: June 18, 2025\n\n"
        "Turkish officials said the talks would cover energy.\n\n"
        "President Recep Tayyip Erdogan landed in Baku on Monday. He held talks with Ilham "
        "Aliyev that day at the presidential palace.\n",
    )
    assert [e.date for e in meetings] == ["2025-06-16"]


def test_talks_on_the_sidelines_of_the_visit_share_its_day_and_place(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Ruto in Mogadishu\n\n"
        "Published: March 4, 2025\n\n"
        "President William Ruto held talks with President Hassan Sheikh Mohamud in Mogadishu "
        "on Monday during a one-day visit.\n\n"
        "Analysts said the visit would help trade.\n\n"
        "On the sidelines of the visit, Foreign Minister Musalia Mudavadi held talks with his "
        "Somali counterpart Ahmed Moalim Fiqi.\n",
        actor="Musalia Mudavadi",
    )
    assert [(e.date, e.location.name if e.location else None) for e in meetings] == [
        ("2025-03-03", "Mogadishu")
    ]


def test_a_weekday_after_the_paragraph_says_last_week_is_in_the_week_before(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "How the two capitals found their way back\n\n"
        "Analysis | Friday 7 March 2025\n\n"
        "Relations thawed slowly over the winter, officials in both capitals said.\n\n"
        "Last week Foreign Minister Sergei Lavrov came to Ankara himself. He held talks with "
        "Foreign Minister Hakan Fidan at the ministry on Thursday, and flew home that evening.\n",
        actor="Hakan Fidan",
    )
    assert [e.date for e in meetings] == ["2025-02-27"]


def test_an_agreement_in_a_commentary_of_past_meetings_takes_no_day_from_them(
    tmp_path: Path,
) -> None:
    # The commentary reports no meeting of its own; the one it recalls is not the signing's.
    mentions = article_mentions(
        tmp_path,
        "column",
        "The long road to open borders\n\n"
        "Commentary | Posted on 14 June 2025\n\n"
        "Few leaders in the region have spent as much time on the road as the Kenyan president, "
        "and few have had so little to show for it. In March 2023, in Arusha, President William "
        "Ruto sat down with President Samia Suluhu Hassan and came away with promises.\n\n"
        "It was left to the ministers to do the work. Kenya's trade minister Rebecca Miano and "
        "Uganda's Francis Mwebesa later signed a memorandum on cross-border trucking, which is "
        "still waiting for the money it was promised.\n",
    )
    [signed] = [m for m in mentions if m.type == EventType.AGREE]
    assert signed.date is None


def test_the_two_opening_a_sentence_of_agreement_are_the_two_who_met(tmp_path: Path) -> None:
    mentions = article_mentions(
        tmp_path,
        "a1",
        "Zhelyazkov meets Zelensky\n\n"
        "11.06.2025 20:14\n\n"
        "Odesa, June 11 (BTA) - Prime Minister Rosen Zhelyazkov held a one-on-one meeting with "
        "Ukrainian President Volodymyr Zelensky on Wednesday on the margins of the summit in "
        "Odesa, the Government Information Service said.\n\n"
        "The talks focused on the reconstruction of Ukraine and on the sectors in which "
        "Bulgaria could take part. The two agreed that the institutions concerned would draw "
        "up a list of projects for joint work.\n",
    )
    [agreed] = [m for m in mentions if m.type == EventType.AGREE]
    assert {p.name for p in agreed.participants} == {"Rosen Zhelyazkov", "Volodymyr Zelensky"}


def test_the_two_opening_what_a_source_said_they_agreed_are_the_two_who_met(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "a1",
        "Petro and Noboa speak\n\n"
        "Friday 14 March 2025 | 08:10\n\n"
        "President Gustavo Petro held a telephone call with Ecuador's Daniel Noboa yesterday "
        "afternoon.\n\n"
        "Officials in Bogotá told the radio station that the two agreed to reopen the border "
        "talks in April.\n",
    )
    [agreed] = [m for m in mentions if m.type == EventType.AGREE]
    assert {p.name for p in agreed.participants} == {"Gustavo Petro", "Daniel Noboa"}


def test_what_is_agreed_after_a_meeting_recalled_is_agreed_at_the_one_reported(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "release",
        "Leaders meet on the border dispute\n\n"
        "Nairobi, 02/05/2023 - 23:05\n\n"
        "President William Ruto tonight hosted President Yoweri Museveni for talks on the "
        "border.\n\n"
        "It was the first meeting of the two leaders since 18 March in Kampala, where they "
        "agreed on a joint patrol plan.\n\n"
        "They agreed to start negotiations on the border treaty in the near future.\n",
    )
    treaty = next(
        m for m in mentions if m.type == EventType.AGREE and "negotiations" in (m.topic or "")
    )
    assert treaty.date is not None and treaty.date.iso() == "2023-05-02"


def test_a_lead_meeting_told_in_what_was_said_on_a_day_is_the_report_s(tmp_path: Path) -> None:
    # "on Monday evening" dates the saying; the meeting inside what was said states no day,
    # so it takes the report's, as a lead's meeting with no day of its own does.
    meetings = occurred_meetings(
        tmp_path,
        "Ruto: Nairobi said yes, Kampala said no\n\n"
        "Published: March 6, 2023\n\n"
        "NAIROBI - Kenyan President William Ruto said on Monday evening that Nairobi had accepted "
        "the border plan presented at his meeting with Ugandan President Yoweri Museveni in "
        "Mombasa, but that Kampala had turned it down.\n",
    )
    assert [(e.date, e.location.name if e.location else None) for e in meetings] == [
        ("2023-03-06", "Mombasa")
    ]


@pytest.mark.parametrize(
    ("title", "published", "pope"),
    [
        ("the Pontiff", "July 10, 2025", "Pope Leo XIV"),
        ("His Holiness", "July 10, 2025", "Pope Leo XIV"),
        ("the Holy Father", "March 6, 2024", "Pope Francis"),
        ("the pope", "March 6, 2024", "Pope Francis"),
    ],
)
def test_the_pope_unnamed_is_the_pope_of_the_day(
    tmp_path: Path, title: str, published: str, pope: str
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Vatican talks on the war\n\n"
        f"Published: {published}\n\n"
        f"On Wednesday {title} received Ukrainian President Volodymyr Zelensky for talks on "
        "the fate of the prisoners of war, the Holy See Press Office said.\n",
    )
    assert parties(meetings) == [sorted([pope, "Volodymyr Zelensky"])]


def test_a_meeting_told_after_their_earlier_call_takes_not_its_day(tmp_path: Path) -> None:
    mentions = article_mentions(
        tmp_path,
        "audience",
        "Ruto receives Museveni\n\n"
        "18 May 2025 · 16:25\n\n"
        "Kenyan President William Ruto received Ugandan President Yoweri Museveni at State "
        "House in a private audience after the ceremony, the presidency said.\n\n"
        "It was the first personal encounter between the Kenyan leader and his guest, after "
        "their telephone conversation of last Monday.\n",
    )
    encounter = next(m for m in mentions if m.trigger == "encounter")
    call = next(m for m in mentions if m.trigger == "conversation")
    assert call.date is not None and encounter.date != call.date


def test_later_that_afternoon_continues_the_day_reported_not_a_call_recalled(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Ruto meets Museveni in Kampala\n\n"
        "18.05.2025 17:42\n\n"
        "Kampala, May 18 (KNA) - Kenyan President William Ruto met Ugandan President Yoweri "
        "Museveni at State House in Entebbe on Sunday, the presidency said.\n\n"
        "He first raised the border plan during their telephone conversation on May 12, when "
        "the two agreed to meet in person soon.\n\n"
        "It was Ruto's second trip to Uganda in less than a month.\n\n"
        "Later in the afternoon, Ruto also met with Rwandan President Paul Kagame at a hotel "
        "in Kampala.\n",
        actor="Paul Kagame",
    )
    assert [e.date for e in meetings] == ["2025-05-18"]


def test_a_meeting_before_the_summit_takes_no_day_of_the_summit_s(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Summit live: day two\n\n"
        "Published: June 17, 2025\n\n"
        "ARUSHA - President William Ruto is hosting the second day of the regional summit.\n\n"
        "Ruto meets Ethiopian Prime Minister Abiy Ahmed ahead of next week's talks in Addis "
        "Ababa.\n\n"
        "A recap of Monday: Ruto and Museveni met for about an hour in the morning.\n\n"
        "Before the summit, Ruto hosted British Prime Minister Keir Starmer in Nairobi.\n",
        actor="Keir Starmer",
    )
    assert [e.date for e in meetings] == [None]


def test_a_meeting_counted_days_before_the_day_given_is_counted_back(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Ruto's busy week\n\n"
        "Published: March 10, 2023\n\n"
        "NAIROBI - It was a busy week for the president and for the people around him. On "
        "Thursday Kenyan President William Ruto met Ugandan President Yoweri Museveni in "
        "Kampala, two days after hosting Rwandan President Paul Kagame in Nairobi.\n",
    )
    by_guest = {p.name: e.date for e in meetings for p in e.participants}
    assert (by_guest["Yoweri Museveni"], by_guest["Paul Kagame"]) == ("2023-03-09", "2023-03-07")


def test_talks_after_the_audience_are_on_its_day(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Pope receives Ruto\n\n"
        "(ANSA) - VATICAN CITY, SEP 8 - Pope Leo XIV on Monday received Kenyan President "
        "William Ruto in an audience that focused on the famine in the Horn of Africa.\n\n"
        "The private meeting in the papal library lasted around 45 minutes, sources said.\n\n"
        "After the audience Ruto held talks with Secretary of State Cardinal Pietro Parolin and "
        "with Archbishop Paul Richard Gallagher, the Vatican's foreign minister.\n",
    )
    assert {e.date for e in meetings} == {"2025-09-08"}
    assert ["Pietro Parolin", "William Ruto"] in parties(meetings)


@pytest.mark.parametrize(
    ("venue", "city"),
    [
        ("in the Apostolic Palace", "Vatican City"),
        ("in St. Peter's Square", "Vatican City"),
        ("at Villa Barberini", "Castel Gandolfo"),
    ],
)
def test_a_papal_venue_is_in_its_city(tmp_path: Path, venue: str, city: str) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Pope receives Ruto\n\n"
        "Published: September 8, 2025\n\n"
        f"Pope Leo XIV received Kenyan President William Ruto {venue} on Monday for talks on "
        "the famine in the Horn of Africa, the Holy See Press Office said.\n",
    )
    assert [e.location.name if e.location else None for e in meetings] == [city]


@pytest.mark.parametrize(
    ("venue", "city"),
    [
        ("at UN headquarters", "New York"),
        ("at the Palais des Nations", "Geneva"),
        ("at the Ledra Palace", "Nicosia"),
        ("at a hotel in New Kingston", "Kingston"),
    ],
)
def test_a_venue_of_the_un_and_of_cyprus_is_in_its_city(
    tmp_path: Path, venue: str, city: str
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Leaders meet envoy\n\n"
        "Published: May 5, 2025\n\n"
        f"The UN envoy Colin Stewart met President Nikos Christodoulides {venue} on Monday for "
        "talks on new crossing points, the spokesman of the mission said.\n",
    )
    assert [e.location.name if e.location else None for e in meetings] == [city]


@pytest.mark.parametrize(
    "host",
    [
        "The EU's foreign policy chief, Josep Borrell,",
        "The EU Special Representative for the Belgrade-Pristina Dialogue, Miroslav Lajčák,",
    ],
)
def test_an_eu_office_holder_hosts_away_from_their_own_capital(tmp_path: Path, host: str) -> None:
    # Their offices name the Union, not their country: neither Madrid nor Bratislava.
    meetings = occurred_meetings(
        tmp_path,
        "Dialogue resumes\n\n"
        "Published: May 3, 2023\n\n"
        f"{host} on Tuesday hosted Serbian President Aleksandar Vučić and Kosovo's Prime "
        "Minister Albin Kurti for talks on the normalisation of relations.\n",
    )
    assert meetings
    assert all(e.location is None for e in meetings)


def test_meetings_with_one_and_with_another_are_a_meeting_with_each(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Leaders gather in Astana\n\n"
        "Published: June 12, 2025\n\n"
        "ASTANA, June 12 (Reuters) - European Council President Antonio Costa held back-to-back "
        "bilateral meetings on Thursday with President Sadyr Japarov and with President Emomali "
        "Rahmon, an EU official said.\n",
    )
    assert sorted(parties(meetings)) == [
        ["António Costa", "Emomali Rahmon"],
        ["António Costa", "Sadyr Japarov"],
    ]


def test_a_meeting_days_later_is_counted_from_the_day_told_before_it(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "A busy week for Madrid\n\n"
        "Published: May 20, 2025\n\n"
        "Pedro Sanchez and Emmanuel Macron spoke by phone on 5 May about tariffs, and two days "
        "later King Felipe received Mexican President Claudia Sheinbaum in Madrid.\n",
        actor="Claudia Sheinbaum",
    )
    assert [e.date for e in meetings] == ["2025-05-07"]


def test_the_same_day_is_the_day_its_sentence_named_before(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "A long day in Brussels\n\n"
        "Published: July 20, 2025\n\n"
        "When Foreign Minister Wang Yi came to Brussels on 9 July for trade talks, the "
        "discussions ran late; Wang was received by European Council President Antonio Costa "
        "the same day.\n",
        actor="António Costa",
    )
    assert [e.date for e in meetings] == ["2025-07-09"]


def test_a_bare_surname_is_not_the_past_holder_sharing_it(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Premier ends Australian tour\n\n"
        "Published: June 18, 2024\n\n"
        "CANBERRA, June 18 -- Chinese Premier Li Qiang wrapped up a four-day visit to Australia "
        "on Tuesday.\n\n"
        "The last visit by a Chinese premier was in 2017, when then Chinese Premier Li Keqiang "
        "toured Sydney and Canberra.\n\n"
        "On Monday, Li held talks with Prime Minister Anthony Albanese at Parliament House.\n",
        actor="Anthony Albanese",
    )
    assert parties(meetings) == [["Anthony Albanese", "Li Qiang"]]


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("Eight days later", "2023-03-17"),
        ("Two days later", "2023-03-11"),
        ("Eighteen days later", "2023-03-27"),
        ("12 days later", "2023-03-21"),
    ],
)
def test_days_later_are_counted_from_the_sentence_before(
    tmp_path: Path, words: str, day: str
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "A thaw in the Aegean\n\n"
        "Published: June 2, 2024\n\n"
        "The deputy foreign ministers last met in Athens on March 9, 2023. "
        f"{words}, Mitsotakis and Erdogan held a telephone conversation on earthquake aid.\n",
        actor="Recep Tayyip Erdoğan",
    )
    assert [e.date for e in meetings] == [day]


def test_a_building_named_after_a_person_is_no_one_met(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Prime minister tours the old city\n\n"
        "Published: June 2, 2024\n\n"
        "CAIRO, June 2 -- Prime Minister Narendra Modi laid a wreath on Sunday and then "
        "visited the Sultan Hassan Mosque.\n",
    )
    assert parties(meetings) == []


def test_a_guest_received_by_one_host_and_then_by_another_met_each(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Chancellor ends China visit\n\n"
        "Published: April 17, 2024\n\n"
        "German Chancellor Olaf Scholz arrived in Beijing on Sunday. On Monday he was received "
        "by Premier Li Qiang, who hosted a working lunch, and then, after a walk through the "
        "city, by President Xi Jinping.\n",
        actor="Olaf Scholz",
    )
    assert sorted(parties(meetings)) == [["Li Qiang", "Olaf Scholz"], ["Olaf Scholz", "Xi Jinping"]]


def test_a_meeting_there_is_in_the_city_the_sentence_before_named(tmp_path: Path) -> None:
    text = (
        "Leaders gather for the summit\n\n"
        "Published: June 2, 2024\n\n"
        "The leaders of the bloc opened their summit in Granada on Thursday. "
        "The same day Erdogan held talks with Mitsotakis there.\n"
    )
    [meeting] = [
        m
        for m in article_mentions(tmp_path, "a1", text)
        if any(a.name == "Kyriakos Mitsotakis" for a in m.participants)
    ]
    assert meeting.location is not None and meeting.location.name == "Granada"
    spot = meeting.location.evidence
    assert spot is not None and spot.span_start is not None
    body = text.split("\n\n", 2)[2]  # offsets count from the body, after the metadata lines
    assert body[spot.span_start : spot.span_end] == "Granada"


def test_a_meeting_there_is_in_the_capital_the_sentence_before_named(tmp_path: Path) -> None:
    text = (
        "Barzani returns to Ankara\n\n"
        "Published: September 14, 2024\n\n"
        "Kurdistan Region President Nechirvan Barzani has travelled abroad several times this "
        "year. In July he met Erdogan in the Turkish capital. "
        "In early May, he held talks there with Foreign Minister Hakan Fidan.\n"
    )
    [meeting] = [
        m
        for m in article_mentions(tmp_path, "a1", text)
        if any(a.name == "Hakan Fidan" for a in m.participants)
    ]
    assert meeting.location is not None and meeting.location.name == "Ankara"
    spot = meeting.location.evidence
    assert spot is not None and spot.span_start is not None
    body = text.split("\n\n", 2)[2]
    assert body[spot.span_start : spot.span_end] == "the Turkish capital"


def test_a_summit_its_sentence_places_elsewhere_is_not_the_meeting_before(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "a1",
        "Talks in Istanbul: live\n\n"
        "Published: May 16, 2025\n\n"
        "10:05 - Turkish Foreign Minister Hakan Fidan has met Defence Minister Rustem Umerov in "
        "Istanbul.\n\n"
        "13:30 - Macron, speaking in Tirana at the European Political Community summit, says "
        "Europe stands ready for any format.\n",
    )
    with_umerov = [m for m in mentions if any(a.name == "Rustem Umerov" for a in m.participants)]
    assert [m.location.name for m in with_umerov if m.location] == ["Istanbul"]


def test_met_again_elsewhere_is_a_second_meeting(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "A year of summits\n\n"
        "Published: March 3, 2024\n\n"
        "Chancellor Olaf Scholz met President Emmanuel Macron in Hamburg in October 2023 and "
        "again in Paris two months later.\n",
        actor="Olaf Scholz",
    )
    assert sorted((e.date, e.location.name if e.location else None) for e in meetings) == [
        ("2023-10", "Hamburg"),
        ("2023-12", "Paris"),
    ]


def test_the_two_leaders_after_a_round_of_calls_are_the_last_pair_that_spoke(
    tmp_path: Path,
) -> None:
    deals = agreements(
        tmp_path,
        "New chancellor works the phones\n\n"
        "Published: May 7, 2025\n\n"
        "Germany's new Chancellor Friedrich Merz began his first full day in office with phone "
        "calls to the leaders of France, Poland and Britain.\n\n"
        "Merz spoke with Polish Prime Minister Donald Tusk in the afternoon. The two leaders "
        "agreed to set up a joint border commission, a government spokesman said.\n",
    )
    assert [{p.name for p in d.participants} for d in deals] == [{"Friedrich Merz", "Donald Tusk"}]


def test_a_week_later_counts_from_the_day_the_sentence_gave_before(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Ruto's busy month\n\n"
        "Analysis · 30 May 2024\n\n"
        "Ruto met Xi Jinping in Beijing on May 3 and sat down with Cyril Ramaphosa in Nairobi "
        "a week later, at the end of a regional security conference.\n",
        actor="Cyril Ramaphosa",
    )
    assert [(e.date, e.location.name if e.location else None) for e in meetings] == [
        ("2024-05-10", "Nairobi")
    ]


def test_nine_months_later_counts_from_the_meeting_reported_before(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Analysis: a pivot and back\n\n"
        "Published: June 2, 2025\n\n"
        "Ranil Wickremesinghe held talks with Xi Jinping in Beijing on February 12 last year. "
        "Nine months later, short of dollars, he was being received by Narendra Modi at "
        "Hyderabad House.\n",
        actor="Narendra Modi",
    )
    assert [e.date for e in meetings] == ["2024-11"]


def test_his_after_he_is_the_one_he_names(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Analysis: Kathmandu between two capitals\n\n"
        "Published: January 20, 2025\n\n"
        "Nepal's Prime Minister KP Sharma Oli returned to Kathmandu last week.\n\n"
        "He met Narendra Modi in New York last September, but chose Beijing for his first "
        "official bilateral trip, meeting Xi Jinping during his December 2-5 visit.\n",
        actor="Xi Jinping",
    )
    assert parties(meetings) == [["KP Sharma Oli", "Xi Jinping"]]
    assert meetings[0].location is None


def test_also_meeting_two_leaders_of_other_countries_is_a_meeting_with_each(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Leaders gather for Gulf of Guinea summit\n\n"
        "Published: May 9, 2025\n\n"
        "ACCRA, May 9 -- President John Mahama hosted the leaders of the Gulf of Guinea "
        "Commission in Accra on Friday. He also met Togolese President Faure Gnassingbe and "
        "Ivorian President Alassane Ouattara.\n",
        actor="John Mahama",
    )
    pairs = parties(meetings)
    assert ["Alassane Ouattara", "John Mahama"] in pairs
    assert ["Faure Gnassingbé", "John Mahama"] in pairs
    assert ["Alassane Ouattara", "Faure Gnassingbé", "John Mahama"] not in pairs


def test_separate_talks_with_two_leaders_are_two_meetings(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Ruto meets neighbours in Nairobi\n\n"
        "Published: May 12, 2024\n\n"
        "NAIROBI, May 12 -- President William Ruto held separate talks with Ugandan President "
        "Yoweri Museveni and Tanzanian President Samia Suluhu Hassan on Sunday, a day before the "
        "three leaders sit down together for an East African summit.\n\n"
        "The talks were about trade and the security of the border, and they were held at the "
        "State House in the city, officials said.\n",
        actor="William Ruto",
    )
    assert sorted(parties(meetings)) == [
        ["Samia Suluhu Hassan", "William Ruto"],
        ["William Ruto", "Yoweri Museveni"],
    ]


def test_a_building_called_a_haus_is_no_one_met(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Communique signed\n\n"
        "Published: September 18, 2025\n\n"
        "PORT MORESBY, Sept 18 -- Prime Minister James Marape met Prime Minister Anthony "
        "Albanese on Wednesday.\n\n"
        "Mr Marape said the communique he and Mr Albanese signed at Melanesian Haus in Port "
        "Moresby gave the treaty its final wording.\n",
    )
    assert parties(meetings) == [["Anthony Albanese", "James Marape"]]


def test_a_further_meeting_takes_the_day_the_lead_gave_meetings_with_unnamed_leaders(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Ruto meets island leaders\n\n"
        "Published: July 20, 2024\n\n"
        "NAIROBI, July 19 -- President William Ruto held back-to-back talks with Indian Ocean "
        "leaders on Wednesday, the eve of a regional summit.\n\n"
        "Ruto also met Seychelles President Wavel Ramkalawan for about half an hour and "
        "promised help with maritime patrols.\n",
        actor="Wavel Ramkalawan",
    )
    assert [e.date for e in meetings] == ["2024-07-17"]


def test_he_after_the_person_in_focus_named_by_office_is_still_that_person(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "PM hails China visit\n\n"
        "Friday, 14 July 2023 | 08:12\n\n"
        "Prime Minister James Marape has described his official visit to China as a turning "
        "point, as his delegation prepares to wrap up the week-long trip.\n\n"
        "During the visit the Prime Minister was received by President Xi Jinping on Monday, "
        "where the two leaders agreed to deepen their ties.\n\n"
        "He also held official talks with Premier Li Qiang at the Great Hall of the People.\n",
        actor="Li Qiang",
    )
    assert parties(meetings) == [["James Marape", "Li Qiang"]]


def test_two_who_received_one_guest_in_separate_meetings_met_him_one_each(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Marcos wraps up Hanoi visit\n\n"
        "January 30, 2024\n\n"
        "HANOI — President Vo Van Thuong on Tuesday held talks with Philippine President "
        "Ferdinand Marcos Jr. at the Presidential Palace.\n\n"
        "Later the same day, Prime Minister Pham Minh Chinh and National Assembly Chairman "
        "Vuong Dinh Hue received President Marcos Jr. in separate meetings.\n\n"
        "They discussed rice trade and the sea, and how to raise trade between the two "
        "countries to ten billion dollars in the next few years.\n",
        actor="Pham Minh Chinh",
    )
    assert parties(meetings) == [["Ferdinand Marcos Jr.", "Pham Minh Chinh"]]


def test_two_who_met_one_guest_respectively_met_him_one_each(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Xi meets Portuguese president\n\n"
        "2024-05-14 20:11:05\n\n"
        "BEIJING, May 14 (Xinhua) -- Chinese President Xi Jinping held talks with Portuguese "
        "President Marcelo Rebelo de Sousa in Beijing on Tuesday.\n\n"
        "On the same day, Chinese Premier Li Qiang and Wang Huning, chairman of the CPPCC "
        "National Committee, met with Rebelo de Sousa respectively.\n",
        actor="Li Qiang",
    )
    assert parties(meetings) == [["Li Qiang", "Marcelo Rebelo de Sousa"]]


def test_an_initial_written_close_to_a_surname_is_the_person_named_before(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Uzbek minister in Ankara\n\n"
        "6 February 2025\n\n"
        "On February 5, Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov, who is on a "
        "working visit to Türkiye, held talks with Hakan Fidan in Ankara.\n\n"
        "The same day, B.Saidov held a meeting with Minister of Trade of Türkiye Omer Bolat.\n",
        actor="Omer Bolat",
    )
    assert parties(meetings) == [["Bakhtiyor Saidov", "Omer Bolat"]]


def test_a_visit_that_follows_a_call_does_not_take_the_calls_day(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Iranian foreign minister in Islamabad\n\n"
        "January 29, 2024\n\n"
        "ISLAMABAD — Foreign Minister Jalil Abbas Jilani held talks with Iranian Foreign "
        "Minister Hossein Amir-Abdollahian at the Foreign Office.\n\n"
        "The visit follows the telephone conversation between the two foreign ministers on "
        "January 22.\n",
    )
    assert sorted(str(e.date) for e in meetings) == ["2024-01-22", "2024-01-29"]


def test_the_two_sides_of_a_mechanism_named_by_its_pair_are_its_countries(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Allies hold first trilateral summit\n\n"
        "April 12, 2024\n\n"
        "WASHINGTON — The leaders of the United States, Japan and the Philippines held their "
        "first trilateral summit at the White House on Thursday.\n\n"
        "At the eighth meeting of the China-Philippines Bilateral Consultation Mechanism held "
        "in Shanghai in January, the two sides agreed to improve maritime communication.\n",
    )
    rounds = [e for e in meetings if e.location and e.location.name == "Shanghai"]
    assert parties(rounds) == [["China", "Philippines"]]


def test_an_initial_close_to_a_surname_the_knowledge_base_knows_is_that_person(
    tmp_path: Path,
) -> None:
    # Mongolian outlets write the patronymic's initial before the name.
    meetings = occurred_meetings(
        tmp_path,
        "Macron in Ulaanbaatar\n\n"
        "May 22, 2023\n\n"
        "ULAANBAATAR — French President Emmanuel Macron and President U.Khurelsukh held "
        "official talks at the State Palace on Sunday.\n\n"
        "The two sides discussed uranium and rare earths.\n",
    )
    assert parties(meetings) == [["Emmanuel Macron", "Ukhnaagiin Khürelsükh"]]


def test_an_office_both_presidents_hold_keeps_no_one_in_focus(tmp_path: Path) -> None:
    # "the President's day" could be either president's: the first person the sentence
    # names is who its "he" follows.
    meetings = occurred_meetings(
        tmp_path,
        "Marcos in Washington: live updates\n\n"
        "July 22, 2025\n\n"
        "United States President Donald Trump welcomes President Ferdinand Marcos Jr. at the "
        "White House on Tuesday.\n\n"
        "A recap of the President's day: earlier on Tuesday, Marcos was received at the "
        "Pentagon by Defense Secretary Pete Hegseth. He then met Secretary of State Marco "
        "Rubio.\n",
        actor="Marco Rubio",
    )
    assert parties(meetings) == [["Ferdinand Marcos Jr.", "Marco Rubio"]]


def test_later_in_the_day_after_a_meeting_recalled_undated_is_the_day_told_before(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Seven accords signed as Ruto and Museveni hold talks\n\n"
        "6 April 2025 12:10 am\n\n"
        "President William Ruto and visiting Ugandan President Yoweri Museveni held bilateral "
        "talks at State House yesterday, after which the two governments exchanged seven "
        "memoranda of understanding.\n\n"
        "The accords cover defence, energy and the railway to Kampala. Officials said more "
        "would follow.\n\n"
        "Tanzanian President Samia Suluhu Hassan was the first foreign leader to call on Ruto "
        "after his election, meeting him in Nairobi in October.\n\n"
        "Opposition leader Raila Odinga met the Ugandan President later in the day.\n",
        actor="Raila Odinga",
    )
    assert [e.date for e in meetings] == ["2025-04-05"]


def test_him_after_a_person_named_by_office_is_that_person(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "President sworn in\n\n"
        "Published: 30 October 2024\n\n"
        "President Anura Kumara Dissanayake took the oath in Colombo in September.\n\n"
        "He promised to end corruption. His party won a large majority in parliament.\n\n"
        "Tanzanian Foreign Minister Mahmoud Thabit Kombo was the first foreign dignitary to call "
        "on the President after his election, meeting him in Colombo in October.\n",
        actor="Anura Kumara Dissanayake",
    )
    assert [(e.date, e.location.name if e.location else None) for e in meetings] == [
        ("2024-10", "Colombo")
    ]


def test_a_surname_finds_the_person_a_sentence_without_a_meeting_introduced(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Nairobi and Islamabad hold consultations\n\n"
        "Published: 18 April 2025, 12:00 AM\n\n"
        "Kenya yesterday raised trade and visas as the foreign secretaries of the two countries "
        "held consultations in Nairobi, the first since 2012.\n\n"
        "Pakistan's Foreign Secretary Amna Baloch, who arrived on Wednesday, did not speak to "
        "the press.\n\n"
        "Baloch also called on Foreign Minister Musalia Mudavadi at the ministry yesterday "
        "afternoon.\n",
        actor="Musalia Mudavadi",
    )
    assert parties(meetings) == [["Amna Baloch", "Musalia Mudavadi"]]


def test_earlier_in_the_day_prefers_a_meeting_on_a_stated_day_to_one_on_the_report_s(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Ruto and Museveni sign border declaration\n\n"
        "Published: 07.15.22, 00:48\n\n"
        "President William Ruto and President Yoweri Museveni on Thursday signed a border "
        "declaration after a meeting of more than two hours in Kampala.\n\n"
        "Ugandan Foreign Minister Jeje Odongo and Ruto's chief of staff attended the talks.\n\n"
        "Earlier in the day, Ruto met Speaker Anita Among, who gave him a copy of the new "
        "trade law.\n",
        actor="Anita Among",
    )
    assert [e.date for e in meetings] == ["2022-07-14"]


def test_a_call_paid_at_government_house_is_in_the_capital_of_whom_it_is_paid_on(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Modi ends Pacific visit\n\n"
        "Published: May 23, 2023\n\n"
        "Prime Minister Narendra Modi left for Sydney on Tuesday after a two-day visit.\n\n"
        "On Monday night Mr Modi called on Fijian Prime Minister Sitiveni Rabuka at Government "
        "House, where he was given the country's highest honour.\n\n"
        "It was the first time that an Indian prime minister had been to the country, and "
        "officials said that the visit was a success for both of the two governments.\n",
        actor="Sitiveni Rabuka",
    )
    assert [e.location.name if e.location else None for e in meetings] == ["Suva"]


def test_a_meeting_on_a_stop_of_a_tour_is_the_traveller_s_and_in_the_stop_s_place(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Kenyan opposition figure ends regional tour\n\n"
        "Published: 12 May 2024\n\n"
        "Raila Odinga returned to Nairobi on Saturday after a week of travel in the region.\n\n"
        "The tour began in Kampala on May 6, where Odinga was received by President Yoweri "
        "Museveni, before a stop in Kigali to meet President Paul Kagame on May 8.\n",
    )
    places = {
        frozenset(p.name.split()[-1] for p in e.participants): e.location.name
        for e in found
        if e.location is not None
    }
    assert places == {
        frozenset({"Odinga", "Museveni"}): "Kampala",
        frozenset({"Odinga", "Kagame"}): "Kigali",
    }


def test_a_session_co_chaired_in_the_passive_is_a_meeting_on_the_day_of_the_occasion(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Botswana and South Africa review ties\n\n"
        "Published: April 23, 2022\n\n"
        "President Cyril Ramaphosa received President Mokgweetsi Masisi in Pretoria on Friday "
        "for talks on trade and energy.\n\n"
        "In the afternoon, the two cabinets held their first joint meeting. The session was "
        "co-chaired by Naledi Pandor and Lemogang Kwape and was devoted to the border posts.\n",
    )
    assert sorted(parties(found)) == [
        ["Cyril Ramaphosa", "Mokgweetsi Masisi"],
        ["Lemogang Kwape", "Naledi Pandor"],
    ]
    assert {e.date for e in found} == {"2022-04-22"}


def test_a_meeting_another_followed_does_not_share_its_day_or_place(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "New impetus for the Luanda process\n\n"
        "Published: March 20, 2024\n\n"
        "The process was given new impetus when President Paul Kagame met President Joao "
        "Lourenco in Luanda on March 11, a meeting that followed the Angolan leader's "
        "separate talks with President Felix Tshisekedi.\n",
        actor="Félix Tshisekedi",
    )
    assert parties(found) == [["Félix Tshisekedi", "João Lourenço"]]
    assert found[0].date is None


def test_a_live_blog_s_meetings_of_the_day_are_where_its_headline_puts_them(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "LIVE UPDATES: Marcos at the ASEAN Summit in Jakarta\n\n"
        "Published: September 6, 2023\n\n"
        "9:05 PM - That's it for today's coverage. The President attends the East Asia "
        "Summit tomorrow before he flies home in the evening.\n\n"
        "6:40 PM - President Ferdinand Marcos Jr. and Singapore Prime Minister Lee Hsien "
        "Loong met on the sidelines of the summits this afternoon, the palace said.\n",
    )
    assert [(e.date, e.location.name if e.location else None) for e in found] == [
        ("2023-09-06", "Jakarta")
    ]


def test_a_further_meeting_is_not_placed_where_a_meeting_recalled_from_another_month_was(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Dhaka and Islamabad talk again\n\n"
        "Published: 18 April 2025\n\n"
        "Pakistan's Foreign Secretary Amna Baloch arrived in Dhaka on Wednesday for the first "
        "consultations between the two foreign offices in fifteen years.\n\n"
        "Chief Adviser Muhammad Yunus met Prime Minister Shehbaz Sharif on the sidelines of "
        "the D-8 summit in Cairo in December.\n\n"
        "Baloch also called on Foreign Adviser Touhid Hossain at the foreign ministry "
        "yesterday afternoon.\n",
        actor="Touhid Hossain",
    )
    assert [e.location.name if e.location else None for e in found] == ["Dhaka"]


def test_a_call_paid_at_a_seat_of_government_is_in_the_host_s_capital_not_the_dateline_s(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Pakistan's envoy on the road\n\n"
        "Published: 18 April 2025\n\n"
        "CAIRO, April 18 (Reuters) - Egypt said on Friday that it would host the next round "
        "of talks on the region, and that it would invite every country of the bloc.\n\n"
        "The bloc has not met at that level for two years, and its members are divided on "
        "trade.\n\nIts secretariat said that the date would be set in the summer.\n\n"
        "Pakistan's Foreign Secretary Amna Baloch called on Foreign Adviser Touhid Hossain "
        "at the foreign ministry yesterday afternoon.\n",
        actor="Touhid Hossain",
    )
    assert [e.location.name if e.location else None for e in found] == ["Dhaka"]


def test_a_guest_received_with_no_place_given_is_in_the_host_s_capital_said_inferred(
    tmp_path: Path,
) -> None:
    [found] = occurred_meetings(
        tmp_path,
        "Tokayev receives Saudi minister\n\n"
        "Published: March 7, 2024\n\n"
        "The two countries have been discussing closer ties in energy and transport for "
        "several years.\n\n"
        "Trade between them is still small, and both governments want it to grow.\n\n"
        "Officials said more investment would follow.\n\n"
        "President Kassym-Jomart Tokayev received Saudi Foreign Minister Faisal bin Farhan on "
        "Thursday.\n",
    )
    assert found.location is not None and found.location.name == "Astana"
    [value] = found.fields["location"]
    assert value.basis.startswith("capital of the country named")


def test_a_leader_visited_with_no_place_given_is_met_in_their_capital_said_inferred(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Lula and Europe\n\n"
        "Published: March 7, 2024\n\n"
        "Relations between Brazil and Germany have warmed in the past year.\n\n"
        "When Lula visited Olaf Scholz in December 2023, the two men spent much of their "
        "joint press conference on the trade agreement with Mercosur.\n",
    )
    [visit] = [e for e in found if e.date == "2023-12"]
    assert visit.location is not None and visit.location.name == "Berlin"
    [value] = visit.fields["location"]
    assert value.basis.startswith("capital of the country named")


def test_him_in_a_clause_after_a_meeting_is_the_guest_just_named(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Lula in Beijing\n\n"
        "Published: April 14, 2023\n\n"
        "Chinese President Xi Jinping held talks with Brazilian President Lula in Beijing on "
        "Friday.\n\n"
        "On the same day, Premier Li Qiang held talks with Lula, and Zhao Leji, chairman of "
        "the National People's Congress Standing Committee, met with him separately.\n",
        actor="Zhao Leji",
    )
    assert [sorted(parties([e])[0]) for e in found] == [["Luiz Inácio Lula da Silva", "Zhao Leji"]]
    # In a where-clause, "him" is the traveller, not the last name told.
    (tmp_path / "where").mkdir()
    found = occurred_meetings(
        tmp_path / "where",
        "Lula in Europe\n\n"
        "Published: April 14, 2023\n\n"
        "President Lula, quoting the writer Machado de Assis, spoke of old friendships in "
        "Lisbon before flying to Berlin, where Chancellor Olaf Scholz received him in the "
        "afternoon.\n",
        actor="Olaf Scholz",
    )
    assert [sorted(parties([e])[0]) for e in found] == [
        ["Luiz Inácio Lula da Silva", "Olaf Scholz"]
    ]


def test_a_guest_received_in_the_passive_is_in_the_capital_of_whoever_received_them(
    tmp_path: Path,
) -> None:
    [found] = occurred_meetings(
        tmp_path,
        "Saudi minister in Astana\n\n"
        "Published: March 7, 2024\n\n"
        "The two countries have been discussing closer ties in energy and transport for "
        "several years.\n\n"
        "Trade between them is still small, and both governments want it to grow.\n\n"
        "Officials said more investment would follow.\n\n"
        "Saudi Foreign Minister Faisal bin Farhan was received by President Kassym-Jomart "
        "Tokayev on Thursday.\n",
    )
    assert found.location is not None and found.location.name == "Astana"


def test_a_meeting_held_shortly_after_landing_is_on_the_day_of_the_visit_just_told(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Kagame in Luanda for talks\n\n"
        "Published: July 7, 2022\n\n"
        "President Paul Kagame on Wednesday held talks with President Felix Tshisekedi in "
        "Luanda, at a meeting convened by President Joao Lourenco.\n\n"
        "Shortly after landing, the Head of State held a one-on-one meeting with President "
        "Lourenco at the presidential palace.\n",
        actor="Paul Kagame",
    )
    with_lourenco = [
        e
        for e in meetings
        if len(e.participants) == 2 and "João Lourenço" in {p.name for p in e.participants}
    ]
    assert [e.date for e in with_lourenco] == ["2022-07-06"]


def test_a_lead_meeting_dated_only_in_a_guest_s_relative_clause_is_on_the_report_s_day(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Ruto hosts Samia at State House\n\n"
        "May 3, 2024\n\n"
        "NAIROBI -- Kenyan President William Ruto hosted Tanzanian President Samia Suluhu "
        "Hassan, who had arrived in the country on Wednesday for a three-day state visit.\n\n"
        "The two leaders discussed trade, the border and the Lake Victoria ports.\n",
    )
    assert [e.date for e in meetings] == ["2024-05-03"]


def test_a_call_the_news_agency_learned_of_today_is_on_the_report_s_day(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Ruto, Museveni speak by phone\n\n"
        "12 March 2024, 16:05\n\n"
        "NAIROBI. President William Ruto held a telephone conversation with President of "
        "Uganda Yoweri Museveni today, the national news agency learned from the State House "
        "press office.\n\n"
        "The two presidents discussed the oil pipeline and regional security.\n",
    )
    assert [e.date for e in meetings] == ["2024-03-12"]


def test_a_guest_received_after_talks_is_in_the_capital_of_whoever_received_him(
    tmp_path: Path,
) -> None:
    # "he" is in "the": the host is found by whole words after "received by".
    meetings = occurred_meetings(
        tmp_path,
        "Briefing by the foreign ministry spokeswoman, Moscow, March 14, 2024\n\n"
        "Foreign Minister Sergey Lavrov is continuing his tour of West Africa. Yesterday, "
        "March 13, he held talks in Conakry with Foreign Minister Morissanda Kouyate, and was "
        "received by the President of the Transition of the Republic of Guinea Mamadi "
        "Doumbouya.\n\n"
        "The talks focused on trade, energy and security in the region.\n",
        actor="Mamadi Doumbouya",
    )
    assert [(e.date, e.location.name if e.location else None) for e in meetings] == [
        ("2024-03-13", "Conakry")
    ]


def test_leaders_of_two_countries_visited_are_two_visits(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Faye's first months\n\n"
        "June 20, 2024\n\n"
        "DAKAR -- Senegal's new president has moved quickly on the region. Faye visited "
        "Mali's Col. Assimi Goita and Burkina Faso's Capt. Ibrahim Traore in late May, weeks "
        "after taking office. He has also spoken of reviving the regional bloc's summits.\n",
        actor="Bassirou Diomaye Faye",
    )
    assert sorted(parties(meetings)) == [
        ["Assimi Goïta", "Bassirou Diomaye Faye"],
        ["Bassirou Diomaye Faye", "Ibrahim Traoré"],
    ]


def test_counterparts_each_met_in_a_town_and_on_a_day_of_their_own(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Mahama ends Sahel tour\n\n"
        "Published: 12 March 2025\n\n"
        "ACCRA -- President John Mahama is back from his tour of the Sahel. The President met "
        "General Assimi Goita in Bamako on Saturday, Brig.-Gen. Abdourahamane Tchiani in "
        "Niamey on Sunday and Captain Ibrahim Traore in Ouagadougou on Monday. He said the "
        "three leaders had agreed to keep talking to the region.\n",
        actor="John Mahama",
    )
    assert sorted((e.date, e.location.name if e.location else None) for e in meetings) == [
        ("2025-03-08", "Bamako"),
        ("2025-03-09", "Niamey"),
        ("2025-03-10", "Ouagadougou"),
    ]


def test_praise_of_his_guest_is_of_whom_the_subject_just_met(tmp_path: Path) -> None:
    found = article_mentions(
        tmp_path,
        "guest",
        "Faye in Bamako for talks with Goita\n\n"
        "Published: 30 May 2024\n\n"
        "BAMAKO - President Bassirou Diomaye Faye held talks with Colonel Assimi Goita at "
        "Koulouba palace on Thursday. The two leaders discussed security along their border "
        "and trade through the port of Dakar. Colonel Goita hailed the vision of his guest and "
        "his attachment to the sovereignty of the peoples of the region.\n",
    )
    [praise] = [m for m in found if m.type == EventType.SUPPORT]
    assert [a.name for a in praise.source] == ["Assimi Goïta"]
    assert [a.name for a in praise.target] == ["Bassirou Diomaye Faye"]


def test_a_delegation_received_by_two_hosts_of_one_country_is_in_its_capital(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "ECOWAS envoys in Niger\n\n"
        "August 25, 2023\n\n"
        "ABUJA -- The regional bloc has kept its channels open. Its leaders met twice in the "
        "summer. Sanctions were debated at length. On August 19, a delegation led "
        "by Nigeria's former head of state, General Abdulsalami Abubakar, was received by "
        "General Abdourahamane Tiani and then, separately, by the detained president Mohamed "
        "Bazoum. The envoys briefed President Tinubu on their return.\n",
        actor="Abdulsalami Abubakar",
    )
    assert {e.location.name if e.location else None for e in meetings} == {"Niamey"}


def test_an_age_set_off_after_a_name_is_no_date_of_the_lead_meeting(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Gabon's leader meets Cameroon's Biya\n\n"
        "June 12, 2024\n\n"
        "LIBREVILLE -- Oligui Nguema, 49, who was sworn in on September 4, held talks with "
        "Cameroonian President Paul Biya in Yaounde in the morning, his office said. The two "
        "leaders discussed border security and the Gulf of Guinea.\n",
    )
    assert [e.date for e in meetings] == ["2024-06-12"]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # The parser joins the day to the name of the subject.
        (
            "On March 4 Defence Secretary John Healey met Lammy and the bloc's defence "
            "commissioner, Andrius Kubilius, in Brussels.",
            "2025-03-04",
        ),
        # The day names the evening the meeting was held on.
        (
            "David Lammy met Kaja Kallas in Brussels on the evening of 4 March 2025, on the eve "
            "of the ministerial meeting.",
            "2025-03-04",
        ),
    ],
)
def test_a_day_the_parser_hangs_elsewhere_dates_the_meeting(
    tmp_path: Path, sentence: str, day: str
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        f"Lammy and Kallas\n\nMarch 20, 2025\n\nLONDON -- Britain wants a reset. {sentence} "
        "Officials said more talks would follow.\n",
        actor="David Lammy",
    )
    assert [e.date for e in meetings] == [day]


def test_the_same_afternoon_is_the_day_the_sentence_before_named(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Rubio in Bogota\n\nMarch 20, 2025\n\nBOGOTA -- The visit was short. Rubio signed a "
        "memorandum with Foreign Minister Laura Sarabia in Bogota on March 3. The same "
        "afternoon Rubio, who flew in from Panama, held a meeting with President Gustavo Petro "
        "at the Casa de Nariño.\n",
        actor="Gustavo Petro",
    )
    assert [e.date for e in meetings] == ["2025-03-03"]


def test_a_city_named_with_a_venue_outweighs_a_namesake_venue_abroad(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Petro and Arevalo\n\nMarch 20, 2025\n\nBOGOTA -- Petro has met his neighbours before. "
        "He held talks with President Bernardo Arévalo at the National Palace of Culture in "
        "Guatemala City on August 26 last year.\n",
        actor="Bernardo Arévalo",
    )
    assert [e.location.name if e.location else None for e in meetings] == ["Guatemala City"]


@pytest.mark.parametrize(
    ("dateline", "host", "city"),
    [
        ("SANTO DOMINGO, March 24 (Agency) -", "President Luis Abinader", "Santo Domingo"),
        ("GUATEMALA CITY, March 24 (Agency) -", "President Bernardo Arévalo", "Guatemala City"),
        ("", "Mexican President Claudia Sheinbaum", "Mexico City"),
    ],
)
def test_a_national_palace_is_in_the_country_of_the_dateline_or_of_the_host(
    tmp_path: Path, dateline: str, host: str, city: str
) -> None:
    # Several republics seat their president in a "National Palace"; which one the report means
    # is told by its dateline or by whose palace it is.
    meetings = occurred_meetings(
        tmp_path,
        "Spanish king on Caribbean tour\n\nMarch 24, 2025\n\n"
        f"{dateline} King Felipe VI was received by {host} at the National Palace on Friday "
        "for talks on migration, trade and the coming summit of the region.\n",
        actor="King Felipe VI",
    )
    assert [e.location.name if e.location else None for e in meetings] == [city]


@pytest.mark.parametrize("subject", ["The two governments", "Both parties"])
def test_the_governments_that_agree_are_the_sides_of_the_meeting(
    tmp_path: Path, subject: str
) -> None:
    found = agreements(
        tmp_path,
        "Boric meets Petro\n\nMarch 20, 2025\n\nSANTIAGO -- President Gabriel Boric held talks "
        f"with President Gustavo Petro in Santiago on Tuesday. {subject} agreed to extend the "
        "exchange programme to the regions of Antioquia and Valparaíso.\n",
    )
    assert [sorted(p.name for p in e.participants) for e in found] == [
        ["Gabriel Boric", "Gustavo Petro"]
    ]


def test_talks_after_which_a_thing_was_said_are_of_the_sayer_on_the_day_said(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Scholz in Skopje\n\nJune 12, 2022\n\nSkopje, June 11 - German Chancellor Olaf Scholz "
        'said in Skopje on Saturday that a deal between Sofia and Skopje was "close", after '
        "talks with Prime Minister Dimitar Kovachevski at the government building.\n",
    )
    assert [(parties([e])[0], e.date) for e in meetings] == [
        (["Dimitar Kovačevski", "Olaf Scholz"], "2022-06-11")
    ]


def test_hours_of_talks_a_saying_comes_after_are_on_its_day(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Talks end in Brussels\n\nSeptember 15, 2023\n\nBRUSSELS - Kosovo Prime Minister Albin "
        "Kurti said late last night in Brussels, after nearly nine hours of talks with Serbian "
        "President Aleksandar Vucic, that no deal had been reached.\n",
        actor="Albin Kurti",
    )
    assert [e.date for e in meetings] == ["2023-09-14"]


def test_what_was_said_at_an_earlier_meeting_dates_it(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Vucic stands firm\n\nMarch 19, 2023\n\nBELGRADE - Serbia's position has not changed. "
        "President Vucic recalled that he had said already in Brussels on February 27, at the "
        "previous meeting with Kurti and Borrell, that he would not sign.\n",
        actor="Aleksandar Vučić",
    )
    assert [e.date for e in meetings] == ["2023-02-27"]


def test_there_is_the_city_its_own_sentence_named_before_it(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Scholz hosts both sides\n\nJune 12, 2022\n\nBELGRADE - Scholz came to Belgrade on "
        "Friday. It was not his first meeting with Vucic. Scholz received Vucic at the "
        "Chancellery in Berlin on May 4, only hours after a separate meeting there with Kurti.\n",
        actor="Albin Kurti",
    )
    assert [(e.date, e.location.name if e.location else None) for e in meetings] == [
        ("2022-05-04", "Berlin")
    ]


def test_before_the_start_of_the_talks_is_their_day(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Talks in Ohrid\n\nMarch 19, 2023\n\nOHRID - Vucic held talks with Kurti in Ohrid "
        "yesterday. Before the start of the dialogue, Vucic met in Ohrid with the Prime "
        "Minister of North Macedonia, Dimitar Kovacevski.\n",
        actor="Dimitar Kovačevski",
    )
    assert [e.date for e in meetings] == ["2023-03-18"]


def test_talks_recalled_with_whom_the_recalling_names_and_the_day_before(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Sarajevo looks back\n\nMarch 22, 2024\n\nSARAJEVO - Minister Elmedin Konaković recalled "
        "his talks in Sarajevo on 5 March with Germany's Foreign Minister, Annalena Baerbock, "
        "who had arrived in Bosnia and Herzegovina after talks in Podgorica with Montenegrin "
        "Foreign Minister Filip Ivanović the previous day.\n",
        actor="Annalena Baerbock",
    )
    assert sorted((e.date, parties([e])[0][-1]) for e in meetings) == [
        ("2024-03-04", "Filip Ivanović"),
        ("2024-03-05", "Elmedin Konaković"),
    ]


def test_a_host_in_an_organisations_office_is_not_placed_in_their_capital(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Costa meets the region\n\nDecember 16, 2024\n\nThe new president of the European "
        "Council has wasted no time. On 3 December António Costa received Montenegro's "
        "President Jakov Milatović.\n",
        actor="Jakov Milatović",
    )
    assert [e.location for e in meetings] == [None]


def test_the_next_stop_of_a_visit_is_on_its_day(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Macron in Skopje\n\n18/10/2023 13:20\n\nSKOPJE, Oct. 18 - French President Emmanuel "
        "Macron was received this morning by President Stevo Pendarovski at the Presidency.\n\n"
        "The two presidents held a head-to-head meeting, during which Pendarovski thanked "
        "France for its support. The situation in the region was also discussed.\n\n"
        "President Macron then went to the Government building, where he was welcomed by Prime "
        "Minister Dimitar Kovačevski.\n",
        actor="Dimitar Kovačevski",
    )
    assert [e.date for e in meetings] == ["2023-10-18"]


def test_a_dateline_city_is_spelled_as_the_gazetteer_spells_it(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Colombia and Panama on the Darien\n\nAugust 26, 2024\n\nCARTAGENA DE INDIAS, Aug 26 "
        "(EFE) - Colombian Foreign Minister Luis Gilberto Murillo held talks on Monday with "
        "Panama's Foreign Minister Javier Martínez-Acha on migration through the Darien. The "
        "two ministers said that they would meet again in the coming months and that the "
        "number of people crossing the jungle had fallen by a third since the start of the "
        "year.\n",
        actor="Luis Gilberto Murillo",
    )
    assert [e.location.name if e.location else None for e in meetings] == ["Cartagena"]


@pytest.mark.parametrize(
    ("told", "supporters"),
    [
        # The office is held by a side of the meeting just told.
        (
            "President William Ruto held talks with South African President Cyril Ramaphosa "
            "at State House on Wednesday. The two leaders discussed trade and visas.",
            [["William Ruto"]],
        ),
        # No meeting told: whose stance it is stays to names.
        ("Kenya and South Africa have long traded across the region.", []),
    ],
)
def test_a_bare_office_supports_when_a_side_of_the_meeting_holds_it(
    tmp_path: Path, told: str, supporters: list[list[str]]
) -> None:
    found = article_mentions(
        tmp_path,
        "office",
        "Ruto and Ramaphosa\n\nNovember 10, 2022\n\nNAIROBI - "
        f"{told} The Head of State also commended South Africa for its support to Kenya "
        "during the drought.\n",
    )
    assert [[a.name for a in m.source] for m in found if m.type == EventType.SUPPORT] == supporters


def test_a_yearless_header_with_an_ordinal_day_gives_its_year_by_who_was_in_office(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Belize takes the chair\n\nSaturday, December 10th\n\nPrime Minister John Briceño "
        "yesterday held talks with Dominican President Luis Abinader in Santo Domingo on the "
        "regional agenda, before the two leaders joined their delegations for lunch.\n",
        actor="John Briceño",
    )
    assert [e.date for e in meetings] == ["2022-12-09"]


def test_a_yearless_header_with_a_short_weekday_gives_its_year_by_who_was_in_office(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Meloni receives Vance\n\nFri, 18 Apr · 19:30\n\nPrime Minister Giorgia Meloni this "
        "afternoon received US Vice President JD Vance at Palazzo Chigi for talks on trade and "
        "on the war in Ukraine.\n",
        actor="JD Vance",
    )
    assert [e.date for e in meetings] == ["2025-04-18"]


def test_a_bare_office_thanking_for_support_is_not_the_supporter(tmp_path: Path) -> None:
    found = article_mentions(
        tmp_path,
        "thanks",
        "Ruto and Ramaphosa\n\nNovember 10, 2022\n\nNAIROBI - President William Ruto held talks "
        "with South African President Cyril Ramaphosa at State House on Wednesday. The Head of "
        "State thanked South Africa for its humanitarian assistance and for its support of "
        "Kenya's candidacy.\n",
    )
    sources = [a.name for m in found if m.type == EventType.SUPPORT for a in m.source]
    assert "William Ruto" not in sources


@pytest.mark.parametrize(
    ("statement", "supports"),
    [
        # Support of nobody named: a stance, no event between two sides.
        ("France supports any initiative that contributes to de-escalation in the region.", 0),
        # Support of a side named.
        ("France supports Lebanon's efforts to restore the authority of the state.", 1),
    ],
)
def test_support_needs_a_side_it_is_for(tmp_path: Path, statement: str, supports: int) -> None:
    found = article_mentions(
        tmp_path,
        "stance",
        "France on the region\n\nNovember 10, 2024\n\nPARIS - The foreign ministry issued a "
        f"statement on Sunday. {statement} It called on all parties to show restraint.\n",
    )
    assert len([m for m in found if m.type == EventType.SUPPORT]) == supports


def test_earlier_is_not_the_day_of_a_meeting_between_others_recalled_in_passing(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Xi tells Grossi he backs inspections\n\n"
        "BEIJING, June 11 (Reuters) - Chinese President Xi Jinping told IAEA chief Rafael "
        "Grossi on Wednesday that he still backed inspections in Iran.\n\n"
        "Xi said Iranian and American negotiators had made progress at their talks in Muscat "
        "at the end of April, before, in his words, the process stalled.\n\n"
        "Earlier, Grossi held talks with Foreign Minister Wang Yi at the ministry and the two "
        "men appeared before reporters.\n",
        actor="Wang Yi",
    )
    [talks] = meetings
    assert talks.date is None or not talks.date.startswith("2025-04")
    assert talks.location is None or talks.location.name != "Muscat"


def test_a_sentence_opening_with_who_heads_a_body_is_about_them(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Grossi meets Araghchi in Tehran\n\n"
        "Published: 7 May 2025\n\n"
        "IAEA Director General Rafael Grossi held talks with Iranian Foreign Minister Abbas "
        "Araghchi in Tehran on Wednesday.\n\n"
        "Grossi also met the head of Iran's atomic agency, Mohammad Eslami. Eslami said later "
        "that he had asked for the inspections to be reviewed.\n\n"
        "The IAEA chief arrived in Tehran on Tuesday evening from Oman, where he had been "
        "received by Foreign Minister Badr Albusaidi the previous evening.\n",
        actor="Badr Albusaidi",
    )
    assert parties(meetings) == [["Badr Albusaidi", "Rafael Grossi"]]
    [received] = meetings
    assert received.date == "2025-05-05"


def test_a_further_meeting_takes_the_day_the_sentence_before_gave_its_occasion(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Activities of the Secretary-General in Doha\n\n"
        "20 December 2024\n\n"
        "The Secretary-General, António Guterres, arrived in Doha on the evening of Friday, "
        "6 December, to take part in the Doha Forum.\n\n"
        "On Saturday, 7 December, the Secretary-General was received by the Emir of Qatar, "
        "Sheikh Tamim bin Hamad Al Thani, at the Amiri Diwan.\n\n"
        "He then held a bilateral meeting with Mahmoud Ali Youssouf, the foreign minister of "
        "Djibouti, and met separately with the head of the Sudanese delegation to the Forum. "
        "He also met Ayman Safadi, the Minister for Foreign Affairs of Jordan, with whom he "
        "discussed the situation in Gaza.\n",
        actor="Ayman Safadi",
    )
    assert [m.date for m in meetings] == ["2024-12-07"]


def test_a_name_with_its_office_after_it_is_who_the_surname_later_names(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Activities of the Secretary-General in Muscat\n\n"
        "2 June 2025\n\n"
        "The Secretary-General, António Guterres, arrived in Muscat on the evening of "
        "Thursday, 15 May. Hamad Salim Albusaidi, Deputy Prime Minister and Minister for "
        "Foreign Affairs of Oman, greeted him at the airport.\n\n"
        "On Friday, 16 May, the Secretary-General met Sultan Haitham bin Tarik.\n\n"
        "In the evening, he met with Mr. Albusaidi to discuss relations between Oman and the "
        "United Nations.\n",
        actor="António Guterres",
    )
    assert ["António Guterres", "Hamad Salim Albusaidi"] in parties(meetings)


def test_a_known_venue_outweighs_a_district_only_a_town_abroad_is_named_after(
    tmp_path: Path,
) -> None:
    [meeting] = occurred_meetings(
        tmp_path,
        "Sisi receives Guterres\n\n"
        "Sunday 24 Mar 2024\n\n"
        "President Abdel Fattah El-Sisi received UN Secretary-General António Guterres on "
        "Sunday at Al-Ittihadiya Palace in Heliopolis, the presidential spokesman said.\n",
        actor="António Guterres",
    )
    assert meeting.location is not None and meeting.location.name == "Cairo"


def test_a_named_venue_of_the_report_s_days_is_in_the_dateline_city(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Defence chiefs meet at regional forum\n\n"
        "2024-06-02 17:36\n\n"
        "SINGAPORE, June 2 (Yonhap) -- Defense Minister Shin Won-sik and his Japanese "
        "counterpart Minoru Kihara agreed Sunday to resume working-level talks, the ministry "
        "said.\n\n"
        "The forum drew ministers from more than 40 countries.\n\n"
        "Delegates arrived through the week and security around the venue was tight.\n\n"
        "On Saturday, Shin, Kihara and U.S. Defense Secretary Lloyd Austin held a trilateral "
        "meeting at the Marina Grand Hotel, where they agreed to hold a joint exercise.\n",
        actor="Lloyd Austin",
    )
    assert [(m.date, m.location.name if m.location else None) for m in meetings] == [
        ("2024-06-01", "Singapore")
    ]


def test_a_meeting_in_a_sentence_naming_a_month_is_not_dated_by_the_agreement(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Seoul, Canberra agree on defence pact\n\n"
        "Published: 14 Jul 2024\n\n"
        "SEOUL, July 14 (Yonhap) -- South Korea and Australia agreed Sunday to deepen defence "
        "industry cooperation, officials said.\n\n"
        "Sunday's meeting was meant to build on the outcomes of President Yoon Suk Yeol's state "
        "visit to Canberra in April, when he and Prime Minister Anthony Albanese announced a "
        "new partnership.\n",
    )
    visits = [m for m in meetings if "Yoon Suk Yeol" in parties([m])[0]]
    assert visits
    assert all(m.date != "2024-07-14" for m in visits)


def test_the_two_governments_are_the_sides_their_own_sentence_just_named(
    tmp_path: Path,
) -> None:
    deals = agreements(
        tmp_path,
        "Macron in Lisbon: talks with Rebelo de Sousa and Montenegro\n\n"
        "LISBON, Feb. 28 (Lusa) - French President Emmanuel Macron was received this morning "
        "by President Marcelo Rebelo de Sousa at Belem Palace.\n\n"
        "Macron then went to the prime minister's residence, where he was welcomed by Prime "
        "Minister Luis Montenegro. After a meeting between the two delegations, Montenegro and "
        "Macron signed a roadmap for economic cooperation, and the two governments signed "
        "agreements on culture and police cooperation.\n",
    )
    assert deals
    assert all(
        {p.name for p in deal.participants} == {"Luís Montenegro", "Emmanuel Macron"}
        for deal in deals
    )


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("On 20 November, Marles hosted Austin and Nakatani in Darwin.", "2024-11-15"),
        ("In November, Marles hosted Austin and Nakatani in Darwin.", "2024-11"),
    ],
)
def test_days_earlier_count_back_from_the_day_the_sentence_before_told(
    tmp_path: Path, told: str, expected: str
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Analysis: a defence lattice takes shape\n\n"
        "Published: 9 June 2025\n\n"
        "The partners have been meeting more often than ever, officials say.\n\n"
        f"{told} Five days earlier, Gilberto Teodoro had been in Canberra for the inaugural "
        "Australia-Philippines Defence Ministers' Meeting with Marles.\n",
        actor="Gilberto Teodoro",
    )
    assert [m.date for m in meetings] == [expected]


def test_the_two_in_a_when_clause_are_the_two_people_its_sentence_named(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Iraq hands UN chief summit invitation\n\n"
        "NEW YORK, April 9 (INA) - Iraq's ambassador to the United Nations, Abbas Kadhim "
        "Obaid, met UN Secretary-General António Guterres on Wednesday and handed him an "
        "invitation to the Arab summit.\n\n"
        "Prime Minister Mohammed Shia al-Sudani first invited Guterres to the summit when the "
        "two met in New York last September.\n",
    )
    assert ["António Guterres", "Mohammed Shia al-Sudani"] in parties(meetings)


def test_a_surname_two_people_share_is_the_one_whose_office_its_title_names(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Macron in Beijing\n\n"
        "BEIJING, April 7, 2023 (Wire) - President Xi Jinping welcomed French President "
        "Emmanuel Macron to the Great Hall of the People on Friday.\n\n"
        "Yesterday, Chinese Premier Li Qiang received President Macron and Brigitte Macron at "
        "the Diaoyutai State Guesthouse.\n\n"
        "After a private conversation, the two leaders held talks on trade and Ukraine.\n",
    )
    [received] = [e for e in found if "Li Qiang" in {p.name for p in e.participants}]
    assert "Emmanuel Macron" in {p.name for p in received.participants}


def test_the_two_presidents_are_the_two_of_those_met_who_hold_that_office(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "t",
        "Macron in Beijing\n\n"
        "BEIJING, April 7, 2023 (Wire) - Premier Li Qiang welcomed French President "
        "Emmanuel Macron to the Great Hall of the People on Friday.\n\n"
        "Yesterday, President Xi Jinping received President Macron and Brigitte Macron at "
        "the Diaoyutai State Guesthouse. After a private conversation, the two presidents "
        "held a bilateral meeting with their delegations.\n",
    )
    [bilateral] = [m for m in mentions if "two presidents" in m.evidence.sentence]
    assert {p.name for p in bilateral.participants} == {"Xi Jinping", "Emmanuel Macron"}


def test_a_bare_office_is_not_ruled_out_by_its_surname_inside_another_s_name(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "t",
        "Modi in Paris\n\n"
        "PARIS, July 14, 2023 (Wire) - President Emmanuel Macron welcomed Prime Minister "
        "Narendra Modi to the Bastille Day parade on Friday.\n\n"
        "The President and Brigitte Macron had hosted Prime Minister Modi for a private "
        "dinner at the Louvre yesterday evening.\n",
    )
    [dinner] = [m for m in mentions if "dinner" in m.evidence.sentence]
    assert {"Emmanuel Macron", "Narendra Modi"} <= {p.name for p in dinner.participants}


def test_their_meeting_is_the_meeting_of_the_people_the_report_is_about(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "t",
        "Lula and Boric meet in Santiago\n\n"
        "SANTIAGO, Aug 5, 2024 (Wire) - President Gabriel Boric received Brazilian President "
        "Luiz Inácio Lula da Silva at La Moneda on Monday, the first day of a state visit "
        "that the two governments say will deepen trade and investment ties.\n\n"
        "Building on their bilateral meeting in Brasília in March, the leaders discussed "
        "the bioceanic road corridor, lithium and the situation in Venezuela, and they "
        "signed a number of agreements on science and defence.\n",
    )
    [earlier] = [
        m for m in mentions if m.type == EventType.CONSULT and "Brasília" in m.evidence.sentence
    ]
    assert {p.name for p in earlier.participants} == {"Gabriel Boric", "Luiz Inácio Lula da Silva"}
    assert earlier.location is not None and earlier.location.name == "Brasília"


def test_the_same_day_of_a_month_the_sentence_names_is_not_the_day_before_it(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Weimar leaders meet in Berlin\n\n"
        "15.03.2024 20:05\n\n"
        "Prime Minister Donald Tusk held talks in Berlin on Friday with German Chancellor Olaf "
        "Scholz and French President Emmanuel Macron in the Weimar Triangle format.\n\n"
        "The summit came three days after Tusk was received by US President Joe Biden at the "
        "White House on Tuesday.\n\n"
        "Last month Tusk visited Paris and Berlin on the same day, holding talks with "
        "President Macron at the Élysée Palace in the morning.\n",
    )
    [paris] = [
        e for e in found if {p.name for p in e.participants} == {"Donald Tusk", "Emmanuel Macron"}
    ]
    assert paris.date == "2024-02"


def test_a_town_too_small_for_the_gazetteer_is_placed_by_the_country_after_it(
    tmp_path: Path,
) -> None:
    [talks] = occurred_meetings(
        tmp_path,
        "Nordic ministers meet in Skagen\n\n"
        "COPENHAGEN, June 3, 2024 (Wire) - Danish Foreign Minister Lars Løkke Rasmussen met "
        "Swedish Foreign Minister Tobias Billström on Monday on the margins of the Nordic "
        "foreign ministers' meeting in Skagen, Denmark, where the two discussed the Baltic "
        "Sea and support for Ukraine.\n",
    )
    assert talks.location is not None
    assert (talks.location.name, talks.location.country) == ("Skagen", "DNK")


def test_a_live_blog_entry_under_a_time_alone_on_its_line_is_of_the_report_s_day(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "t",
        "The latest: Albanese meets Modi on the last day of the summit\n\n"
        "Last Updated June 14, 2024 4:12 p.m.\n\n"
        "BORGO EGNAZIA, Italy — Leaders of the Group of Seven are meeting for the last day "
        "of their summit in southern Italy. Here's the latest.\n\n"
        "3:05 p.m.\n\n"
        "Japanese Prime Minister Fumio Kishida holds talks with Indian Prime Minister "
        "Narendra Modi on trade and the Indo-Pacific, their first meeting this year.\n\n"
        "11:20 a.m.\n\n"
        "Canadian Prime Minister Justin Trudeau welcomes Ukrainian President Volodymyr "
        "Zelenskyy and announces new funding for air defence.\n",
    )
    dated = {
        frozenset(p.name for p in m.participants): m.date.iso() if m.date else None
        for m in mentions
        if m.type == EventType.CONSULT
    }
    assert dated[frozenset({"Justin Trudeau", "Volodymyr Zelensky"})] == "2024-06-14"


def test_the_pair_are_the_two_people_the_report_is_about(tmp_path: Path) -> None:
    mentions = article_mentions(
        tmp_path,
        "t",
        "Albanese and Modi hold second annual summit\n\n"
        "RIO DE JANEIRO, Nov 19, 2024 (Wire) - Australian Prime Minister Anthony Albanese "
        "met Indian Prime Minister Narendra Modi on Tuesday on the sidelines of the G20 "
        "summit, their second annual summit, to discuss trade, defence and clean energy.\n\n"
        "The pair first held an annual summit in New Delhi in March last year.\n",
    )
    [first] = [
        m for m in mentions if m.type == EventType.CONSULT and "New Delhi" in m.evidence.sentence
    ]
    assert {p.name for p in first.participants} == {"Anthony Albanese", "Narendra Modi"}


def test_the_two_leaders_are_not_someone_their_sentence_names_for_the_first_time(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "t",
        "Faye in Ouagadougou\n\n"
        "OUAGADOUGOU, May 30, 2024 (Wire) - Senegalese President Bassirou Diomaye Faye and "
        "Burkina Faso's leader, Captain Ibrahim Traoré, pledged on Thursday to keep the "
        "Sahel's doors open to ECOWAS.\n\n"
        "The two leaders held a tête-à-tête, followed by an enlarged meeting in the presence "
        "of Burkinabe Prime Minister Apollinaire Joachim Kyélem de Tambèla.\n",
    )
    [tete] = [
        m
        for m in mentions
        if m.type == EventType.CONSULT and m.evidence.sentence.startswith("The two leaders")
    ]
    assert {"Bassirou Diomaye Faye", "Ibrahim Traoré"} <= {p.name for p in tete.participants}


def test_sitting_down_with_several_on_the_margins_is_one_meeting(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Albanese meets Nordic leaders\n\n"
        "VILNIUS, July 12, 2023 (Wire) - On the margins of the NATO summit in Vilnius on "
        "Wednesday, Australian Prime Minister Anthony Albanese sat down with Mette "
        "Frederiksen, Jonas Gahr Støre and Ulf Kristersson to discuss critical minerals.\n",
    )
    assert parties(found) == [
        ["Anthony Albanese", "Jonas Gahr Støre", "Mette Frederiksen", "Ulf Kristersson"]
    ]


def test_they_opening_a_sentence_are_the_two_who_met_in_the_sentence_before(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "t",
        "Albanese hosts the Pacific\n\n"
        "CANBERRA, Aug 20, 2024 (Wire) - Prime Minister Anthony Albanese is hosting the "
        "leaders of the Pacific Islands Forum in Canberra this week, as the region weighs how "
        "far it wants to be drawn into the contest between the great powers.\n\n"
        "On Sunday Albanese hosted New Zealand Prime Minister Christopher Luxon for a dinner "
        "at his official residence that was not on his schedule. They last met in Wellington in "
        "August, when they agreed on a plan for the defence of the two countries.\n",
    )
    [wellington] = [
        m for m in mentions if m.type == EventType.CONSULT and "Wellington" in m.evidence.sentence
    ]
    assert {p.name for p in wellington.participants} == {"Anthony Albanese", "Christopher Luxon"}


def test_with_said_again_for_each_counterpart_is_a_meeting_with_each(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Albanese in Vilnius\n\n"
        "VILNIUS, July 12, 2023 (Wire) - Australian Prime Minister Anthony Albanese met with "
        "the Prime Minister of Sweden, Ulf Kristersson, and with the President of Finland, "
        "Sauli Niinistö, on Wednesday during the NATO summit.\n",
    )
    assert sorted(parties(found)) == [
        ["Anthony Albanese", "Sauli Niinistö"],
        ["Anthony Albanese", "Ulf Kristersson"],
    ]


def test_a_town_too_small_for_the_gazetteer_is_placed_by_the_region_after_it(
    tmp_path: Path,
) -> None:
    [talks] = occurred_meetings(
        tmp_path,
        "Boluarte and Lasso open border post\n\n"
        "LIMA, June 15, 2023 (Wire) - Peruvian President Dina Boluarte met Ecuadorian "
        "President Guillermo Lasso on Wednesday in the Andean village of Ollantaytambo, in the "
        "Cusco region, where the two discussed border security and a joint road project.\n",
    )
    assert talks.location is not None
    assert (talks.location.name, talks.location.country) == ("Ollantaytambo", "PER")


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        # A seat of power named like the town it stands in.
        ("Saied received the Algerian foreign minister at Carthage on Monday.", "Tunis"),
        # A resort the parser hangs on the word "club", then its state.
        (
            "Trump received the Argentine president at the Mar-a-Lago club in Florida on Monday.",
            "Palm Beach",
        ),
        # Another spelling of a town the records write with its accent.
        ("Rama received the Greek prime minister in Vlora on Monday.", "Vlorë"),
    ],
)
def test_a_place_is_written_as_records_write_it(tmp_path: Path, sentence: str, city: str) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Talks on the coast\n\n"
        "Published: March 4, 2025\n\n"
        f"{sentence} The two discussed trade, energy and the situation in the region, officials "
        "said after the talks.\n",
    )
    assert [e.location.name for e in meetings if e.location] == [city]


def test_a_release_without_dateline_is_where_its_first_paragraph_puts_its_people(
    tmp_path: Path,
) -> None:
    text = (
        "Minister Wadephul at the NATO ministerial\n\n"
        "3 April 2025\n\n"
        "Foreign Minister Johann Wadephul is in Brussels for the meeting of the foreign "
        "ministers of the Alliance. On its margins, the Minister met his Canadian counterpart, "
        "Mélanie Joly, today for talks on Ukraine and the Arctic.\n"
    )
    [talks] = occurred_meetings(tmp_path, text, actor="Mélanie Joly")
    assert talks.location is not None
    assert (talks.location.name, talks.location.country) == ("Brussels", "BEL")


def test_who_attended_a_session_of_several_countries_are_its_parties(tmp_path: Path) -> None:
    text = (
        "Braze sums up Latvia's Baltic presidency\n\n"
        "Press release | 2025-11-21\n\n"
        "On 21 November, the Minister of Foreign Affairs of Latvia, Baiba Braze, chaired the "
        "31st Baltic Council in Riga, the joint meeting of the Baltic Assembly and the Baltic "
        "Council of Ministers.\n\n"
        "The meeting was attended by the Minister of Foreign Affairs of Estonia, Margus "
        "Tsahkna, and the Minister of Foreign Affairs of Lithuania, Kestutis Budrys.\n"
    )
    meetings = occurred_meetings(tmp_path, text, actor="Baiba Braže")
    assert ["Baiba Braže", "Kęstutis Budrys", "Margus Tsahkna"] in parties(meetings)


def test_a_release_without_dateline_is_where_its_first_paragraph_says_its_people_went(
    tmp_path: Path,
) -> None:
    text = (
        "Tsahkna in Latvia: the Baltic states share twenty years of experience\n\n"
        "16.10.2024 17:05\n\n"
        "Nordic and Baltic foreign ministers travelled to Riga on Wednesday in a show of "
        "backing for the Latvian government ahead of the weekend's vote.\n\n"
        "Meeting Prime Minister Evika Silina, Estonia's Minister of Foreign Affairs Margus "
        "Tsahkna recalled that Estonia had relied heavily on Nordic advice when it negotiated "
        "its own accession.\n"
    )
    [talks] = occurred_meetings(tmp_path, text, actor="Evika Siliņa")
    assert talks.location is not None
    assert (talks.location.name, talks.location.country) == ("Riga", "LVA")


def test_a_venue_another_country_has_gives_way_to_the_town_the_where_clause_hangs_on(
    tmp_path: Path,
) -> None:
    text = (
        "Meloni's Africa tour\n\n"
        "Published: April 16, 2023\n\n"
        "Italian Prime Minister Giorgia Meloni spent Saturday in Addis Ababa, where she met the "
        "Ethiopian Prime "
        "Minister, Abiy Ahmed Ali, at the National Palace to discuss migration and energy.\n"
    )
    [talks] = occurred_meetings(tmp_path, text, actor="Abiy Ahmed")
    assert talks.location is not None
    assert (talks.location.name, talks.location.country) == ("Addis Ababa", "ETH")


def test_the_countries_of_those_who_also_attended_are_no_parties(tmp_path: Path) -> None:
    text = (
        "Lula receives Maduro\n\n"
        "Published: 29/05/2023\n\n"
        "BRASILIA, 29 May (Wire) - President Luiz Inácio Lula da Silva received the President "
        "of Venezuela, Nicolás Maduro, this Monday at the Planalto Palace.\n\n"
        "Lula has intensified his regional agenda in recent weeks. On 2 May, he received the "
        "President of Argentina, Alberto Fernández, at the Alvorada to discuss credit lines for "
        "exporters, a meeting also attended by the economy ministers of both countries.\n"
    )
    meetings = occurred_meetings(tmp_path, text, actor="Alberto Fernández")
    assert parties(meetings) == [["Alberto Fernández", "Luiz Inácio Lula da Silva"]]


def test_a_meeting_held_during_the_summit_is_where_and_when_the_summit_was(
    tmp_path: Path,
) -> None:
    text = (
        "Italy and Turkey hold fourth summit\n\n"
        "April 30 2025 09:15:00\n\n"
        "Turkish President Recep Tayyip Erdoğan and Italian Prime Minister Giorgia Meloni held "
        "the fourth intergovernmental summit between the two countries in Rome on April 29.\n\n"
        "Defense Ministers Yaşar Güler and Guido Crosetto held a separate meeting during the "
        "summit to review industrial projects, the Turkish ministry said.\n"
    )
    [meeting] = occurred_meetings(tmp_path, text, actor="Yaşar Güler")
    assert meeting.location is not None and meeting.location.name == "Rome"
    assert meeting.date == "2025-04-29"


def test_with_said_again_for_each_counterpart_after_a_semicolon_is_a_meeting_each(
    tmp_path: Path,
) -> None:
    text = (
        "Communiqué on the South American meeting\n\n"
        "Caracas, 31 May 2023\n\n"
        "Within the framework of the Meeting in Brasília, President Nicolás Maduro held working "
        "meetings with the President of the Argentine Republic, Alberto Fernández; with the "
        "President of the Plurinational State of Bolivia, Luis Arce; and with the President of "
        "the Republic of Colombia, Gustavo Petro, with whom he reviewed the bilateral agenda.\n"
    )
    meetings = occurred_meetings(tmp_path, text, actor="Nicolás Maduro")
    assert sorted(parties(meetings)) == [
        ["Alberto Fernández", "Nicolás Maduro"],
        ["Gustavo Petro", "Nicolás Maduro"],
        ["Luis Arce", "Nicolás Maduro"],
    ]


def test_a_plural_office_of_listed_countries_is_each_country_s_holder(tmp_path: Path) -> None:
    text = (
        "Mercosur summit closes\n\n"
        "Published: July 4, 2023\n\n"
        "PUERTO IGUAZU, July 4 (Wire) - The presidents of Argentina, Brazil and Paraguay signed "
        "the joint communique of the Mercosur summit on Tuesday, while Uruguay refused to sign "
        "it.\n"
    )
    [signed] = [a for a in agreements(tmp_path, text) if a.status.value == "occurred"]
    people = sorted(p.name for p in signed.participants if p.kind == "person")
    assert people == ["Alberto Fernández", "Luiz Inácio Lula da Silva", "Mario Abdo Benítez"]


def test_a_listed_office_is_that_office_not_any_other_minister(tmp_path: Path) -> None:
    text = (
        "NATO talks on Sweden\n\n"
        "Published: July 7, 2023\n\n"
        "BRUSSELS, July 7 (Wire) - Swedish Prime Minister Ulf Kristersson said on Friday he was "
        "hopeful. NATO Secretary General Jens Stoltenberg hosted the foreign ministers of Turkey, "
        "Sweden and Finland in Brussels on Thursday, but that meeting ended without a deal.\n"
    )
    names = {p.name for e in occurred_meetings(tmp_path, text) for p in e.participants}
    assert "Ulf Kristersson" not in names


def test_an_agreement_takes_no_bare_weekday_from_its_meeting(tmp_path: Path) -> None:
    text = (
        "Vieira and Van Klaveren hold talks\n\n"
        "Santiago, Cancillería -- Foreign Minister Mauro Vieira and his Chilean counterpart "
        "Alberto van Klaveren held talks in Santiago on Thursday. The two ministers agreed to "
        "set up a working group on the bioceanic corridor.\n"
    )
    found = article_mentions(tmp_path, "w", text)
    [agreed] = [m for m in found if m.type == EventType.AGREE]
    [talks] = [m for m in found if m.type == EventType.CONSULT]
    # The talks keep the weekday the report gives; with no day to count from, the agreement
    # is left undated rather than given a weekday of no week.
    assert talks.date is not None and talks.date.weekday == 3
    assert agreed.date is None


def test_a_generational_suffix_spelt_out_is_the_listed_leader(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Marcos receives Albanese in Manila\n\n"
        "Published: September 8, 2023\n\n"
        "Australian Prime Minister Anthony Albanese held talks with Philippine President "
        "Ferdinand Marcos Junior at Malacanang Palace in Manila on Friday.\n\n"
        "The two leaders signed a strategic partnership and discussed the South China Sea.\n",
    )
    assert ["Anthony Albanese", "Ferdinand Marcos Jr."] in parties(meetings)


def test_a_dinner_after_a_recalled_first_meeting_keeps_the_datelines_day(
    tmp_path: Path,
) -> None:
    found = article_mentions(
        tmp_path,
        "dinner",
        "Lula, Albanese hold talks in Brasilia\n\n"
        "BRASILIA, Nov 20 (Wire) - Brazilian President Luiz Inacio Lula da Silva held talks "
        "with Australian Prime Minister Anthony Albanese at the Planalto Palace today.\n\n"
        "The two leaders discussed trade in agricultural goods and critical minerals.\n\n"
        "Lula first met Albanese at the Elysee Palace in Paris on June 22, 2023, on the "
        "margins of a summit on climate finance.\n\n"
        "Lula later hosted an official dinner for Albanese at the Alvorada Palace.\n\n"
        "Earlier in the afternoon, Albanese was received by Chamber of Deputies speaker "
        "Arthur Lira at the National Congress.\n",
    )
    meetings = [m for m in found if m.type == EventType.CONSULT and m.status == Status.OCCURRED]
    [dinner] = [m for m in meetings if "dinner" in m.evidence.sentence]
    assert dinner.date is not None and (dinner.date.month, dinner.date.day) == (11, 20)
    [paris] = [m for m in meetings if "Paris" in m.evidence.sentence]
    assert paris.date is not None and paris.date.as_date() is not None
    assert paris.date.as_date().isoformat() == "2023-06-22"
    [speaker] = [m for m in meetings if "Earlier in the afternoon" in m.evidence.sentence]
    assert speaker.date is not None and (speaker.date.month, speaker.date.day) == (11, 20)


def test_the_first_summit_since_another_meeting_keeps_its_own_day_and_place(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Modi and Sharif meet in Tashkent\n\n"
        "Published: 2025-09-12 18:00\n\n"
        "Indian Prime Minister Narendra Modi and Pakistani Prime Minister Shehbaz Sharif held "
        "two hours of talks in Tashkent on Friday.\n\n"
        "The summit was the first between the leaders of the two countries since Prime "
        "Minister Nawaz Sharif met Modi in Lahore in December 2015, and the first in Central "
        "Asia.\n",
    )
    [summit] = [e for e in meetings if "Shehbaz Sharif" in {p.name for p in e.participants}]
    assert summit.date == "2025-09-12"
    assert summit.location is not None and summit.location.name == "Tashkent"


def test_a_palace_the_text_puts_in_a_city_is_in_that_city(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Saudi Arabia hosts talks\n\n"
        "Published: 2025-03-02 20:00\n\n"
        "Saudi Foreign Minister Faisal bin Farhan received Iranian Foreign Minister Abbas "
        "Araghchi at Diriyah Palace in Riyadh on Sunday.\n",
    )
    [talks] = meetings
    assert talks.location is not None and talks.location.name == "Riyadh"


def test_a_full_arabic_name_after_a_title_is_not_the_fathers(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Crown Prince receives Pakistani premier\n\n"
        "Jeddah, March 4, 2025, SPA -- His Royal Highness Crown Prince Mohammed bin Salman bin "
        "Abdulaziz Al Saud, Prime Minister, received at al-Salam Palace in Jeddah today Prime "
        "Minister Shehbaz Sharif of Pakistan.\n\n"
        "During the reception, they reviewed the relations between the two countries and the "
        "ways to develop them in all fields, and discussed the latest regional developments.\n",
    )
    [audience] = meetings
    assert sorted(p.name for p in audience.participants) == [
        "Mohammed bin Salman",
        "Shehbaz Sharif",
    ]
    assert audience.location is not None and audience.location.name == "Jeddah"


def test_an_office_line_over_a_release_in_the_first_person_names_its_author(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Meeting with the President of the Republic of Korea\n\n"
        "Media release\n"
        "Thursday 13 July 2023\n"
        "Prime Minister of Australia\n\n"
        "I met the President of the Republic of Korea in Vilnius yesterday, on the margins of "
        "the NATO Summit, and we agreed that our two countries would deepen their defence "
        "cooperation.\n\n"
        "We discussed the security of the Indo-Pacific and the war in Ukraine.\n",
    )
    assert ["Anthony Albanese", "Yoon Suk Yeol"] in parties(meetings)


def test_the_prime_minister_of_a_country_is_its_holder_that_day(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Albanese meets Japanese leader at NATO summit\n\n"
        "Published: July 11, 2024\n\n"
        "Anthony Albanese met the Prime Minister of Japan in Washington yesterday, on the "
        "margins of the NATO Summit, and the two leaders discussed defence cooperation.\n",
    )
    assert ["Anthony Albanese", "Fumio Kishida"] in parties(meetings)


def test_a_visit_begun_the_evening_before_does_not_date_later_in_the_day(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Dutch and Thai prime ministers hold talks in Bangkok\n\n"
        "14/03/2024 20:05\n\n"
        "Bangkok, March 14 (TNA) - Prime Minister Srettha Thavisin held talks in Bangkok on "
        "March 14 with his Dutch counterpart Mark Rutte at Government House.\n\n"
        "Rutte landed at Suvarnabhumi Airport on the evening of March 13 to begin an official "
        "visit to Thailand at Srettha's invitation.\n\n"
        "The two leaders agreed to raise trade in farm technology and water management.\n\n"
        "Later in the day, King Maha Vajiralongkorn hosted a reception for the Dutch Prime "
        "Minister, to whom Rutte passed on the greetings of King Willem-Alexander. During his "
        "stay, the Dutch leader also met Senate President Porntip Rojanasunan.\n",
    )
    by_party = {tuple(p): e for p, e in zip(parties(meetings), meetings, strict=True)}
    # The king of the guest's country only sent greetings; "the Dutch leader" is Rutte and
    # "his stay" is his.
    senate = by_party[("Mark Rutte", "Porntip Rojanasunan")]
    assert senate.date == "2024-03-14"
    [audience] = [e for e in meetings if any("Vajiralongkorn" in p.name for p in e.participants)]
    assert not any("Willem-Alexander" in p.name for p in audience.participants)
    assert audience.date == "2024-03-14"


def test_the_same_morning_after_a_sentence_with_no_day_is_the_day_told_last(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Nordic ministers meet in Oslo\n\n"
        "Published: 2024-03-06 19:00\n\n"
        "On Tuesday, the Norwegian foreign minister Espen Barth Eide received his Swedish "
        "counterpart Tobias Billström in Oslo for talks on Arctic security.\n\n"
        "The choreography was repeated at the highest level. The same morning, Jonas Gahr "
        "Støre welcomed the Danish prime minister, Mette Frederiksen, to his residence.\n",
    )
    [leaders] = [m for m in meetings if "Mette Frederiksen" in {p.name for p in m.participants}]
    assert leaders.date == "2024-03-05"


def test_the_same_day_is_that_of_the_last_meeting_with_one_of_its_sides(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "A busy week for Portugal's president\n\n"
        "Sunday, 16 March 2025\n\n"
        "On Friday, President Marcelo Rebelo de Sousa received Spanish Prime Minister Pedro "
        "Sánchez at the Belém Palace for talks on the Iberian power grid.\n\n"
        "On Tuesday, Prime Minister Luís Montenegro received French President Emmanuel Macron "
        "at São Bento for a lunch on defence.\n\n"
        "In Lisbon, Sánchez told the president that the two countries would present a joint "
        "plan to Brussels. The same day Rebelo de Sousa also received Ukrainian Foreign "
        "Minister Andrii Sybiha.\n",
    )
    [sybiha] = [m for m in meetings if "Andrii Sybiha" in {p.name for p in m.participants}]
    assert sybiha.date == "2025-03-14"


@pytest.mark.parametrize("words", ["That same day", "That very same day", "The very same day"])
def test_that_same_day_opening_a_sentence_is_the_day_of_the_meeting_told_before(
    tmp_path: Path, words: str
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Kenyan president ends Lisbon visit\n\n"
        "Saturday, 9 March 2024\n\n"
        "President William Ruto ends a three-day visit to Portugal today.\n\n"
        "On Thursday, President Marcelo Rebelo de Sousa received Ruto at the Belém Palace "
        "for talks on trade and renewable energy.\n\n"
        f"{words}, Prime Minister António Costa received Ruto at São Bento, "
        "where the two discussed a new air link.\n\n"
        "Officials said that the talks had been friendly and that both sides wanted to do "
        "more business with each other in the coming years.\n",
    )
    [premier] = [m for m in meetings if "António Costa" in {p.name for p in m.participants}]
    assert premier.date == "2024-03-07"


def test_the_diplomat_his_counterpart_and_the_two_ministers(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Lula receives Chilean foreign minister\n\n"
        "Brasília, Mar 8 (EFE).- Brazilian President Luiz Inácio Lula da Silva received "
        "Chile's foreign minister, Alberto van Klaveren, this Friday at the Planalto Palace.\n\n"
        '"We spoke about trade and about the Amazon," Lula told reporters.\n\n'
        "The Chilean diplomat arrived in Brazil on Wednesday night and on Thursday held talks "
        "at Itamaraty with his Brazilian counterpart, Mauro Vieira, with whom he signed a "
        "health cooperation agreement.\n\n"
        "The two ministers had already met last month in Rio de Janeiro, on the sidelines of "
        "the G20 foreign ministers' meeting.\n",
    )
    assert ["Alberto van Klaveren", "Mauro Vieira"] in parties(meetings)
    assert not any(
        "Luiz Inácio Lula da Silva" in p and "Mauro Vieira" in p for p in parties(meetings)
    )
    in_rio = [m for m in meetings if m.location and m.location.name == "Rio de Janeiro"]
    assert parties(in_rio) == [["Alberto van Klaveren", "Mauro Vieira"]]


def test_the_five_are_the_five_the_sentence_named(tmp_path: Path) -> None:
    found = agreements(
        tmp_path,
        "Leaders in Kyiv\n\n"
        "Published: 2025-05-14 10:00\n\n"
        "On Friday Tusk and Macron signed a treaty in Nancy. The next day Macron, Merz, "
        "Starmer and Tusk stood together with Volodymyr Zelensky in Kyiv, where the five "
        "agreed to demand an unconditional 30-day ceasefire from Moscow.\n",
    )
    ceasefire = [a for a in found if a.topic and "ceasefire" in a.topic]
    assert [len(a.participants) for a in ceasefire] == [5]
    assert ceasefire[0].date == "2025-05-10"


def test_counterparts_listed_between_semicolons_are_met_one_by_one(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "King holds bilateral meetings in Seville\n\n"
        "Published: 2025-06-30 18:00\n\n"
        "King Felipe VI held bilateral meetings on Sunday at the Real Alcázar of Seville.\n\n"
        "There, the monarch met the President of Mozambique, Daniel Chapo; the President of "
        "Panama, José Raúl Mulino; and the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.\n",
    )
    pairs = parties(meetings)
    assert ["Daniel Chapo", "King Felipe VI"] in pairs
    assert ["José Raúl Mulino", "King Felipe VI"] in pairs
    assert ["King Felipe VI", "Tamim bin Hamad Al Thani"] in pairs
    assert not any(len(p) > 2 for p in pairs)


def test_there_opening_a_sentence_is_on_the_day_the_sentence_before_named(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "King holds talks at the summit\n\n"
        "Published: 2025-07-03 18:00\n\n"
        "As part of the conference, which closed on Wednesday, King Philippe also held talks "
        "with delegations on Monday afternoon at the Palais des Nations in Geneva.\n\n"
        "There, the King met the Secretary-General of the United Nations, António Guterres.\n",
    )
    [guterres] = [m for m in meetings if "António Guterres" in {p.name for p in m.participants}]
    assert guterres.date == "2025-06-30"


def test_an_agreement_the_lead_reports_without_a_meeting_is_on_the_report_s_day(
    tmp_path: Path,
) -> None:
    found = agreements(
        tmp_path,
        "Press release\n\n"
        "Treaty of Aachen signed\n\n"
        "22.01.2019\n\n"
        "Chancellor Angela Merkel and President Emmanuel Macron signed in Aachen the Treaty "
        "on Franco-German Cooperation and Integration.\n\n"
        "The two leaders last met in Paris on 11 November 2018.\n",
    )
    [treaty] = found
    assert treaty.date == "2019-01-22"


def test_a_format_the_model_takes_for_a_name_is_no_side(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Leaders meet in Berlin\n\n"
        "Published: 2024-03-15 18:00\n\n"
        "Scholz hosted Macron and Tusk in Berlin on Friday for a meeting of the so-called "
        "Weimar Triangle in the Federal Chancellery.\n",
    )
    assert parties(meetings) == [["Donald Tusk", "Emmanuel Macron", "Olaf Scholz"]]


def test_rounds_counted_and_dated_one_by_one_are_as_many_meetings(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Talks in Doha\n\n"
        "Published: 2025-09-01 10:00\n\n"
        "Over the summer Araghchi and Witkoff held three rounds of talks in Muscat, on "
        "12 April, 19 April and 26 April.\n",
    )
    assert sorted(m.date for m in meetings) == ["2025-04-12", "2025-04-19", "2025-04-26"]


def test_the_summit_referred_back_to_takes_its_parties_and_day(tmp_path: Path) -> None:
    found = article_mentions(
        tmp_path,
        "m1",
        "Merz passes his first Trump test\n\n"
        "Published: 2025-06-07 09:00\n\n"
        "Chancellor Friedrich Merz held his first summit with President Donald Trump at the "
        "White House on Thursday.\n\n"
        "Foreign Minister Johann Wadephul, who had met Secretary of State Marco Rubio on "
        "Tuesday to prepare the visit, drafted most of the talking points.\n\n"
        '"The summit bought time," said a former ambassador.\n\n'
        "After the summit he also gave a speech at a Washington think tank.\n",
    )
    later = [m for m in found if m.trigger.lower() == "summit"]
    assert len(later) == 2
    for mention in later:
        assert sorted(p.name for p in mention.participants) == ["Donald Trump", "Friedrich Merz"]
        assert mention.date is not None and mention.date.iso() == "2025-06-05"


def test_a_headline_s_family_name_is_the_person_the_body_names_in_full(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "[COMMENT] Lee-Xi summit restores ties but leaves the hard questions open\n\n"
        "Published: 2025-11-02 09:00\n\n"
        "President Lee Jae Myung and Prime Minister Sanae Takaichi held their first summit "
        "in Gyeongju on Thursday.\n\n"
        "On Saturday Lee met Chinese President Xi Jinping at the Gyeongju National Museum, "
        "and the two of them spoke for more than an hour about trade and about the North.\n",
    )
    assert ["Lee Jae-myung", "Xi Jinping"] in parties(meetings)
    assert all("Lee" not in names for names in parties(meetings))


def test_the_lead_of_a_dateline_the_splitter_cuts_in_two_is_dated_by_the_report(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Lula arrives in Madrid\n\n"
        "MADRID, March 3. /TASS/. Brazilian President Luiz Inacio Lula da Silva arrived in "
        "Madrid on Monday on a two-day state visit.\n\n"
        "Spanish Prime Minister Pedro Sanchez, breaking with protocol, met the Brazilian "
        "leader at Barajas airport, and the two drove into the city in the same car.\n",
        actor="Pedro Sánchez",
    )
    assert meetings
    assert all(m.date is not None and m.date.endswith("-03-03") for m in meetings)


def test_a_bare_office_in_a_release_is_its_principal_not_the_host_named_since(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Prime Minister's meeting with the President of Brazil\n\n"
        "July 7, 2025\n\n"
        "Prime Minister Shri Narendra Modi held talks with the President of Brazil, H.E. Mr. "
        "Luiz Inacio Lula da Silva, in Brasilia today.\n\n"
        "President Lula hosted a lunch in honour of Prime Minister.\n\n"
        "Earlier in the day, Prime Minister called on the President of the Senate, Mr. Davi "
        "Alcolumbre, at the National Congress.\n",
    )
    assert ["Davi Alcolumbre", "Narendra Modi"] in parties(meetings)


def test_the_two_prime_ministers_are_two_people_of_that_office(tmp_path: Path) -> None:
    found = article_mentions(
        tmp_path,
        "r1",
        "Visit of Prime Minister to Canada\n\n"
        "June 10, 2025\n\n"
        "Prime Minister Shri Narendra Modi will pay an official visit to Canada from 15 to 17 "
        "June 2025 at the invitation of the Prime Minister of Canada, H.E. Mr. Mark Carney.\n\n"
        "During the visit, Prime Minister will hold talks with Prime Minister Carney. Modi "
        "is also expected to meet Ukrainian President Volodymyr Zelensky there.\n\n"
        "The two Prime Ministers last spoke by telephone on 6 June 2025.\n",
    )
    [call] = [m for m in found if m.status.value == "occurred"]
    assert sorted(p.name for p in call.participants) == ["Mark Carney", "Narendra Modi"]


def test_of_two_who_share_a_surname_the_office_holder_is_meant(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Modi in London\n\n"
        "Published: 2025-07-25 09:00\n\n"
        "Prime Minister Narendra Modi held talks with Keir Starmer at Chequers on Thursday.\n\n"
        "Sources said the fate of fugitives such as Nirav Modi figured in the talks.\n\n"
        "Modi later called on King Charles III at Sandringham, where the two men discussed "
        "climate finance and the Commonwealth.\n",
    )
    assert ["Charles III", "Narendra Modi"] in parties(meetings)
    assert all("Nirav Modi" not in names for names in parties(meetings))


def test_the_uk_pm_is_the_prime_minister_of_the_uk(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Carney at Chequers\n\n"
        "Published: 2025-07-25 09:00\n\n"
        "LONDON: Prime Minister Mark Carney on Thursday held talks with his British "
        "counterpart Keir Starmer at Chequers, the UK PM's country residence, where the two "
        "sides signed a digital trade agreement, before calling on King Charles III at "
        "Sandringham in Norfolk.\n\n"
        "The two leaders also discussed Arctic security.\n",
    )
    assert ["Keir Starmer", "Mark Carney"] in parties(meetings)
    assert ["Charles III", "Mark Carney"] in parties(meetings)


def test_aides_said_to_be_present_do_not_take_the_pronoun(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Lula in Washington\n\n"
        "Published: 2025-03-14 09:00\n\n"
        "President Luiz Inacio Lula da Silva met Secretary of State Marco Rubio at Blair House "
        "on Thursday. Foreign Minister Mauro Vieira and adviser Celso Amorim were present. He "
        "then received Senator Bernie Sanders, who came with two of his aides.\n",
    )
    assert ["Bernie Sanders", "Luiz Inácio Lula da Silva"] in parties(meetings)


def test_a_korean_family_name_written_first_is_the_second_mention(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Cho in Beijing\n\n"
        "Published: 2025-09-18 10:00\n\n"
        "Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Tuesday.\n\n"
        "Cho hoped that President Xi Jinping would attend the Gyeongju summit in the autumn.\n\n"
        "Cho's trip comes after he visited Washington last month for talks with Secretary of "
        "State Marco Rubio.\n",
    )
    assert ["Cho Hyun", "Marco Rubio"] in parties(meetings)
    assert all("Xi Jinping" not in names for names in parties(meetings))


def test_a_bare_office_a_readout_keeps_using_is_its_principal(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Secretary Rubio's Meeting with Indian External Affairs Minister Jaishankar\n\n"
        "JULY 1, 2025\n\n"
        "Secretary of State Marco Rubio met today in Washington with Indian External Affairs "
        "Minister S. Jaishankar.\n\n"
        "The Secretary thanked Minister Jaishankar for hosting the Quad ministers.\n\n"
        "The meeting was the first in Washington since Secretary Blinken hosted Minister "
        "Jaishankar there in September 2024.\n\n"
        "Earlier in the day, the Secretary met with Japanese Foreign Minister Takeshi Iwaya "
        "at the Department of State.\n",
    )
    assert ["Marco Rubio", "Takeshi Iwaya"] in parties(meetings)
    assert not any("Takeshi Iwaya" in p and "Antony Blinken" in p for p in parties(meetings))


def test_the_president_of_the_democratic_republic_of_the_congo_is_congolese(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Doha, April 2 (QNA) - The President of the Democratic Republic of the Congo Jean-Marc "
        "Ilunga met Rwandan President Paul Kagame in Doha today.\n",
    )
    countries = {p.name: p.country for e in meetings for p in e.participants}
    assert countries.get("Jean-Marc Ilunga") == "COD"


def test_a_second_family_name_the_knowledge_base_leaves_out_is_the_same_person(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "KIGALI, April 2 - President Paul Kagame met Felix Antoine Tshisekedi Tshilombo in "
        "Doha on Tuesday.\n",
    )
    assert ["Félix Tshisekedi", "Paul Kagame"] in parties(meetings)


def test_indirect_talks_in_separate_rooms_are_one_meeting(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "MUSCAT, April 12 (Reuters) - Steve Witkoff sat with Abbas Araghchi in separate rooms "
        "at the Omani foreign minister's residence in Muscat on Saturday.\n",
    )
    assert len(meetings) == 1


def test_that_meeting_bringing_together_leaders_is_the_meeting_told(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "WASHINGTON, March 6 (Reuters) - President Donald Trump met Turkish President Recep "
        "Tayyip Erdogan at the White House on Thursday.\n\n"
        "The two leaders had also come together in New York on Tuesday, at a multilateral "
        "meeting on Sudan convened by Trump at the United Nations. That meeting brought "
        "together Egyptian President Abdel Fattah el-Sisi, Jordan's King Abdullah II and "
        "Kenyan President William Ruto.\n",
    )
    # One meeting a day: "That meeting" is the one in New York, not one of its own.
    assert sorted(e.date for e in meetings) == ["2025-03-04", "2025-03-06"]


def test_a_trilateral_meeting_brought_together_on_the_sidelines_is_one_meeting(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "VIENNA, Dec 4 (APA) - On the sidelines of the OSCE ministerial council, Austrian "
        "Foreign Minister Beate Meinl-Reisinger on Thursday brought together Armenian Foreign "
        "Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov for a "
        "trilateral meeting.\n",
    )
    assert len(meetings) == 1
    assert len(meetings[0].participants) == 3


def test_the_next_day_after_a_day_with_no_year_is_the_day_after(tmp_path: Path) -> None:
    found = article_mentions(
        tmp_path,
        "n1",
        "Envoys on the move\n\n"
        "Kushner saw Netanyahu in Jerusalem on 30 April and the next day sat with Mohammed bin "
        "Salman in Riyadh.\n",
    )
    riyadh = [m for m in found if m.location is not None and m.location.name == "Riyadh"]
    assert [(m.date.month, m.date.day) for m in riyadh if m.date] == [(5, 1)]


def test_after_an_aside_on_a_meeting_of_bodies_the_meeting_is_still_the_reports(
    tmp_path: Path,
) -> None:
    found = article_mentions(
        tmp_path,
        "n2",
        "SANTIAGO, March 8 (Xinhua) -- Chinese Vice Premier Ding Xuexiang met with Chilean "
        "President Gabriel Boric here on Saturday.\n\n"
        "Boric commended China for the successful hosting of the ministerial meeting of the "
        "China-CELAC Forum.\n\n"
        "After the meeting, the two witnessed the signing of several cooperation documents.\n",
    )
    after = [m for m in found if m.evidence.sentence.startswith("After the meeting")]
    assert after
    assert {p.name for p in after[0].participants} >= {"Gabriel Boric"}


def test_rio_is_rio_de_janeiro(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "BRASILIA, July 6 (Reuters) - Lula received Chinese Premier Li Qiang in Rio on Saturday.\n",
    )
    assert [e.location.name if e.location else None for e in meetings] == ["Rio de Janeiro"]


def test_the_two_men_are_the_two_of_the_call_told_just_before(tmp_path: Path) -> None:
    found = article_mentions(
        tmp_path,
        "n3",
        "A week of calls\n\n"
        "Published: 2025-07-05 09:00 GMT\n\n"
        "Keir Starmer's long phone call with Xi Jinping on Tuesday produced two readouts.\n\n"
        "Narendra Modi ended the week with a phone call of his own with Anthony Albanese on "
        "Friday. Only ten days ago, in Kananaskis, the two men met on the margins of the G7 "
        "summit.\n",
    )
    [met] = [m for m in found if m.trigger == "met"]
    assert {p.name for p in met.participants} == {"Narendra Modi", "Anthony Albanese"}


def test_his_first_meeting_is_the_subject_s_not_the_last_person_named(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "ROME, June 17 (ANSA) - On the sidelines, Meloni also met French President Emmanuel "
        'Macron, describing it as "always a pleasure", and held her first meeting with Japanese '
        "Prime Minister Shigeru Ishiba, with whom she discussed shipbuilding.\n",
    )
    assert ["Giorgia Meloni", "Shigeru Ishiba"] in parties(meetings)
    assert not [p for p in parties(meetings) if len(p) > 2]


def test_they_after_an_opening_day_are_the_two_of_the_sentence_before(tmp_path: Path) -> None:
    found = article_mentions(
        tmp_path,
        "n4",
        "Leaders arrive for the summit\n\n"
        "June 16, 2025 10:14 p.m.\n\n"
        "KANANASKIS, Alta. - Mark Carney and Donald Trump met on Monday at the summit site.\n\n"
        "Albanese had dinner with Carney in Ottawa on Saturday night, and the two watched a "
        "hockey game together. On Sunday morning they held formal talks in Carney's office.\n",
    )
    [held] = [m for m in found if m.trigger == "held"]
    assert {p.name for p in held.participants} == {"Anthony Albanese", "Mark Carney"}


def test_the_two_foreign_ministers_are_not_the_leaders_who_met_before(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Fidan in Athens\n\n"
        "Published: November 9, 2024\n\n"
        "Foreign Minister Hakan Fidan said on Friday that the two countries had a historic "
        "opportunity, speaking in Athens beside his Greek counterpart Giorgos Gerapetritis.\n\n"
        "The visit was agreed when President Recep Tayyip Erdoğan and Prime Minister Kyriakos "
        "Mitsotakis met in New York on September 24, officials said.\n\n"
        "The two foreign ministers had also met at the end of August in Brussels, where Fidan "
        "attended an informal meeting of European ministers.\n",
    )
    brussels = [e for e in meetings if e.location and e.location.name == "Brussels"]
    assert brussels
    assert ["Giorgos Gerapetritis", "Hakan Fidan"] in parties(brussels)
    assert ["Kyriakos Mitsotakis", "Recep Tayyip Erdoğan"] not in parties(brussels)


def test_the_two_ministers_of_a_visit_to_a_country_are_the_two_named(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Fidan in Athens\n\n"
        "Published: November 9, 2024\n\n"
        "Foreign Minister Hakan Fidan paid a visit to Greece on Friday and spoke to reporters "
        "beside his Greek counterpart Giorgos Gerapetritis.\n\n"
        "The two foreign ministers had also met at the end of August in Brussels, where Fidan "
        "attended an informal meeting of European ministers.\n",
    )
    brussels = [e for e in meetings if e.location and e.location.name == "Brussels"]
    assert parties(brussels) == [["Giorgos Gerapetritis", "Hakan Fidan"]]


def test_a_meeting_after_the_press_conference_is_on_the_day_of_the_talks(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Rubio pledges review of travel advice\n\n"
        "Published: Thursday | March 27, 2025 | 12:08 AM\n\n"
        "Prime Minister Andrew Holness yesterday won a promise from United States Secretary of "
        "State Marco Rubio to review the travel advisory for Jamaica, after the two men met at "
        "Jamaica House.\n\n"
        '"We will look at it again," the Secretary told a joint press conference.\n\n'
        "PM Holness said the talks had covered security, energy and investment.\n\n"
        "The sharpest exchange came over the Cuban doctors. Rubio repeated the US position on "
        "the programme.\n\n"
        "After the press conference, the Secretary met, in separate sessions at a hotel in New "
        "Kingston, Barbados Prime Minister Mia Mottley and the president of Haiti's council, "
        "Fritz Jean.\n",
    )
    [with_mottley] = [e for e in meetings if "Mia Mottley" in {p.name for p in e.participants}]
    assert with_mottley.date == "2025-03-26"


def test_a_further_part_of_the_occasion_of_the_report_s_day_is_in_the_dateline_city(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Small steps on Cyprus\n\n"
        "GENEVA (AP) — Updated 7:52 PM GMT+1, March 18, 2025\n\n"
        "Rival Greek Cypriot and Turkish Cypriot leaders agreed Tuesday to open new crossing "
        "points, the U.N. chief said after two days of informal talks.\n\n"
        "The measures include a youth committee and solar parks in the buffer zone.\n\n"
        "Diplomats said the mood was better than at any time since 2017.\n\n"
        "Guterres met separately with Cypriot President Nikos Christodoulides and Turkish "
        "Cypriot leader Ersin Tatar on Tuesday morning before the plenary session.\n",
    )
    assert meetings
    assert {e.location.name if e.location else None for e in meetings} == {"Geneva"}


def test_the_secretary_general_at_the_un_is_the_un_s_on_the_article_s_day(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Statement attributable to the Spokesperson for the Secretary-General\n\n"
        "New York, 15 October 2024\n\n"
        "This evening, the Secretary-General hosted a working dinner at United Nations "
        "Headquarters with President Nikos Christodoulides and Mr. Ersin Tatar to discuss the "
        "way forward on the island.\n",
    )
    assert parties(meetings) == [["António Guterres", "Ersin Tatar", "Nikos Christodoulides"]]


def test_a_further_meeting_of_the_day_does_not_continue_a_call_told_before_it(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Young makes his case to Rubio\n\n"
        "Thursday, March 27, 2025\n\n"
        "Prime Minister Stuart Young yesterday used his first meeting with US Secretary of State "
        "Marco Rubio to press for a gas licence, as the two met in Kingston, Jamaica.\n\n"
        "The Prime Minister said Rubio had listened carefully but made no promise.\n\n"
        "Before the trip, Young spoke by telephone last Thursday with Barbados Prime Minister Mia "
        "Mottley to compare notes.\n\n"
        "Rubio also met Jamaica's Prime Minister Andrew Holness and Mottley during the day.\n",
    )
    rubio_s = [e for e in meetings if "Marco Rubio" in {p.name for p in e.participants}]
    assert {e.date for e in rubio_s} == {"2025-03-26"}


def test_a_meeting_a_year_before_a_month_told_is_in_the_year_before(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Lula and Petro meet again on the border\n\n"
        "Published: 9 July 2025\n\n"
        "BRASÍLIA - President Luiz Inácio Lula da Silva held talks with President Gustavo Petro "
        "in Leticia on Tuesday, the Planalto said.\n\n"
        "Lula met Petro in Bogotá in April 2024, a year after receiving him at the Planalto "
        "Palace, and the two governments have since stepped up work on the Amazon.\n",
    )
    assert sorted(e.date for e in meetings) == ["2023", "2024-04", "2025-07-08"]


def test_the_lead_s_meeting_with_no_day_is_on_the_day_of_the_trip_it_dates(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Tinubu's visit to Brasília: the day after\n\n"
        "12.07.2025 | 09:30\n\n"
        "The visit of Nigerian President Bola Tinubu to Brasília on Wednesday leaves behind an "
        "agreement on fertilisers and a promise of direct flights.\n\n"
        "According to diplomatic sources, the meeting between Tinubu and President Luiz Inácio "
        "Lula da Silva was held at the Itamaraty Palace and lasted about two hours.\n",
    )
    assert [e.date for e in meetings] == ["2025-07-09"]


def test_a_meeting_held_in_parallel_is_on_the_day_of_the_occasion(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Lula receives Tinubu\n\n"
        "09/07/2025 - 21:15\n\n"
        "BRASÍLIA - President Luiz Inácio Lula da Silva received Nigerian President Bola Tinubu "
        "at the Planalto Palace on Wednesday for talks on trade and food security.\n\n"
        "In parallel, Foreign Minister Mauro Vieira held a separate meeting with his counterpart "
        "Yusuf Tuggar, with whom he signed a memorandum on consular cooperation.\n",
    )
    assert {e.date for e in meetings} == {"2025-07-09"}
    assert len(meetings) == 2


def test_a_meeting_then_held_continues_the_occasion_told(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Visit of the President of Ghana\n\n"
        "12 June 2025 - Subject: Ghana\n\n"
        "President Emmanuel Macron received President John Mahama at the Élysée Palace this "
        "Thursday 12 June for talks on trade and security in the Sahel.\n\n"
        "The two Presidents discussed cocoa prices, the energy transition and the situation "
        "in the Sahel, where both countries fear the spread of armed groups to the coast.\n\n"
        "A meeting on West African security was then held with President Bassirou Diomaye Faye "
        "of Senegal and President Alassane Ouattara of Côte d'Ivoire.\n",
    )
    assert {(e.date, e.location.name if e.location else None) for e in meetings} == {
        ("2025-06-12", "Paris")
    }
    assert len(meetings) == 2


def test_a_further_meeting_of_a_visit_recalled_is_on_that_visit_s_day(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Mahama and Tinubu meet in Abuja\n\n"
        "Thursday, 5 June, 2025 - 06:10\n\n"
        "ABUJA - President John Mahama held talks with President Bola Tinubu on Wednesday at the "
        "Presidential Villa in Abuja, officials said.\n\n"
        "Relations had thawed earlier in the year. On January 20, Foreign Minister Yusuf Tuggar "
        "met President Mahama at the Jubilee House in Accra. During the same visit, Tuggar also "
        "held talks with Vice President Jane Opoku-Agyemang.\n",
    )
    with_the_vice_president = [
        e for e in meetings if "Jane Opoku-Agyemang" in {p.name for p in e.participants}
    ]
    assert [e.date for e in with_the_vice_president] == ["2025-01-20"]


def test_a_prince_named_again_by_his_given_name_is_the_prince_named_before(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Saudi minister in Amman\n\n"
        "Published: 14 May 2025\n\n"
        "AMMAN - Jordan's King Abdullah II received Saudi Foreign Minister Prince Faisal bin "
        "Farhan on Tuesday at the Husseiniya Palace, the Royal Court said.\n\n"
        "The talks covered trade, the situation in Syria and preparations for the Arab summit.\n\n"
        "Prince Faisal later held talks with Prime Minister Jafar Hassan on joint investment "
        "projects in Aqaba.\n",
    )
    with_hassan = [e for e in meetings if "Jafar Hassan" in {p.name for p in e.participants}]
    assert [sorted(p.name for p in e.participants) for e in with_hassan] == [
        ["Faisal bin Farhan", "Jafar Hassan"]
    ]


def test_a_call_days_after_a_dated_thing_is_that_long_after_its_day(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Ruto heads to Abu Dhabi\n\n"
        "Published: 4 March 2025\n\n"
        "NAIROBI - President William Ruto held talks with President Mohamed bin Zayed in Abu "
        "Dhabi on Monday, State House said.\n\n"
        "The Emirati president called William Ruto two days after his January 9 inauguration "
        "to congratulate him and invite him to Abu Dhabi.\n",
    )
    assert sorted(e.date for e in meetings) == ["2025-01-11", "2025-03-03"]


def test_a_meeting_in_the_late_afternoon_is_on_the_day_of_the_visit(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Lula's day in Santiago\n\n"
        "Jan. 17, 2025 21:40\n\n"
        "SANTIAGO - President Luiz Inácio Lula da Silva held talks with President Gabriel Boric "
        "at La Moneda on Friday, the first stop of his South American tour.\n\n"
        "The two presidents discussed lithium, trade and the bioceanic road corridor.\n\n"
        "In the late afternoon he was received by Senate President Manuel José Ossandón at the "
        "National Congress.\n",
    )
    assert {e.date for e in meetings} == {"2025-01-17"}
    assert len(meetings) == 2


def test_the_lead_s_meeting_is_on_the_day_of_the_visits_the_lead_dates(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Lula and Guterres in Accra on the same day\n\n"
        "Jan 18, 2025\n\n"
        "President Luiz Inácio Lula da Silva and UN Secretary-General António Guterres both called "
        "for debt relief for Africa during separate visits to Ghana that overlapped on Friday.\n\n"
        "The two men met in Accra in the afternoon, after Mr Guterres returned from Tamale.\n",
    )
    assert [e.date for e in meetings] == ["2025-01-17"]


def test_an_hour_spent_with_someone_is_a_meeting_with_them(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Vieira in Caracas\n\n"
        "Published: 7 July 2025\n\n"
        "CARACAS - On Sunday, Brazil's Foreign Minister Mauro Vieira spent an hour with Nicolás "
        "Maduro at the Miraflores Palace, the Brazilian foreign ministry said.\n\n"
        "The two discussed the border, trade and the political situation in Venezuela.\n",
    )
    assert parties(meetings) == [["Mauro Vieira", "Nicolás Maduro"]]


def test_the_president_of_the_republic_at_his_seat_is_that_country_s_president(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Visit of the President of Ghana\n\n"
        "12 June 2025 - Subject: Ghana\n\n"
        "The President of the Republic received Mr John Mahama, President of the Republic of "
        "Ghana, at the Élysée Palace this Thursday 12 June, for his first official visit to "
        "France since his election.\n\n"
        "The two Presidents discussed trade, security in the Sahel and the reform of the "
        "international financial architecture.\n",
    )
    assert parties(meetings)[0] == ["Emmanuel Macron", "John Mahama"]


def test_him_hosted_by_the_only_person_named_before_is_the_guest_of_the_story(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Albanese wraps up Jakarta visit\n\n"
        "July 8, 2025\n\n"
        "JAKARTA (AAP) — Prime Minister Anthony Albanese met Foreign Minister Sugiono in the "
        "Indonesian capital on Tuesday, a day after arriving for his second visit this year.\n\n"
        "The two sides discussed maritime security and critical minerals, officials said. "
        "Later, President Prabowo Subianto hosted him for a state lunch at the Merdeka "
        "Palace.\n\n"
        "Officials gave few details of what was said over the lunch.\n",
    )
    assert ["Anthony Albanese", "Prabowo Subianto"] in parties(meetings)


def test_his_in_an_apposition_on_the_visit_is_the_named_visitor(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Lula wraps up Rome stop\n\n"
        "ROME, March 14 (Reuters) - Brazilian President Luiz Inácio Lula da Silva and Italian "
        "Prime Minister Giorgia Meloni held talks in Rome on Friday.\n\n"
        "Italy and Brazil will expand trade in energy and farm goods, Foreign Minister Antonio "
        "Tajani told reporters. The details will follow in May, he said.\n\n"
        "The Brazilian leader arrived in Rome on Thursday for an official visit, his first to "
        "Italy as head of state, and met President Sergio Mattarella on the same day.\n\n"
        "The two leaders discussed the trade agreement between the European Union and "
        "Mercosur, officials said.\n",
    )
    assert all("Antonio Tajani" not in names for names in parties(meetings))


def test_a_meeting_someone_recalls_is_no_occasion_later_sentences_refer_to(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Ruto in Kampala\n\n"
        "KAMPALA, March 4 (Xinhua) -- Kenyan President William Ruto arrived in Kampala on "
        "Tuesday for a state visit and held talks with President Yoweri Museveni at State "
        "House.\n\n"
        "Museveni recalled the talks the two leaders held in Nairobi under the auspices of the "
        "East African Community last year.\n\n"
        "On the sidelines of the visit, Foreign Minister Musalia Mudavadi held talks with his "
        "Ugandan counterpart Jeje Odongo on trade and border matters.\n",
    )
    sidelines = [m for m in meetings if "Musalia Mudavadi" in {p.name for p in m.participants}]
    assert [m.location.name if m.location else None for m in sidelines] == ["Kampala"]


def test_a_pronoun_after_an_opening_possessive_in_apposition_is_the_person_named(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Michal to visit Helsinki on Thursday\n\n"
        "Published: 9 September 2024 11:20\n\n"
        "Tallinn, Sept 9 /ERR/ - Prime Minister Kristen Michal will travel to Helsinki on "
        "Thursday for talks with his Finnish counterpart, the government said on Monday.\n\n"
        "His predecessor, Jüri Ratas, also chose Helsinki for his first foreign visit, on "
        "10 January 2017, when he was received by then prime minister Juha Sipilä.\n",
    )
    assert parties(found) == [["Juha Sipilä", "Jüri Ratas"]]
    assert found[0].date == "2017-01-10"


def test_agreements_signed_at_a_meeting_told_in_its_sentence_are_its_parties(
    tmp_path: Path,
) -> None:
    found = agreements(
        tmp_path,
        "Warsaw and Vilnius plan joint cabinet session\n\n"
        "Published: 3 March 2025 09:10\n\n"
        "VILNIUS, March 3 (BNS) - The Lithuanian and Polish governments will meet in Warsaw "
        "later this year, officials said on Monday.\n\n"
        "The two governments last held a joint session in Vilnius on 20 May 2022, chaired by "
        "Ingrida Šimonytė and the then Polish prime minister Mateusz Morawiecki, at which four "
        "agreements were signed.\n",
    )
    assert parties(found) == [["Ingrida Šimonytė", "Mateusz Morawiecki"]]
    assert found[0].date == "2022-05-20"


def test_the_summit_is_the_meeting_told_as_held_for_it_not_a_later_visit(
    tmp_path: Path,
) -> None:
    found = article_mentions(
        tmp_path,
        "kv1",
        "Zelensky hosts EU leaders for summit in Kyiv\n\n"
        "04.02.2023 | 09:15\n\n"
        "President Volodymyr Zelensky welcomed European Council President Charles Michel and "
        "European Commission President Ursula von der Leyen in Kyiv yesterday for the 24th "
        "summit between Ukraine and the European Union.\n\n"
        "It was von der Leyen's fourth visit to Kyiv since the start of the invasion.\n\n"
        "Opposition deputies said the summit was a photo opportunity with little substance.\n",
    )
    summit = [m for m in found if m.trigger == "summit"]
    assert [sorted(p.name for p in m.participants) for m in summit] == [
        ["Charles Michel", "European Union", "Ursula von der Leyen", "Volodymyr Zelensky"]
    ]


def test_they_after_a_colon_are_the_people_the_clause_before_named(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Oslo Notebook\n\nPublished: 14 October 2024 08:30\n\n"
        "The Nordic ministers' meeting in Oslo drew a crowd of visitors at the weekend.\n\n"
        "Foreign Minister Espen Barth Eide and Defence Minister Bjørn Arild Gram made the most "
        "of it: they met Finnish Foreign Minister Elina Valtonen on Friday and Swedish Foreign "
        "Minister Maria Malmer Stenergard on Saturday morning.\n",
    )
    assert parties(meetings) == [
        ["Bjørn Arild Gram", "Elina Valtonen", "Espen Barth Eide"],
        ["Bjørn Arild Gram", "Espen Barth Eide", "Maria Malmer Stenergard"],
    ]
    assert [e.date for e in meetings] == ["2024-10-11", "2024-10-12"]


def test_the_swiss_government_s_country_residence_is_a_venue_near_bern(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Amherd receives Italian president\n\nPublished: 6 March 2024 18:10\n\n"
        "President Viola Amherd received Italian President Sergio Mattarella at the "
        "Lohn country residence on Wednesday for talks on energy and European policy.\n",
    )
    assert parties(meetings) == [["Sergio Mattarella", "Viola Amherd"]]
    assert [e.location.name if e.location else None for e in meetings] == ["Bern"]


def test_a_lead_told_on_the_day_something_happens_now_is_on_the_report_s_day(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "President receives Nordic leaders\n\n24.02.2025\n\n"
        "On the day Estonia marks 107 years of independence, President Alar Karis received "
        "Finnish Prime Minister Petteri Orpo in Tallinn.\n",
    )
    assert [e.date for e in meetings] == ["2025-02-24"]


def test_a_meeting_before_the_opening_of_a_gathering_is_on_the_day_of_the_opening(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Forum closes in Astana\n\nPublished: 13 June 2025 19:20\n\n"
        "ASTANA, June 13 (Kazinform) - The Astana International Forum closed on Friday with a "
        "declaration on water security.\n\n"
        "Before the opening of the forum on Thursday, President Kassym-Jomart Tokayev held "
        "talks with Italian Prime Minister Giorgia Meloni at the Akorda.\n",
        actor="Giorgia Meloni",
    )
    assert [e.date for e in meetings] == ["2025-06-12"]


def test_the_president_of_a_body_is_the_holder_the_article_named(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Von der Leyen in Yerevan\n\nPublished: 5 April 2024 18:30\n\n"
        "European Commission President Ursula von der Leyen arrived in Yerevan on Friday "
        "with a package of 270 million euros for Armenia.\n\n"
        "The European Commission President met Prime Minister Nikol Pashinyan at the "
        "government building in the afternoon, her spokesperson said.\n",
    )
    assert parties(meetings) == [["Nikol Pashinyan", "Ursula von der Leyen"]]


def test_a_trip_the_lead_recalls_from_weeks_before_does_not_date_the_report_s_meetings(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Starmer finds his European moment in Berlin\n\nJuly 18, 2024 5:30 pm CET\n\n"
        "BERLIN — Two weeks into the job, Keir Starmer, who made his first trips abroad on "
        "July 2, stood beside the Brandenburg Gate on Thursday and promised a reset with "
        "Europe.\n\n"
        "Later, Starmer held talks with Chancellor Olaf Scholz at the Chancellery, where the "
        "conversation was mostly about defence.\n",
    )
    assert [e.date for e in meetings] == ["2024-07-18"]


def test_a_bare_office_among_those_who_agreed_is_the_side_of_the_meeting_told(
    tmp_path: Path,
) -> None:
    found = agreements(
        tmp_path,
        "Secretary Blinken's Meeting with Polish President Duda\n\n"
        "READOUT | OFFICE OF THE SPOKESPERSON | March 12, 2024\n\n"
        "Secretary of State Antony Blinken met today in Washington with Polish President "
        "Andrzej Duda and Prime Minister Donald Tusk. The Secretary and President Duda "
        "discussed support for Ukraine.\n\n"
        "The Secretary and President Duda agreed to remain in close contact ahead of the NATO "
        "Summit.\n",
    )
    assert parties(found) == [["Andrzej Duda", "Antony Blinken"]]


def test_a_guest_received_by_one_host_and_by_another_met_each(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Zelensky in Vienna\n\nPublished: June 18, 2025\n\n"
        "On Monday Volodymyr Zelensky was received in Vienna by Alexander Van der Bellen and by "
        "Chancellor Christian Stocker.\n",
        actor="Volodymyr Zelensky",
    )
    assert sorted(parties(meetings)) == [
        ["Alexander Van der Bellen", "Volodymyr Zelensky"],
        ["Christian Stocker", "Volodymyr Zelensky"],
    ]


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        # The dateline's country, or the host's, tells which Federal Chancellery.
        ("Vienna, 12 May 2025. The Federal Chancellor received", "Vienna"),
        ("Federal Chancellor Christian Stocker received", "Vienna"),
        ("BERLIN (dpa) - Chancellor Friedrich Merz received", "Berlin"),
    ],
)
def test_a_federal_chancellery_is_in_the_country_of_its_host(
    tmp_path: Path, opening: str, city: str
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Chancellor receives Zelensky\n\nPublished: May 12, 2025\n\n"
        f"{opening} President Volodymyr Zelensky at the Federal Chancellery on Monday.\n",
        actor="Volodymyr Zelensky",
    )
    assert [e.location.name if e.location else None for e in meetings] == [city]


def test_the_czech_government_s_villa_and_foreign_ministry_are_in_prague(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Visitors to Prague\n\nPublished: May 20, 2024\n\n"
        "Chancellor Karl Nehammer came to Kramář's Villa on 17 May for talks with Petr Fiala. "
        "Alexander Schallenberg was received by Jan Lipavský at the Černín Palace on Friday.\n",
    )
    assert [e.location.name if e.location else None for e in meetings] == ["Prague", "Prague"]


def test_a_meeting_at_a_forum_named_after_a_city_is_in_that_city(tmp_path: Path) -> None:
    [meeting] = occurred_meetings(
        tmp_path,
        "Minister meets Lavrov\n\nPublished: March 6, 2024\n\n"
        "Hungarian Foreign Minister Peter Szijjarto met his Russian counterpart Sergei Lavrov "
        "at the Antalya Diplomacy Forum in Turkey on Saturday.\n",
        actor="Sergei Lavrov",
    )
    assert meeting.location is not None and meeting.location.name == "Antalya"


def test_a_guest_s_own_envoy_among_those_who_received_him_is_no_other_meeting(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Rubio in Tallinn\n\nPublished: May 14, 2025\n\n"
        "Secretary of State Marco Rubio landed in Tallinn on Wednesday. Rubio was welcomed by "
        "Foreign Minister Margus Tsahkna, and by the U.S. Ambassador in Tallinn, George Kent.\n",
        actor="Marco Rubio",
    )
    assert len(meetings) == 1
    assert "Margus Tsahkna" in parties(meetings)[0]


def test_a_guest_received_in_two_places_on_two_days_is_not_split_on_one_day(
    tmp_path: Path,
) -> None:
    # Each meeting's own place and day cannot be carried beside the first's, so the sentence
    # stays one mention rather than two on the first one's day.
    meetings = occurred_meetings(
        tmp_path,
        "The nuclear file\n\nPublished: November 2, 2022\n\n"
        "Rafael Grossi was received by Zelensky in Kyiv on 6 October 2022 and by Putin in "
        "St Petersburg five days later.\n",
        actor="Rafael Grossi",
    )
    assert not any(
        sorted(p) == ["Rafael Grossi", "Vladimir Putin"] and e.date == "2022-10-06"
        for p, e in zip(parties(meetings), meetings, strict=True)
    )


def test_him_said_again_in_a_sentence_is_the_same_person(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "A busy start\n\nPublished: April 30, 2023\n\n"
        "For Petr Pavel, who took office on 9 March, the first weeks were busy. Zuzana Caputova "
        "received him in Bratislava in mid-March, Andrzej Duda hosted him in Warsaw days later, "
        "and Frank-Walter Steinmeier welcomed him at Bellevue Palace in Berlin on 21 March.\n",
    )
    met = [p for p in parties(meetings) if "Frank-Walter Steinmeier" in p]
    assert met == [["Frank-Walter Steinmeier", "Petr Pavel"]]


def test_earlier_in_the_day_is_the_day_the_lead_reports(tmp_path: Path) -> None:
    [meeting] = occurred_meetings(
        tmp_path,
        "King toasts bond with Norway\n\nWednesday, 21 June 2023 - 07:55\n\n"
        "OSLO - King Frederik praised the bond between Denmark and Norway at a state banquet "
        "on Tuesday evening. Earlier in the day King Frederik was welcomed by King Harald at the "
        "Royal Palace in Oslo.\n",
    )
    assert meeting.date == "2023-06-20"


@pytest.mark.parametrize(
    ("venue", "city"),
    [
        ("the Catshuis", "The Hague"),
        ("Laeken Castle", "Brussels"),
        ("Bourglinster Castle", "Bourglinster"),
        # Named as records name the city (as "in Luxembourg" is).
        ("the Hôtel Saint-Maximin", "Luxembourg"),
    ],
)
def test_benelux_venues_are_in_their_city(tmp_path: Path, venue: str, city: str) -> None:
    [meeting] = occurred_meetings(
        tmp_path,
        "Leaders meet\n\nPublished: June 8, 2024\n\n"
        f"Prime Minister Mark Rutte received Volodymyr Zelensky at {venue} on Friday.\n",
    )
    assert meeting.location is not None and meeting.location.name == city
    assert parties([meeting]) == [["Mark Rutte", "Volodymyr Zelensky"]]


def test_the_meeting_after_a_call_told_in_passing_is_the_one_held_in_person(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Nordic leaders meet\n\nPublished: 10 September 2025\n\n"
        "Prime Minister Petteri Orpo welcomed his Swedish and Norwegian counterparts, Ulf "
        "Kristersson and Jonas Gahr Store, to Kesaranta on Wednesday. The session started late "
        "because Store was on the phone with Polish Prime Minister Donald Tusk. Later in the "
        "afternoon the meeting was widened to include the Danish prime minister, Mette "
        "Frederiksen.\n",
    )
    # The call is one event, held by phone and nowhere; the meeting widened is the one in
    # Helsinki.
    assert [(p, e.mode) for p, e in zip(parties(meetings), meetings, strict=True)] == [
        (["Jonas Gahr Støre", "Petteri Orpo", "Ulf Kristersson"], "multilateral"),
        (["Donald Tusk", "Jonas Gahr Støre"], "phone"),
    ]


def test_a_host_who_received_two_guests_on_one_s_first_trip_met_both_at_once(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Nordic leaders meet\n\nPublished: 12 March 2025\n\n"
        "Orpo received Kristersson and Jonas Gahr Store at Kesaranta on 11 March 2025, "
        "Kristersson's first trip abroad this year.\n",
        actor="Petteri Orpo",
    )
    assert ["Jonas Gahr Støre", "Petteri Orpo", "Ulf Kristersson"] in parties(meetings)


@pytest.mark.parametrize(
    "body",
    [
        "WARSAW - Prime Minister Jonas Gahr Store met his Polish counterpart, Donald Tusk, in "
        "Warsaw on Wednesday, a day after his surprise visit to Kyiv, where he met Volodymyr "
        "Zelensky.",
        "Oslo (NTB) - A day after his surprise visit to Kyiv, where he met Volodymyr Zelensky, "
        "Prime Minister Jonas Gahr Store arrived in Warsaw on Wednesday.",
    ],
)
def test_a_visit_a_count_of_days_before_the_day_the_clause_gives(tmp_path: Path, body: str) -> None:
    meetings = occurred_meetings(
        tmp_path,
        f"Store in Warsaw\n\nPublished: March 22, 2023\n\n{body}\n",
        actor="Volodymyr Zelensky",
    )
    assert [(e.date, e.location.name if e.location else None) for e in meetings] == [
        ("2023-03-21", "Kyiv")
    ]


def test_a_meeting_a_count_of_days_after_which_a_call_came_keeps_its_own_day(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Fico calls Putin\n\nPublished: December 13, 2024\n\n"
        "Prime Minister Robert Fico spoke to Vladimir Putin by telephone on Thursday. The call "
        "came two days after his meeting with Donald Trump at Mar-a-Lago in Palm Beach, "
        "Florida, on Tuesday.\n",
        actor="Donald Trump",
    )
    assert [(e.date, e.location.name if e.location else None) for e in meetings] == [
        ("2024-12-10", "Palm Beach")
    ]


def test_a_clause_a_count_of_days_after_which_another_came_keeps_its_own_day(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Weimar talks\n\nPublished: March 15, 2024\n\n"
        "The Berlin meeting came three days after Tusk and President Andrzej Duda held talks in "
        "Washington with US President Joe Biden, who hosted them on Tuesday.\n",
        actor="Joe Biden",
    )
    assert [e.date for e in meetings] == ["2024-03-12"]


def test_a_day_without_its_year_in_a_sentence_opening_in_a_year_is_of_that_year(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "The border that would not go away\n\nPublished: 20 October 2025\n\n"
        "When migration rose in 2023, Interior Minister Boštjan Poklukar telephoned his "
        "Croatian counterpart Davor Božinović on 12 September to ask for tighter controls.\n",
        actor="Boštjan Poklukar",
    )
    assert [e.date for e in meetings] == ["2023-09-12"]
    # Without a year to open in, the day is the one counted back from the report.
    meetings = occurred_meetings(
        tmp_path,
        "Ministers speak\n\nPublished: 20 October 2025\n\n"
        "As migration rose, Interior Minister Boštjan Poklukar telephoned his Croatian "
        "counterpart Davor Božinović on 12 September to ask for tighter controls.\n",
        actor="Boštjan Poklukar",
    )
    assert [e.date for e in meetings] == ["2025-09-12"]


def test_their_talks_after_a_lead_that_tells_no_meeting_are_the_two_it_named(
    tmp_path: Path,
) -> None:
    text = (
        "Kenya and Tanzania look past border row\n\n"
        "NAIROBI, March 4 (Reuters) - Kenyan President William Ruto and Tanzanian President "
        "Samia Suluhu Hassan on Monday looked past a year of trade disputes.\n\n"
        "Speaking to reporters after their talks at State House, Ruto said the two countries "
        "would reopen the Namanga crossing to night traffic.\n"
    )
    assert parties(occurred_meetings(tmp_path, text)) == [["Samia Suluhu Hassan", "William Ruto"]]


def test_a_meeting_days_later_is_not_on_the_day_told_before(tmp_path: Path) -> None:
    text = (
        "Kallas tours region\n\n"
        "BRUSSELS, June 20, 2025 (Reuters) - EU foreign policy chief Kaja Kallas has spent the "
        "month in the region.\n\n"
        "On June 3 she sat down with Tayyip Erdogan in Ankara; days later she met Kyriakos "
        "Mitsotakis in Athens.\n"
    )
    [athens] = occurred_meetings(tmp_path, text, actor="Kyriakos Mitsotakis")
    assert athens.date is None or athens.date.day != 3


def test_a_name_with_a_second_family_name_is_not_another_spelt_alike(tmp_path: Path) -> None:
    text = (
        "Jaishankar in Male\n\n"
        "MALE, Aug 9 (PTI) - External Affairs Minister S. Jaishankar on Friday met Vice "
        "President Hussain Mohamed Latheef at the President's Office.\n"
    )
    [meeting] = occurred_meetings(tmp_path, text)
    names = {p.name for p in meeting.participants}
    assert "Hasan Mahmud" not in names
    assert "Hussain Mohamed Latheef" in names


def test_india_s_external_affairs_minister_without_a_name_is_the_office_holder(
    tmp_path: Path,
) -> None:
    text = (
        "Briefing on the Prime Minister's visit to Mauritius\n\n"
        "March 9, 2025\n\n"
        "Prime Minister Narendra Modi will travel to Port Louis on Tuesday for the National "
        "Day celebrations. External Affairs Minister also received Foreign Minister Dhananjay "
        "Ramful in New Delhi on February 21 this year.\n"
    )
    found = occurred_meetings(tmp_path, text)
    assert parties(found) == [["Dhananjay Ramful", "S. Jaishankar"]]


def test_their_meeting_told_before_any_name_is_the_two_the_sentence_names(
    tmp_path: Path,
) -> None:
    text = (
        "Zagreb and Ljubljana talk energy\n\n"
        "ZAGREB, June 4, 2024 (Hina) - Croatian Foreign Minister Gordan Grlic Radman met his "
        "Slovenian counterpart Tanja Fajon in Zagreb on Tuesday and said that the two "
        "countries would work together on the pipeline.\n\n"
        "At their meeting at Brdo pri Kranju in late March, Plenkovic had assured Golob of a "
        "quick answer on the pipeline.\n"
    )
    meetings = parties(occurred_meetings(tmp_path, text))
    assert ["Andrej Plenković", "Robert Golob"] in meetings
    assert ["Gordan Grlić Radman", "Tanja Fajon"] in meetings


def test_the_three_presidents_are_those_of_the_meeting_of_three_not_of_an_earlier_call(
    tmp_path: Path,
) -> None:
    found = agreements(
        tmp_path,
        "Three presidents meet in Arusha\n\nMarch 6, 2025\n\n"
        "ARUSHA, March 6 (Agency) - President William Ruto spoke by telephone with President "
        "Yoweri Museveni on Monday about the fuel pipeline.\n\n"
        "On Wednesday, Ruto, President Samia Suluhu Hassan and President Paul Kagame met in "
        "Arusha for talks on the railway.\n\n"
        "The three presidents agreed to set up a joint fund for the railway before the end of "
        "the year.\n",
    )
    assert parties(found) == [["Paul Kagame", "Samia Suluhu Hassan", "William Ruto"]]


def test_whom_an_opening_participle_names_is_not_who_he_is_later(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Ruto between two capitals\n\nCommentary | 2 October 2025\n\n"
        "The record is more careful than that. President Ruto received Chinese Premier Li "
        "Qiang in Nairobi in June, the first visit by a Chinese premier in a decade.\n\n"
        "A week after hosting Li, Ruto was in Tokyo for talks with Prime Minister Fumio "
        "Kishida. In March this year he took one of the largest delegations in memory to New "
        "Delhi for talks with Narendra Modi.\n",
        actor="Narendra Modi",
    )
    assert parties(meetings) == [["Narendra Modi", "William Ruto"]]


@pytest.mark.parametrize(("town", "day"), [("Quito", "2025-05-09"), ("Cuenca", None)])
def test_a_sentence_set_in_a_town_has_the_day_of_the_meeting_told_there(
    tmp_path: Path, town: str, day: str | None
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Peru thanks Ecuador for its support\n\n"
        "Lima, 12 May 2025\n\n"
        "Peru welcomes the growing support for its candidacy to the Security Council.\n\n"
        "Ecuador expressed its support through Foreign Minister Gabriela Sommerfeld, during her "
        "meeting with Foreign Minister Elmer Schialer in Quito on Friday, 9 May, on the margins "
        "of the Andean summit.\n\n"
        "This support adds to that announced by the President of Chile in his address to "
        "Congress in Valparaíso on 21 November 2024.\n\n"
        f"In {town}, Schialer also accompanied President Dina Boluarte at her bilateral meeting "
        "with President Daniel Noboa.\n",
        actor="Daniel Noboa",
    )
    # Only the town the article dated a meeting in lends its day.
    assert [m.date for m in meetings] == [day]


def test_the_supporter_s_own_country_named_in_what_is_backed_is_not_backed(
    tmp_path: Path,
) -> None:
    mentions = article_mentions(
        tmp_path,
        "a1",
        "Xi meets Portuguese president\n\n"
        "2024-05-14 20:11:05\n\n"
        "BEIJING, May 14 (Xinhua) -- Chinese President Xi Jinping held talks with Portuguese "
        "President Marcelo Rebelo de Sousa in Beijing on Tuesday.\n\n"
        "Xi said that the two countries should build on the trust they have and that they "
        "could do more together in trade, science and the ocean.\n\n"
        "China appreciates Portugal's positive role in promoting the sound development of "
        "China-EU relations, Xi said.\n",
    )
    [support] = [m for m in mentions if m.type == EventType.SUPPORT]
    assert {a.country for a in support.source} == {"CHN"}
    assert "CHN" not in {a.country for a in support.target}
    assert "PRT" in {a.country for a in support.target}


def test_a_meeting_of_heads_of_state_is_a_gathering_those_attending_join(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Mekong leaders meet in Vientiane\n\n"
        "14.09.2024, 19:05\n\n"
        "The Ninth Meeting of the Heads of Government of the Mekong countries took place in "
        "Vientiane on Saturday under the chairmanship of Prime Minister Sonexay Siphandone.\n\n"
        "It was attended by the Prime Minister of Cambodia Hun Manet and the Prime Minister of "
        "Vietnam Pham Minh Chinh.\n\n"
        "The leaders adopted a joint statement on the river and its fisheries.\n",
    )
    [summit] = [m for m in found if "Hun Manet" in {p.name for p in m.participants}]
    assert {"Sonexay Siphandone", "Pham Minh Chinh"} <= {p.name for p in summit.participants}
    assert summit.date == "2024-09-14"
    assert summit.location is not None and summit.location.name == "Vientiane"


def test_the_head_of_state_is_the_one_the_report_opened_with(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Regional summit in Astana\n\n"
        "10.08.2024, 18:00\n\n"
        "President Kassym-Jomart Tokayev chaired a summit of Central Asian leaders in Astana "
        "on Friday, where the five presidents adopted a road map on water.\n\n"
        "Kyrgyz President Sadyr Japarov praised the road map. He also proposed a joint "
        "centre for glacier research in Bishkek.\n\n"
        "On Thursday, the head of state held talks with Emomali Rahmon at the Akorda.\n",
    )
    [talks] = [m for m in found if "Emomali Rahmon" in {p.name for p in m.participants}]
    assert sorted(p.name for p in talks.participants) == ["Emomali Rahmon", "Kassym-Jomart Tokayev"]


def test_meetings_told_after_a_series_on_the_sidelines_are_at_the_summit(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "ASEAN ministers gather in Jakarta\n\n"
        "JAKARTA, July 13, 2023 - Indonesian Foreign Minister Retno Marsudi opened the annual "
        "summit of Southeast Asian foreign ministers in Jakarta on Thursday.\n\n"
        "Chinese Foreign Minister Wang Yi spent the afternoon in a string of bilateral "
        "meetings on the sidelines. He met Vivian Balakrishnan and Ali Sabry separately, his "
        "ministry said.\n",
    )
    [sabry] = [m for m in found if "Ali Sabry" in {p.name for p in m.participants}]
    assert sabry.date == "2023-07-13"
    assert sabry.location is not None and sabry.location.name == "Jakarta"


def test_a_summit_someone_offers_to_host_is_not_held(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Tokayev calls Tamim\n\n"
        "ASTANA, May 6, 2025 - Kazakh President Kassym-Jomart Tokayev spoke by telephone "
        "with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, on Tuesday.\n\n"
        "The leaders also discussed the third Gulf Cooperation Council-Central Asia summit, "
        "which Kazakhstan has offered to host in Astana.\n",
    )
    assert [m.mode for m in found] == ["phone"]


def test_a_meeting_during_the_same_trip_is_on_the_day_of_the_trip_not_the_call(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Anwar calls the crown prince\n\n"
        "Thursday, April 10, 2025\n\n"
        "Malaysian Prime Minister Anwar Ibrahim telephoned Saudi Crown Prince Mohammed bin "
        "Salman on Wednesday to discuss the pilgrimage season.\n\n"
        "It was their first contact since Anwar's visit in late February, when the crown "
        "prince received him in Riyadh. During the same visit he also met the Emir of Qatar, "
        "Sheikh Tamim bin Hamad Al Thani, in Doha.\n",
    )
    [tamim] = [m for m in found if "Tamim bin Hamad Al Thani" in {p.name for p in m.participants}]
    assert tamim.date == "2025-02"


def test_a_month_inside_the_subjects_own_phrase_dates_it(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Petro calls Lula\n\n"
        "BOGOTA, March 12, 2025 - Colombian President Gustavo Petro spoke by telephone with "
        "Brazilian President Luiz Inacio Lula da Silva on Tuesday about the Amazon summit.\n\n"
        "The January visit produced an agreement on river patrols along the border.\n",
    )
    dates = sorted(str(m.date) for m in found)
    assert "2025-01" in dates


def test_a_clause_before_a_semicolon_keeps_no_day_of_the_clause_after(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "A year of visits\n\n"
        "Commentary | 20 December 2024\n\n"
        "The year was busy for the Spanish government and its partners.\n\n"
        "Most of it was spent on Europe. In May Giorgia Meloni came to Madrid for talks with "
        "Pedro Sanchez; in July Sanchez went to Berlin, where he held talks with Olaf Scholz "
        "on industry and defence.\n",
    )
    [meloni] = [m for m in found if "Giorgia Meloni" in {p.name for p in m.participants}]
    assert meloni.date != "2024-07"


def test_a_meeting_that_came_days_after_a_dated_one_is_counted_from_its_day(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Gulf leaders in Doha\n\n"
        "Doha (AFP) - The leaders of the Gulf met in Doha on Sunday for their annual summit, "
        "the region's first since the spring.\n\n"
        "The summit of the Gulf heads of state in Doha, hosted by Sheikh Tamim bin Hamad Al "
        "Thani, came eight days after Tamim and Saudi Crown Prince Mohammed bin Salman sat "
        "down with Narendra Modi in Riyadh on November 28, 2024 to discuss trade.\n",
    )
    [summit] = [
        m
        for m in found
        if "Tamim bin Hamad Al Thani" in {p.name for p in m.participants}
        and "Narendra Modi" not in {p.name for p in m.participants}
    ]
    assert summit.date == "2024-12-06"


def test_the_city_and_there_are_the_city_named_before(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "A year of guests\n\n"
        "Commentary | 18 December 2024\n\n"
        "Spring brought Asia and Europe to Bangkok within a month. On March 6 the city hosted "
        "Anwar Ibrahim for talks with Srettha Thavisin on the southern border. On March 28, "
        "Srettha received Olaf Scholz there, the first visit by a German chancellor in years.\n",
    )
    places = {
        next(p.name for p in m.participants if p.name != "Srettha Thavisin"): m.location
        for m in found
    }
    assert {k: v.name if v else None for k, v in places.items()} == {
        "Anwar Ibrahim": "Bangkok",
        "Olaf Scholz": "Bangkok",
    }


def test_one_said_to_be_among_those_received_was_received(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Ruto's year abroad\n\n"
        "Commentary | 20 December 2024\n\n"
        "It was a busy year for Kenyan diplomacy, and much of it was spent in Asia.\n\n"
        "In September President William Ruto was among the African leaders received by Xi "
        "Jinping at the Great Hall of the People in Beijing on September 4, ahead of the "
        "China-Africa forum.\n",
    )
    assert ["William Ruto", "Xi Jinping"] in parties(found)


def test_a_count_later_is_from_the_time_the_sentence_before_tells(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Boric hosts Boluarte\n\n"
        "SANTIAGO, May 6, 2025 - Chilean President Gabriel Boric held talks with Peruvian "
        "President Dina Boluarte in Santiago on Tuesday on migration and trade.\n\n"
        "Contacts between the two foreign ministries have been regular. The first round of "
        "consultations was held in Lima on May 10, 2022, co-chaired by two deputy ministers. "
        "Two months later, Boric received Peru's then President Pedro Castillo in Santiago.\n",
    )
    [castillo] = [m for m in found if "Pedro Castillo" in {p.name for p in m.participants}]
    assert castillo.date == "2022-07"
    # A count in the sentence of the meeting it follows is from that meeting.
    (tmp_path / "same").mkdir()
    found = occurred_meetings(
        tmp_path / "same",
        "Boric's year\n\n"
        "Commentary | 20 December 2024\n\n"
        "The year was busy for Chile's president after a quiet December 2023.\n\n"
        "Boric held talks with Lula in Brasilia in March 2024 and with Javier Milei in Buenos "
        "Aires a month later.\n",
    )
    [milei] = [m for m in found if "Javier Milei" in {p.name for p in m.participants}]
    assert milei.date == "2024-04"
    # ... and a count before two meetings of its sentence counts each from the time before.
    (tmp_path / "both").mkdir()
    found = occurred_meetings(
        tmp_path / "both",
        "Boric's year\n\n"
        "Commentary | 20 December 2024\n\n"
        "The year began in Europe. In February 2024 Boric toured Spain, and in Madrid Pedro "
        "Sanchez received him with full honours. A month later Lula welcomed him to Brasilia, "
        "and Javier Milei met him in Buenos Aires the same week.\n",
    )
    later = [m for m in found if "Pedro Sánchez" not in {p.name for p in m.participants}]
    assert [m.date for m in later] == ["2024-03", "2024-03"]


def test_holders_of_one_office_listed_by_country_met_together(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Xi hosts Central Asian leaders\n\n"
        "BEIJING, June 17, 2025 - Chinese President Xi Jinping hosted the Presidents of "
        "Kazakhstan, Kassym-Jomart Tokayev; Kyrgyzstan, Sadyr Japarov; Tajikistan, Emomali "
        "Rahmon; and Turkmenistan, Serdar Berdimuhamedov, for talks and a banquet on Tuesday.\n",
    )
    assert parties(found) == [
        [
            "Emomali Rahmon",
            "Kassym-Jomart Tokayev",
            "Sadyr Japarov",
            "Serdar Berdimuhamedov",
            "Xi Jinping",
        ]
    ]


def test_the_head_of_our_state_is_the_release_s_own_head_of_state(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Tokayev receives Italian industrialists\n\n"
        "12.03.2025, 16:40\n\n"
        "President Kassym-Jomart Tokayev received a delegation of Italian industrialists at "
        "the Akorda on Wednesday.\n\n"
        "Relations have grown since June 2023, when President Sergio Mattarella of Italy held "
        "talks with the head of our state in Astana on energy and transport.\n",
    )
    assert ["Kassym-Jomart Tokayev", "Sergio Mattarella"] in parties(found)


def test_a_meeting_is_in_the_city_the_sentence_before_opens_in(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Modi's tour ends in the Caribbean\n\n"
        "NEW DELHI, July 6, 2025 - Prime Minister Narendra Modi held talks with Ghanaian "
        "President John Dramani Mahama in Accra on Wednesday.\n\n"
        "The tour was the longest of his third term, and it was not all about trade.\n\n"
        "In Port of Spain, the mood was warmer still. On Friday Modi met Prime Minister Kamla "
        "Persad-Bissessar at the Red House, where the two sides signed six agreements on health "
        "and on the training of diplomats.\n",
    )
    [meeting] = [m for m in found if "Kamla Persad-Bissessar" in {p.name for p in m.participants}]
    assert meeting.location is not None and meeting.location.name == "Port of Spain"


def test_a_definite_meeting_its_when_clause_tells_is_that_one(tmp_path: Path) -> None:
    found = occurred_meetings(
        tmp_path,
        "Ruto and Zelensky speak\n\n"
        "NAIROBI, July 12, 2025 - President William Ruto spoke by telephone with Ukraine's "
        "President Volodymyr Zelensky on Friday about the war and grain exports.\n\n"
        "The first telephone conversation between a Kenyan and a Ukrainian president took "
        "place in March 2022, when Zelensky spoke to Uhuru Kenyatta about the grain crisis.\n",
    )
    calls = sorted((str(m.date), sorted(p.name for p in m.participants)) for m in found)
    assert calls == [
        ("2022-03", ["Uhuru Kenyatta", "Volodymyr Zelensky"]),
        ("2025-07-11", ["Volodymyr Zelensky", "William Ruto"]),
    ]


def test_a_town_in_a_part_of_a_country_is_placed_there_not_in_its_capital(
    tmp_path: Path,
) -> None:
    found = occurred_meetings(
        tmp_path,
        "Ministers recall the desert talks\n\n"
        "Published: June 12, 2024\n\n"
        "Jordanian Foreign Minister Ayman Safadi and Egyptian Foreign Minister Sameh Shoukry "
        "held talks at Wadi Feynan in southern Jordan on June 10, officials said. The two "
        "men spoke about the water projects that the two countries are planning and about "
        "the situation in the region, which both of them said was of great concern to them.\n\n"
        "A year earlier, Safadi had met Iraqi Foreign Minister Fuad Hussein in northern Jordan "
        "on 4 May 2023, the ministry added. It was the first time that the two of them had "
        "met since the start of the year.\n",
    )
    places = {
        tuple(sorted(p.name for p in e.participants)): e.location.name if e.location else None
        for e in found
    }
    assert places[("Ayman Safadi", "Sameh Shoukry")] == "Wadi Feynan"
    assert places[("Ayman Safadi", "Fuad Hussein")] != "Amman"


def test_the_meeting_after_one_recalled_is_that_one_when_its_party_is_named(
    tmp_path: Path,
) -> None:
    found = article_mentions(
        tmp_path,
        "call",
        "Wong and Mudavadi discuss trade by phone\n\n"
        "NAIROBI, July 1 (Reuters) - Australian Foreign Minister Penny Wong spoke by telephone "
        "on Monday with Kenya's Prime Cabinet Secretary Musalia Mudavadi, and the two "
        "discussed trade and security in the Indian Ocean, the ministry said.\n\n"
        "The call came two weeks after Kenya's trade envoy Rebecca Miano met Australian "
        "Trade Minister Don Farrell in Canberra on June 18.\n\n"
        "In a post on X after the meeting, Farrell wrote that the two had talked about "
        "farm exports and that he wanted to visit Nairobi later in the year.\n",
    )
    [referring] = [m for m in found if m.evidence.sentence_index == 3 and m.trigger == "meeting"]
    assert {p.name for p in referring.participants} == {"Rebecca Miano", "Don Farrell"}


def test_a_call_paid_at_the_hosts_official_residence_is_in_their_capital(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Leaders congratulate Ruto on his win\n\n"
        "LONDON/NAIROBI, Aug 16 (Reuters) - Foreign governments on Tuesday began to "
        "congratulate William Ruto on his victory in Kenya's presidential election, which "
        "the losing side has said it will challenge in court.\n\n"
        "Earlier in the day, the Chinese ambassador Zhou Pingjian called on Ruto at his "
        "official residence and conveyed the congratulations of the Chinese leadership.\n",
    )
    [call] = meetings
    assert call.location is not None and call.location.name == "Nairobi"


def test_a_country_visited_is_hosted_by_whom_the_visitor_signed_with_there(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Kenya and China mark ten years of the railway deal\n\n"
        "Published: May 12, 2024\n\n"
        "Officials in Nairobi said on Sunday that the railway had carried more freight than "
        "expected in its first years, and that both sides were now looking at an extension "
        "to the border with Uganda.\n\n"
        "Li Keqiang visited Nairobi in May 2014, the first visit by a Chinese premier in "
        "years, and signed agreements worth billions of dollars with Uhuru Kenyatta for the "
        "line.\n",
    )
    [visit] = meetings
    assert {p.name for p in visit.participants} == {"Li Keqiang", "Uhuru Kenyatta"}


def test_the_two_ministers_of_a_visit_are_the_two_people_of_its_occasion(
    tmp_path: Path,
) -> None:
    found = article_mentions(
        tmp_path,
        "visit",
        "Australian Foreign Minister visits Kenya, holds talks with Foreign Minister Alfred "
        "Mutua\n\n"
        "Nairobi, 12 June 2024\n\n"
        "Senator Penny Wong, Minister for Foreign Affairs of Australia, arrived in Nairobi "
        "this evening on an official visit to Kenya, the first by an Australian foreign "
        "minister in a decade. Foreign Minister Dr. Alfred Mutua welcomed the visiting "
        "Minister at the airport.\n\n"
        "The two Foreign Ministers held a tete-a-tete, followed by delegation-level talks "
        "at a hotel in the city.\n\n"
        "They reviewed trade, education and security in the Indian Ocean, and the state of "
        "the talks on an agreement on the movement of students between the two countries.\n\n"
        "The two Ministers agreed to hold the next round of consultations in Canberra at a "
        "mutually convenient time.\n",
    )
    [talks] = [m for m in found if m.trigger == "held"]
    assert talks.date is not None and talks.date.iso() == "2024-06-12"
    [agreed] = [m for m in found if m.type == EventType.AGREE]
    assert {p.name for p in agreed.participants} == {"Penny Wong", "Alfred Mutua"}


def test_a_meeting_told_again_on_the_same_day_as_another_keeps_its_own_day(
    tmp_path: Path,
) -> None:
    found = article_mentions(
        tmp_path,
        "call",
        "Wong and Mudavadi discuss trade by phone\n\n"
        "NAIROBI, July 1 (Reuters) - Australian Foreign Minister Penny Wong spoke by telephone "
        "on Monday with Kenya's Prime Cabinet Secretary Musalia Mudavadi, and the two "
        "discussed trade and security in the Indian Ocean, the ministry said.\n\n"
        "The call came two weeks after Kenya's trade envoy Rebecca Miano met Australian "
        "Trade Minister Don Farrell in Canberra on June 18. Miano, who was on an official "
        "visit to Australia from June 16 to 20, also held a separate meeting with the head of "
        "the farmers' federation.\n\n"
        "In a post on X after the meeting, Farrell wrote that the two had talked about farm "
        "exports.\n\n"
        "Miano's meeting with Farrell took place on the same day that Prime Minister Anthony "
        "Albanese hosted Indonesia's President Prabowo Subianto for lunch in Canberra, a "
        "development watched in Nairobi.\n",
    )
    [again] = [m for m in found if m.evidence.sentence_index == 5 and m.trigger == "meeting"]
    assert again.date is not None and again.date.iso() == "2025-06-18"


def test_what_was_agreed_at_a_meeting_its_sentence_dates_takes_that_day(
    tmp_path: Path,
) -> None:
    found = agreements(
        tmp_path,
        "Lakes states agree to boost cooperation\n\n"
        "Published: 2023-12-23 18:05\n\n"
        "KAMPALA, Dec. 23 (Xinhua) -- Top diplomats of Kenya, Uganda, Rwanda and Burundi agreed "
        "to boost cooperation at a ministerial coordination meeting held in the lakeside city "
        "of Kisumu on Saturday.\n\n"
        "The meeting focused on a plan to open the lake ports to the trade of all four "
        "countries and to link them by rail to the coast.\n",
    )
    [agreed] = found
    assert agreed.date == "2023-12-23"


def test_what_was_agreed_is_not_dated_by_a_meeting_recalled_before_it(tmp_path: Path) -> None:
    found = article_mentions(
        tmp_path,
        "recalled",
        "Ruto, Museveni agree to keep talking on the pipeline\n\n"
        "KAMPALA, May 26 Kyodo - Kenyan President William Ruto and Ugandan President Yoweri "
        "Museveni agreed Sunday to continue expert-level discussions on the oil pipeline, as "
        "Ruto pressed Kampala to lift its curbs on Kenyan milk.\n\n"
        "In their first formal talks since Museveni was sworn in for a new term, held in "
        "Kampala on the eve of a regional summit, the two leaders reaffirmed that they would "
        "deepen their trade ties.\n\n"
        "Ruto also held talks with Tanzanian President Samia Suluhu Hassan on Sunday at State "
        "House. The two leaders, who last met in Arusha in November on the sidelines of a "
        "regional forum, agreed to work together on events next year marking sixty years of "
        "ties.\n",
    )
    [later] = [m for m in found if m.type == EventType.AGREE and "sixty" in m.evidence.sentence]
    assert later.date is None or later.date.month != 11


def test_a_day_given_inside_the_month_a_sentence_names_dates_the_meeting(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Estonia's prime minister looks north\n\n"
        "Published: 14 January 2025\n\n"
        "Last month Michal hosted the two-day leaders' summit of the northern group in Tallinn "
        "on December 16-17, attended by UK Prime Minister Keir Starmer and the leaders of the "
        "other member countries, who all agreed that they would do more to protect the cables "
        "that run under the sea.\n",
        actor="Keir Starmer",
    )
    [summit] = meetings
    assert summit.date == "2024-12-16"


def test_the_two_holders_of_an_office_include_the_other_sides_holder_on_the_day(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Ruto arrives on state visit, Ugandan minister calls on him\n\n"
        "Kampala, Jun 21 (PTI) Kenyan President William Ruto arrived here on Friday on a "
        "two-day state visit, and Ugandan Foreign Minister Jeje Odongo called on him at his "
        "hotel in the evening.\n\n"
        "The two presidents last held formal bilateral talks in September, on the sidelines "
        "of a regional summit hosted by Tanzania, officials said.\n",
    )
    [earlier] = [m for m in meetings if m.date is not None and m.date.endswith("-09")]
    assert {p.name for p in earlier.participants} == {"William Ruto", "Yoweri Museveni"}


def test_the_two_sides_are_the_two_people_their_own_sentence_named_of_no_known_country(
    tmp_path: Path,
) -> None:
    deals = agreements(
        tmp_path,
        "Spokesperson's regular briefing\n\n"
        "Published: 3 July 2024\n\n"
        "Spokesperson Lin Jian said President Xi Jinping held talks with President Luiz Inacio "
        "Lula da Silva in Beijing on Monday.\n\n"
        "Asked about electric vehicles, Lin said that on July 1, Minister of Commerce Wang "
        "Wentao and Executive Vice-President of the European Commission Valdis Dombrovskis "
        "held talks by video link, and the two sides agreed to begin consultations on the "
        "duties.\n",
    )
    [deal] = [d for d in deals if str(d.date) == "2024-07-01"]
    assert {"Wang Wentao", "Valdis Dombrovskis"} <= {p.name for p in deal.participants}
    assert "Xi Jinping" not in {p.name for p in deal.participants}


def test_before_the_ceremony_is_not_before_a_meeting_recalled_in_passing(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Merz puts a brigade on the eastern flank\n\n"
        "Published: 22 May 2025\n\n"
        "VILNIUS — German Chancellor Friedrich Merz stood in the rain on Cathedral Square on "
        "Thursday and put a German brigade on permanent duty outside Germany for the first "
        "time.\n\n"
        "Merz had last met Nausėda in Berlin on 12 March, when the Lithuanian president came "
        "to discuss the barracks.\n\n"
        "Before the ceremony, Merz held talks with President Gitanas Nausėda at the "
        "presidential palace, where the conversation turned to the NATO summit.\n",
    )
    assert sorted((str(e.date), e.location.name if e.location else None) for e in meetings) == [
        ("2025-03-12", "Berlin"),
        ("None", "Vilnius"),
    ]


def test_an_object_pronoun_the_only_person_named_cannot_be_keeps_the_one_followed(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Samia's years abroad\n\n"
        "Analysis | 20 October 2025\n\n"
        "When Samia Suluhu Hassan took office in March 2021, few foreign leaders came to Dar es "
        "Salaam and the president herself rarely travelled.\n\n"
        "US Vice President Kamala Harris was received at State House on 30 March 2023 and "
        "publicly called her a reformer, a word the opposition now disputes.\n\n"
        "In April 2024 she travelled to Ankara for talks with Recep Tayyip Erdoğan.\n",
    )
    [ankara] = [e for e in meetings if e.location and e.location.name == "Ankara"]
    assert sorted(p.name for p in ankara.participants) == [
        "Recep Tayyip Erdoğan",
        "Samia Suluhu Hassan",
    ]


def test_a_month_without_its_year_after_an_opening_year_with_no_comma_is_of_that_year(
    tmp_path: Path,
) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "The president's travels\n\nPublished: 20 October 2025\n\n"
        "In 2024 President Samia Suluhu Hassan travelled to Ankara in April for talks with "
        "Recep Tayyip Erdoğan.\n",
        actor="Recep Tayyip Erdoğan",
    )
    assert [e.date for e in meetings] == ["2024-04"]


def test_hours_earlier_is_on_the_day_of_the_meeting_just_told(tmp_path: Path) -> None:
    meetings = occurred_meetings(
        tmp_path,
        "Emperor receives Chilean president\n\n"
        "Tokyo, Aug 8 (EFE).- Emperor Naruhito received Chilean President Gabriel Boric in "
        "audience at the Imperial Palace in Tokyo on Friday, the Chilean presidency said.\n\n"
        "The emperor, who speaks Spanish, talked with the president without an interpreter "
        "and recalled his own travels in South America as a young man.\n\n"
        "Hours earlier, Boric had met Prime Minister Shigeru Ishiba, in talks on copper and "
        "investment.\n",
    )
    by_host = {
        next(p.name for p in e.participants if p.name != "Gabriel Boric"): e for e in meetings
    }
    audience, talks = by_host["Emperor Naruhito"], by_host["Shigeru Ishiba"]
    assert talks.date is not None and talks.date == audience.date
    assert talks.location is not None and talks.location.name == "Tokyo"
