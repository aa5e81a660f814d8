"""A small database built by hand for the CLI tests (no NLP): three events, one conflict."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from click.testing import Result

from parley.models import (
    Article,
    Conflict,
    Event,
    EventType,
    Evidence,
    FieldValue,
    Location,
    MechanismRef,
    Participant,
    Precision,
    Status,
)
from parley.store import open_store

# `parley ARGS...` run in-process, as the `run_cli` fixture gives it.
RunCli = Callable[..., Result]

HARBOUR_TEXT = (
    "BERGEN, 2 May - Foreign Minister Ingrid Solberg met Retno Wibowo in Bergen on Tuesday "
    "for the third round of the Nordic-ASEAN Dialogue. "
    "The two ministers agreed to meet again in Jakarta next year."
)
TIDINGS_TEXT = (
    "Indonesia's foreign minister Retno Wibowo held the fourth round of the Nordic-ASEAN "
    "Dialogue with her Norwegian host [Solberg] in Bergen on 2 May."
)
NAIROBI_TEXT = "Kenya said on Friday it supports Somalia's bid to join the regional bloc."

SOLBERG = Participant(
    name="Ingrid Solberg",
    country="NOR",
    office="Foreign Minister",
    kb_id="ingrid-solberg",
    articles=["harbour-0502", "tidings-0503"],
)
WIBOWO = Participant(
    name="Retno Wibowo",
    country="IDN",
    office="Foreign Minister",
    kb_id="retno-wibowo",
    articles=["harbour-0502", "tidings-0503"],
)
KENYA = Participant(name="Kenya", kind="country", country="KEN", articles=["nairobi-0614"])
SOMALIA = Participant(name="Somalia", kind="country", country="SOM", articles=["nairobi-0614"])

MEETING_ID = "ev-meeting-bergen"
PLANNED_ID = "ev-planned-jakarta"
SUPPORT_ID = "ev-support-kenya"


def _evidence(article: str, text: str, index: int = 0) -> Evidence:
    sentence = text.split(". ")[index]
    start = text.index(sentence)
    return Evidence(
        article=article,
        sentence_index=index,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
    )


def _article(article_id: str, text: str, title: str, outlet: str) -> Article:
    return Article(
        id=article_id,
        text=text,
        title=title,
        outlet=outlet,
        published=datetime(2023, 5, 3, 8, 0, tzinfo=UTC),
        published_basis="metadata",
        content_hash=f"hash-{article_id}",
    )


def meeting_event() -> Event:
    harbour = _evidence("harbour-0502", HARBOUR_TEXT)
    tidings = _evidence("tidings-0503", TIDINGS_TEXT)
    round_conflict = Conflict(
        field="mechanism.round",
        values=[
            FieldValue(value=3, articles=["harbour-0502"], evidence=[harbour], basis="ordinal"),
            FieldValue(value=4, articles=["tidings-0503"], evidence=[tidings], basis="ordinal"),
        ],
    )
    return Event(
        id=MEETING_ID,
        type=EventType.CONSULT,
        cameo="042",
        mode="visit",
        status=Status.OCCURRED,
        date="2023-05-02",
        date_precision=Precision.DAY,
        date_basis="explicit",
        location=Location(name="Bergen", country="NOR"),
        participants=[SOLBERG, WIBOWO],
        source=[WIBOWO],
        target=[SOLBERG],
        mechanism=MechanismRef(key="nordic-asean-dialogue", name="Nordic-ASEAN Dialogue", round=3),
        articles=["harbour-0502", "tidings-0503"],
        mentions=[harbour, tidings],
        fields={
            "date": [
                FieldValue(
                    value="2023-05-02",
                    articles=["harbour-0502", "tidings-0503"],
                    evidence=[tidings],
                    basis="explicit",
                )
            ],
            "location": [
                FieldValue(
                    value="Bergen",
                    articles=["harbour-0502"],
                    evidence=[harbour],
                    inferred=True,
                    basis="dateline",
                )
            ],
            "mechanism.round": round_conflict.values,
        },
        conflicts=[round_conflict],
        promises=[PLANNED_ID],
    )


def planned_event() -> Event:
    evidence = _evidence("harbour-0502", HARBOUR_TEXT, 1)
    return Event(
        id=PLANNED_ID,
        type=EventType.CONSULT,
        cameo="040",
        status=Status.PLANNED,
        date="2024",
        date_precision=Precision.YEAR,
        date_basis="relative",
        location=Location(name="Jakarta", country="IDN"),
        participants=[SOLBERG, WIBOWO],
        mechanism=MechanismRef(key="nordic-asean-dialogue", name="Nordic-ASEAN Dialogue", round=5),
        articles=["harbour-0502"],
        mentions=[evidence],
    )


def support_event() -> Event:
    evidence = _evidence("nairobi-0614", NAIROBI_TEXT)
    return Event(
        id=SUPPORT_ID,
        type=EventType.SUPPORT,
        cameo="051",
        status=Status.OCCURRED,
        date="2023-06",
        date_precision=Precision.MONTH,
        date_basis="published",
        participants=[KENYA, SOMALIA],
        source=[KENYA],
        target=[SOMALIA],
        topic="Somalia's bid to join the regional bloc",
        articles=["nairobi-0614"],
        mentions=[evidence],
    )


def build_database(path: Path) -> Path:
    """Write the three articles and three events to a new SQLite file at `path`."""
    with open_store(path) as store:
        store.save_article(
            _article("harbour-0502", HARBOUR_TEXT, "Ministers meet in Bergen", "Harbour Wire"), []
        )
        store.save_article(
            _article("tidings-0503", TIDINGS_TEXT, "Fourth round in Bergen", "Tidings"), []
        )
        store.save_article(
            _article("nairobi-0614", NAIROBI_TEXT, "Kenya backs Somalia", "Lakeside Post"), []
        )
        store.replace_events([meeting_event(), planned_event(), support_event()])
    return path
