"""Response shapes of the JSON API (they also document it in the OpenAPI schema)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from parley.models import ActorSummary, MechanismSummary


class EventPage(BaseModel):
    """A page of events; each item has the keys of the JSON Lines export record."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ActorSummary]


class MechanismPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[MechanismSummary]


class ConflictItem(BaseModel):
    event_id: str
    event_date: str | None
    field: str
    values: list[dict[str, Any]]


class ConflictPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ConflictItem]


class ArticleHit(BaseModel):
    id: str
    snippet: str


class ArticleSearch(BaseModel):
    query: str
    items: list[ArticleHit]


class ArticleDetail(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    dateline_place: str | None
    text: str
    events: list[str] = Field(description="Ids of the events this article reports")


class UploadJob(BaseModel):
    id: str
    state: str
    files: list[str]
    total: int
    done: int
    message: str
    summary: dict[str, Any]
