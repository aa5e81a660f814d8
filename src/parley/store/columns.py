"""Indexed column values derived from records.

The pydantic JSON blob is what round-trips; these columns exist only so filters can run in SQL.
Nothing here is dialect-specific: values are plain Python scalars in a fixed order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from hashlib import sha256

from parley.models import Article, Event, EventMention, Participant

from .date_spans import date_span

ARTICLE_COLUMNS = (
    "id",
    "content_hash",
    "title",
    "outlet",
    "url",
    "published",
    "published_basis",
    "dateline_place",
    "dateline_date",
    "source_path",
    "text",
    "ingested_at",
)

EVENT_COLUMNS = (
    "id",
    "type",
    "status",
    "date",
    "date_precision",
    "date_start",
    "date_end",
    "mechanism_key",
    "mechanism_name",
    "mechanism_round",
    "mechanism_fold",
    "location",
    "conflict_count",
    "participant_countries",
    "data",
)

PARTICIPANT_COLUMNS = (
    "event_id",
    "role",
    "position",
    "actor_key",
    "kb_id",
    "name",
    "kind",
    "country",
    "office",
    "name_fold",
    "key_fold",
)

Row = tuple[object, ...]


def fold(text: str) -> str:
    """Case-fold for case-insensitive matching (also outside ASCII, unlike SQL `lower`)."""
    return text.casefold()


def participant_key(participant: Participant) -> str:
    """Actor identity of an event participant; the same rule as `ActorRef.key`."""
    if participant.kb_id:
        return participant.kb_id
    return f"{participant.kind}:{participant.name.lower()}"


def effective_hash(article: Article) -> str:
    """The article's content hash, or one computed from its text when ingest left it empty.

    An empty hash would make every later version of the article look "unchanged".
    """
    return article.content_hash or sha256(article.text.encode("utf-8")).hexdigest()


def article_row(article: Article) -> Row:
    published = article.published.isoformat() if article.published else None
    return (
        article.id,
        effective_hash(article),
        article.title,
        article.outlet,
        article.url,
        published,
        article.published_basis,
        article.dateline_place,
        article.dateline_date,
        article.source_path,
        article.text,
        datetime.now(UTC).isoformat(timespec="seconds"),
    )


def article_from_row(row: dict[str, object]) -> Article:
    fields = {name: row[name] for name in ARTICLE_COLUMNS if name != "ingested_at"}
    return Article.model_validate(fields)


def mention_row(mention: EventMention) -> Row:
    return (
        mention.id,
        mention.article,
        mention.type.value,
        mention.status.value,
        mention.evidence.sentence_index,
        mention.model_dump_json(),
    )


def undated_day_rows(mention: EventMention) -> list[Row]:
    """(mention, article, person, "MM-DD") for each known person of a mention dated to a day
    with no year, and each day around it (see the undated_days migration)."""
    value = mention.date
    if value is None or value.year is not None or value.month is None or value.day is None:
        return []
    people = sorted({p.kb_id for p in mention.participants if p.kb_id and p.kind == "person"})
    days = [f"{month:02d}-{day:02d}" for month, day in value.days_around()]
    return [(mention.id, mention.article, person, day) for person in people for day in days]


def event_row(event: Event) -> Row:
    span = date_span(event.date) if event.date else None
    mechanism = event.mechanism
    return (
        event.id,
        event.type.value,
        event.status.value,
        event.date,
        event.date_precision.value if event.date_precision else None,
        span[0] if span else None,
        span[1] if span else None,
        mechanism.key if mechanism else None,
        mechanism.name if mechanism else None,
        mechanism.round if mechanism else None,
        fold(f"{mechanism.key}\x1f{mechanism.name}") if mechanism else None,
        event.location.name if event.location else None,
        len(event.conflicts),
        country_set(p.country for p in event.participants),
        event.model_dump_json(),
    )


def country_set(countries: Iterable[str | None]) -> str | None:
    """Distinct countries, sorted and space-separated (None without any): the form of
    `events.participant_countries`, by which reconciliation finds the meetings of exactly one
    set of countries."""
    return " ".join(sorted({c.upper() for c in countries if c})) or None


def participant_rows(event: Event) -> Iterator[Row]:
    roles = {"participant": event.participants, "source": event.source, "target": event.target}
    for role, people in roles.items():
        for position, person in enumerate(people):
            key = participant_key(person)
            yield (
                event.id,
                role,
                position,
                key,
                person.kb_id,
                person.name,
                person.kind,
                person.country.upper() if person.country else None,
                person.office,
                fold(person.name),
                fold(key),
            )


def event_text_rows(event: Event) -> Iterator[Row]:
    texts = [event.topic] if event.topic else []
    texts.extend(evidence.sentence for evidence in event.mentions)
    for text in dict.fromkeys(texts):
        yield (event.id, fold(text))


def event_article_rows(event: Event) -> Iterator[Row]:
    for article_id in dict.fromkeys(event.articles):
        yield (event.id, article_id)
