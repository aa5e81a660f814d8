"""Hand-built records for the store tests (no NLP involved)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from parley.models import (
    Article,
    Conflict,
    Event,
    EventMention,
    EventType,
    Evidence,
    FieldValue,
    Location,
    MechanismRef,
    Participant,
    Precision,
    Status,
)

ARTICLE_TEXT = (
    "OSLO, 4 March - Norway's foreign minister met her Indonesian counterpart on Monday. "
    "The two ministers agreed to hold the next round of the Oslo Maritime Dialogue in Jakarta. "
    "Officials said the talks covered fisheries enforcement and port state control."
)


def sentence_bounds(text: str, index: int) -> tuple[str, int, int]:
    """The index-th sentence of `text` (split on '. ') with its character offsets."""
    start = 0
    for _ in range(index):
        start = text.index(". ", start) + 2
    end = text.find(". ", start)
    end = len(text) if end == -1 else end + 1
    return text[start:end], start, end


def make_article(
    article_id: str = "art-1",
    text: str = ARTICLE_TEXT,
    *,
    content_hash: str | None = None,
    title: str | None = "Ministers meet in Oslo",
) -> Article:
    return Article(
        id=article_id,
        text=text,
        title=title,
        outlet="Harbour Wire",
        url=f"https://example.org/{article_id}",
        published=datetime(2024, 3, 4, 9, 30, tzinfo=UTC),
        published_basis="metadata",
        dateline_place="OSLO",
        dateline_date="4 March",
        source_path=f"/data/{article_id}.txt",
        content_hash=f"hash-{article_id}" if content_hash is None else content_hash,
    )


def make_evidence(article: Article, index: int) -> Evidence:
    sentence, start, end = sentence_bounds(article.text, index)
    return Evidence(
        article=article.id, sentence_index=index, sentence=sentence, start=start, end=end
    )


def make_mention(
    article: Article,
    index: int,
    *,
    mention_id: str | None = None,
    event_type: EventType = EventType.CONSULT,
) -> EventMention:
    return EventMention(
        id=mention_id or f"{article.id}-m{index}",
        article=article.id,
        type=event_type,
        cameo="040",
        trigger="met",
        evidence=make_evidence(article, index),
    )


def person(
    name: str,
    country: str | None = None,
    office: str | None = None,
    *,
    kb_id: str | None = None,
    articles: Sequence[str] = (),
) -> Participant:
    return Participant(
        name=name, country=country, office=office, kb_id=kb_id, articles=list(articles)
    )


def make_event(
    event_id: str,
    *,
    event_type: EventType = EventType.CONSULT,
    status: Status = Status.OCCURRED,
    date: str | None = None,
    participants: Sequence[Participant] = (),
    mechanism: MechanismRef | None = None,
    topic: str | None = None,
    articles: Sequence[str] = ("art-1",),
    sentences: Sequence[str] = (),
    conflicts: Sequence[Conflict] = (),
    location: str | None = None,
    fulfilled_by: str | None = None,
) -> Event:
    precision = None
    if date is not None:
        precision = {4: Precision.YEAR, 7: Precision.MONTH}.get(len(date), Precision.DAY)
    return Event(
        id=event_id,
        type=event_type,
        cameo="040" if event_type == EventType.CONSULT else "057",
        status=status,
        date=date,
        date_precision=precision,
        date_basis="explicit" if date else None,
        location=Location(name=location) if location else None,
        participants=list(participants),
        mechanism=mechanism,
        topic=topic,
        articles=list(articles),
        mentions=[
            Evidence(article=articles[0], sentence_index=i, sentence=s, start=0, end=len(s))
            for i, s in enumerate(sentences)
        ],
        conflicts=list(conflicts),
        fields={"date": [FieldValue(value=date, articles=list(articles))]} if date else {},
        fulfilled_by=fulfilled_by,
    )


def round_conflict(*rounds: int) -> Conflict:
    return Conflict(
        field="mechanism.round",
        values=[FieldValue(value=r, articles=[f"art-{r}"]) for r in rounds],
    )
