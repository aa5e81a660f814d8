"""One test article through the whole pipeline: its occurred meetings, or its agreements."""

from __future__ import annotations

from pathlib import Path

from parley.models import Event, EventFilter, EventMention, Status
from parley.pipeline import Parley


def occurred_meetings(tmp_path: Path, text: str, actor: str | None = None) -> list[Event]:
    """Ingest one article written for the test; its occurred meetings (of `actor`)."""
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    with Parley.open(tmp_path / "p.db") as parley:
        assert parley.ingest([str(article)]).ok
        found = parley.events(EventFilter(actor=actor, status=Status.OCCURRED))
    return [e for e in found if e.type.value == "CONSULT"]


def agreements(tmp_path: Path, text: str) -> list[Event]:
    """Ingest one article written for the test; its agreements."""
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    with Parley.open(tmp_path / "p.db") as parley:
        assert parley.ingest([str(article)]).ok
        return [e for e in parley.events() if e.type.value == "AGREE"]


def supports(tmp_path: Path, text: str) -> list[Event]:
    """Ingest one article written for the test; its statements of support."""
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    with Parley.open(tmp_path / "p.db") as parley:
        assert parley.ingest([str(article)]).ok
        return [e for e in parley.events() if e.type.value == "SUPPORT"]


def parties(meetings: list[Event]) -> list[list[str]]:
    """Each meeting's participants by name, sorted, for comparing with what a test expects."""
    return [sorted(p.name for p in e.participants) for e in meetings]


def article_mentions(tmp_path: Path, stem: str, text: str) -> list[EventMention]:
    """Ingest one article written for the test, saved as `stem`.txt; its event mentions."""
    article = tmp_path / f"{stem}.txt"
    article.write_text(text, encoding="utf-8")
    with Parley.open(tmp_path / "p.db") as parley:
        assert parley.ingest([str(article)]).ok
        return parley.store.mentions_for_article(stem)
