"""Publication stamps: the forms news sites print, parsed to the minute and zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from parley.ingest.metadata_lines import classify_metadata_line, is_byline, parse_stamp
from parley.ingest.timestamps import parse_timestamp

WIB = timezone(timedelta(hours=7))


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published: Sep 19, 2023 09:27 PM", datetime(2023, 9, 19, 21, 27)),
        ("2024.09.11 11:30 GMT+8", datetime(2024, 9, 11, 11, 30, tzinfo=tz(8))),
        ("Updated 2024.09.11 11:30 GMT+8", datetime(2024, 9, 11, 11, 30, tzinfo=tz(8))),
        ("Updated: 2023-09-19 21:27", datetime(2023, 9, 19, 21, 27)),
        ("September 19, 2023", datetime(2023, 9, 19)),
        ("2023-09-19T21:27:00Z", datetime(2023, 9, 19, 21, 27, tzinfo=tz(0))),
        ("2023-09-19T21:27:00+03:00", datetime(2023, 9, 19, 21, 27, tzinfo=tz(3))),
        ("Tuesday, 19 September 2023 14:05 MSK", datetime(2023, 9, 19, 14, 5, tzinfo=tz(3))),
        ("Aug. 3, 2024, 9:27 p.m.", datetime(2024, 8, 3, 21, 27)),
        ("12:04 AM, 5 March 2024", datetime(2024, 3, 5, 0, 4)),
        ("19.09.2023 10:00", datetime(2023, 9, 19, 10, 0)),
        ("Sept 2, 2023 18:40 IST", datetime(2023, 9, 2, 18, 40, tzinfo=tz(5.5))),
        ("2023/09/19 08:00 UTC-04:00", datetime(2023, 9, 19, 8, 0, tzinfo=tz(-4))),
        ("August 31st, 2023", datetime(2023, 8, 31)),
        ("17/04/2023 10:05", datetime(2023, 4, 17, 10, 5)),
        ("04/17/2023", datetime(2023, 4, 17)),
        ("CGTN | Updated 20:41, 11-Jan-2025", datetime(2025, 1, 11, 20, 41)),
        ("June, 23, 2025 - 14:20", datetime(2025, 6, 23, 14, 20)),
    ],
)
def test_parse_timestamp_reads_common_forms(text: str, expected: datetime) -> None:
    assert parse_timestamp(text) == expected


@pytest.mark.parametrize(
    "text",
    ["19 September", "Sept 18", "no date here", "2023-02-30", "Feb 30, 2023", "05/04/2023"],
)
def test_parse_timestamp_refuses_partial_or_impossible_dates(text: str) -> None:
    assert parse_timestamp(text) is None


def test_impossible_clock_is_ignored_but_date_kept() -> None:
    assert parse_timestamp("2023.01.01 99:99") == datetime(2023, 1, 1)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Published: Sep 19, 2023 09:27 PM", "published"),
        ("Posted on September 19, 2023", "published"),
        ("Last updated: 2023-09-19 21:27", "updated"),
        ("Updated 2024.09.11 11:30 GMT+8", "updated"),
        ("2023-09-19T21:27:00Z", "unlabelled"),
        ("Tuesday, September 19, 2023", "unlabelled"),
        # Sky News names the country whose clock it is.
        ("Monday 18 November 2024 23:40, UK", "unlabelled"),
        # A wire's page prints the word after its stamp.
        ("April 11, 2025 4:52 PM GMT+8 Updated", "unlabelled"),
    ],
)
def test_parse_stamp_labels(line: str, kind: str) -> None:
    stamp = parse_stamp(line)
    assert stamp is not None
    assert stamp.kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "The talks were held on September 19, 2023 in Geneva.",
        "Published reports said the meeting took place on Sep 19, 2023.",
        "Lavrov arrived in Pyongyang on 2024.06.18 at 10:00 local time for talks",
    ],
)
def test_sentences_with_dates_are_not_stamps(line: str) -> None:
    assert parse_stamp(line) is None
    assert classify_metadata_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe",
        "BY JANE DOE",
        "By Jane Doe and John Roe",
        "By Jane Doe, staff correspondent",
        "By Mary T.",
        "Author: Anita Rao",
        "By the Berlin Brief",
    ],
)
def test_bylines(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Monday the ministers had agreed on a text",
        "By contrast, the talks in Cairo stalled.",
        "By the end of the visit, both sides signed three agreements.",
        "By the time the ministers met",
    ],
)
def test_sentences_starting_with_by_are_not_bylines(line: str) -> None:
    assert not is_byline(line)


def test_combined_byline_and_stamp_line_is_metadata() -> None:
    found = classify_metadata_line("By Jane Doe | Updated: 2023-09-19 21:27")
    assert found is not None
    assert [s.kind for s in found.stamps] == ["updated"]
    assert found.stamps[0].value == datetime(2023, 9, 19, 21, 27)


@pytest.mark.parametrize(
    "line",
    [
        "Written: 2024-03-05 08:14:52 Updated: 2024-03-05 09:30:07",
        "Input : 2024.03.05 08:14  Updated : 2024.03.05 09:30",
    ],
)
def test_korean_sites_written_and_input_labels_are_publication_stamps(line: str) -> None:
    found = classify_metadata_line(line)
    assert found is not None
    assert [(s.kind, s.value.date()) for s in found.stamps] == [
        ("published", datetime(2024, 3, 5).date()),
        ("updated", datetime(2024, 3, 5).date()),
    ]


def test_input_beginning_a_sentence_is_no_stamp() -> None:
    assert classify_metadata_line("Input from the provinces was sought on 5 March 2024.") is None


def test_outlet_and_day_first_slashed_stamp_line_is_metadata() -> None:
    found = classify_metadata_line("Agencia Nacional | 17/04/2023 10:05")
    assert found is not None
    assert found.stamps[0].value == datetime(2023, 4, 17, 10, 5)


def test_a_byline_a_dash_and_a_date_without_a_space_after_its_comma_is_metadata() -> None:
    found = classify_metadata_line("By AFP - Jun 4,2024 - Last updated at Jun 5,2024")
    assert found is not None
    assert [(s.kind, s.value.date()) for s in found.stamps] == [
        ("unlabelled", datetime(2024, 6, 4).date()),
        ("updated", datetime(2024, 6, 5).date()),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [("11-03-2024 | 16:40", datetime(2024, 3, 11)), ("23-04-2024", datetime(2024, 4, 23))],
)
def test_a_dashed_day_first_stamp_line_is_metadata(line: str, expected: datetime) -> None:
    found = classify_metadata_line(line)
    assert found is not None
    assert found.stamps[0].value.date() == expected.date()


def test_a_weekday_set_apart_from_its_date_is_part_of_the_stamp() -> None:
    found = classify_metadata_line("Published: Friday | June 7, 2024 | 6:41 PM")
    assert found is not None
    assert [(s.kind, s.value.date()) for s in found.stamps] == [
        ("published", datetime(2024, 6, 7).date())
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Comunicado de la Presidencia de México, 3 de febrero de 2025", datetime(2025, 2, 3)),
        ("Planalto Palace, Brasília, 2 March 2023", datetime(2023, 3, 2)),
        ("Paris, 14 février 2025", datetime(2025, 2, 14)),
        # Nordic sites writing in English keep their own labels and months.
        ("Publisert 28.10.2024 kl. 20:31", datetime(2024, 10, 28, 20, 31)),
        ("29. október 2024 kl. 13:05", datetime(2024, 10, 29, 13, 5)),
        ("Publicerad 11 januari 2024", datetime(2024, 1, 11)),
        ("Publicerad 8 november 2022 kl 19.02", datetime(2022, 11, 8, 19, 2)),
        # So do South Slavic ones.
        ("21. avgust 2024. 14:05", datetime(2024, 8, 21, 14, 5)),
        ("Zagreb, 3. prosinca 2023.", datetime(2023, 12, 3)),
        # And West Slavic ones, German, Dutch and Italian.
        ("14. dubna 2024 09:30", datetime(2024, 4, 14, 9, 30)),
        ("2. októbra 2023 17:45", datetime(2023, 10, 2, 17, 45)),
        ("19 września 2024", datetime(2024, 9, 19)),
        ("Wien, 12. März 2024", datetime(2024, 3, 12)),
        ("Den Haag, 7 mei 2024", datetime(2024, 5, 7)),
        ("Roma, 3 giugno 2025", datetime(2025, 6, 3)),
        # A government site's kind of page before its date.
        ("News item | 10-09-2025 | 22:10", datetime(2025, 9, 10)),
        # Issuers whose names hold two particles in a row, then the kind of document.
        (
            "Government of Chile | Presidency of the Republic | Press release | 4 June 2024",
            datetime(2024, 6, 4),
        ),
        # The issuer, its numbered release, then the place and date of the release.
        (
            "Foreign Ministry | Press Release No. 041 | Santiago, March 4, 2024",
            datetime(2024, 3, 4),
        ),
        ("Press release 97 | 4 March 2024", datetime(2024, 3, 4)),
        ("Julkaistu 28.10.2024 klo 19.05", datetime(2024, 10, 28, 19, 5)),
        # So do Spanish, Portuguese, French and Italian ones.
        ("Publicado: 04/07/2024 | 14:35", datetime(2024, 7, 4)),
        ("Atualizado em 09/07/2024", datetime(2024, 7, 9)),
        ("Publié le 14.02.2025 à 09:12", datetime(2025, 2, 14, 9, 12)),
        ("Pubblicato il 12/03/2024 - 18:42", datetime(2024, 3, 12, 18, 42)),
        # Romanian, Dutch, Polish and Czech ones.
        ("Data publicării: 12.06.2025 07:55", datetime(2025, 6, 12, 7, 55)),
        ("Publicat la 12.06.2025 07:55", datetime(2025, 6, 12, 7, 55)),
        ("Gepubliceerd op 7 mei 2024", datetime(2024, 5, 7)),
        ("Opublikowano: 19.09.2024, 10:15", datetime(2024, 9, 19, 10, 15)),
        ("Publikováno: 14. dubna 2024 09:30", datetime(2024, 4, 14, 9, 30)),
        ("Press release 28.10.2024 19:05", datetime(2024, 10, 28, 19, 5)),
        (
            "Monday, 29 May 2023 10:46 AM  [ Last Update: Monday, 29 May 2023 11:20 AM ]",
            datetime(2023, 5, 29, 10, 46),
        ),
        ("Wednesday 15 Shawwal 1445 AH - 24 April 2024", datetime(2024, 4, 24)),
        ("Published: 24 April 2024 | 15 Shawwal 1445H", datetime(2024, 4, 24)),
        ("Tehran, 13 Esfand 1403 (3 March 2025)", datetime(2025, 3, 3)),
        ("Dar es Salaam, 31 October 2023", datetime(2023, 10, 31)),
        # A header stamp in slashes is read day first: sites that print the month first
        # write its name.
        ("Athens, 07/12/2023", datetime(2023, 12, 7)),
        ("Published: 01/11/2023", datetime(2023, 11, 1)),
        ("Mert Aydin  | 18.10.2024 - Update : 18.10.2024", datetime(2024, 10, 18)),
        # A time whose zone carries its offset beside the date.
        ("June 4, 2024 | 10:41 PM GMT+2", datetime(2024, 6, 4)),
        ("By Dana Omarova in Diplomacy on 24 May 2024", datetime(2024, 5, 24)),
        ("Tuesday, 5 September 2023 19:36 WIB", datetime(2023, 9, 5, 19, 36, tzinfo=WIB)),
        ("Posted On: 14 JUL 2022 7:02PM by PIB Delhi", datetime(2022, 7, 14, 19, 2)),
        # A blog naming itself after the stamp, with its article.
        ("Posted on Friday, 15 August 2025 by the Berlin Brief", datetime(2025, 8, 15)),
        # ... or its editors, with what kind of outlet it is.
        (
            "Posted on 10 December 2025 by the editors of Nairobi Notes (blog)",
            datetime(2025, 12, 10),
        ),
        # The outlet's name before the stamp, its section after.
        ("NIPPON WIRE - Feb 9, 2024 - 07:45 | Politics", datetime(2024, 2, 9, 7, 45)),
        ("NIPPON WIRE - Feb 9, 2024 - 07:45 | Politics, Asia", datetime(2024, 2, 9, 7, 45)),
        ("Harbour Times - 3 May 2023", datetime(2023, 5, 3)),
        ("No. 27 | Monday, 11 July 2022", datetime(2022, 7, 11)),
        ("Issue 112 | 1 July 2022", datetime(2022, 7, 1)),
        # A two-digit year is read when a number above 12 tells the day from the month.
        ("Published: 07.15.22, 00:48", datetime(2022, 7, 15, 0, 48)),
        ("Updated: 15.07.22 09:10", datetime(2022, 7, 15, 9, 10)),
        # Unlabelled too, as a header line.
        ("17.01.24 | 05:30", datetime(2024, 1, 17)),
        (
            "Issued on: 03/07/2025 - 16:45 Modified: 03/07/2025 - 18:10",
            datetime(2025, 7, 3, 16, 45),
        ),
        # A second, labelled update stamp after two spaces.
        (
            "Thu Jul 3, 2025 12:00 AM  Last update on: Thu Jul 3, 2025 01:37 AM",
            datetime(2025, 7, 3, 0, 0),
        ),
        (
            "Published on 03/07/2025 - 14:05 GMT+2 •Updated 15:20",
            datetime(2025, 7, 3, 14, 5, tzinfo=tz(2)),
        ),
        ("July 3, 2025 4:05 PM 2 min read", datetime(2025, 7, 3, 16, 5)),
        ("Published Jul 3, 2025 • Last updated 6:40 p.m. EDT", datetime(2025, 7, 3)),
        ("03.07.2025 | 14:05", datetime(2025, 7, 3)),
        ("Jakarta | Fri, May 30, 2025 | 08:15 am", datetime(2025, 5, 30)),
        ("First published on Thu 3 Jul 2025 14.05 BST", datetime(2025, 7, 3, 14, 5, tzinfo=tz(1))),
        (
            "July 3, 2025 4:05 PM GMT+2 Updated 2 hours ago",
            datetime(2025, 7, 3, 16, 5, tzinfo=tz(2)),
        ),
        ("2025-07-03 14:05:00 +0200", datetime(2025, 7, 3, 14, 5, tzinfo=tz(2))),
        # Antara's way of writing Jakarta's offset: seven hours and no minutes.
        ("November 12, 2025 20:14 GMT+700", datetime(2025, 11, 12, 20, 14, tzinfo=tz(7))),
        # The city whose clock the time is on, and a second, update time.
        (
            "Published on March 4, 2024, at 9:10 am (Paris), updated at 11:02 am",
            datetime(2024, 3, 4, 9, 10),
        ),
        ("Last updated: 14/02/2024 - 18:30 (Brussels)", datetime(2024, 2, 14, 18, 30)),
        ("March 4, 2024 9:10 AM · 5 min read", datetime(2024, 3, 4, 9, 10)),
        ("12 Feb 2024, 10:40 - By Ana Lopes/Lusa", datetime(2024, 2, 12, 10, 40)),
        # A full stop after the day, as German sites write it.
        ("VIENNA, 12. FEB 2024, 08:15", datetime(2024, 2, 12, 8, 15)),
        # The update in brackets; a Romance weekday before a Romance date, after a place.
        ("Mar 4, 2024 (Updated Mar 5, 2024)", datetime(2024, 3, 4)),
        ("Buenos Aires · jueves, 7 de marzo de 2024 · 10:05", datetime(2024, 3, 7)),
        ("Recife, sexta-feira, 8 de março de 2024", datetime(2024, 3, 8)),
        ("Lyon, vendredi 8 mars 2024", datetime(2024, 3, 8)),
        # The country in brackets after the town, as a government's release writes it abroad.
        ("Kisumu (Kenya), Friday 8 March 2024", datetime(2024, 3, 8)),
        # An ISO day with its clock after "at".
        ("2024-03-08 at 18:30", datetime(2024, 3, 8, 18, 30)),
        # An update stamp after a comma, and an update's day without its year.
        (
            "Posted Mon 4 Mar 2024 at 8:05pm, updated Mon 4 Mar 2024 at 9:40pm",
            datetime(2024, 3, 4, 20, 5),
        ),
        # An agency's sign-off closing the dispatch.
        ("(ANGOP) 25/01/2023 19:10", datetime(2023, 1, 25, 19, 10)),
        (
            "Posted: Mar 04, 2024 2:15 PM EST | Last Updated: March 4",
            datetime(2024, 3, 4, 14, 15, tzinfo=tz(-5)),
        ),
    ],
)
def test_issuer_or_place_then_date_lines_are_metadata(line: str, expected: datetime) -> None:
    found = classify_metadata_line(line)
    assert found is not None
    assert found.stamps[0].value == expected


@pytest.mark.parametrize(
    "line",
    [
        "Published: 07.05.22",
        "No. 27",
        "07.15.22 the talks resumed",
        "Issue 5 | talks",
        "3 min read",
        "The talks took three hours | 14:05",
        "Lavrov issued a statement on 3 July 2025",
        "Updated 2 hours ago",
        "Talks ran 14.05 hours",
        "The talks ended at 14:05 (Paris)",
        "March 4, 2024 - the talks (Paris)",
        "Talks of the · 9 April 2024",
        "Recife, the talks, 8 de março de 2024",
        "Last Updated: March 4",
        "(AFP) 25 talks were held",
        "Posted: Mar 04, 2024 2:15 PM EST | Updated March the talks",
        "Monday | The talks ran late",
        "Reuters - Kyiv said on 3 March 2024 it would talk",
        "the talks - 3 May 2023",
        "He met (briefly), 3 May 2023",
    ],
)
def test_ambiguous_or_bare_stamp_parts_are_no_metadata(line: str) -> None:
    assert classify_metadata_line(line) is None


def test_a_byline_ending_in_prose_is_no_stamp_line() -> None:
    assert classify_metadata_line("By the way, talks resumed on 24 May 2024") is None


def test_a_sentence_ending_in_a_date_is_no_place_and_date_line() -> None:
    assert classify_metadata_line("Moscow, the Kremlin said on 3 March 2023.") is None


def test_a_byline_naming_no_one_is_metadata_beside_a_stamp() -> None:
    found = classify_metadata_line(
        "By staff reporters in Tashkent | Daily Post | Updated: 2025-05-02 08:30"
    )
    assert found is not None
    assert [s.value.date() for s in found.stamps] == [datetime(2025, 5, 2).date()]
    assert is_byline("By our correspondent in Kabul")
    assert not is_byline("By a margin of two votes")


@pytest.mark.parametrize(
    ("line", "metadata"),
    [
        # The kind of document beside its issuer.
        ("Press release | EEAS Press Team", True),
        ("Joint statement | Ministry of Foreign Affairs", True),
        # A bare issuer with no stamp and no kind of document may be a headline's subject.
        ("EEAS Press Team", False),
    ],
)
def test_a_document_kind_beside_its_issuer_is_metadata(line: str, metadata: bool) -> None:
    assert (classify_metadata_line(line) is not None) == metadata


def test_a_blog_stamp_beside_its_name_and_the_kind_of_page_is_metadata() -> None:
    found = classify_metadata_line("Posted on 2 June 2025 | The Harbour Ledger (commentary)")
    assert found is not None
    assert [s.value.date() for s in found.stamps] == [datetime(2025, 6, 2).date()]
    assert classify_metadata_line("Posted on 2 June 2025 | The Harbour Ledger (and more)") is None


@pytest.mark.parametrize(
    "line",
    ["Cabinet Briefing – live | 30 October 2025", "Election Night live blog | 30 October 2025"],
)
def test_a_live_page_named_beside_its_stamp_is_metadata(line: str) -> None:
    found = classify_metadata_line(line)
    assert found is not None
    assert [s.value.date() for s in found.stamps] == [datetime(2025, 10, 30).date()]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published on 14/09/2025 07h45", datetime(2025, 9, 14, 7, 45)),
        ("Publicado em 14/09/2025 às 18h05", datetime(2025, 9, 14, 18, 5)),
        ("Published: 2025-09-14 07:45 GMT", datetime(2025, 9, 14, 7, 45, tzinfo=UTC)),
        (
            "2025-09-14 07:45 UTC+3",
            datetime(2025, 9, 14, 7, 45, tzinfo=timezone(timedelta(hours=3))),
        ),
    ],
)
def test_a_clock_written_with_h_or_an_iso_stamp_with_its_zone_is_a_stamp(
    line: str, expected: datetime
) -> None:
    found = classify_metadata_line(line)
    assert found is not None
    assert [s.value for s in found.stamps] == [expected]


def test_an_unknown_word_after_an_iso_stamp_keeps_the_line_from_being_a_stamp() -> None:
    assert classify_metadata_line("Published: 2025-09-14 07:45 NATO") is None


def test_a_stamp_and_its_update_set_off_by_a_full_stop_are_both_stamps() -> None:
    found = classify_metadata_line(
        "Posted June 2, 2025 6:15 pm. Last Updated June 2, 2025 8:40 pm."
    )
    assert found is not None
    assert [s.kind for s in found.stamps] == ["published", "updated"]
    assert found.stamps[0].value == datetime(2025, 6, 2, 18, 15)


def test_a_stamp_beside_a_town_and_its_country_and_the_kind_of_release_is_metadata() -> None:
    found = classify_metadata_line("November 1, 2025 | Busan, Republic of Korea | Readout")
    assert found is not None
    assert [s.value for s in found.stamps] == [datetime(2025, 11, 1)]
    assert classify_metadata_line("Busan, Republic of Korea") is None


@pytest.mark.parametrize(
    "line", ["28 March 2025 - Subject: Lebanon", "3 June 2025 - Topics: Ukraine, Moldova"]
)
def test_a_release_date_with_the_topic_it_is_filed_under_is_a_stamp(line: str) -> None:
    found = classify_metadata_line(line)
    assert found is not None
    assert found.stamps[0].value.date() == parse_stamp(line.split(" - ")[0]).value.date()


def test_a_date_beside_words_that_name_no_topic_is_no_stamp() -> None:
    assert classify_metadata_line("28 March 2025 - Lebanon wins the vote") is None


def test_a_byline_with_the_date_straight_after_the_name_is_metadata() -> None:
    found = classify_metadata_line("by Capital Newsdesk 04 March 2025, 11:06")
    assert found is not None
    assert found.stamps[0].value == datetime(2025, 3, 4, 11, 6)
    assert classify_metadata_line("By 12 May 2024 the ministers had met") is None


@pytest.mark.parametrize(
    ("line", "day"), [("28. 11. 2024", (2024, 11, 28)), ("5. 3. 2025", (2025, 3, 5))]
)
def test_a_dotted_date_spaced_after_its_dots_is_a_stamp(
    line: str, day: tuple[int, int, int]
) -> None:
    found = classify_metadata_line(line)
    assert found is not None
    assert [s.value.date() for s in found.stamps] == [datetime(*day).date()]
