"""Geometry of the "events per month by type" bar chart, drawn as inline SVG by templates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from parley.models import EventType

WIDTH = 960
HEIGHT = 180
MARGIN_LEFT = 36
MARGIN_BOTTOM = 22
# More months than this are grouped by year so bars stay wide enough to see and hover.
MAX_BARS = 120
TYPE_ORDER = [EventType.CONSULT, EventType.AGREE, EventType.SUPPORT]


@dataclass(frozen=True)
class BarSegment:
    type: str
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Bar:
    period: str  # "YYYY-MM" or "YYYY"
    total: int
    segments: list[BarSegment]
    x: float
    width: float


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class MonthChart:
    bars: list[Bar]
    ticks: list[Tick]
    max_total: int
    by_year: bool
    width: int = WIDTH
    height: int = HEIGHT
    plot_bottom: int = HEIGHT - MARGIN_BOTTOM
    left: int = MARGIN_LEFT

    @property
    def empty(self) -> bool:
        return not self.bars


def _months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    months = []
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return months


def build_month_chart(items: Iterable[tuple[str | None, EventType]]) -> MonthChart:
    """Stacked bars per month (or per year over long spans) from (month, type) pairs.

    Items without a month (undated or year-only) are not drawn. Empty periods between the
    first and last month get an empty slot so gaps in time are visible.
    """
    counts: Counter[tuple[str, EventType]] = Counter(
        (month, kind) for month, kind in items if month is not None
    )
    if not counts:
        return MonthChart(bars=[], ticks=[], max_total=0, by_year=False)
    months = _months_between(min(m for m, _ in counts), max(m for m, _ in counts))
    by_year = len(months) > MAX_BARS
    if by_year:
        counts = _by_year(counts)
        periods = [str(y) for y in range(int(months[0][:4]), int(months[-1][:4]) + 1)]
    else:
        periods = months
    totals = {p: sum(counts.get((p, kind), 0) for kind in TYPE_ORDER) for p in periods}
    max_total = max(totals.values()) or 1
    plot_height = HEIGHT - MARGIN_BOTTOM - 8
    slot = (WIDTH - MARGIN_LEFT) / len(periods)
    bar_width = max(slot * 0.8, 1.0)
    bars = []
    for index, period in enumerate(periods):
        x = MARGIN_LEFT + index * slot + (slot - bar_width) / 2
        y = float(HEIGHT - MARGIN_BOTTOM)
        segments = []
        for kind in TYPE_ORDER:
            count = counts.get((period, kind), 0)
            if not count:
                continue
            height = plot_height * count / max_total
            y -= height
            segments.append(BarSegment(kind.value, count, x, y, bar_width, height))
        bars.append(Bar(period, totals[period], segments, x, bar_width))
    step = max(1, len(periods) // 10)
    ticks = [
        Tick(MARGIN_LEFT + index * slot + slot / 2, period)
        for index, period in enumerate(periods)
        if index % step == 0
    ]
    return MonthChart(bars=bars, ticks=ticks, max_total=max_total, by_year=by_year)


def _by_year(counts: Counter[tuple[str, EventType]]) -> Counter[tuple[str, EventType]]:
    years: Counter[tuple[str, EventType]] = Counter()
    for (month, kind), count in counts.items():
        years[(month[:4], kind)] += count
    return years
