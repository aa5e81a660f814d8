"""The library API: ingest -> nlp -> extract -> resolve -> reconcile -> store, as plain calls.

The CLI, the web app and notebooks all use `Parley`:

    with Parley.open("parley.db") as parley:
        report = parley.ingest(["articles/"])
        for event in parley.events(EventFilter(actor="Lavrov")):
            print(event.date, event.type, [p.name for p in event.participants])
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from parley.errors import UsageError
from parley.export import export_events
from parley.extract.frames import FrameExtractor
from parley.extract.lexicon import Lexicon
from parley.ingest import count_inputs, iter_inputs
from parley.models import (
    ActorSummary,
    Article,
    Conflict,
    Event,
    EventFilter,
    EventMention,
    IngestFailure,
    MechanismSummary,
)
from parley.nlp.entities import add_entity_patterns
from parley.nlp.model import load_model
from parley.nlp.sentences import make_splitter, split_sentences
from parley.reconcile import reconcile_mentions
from parley.resolve.entity_names import entity_patterns
from parley.resolve.knowledge import KnowledgeBase
from parley.resolve.mentions import MentionResolver
from parley.settings import Settings
from parley.store import SQLiteStore, open_store

log = logging.getLogger(__name__)

# Articles whose candidate sentences go through spaCy together.
CHUNK_SIZE = 32

ProgressCallback = Callable[[str], None]


@dataclass
class IngestReport:
    """What one ingest run did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    mentions: int = 0
    events: int = 0
    failures: list[IngestFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


class Parley:
    """A parley database and the pipeline that fills it."""

    def __init__(self, store: SQLiteStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._kb: KnowledgeBase | None = None
        self._analysis: _Analysis | None = None

    @classmethod
    def open(cls, db: str | Path | None = None, *, settings: Settings | None = None) -> Parley:
        """Open (creating and migrating if needed) the database at `db` or `settings.db_path`."""
        settings = settings or Settings()
        if db is not None:
            settings = replace(settings, db_path=Path(db))
        return cls(open_store(settings.db_path), settings)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Parley:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ ingest

    @property
    def knowledge(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = KnowledgeBase.load(self.settings.kb_paths)
        return self._kb

    def count_inputs(self, paths: Sequence[str]) -> int:
        """How many inputs `ingest` will read (for a progress bar)."""
        return count_inputs(paths)

    def ingest(
        self,
        paths: Sequence[str],
        *,
        stdin: TextIO | None = None,
        on_item: ProgressCallback | None = None,
    ) -> IngestReport:
        """Read, extract and store every article under `paths`, then reconcile events.

        Each article is stored in its own transaction; bad inputs are skipped and listed in the
        report. `on_item` is called with the source of each input as it is finished.
        """
        report = IngestReport()
        items = iter_inputs(paths, settings=self.settings, stdin=stdin)
        for chunk in _chunks(items, CHUNK_SIZE):
            self._ingest_chunk(chunk, report, on_item)
        report.events = self.reconcile()
        return report

    def _ingest_chunk(
        self,
        chunk: list[Article | IngestFailure],
        report: IngestReport,
        on_item: ProgressCallback | None,
    ) -> None:
        articles: list[Article] = []
        for item in chunk:
            if isinstance(item, IngestFailure):
                report.failures.append(item)
                if on_item:
                    on_item(item.source)
            elif self.store.article_hash(item.id) == item.content_hash:
                report.unchanged += 1
                if on_item:
                    on_item(item.source_path or item.id)
            else:
                articles.append(item)
        for article, mentions in self.analysis.analyse(articles):
            outcome = self.store.save_article(article, mentions)
            if outcome == "added":
                report.added += 1
            elif outcome == "replaced":
                report.replaced += 1
            else:
                report.unchanged += 1
            report.mentions += len(mentions)
            if on_item:
                on_item(article.source_path or article.id)

    @property
    def analysis(self) -> _Analysis:
        if self._analysis is None:
            self._analysis = _Analysis(self.settings, self.knowledge)
        return self._analysis

    def reconcile(self) -> int:
        """Rebuild every event from the stored mentions; returns the number of events."""
        events = reconcile_mentions(self.store.iter_mentions())
        return self.store.replace_events(events)

    # ------------------------------------------------------------------ queries

    def events(self, flt: EventFilter | None = None) -> list[Event]:
        return self.store.query_events(flt or EventFilter())

    def count_events(self, flt: EventFilter | None = None) -> int:
        return self.store.count_events(flt or EventFilter())

    def event(self, event_id: str) -> Event:
        """The event with this id (or unique id prefix); UsageError when there is none."""
        event = self.store.get_event(event_id)
        if event is None:
            raise UsageError(f"no event with id {event_id!r}")
        return event

    def article(self, article_id: str) -> Article:
        article = self.store.get_article(article_id)
        if article is None:
            raise UsageError(f"no article with id {article_id!r}")
        return article

    def actors(self) -> list[ActorSummary]:
        return self.store.list_actors()

    def actor(self, key_or_name: str) -> ActorSummary:
        actor = self.store.get_actor(key_or_name)
        if actor is None:
            raise UsageError(f"no actor matching {key_or_name!r}")
        return actor

    def mechanisms(self) -> list[MechanismSummary]:
        return self.store.list_mechanisms()

    def conflicts(self) -> list[tuple[Event, Conflict]]:
        return self.store.list_conflicts()

    def export(
        self,
        fmt: str,
        out: Path | None,
        stdout: TextIO,
        flt: EventFilter | None = None,
    ) -> int:
        """Write events in `fmt` (jsonl, csv, parquet) to `out` or `stdout`; returns the count."""
        if fmt not in ("jsonl", "csv", "parquet"):
            raise UsageError(f"unknown export format {fmt!r} (use jsonl, csv or parquet)")
        return export_events(self.events(flt), fmt, out, stdout)  # type: ignore[arg-type]


class _Analysis:
    """The NLP half of the pipeline, built once and only when something is ingested."""

    def __init__(self, settings: Settings, kb: KnowledgeBase) -> None:
        nlp = load_model(settings.spacy_model)
        add_entity_patterns(nlp, entity_patterns(kb))
        self.splitter = make_splitter()
        self.extractor = FrameExtractor(nlp, Lexicon.load())
        self.resolver = MentionResolver(kb)

    def analyse(self, articles: list[Article]) -> Iterator[tuple[Article, list[EventMention]]]:
        sentences = {a.id: split_sentences(a.text, self.splitter) for a in articles}
        by_id = {a.id: a for a in articles}
        frames = self.extractor.frames_for_articles((a.id, sentences[a.id]) for a in articles)
        for article_id, article_frames in frames:
            article = by_id[article_id]
            yield article, self.resolver.resolve(article, sentences[article_id], article_frames)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
