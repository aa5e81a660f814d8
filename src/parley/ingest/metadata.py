"""Which source of metadata wins, and the fallbacks a run supplies.

Precedence follows how much each source can be trusted to describe *this* article: fields the
input states explicitly (JSON) first, then what the text itself prints (stamps, dateline), then
the HTML head, then the run's options. Outlet is the exception: a wire agency in the dateline
("(Reuters)") names who wrote the story, not the site that carried it, so the HTML site name
comes before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from parley.errors import UsageError
from parley.settings import Settings


@dataclass(frozen=True)
class Metadata:
    """Article metadata from one source; any field may be missing."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: datetime | None = None


@dataclass(frozen=True)
class Fallbacks:
    """Values from the run's options for articles that carry none."""

    published: datetime | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class MergedMetadata:
    """The metadata an `Article` gets, with where the publication time came from."""

    title: str | None
    outlet: str | None
    url: str | None
    published: datetime | None
    published_basis: str | None


def fallbacks_from_settings(settings: Settings) -> Fallbacks:
    """Parse `settings.published` (ISO date or date-time); raise `UsageError` when invalid."""
    published = None
    if settings.published:
        try:
            published = datetime.fromisoformat(settings.published.strip())
        except ValueError as err:
            raise UsageError(
                f"invalid publication date {settings.published!r}: expected YYYY-MM-DD"
            ) from err
    return Fallbacks(published=published, outlet=settings.outlet or None)


def merge_metadata(
    *,
    explicit: Metadata,
    text: Metadata,
    html: Metadata,
    agency: str | None,
    fallbacks: Fallbacks,
) -> MergedMetadata:
    """Merge field by field in precedence order (see the module docstring)."""
    published, basis = _first_with_basis(
        (explicit.published, "metadata"),
        (text.published, "text"),
        (html.published, "html"),
        (fallbacks.published, "option"),
    )
    return MergedMetadata(
        title=explicit.title or html.title or text.title,
        outlet=explicit.outlet or html.outlet or agency or fallbacks.outlet,
        url=explicit.url or html.url,
        published=published,
        published_basis=basis,
    )


def _first_with_basis(
    *candidates: tuple[datetime | None, str],
) -> tuple[datetime | None, str | None]:
    for value, basis in candidates:
        if value is not None:
            return value, basis
    return None, None
