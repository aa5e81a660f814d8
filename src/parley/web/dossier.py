"""The event dossier: reconciled fields with their support, conflicts, sources side by side
and commitment links, assembled from one `Event` for the event page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from parley.models import Article, Event, Evidence, FieldValue, Participant
from parley.store.summaries import event_actors

from .highlight import Range, Segment, segments
from .snapshot import event_label
from .templating import plural

FIELD_LABELS = {
    "mechanism.round": "round",
    "mechanism": "mechanism",
    "location": "place",
    "date": "date",
    "status": "status",
    "participants": "participants",
    "topic": "topic",
    "mode": "mode",
}


def field_label(name: str) -> str:
    """Readable name of a field path ("mechanism.round" -> "round")."""
    return FIELD_LABELS.get(name, name.replace(".", " ").replace("_", " "))


@dataclass(frozen=True)
class Quote:
    """One sentence of one article with its supporting words marked."""

    article: str
    sentence_index: int
    segments: list[Segment]


@dataclass(frozen=True)
class SupportRow:
    """One value of a field and what supports it."""

    value: str
    articles: list[str]
    inferred: bool
    basis: str
    quotes: list[Quote]


@dataclass(frozen=True)
class FieldSupport:
    name: str
    label: str
    rows: list[SupportRow]
    conflicted: bool


@dataclass(frozen=True)
class ConflictView:
    field: str
    label: str
    summary: str  # "round: 18 — 2 articles; 9 — 1 article"
    rows: list[SupportRow]


@dataclass(frozen=True)
class SourceColumn:
    """One article's sentences about the event, for the side-by-side view."""

    article_id: str
    article: Article | None
    quotes: list[Quote]


@dataclass(frozen=True)
class LinkedEvent:
    id: str
    label: str
    date: str | None
    status: str | None
    found: bool


@dataclass
class Dossier:
    event: Event
    title: str
    fields: list[FieldSupport] = field(default_factory=list)
    conflicts: list[ConflictView] = field(default_factory=list)
    sources: list[SourceColumn] = field(default_factory=list)
    promises: list[LinkedEvent] = field(default_factory=list)
    fulfils: LinkedEvent | None = None
    fulfilled_by: LinkedEvent | None = None
    # Every actor once, with the key its actor page is found by.
    actors: list[tuple[str, Participant]] = field(default_factory=list)


def quote(evidence: Evidence, extra: list[Evidence] | None = None) -> Quote:
    """The evidence sentence with the words of `evidence` (and of `extra`) marked."""
    marks = []
    for item in [evidence, *(extra or [])]:
        if item.span_start is not None and item.span_end is not None:
            marks.append(Range(item.span_start - evidence.start, item.span_end - evidence.start))
    return Quote(evidence.article, evidence.sentence_index, segments(evidence.sentence, marks))


def _value_text(value: str | int | None) -> str:
    return "—" if value is None else str(value)


def _support_row(value: FieldValue, fallback: list[Evidence]) -> SupportRow:
    evidence = value.evidence or [e for e in fallback if e.article in value.articles]
    seen: set[tuple[str, int]] = set()
    quotes = []
    for item in evidence:
        if (item.article, item.sentence_index) not in seen:
            seen.add((item.article, item.sentence_index))
            quotes.append(quote(item))
    return SupportRow(
        _value_text(value.value), list(value.articles), value.inferred, value.basis, quotes
    )


def _field_values(event: Event, name: str, values: list[FieldValue]) -> list[FieldValue]:
    """Conflict values with the evidence the event's `fields` table holds for them."""
    known = {str(v.value): v for v in event.fields.get(name, [])}
    filled = []
    for value in values:
        if not value.evidence and str(value.value) in known:
            value = value.model_copy(update={"evidence": known[str(value.value)].evidence})
        filled.append(value)
    return filled


def conflict_summary(label: str, values: list[FieldValue]) -> str:
    parts = [f"{_value_text(v.value)} — {plural(len(v.articles), 'article')}" for v in values]
    return f"{label}: " + "; ".join(parts)


def _source_columns(
    event: Event, get_article: Callable[[str], Article | None]
) -> list[SourceColumn]:
    by_article: dict[str, dict[int, list[Evidence]]] = {}
    for article_id in event.articles:
        by_article.setdefault(article_id, {})
    everything = list(event.mentions)
    for values in event.fields.values():
        for value in values:
            everything.extend(value.evidence)
    for evidence in everything:
        by_article.setdefault(evidence.article, {}).setdefault(evidence.sentence_index, []).append(
            evidence
        )
    columns = []
    for article_id, sentences in by_article.items():
        quotes = [
            quote(found[0], found[1:])
            for _, found in sorted(sentences.items(), key=lambda kv: kv[0])
        ]
        columns.append(SourceColumn(article_id, get_article(article_id), quotes))
    return columns


def _linked(event_id: str, get_event: Callable[[str], Event | None]) -> LinkedEvent:
    linked = get_event(event_id)
    if linked is None:
        return LinkedEvent(event_id, event_id, None, None, found=False)
    return LinkedEvent(linked.id, event_label(linked), linked.date, linked.status.value, found=True)


def build_dossier(
    event: Event,
    get_article: Callable[[str], Article | None],
    get_event: Callable[[str], Event | None],
) -> Dossier:
    """Everything the event page shows, with articles and linked events looked up."""
    conflicted = {conflict.field for conflict in event.conflicts}
    dossier = Dossier(
        event=event, title=event_label(event), actors=list(event_actors(event).items())
    )
    for name, values in event.fields.items():
        rows = [_support_row(value, event.mentions) for value in values]
        dossier.fields.append(FieldSupport(name, field_label(name), rows, name in conflicted))
    for conflict in event.conflicts:
        # Best-supported value first: "round: 18 — 2 articles; 9 — 1 article".
        ranked = sorted(conflict.values, key=lambda value: -len(value.articles))
        values = _field_values(event, conflict.field, ranked)
        label = field_label(conflict.field)
        dossier.conflicts.append(
            ConflictView(
                conflict.field,
                label,
                conflict_summary(label, values),
                [_support_row(value, event.mentions) for value in values],
            )
        )
    dossier.sources = _source_columns(event, get_article)
    dossier.promises = [_linked(event_id, get_event) for event_id in event.promises]
    if event.fulfils:
        dossier.fulfils = _linked(event.fulfils, get_event)
    if event.fulfilled_by:
        dossier.fulfilled_by = _linked(event.fulfilled_by, get_event)
    return dossier
