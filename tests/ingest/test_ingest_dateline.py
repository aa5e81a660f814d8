"""Datelines: place, date text as written and agency, from the start of the body."""

from __future__ import annotations

import pytest

from parley.ingest.dateline import parse_dateline


@pytest.mark.parametrize(
    ("opening", "place", "date_text", "agency"),
    [
        ("Moscow, 9 Sep (ZXS) -- Russia's foreign minister", "Moscow", "9 Sep", "ZXS"),
        # A listed city in mixed case before a spaced dash, with no date or agency.
        ("Vientiane – Lao Prime Minister Sonexay said", "Vientiane", None, None),
        ("Nairobi - Kenyan President William Ruto", "Nairobi", None, None),
        ("MOSCOW, Sept 18 (Reuters) - Russia said", "Moscow", "Sept 18", "Reuters"),
        ("Moscow [Russia], September 19 (ANI): Russian", "Moscow", "September 19", "ANI"),
        ("BEIJING, Sept. 19 (Xinhua) -- Chinese", "Beijing", "Sept. 19", "Xinhua"),
        ("WASHINGTON (AP) — The United States", "Washington", None, "AP"),
        ("Beijing, 19 September (TASS) – Chinese", "Beijing", "19 September", "TASS"),
        ("MOSCOW, September 19. /TASS/. Russian", "Moscow", "September 19", "TASS"),
        ("ASTANA. KAZINFORM – Kazakh Deputy Prime Minister", "Astana", None, "KAZINFORM"),
        ("ASTANA, March 6. KAZINFORM - The minister", "Astana", "March 6", "KAZINFORM"),
        (
            "PRESS RELEASE | Gaborone, Thursday 29th February",
            "Gaborone",
            "Thursday 29th February",
            None,
        ),
        ("Communiqué No. 52 | Quito, April 18", "Quito", "April 18", None),
        ("NEW DELHI: External Affairs Minister", "New Delhi", None, None),
        ("KYIV, Ukraine (AP) — Ukraine's president", "Kyiv", None, "AP"),
        ("KAZAN, Russia, Oct 23 (AP) - Indian", "Kazan", "Oct 23", "AP"),
        ("CAMP DAVID, Md. (AP) — President", "Camp David", None, "AP"),
        ("NEW YORK, N.Y. (AP) — The", "New York", None, "AP"),
        ("ST. PETERSBURG, June 5 (Reuters) - Leaders", "St. Petersburg", "June 5", "Reuters"),
        ("RIO DE JANEIRO, Nov 18 (Reuters) - Leaders", "Rio de Janeiro", "Nov 18", "Reuters"),
        (
            "UNITED NATIONS, Sept 19, 2023 (Reuters) - x",
            "United Nations",
            "Sept 19, 2023",
            "Reuters",
        ),
        ("NEW YORK, Sept 20 -- The ministers", "New York", "Sept 20", None),
        ("KAZAN, 23rd October, 2024 (WAM) -- The", "Kazan", "23rd October, 2024", "WAM"),
        ("Bogotá, 5 de mayo de 2025 - The Ministry", "Bogotá", "5 May 2025", None),
        (
            "Riyadh, Rabi al-Awwal 26, 1445, October 11, 2023, SPA -- His Royal",
            "Riyadh",
            "October 11, 2023",
            "SPA",
        ),
        ("YAOUNDÉ, 14 février 2025 (AFP) - The", "Yaoundé", "14 February 2025", "AFP"),
        (
            "Suva, Tuesday 10th September, 2024 - Cabinet met",
            "Suva",
            "Tuesday 10th September, 2024",
            None,
        ),
        ("Santiago de Chile, Apr 7 (EFE).- Uruguayan", "Santiago de Chile", "Apr 7", "EFE"),
        # Figures are read day first, unless the first number cannot be a month.
        ("Nouakchott, 18/04/2024 - The President", "Nouakchott", "18 April 2024", None),
        ("Athens, 07/12/2023 - The Prime Minister", "Athens", "7 December 2023", None),
        ("Lima, 04/18/2024 - The", "Lima", "18 April 2024", None),
        # A place and a day alone on the line above the text.
        ("Havana, April 6", "Havana", "April 6", None),
        # ... or a place alone, in capitals as datelines are.
        ("ROME", "Rome", None, None),
        ("YEREVAN, ARMENPRESS. Minister of Foreign Affairs", "Yerevan", None, "ARMENPRESS"),
        # A region after the place, then a plain hyphen.
        ("DAVAO CITY, Philippines - President Marcos met", "Davao City", None, None),
        # The agency after the date, in the sentence or alone on its line.
        ("TBILISI, MARCH 3, ARMENPRESS. The two", "Tbilisi", "March 3", "ARMENPRESS"),
        ("Ganja, May 28, AZERTAC", "Ganja", "May 28", "AZERTAC"),
        # The country in brackets, as EFE writes it.
        ("Braga (Portugal), Mar 2 (EFE).- The two", "Braga", "Mar 2", "EFE"),
        # A full stop after the place, as Interfax and BelTA write it.
        ("Minsk. 12 March (BelTA) - The two presidents", "Minsk", "12 March", "BelTA"),
        # The region in brackets right before the agency's, with no date.
        ("Lyon (France) (AFP) - The two ministers", "Lyon", None, "AFP"),
        # The agency first, as ANSA writes it, with the month in capitals.
        ("(ANSA) - MILAN, FEB 12 - The minister", "Milan", "Feb 12", "ANSA"),
        ("(ANSA) - THE HAGUE - The minister", "The Hague", None, "ANSA"),
        # A region and a dash, with no date or agency.
        ("THE HAGUE, Netherlands — The leaders", "The Hague", None, None),
        ("GENEVA, Switzerland — The envoys", "Geneva", None, None),
        # Kyodo's name after the date, without brackets.
        ("OSAKA, April 2 Kyodo - Prime Minister", "Osaka", "April 2", "Kyodo"),
        # ... alone on its line above the text.
        ("SAPPORO, May 9 Kyodo -", "Sapporo", "May 9", "Kyodo"),
        # A month in lower case, the agency closed by a full stop, as Andina writes it.
        ("Lima, jul. 4 (ANDINA). The President met", "Lima", "Jul. 4", "ANDINA"),
        # An issuer and its seat in brackets before the first sentence.
        (
            "(OECS Commission, Morne Fortune, Castries, Saint Lucia) The Authority met",
            "Morne Fortune",
            None,
            "OECS Commission",
        ),
        (
            "(Office of the Prime Minister, Kingston, Jamaica) The Prime",
            "Kingston",
            None,
            "Office of the Prime Minister",
        ),
        # An agency's name with an accent.
        ("RECIFE, 3 Mar (Agência Brasil) - The governor", "Recife", "3 Mar", "Agência Brasil"),
        # A report filed from two places keeps both: neither alone is where it was written.
        (
            "Oslo/Kyiv, May 6 (NTB-correspondent) - Norway's",
            "Oslo/Kyiv",
            "May 6",
            "NTB-correspondent",
        ),
        ("BRUSSELS/KYIV, March 4 (Reuters) - The", "Brussels/Kyiv", "March 4", "Reuters"),
        # A place in capitals with its country and a colon, as the Daily News writes it.
        ("SEOUL, South Korea: TANZANIA and Korea signed", "Seoul", None, None),
        # The hour of filing before a year-less dateline alone on its line, as Andina's site
        # prints it, with the region named in brackets.
        ("18:20 | Quito, Oct. 9.", "Quito", "Oct. 9", None),
        ("07:45 | Cusco (Cusco region), Feb. 3.", "Cusco", "Feb. 3", None),
        ("Arequipa (Arequipa region), May 18.", "Arequipa", "May 18", None),
        # A release's dated dateline closed with a full stop.
        ("Bern, 3 March 2025. The Federal Council", "Bern", "3 March 2025", None),
        ("Oslo, Friday, May 9, 2025. Prime Minister", "Oslo", "Friday, May 9, 2025", None),
    ],
)
def test_parse_dateline(
    opening: str, place: str, date_text: str | None, agency: str | None
) -> None:
    dateline = parse_dateline(opening)
    assert dateline is not None
    assert (dateline.place, dateline.date_text, dateline.agency) == (place, date_text, agency)
    # The match ends where the first sentence begins.
    assert opening[dateline.end :][:1].isalpha() or opening[dateline.end :] == ""


@pytest.mark.parametrize(
    "opening",
    [
        "Lavrov: we will talk again soon.",
        "Russia - China talks were held on Monday.",
        "Meanwhile, Sept 18 (Reuters) - the talks",
        "The minister said - in a statement - that",
        "Foreign Minister Sergei Lavrov met Wang Yi on Sept 18 (Reuters) - x",
        "Moscow said it was ready for talks.",
        "Press release | The two ministers agreed to meet again",
        "Friday, May 16",
        "Press Statement",
        "Russia, NATO. The talks went on.",
        "BRUSSELS, March 3, NATO allies agreed on Monday.",
        "OPINION: Every visitor to the Kremlin came home with a photograph",
        "ANALYSIS - The summit changed little",
        "LIVE: Leaders gather in Samoa",
        "THIS WEEK: IRAN",
        "THE BIG PICTURE: Talks resume",
        "Lavrov, Wang — the two men met",
        "Israel/Gaza: the war goes on",
        # (Only with its year: "Vienna, 16 June." may open a list.)
        "Vienna, 16 June. The talks",
        # An hour before a place with no day is no dateline.
        "18:20 | Quito",
        "10:05 | The talks resumed",
        # A weekday is no place.
        "Wednesday, 21 June - 07:55",
        "In Vienna, 16 June 2025. The talks",
        # A person, or a city run into the sentence, is no dateline.
        "Sonexay Siphandone – the host – opened the summit",
        "Vientiane-based diplomats said the talks went well",
        "(AP) - the talks resumed",
        # Brackets that name no issuer.
        "(Mottley, Bridgetown, Barbados) The chair said",
        "They met in Moscow. Aug 21 was the day - he said",
        # A place alone in title case is a heading.
        "Rome",
        # An issuer's name in capitals over its release is no place.
        "HOLY SEE PRESS OFFICE",
        "MINISTRY OF FOREIGN AFFAIRS",
    ],
)
def test_sentences_are_not_datelines(opening: str) -> None:
    assert parse_dateline(opening) is None
