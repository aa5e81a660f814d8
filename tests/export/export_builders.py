"""Hand-built events for the export tests."""

from __future__ import annotations

from parley.models import (
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

MEETING_SENTENCE = "Foreign Minister Ingrid Solberg met Retno Wibowo in Bergen on 2 May."
AGREEMENT_SENTENCE = 'The two sides agreed on a "blue corridor" for research vessels.'


def full_event() -> Event:
    """An event with every export key filled, including a conflict and inferred support."""
    solberg = Participant(name="Ingrid Solberg", country="NOR", office="Foreign Minister")
    wibowo = Participant(name="Retno Wibowo", country="IDN", office="Foreign Minister")
    return Event(
        id="ev-7f3a9c",
        type=EventType.CONSULT,
        cameo="042",
        mode="visit",
        status=Status.OCCURRED,
        date="2023-05-02",
        date_precision=Precision.DAY,
        date_basis="explicit",
        location=Location(name="Bergen", country="NOR"),
        participants=[solberg, wibowo],
        source=[wibowo],
        target=[solberg],
        mechanism=MechanismRef(key="nordic-asean", name="Nordic-ASEAN Dialogue", round=3),
        topic="maritime research cooperation",
        articles=["harbour-wire-0502", "tidings-0503"],
        mentions=[
            Evidence(
                article="harbour-wire-0502",
                sentence_index=1,
                sentence=MEETING_SENTENCE,
                start=31,
                end=31 + len(MEETING_SENTENCE),
            )
        ],
        mention_ids=["harbour-wire-0502-m1"],
        fields={
            "date": [
                FieldValue(value="2023-05-02", articles=["harbour-wire-0502"], basis="explicit"),
            ],
            "mechanism.round": [
                FieldValue(value=3, articles=["harbour-wire-0502"], basis="ordinal"),
                FieldValue(value=4, articles=["tidings-0503"], basis="ordinal"),
            ],
            "location": [
                FieldValue(
                    value="Bergen", articles=["tidings-0503"], inferred=True, basis="dateline"
                ),
            ],
        },
        conflicts=[
            Conflict(
                field="mechanism.round",
                values=[
                    FieldValue(value=3, articles=["harbour-wire-0502"]),
                    FieldValue(value=4, articles=["tidings-0503"]),
                ],
            )
        ],
        promises=["ev-51b0e2"],
        fulfils="ev-0c44d1",
        fulfilled_by=None,
    )


def bare_event() -> Event:
    """An event with every optional key empty: nulls and empty lists in the export."""
    return Event(id="ev-bare", type=EventType.SUPPORT, cameo="051", status=Status.PLANNED)


def agreement_event() -> Event:
    return Event(
        id="ev-agree",
        type=EventType.AGREE,
        cameo="057",
        status=Status.OCCURRED,
        date="2023-05",
        date_precision=Precision.MONTH,
        topic='a "blue corridor"; for research vessels',
        articles=["tidings-0503"],
        mentions=[
            Evidence(
                article="tidings-0503",
                sentence_index=4,
                sentence=AGREEMENT_SENTENCE,
                start=402,
                end=402 + len(AGREEMENT_SENTENCE),
            )
        ],
    )
