"""Group mentions of the same real-world event, within and across articles.

Mentions are blocked by pairs of actors (people or countries) and compared only with clusters
under the same pair, so the work grows with the corpus, not with its square. Dated mentions are
placed first, so a year-less or weekday-only mention joins the cluster its date is compatible
with rather than seeding one of its own.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations

from parley.models import ActorRef, DateValue, EventMention, EventType, Status

# A cluster must agree at least this well to take a mention (see `_score`).
MIN_SCORE = 2
# How many more named people one report of a meeting may list than another.
MAX_EXTRA_PEOPLE = 2


@dataclass(frozen=True, slots=True)
class Day:
    """The parts of a date that merging compares."""

    year: int | None
    month: int | None
    day: int | None
    weekday: int | None

    @classmethod
    def of(cls, value: DateValue) -> Day:
        return cls(value.year, value.month, value.day, value.weekday)

    def as_date(self) -> date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


@dataclass(frozen=True, slots=True)
class Sketch:
    """What merging reads of a mention. A mention with its evidence takes kilobytes, a sketch a
    few hundred bytes, so the largest component of a large corpus fits in memory; events are
    built from the full mentions, one cluster at a time."""

    id: str
    article: str
    sentence_index: int
    type: EventType
    status: Status
    mode: str | None
    date: Day | None
    mechanism: str | None
    known_mechanism: bool
    people: frozenset[str]
    # Whether any of `people` is a person rather than an organisation.
    has_persons: bool
    countries: frozenset[str]
    sides: frozenset[str]
    place: str | None
    topic: frozenset[str]
    promises: bool
    gathering: bool
    in_person: bool
    # The city the sentence itself names, folded.
    city: str | None = None
    # The organisations among `people` ("eac", "sadc"): the bodies that convene a summit.
    organisations: frozenset[str] = frozenset()

    @classmethod
    def of(cls, mention: EventMention) -> Sketch:
        return cls(
            id=mention.id,
            article=mention.article,
            sentence_index=mention.evidence.sentence_index,
            type=mention.type,
            status=mention.status,
            mode=mention.mode,
            date=Day.of(mention.date) if mention.date is not None else None,
            mechanism=mention.mechanism.key if mention.mechanism is not None else None,
            known_mechanism=mention.mechanism is not None and mention.mechanism.known,
            people=frozenset(_people(mention.participants)),
            has_persons=any(a.kind == "person" for a in mention.participants),
            countries=frozenset(_countries(mention.participants)),
            sides=frozenset(_sides(mention.participants)),
            place=_stated_place(mention),
            topic=frozenset(_topic_words(mention)),
            promises=bool(mention.promises),
            gathering=_is_gathering(mention),
            in_person=_in_person(mention),
            city=_stated_city(mention),
            organisations=frozenset(
                a.match_key for a in mention.participants if a.kind == "organization"
            ),
        )

    def dumps(self) -> str:
        """The sketch as compact JSON, for the store (`loads` reads it back)."""
        day = self.date
        return json.dumps(
            [
                self.id,
                self.article,
                self.sentence_index,
                self.type.value,
                self.status.value,
                self.mode,
                None if day is None else [day.year, day.month, day.day, day.weekday],
                self.mechanism,
                self.known_mechanism,
                sorted(self.people),
                self.has_persons,
                sorted(self.countries),
                sorted(self.sides),
                self.place,
                sorted(self.topic),
                self.promises,
                self.gathering,
                self.in_person,
                self.city,
                sorted(self.organisations),
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def loads(cls, text: str) -> Sketch:
        fields = json.loads(text)
        # Sketches stored before the city was kept have two fields fewer; before the
        # organisations were kept, one fewer.
        city = fields[18] if len(fields) > 18 else None
        organisations = frozenset(fields[19]) if len(fields) > 19 else frozenset()
        (
            id_,
            article,
            sentence_index,
            type_,
            status,
            mode,
            day,
            mechanism,
            known_mechanism,
            people,
            has_persons,
            countries,
            sides,
            place,
            topic,
            promises,
            gathering,
            in_person,
        ) = fields[:18]
        return cls(
            id=id_,
            article=article,
            sentence_index=sentence_index,
            type=EventType(type_),
            status=Status(status),
            mode=mode,
            date=None if day is None else Day(*day),
            mechanism=mechanism,
            known_mechanism=known_mechanism,
            people=frozenset(people),
            has_persons=has_persons,
            countries=frozenset(countries),
            sides=frozenset(sides),
            place=place,
            topic=frozenset(topic),
            promises=promises,
            gathering=gathering,
            in_person=in_person,
            city=city,
            organisations=organisations,
        )


@dataclass
class Cluster:
    members: list[Sketch] = field(default_factory=list)
    people: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    dates: list[Day] = field(default_factory=list)
    mechanisms: set[str] = field(default_factory=set)
    known_mechanisms: set[str] = field(default_factory=set)
    place_countries: set[str] = field(default_factory=set)
    # Kept as mentions arrive, so scoring a mention never walks a large cluster.
    articles: set[str] = field(default_factory=set)
    side_counts: Counter[str] = field(default_factory=Counter)
    topics: set[str] = field(default_factory=set)
    # (city, day) of the reports that name a city and a day.
    placed_days: set[tuple[str, date]] = field(default_factory=set)
    gatherings: int = 0
    in_person: int = 0
    by_phone: int = 0
    multilateral: int = 0
    with_persons: int = 0
    organisations: set[str] = field(default_factory=set)

    def add(self, sketch: Sketch) -> None:
        self.members.append(sketch)
        self.articles.add(sketch.article)
        self.side_counts.update(sketch.sides)
        self.topics |= sketch.topic
        self.gatherings += sketch.gathering
        self.in_person += sketch.in_person
        self.by_phone += sketch.mode == "phone"
        self.multilateral += sketch.mode == "multilateral"
        self.with_persons += sketch.has_persons
        self.people |= sketch.people
        self.organisations |= sketch.organisations
        self.countries |= sketch.countries
        if sketch.date is not None:
            self.dates.append(sketch.date)
            day = sketch.date.as_date()
            if day is not None and sketch.city is not None:
                self.placed_days.add((sketch.city, day))
        if sketch.mechanism is not None:
            self.mechanisms.add(sketch.mechanism)
            if sketch.known_mechanism:
                self.known_mechanisms.add(sketch.mechanism)
        if sketch.place is not None:
            self.place_countries.add(sketch.place)

    @property
    def ids(self) -> list[str]:
        return [m.id for m in self.members]


def cluster_mentions(mentions: Iterable[EventMention]) -> list[list[EventMention]]:
    """The mentions of each event, in a deterministic order (see `cluster_sketches`)."""
    by_id = {m.id: m for m in mentions}
    clusters = cluster_sketches(Sketch.of(m) for m in by_id.values())
    return [[by_id[i] for i in cluster.ids] for cluster in clusters]


def cluster_sketches(sketches: Iterable[Sketch]) -> list[Cluster]:
    """Clusters of mentions that report one event, in a deterministic order."""
    clusters: list[Cluster] = []
    index = _ClusterIndex()
    for sketch in sorted(sketches, key=_placement_order):
        keys = _sketch_keys(sketch)
        ceiling = _score_ceiling(sketch)
        last_own = index.last_cluster_of(sketch.article)
        # Only a cluster of the mention's own article can score above the ceiling, so when one
        # does, the clusters of other articles need not be gathered at all. (A report telling
        # its article's meeting again, undated, would otherwise be compared with every meeting
        # its people ever held.)
        best, best_score = _best_cluster(
            sketch, clusters, index.own_candidates(keys, sketch.article), ceiling, last_own
        )
        if best_score <= ceiling:
            best, best_score = _best_cluster(
                sketch, clusters, index.candidates(sketch, keys), ceiling, last_own
            )
        if best is None:
            clusters.append(Cluster())
            best = len(clusters) - 1
        clusters[best].add(sketch)
        index.register(best, sketch, keys, has_people=bool(clusters[best].people))
    return clusters


def _best_cluster(
    sketch: Sketch, clusters: list[Cluster], candidates: list[int], ceiling: int, last_own: int
) -> tuple[int | None, int]:
    """The candidate scoring highest (the earliest on a tie), with its score; None when none
    reaches MIN_SCORE."""
    best, best_score = None, MIN_SCORE - 1
    for i in candidates:
        score = _score(sketch, clusters[i])
        if score > best_score:
            best, best_score = i, score
        # Nothing later can beat the best: a tie goes to the earlier cluster, and only a
        # cluster of the mention's own article can score one above the ceiling. (An undated
        # report of two people stops at their first compatible meeting instead of scoring
        # every meeting they ever held.)
        if best_score > ceiling or (best_score == ceiling and i >= last_own):
            break
    return best, best_score


class _ClusterIndex:
    """Clusters by block, and the narrower indexes that spare comparing a mention with
    clusters of its blocks it cannot join (each keeps exactly the clusters that can score):

    - by block and year: a mention whose date has a year can only join a cluster with a
      date of that year (or the next day across New Year): `_pair_fit` rejects every other
      dated pair, and such mentions are placed before any cluster without a dated member
      exists. Dates that fit any year (no year, or only a weekday) are filed under every year.
    - by block and month: a mention whose date states its month can only join a cluster with
      a date of that month or of the days next to it, or one stating only the year.
    - by calendar: a mention whose date lacks a year or a day can only join a cluster with
      a date of its month (whole dates on its weekday, for a weekday), or one stating no
      month (`_fitting_calendar`); the clusters of its blocks (or, naming people, of its
      people) are filtered by the calendar slots each cluster's dates fill.
    - by people: a mention naming people, with neither a year nor a month it can be filed
      by, can only join a cluster naming all of them or only some of them (`_score` requires
      one set of people to hold the other), a cluster naming no one, or a cluster of its own
      article (`_gathering_named_and_attended`); and, since a score needs MIN_SCORE, only
      clusters sharing enough of its people to reach it (a lone person without a mechanism
      or a date reaches it in no other article's cluster).

    So the comparisons per mention stay flat as a corpus grows, instead of growing with
    every meeting two countries ever held.
    """

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self._by_year: dict[tuple[tuple[str, ...], int | None], list[int]] = defaultdict(list)
        self._by_month: dict[tuple[tuple[str, ...], _Month], list[int]] = defaultdict(list)
        # Sets, as they are intersected: the cost follows the smaller one.
        self._by_person: dict[str, set[int]] = defaultdict(set)
        # By the whole set of people a cluster names (also its earlier sets: only the
        # current one matters, the others are compared and rejected).
        self._by_people: dict[frozenset[str], list[int]] = defaultdict(list)
        self._peopleless: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self._by_article: dict[str, list[int]] = defaultdict(list)
        self._keys: dict[int, set[tuple[str, ...]]] = defaultdict(set)
        self._years: dict[int, set[int | None]] = defaultdict(set)
        self._months: dict[int, set[_Month]] = defaultdict(set)
        self._calendars: dict[int, set[_Calendar]] = defaultdict(set)
        self._people: dict[int, set[str]] = defaultdict(set)
        self._articles: dict[int, set[str]] = defaultdict(set)

    def candidates(self, sketch: Sketch, keys: list[tuple[str, ...]]) -> list[int]:
        years = _years(sketch.date) if sketch.date is not None else None
        months = _nearby_months(sketch.date) if sketch.date is not None else None
        fitting = _fitting_calendar(sketch.date)
        if months is not None:
            found = {
                i for key in keys for month in months for i in self._by_month.get((key, month), ())
            }
            found.update(i for key in keys for i in self._by_year.get((key, None), ()))
        elif years is not None:
            found = {
                i
                for key in keys
                for year in (*years, None)
                for i in self._by_year.get((key, year), ())
            }
        elif sketch.people and not sketch.gathering:
            found = self._by_people_and_calendar(sketch, keys, fitting)
        elif fitting is not None:
            found = {
                i
                for key in keys
                for i in self._by_key.get(key, ())
                if not self._calendars[i].isdisjoint(fitting)
            }
        else:
            found = {i for key in keys for i in self._by_key.get(key, ())}
        return sorted(found)

    def own_candidates(self, keys: list[tuple[str, ...]], article: str) -> list[int]:
        """The clusters holding a report of `article` that share a block with `keys`."""
        blocks = set(keys)
        own = self._by_article.get(article, ())
        return sorted(i for i in own if not self._keys[i].isdisjoint(blocks))

    def last_cluster_of(self, article: str) -> int:
        """The latest cluster holding a report of `article` (-1 when none does)."""
        return max(self._by_article.get(article, ()), default=-1)

    def _by_people_and_calendar(
        self, sketch: Sketch, keys: list[tuple[str, ...]], fitting: list[_Calendar] | None
    ) -> set[int]:
        # A cluster of another article sharing k of the people scores at most
        # max(k, 1) + `bonus` (`_score`), so sharing fewer than `least` cannot take it.
        least = MIN_SCORE - _score_bonus(sketch)
        people = sketch.people
        pool = self._holding_all(people) if len(people) >= least else set()
        for size in range(max(least, 1), len(people)):
            for subset in combinations(sorted(people), size):
                pool.update(self._by_people.get(frozenset(subset), ()))
        if least <= 1:
            pool.update(i for key in keys for i in self._peopleless.get(key, ()))
        pool.update(self._by_article.get(sketch.article, ()))
        blocks = set(keys)
        return {
            i
            for i in pool
            if not self._keys[i].isdisjoint(blocks)
            and (fitting is None or not self._calendars[i].isdisjoint(fitting))
        }

    def _holding_all(self, people: frozenset[str]) -> set[int]:
        return _intersection([self._by_person.get(p, _NONE) for p in people])

    def register(
        self, cluster: int, sketch: Sketch, keys: list[tuple[str, ...]], *, has_people: bool
    ) -> None:
        known_keys, known_years = self._keys[cluster], self._years[cluster]
        known_months, known_calendar = self._months[cluster], self._calendars[cluster]
        new_keys = [k for k in dict.fromkeys(keys) if k not in known_keys]
        # A cluster without a dated member yet fits every year, like an undated one.
        years = _years(sketch.date) if sketch.date is not None else None
        new_years = [y for y in years or (None,) if y not in known_years]
        month = _month_of(sketch.date) if sketch.date is not None else None
        new_months = [month] if month is not None and month not in known_months else []
        new_calendar = [c for c in _calendar_of(sketch.date) if c not in known_calendar]
        # Only what is new is filed: a summit's cluster has hundreds of pair keys, and walking
        # them all for every report that joins it made registering grow with the square.
        old_keys = list(known_keys) if new_years or new_months else []
        known_keys.update(new_keys)
        known_years.update(new_years)
        known_months.update(new_months)
        known_calendar.update(new_calendar)
        for key in new_keys:
            self._by_key[key].append(cluster)
            if not has_people:
                self._peopleless[key].append(cluster)
            for year in known_years:
                self._by_year[(key, year)].append(cluster)
            for slot in known_months:
                self._by_month[(key, slot)].append(cluster)
        for key in old_keys:
            for year in new_years:
                self._by_year[(key, year)].append(cluster)
            for slot in new_months:
                self._by_month[(key, slot)].append(cluster)
        known_people = self._people[cluster]
        if not sketch.people <= known_people:
            for person in sketch.people - known_people:
                self._by_person[person].add(cluster)
            known_people |= sketch.people
            self._by_people[frozenset(known_people)].append(cluster)
        if sketch.article not in self._articles[cluster]:
            self._articles[cluster].add(sketch.article)
            self._by_article[sketch.article].append(cluster)


_NONE: frozenset[int] = frozenset()


def _intersection(sets: list[set[int] | frozenset[int]]) -> set[int]:
    sets.sort(key=len)
    return set(sets[0]).intersection(*sets[1:])


# (year, month), month None for a date that states only its year.
_Month = tuple[int, int | None]


def _month_of(value: Day) -> _Month | None:
    """The month a dated member files its cluster under, or None when its date fits any year
    (no year, or a weekday: filed under year None in the year index)."""
    if value.year is None or value.weekday is not None:
        return None
    return (value.year, value.month)


# The calendar slots a date fills, for mentions whose date lacks a year or names a weekday:
# ("day", month) and ("weekday", n) for a whole date; ("partial", month) (month None when it
# has none) and ("partial-any", None) for a date short of a day. Undated members file nothing:
# such mentions are placed after every dated one, so clusters without a date do not exist yet.
_Calendar = tuple[str, int | None]


def _calendar_of(value: Day | None) -> list[_Calendar]:
    if value is None:
        return []
    day = value.as_date()
    if day is not None:
        return [("day", value.month), ("weekday", day.weekday())]
    return [("partial", value.month), ("partial-any", None)]


def _fitting_calendar(value: Day | None) -> list[_Calendar] | None:
    """The calendar slots of the dates that a date short of a day fits (`_pair_fit`): a weekday
    fits whole dates on that weekday, whatever their month; a year-less date fits dates of its
    month; either fits dates short of a day in its month or stating none. None when the date
    is whole, or names neither a month nor a weekday."""
    if value is None or value.as_date() is not None:
        return None
    if value.weekday is not None:
        near: list[_Calendar] = [("weekday", value.weekday)]
    elif value.month is not None:
        near = [("day", value.month)]
    else:
        return None
    if value.month is None:
        near.append(("partial-any", None))
    else:
        near += [("partial", value.month), ("partial", None)]
    return near


def _nearby_months(value: Day) -> set[_Month] | None:
    """The months whose clusters a date with a stated month can fit (`_pair_fit`): a day
    fits days one apart (perhaps across a month or year end), dates of its own month, and
    dates stating only its year. None for dates without a year or month (or with a weekday):
    the year index serves those."""
    if value.year is None or value.month is None or value.weekday is not None:
        return None
    days = [value.as_date()]
    if days[0] is None:
        return {(value.year, value.month), (value.year, None)}
    day = days[0]
    nearby = [day - timedelta(days=1), day, day + timedelta(days=1)]
    return {(d.year, d.month) for d in nearby} | {(d.year, None) for d in nearby}


def _years(value: Day) -> tuple[int, ...] | None:
    """The years a date can share a cluster with, or None when it fits any year."""
    if value.year is None or value.weekday is not None:
        return None
    if value.month == 12 and value.day == 31:
        # Also the next year's: a report dated 1 January may tell the same meeting across
        # midnight.
        return (value.year, value.year + 1)
    return (value.year,)


def _placement_order(sketch: Sketch) -> tuple[int, str, int, str]:
    rank = 3
    if sketch.date is not None:
        if sketch.date.year is not None and sketch.date.day is not None:
            rank = 0
        elif sketch.date.year is not None:
            rank = 1
        else:
            rank = 2
    return (rank, sketch.article, sketch.sentence_index, sketch.id)


def block_keys(mention: EventMention) -> list[tuple[str, ...]]:
    """The blocks a mention is compared within: its type, status and each pair of actors."""
    return _sketch_keys(Sketch.of(mention))


def _sketch_keys(sketch: Sketch) -> list[tuple[str, ...]]:
    head = (sketch.type.value, _status_group(sketch.status))
    actors = sorted(sketch.people | sketch.countries)
    keys: list[tuple[str, ...]] = (
        [(*head, *actors)]
        if len(actors) < 2
        else [(*head, a, b) for a, b in combinations(actors, 2)]
    )
    if sketch.gathering:
        # Reports of one summit name different attendees; the mechanism brings them together.
        keys.append((*head, "mechanism", sketch.mechanism))  # type: ignore[arg-type]
    if sketch.mode == "multilateral":
        # An article may name a gathering by its organisation, then list who attended.
        keys.append((*head, "article", sketch.article))
    return keys


def _is_gathering(mention: EventMention) -> bool:
    return mention.mechanism is not None and mention.mode == "multilateral"


def _status_group(status: Status) -> str:
    return "occurred" if status == Status.OCCURRED else status.value


def _people(actors: list[ActorRef]) -> set[str]:
    return {a.match_key for a in actors if a.kind in ("person", "organization")}


def _countries(actors: list[ActorRef]) -> set[str]:
    return {f"country:{a.country}" for a in actors if a.country}


def _score(mention: Sketch, cluster: Cluster) -> int:
    """How well a mention fits a cluster; below MIN_SCORE it starts its own event."""
    if mention.type != EventType.CONSULT and not (
        _same_statement(mention, cluster) or _same_agreement(mention, cluster)
    ):
        return -1
    if (
        mention.gathering
        and mention.mechanism is not None
        and mention.mechanism in cluster.mechanisms
        and cluster.gatherings > 0
    ):
        date_fit = _date_fit(mention.date, cluster.dates)
        return -1 if date_fit < 0 else 2 + date_fit
    if _phone_and_in_person(mention, cluster):
        return -1
    if _convened_by_the_same_bodies(mention, cluster):
        date_fit = _date_fit(mention.date, cluster.dates)
        if date_fit == 2 and not _placed_apart(mention, cluster):
            return 2 + date_fit
    people = mention.people
    if _gathering_named_and_attended(mention, cluster):
        # Neither the people check nor the countries: one side names no one.
        score = 1
    elif people and cluster.people:
        shared = people & cluster.people
        # Two different counterparts mean two meetings (Wang with Lavrov, Wang with Patrushev);
        # a bilateral is not the summit around it (two leaders among six).
        if not (people <= cluster.people or cluster.people <= people):
            return -1
        # "hosted by Benediktsson and attended by Zelensky and the Prime Ministers of Denmark,
        # Norway and Sweden": sides named by their countries may make up for names.
        if (
            abs(len(people) - len(cluster.people)) > MAX_EXTRA_PEOPLE
            and abs(len(mention.sides) - len(cluster.side_counts)) > MAX_EXTRA_PEOPLE
        ):
            return -1
        if (
            _fewer_sides(mention, cluster)
            or _more_sides(mention, cluster)
            or _other_counterpart(mention, cluster)
            or _told_beside(mention, cluster)
        ):
            return -1
        score = len(shared)
    else:
        if len(mention.countries & cluster.countries) < min(len(mention.countries), 2):
            return -1
        score = 1
    if mention.mechanism is not None and cluster.mechanisms:
        if mention.mechanism in cluster.mechanisms:
            score += 2
        elif mention.known_mechanism and cluster.known_mechanisms:
            # Two named mechanisms from the knowledge base: two different dialogues.
            return -1
        elif (
            mention.gathering
            and len(mention.sides) <= 1
            and cluster.gatherings == 0
            and _on_another_day(mention, cluster)
        ):
            # "The Seventh Consultative Meeting ... under the chairmanship of Mirziyoyev" is
            # not the session of the Supreme Interstate Council he chaired with Tokayev the day
            # before: a gathering named as one format, with no other side named, is no meeting
            # named as another on another day.
            return -1
    if _placed_apart(mention, cluster):
        return -1
    date_fit = _date_fit(mention.date, cluster.dates)
    if date_fit < 0 or _elsewhere_another_day(mention, cluster):
        return -1
    if mention.article in cluster.articles:
        # One article telling its meeting again ("India and Nepal signed ... as the meeting of
        # the Joint Commission was held") with fewer names: the same meeting.
        score += 1
    return score + date_fit


def _on_another_day(mention: Sketch, cluster: Cluster) -> bool:
    """Whether the mention and every report of the cluster state a day, and none the same."""
    day = mention.date.as_date() if mention.date is not None else None
    days = [d.as_date() for d in cluster.dates]
    return day is not None and bool(days) and None not in days and day not in days


def _convened_by_the_same_bodies(mention: Sketch, cluster: Cluster) -> bool:
    """ "the first joint summit of the EAC and SADC" told by outlets that each name other
    leaders at it: two gatherings of the same two bodies (or more) on one day are one."""
    return (
        mention.mode == "multilateral"
        and cluster.multilateral > 0
        and len(mention.organisations & cluster.organisations) >= 2
    )


def _placed_apart(mention: Sketch, cluster: Cluster) -> bool:
    """Whether the mention states a country of meeting that none of the cluster states."""
    place = mention.place
    return (
        place is not None and bool(cluster.place_countries) and place not in cluster.place_countries
    )


def _elsewhere_another_day(mention: Sketch, cluster: Cluster) -> bool:
    """Talks in Jakarta on the 28th and a tour of Magelang on the 29th are two occasions of
    one visit: outlets disagree on the day or on the city of a meeting, not on both."""
    day = mention.date.as_date() if mention.date is not None else None
    if day is None or mention.city is None or not cluster.placed_days:
        return False
    return all(city != mention.city and other != day for city, other in cluster.placed_days)


def _score_ceiling(mention: Sketch) -> int:
    """The most `_score` can give the mention with a cluster of another article (one of its
    own article can give one more)."""
    ceiling = max(len(mention.people), 1)
    if mention.gathering:
        ceiling = max(ceiling, 2)
    return ceiling + _score_bonus(mention)


def _score_bonus(mention: Sketch) -> int:
    """The most `_score` adds to the people (or countries) a mention shares with a cluster of
    another article: a shared mechanism and a fitting date."""
    # A date short of a day (no year, or only a month) fits another at most partly.
    date_fit = 0 if mention.date is None else 2 if mention.date.as_date() is not None else 1
    return (2 if mention.mechanism is not None else 0) + date_fit


def _gathering_named_and_attended(mention: Sketch, cluster: Cluster) -> bool:
    """ "Foreign ministers of the Pacific Islands Forum met in Suva today ... The meeting was
    attended by Penny Wong and Winston Peters": one article names a gathering by its
    organisation alone and then who attended it; both tell one meeting."""
    if mention.article not in cluster.articles:
        return False
    # Attendees of three countries or more: two leaders meeting on the eve of a summit are a
    # bilateral beside it.
    if not mention.has_persons and mention.people:
        return (
            cluster.multilateral > 0 and cluster.with_persons > 0 and len(cluster.side_counts) >= 3
        )
    if not cluster.with_persons and cluster.people:
        return mention.mode == "multilateral" and mention.has_persons and len(mention.sides) >= 3
    return False


def _other_counterpart(mention: Sketch, cluster: Cluster) -> bool:
    """Cho with Japan and Cho with China are two meetings: each side has a country the other
    lacks."""
    mine = mention.sides
    theirs = set(cluster.side_counts)
    return len(mine) >= 2 and len(theirs) >= 2 and bool(mine - theirs) and bool(theirs - mine)


def _stated_place(mention: EventMention) -> str | None:
    """The country of the place the sentence itself names. A dateline only says where the
    reporter was ("SEOUL - ... talks in Tokyo"), too weak to keep two reports apart."""
    location = mention.location
    if location is None or not location.country or location.basis == "dateline":
        return None
    return location.country


def _stated_city(mention: EventMention) -> str | None:
    """The city the sentence names (or a venue in it), or the dateline's when it names none;
    not a place inferred from other sentences."""
    location = mention.location
    if location is None or ";" in location.basis:
        return None
    if location.basis in ("sentence", "dateline") or location.basis.startswith("venue:"):
        return location.name.casefold()
    return None


def _fewer_sides(mention: Sketch, cluster: Cluster) -> bool:
    """Two named people of two countries are not a meeting of three or more countries that
    includes them: the bilateral on the margins of a trilateral or a summit is its own event.
    (One report naming fewer people of the same two sides is the same meeting.)"""
    mine = mention.sides
    # Four sides or more are the gathering itself, one report naming fewer of those there.
    if not 2 <= len(mine) <= 3:
        return False
    # Sides most of the cluster's reports name; one stray name does not make a third side,
    # unless that one report names the gathering itself (a mechanism, a multilateral format).
    if len(cluster.members) == 1 and not (
        cluster.members[0].mechanism is not None or cluster.members[0].mode == "multilateral"
    ):
        return False
    theirs = {c for c, n in cluster.side_counts.items() if 2 * n > len(cluster.members)}
    return mine < theirs


def _more_sides(mention: Sketch, cluster: Cluster) -> bool:
    """The converse: a report of the trilateral or the summit is not the bilateral of two of
    its sides that reports of two people have made into an event first."""
    if len(mention.sides) < 3 or not mention.gathering:
        return False
    if any(m.gathering for m in cluster.members):
        return False
    theirs = {c for c, n in cluster.side_counts.items() if 2 * n > len(cluster.members)}
    return len(theirs) == 2 and theirs < mention.sides


def _told_beside(mention: Sketch, cluster: Cluster) -> bool:
    """ "held talks with Biden on Sunday and then joined a three-way meeting with Biden and
    Yoon": one sentence telling a bilateral and a meeting of more sides tells two meetings."""
    if len(cluster.members) != 1:
        return False
    other = cluster.members[0]
    sizes = sorted((len(mention.sides), len(other.sides)))
    return (
        other.article == mention.article
        and other.sentence_index == mention.sentence_index
        and sizes[0] == 2
        and sizes[1] >= 3
    )


def _sides(actors: list[ActorRef]) -> set[str]:
    """The countries at the table: of the people named, and countries named as parties."""
    return {a.country for a in actors if a.kind in ("person", "country") and a.country}


def _phone_and_in_person(mention: Sketch, cluster: Cluster) -> bool:
    """A phone call is not the meeting the same two held in some city ("spoke by phone earlier
    this month" beside "held talks in Tehran")."""
    if mention.mode == "phone":
        return cluster.in_person > 0
    if mention.in_person:
        return cluster.by_phone == len(cluster.members)
    return False


def _in_person(mention: EventMention) -> bool:
    # "OTTAWA (Reuters) - Carney spoke with Sheinbaum on Thursday": where the report was filed
    # says nothing of how two who spoke did so; it was a call.
    spoke = mention.trigger.lower() in _SPOKE and (
        mention.location is not None and mention.location.basis == "dateline"
    )
    return mention.mode != "phone" and mention.location is not None and not spoke


_SPOKE = frozenset({"spoke", "speak", "speaks", "spoken", "talked", "talk"})


def _date_fit(value: Day | None, dates: list[Day]) -> int:
    """+2 for a matching day, +1 for a compatible partial date, 0 when unknown, -1 when they
    contradict."""
    if value is None or not dates:
        return 0
    # A weekday with no date around it ("on Friday" in an undated report) says nothing about
    # a day in December: it neither joins nor parts them; the other dates decide.
    fits = [fit for other in dates if (fit := _pair_fit(value, other)) is not None]
    if not fits:
        return 0
    if max(fits) >= 0:
        return max(fits)
    return -1


def _pair_fit(a: Day, b: Day) -> int | None:
    day_a, day_b = a.as_date(), b.as_date()
    if day_a is not None and day_b is not None:
        gap = abs((day_a - day_b).days)
        # Outlets in other time zones, or a late dateline, put one meeting a day apart.
        return 2 if gap == 0 else (1 if gap == 1 else -1)
    if a.weekday is not None or b.weekday is not None:
        weekday = a.weekday if a.weekday is not None else b.weekday
        other = day_b if a.weekday is not None else day_a
        if other is None:
            # "Wednesday" of a July dateline is no meeting in May.
            if a.month is not None and b.month is not None and a.month != b.month:
                return -1
            return None if a.month is None or b.month is None else 0
        return 1 if other.weekday() == weekday else -1
    for attr in ("year", "month", "day"):
        x, y = getattr(a, attr), getattr(b, attr)
        if x is not None and y is not None and x != y:
            # A year-less day one off ("13 April" against 14 April) is the same meeting told
            # across a time zone or a late dateline; it stays, as a conflict.
            if attr == "day" and a.month == b.month and abs(x - y) == 1:
                return 0
            return -1
    return 1


_CONTENT_WORD = re.compile(r"[a-z]{4,}")
_STOP = frozenset(
    {"that", "with", "this", "their", "each", "other", "which", "will", "have", "from"}
)


def _same_statement(mention: Sketch, cluster: Cluster) -> bool:
    """Statements join only a report of the same statement from another article, with the same
    direction and overlapping wording."""
    if mention.article in cluster.articles:
        return False
    words = mention.topic
    others = cluster.topics
    if not words or not others:
        return not words and not others
    return len(words & others) / len(words | others) >= 0.2


def _same_agreement(mention: Sketch, cluster: Cluster) -> bool:
    """What the same parties agreed on the same day is one agreement, however many things it
    covers ("agreed to strengthen cooperation", "also agreed to set up a dialogue"); in one
    report, what they agreed with no day told is too."""
    if mention.type != EventType.AGREE or mention.status != Status.OCCURRED:
        return False
    # "Malaysia and Japan have agreed ..." beside "Anwar and Ishiba agreed ..." in one report:
    # the same two sides, once by country and once by their leaders.
    sides_in_one_report = (
        mention.article in cluster.articles
        and bool(mention.people) != bool(cluster.people)
        and len(mention.countries) >= 2
        and mention.countries == cluster.countries
    )
    # "the two Ministers signed the Agreed Minutes" with one minister named and the other side
    # by its country, beside both ministers named: the same two sides, one named less fully.
    one_side_by_country = (
        len(mention.countries) == 2
        and mention.countries == cluster.countries
        and 0 < len(mention.people) <= 2
        and 0 < len(cluster.people) <= 2
        and (mention.people <= cluster.people or cluster.people <= mention.people)
    )
    if not sides_in_one_report and not one_side_by_country:
        if mention.people or cluster.people:
            if len(mention.people) < 2 or mention.people != cluster.people:
                return False
        elif len(mention.countries) < 2 or mention.countries != cluster.countries:
            return False
    if mention.date is None or not cluster.dates:
        # Countries agreeing on things with no day in one report may be treaties of other years.
        return mention.article in cluster.articles and (
            len(mention.people) >= 2 or sides_in_one_report
        )
    if (
        mention.article in cluster.articles
        and mention.date.month is not None
        and mention.date in cluster.dates
    ):
        # "agreed in July to ...; they also agreed ...": one report's month for both (a year
        # alone may be that of a plan they signed: "a consultation plan for 2024-2025").
        return True
    fit = _date_fit(mention.date, cluster.dates)
    if fit == 1 and len(mention.people) >= 2 and mention.date.month is not None:
        # "met at Brdo at the end of March, when they agreed ..." beside "agreed on 28 March":
        # the same two people agreeing in the month of a day they agreed on, or a day off as
        # outlets in two time zones tell it, is one agreement.
        return True
    return fit == 2


def _topic_words(mention: EventMention) -> set[str]:
    return set(_CONTENT_WORD.findall((mention.topic or "").lower())) - _STOP
