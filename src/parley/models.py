"""Typed records passed between pipeline stages.

Every stage speaks these records and nothing else: ingest yields `Article`s, extraction and
resolution yield `EventMention`s, reconciliation yields `Event`s, the store persists all three
and export turns `Event`s into the documented JSON Lines contract.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    """Base for all records: strict field names, JSON round-trip through pydantic."""

    model_config = ConfigDict(extra="forbid")


class EventType(StrEnum):
    """PLOVER event types parley extracts."""

    CONSULT = "CONSULT"
    AGREE = "AGREE"
    SUPPORT = "SUPPORT"


class Status(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


ActorKind = Literal["person", "country", "organization"]


# --------------------------------------------------------------------------- articles


class Article(Record):
    """One news article after ingest: cleaned body text plus metadata and where each came from."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: datetime | None = None
    # How `published` was found: "metadata", "option", "text", "html" or None.
    published_basis: str | None = None
    dateline_place: str | None = None
    # The dateline's date as written ("9 Sep", "Sept 18"); resolved later by resolve.dates.
    dateline_date: str | None = None
    # Where the dateline ends in `text`: the first sentence starts after it, so "MOSCOW, Sept
    # 18 (Reuters) -" is not parsed as part of the first sentence.
    dateline_end: int | None = None
    source_path: str | None = None
    content_hash: str = ""


class IngestFailure(Record):
    """An input that was skipped, with a one-line reason for the user."""

    source: str
    reason: str


# --------------------------------------------------------------------------- provenance


class Evidence(Record):
    """Where a value was read: the article, the sentence quoted whole, and character offsets.

    `start`/`end` are the sentence's offsets in `Article.text`; `span_start`/`span_end` (when
    known) are the offsets of the supporting words themselves, also in `Article.text`.
    """

    article: str
    sentence_index: int
    sentence: str
    start: int
    end: int
    span_start: int | None = None
    span_end: int | None = None


class Sentence(Record):
    """A sentence of an article with its offsets in `Article.text`."""

    index: int
    text: str
    start: int
    end: int


# --------------------------------------------------------------------------- values


class DateValue(Record):
    """A calendar date as far as the text allows.

    `year` may be None while month/day are known ("19 September" with no anchor); `weekday`
    (Monday=0) is kept when the text only names a day of the week and nothing anchors it.
    `precision` is what the text states (day, month, year); `basis` says how it was resolved.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    precision: Precision | None = None
    basis: str = "explicit"
    raw: str = ""
    # TimeML value of expressions that are not calendar dates ("PRESENT_REF", "2013-W12", "P3Y");
    # used by the TempEval benchmark, ignored for event dates (their `iso()` is None).
    timex: str | None = None
    # The first and last day the text allows when it bounds the date more narrowly than its
    # precision says: "last week" is a month-precision date with its Monday and Sunday,
    # "earlier this month" one from the first to the report's day.
    earliest: date | None = None
    latest: date | None = None

    def iso(self) -> str | None:
        """ISO 8601 at the stated precision, or None when the year is unknown."""
        if self.year is None or self.timex is not None:
            return None
        if self.precision == Precision.YEAR or self.month is None:
            return f"{self.year:04d}"
        if self.precision == Precision.MONTH or self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def days_around(self) -> list[tuple[int, int]]:
        """(month, day) of the day before, the day and the day after, in no particular year
        (a day-precise date found one day off in another report is still that day)."""
        if self.month is None or self.day is None:
            return []
        middle = date(2024, self.month, self.day)  # a leap year: 29 February has neighbours
        shifted = (middle + timedelta(days=shift) for shift in (-1, 0, 1))
        return [(day.month, day.day) for day in shifted]


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})


def _plain(name: str) -> str:
    """Lower case without diacritics or punctuation around words."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(w.strip(",'’") for w in letters.casefold().split())


# Spellings that differ only by how a name was romanised: "Hajiyev"/"Hajiev",
# "Zelenskiy"/"Zelenskyy"/"Zelensky", "Mohammed"/"Mohamed", "al-Jubeir"/"Jubeir".
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-")
_DOUBLED = re.compile(r"(\w)\1")
_GLIDE = re.compile(r"(?<=i)y(?=[aeou])")
_FINAL_I = re.compile(r"(?:iy|yy|ii|y)$")


def _romanised(surname: str) -> str:
    """One spelling of a surname for its romanisation variants."""
    key = _ARTICLE_PREFIX.sub("", surname)
    key = _DOUBLED.sub(r"\1", key)
    key = _GLIDE.sub("", key)
    return _FINAL_I.sub("i", key)


class ActorRef(Record):
    """A participant as one sentence names it, resolved to a canonical actor where possible."""

    name: str
    kind: ActorKind = "person"
    country: str | None = None  # ISO 3166-1 alpha-3
    office: str | None = None
    kb_id: str | None = None
    surface: str = ""
    # How the name was found: "name", "coreference", "title", "knowledge-base" ...
    basis: str = "name"
    evidence: Evidence | None = None

    @property
    def key(self) -> str:
        """Identity used for matching across articles."""
        if self.kb_id:
            return self.kb_id
        return f"{self.kind}:{self.name.lower()}"

    @property
    def match_key(self) -> str:
        """Identity for telling whether two reports name the same party.

        A person the knowledge base does not know is matched on the surname: outlets agree on
        it but not on given names, initials or diacritics ("Ukhnaagiin Khurelsukh", "U.
        Khurelsukh").
        """
        if self.kb_id or self.kind != "person":
            return self.key
        words = [w for w in _plain(self.name).split() if w.strip(".") not in _NAME_SUFFIXES]
        if not words:
            return self.key
        # "Sassou-Nguesso" beside "Sassou Nguesso": the last part of a hyphenated surname.
        surname = _ARTICLE_PREFIX.sub("", words[-1]).rsplit("-", 1)[-1] or words[-1]
        return f"person~{_romanised(surname)}"


class Location(Record):
    name: str
    country: str | None = None
    # "sentence", "country" (the sentence names only the country), "dateline" or "article".
    basis: str = "sentence"
    evidence: Evidence | None = None
    # The venue the city was read from ("Schloss Bellevue"), when the text names one.
    venue: str | None = None


class MechanismRef(Record):
    """A named recurring dialogue, with the round number when the text states one."""

    key: str
    name: str
    round: int | None = None
    surface: str = ""
    # True when the key comes from the knowledge base; other keys are built from the wording
    # and two wordings of one mechanism may differ.
    known: bool = False
    evidence: Evidence | None = None


class EventMention(Record):
    """One event as one sentence reports it, before reconciliation."""

    id: str
    article: str
    type: EventType
    cameo: str
    mode: str | None = None
    status: Status = Status.OCCURRED
    trigger: str = ""
    evidence: Evidence
    participants: list[ActorRef] = Field(default_factory=list)
    source: list[ActorRef] = Field(default_factory=list)
    target: list[ActorRef] = Field(default_factory=list)
    date: DateValue | None = None
    date_evidence: Evidence | None = None
    location: Location | None = None
    mechanism: MechanismRef | None = None
    # For AGREE / SUPPORT: what was agreed or supported, as written.
    topic: str | None = None
    # For an AGREE that promises a future event: the id of the planned mention it announces.
    promises: str | None = None


# --------------------------------------------------------------------------- events


class Participant(Record):
    name: str
    country: str | None = None
    office: str | None = None
    kind: ActorKind = "person"
    kb_id: str | None = None
    articles: list[str] = Field(default_factory=list)


class FieldValue(Record):
    """One value of an event field with the articles and sentences that support it."""

    value: str | int | None
    articles: list[str]
    evidence: list[Evidence] = Field(default_factory=list)
    # Set when the value was not stated but inferred (e.g. the year from another report).
    inferred: bool = False
    basis: str = ""


class Conflict(Record):
    field: str
    values: list[FieldValue]


class Event(Record):
    """One real-world event reconciled from every mention of it."""

    id: str
    type: EventType
    cameo: str
    mode: str | None = None
    status: Status
    date: str | None = None
    date_precision: Precision | None = None
    date_basis: str | None = None
    # First and last ISO day of the date when the reports bound it more narrowly than its
    # precision ("last week" in a month-precision date).
    date_window: list[str] | None = None
    location: Location | None = None
    participants: list[Participant] = Field(default_factory=list)
    source: list[Participant] = Field(default_factory=list)
    target: list[Participant] = Field(default_factory=list)
    mechanism: MechanismRef | None = None
    topic: str | None = None
    articles: list[str] = Field(default_factory=list)
    mentions: list[Evidence] = Field(default_factory=list)
    mention_ids: list[str] = Field(default_factory=list)
    fields: dict[str, list[FieldValue]] = Field(default_factory=dict)
    conflicts: list[Conflict] = Field(default_factory=list)
    # Commitment links: the planned events this one promises, and the promise it fulfils.
    promises: list[str] = Field(default_factory=list)
    fulfils: str | None = None
    fulfilled_by: str | None = None


class EventFilter(Record):
    """Query filters shared by the CLI, the Python API and the web API."""

    actor: str | None = None
    country: str | None = None
    type: EventType | None = None
    status: Status | None = None
    date_from: str | None = None
    date_to: str | None = None
    mechanism: str | None = None
    text: str | None = None
    limit: int | None = None
    offset: int = 0


# --------------------------------------------------------------------------- summaries


class OfficeHeld(Record):
    office: str
    articles: list[str] = Field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None


class ActorSummary(Record):
    """An actor across the record: offices as the articles describe them, and its events."""

    key: str
    name: str
    kind: ActorKind = "person"
    country: str | None = None
    offices: list[OfficeHeld] = Field(default_factory=list)
    event_count: int = 0
    first_date: str | None = None
    last_date: str | None = None
    # Counterpart key -> number of shared events.
    counterparts: dict[str, int] = Field(default_factory=dict)


class RoundEntry(Record):
    round: int | None
    event_id: str
    date: str | None = None
    status: Status = Status.OCCURRED
    location: str | None = None
    participants: list[str] = Field(default_factory=list)
    conflicting_rounds: list[int] = Field(default_factory=list)


class MechanismSummary(Record):
    key: str
    name: str
    rounds: list[RoundEntry] = Field(default_factory=list)
    # Planned events of this mechanism that no later event fulfils yet.
    open_commitments: list[str] = Field(default_factory=list)
    # Round numbers missing between the lowest and highest known rounds.
    gaps: list[int] = Field(default_factory=list)


# --------------------------------------------------------------------------- frames
# What extraction reads off one parsed sentence, before actors, dates, places and mechanisms are
# resolved against the article and the knowledge base.


# "office": a bare office standing for its holder ("the Chief Adviser").
ActorSpanKind = Literal[
    "person",
    "country",
    "organization",
    "pronoun",
    "group",
    "nominal",
    "office",
    "speaker",
    "surname",
]


class ActorSpan(Record):
    """An actor as written in one sentence; offsets are in `Article.text`."""

    text: str
    start: int
    end: int
    kind: ActorSpanKind
    # Title words attached to a person ("Russian Foreign Minister", "Secretary of the ... Council");
    # for "I" in a quotation, who the sentence says is speaking ("Trump", "the Head of State").
    title: str | None = None
    # "source" (subject side), "target" (object side) or "participant" (symmetric events).
    role: str = "participant"


class PlaceSpan(Record):
    text: str
    start: int
    end: int
    # The preposition that introduces it ("in", "at"), which separates venues from topics.
    preposition: str | None = None


class Frame(Record):
    """One event trigger in one sentence, with the spans that may fill its slots."""

    article: str
    sentence: Sentence
    type: EventType
    cameo: str
    mode: str | None = None
    status: Status = Status.OCCURRED
    trigger: str
    trigger_start: int
    trigger_end: int
    actors: list[ActorSpan] = Field(default_factory=list)
    places: list[PlaceSpan] = Field(default_factory=list)
    topic: str | None = None
    # Character ranges (in `Article.text`) of date expressions attached to this trigger, and
    # whether the sentence holds any date expression at all.
    date_spans: list[tuple[int, int]] = Field(default_factory=list)
    sentence_has_dates: bool = False
    # Set when every date of the sentence is in a relative clause on someone else ("hosted X,
    # who had been on a state visit since August 7"): it times that clause, not the event.
    dates_only_in_asides: bool = False
    # Set when the frame only refers back to an event named elsewhere ("during the meeting").
    anaphoric: bool = False
    # Every person the sentence names, party or not ("..., said Foreign Minister X"): a later
    # "he" may be any of them.
    people: list[ActorSpan] = Field(default_factory=list)
    # Set when the meeting is a stop on a journey whose traveller the sentence leaves unsaid
    # ("The tour began in Kampala, before a stop in Addis Ababa to meet Abiy").
    traveller_unsaid: bool = False
