"""/api/articles: full-text search and single articles with the events they report."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from ..context import ContextDep
from .schemas import ArticleDetail, ArticleHit, ArticleSearch

router = APIRouter(prefix="/api/articles", tags=["articles"])


@router.get("", response_model=ArticleSearch)
def search_articles(
    context: ContextDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> ArticleSearch:
    """Articles containing every word of `q`, best first; matches in the snippet are in [ ]."""
    with context.store() as store:
        hits = store.search_articles(q, limit=limit)
    return ArticleSearch(query=q, items=[ArticleHit(id=i, snippet=s) for i, s in hits])


@router.get("/{article_id:path}", response_model=ArticleDetail)
def get_article(context: ContextDep, article_id: str) -> ArticleDetail:
    """One article's text and metadata, with the ids of the events it reports."""
    with context.store() as store:
        article = store.get_article(article_id)
        events = store.events_for_article(article_id) if article else []
    if article is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return ArticleDetail(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        published=article.published.isoformat() if article.published else None,
        dateline_place=article.dateline_place,
        text=article.text,
        events=[event.id for event in events],
    )
