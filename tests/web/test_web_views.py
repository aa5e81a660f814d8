"""View helpers: highlighting, the month chart, links, paging and the summary cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.models import EventFilter, EventType
from parley.store import open_store
from parley.web.highlight import Range, Segment, bracket_snippet, segments
from parley.web.month_chart import build_month_chart
from parley.web.pagination import Pager
from parley.web.snapshot import SnapshotCache, database_signature
from parley.web.templating import safe_url


def test_segments_cut_at_every_boundary_and_clip_bad_offsets() -> None:
    text = "Wang met Patrushev."
    pieces = segments(text, [Range(0, 19, "ev-1"), Range(5, 8), Range(15, 99, "ev-2")])
    assert pieces == [
        Segment("Wang ", ("ev-1",)),
        Segment("met", ("ev-1",), marked=True),
        Segment(" Patrus", ("ev-1",)),
        Segment("hev.", ("ev-1", "ev-2")),
    ]
    assert "".join(p.text for p in pieces) == text
    assert segments(text, [Range(-5, -1), Range(30, 40)]) == [Segment(text)]


def test_bracket_snippet_marks_matches() -> None:
    assert bracket_snippet("the [ninth] round") == [
        Segment("the "),
        Segment("ninth", marked=True),
        Segment(" round"),
    ]


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        (" JAVASCRIPT:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example", False),
        ("/relative", False),
    ],
)
def test_safe_url_keeps_only_http_links(url: str, kept: bool) -> None:
    assert (safe_url(url) is not None) is kept


def test_month_chart_stacks_types_and_keeps_empty_months() -> None:
    chart = build_month_chart(
        [
            ("2023-01", EventType.CONSULT),
            ("2023-01", EventType.AGREE),
            ("2023-03", EventType.CONSULT),
            (None, EventType.SUPPORT),
        ]
    )
    assert [(b.period, b.total) for b in chart.bars] == [
        ("2023-01", 2),
        ("2023-02", 0),
        ("2023-03", 1),
    ]
    january = chart.bars[0].segments
    assert [s.type for s in january] == ["CONSULT", "AGREE"]
    assert january[1].y + january[1].height == pytest.approx(january[0].y)


def test_month_chart_groups_long_spans_by_year() -> None:
    chart = build_month_chart([("2001-05", EventType.CONSULT), ("2020-02", EventType.AGREE)])
    assert chart.by_year and chart.bars[0].period == "2001" and len(chart.bars) == 20


def test_pager_links_keep_filters() -> None:
    pager = Pager(2, 10, 25, (("actor", "Wang Yi"),))
    assert (pager.offset, pager.pages, pager.first_item, pager.last_item) == (10, 3, 11, 20)
    assert pager.next == "?actor=Wang+Yi&page=3"


def test_simple_filters_on_the_cache_agree_with_the_store(db_path: Path) -> None:
    with open_store(db_path) as store:
        snapshot = SnapshotCache(db_path).get(store)
        for flt in [
            EventFilter(),
            EventFilter(type=EventType.CONSULT),
            EventFilter(date_from="2022-09", date_to="2023"),
            EventFilter(status="planned", date_to="2023-06"),
        ]:
            chosen = snapshot.simple_filter_events(flt)
            assert chosen is not None
            assert [d.id for d in chosen] == [e.id for e in store.query_events(flt)]
        assert snapshot.simple_filter_events(EventFilter(actor="Wang")) is None


def test_cache_rebuilds_when_the_database_changes(db_path: Path) -> None:
    cache = SnapshotCache(db_path)
    with open_store(db_path) as store:
        first = cache.get(store)
        assert cache.get(store) is first
        before = database_signature(db_path)
        store.replace_events(store.query_events(EventFilter(limit=2)))
        assert database_signature(db_path) != before
        assert len(cache.get(store).events) == 2
