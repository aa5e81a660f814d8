"""The library API: ingest -> nlp -> extract -> resolve -> reconcile -> store, as plain calls.

The CLI, the web app and notebooks all use `Parley`:

    with Parley.open("parley.db") as parley:
        report = parley.ingest(["articles/"])
        for event in parley.events(EventFilter(actor="Lavrov")):
            print(event.date, event.type, [p.name for p in event.participants])
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
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
from parley.reconcile import ReconcileRun, index_mentions, reconcile_all, reconcile_incremental
from parley.resolve.dates import parse_dateline_date
from parley.resolve.entity_names import entity_patterns
from parley.resolve.knowledge import KnowledgeBase
from parley.resolve.mentions import MentionResolver
from parley.resolve.record_year import date_from_record, needs_year, year_from_record
from parley.settings import Settings
from parley.store import SQLiteStore, open_store

log = logging.getLogger(__name__)

# Articles whose candidate sentences go through spaCy together (and one task for a worker).
CHUNK_SIZE = 32
# Rounds of dating year-less reports from the record after an ingest: each round's dates can
# date others (a report dated in one round puts its people on a day that another shares).
RECORD_YEAR_ROUNDS = 3
# Chunks handed to worker processes ahead of the one being saved, per worker: enough to keep
# them busy, few enough that memory does not grow with the corpus.
CHUNKS_AHEAD_PER_WORKER = 4

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
    # What the reconciliation after the ingest redid (only what the new articles touched).
    reconciliation: ReconcileRun | None = None

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
        workers: int = 1,
    ) -> IngestReport:
        """Read, extract and store every article under `paths`, then reconcile events.

        Each article is stored whole or not at all (a savepoint of its own; a chunk of them
        commits together); bad inputs are skipped and listed in the report. `on_item` is
        called with the source of each input as it is finished. With `workers` > 1,
        extraction runs in that many processes (each loads spaCy once) while this process
        reads inputs and writes the database. Reconciliation then redoes only the events the
        new and replaced articles touch.
        """
        if workers < 1:
            raise UsageError(f"workers must be 1 or more, not {workers}")
        report = IngestReport()
        items = iter_inputs(paths, settings=self.settings, stdin=stdin)
        if workers == 1:
            for chunk in _chunks(items, CHUNK_SIZE):
                articles = self._new_articles(chunk, report, on_item)
                self._save(self.analysis.analyse(articles), report, on_item)
        else:
            self._ingest_in_workers(items, workers, report, on_item)
        report.reconciliation = run = reconcile_incremental(self.store)
        for _ in range(RECORD_YEAR_ROUNDS):
            if not self._date_from_record(run):
                break
            # The dated reports' events change, and with them what may date others.
            run = reconcile_incremental(self.store)
            report.reconciliation = _added(report.reconciliation, run)
        report.events = self.store.count_events(EventFilter())
        return report

    def _date_from_record(self, run: ReconcileRun) -> int:
        """Date the year-less reports this reconciliation touched, or whose people's days it
        dated, from other reports of their day (`parley.resolve.record_year`); how many
        changed. Reports are looked at again whenever the record around them changes, so the
        result does not depend on the order in which reports arrive."""
        touched = run.touched_articles | self.store.articles_undated_near(run.touched_mentions)
        stored: list[EventMention] = []
        for article_id, dateline in self.store.articles_to_date(touched):
            mentions = self.store.mentions_for_article(article_id)
            undated = [m for m in mentions if needs_year(m)]
            if not undated:
                continue
            joined = self.store.events_for_article(article_id)
            candidates = {
                m.id: [e for e in joined if m.id in e.mention_ids]
                + self.store.events_of_on(
                    {p.kb_id for p in m.participants if p.kb_id and p.kind == "person"},
                    m.date.days_around() if m.date else [],
                )
                for m in undated
            }
            stated = parse_dateline_date(dateline, None) if dateline else None
            found = year_from_record(undated, candidates, stated)
            if found is None:
                continue
            dated = date_from_record(mentions, found, stated)
            if dated != mentions:
                self.store.replace_mentions(article_id, dated)
                stored.extend(dated)
        index_mentions(self.store, stored)
        return len({m.article for m in stored})

    def _ingest_in_workers(
        self,
        items: Iterable[Article | IngestFailure],
        workers: int,
        report: IngestReport,
        on_item: ProgressCallback | None,
    ) -> None:
        # spawn/forkserver, never fork: a forked copy of a parent holding SQLite connections
        # and spaCy state is not safe, and both work the same on every platform.
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        pending: deque[tuple[list[Article], Any]] = deque()
        with context.Pool(workers, initializer=_start_worker, initargs=(self.settings,)) as pool:
            for chunk in _chunks(items, CHUNK_SIZE):
                articles = self._new_articles(chunk, report, on_item)
                if articles:
                    pending.append((articles, pool.apply_async(_analyse_in_worker, (articles,))))
                while len(pending) > workers * CHUNKS_AHEAD_PER_WORKER:
                    self._save_finished(pending.popleft(), report, on_item)
            while pending:
                self._save_finished(pending.popleft(), report, on_item)

    def _save_finished(
        self,
        task: tuple[list[Article], Any],
        report: IngestReport,
        on_item: ProgressCallback | None,
    ) -> None:
        articles, result = task
        mentions: list[list[EventMention]] = result.get()
        self._save(zip(articles, mentions, strict=True), report, on_item)

    def _new_articles(
        self,
        chunk: list[Article | IngestFailure],
        report: IngestReport,
        on_item: ProgressCallback | None,
    ) -> list[Article]:
        """The articles of `chunk` that need analysing; failures and unchanged ones reported."""
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
        return articles

    def _save(
        self,
        analysed: Iterable[tuple[Article, list[EventMention]]],
        report: IngestReport,
        on_item: ProgressCallback | None,
    ) -> None:
        stored: list[EventMention] = []
        # Analysed first, so the write lock is held only for the writes.
        finished = list(analysed)
        # One transaction per chunk, each article in a savepoint of its own: a commit per
        # article spent more time writing the log than inserting the rows.
        with self.store.batch("save articles"):
            for article, mentions in finished:
                outcome = self.store.save_article(article, mentions)
                if outcome == "added":
                    report.added += 1
                elif outcome == "replaced":
                    report.replaced += 1
                else:
                    report.unchanged += 1
                if outcome != "unchanged":
                    stored.extend(mentions)
                report.mentions += len(mentions)
                if on_item:
                    on_item(article.source_path or article.id)
            # Blocks are recorded now, from the mentions in hand, rather than read back from
            # the database by the reconciliation at the end (which no worker can share).
            index_mentions(self.store, stored)

    @property
    def analysis(self) -> _Analysis:
        if self._analysis is None:
            self._analysis = _Analysis(self.settings, self.knowledge)
        return self._analysis

    def reconcile(self) -> int:
        """Rebuild every event from the stored mentions; returns the number of events.

        Memory stays flat: mentions are clustered one connected component of blocks at a time.
        `ingest` does not need this: it already brings the events up to date incrementally.
        """
        reconcile_all(self.store)
        return self.store.count_events(EventFilter())

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
        sentences = {
            a.id: split_sentences(a.text, self.splitter, breaks=_dateline_breaks(a))
            for a in articles
        }
        by_id = {a.id: a for a in articles}
        frames = self.extractor.frames_for_articles((a.id, sentences[a.id]) for a in articles)
        for article_id, article_frames in frames:
            article = by_id[article_id]
            yield article, self.resolver.resolve(article, sentences[article_id], article_frames)


# The analysis of a worker process, built once by `_start_worker` (one spaCy load per process).
_worker_analysis: _Analysis | None = None


def _start_worker(settings: Settings) -> None:
    global _worker_analysis
    _worker_analysis = _Analysis(settings, KnowledgeBase.load(settings.kb_paths))


def _analyse_in_worker(articles: list[Article]) -> list[list[EventMention]]:
    """The mentions of each article (in order); the articles themselves stay in the parent."""
    assert _worker_analysis is not None, "worker not started"
    return [mentions for _, mentions in _worker_analysis.analyse(articles)]


def _added(first: ReconcileRun, second: ReconcileRun) -> ReconcileRun:
    """Two reconciliation runs of one ingest, counted as one."""
    return replace(
        second,
        new_mentions=first.new_mentions + second.new_mentions,
        components=first.components + second.components,
        mentions_reclustered=first.mentions_reclustered + second.mentions_reclustered,
        events_removed=first.events_removed + second.events_removed,
        events_written=first.events_written + second.events_written,
        events_relinked=first.events_relinked + second.events_relinked,
    )


def _dateline_breaks(article: Article) -> tuple[int, ...]:
    return (article.dateline_end,) if article.dateline_end else ()


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
