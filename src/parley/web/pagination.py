"""Page numbers for list pages and limit/offset for the API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Query

MAX_PAGE = 1_000_000
API_MAX_LIMIT = 500
API_DEFAULT_LIMIT = 50

PageNumber = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1")]
Limit = Annotated[
    int, Query(ge=1, le=API_MAX_LIMIT, description=f"Items per page (at most {API_MAX_LIMIT})")
]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip")]


@dataclass(frozen=True)
class Pager:
    """Where a page sits in a list of `total` items, with links that keep the other params."""

    number: int
    size: int
    total: int
    params: tuple[tuple[str, str], ...] = ()

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def first_item(self) -> int:
        return min(self.offset + 1, self.total)

    @property
    def last_item(self) -> int:
        return min(self.offset + self.size, self.total)

    def href(self, number: int) -> str:
        """Query string for page `number` with the same filters."""
        return "?" + urlencode([*self.params, ("page", str(number))])

    @property
    def previous(self) -> str | None:
        return self.href(self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.href(self.number + 1) if self.number < self.pages else None
