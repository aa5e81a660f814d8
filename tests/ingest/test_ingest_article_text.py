"""Headline, publication stamp and dateline as read from the text itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from parley.ingest.article_text import looks_like_headline, read_article_text

FIRST = "MOSCOW, Sept 18 (Reuters) - Russian Foreign Minister Sergei Lavrov met Wang Yi on Monday."
SECOND = "The two ministers discussed the situation in the region, the ministry said."


def test_headline_followed_by_blank_line_becomes_title_and_leaves_body() -> None:
    body = read_article_text(f"Lavrov meets Wang Yi in Moscow\n\n{FIRST}\n\n{SECOND}")
    assert body.title == "Lavrov meets Wang Yi in Moscow"
    assert body.text == f"{FIRST}\n\n{SECOND}"


def test_headline_followed_by_metadata_lines_becomes_title() -> None:
    raw = f"Lavrov meets Wang Yi in Moscow\n2024.09.11 11:30 GMT+8\nBy Li Ming\n{FIRST}\n{SECOND}"
    body = read_article_text(raw)
    assert body.title == "Lavrov meets Wang Yi in Moscow"
    assert body.published == datetime(2024, 9, 11, 11, 30, tzinfo=timezone(timedelta(hours=8)))
    assert body.text.startswith("MOSCOW, Sept 18")


def test_headline_directly_followed_by_dateline_becomes_title() -> None:
    body = read_article_text(f"Lavrov meets Wang Yi in Moscow\n{FIRST}\n{SECOND}")
    assert body.title == "Lavrov meets Wang Yi in Moscow"
    assert body.dateline is not None and body.dateline.place == "Moscow"


def test_headline_in_the_past_tense_over_a_dateline_becomes_title() -> None:
    # "said" in a line that would otherwise be a sentence without its period; a dateline
    # under it settles that it is the headline.
    headline = "Lavrov: Moscow said yes to the plan, Kyiv said no"
    body = read_article_text(f"{headline}\n\n2. May 2023 | 23:58\n\n{FIRST}\n\n{SECOND}")
    assert body.title == headline
    assert body.dateline is not None and body.dateline.place == "Moscow"
    assert read_article_text(f"{headline}\n\n{SECOND}").title is None


@pytest.mark.parametrize(
    "raw",
    [
        # A first sentence ends with a period: prose, not a headline.
        f"Lavrov met Wang Yi in Moscow on Monday.\n\n{SECOND}",
        # Glued to the next line without a blank line or metadata: not sure, so no title.
        f"Lavrov meets Wang Yi in Moscow\n{SECOND}",
        # A one-paragraph text has no headline.
        "Lavrov meets Wang Yi in Moscow",
        # A quotation closed after a comma is a sentence.
        f'"We will meet again soon," Lavrov said\n\n{SECOND}',
    ],
)
def test_no_headline_guessed_when_unsure(raw: str) -> None:
    assert read_article_text(raw).title is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lavrov meets Wang Yi in Moscow", True),
        ("China, Russia vow closer coordination at UN", True),
        ("Will the talks resume?", True),
        ("Lavrov met Wang Yi.", False),
        ("Moscow", False),
        ("lowercase start is not a headline", False),
        (" ".join(["word"] * 25).capitalize(), False),
        ("Talks end. Ministers leave", False),
        # Agencies tag their headlines.
        ("(LEAD) Seoul, Tokyo agree to resume finance dialogue", True),
        ("(2nd LD) Yoon, Kishida hold talks in Tokyo", True),
        ("(LEAD) talks resumed.", False),
        # Initials end it, not a full stop.
        ("Blasts shake capital during visit, minister says strike targeted U.N.", True),
    ],
)
def test_looks_like_headline(line: str, expected: bool) -> None:
    assert looks_like_headline(line) is expected


def test_a_headline_ending_in_a_names_suffix_over_a_dateline_is_taken() -> None:
    body = read_article_text(
        "President Vo Van Thuong holds talks with Philippine President Marcos Jr.\n\n"
        "January 30, 2024 - 18:05\n\n"
        "HÀ NỘI — President Võ Văn Thưởng on Tuesday held talks with Philippine President "
        "Ferdinand Marcos Jr. at the Presidential Palace.\n\n"
        "The two leaders agreed to raise two-way trade to US$10 billion."
    )
    assert body.title == "President Vo Van Thuong holds talks with Philippine President Marcos Jr."
    assert body.dateline is not None and body.dateline.place == "Hà Nội"
    # Not over prose: a sentence may end with the suffix.
    assert not looks_like_headline("The talks were held with Ferdinand Marcos Jr.")


def test_known_title_is_removed_from_top_of_body_not_guessed() -> None:
    body = read_article_text(
        f"Lavrov meets Wang Yi\n{FIRST}", known_title="Lavrov meets Wang Yi", join_wrapped=False
    )
    assert body.title == "Lavrov meets Wang Yi"
    assert body.text == FIRST


def test_dateline_read_and_kept_in_text() -> None:
    body = read_article_text(f"{FIRST}\n\n{SECOND}")
    assert body.dateline is not None
    assert (body.dateline.place, body.dateline.date_text) == ("Moscow", "Sept 18")
    assert body.text.startswith("MOSCOW, Sept 18 (Reuters) -")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Published: Sep 19, 2023 09:27 PM", datetime(2023, 9, 19, 21, 27)),
        ("Updated: 2023-09-19 21:27", datetime(2023, 9, 19, 21, 27)),
        ("September 19, 2023", datetime(2023, 9, 19)),
        ("2023-09-19T21:27:00Z", datetime(2023, 9, 19, 21, 27, tzinfo=UTC)),
        # "Published" wins over "Updated" whatever the order.
        ("Updated: 2023-09-20 10:00\nPublished: 2023-09-19 09:00", datetime(2023, 9, 19, 9, 0)),
    ],
)
def test_published_stamp_from_header(header: str, expected: datetime) -> None:
    body = read_article_text(f"{header}\n\n{FIRST}\n\n{SECOND}")
    assert body.published == expected
    assert body.text == f"{FIRST}\n\n{SECOND}"


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Statement by the Spokesperson (20 November 2024)", datetime(2024, 11, 20)),
        (
            "Spokesperson Mao Ning's Regular Press Conference on July 11, 2025",
            datetime(2025, 7, 11),
        ),
        (
            "Regular press briefing of the Ministry of Foreign Affairs, 29/5/2025",
            datetime(2025, 5, 29),
        ),
        # After a place and a comma, as a dated photo caption ends.
        (
            "Briefing by Foreign Ministry Spokeswoman Anna Petrova, Moscow, March 14, 2024",
            datetime(2024, 3, 14),
        ),
        # Or naming the briefing's date before its topic.
        ("Midday briefing of 12 March 2024 - Enlargement (excerpt)", datetime(2024, 3, 12)),
        # A date inside a headline is what it is about, not when it was published.
        ("Leaders recall the 20 November 2024 summit in Nairobi", None),
        ("Leaders recall the summit of 20 November 2024 in Nairobi", None),
    ],
)
def test_a_briefing_s_headline_ending_with_its_date_dates_it(
    headline: str, expected: datetime | None
) -> None:
    body = read_article_text(f"{headline}\n\n{FIRST}\n\n{SECOND}")
    assert body.title == headline
    assert body.published == expected


@pytest.mark.parametrize(
    ("stamp", "dateline", "expected"),
    [
        # A slashed day that fits both orders is read day first, unless the dateline names
        # the day that only the other order gives.
        ("04/03/2025 09:15 AM", "Seoul, March 4 (Yonhap) -", datetime(2025, 3, 4, 9, 15)),
        ("04/03/2025 09:15 AM", "SEOUL, 4 Mar (Yonhap) -", datetime(2025, 3, 4, 9, 15)),
        ("04/03/2025 09:15 AM", "Seoul, April 3 (Yonhap) -", datetime(2025, 4, 3, 9, 15)),
        ("04/03/2025 09:15 AM", "SEOUL, 3 Apr (Yonhap) -", datetime(2025, 4, 3, 9, 15)),
        ("04/03/2025 09:15 AM", "Seoul (Yonhap) -", datetime(2025, 3, 4, 9, 15)),
        # A day the dateline gives in neither order leaves the day-first reading alone.
        ("04/03/2025 09:15 AM", "Seoul, March 5 (Yonhap) -", datetime(2025, 3, 4, 9, 15)),
        ("10/28/2025 09:15 AM", "Seoul, Oct 28 (Yonhap) -", datetime(2025, 10, 28, 9, 15)),
    ],
)
def test_a_dateline_decides_the_order_of_a_stamp_that_reads_both_ways(
    stamp: str, dateline: str, expected: datetime
) -> None:
    text = (
        "Korean and Canadian ministers sign supply chain pact\n\n"
        f"{stamp}\n\n{dateline} The foreign ministers of South Korea and Canada met on "
        "Tuesday and signed an agreement on critical minerals, the ministry said."
    )
    assert read_article_text(text).published == expected


def test_a_dateline_after_the_hour_of_filing_orders_a_stamp_at_the_foot() -> None:
    text = (
        "Ministers of Peru and Bolivia sign border plan in La Paz\n\n"
        "16:40 | La Paz, Nov. 4.\n\n"
        "The foreign ministers of Peru and Bolivia signed a plan for the shared border this "
        "Tuesday at the close of their meeting in the Bolivian seat of government.\n\n"
        "The next meeting will be held in Lima, the ministry said.\n\n"
        "Published: 11/4/2025"
    )
    body = read_article_text(text)
    assert body.dateline is not None
    assert (body.dateline.place, body.dateline.date_text) == ("La Paz", "Nov. 4")
    assert body.published == datetime(2025, 11, 4)


def test_unlabelled_date_far_below_the_top_is_removed_but_not_used() -> None:
    filler = "\n\n".join(f"Paragraph {n} of the report, the ministry said." for n in range(12))
    body = read_article_text(f"{FIRST}\n\n{filler}\n\nSeptember 19, 2023\n\n{SECOND}")
    assert body.published is None
    assert "September 19, 2023" not in body.text


def test_truncated_text_is_cut_back_to_last_complete_sentence() -> None:
    body = read_article_text(
        f"{FIRST}\n{SECOND} Lavrov said the sides agreed to", join_wrapped=False, truncated=True
    )
    assert body.text == f"{FIRST}\n\n{SECOND}"


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("16 May, 15:48", "16 May"),
        ("Friday, May 16", "Friday, May 16"),
        ("16:35, 06 March", "06 March"),
        # TASS prints the month in capitals.
        ("6 MAR, 16:35", "6 Mar"),
        # With the day written as an ordinal.
        ("Saturday, December 10th", "Saturday, December 10th"),
        ("10th of December", "10th of December"),
        # The time set off by a dot, as Italian sites print it.
        ("Fri, 18 Apr · 19:30", "Fri, 18 Apr"),
        # Headed by the newsletter or section it belongs to.
        ("Morning Briefing | Tuesday 3 June, 07:00", "Tuesday 3 June"),
        # The time set off by a dash.
        ("Wednesday, 21 June - 07:55", "Wednesday, 21 June"),
        # Day and month in numbers after the weekday, as Nordic pages print them.
        ("Sunday 30.3. | 10:05", "Sunday 30 March"),
        ("Tuesday 4.11.", "Tuesday 4 November"),
    ],
)
def test_a_year_less_stamp_on_a_live_page_keeps_its_day(stamp: str, day: str) -> None:
    raw = (
        f"Live: talks in Istanbul\n\n{stamp}\n\n"
        "15:48 - The two delegations have met at the palace, officials say.\n"
    )
    body = read_article_text(raw)
    assert body.published is None
    assert body.yearless_stamp == day


def test_a_year_less_stamp_is_kept_out_of_the_body_so_the_dateline_opens_it() -> None:
    body = read_article_text(
        "King toasts bond with Norway\n\nWednesday, 21 June - 07:55\n\n"
        "OSLO - King Frederik praised the bond between Denmark and Norway on Tuesday.\n"
    )
    assert body.yearless_stamp == "Wednesday, 21 June"
    assert body.text.startswith("OSLO - King Frederik")
    assert body.dateline is not None and body.dateline.place == "Oslo"


def test_an_agency_sign_off_at_the_end_dates_the_dispatch() -> None:
    body = read_article_text(
        "President receives Russian minister\n\n"
        "Luanda - The President received on Wednesday the Russian foreign minister.\n\n"
        "(ANGOP) 25/01/2023 19:10"
    )
    assert body.published == datetime(2023, 1, 25, 19, 10)
    assert "ANGOP" not in body.text


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # A city with its region and country over the body: where the release was issued.
        ("Valparaíso, Región de Valparaíso, Chile, 4 June 2024", "Valparaíso"),
        # A name alone may be the outlet's home, not where the news happened.
        ("London, 4 June 2024", None),
    ],
)
def test_a_release_line_placing_it_gives_the_dateline_the_body_lacks(
    line: str, place: str | None
) -> None:
    body = read_article_text(
        "Boric and Noboa agree on border security\n\n"
        f"{line}\n\n"
        "In their first meeting, President Gabriel Boric and President Daniel Noboa agreed "
        "today to step up cooperation against organised crime.\n\n"
        "The two leaders also discussed trade and energy.\n"
    )
    assert body.published == datetime(2024, 6, 4)
    assert (body.dateline.place if body.dateline else None) == place


def test_a_dateline_run_into_the_page_stamp_gives_both() -> None:
    body = read_article_text(
        "Lula and Petro meet at the border\n\n"
        "LETICIA, Colombia (AP) — Updated 4:05 PM COT, July 8, 2025\n\n"
        "Brazilian President Luiz Inacio Lula da Silva met Colombian President Gustavo Petro "
        "on Tuesday in the Amazon border town.\n"
    )
    assert body.published is not None and body.published.date().isoformat() == "2025-07-08"
    assert body.dateline is not None and body.dateline.place == "Leticia"
    assert body.text.startswith("LETICIA, Colombia (AP) — Brazilian President")


def test_an_outlets_name_over_its_stamp_is_no_dateline() -> None:
    body = read_article_text(
        "Kishida meets Albanese\n\n"
        "KYODO NEWS - Jul 9, 2025 - 18:40 | World\n\n"
        "Prime Minister Shigeru Ishiba met his Australian counterpart on Wednesday.\n"
    )
    assert body.dateline is None
