"""Boilerplate never reaches the body; reporting sentences that look similar do."""

from __future__ import annotations

import pytest

from parley.ingest.article_text import read_article_text
from parley.ingest.cleaning import assemble_paragraphs, is_boilerplate_line, remove_boilerplate

BODY = "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart in Moscow on Monday."


@pytest.mark.parametrize(
    "line",
    [
        "Photo: VCG",
        "Photo: Ministry of Foreign Affairs",
        "Photos by Anna Berg",
        "(Photo by Ivan Petrov/AFP)",
        "File photo",
        "File photo of the foreign ministry building in Moscow",
        "Wang Yi meets Sergei Lavrov in Beijing, Sept. 10, 2024. (Xinhua/Zhang Wei)",
        "The ministers pose for a photo before the talks /Xinhua",
        "Delegations arrive at the venue on Tuesday. /AFP",
        "Leaders at the summit venue in Kazan. Getty Images",
        "Also Read: China, Russia hold security consultations",
        "Read more: Ministers to meet again in November",
        "RELATED STORIES",
        "Related:",
        "Source: Xinhua",
        "Source(s): Xinhua News Agency",
        "Russia China diplomacy Photo: VCG",
        "Wang Yi meets a Russian envoy in St. Petersburg, Russia, September 10, 2024.",
        "Delegations gather before the talks in Ankara, 3 June 2024",
        "Enditem",
        "Sources: Foreign ministry, agencies",
        "© 2024 Northern Ledger",
        "Copyright 2023 Daily Courier. All rights reserved.",
        "All rights reserved.",
        "Share this article",
        "Share",
        "Follow us on Telegram",
        "(End)",
        "(END)",
        "Reporting by Jane Doe; Editing by John Roe",
        "Advertisement",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "Photo opportunities were limited, the ministry said.",
        "Related talks were held in Geneva last week.",
        "Share prices in Moscow rose after the talks, traders said.",
        "The source of the disagreement was the draft communique.",
        "The sides agreed to end the dispute.",
        "The ministers read more than twenty proposals during the session.",
        "He said 24/7 contacts between the ministries would continue.",
        "The ministers met in St. Petersburg on September 10, 2024.",
        # A weekday before the date: prose telling when, however it ends.
        "Secretary Cruz met his Chilean counterpart in Lima, Peru, on Tuesday, 09 September 2025.",
        "The embassy commented on the photos: three were taken inside the ministry.",
    ],
)
def test_reporting_lines_are_kept(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_related_list_after_bare_header_is_removed() -> None:
    lines = [
        BODY,
        "",
        "RELATED STORIES",
        "China, Russia hold security consultations",
        "- Ministers to meet again in November",
        "The two sides also discussed energy cooperation, officials said.",
    ]
    kept = [line for line in remove_boilerplate(lines) if line]
    assert kept == [BODY, "The two sides also discussed energy cooperation, officials said."]


def test_inline_read_more_does_not_swallow_the_next_paragraph() -> None:
    lines = ["Also Read: China, Russia hold talks", "Ministers met again on Friday in Minsk"]
    assert [line for line in remove_boilerplate(lines) if line] == [lines[1]]


def test_hard_wrapped_lines_are_joined_but_headings_stand_alone() -> None:
    lines = [
        "Russian Foreign Minister Sergei Lavrov met his Chinese",
        "counterpart in Moscow on Monday.",
        "Background",
        "The two ministers last met in July.",
    ]
    assert assemble_paragraphs(lines, join_wrapped=True) == [
        "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart in Moscow on Monday.",
        "Background",
        "The two ministers last met in July.",
    ]
    assert len(assemble_paragraphs(lines, join_wrapped=False)) == 4


def test_cleaned_body_keeps_paragraph_breaks_and_drops_metadata_lines() -> None:
    raw = (
        "Ministers hold talks in Moscow\r\n\r\n"
        "Published: Sep 19, 2023 09:27 PM\r\n"
        "By Jane Doe\r\n\r\n"
        "MOSCOW, Sept 18 (Reuters) - Russian Foreign Minister Sergei Lavrov met his\r\n"
        "Chinese counterpart in Moscow on Monday.\r\n\r\n"
        "Photo: VCG\r\n"
        "The two ministers discussed the situation in the region.\r\n"
        "Updated: 2023-09-20 10:00\r\n"
        "Follow us on Telegram\r\n"
        "(End)\r\n"
    )
    body = read_article_text(raw)
    assert body.text == (
        "MOSCOW, Sept 18 (Reuters) - Russian Foreign Minister Sergei Lavrov met his Chinese "
        "counterpart in Moscow on Monday.\n\n"
        "The two ministers discussed the situation in the region."
    )
    assert "\r" not in body.text


def test_invisible_characters_and_odd_spaces_are_normalised() -> None:
    raw = "\ufeffLavrov\u00a0met  Wang\u200b Yi\tin Moscow on Monday, officials said."
    assert read_article_text(raw).text == "Lavrov met Wang Yi in Moscow on Monday, officials said."


def test_short_labels_and_sign_offs_are_dropped() -> None:
    raw = (
        "World\n\nChina, Russia agree to deepen security consultations\n\n"
        f"{BODY}\n\nBackground\n\nThe two ministers last met in July.\n\nHarbour Times\n"
    )
    body = read_article_text(raw)
    assert body.title == "China, Russia agree to deepen security consultations"
    assert body.text == f"{BODY}\n\nThe two ministers last met in July."


def test_end_marker_glued_to_last_sentence_is_removed() -> None:
    body = read_article_text(f"{BODY}\n\nThe two ministers last met in July. (End)")
    assert body.text == f"{BODY}\n\nThe two ministers last met in July."


def test_dateline_alone_on_its_line_joins_the_first_sentence() -> None:
    body = read_article_text(f"BEIJING, Sept. 10 (Xinhua) --\n{BODY}")
    assert body.text == f"BEIJING, Sept. 10 (Xinhua) -- {BODY}"
    assert body.dateline is not None and body.dateline.place == "Beijing"


def test_a_live_blogs_entry_times_alone_on_their_lines_head_their_entries() -> None:
    body = read_article_text(
        "Summit day - live\n\n"
        "Last updated: 9 May 2025 18:40\n\n"
        "6:15 PM\nTalks end\n\nThe leaders left the castle after three hours.\n\n"
        "2:05 PM\nLeaders arrive\n\nThe motorcade reached the castle gates.\n"
    )
    assert body.text.split("\n\n") == [
        "6:15 PM - Talks end",
        "The leaders left the castle after three hours.",
        "2:05 PM - Leaders arrive",
        "The motorcade reached the castle gates.",
    ]


def test_one_time_alone_on_its_line_is_a_stamp_not_an_entry() -> None:
    body = read_article_text(f"Ministers meet\n\n14:05\n\n{BODY}")
    assert body.text == BODY
