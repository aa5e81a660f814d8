"""The `Store` protocol: what every backend (SQLite now, PostgreSQL later) provides."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from types import TracebackType
from typing import Literal, Protocol, Self

from parley.models import (
    ActorSummary,
    Article,
    Conflict,
    Event,
    EventFilter,
    EventMention,
    MechanismSummary,
)

SaveOutcome = Literal["added", "replaced", "unchanged"]


class Store(Protocol):
    """Persistence for articles, their mentions and reconciled events.

    Every writing method runs in one transaction: on any error nothing is written. Database
    failures surface as `parley.errors.StoreError`; bad user input as `UsageError`.
    """

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    # -- articles and mentions
    def article_hash(self, article_id: str) -> str | None: ...

    def save_article(self, article: Article, mentions: Sequence[EventMention]) -> SaveOutcome: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def iter_articles(self) -> Iterator[Article]: ...

    def count_articles(self) -> int: ...

    def iter_mentions(self) -> Iterator[EventMention]: ...

    def mentions_for_article(self, article_id: str) -> list[EventMention]: ...

    def replace_mentions(self, article_id: str, mentions: Sequence[EventMention]) -> None: ...

    def articles_to_date(self, article_ids: Collection[str]) -> list[tuple[str, str | None]]: ...

    def articles_undated_near(self, mention_ids: Collection[str]) -> set[str]: ...

    # -- events
    def replace_events(self, events: Iterable[Event]) -> int: ...

    def query_events(self, flt: EventFilter) -> list[Event]: ...

    def count_events(self, flt: EventFilter) -> int: ...

    def get_event(self, event_id: str) -> Event | None: ...

    def events_for_article(self, article_id: str) -> list[Event]: ...

    def events_of_on(
        self, kb_ids: Collection[str], days: Collection[tuple[int, int]]
    ) -> list[Event]: ...

    # -- summaries
    def list_actors(self) -> list[ActorSummary]: ...

    def get_actor(self, key_or_name: str) -> ActorSummary | None: ...

    def list_mechanisms(self) -> list[MechanismSummary]: ...

    def list_conflicts(self) -> list[tuple[Event, Conflict]]: ...

    def search_articles(self, query: str, limit: int = 20) -> list[tuple[str, str]]: ...

    def stats(self) -> dict[str, int]: ...
