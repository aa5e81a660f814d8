"""Commitments: an agreement to meet points at the planned meeting it announces, and a planned
meeting points at the later meeting that fulfils it once a report of that meeting arrives."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from parley.models import Event, EventType, Status


@dataclass(frozen=True)
class LinkView:
    """What linking a plan to the meeting that fulfils it reads of an event. The store can
    read it from indexed columns, without parsing the event's record."""

    id: str
    type: EventType
    status: Status
    date: str | None
    articles: tuple[str, ...]
    mechanism: str | None
    # The participants' countries (upper case), for plans and meetings without a mechanism.
    countries: frozenset[str]
    # The links the stored record holds now.
    fulfils: str | None = None
    fulfilled_by: str | None = None

    @classmethod
    def of(cls, event: Event) -> LinkView:
        return cls(
            id=event.id,
            type=event.type,
            status=event.status,
            date=event.date,
            articles=tuple(event.articles),
            mechanism=event.mechanism.key if event.mechanism is not None else None,
            countries=frozenset(p.country.upper() for p in event.participants if p.country),
            fulfils=event.fulfils,
            fulfilled_by=event.fulfilled_by,
        )


def link_commitments(events: list[Event], promised: dict[str, str]) -> list[Event]:
    """Events with `promises`, `fulfils` and `fulfilled_by` filled in.

    `promised` maps an AGREE mention id to the id of the planned mention it announces.
    """
    by_mention = {mention_id: event for event in events for mention_id in event.mention_ids}
    promises: dict[str, list[str]] = {}
    for agree_mention, plan_mention in promised.items():
        if agree_mention in by_mention and plan_mention in by_mention:
            agreement = by_mention[agree_mention]
            promises.setdefault(agreement.id, []).append(by_mention[plan_mention].id)
    links = fulfilment_links([LinkView.of(event) for event in events])
    return [
        event.model_copy(
            update={
                "promises": sorted(set(promises.get(event.id, []))),
                "fulfils": links[event.id][0],
                "fulfilled_by": links[event.id][1],
            }
        )
        for event in events
    ]


def fulfilment_links(views: Sequence[LinkView]) -> dict[str, tuple[str | None, str | None]]:
    """(fulfils, fulfilled_by) of each event: the plan an occurred meeting fulfils, and the
    meeting that fulfils a plan."""
    fulfilment = _fulfilments(views)
    fulfilled_by = {planned: done for done, planned in fulfilment.items()}
    return {view.id: (fulfilment.get(view.id), fulfilled_by.get(view.id)) for view in views}


def _fulfilments(events: Sequence[LinkView]) -> dict[str, str]:
    """occurred event id -> planned event id it fulfils: same mechanism (or the same
    participants when neither names one), dated after the reports that announced the plan."""
    announced_after: dict[str, str] = {}
    article_dates: dict[str, str] = {}
    for event in events:
        if event.status == Status.OCCURRED and event.date:
            for article in event.articles:
                article_dates[article] = max(article_dates.get(article, ""), event.date)
    for plan in events:
        if plan.status != Status.PLANNED or plan.type != EventType.CONSULT:
            continue
        announced = max((article_dates.get(a, "") for a in plan.articles), default="")
        if not announced:
            continue
        announced_after[plan.id] = announced
    # Occurred meetings in (date, id) order: a plan's fulfilment is the first one after its
    # announcement that qualifies, found by bisection rather than a scan of every event (a
    # mechanism or a pair of countries gathers thousands of events in a large corpus).
    occurred = sorted(
        (
            e
            for e in events
            if e.status == Status.OCCURRED and e.type == EventType.CONSULT and e.date
        ),
        key=lambda e: (e.date or "", e.id),
    )
    dates = [e.date or "" for e in occurred]
    result: dict[str, str] = {}
    taken: set[str] = set()
    for plan in sorted(events, key=lambda e: e.id):
        if plan.id not in announced_after:
            continue
        plan_articles = set(plan.articles)
        for done in occurred[bisect_right(dates, announced_after[plan.id]) :]:
            if (
                done.id not in taken
                and plan_articles.isdisjoint(done.articles)
                and _same_commitment(plan, done)
            ):
                result[done.id] = plan.id
                taken.add(done.id)
                break
    return result


def _same_commitment(plan: LinkView, event: LinkView) -> bool:
    if plan.mechanism is not None or event.mechanism is not None:
        return plan.mechanism is not None and plan.mechanism == event.mechanism
    return len(plan.countries) >= 2 and plan.countries == event.countries
