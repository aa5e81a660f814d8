"""The year of a wire dateline that omits it ("ASTANA, July 4 (Reuters) - ... on Thursday").

Wire copy often reaches us without a publication date, and its dateline carries only the month
and day. Two facts in the text still pin the year down in most cases:

- the weekday of the lead ("met ... on Thursday"): wire leads report the day of the dateline or
  the day before (now and then two days before), so the dateline's day fell on that weekday or
  one of the next two;
- the people the article names: the knowledge base knows when each held office, and a report
  names office holders of its time.

A year is inferred only when exactly one year fits both better than every other (between years
where as many people held office, one where the lead's weekday is the dateline's own day beats
one where it is the day before); otherwise the dateline keeps no year. The value says how it
was inferred.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from datetime import date

from parley.models import DateValue
from parley.resolve.knowledge import ActorEntry

BASIS_INFERRED = "year inferred from the lead's weekday and the offices of the people named"
SAME_DAY_PREFERRED = " (a year where that weekday is the dateline's own day preferred)"
EVENING_BEFORE_PREFERRED = (
    " (a year where that weekday, told as late on it, is the day before the dateline's preferred)"
)

# The first years parley's knowledge base covers; earlier candidates are not considered.
FIRST_YEAR = 1990
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "on Thursday" in the lead, or "said Friday", "this Wednesday" as US and Spanish wires write
# it; not "next Thursday" or "by Thursday".
_LEAD_WEEKDAY = re.compile(
    r"\b(?:[Oo]n|[Tt]his|said|says|told|met|held|announced|agreed|signed|spoke|called|visited"
    r"|arrived"
    r"|began|opened|ended|closed)\s+(" + "|".join(_WEEKDAYS) + r")\b"
)
_FORMER = re.compile(
    r"(?:former|ex-|late|then|ousted|deposed|toppled|overthrown)\s+(?:[\w.'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_ELECT = re.compile(r"\w-elect,?\s+(?:[\w.'-]+\s+){0,2}$", re.IGNORECASE)
# A weekday as date lines print it: in full, or cut to three letters ("Tues", "Thurs" too).
_WEEKDAY_FORMS = {
    **{name: n for n, name in enumerate(_WEEKDAYS)},
    **{name[:3]: n for n, name in enumerate(_WEEKDAYS)},
    "Tues": 1,
    "Thur": 3,
    "Thurs": 3,
}
# How far into the body the lead's weekday is looked for.
LEAD_CHARS = 600


# A weekday the lead looks ahead to ("was due to leave for Rome, where on Sunday he will
# attend the ceremony"): a day after the dateline, which says nothing of the dateline's own.
_AHEAD_BEFORE = re.compile(
    r"\b(?:will|shall|due|scheduled|planned|(?:is|are)\s+to)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_AHEAD_AFTER = re.compile(
    r"^\s*,?\s*(?:(?!that\b|which\b|who\b)[a-z]+\s+){0,2}(?:will|shall|is\s+to|are\s+to"
    r"|is\s+due|are\s+due|is\s+scheduled|are\s+scheduled|is\s+expected|are\s+expected)\b",
    re.IGNORECASE,
)


def _lead_weekday_match(body: str) -> re.Match[str] | None:
    """The first weekday in the lead told as the day of what is reported, not one ahead."""
    lead = body[:LEAD_CHARS]
    for found in _LEAD_WEEKDAY.finditer(lead):
        if _AHEAD_BEFORE.search(lead[max(0, found.start() - 60) : found.start()]):
            continue
        if _AHEAD_AFTER.search(lead[found.end() : found.end() + 60]):
            continue
        return found
    return None


def lead_weekday(body: str) -> int | None:
    """Monday=0 ... of the first "on <weekday>" in the lead, or None."""
    found = _lead_weekday_match(body)
    return _WEEKDAYS.index(found.group(1)) if found else None


def lead_weekday_is_evening(body: str) -> bool:
    """Whether the lead's weekday is told as late on it ("discussed by telephone late on
    Monday"): what wires report in the next day's copy. ("On Tuesday evening" is as often
    filed the same evening.)"""
    found = _lead_weekday_match(body)
    if found is None:
        return False
    return bool(re.search(r"\blate\s*$", body[max(0, found.start() - 6) : found.start()]))


def serving_people(text: str, named: Iterable[tuple[int, ActorEntry]]) -> list[ActorEntry]:
    """People with known offices, named at `(offset, entry)`, and not as a former holder.

    When the words before a name state one of the person's offices ("External Affairs
    Minister S Jaishankar"), only the offices so titled are kept: the report was written while
    the person held that one, not an earlier post.
    """
    return [entry for entry, _ in _serving(text, named)]


def people_named_in_office(
    text: str, named: Iterable[tuple[int, ActorEntry]], lead: tuple[int, int]
) -> set[str]:
    """The id of the first person the lead (`lead`: its start and end in `text`) names with
    an office before the name ("President Javier Milei concluded ..."), if the lead does: the
    report was written while that person held it. (Only the first: the one a wire lead is
    about; an office stated of anyone further down may be one the knowledge base lacks.)"""
    start, end = lead
    in_lead = sorted(((at, entry) for at, entry in named if start <= at < end), key=lambda n: n[0])
    return {entry.id for entry, titled in _serving(text, in_lead)[:1] if titled}


def _serving(text: str, named: Iterable[tuple[int, ActorEntry]]) -> list[tuple[ActorEntry, bool]]:
    people: dict[str, ActorEntry] = {}
    stated: set[str] = set()
    for offset, entry in named:
        if entry.kind != "person" or not entry.offices:
            continue
        before = text[max(0, offset - 60) : offset]
        if _FORMER.search(before[-40:]) or _ELECT.search(before[-40:]):
            # ("Uruguay's president-elect, Yamandu Orsi": not yet in the office.)
            continue
        titled = tuple(o for o in entry.offices if _states_title(o.title, before))
        if not titled:
            # "India's foreign minister Jaishankar": at least a minister, not a secretary.
            titled = tuple(o for o in entry.offices if _states_rank(o.title, before))
        if titled and entry.id not in people:
            entry = entry.model_copy(update={"offices": titled})
            stated.add(entry.id)
        people.setdefault(entry.id, entry)
    return [(entry, entry.id in stated) for entry in people.values()]


_GENERIC_TITLE_WORDS = frozenset({"of", "the", "and", "for", "minister", "ministry"})


_RANKS = frozenset(
    {"minister", "secretary", "president", "chancellor", "premier", "speaker", "king", "emir",
     "prince", "chairman", "governor", "ambassador", "adviser", "advisor", "envoy", "director",
     "commissioner", "councillor", "councilor", "general"}
)  # fmt: skip


def _states_rank(title: str, before: str) -> bool:
    """Whether the rank word just before a name ("minister") is this office's rank."""
    words = re.findall(r"[a-z]+", before[-30:].lower())
    near = set(words) & _RANKS
    own = set(re.findall(r"[a-z]+", title.lower()))
    if "prime" in words and "prime" not in own:
        # "Irish Prime Minister Simon Harris" states no "Minister for Foreign Affairs".
        return False
    return bool(near) and near <= own


# "Deputy Prime Minister" states a deputy's office, not the Prime Minister's.
_DEPUTY_OFFICE = re.compile(
    r"\b(?:first\s+)?(?:deputy|vice)[\s-]+(?:prime\s+minister|premier|president|chancellor"
    r"|chair(?:man|woman)?|(?:foreign\s+)?minister|secretary)\b",
    re.IGNORECASE,
)


def _states_title(title: str, before: str) -> bool:
    """Whether the text just before a name states this office ("Minister of External Affairs"
    as "External Affairs Minister")."""
    if not re.search(r"\b(?:deputy|vice)\b", title, re.IGNORECASE):
        before = _DEPUTY_OFFICE.sub(" ", before)
    words = set(re.findall(r"[a-z]+", before.lower()))
    wanted = set(re.findall(r"[a-z]+", title.lower()))
    distinctive = wanted - _GENERIC_TITLE_WORDS
    return bool(wanted & words) and (distinctive or wanted) <= words


def stated_weekday(text: str) -> int | None:
    """The weekday a date line states itself ("Friday, May 16", "Fri, 18 Apr"), or None."""
    found = re.match(r"\s*([A-Z][a-z]{2,8})\.?(?=[\s,])", text)
    if found is None:
        return None
    return _WEEKDAY_FORMS.get(found.group(1))


def infer_dateline_year(
    dateline: DateValue,
    weekday: int | None,
    people: list[ActorEntry],
    *,
    horizon: date,
    exact: bool = False,
    evening: bool = False,
    titled: Collection[str] = (),
) -> DateValue | None:
    """The dateline with its year filled in, or None when the evidence does not single one out.

    Candidate years put the dateline's day on the lead's weekday or one of the two days after it
    (two days after it ranks below the others among years equally staffed); among
    them (with `exact`, the date line names its own weekday: only that one) the year in which
    the most of `people` held an office wins, if it alone has the most (or alone puts the
    weekday on the dateline's own day among those that do) and at least two of them (one when
    the article names only one) held office then. Days
    after `horizon` (the knowledge base's latest recorded office change) are not candidates:
    nobody is known to hold office then. With `evening` (the lead tells its weekday as late on
    it: "late on Monday"), a dateline the day after the weekday is preferred instead. A year in
    which one of `titled` (the ids of people named with their office) did not hold it is no
    candidate: "President Javier Milei" was written while he was president.
    """
    if dateline.year is not None or dateline.month is None or dateline.day is None:
        return None
    if weekday is None or not people:
        return None
    # (people in office, how close the lead's weekday is to the dateline's day) per candidate
    # year: a wire lead mostly reports the day it is filed, so between two years equally
    # staffed the one where "on Thursday" is the dateline's day beats the one where it is the
    # day before, and that one the one where it is two days before.
    scores: dict[int, tuple[int, int]] = {}
    for year in range(FIRST_YEAR, horizon.year + 1):
        try:
            day = date(year, dateline.month, dateline.day)
        except ValueError:  # 29 February
            continue
        # (Or, less likely, two days after it: "Abuja, 23 June (APS) - ... held talks on
        # Saturday", filed on the Monday.)
        allowed = (weekday,) if exact else (weekday, (weekday + 1) % 7, (weekday + 2) % 7)
        if day > horizon or day.weekday() not in allowed:
            continue
        serving = [p for p in people if any(o.held_on(day) for o in p.offices)]
        if not set(titled) <= {p.id for p in serving}:
            continue
        in_office = len(serving)
        preferred = (weekday + 1) % 7 if evening and not exact else weekday
        closeness = 2 if day.weekday() == preferred else 0 if day.weekday() == allowed[-1] else 1
        scores[year] = (in_office, closeness)
    if not scores:
        return None
    best = max(scores.values())
    winners = [year for year, score in scores.items() if score == best]
    if len(winners) != 1 or best[0] < min(2, len(people)):
        return None
    basis = BASIS_INFERRED
    if any(score[0] == best[0] for year, score in scores.items() if year != winners[0]):
        basis += EVENING_BEFORE_PREFERRED if evening and not exact else SAME_DAY_PREFERRED
    return dateline.model_copy(update={"year": winners[0], "basis": f"{dateline.basis}; {basis}"})
