"""Turn one article's frames into resolved event mentions.

For each frame: actors become people, countries and organisations (with coreference across the
article); the date is read from the sentence and pinned with the publication date or dateline;
the place from the sentence (or the dateline for the article's lead event); the mechanism and
round from the sentence. Every value keeps the sentence it came from.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import cache, partial

from parley.models import (
    ActorRef,
    ActorSpan,
    ActorSpanKind,
    Article,
    DateValue,
    EventMention,
    EventType,
    Evidence,
    Frame,
    Location,
    MechanismRef,
    PlaceSpan,
    Precision,
    Sentence,
    Status,
)
from parley.resolve.actors import ArticleActors, KnownNameScanner, country_actor
from parley.resolve.dateline_year import (
    LEAD_CHARS,
    infer_dateline_year,
    lead_weekday,
    lead_weekday_is_evening,
    people_named_in_office,
    serving_people,
    stated_weekday,
)
from parley.resolve.dates import DateAnchor, DateMatch, Tense, find_dates, parse_dateline_date
from parley.resolve.dates.anchor import inferred_year_note
from parley.resolve.issuing_office import issuing_country
from parley.resolve.knowledge import KnowledgeBase
from parley.resolve.mechanisms import (
    UNNAMED,
    MechanismFinder,
    MechanismMatch,
    numbered_session,
)
from parley.resolve.titled_names import people_titled_after, titled_people

# Sentences at the top of an article that may take the dateline's place as their venue.
LEAD_SENTENCES = 3
REPORT_DATE_BASIS = "date of the report; the text states no date"
# A place inferred from the country the sentence names (reconciliation ranks it below a city).
CAPITAL_BASIS = "capital of the country named"


class MentionResolver:
    """Resolves frames against the knowledge base; one instance serves many articles."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.mechanisms = MechanismFinder(kb)
        self.names = KnownNameScanner(kb)
        self.office_horizon = kb.office_horizon() or date.today()

    def _unknown_titled(self, sentence: Sentence, known: Sequence[str]) -> list[ActorSpan]:
        """People named after an office whom the knowledge base does not list under any
        part of the name (it knows "Luiz Inácio Lula" as Lula da Silva already), and those
        it knows without their middle names, which its scan of the text does not find
        ("Mokgweetsi Eric Keabetswe Masisi")."""
        found = {word.lower() for name in known for word in name.split()}
        return [
            span
            for span in titled_people(sentence)
            if not any(
                self.kb.actors_by_short(word) or self.kb.actor_by_name(word)
                for word in span.text.split()
            )
            or (
                _without_middle_names(span.text, self.kb)
                and not any(word.lower() in found for word in span.text.split())
            )
        ]

    def resolve(
        self, article: Article, sentences: Sequence[Sentence], frames: Sequence[Frame]
    ) -> list[EventMention]:
        """Event mentions of one article, in sentence order, ids `<article>:<sentence>:<n>`."""
        state = _ArticleState(self, article)
        state.entry_leads = _entry_leads(sentences)
        state.sentences = sentences
        state.lead_end = _lead_end(sentences, article.dateline_end)
        by_sentence: dict[int, list[Frame]] = {}
        for frame in frames:
            by_sentence.setdefault(frame.sentence.index, []).append(frame)
        mentions: list[EventMention] = []
        for sentence in sentences:
            sentence_frames = by_sentence.get(sentence.index)
            if not sentence_frames:
                known = self.names.find(sentence.text)
                if sentence.index < BYLINE_SENTENCES:
                    # "Prime Minister Anthony Albanese" over a statement in the first person.
                    state.actors.note_byline(sentence.text, known)
                    state.actors.note_office_byline(sentence.text)
                state.actors.note_text(
                    sentence.text,
                    known,
                    self._unknown_titled(sentence, known),
                    aside=people_titled_after(sentence),
                )
                mentions.extend(state.attendees(sentence))
                continue
            if _LISTS_THOSE_TAKING_PART.match(sentence.text) and (
                listed := state.attendees(sentence)
            ):
                # "Taking part in the meeting were the Secretary General of NATO, Mark Rutte;
                # the Prime Minister of Denmark, ...": those at the gathering just reported.
                state.actors.note_text(sentence.text, self.names.find(sentence.text))
                mentions.extend(listed)
                continue
            mentions.extend(state.resolve_sentence(sentence, sentence_frames))
        return _visits_told_by_their_talks(mentions)


def _told_by_its_when_clause(frame: Frame, frames: list[Frame]) -> bool:
    """ "The first telephone conversation between a Ghanaian and a Ukrainian president took
    place in August 2022, when Zelenskyy spoke to Akufo-Addo": a definite meeting with no
    parties of its own that its when-clause tells with named people is that one, not the
    meeting told before."""
    if not frame.anaphoric or frame.type != EventType.CONSULT or frame.actors:
        return False
    start = frame.trigger_end - frame.sentence.start
    for other in frames:
        if other is frame or other.type != EventType.CONSULT or other.anaphoric:
            continue
        between = frame.sentence.text[start : other.trigger_start - frame.sentence.start]
        if sum(a.kind == "person" for a in other.actors) >= 2 and _WHEN_CLAUSE_OPENS.search(
            between
        ):
            return True
    return False


_WHEN_CLAUSE_OPENS = re.compile(r",\s+when\b")


def _visits_told_by_their_talks(mentions: list[EventMention]) -> list[EventMention]:
    """ "Prime Minister Ishiba has completed his visit to Peru", in a report that tells his
    talks with Peru's president: the visit whose host the sentence leaves to the country is
    the occasion of those talks, so it has their parties (when it names no other day)."""
    talks = [
        m
        for m in mentions
        if m.type == EventType.CONSULT
        and m.status == Status.OCCURRED
        and sum(p.kind == "person" for p in m.participants) >= 2
    ]
    result: list[EventMention] = []
    for mention in mentions:
        people = [p for p in mention.participants if p.kind == "person"]
        countries = [p for p in mention.participants if p.kind == "country"]
        if (
            mention.type != EventType.CONSULT
            or mention.status != Status.OCCURRED
            or mention.mode != "visit"
            or len(people) != 1
            or len(countries) != 1
            or len(mention.participants) != 2
        ):
            result.append(mention)
            continue
        visitor, host = people[0], countries[0]
        occasion = next(
            (
                t
                for t in talks
                if visitor.key in {p.key for p in t.participants}
                and any(
                    p.kind == "person" and p.country == host.country and p.key != visitor.key
                    for p in t.participants
                )
                and (
                    mention.date is None
                    or (t.date is not None and mention.date.iso() == t.date.iso())
                )
            ),
            None,
        )
        if occasion is None:
            result.append(mention)
            continue
        result.append(
            mention.model_copy(
                update={
                    "participants": [
                        p.model_copy(update={"evidence": mention.evidence, "basis": "coreference"})
                        for p in occasion.participants
                    ],
                    "source": occasion.source,
                    "target": occasion.target,
                }
            )
        )
    return result


# "held his first face-to-face summit with ...": the trigger's object is a summit.
_SUMMIT_HELD = re.compile(
    r"\s*(?:(?!(?:ahead|before|after|at|on|of|for|during|since|to|with|in)\b)"
    r"[a-z0-9'’-]+\s+){0,3}summits?\b"
)

# "welcomed Costa and von der Leyen ... for the first summit between ...": what the meeting
# was held for.
_FOR_THE_SUMMIT = re.compile(r"\bfor\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}summit\b", re.IGNORECASE)


# "..., when he awarded him the Grand Cross", "..., during which they discussed trade".
_CLAUSE_ABOUT_IT = re.compile(r",\s*(?:when|where|during\s+which|at\s+which)\b", re.IGNORECASE)


def _told_in_a_clause_about_it(span: ActorSpan, frame: Frame) -> bool:
    """Whether the span stands in a when- or where-clause set off after the trigger."""
    text = frame.sentence.text
    offset = frame.sentence.start
    between = text[frame.trigger_end - offset : span.start - offset]
    return span.start > frame.trigger_end and _CLAUSE_ABOUT_IT.search(between) is not None


def _named_with_it(frame: Frame, participants: list[ActorRef]) -> list[ActorRef]:
    """The parties a definite meeting noun names right after it ("The meeting with the Pope
    was watched closely"), which say which of the article's meetings it refers back to."""
    after = frame.sentence.text[frame.trigger_end - frame.sentence.start :]
    return [
        p
        for p in participants
        if p.surface and re.match(r"\s+with\s+(?:the\s+)?" + re.escape(p.surface), after)
    ]


def _told_as_a_summit(meeting: EventMention) -> bool:
    """Whether the article told the meeting as a summit ("the summit", "held a summit")."""
    if meeting.trigger.lower().startswith("summit"):
        return True
    evidence = meeting.evidence
    if evidence.span_end is None:
        return False
    after = evidence.sentence[evidence.span_end - evidence.start :]
    # "welcomed Costa and von der Leyen in Chișinău yesterday for the first summit between
    # Moldova and the European Union": the meeting is the summit it was for.
    return _SUMMIT_HELD.match(after) is not None or _FOR_THE_SUMMIT.search(after) is not None


def _without_middle_names(name: str, kb: KnowledgeBase) -> bool:
    """Whether the knowledge base knows the name without some of its middle words."""
    return kb.actor_without_middle_names(name) is not None


# "21.30 GMT - Starmer meets Modi", "3:15 PM - ...": the time heading a live blog's entry
# (ingest joins a time alone on its line to the heading below it in this form), or a time
# alone on its line above the entry's first paragraph ("4:40 p.m.").
_ENTRY_TIME = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:GMT|BST|CET|CEST|ET|EST|EDT|UTC)?"
    r"(?:\s*[-–—]\s|\s*$)"
)


# "... in Jakarta", "in Rio de Janeiro": a place a headline names after "in".
_IS_IN_A_PLACE = re.compile(
    r"\b(?:(?:is|are)\s+(?:currently\s+|now\s+)?in"
    # "Nordic and Baltic foreign ministers travelled to Chisinau on Wednesday".
    r"|(?:travell?ed|flew|came|went)\s+to|arrived\s+in)"
    r"\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"\s+(?:for|on|to|this|today|at)\b"
)
_IN_A_PLACE = re.compile(r"\bin\s+(?P<place>[A-Z][\w'’-]+(?:\s+(?:de\s+|da\s+)?[A-Z][\w'’-]+)?)")


def _lead_end(sentences: Sequence[Sentence], dateline_end: int | None) -> int:
    """The index of the first sentence after the lead. A dateline the splitter cuts in two
    ("NEW DELHI, December 4. /TASS/.") counts as one sentence."""
    pieces = sum(1 for s in sentences if dateline_end and s.end <= dateline_end)
    return LEAD_SENTENCES + max(0, pieces - 1)


def _entry_leads(sentences: Sequence[Sentence]) -> set[int]:
    """In a live blog (two entry times or more), each entry's heading and first sentence."""
    headings = [s.index for s in sentences if _ENTRY_TIME.match(s.text)]
    if len(headings) < 2:
        return set()
    return {i + step for i in headings for step in (0, 1)}


# ", Iceland," after a town: the country it is in, up to the next punctuation.
_COUNTRY_AFTER_A_TOWN = re.compile(
    r",\s+(?P<country>[A-Z][^\W\d]*(?:\s+[A-Z][^\W\d]*){0,2})(?=[,.;:)]|$)"
)
# "at Sde Boker in southern Israel": a part of the country, named after a town in it.
_COMPASS_PART = (
    r"(?:far[\s-]+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|centr)(?:ern|al)?"
)
_PART_OF_A_COUNTRY_AFTER_A_TOWN = re.compile(
    r",?\s+in\s+(?:the\s+)?(?i:" + _COMPASS_PART + r")\s+"
    r"(?P<country>[A-Z][^\W\d]*(?:\s+[A-Z][^\W\d]*){0,2})(?=[\s,.;:)]|$)"
)
_IN_A_PART_OF = re.compile(r"\b(?i:" + _COMPASS_PART + r")\s+$")
_REGION_AFTER_A_TOWN = re.compile(
    r",\s+(?:in\s+)?(?:the\s+)?(?P<region>[A-Z][^\W\d]*(?:\s+[A-Z][^\W\d]*){0,2})\s+"
    r"(?:region|province|department|state|district|governorate|prefecture|county|oblast)\b"
)
# "the two presidents", "both foreign ministers": two holders of one office.
_OFFICE_OF_TWO = re.compile(
    r"\b(?:two|both)\s+(president|prime minister|premier|foreign minister|defen[cs]e minister"
    r"|minister)s\b"
)


_TWO_LEADERS = re.compile(r"\b(?:two|both)\s+leaders\b", re.IGNORECASE)
# Offices held for someone else, whose holders are no leaders of a side.
_SERVING_OFFICE = re.compile(
    # (Not an adviser, who may hold a minister's portfolio: "Foreign Affairs Adviser Md.
    # Touhid Hossain"; nor the EU's High Representative.)
    r"\b(?:envoy|(?<!high )representative|ambassador|aide|spokes\w*|mediator)\b",
    re.IGNORECASE,
)


def _leads_a_side(held: str) -> bool:
    return _SERVING_OFFICE.search(held) is None


def _rank_named(office: re.Match[str]) -> str:
    """The office "the two premiers" names, as the knowledge base titles it."""
    return "prime minister" if office.group(1) == "premier" else office.group(1)


# "the four", "the five leaders": a count of people the sentence has named.
_COUNTED_GROUP = re.compile(r"the\s+(four|five)(?:\s+leaders)?", re.IGNORECASE)
# "the two leaders", "both presidents": two people, not two delegations or countries.
_TWO_PEOPLE = re.compile(
    r"\b(?:two|both)\s+(?:leaders|presidents|prime\s+ministers|premiers|ministers|"
    r"foreign\s+ministers|heads\s+of\s+state|men|women|counterparts)\b",
    re.IGNORECASE,
)

# How far into an article a byline may stand (after the headline and publication lines).
BYLINE_SENTENCES = 4


class _ArticleState:
    def __init__(self, resolver: MentionResolver, article: Article) -> None:
        self.resolver = resolver
        self.kb = resolver.kb
        self.article = article
        published = article.published.date() if article.published else None
        dateline = (
            parse_dateline_date(article.dateline_date, published) if article.dateline_date else None
        )
        if dateline is not None and dateline.year is None:
            dateline = self._infer_year(dateline) or dateline
        self.anchor = DateAnchor(published=published, dateline=dateline)
        # The date expressions of each sentence text read in each tense: every frame of a
        # sentence reads them again, most of them twice.
        self._date_matches: dict[tuple[str, Tense], list[DateMatch]] = {}
        self.published = published
        # Offices are read at the article's date: its publication, else its dateline's day.
        self.actors = ArticleActors(
            self.kb, published or (dateline.as_date() if dateline is not None else None)
        )
        self.actors.home = issuing_country(article.text, self.kb)
        self.lead_end = LEAD_SENTENCES
        self.sentences: Sequence[Sentence] = ()
        self.actors.names_in_article = lambda: resolver.names.find(article.text)
        self.actors.countries_in_article = cache(partial(self.actors.countries_named, article.text))
        self.last_consult: EventMention | None = None
        # Whether it is a meeting the article reports rather than one it recalls in passing.
        self.last_consult_current = False
        # The last summit or forum the article has named, for "the gathering" later on.
        self.last_gathering: MechanismRef | None = None
        # The last summit or forum the article has reported as held, for the meetings on its
        # sidelines.
        self.last_summit: EventMention | None = None
        self.last_summit_current = False
        # Where a gathering the article names without its parties was held ("on his return
        # from the summit in The Hague"), for the meetings on its sidelines.
        self.gathering_place: Location | None = None
        # The day of a meeting the lead tells with parties no name gives ("held talks with
        # Pacific island leaders on Wednesday"): the day of the meetings the report goes on to.
        self.lead_day: tuple[DateValue, Evidence] | None = None
        # The people the sentence being read names by office alone ("the President").
        self.named_by_office: list[ActorRef] = []
        # The meetings and summits the article reports as held in a place on a day: where a
        # further meeting of those days is, unless the sentence says otherwise.
        self.scenes: list[EventMention] = []
        # A numbered session reported with one party so far.
        self.last_session: MechanismRef | None = None
        # Sentences that head a live blog's entry or open it ("21.30 GMT - Starmer meets Modi").
        self.entry_leads: set[int] = set()
        # Every meeting the article has reported so far, in reading order.
        self.consults: list[EventMention] = []
        # The agreements it has reported as reached on a stated day, in reading order.
        self.dated_agreements: list[EventMention] = []
        # Every agreement it has reported as reached, in reading order.
        self.agreements: list[EventMention] = []
        # The last mechanism the article has named, for "the tenth dialogue" later on.
        self.last_mechanism: MechanismRef | None = None
        # Sessions of it the article numbers by a common noun only ("the tenth dialogue").
        self.numbered_sessions: list[MechanismRef] = []

    def _infer_year(self, dateline: DateValue) -> DateValue | None:
        lead_start = self.article.dateline_end or 0
        body = self.article.text[lead_start:]
        named = [
            (m.start(), entry)
            for m in self.resolver.names.finditer(self.article.text)
            if (entry := self.kb.actor_by_name(m.group())) is not None
        ]
        own = stated_weekday(self.article.dateline_date or "")
        return infer_dateline_year(
            dateline,
            own if own is not None else lead_weekday(body),
            serving_people(self.article.text, named),
            horizon=self.resolver.office_horizon,
            exact=own is not None,
            evening=own is None and lead_weekday_is_evening(body),
            titled=people_named_in_office(
                self.article.text, named, (lead_start, lead_start + LEAD_CHARS)
            ),
        )

    def _evidence_of(self, sentence: Sentence) -> Evidence:
        return Evidence(
            article=self.article.id,
            sentence_index=sentence.index,
            sentence=sentence.text,
            start=sentence.start,
            end=sentence.end,
        )

    def attendees(self, sentence: Sentence) -> list[EventMention]:
        """ "Around the table were Albanese, Luxon and Rabuka", "Leaders attending included
        ...": the known leaders a sentence lists as present at the gathering just reported."""
        summit = self.last_summit if self.last_summit_current else None
        if summit is None and _LISTS_THOSE_TAKING_PART.match(sentence.text):
            # "... jointly hosted a summit of the Baltic Sea NATO Allies. Taking part in the
            # meeting were ...": the meeting just told, whatever it was told as.
            summit = self.last_consult if self.last_consult_current else None
        if summit is None:
            return []
        cue = _ATTENDANCE.search(sentence.text)
        last = self.last_consult
        if cue is None and (last is None or last.evidence.start < summit.evidence.start):
            # "The Seventh Consultative Meeting ... took place in Tashkent ... It was attended
            # by ...": "it" is the gathering when nothing was told after it.
            cue = _IT_WAS_ATTENDED.match(sentence.text)
        if cue is None:
            return []
        evidence = self._evidence_of(sentence)
        people: list[ActorRef] = []
        for match in self.resolver.names.finditer(sentence.text):
            entry = self.kb.actor_by_name(match.group())
            if entry is None or entry.kind != "person":
                continue
            span = ActorSpan(
                text=match.group(), start=match.start(), end=match.end(), kind="person"
            )
            spot = evidence.model_copy(
                update={"span_start": match.start(), "span_end": match.end()}
            )
            people.extend(self.actors.resolve(span, spot))
        people = _distinct(people)
        if len(people) < 2:
            return []
        return [
            summit.model_copy(
                update={
                    "id": f"{self.article.id}:{sentence.index}:0",
                    "trigger": cue.group(),
                    "evidence": evidence,
                    "participants": _distinct([*summit.participants, *people]),
                    "source": [],
                    "target": people,
                }
            )
        ]

    def resolve_sentence(self, sentence: Sentence, frames: list[Frame]) -> list[EventMention]:
        evidence = self._evidence_of(sentence)
        last_before = self.last_consult, self.last_consult_current
        mechanisms = [
            self._session_of_the_last_mechanism(m)
            for m in self.resolver.mechanisms.find(sentence.text, evidence)
        ]
        if not mechanisms:
            mechanisms = self._numbered_session(sentence.text, evidence)
        # Whoever the sentence names first is the likeliest "he" in it ("Lula stopped in Abu
        # Dhabi, where he met ...").
        self.actors.note_text(
            sentence.text, self.resolver.names.find(sentence.text), frames[0].people
        )
        self.named_by_office = []
        mentions: list[EventMention] = []
        # Meetings the sentence puts each in a place of its own.
        placed: list[EventMention] = []
        for n, frame in enumerate(frames):
            if _told_by_its_when_clause(frame, frames):
                continue
            rivals_at = [f.trigger_start - f.sentence.start for f in frames if _rivals(frame, f)]
            mention = self._mention(
                frame,
                evidence,
                _closest_to(mechanisms, frame.trigger_start - frame.sentence.start, rivals_at),
                f"{self.article.id}:{sentence.index}:{n}",
            )
            if mention is None:
                self._note_gathering_place(frame, evidence)
                self._note_lead_day(frame, evidence)
                continue
            if mention.type in (EventType.SUPPORT, EventType.AGREE):
                self._note_lead_day(frame, evidence)
            by_place = self._meetings_by_place(mention, frame)
            placed.extend(by_place)
            parts = (
                by_place
                or self._met_again(mention, frame)
                or self._meetings_by_day(mention, frame)
                or self._rounds_on_days(mention, frame)
                or _separate_meetings(mention)
            )
            mentions.extend(parts)
            if mention.mechanism is not None and mention.mode == "multilateral":
                self.last_gathering = mention.mechanism
            # "The first meeting was held in Moscow in December 2021": an earlier meeting in
            # passing is no antecedent of "the meeting" or "on the sidelines" once the article
            # has reported its own.
            in_passing = self._in_passing(mention)
            if mention.type == EventType.AGREE and mention.status == Status.OCCURRED:
                self.agreements.append(mention)
                if mention.date is not None and mention.date.as_date() is not None:
                    self.dated_agreements.append(mention)
            if (
                mention.type == EventType.CONSULT
                and mention.status == Status.OCCURRED
                and mention.mode == "multilateral"
                and not _on_the_sidelines(frame)
                and not (in_passing and self.last_summit_current)
                and not self._names_the_summit_again(mention, frame)
            ):
                self.last_summit = mention
                self.last_summit_current = not in_passing
            for part in parts:
                if _sets_the_scene(part) and not in_passing:
                    self.scenes.append(part)
            if (
                mention.type == EventType.CONSULT
                and mention.status == Status.OCCURRED
                and len(mention.participants) >= 2
                # "the previous, fifth session was held in Washington" is background: "on the
                # same day" after it is still the day of the article's own meeting.
                and mention.mechanism not in self.numbered_sessions
            ):
                self.consults.extend(parts)
                if not (in_passing and self.last_consult_current) and not self._aside_of_bodies(
                    mention
                ):
                    # After separate meetings, "the talks" are the last of them.
                    self.last_consult = parts[-1]
                    self.last_consult_current = not in_passing
                    self.last_session = None
            elif self._opens_the_day(mention, in_passing):
                # "On Monday, on the margins of the summit, the president held six bilateral
                # meetings. ... She then met Trudeau, Xi and Petro": the day of those meetings.
                assert mention.date is not None and mention.date_evidence is not None
                self.lead_day = mention.date, mention.date_evidence
        named = [m.ref for m in mechanisms if m.end > m.start]
        named += [m.mechanism for m in mentions if m.mechanism is not None]
        named = [ref for ref in named if not ref.key.startswith(UNNAMED)]
        if named:
            self.last_mechanism = named[-1]
        if placed:
            # "his first foreign trip, meeting Macron in Paris and Starmer in London": the trip
            # is those meetings, not one more in one of the two places.
            covered = {p.key for m in placed for p in m.participants}
            mentions = [
                m
                for m in mentions
                if m in placed
                or m.type != EventType.CONSULT
                or not {p.key for p in m.participants} <= covered
            ]
        shared = _share_within_sentence(mentions)
        renewed = {m.id: new for m, new in zip(mentions, shared, strict=True) if new is not m}
        if renewed:
            # "made his first trip abroad to New Delhi in December for talks with Modi. A month
            # later ...": the meetings kept for later sentences carry what their own sentence
            # lent them.
            self.consults = [renewed.get(m.id, m) for m in self.consults]
            last = self.last_consult
            if last is not None and last.id in renewed:
                if self._in_passing(renewed[last.id]) and last_before[1]:
                    # "It was their second meeting after they first met ... in June": a meeting
                    # its sentence dates to another time is recalled in passing, and "the
                    # talks" after it are still the ones the article reported before.
                    self.last_consult, self.last_consult_current = last_before
                else:
                    self.last_consult = renewed[last.id]
        return [_link_promise(m, shared) for m in shared]

    def _note_lead_day(self, frame: Frame, evidence: Evidence) -> None:
        """Keep the day of a meeting in the lead whose parties are not named, or of what the
        lead reports said or signed at one ("praised the bond at a state banquet on Tuesday
        evening", "on Thursday signed in Istanbul, together with ..., the Memorandum")."""
        if (
            self.lead_day is not None
            or frame.type not in (EventType.CONSULT, EventType.SUPPORT, EventType.AGREE)
            or frame.status != Status.OCCURRED
            or frame.sentence.index >= self.lead_end
            or not frame.date_spans
        ):
            return
        value, date_evidence = self._date(frame, evidence, frame.status)
        day = value.as_date() if value is not None else None
        reference = self.anchor.reference()
        if reference is not None and day is not None and (reference[0] - day).days > _PASSING_DAYS:
            # "Merz, who made his first trips abroad on May 7, meeting Macron in Paris and
            # Tusk in Warsaw", in a lead dated two weeks later: an earlier trip in passing does
            # not date the report's meetings.
            return
        if value is not None and date_evidence is not None and day is not None:
            if frame.type == EventType.AGREE:
                # (Said so in the basis: the day is the agreement's, the meeting's inferred.)
                value = value.model_copy(
                    update={"basis": f"{value.basis}; the day of the agreement the lead reports"}
                )
            self.lead_day = value, date_evidence

    def _opens_the_day(self, mention: EventMention, in_passing: bool) -> bool:
        """A meeting held by one side on a day its sentence states, before the article has
        told any meeting with its counterparts named."""
        return (
            self.lead_day is None
            and self.last_consult is None
            and not in_passing
            and mention.type == EventType.CONSULT
            and mention.status == Status.OCCURRED
            and len(mention.participants) == 1
            and mention.date is not None
            and mention.date_evidence is not None
            and mention.date_evidence.sentence_index == mention.evidence.sentence_index
            and mention.date.as_date() is not None
            and not mention.date.basis.startswith(REPORT_DATE_BASIS)
        )

    def _note_gathering_place(self, frame: Frame, evidence: Evidence) -> None:
        """Keep the city of a summit or forum held that names no parties of its own."""
        if frame.trigger.lower() not in _NAMED_GATHERINGS or frame.status != Status.OCCURRED:
            return
        for place in frame.places:
            location = self._location_of(place, evidence)
            if location is not None and location.basis != "country":
                self.gathering_place = location
                return

    def _names_the_summit_again(self, mention: EventMention, frame: Frame) -> bool:
        """ "The two-day summit ... opened on Tuesday" after the lead reported the summit in
        The Hague on Wednesday: the same summit, told with less, which leaves the lead's day
        and place for the meetings on its sidelines."""
        summit = self.last_summit
        if summit is None or not self.last_summit_current:
            return False
        if summit.date is None or summit.location is None or frame.places:
            return False
        before = frame.sentence.text[: frame.trigger_start - frame.sentence.start]
        return _NAMED_AGAIN_BEFORE.search(before) is not None

    def _aside_of_bodies(self, mention: EventMention) -> bool:
        """ "commended China for the successful hosting of the ministerial meeting of the
        China-CELAC Forum", told after the report's meeting of two people: an undated meeting
        of countries and bodies only is an aside; "After the meeting" is still the report's."""
        last = self.last_consult
        return bool(
            self.last_consult_current
            and last is not None
            and (mention.date is None or mention.date.basis.startswith(REPORT_DATE_BASIS))
            # ("It is the first visit to Vietnam by a head of the Spanish government" is the
            # visit under way, told again.)
            and mention.mode != "visit"
            # ("the two co-chaired the third round of the Brazil-China Global Strategic
            # Dialogue" is an occasion of its own.)
            and (mention.mechanism is None or mention.mechanism.round is None)
            and not any(p.kind == "person" for p in mention.participants)
            and sum(p.kind == "person" for p in last.participants) >= 2
        )

    def _in_passing(self, mention: EventMention) -> bool:
        """A meeting dated by the text well before the report's day: "last met in New York in
        September" under an October dateline; or one the sentence has someone recall ("Hassan
        Sheikh recalled the talks the two leaders held in Ankara")."""
        told = mention.evidence
        if mention.type == EventType.CONSULT and _RECALLED.search(
            told.sentence[: max((told.span_start or told.start) - told.start, 0)]
        ):
            return True
        stated = mention.date
        if stated is None or not stated.basis.startswith(_STATED_BASES):
            return False
        reference = self.anchor.reference()
        dateline = self.anchor.dateline
        if reference is not None:
            today = reference[0]
        elif dateline is not None and dateline.month and dateline.day and stated.year is None:
            # "ISTANBUL, October 18": a year-less dateline still orders year-less dates.
            today = date(2024, dateline.month, dateline.day)
        elif dateline is not None and dateline.month and dateline.day and stated.month:
            # "PUTRAJAYA, April 16 ... first met Xi in Beijing on March 31, 2023": a day of
            # another month, or weeks from the dateline's, is not the report's day in any year.
            today = date(2024, dateline.month, dateline.day)
            stated = stated.model_copy(update={"year": None})
        else:
            return False
        if stated.month is None:
            return stated.year is not None and stated.year < today.year
        if stated.year is None:
            # "in September" or "on 4 September" with no year: another month than the
            # report's, or a day more than a week away.
            if stated.day is None:
                return stated.month != today.month
            try:
                then = date(today.year, stated.month, stated.day)
            except ValueError:  # 29 February of a common year
                then = date(today.year, stated.month, 28)
            gap = (today - then).days % 365
            return _PASSING_DAYS < gap < 365 - _PASSING_DAYS
        if stated.day is None or stated.precision == Precision.MONTH:
            return (stated.year, stated.month) < (today.year, today.month)
        day = stated.as_date()
        return day is not None and (today - day).days > _PASSING_DAYS

    def _session_of_the_last_mechanism(self, match: MechanismMatch) -> MechanismMatch:
        """ "the fifth session of the dialogue": a bare common noun names no mechanism of its
        own but the one the article has named."""
        ref = match.ref
        if ref.known or " " in ref.name or ref.round is None or ref.evidence is None:
            return match
        return self._session(ref.round, ref.surface, ref.evidence, match.start, match.end) or match

    def _numbered_session(self, text: str, evidence: Evidence) -> list[MechanismMatch]:
        """ "The tenth dialogue was held in Hanoi": a session, by its number, of the mechanism
        the article has named."""
        found = numbered_session(text)
        if found is None:
            return []
        number, start, end = found
        session = self._session(number, text[start:end], evidence, start, end)
        return [session] if session is not None else []

    def _session(
        self, number: int, surface: str, evidence: Evidence, start: int, end: int
    ) -> MechanismMatch | None:
        """Round `number` of the mechanism the article named last, if it named one."""
        if self.last_mechanism is None:
            return None
        ref = self.last_mechanism.model_copy(
            update={"round": number, "surface": surface, "evidence": evidence}
        )
        self.numbered_sessions.append(ref)
        return MechanismMatch(ref=ref, start=start, end=end)

    def _mention(
        self, frame: Frame, evidence: Evidence, mechanisms: list[MechanismMatch], mention_id: str
    ) -> EventMention | None:
        trigger_evidence = evidence.model_copy(
            update={"span_start": frame.trigger_start, "span_end": frame.trigger_end}
        )
        stated, _ = self._date(frame, evidence, frame.status)
        source, target, participants = self._actors(frame, evidence, stated)
        mechanism = None
        own_gathering = False
        if frame.type == EventType.CONSULT and not _on_the_sidelines(frame):
            trigger_at = frame.trigger_start - frame.sentence.start
            # "after the talks, they agreed to hold the tenth meeting": a reference back to the
            # article's meeting takes no round from another phrase of its sentence.
            candidates = (
                [m for m in mechanisms if m.start <= trigger_at < m.end]
                if frame.anaphoric
                else mechanisms
            )
            mechanism = _nearest_mechanism(candidates, trigger_at)
            if mechanism is not None:
                mechanism = self.resolver.mechanisms.with_parties(
                    mechanism, {p.country for p in participants if p.country}
                )
            if mechanism is None:
                mechanism = self._gathering_named_by(frame, participants, trigger_evidence)
                own_gathering = mechanism is not None
        if (
            frame.type == EventType.CONSULT
            and mechanism is None
            and _heads_delegations(frame)
            and self.last_consult is not None
        ):
            # "A led the Bangladesh delegation, while the Pakistan delegation was led by B":
            # the heads of the consultations just reported.
            mechanism = self.last_consult.mechanism
        if (
            frame.type == EventType.CONSULT
            and frame.status == Status.OCCURRED
            and len(_distinct(participants)) < 2
            and _CAME_DURING.match(frame.sentence.text)
            and self.agreements
            and len(_distinct(self.agreements[-1].participants)) >= 2
        ):
            # "Yoon and Tokayev agreed Wednesday to ... The agreement came during summit talks at
            # the Akorda": the talks at which the two agreed.
            agreed = self._parties_of_the_last_meeting(trigger_evidence, self.agreements[-1])
            participants = _distinct([*participants, *agreed])
        attendance = False
        if frame.type == EventType.CONSULT and len(_distinct(participants)) < 2:
            if (
                _is_gathering(frame, mechanism)
                and participants
                and not self._one_side_of_the_referent(frame, participants)
            ):
                pass
            elif own_gathering and _only_organisations(participants):
                # "Leaders of the SCO met ... for a summit": the organisation's summit.
                pass
            elif (
                frame.anaphoric
                and (referent := self._referent(frame, _named_with_it(frame, participants)))
                is not None
                and not (stated is None and self._placed_elsewhere(frame, evidence, referent))
            ):
                participants = self._parties_of_the_last_meeting(trigger_evidence, referent)
            elif (signing := self._signing_before_any_meeting(frame)) is not None:
                # "Zelensky and Martin have signed a Roadmap ... The talks were held first in a
                # tete-a-tete format": the talks of the two who signed.
                participants = [
                    p.model_copy(update={"basis": "coreference", "evidence": trigger_evidence})
                    for p in signing.participants
                    if p.kind == "person" and p.country
                ]
            elif (
                mechanism is not None
                and mechanism in self.numbered_sessions
                and (members := self._members_of(mechanism, trigger_evidence))
            ):
                # "The previous, fifth session of the dialogue was held in Washington": a
                # session of a dialogue between two countries is a meeting of those countries.
                participants = members
            else:
                if (
                    mechanism is not None
                    and mechanism.round is not None
                    and participants
                    and frame.status == Status.OCCURRED
                ):
                    # "Fidan hosted the third meeting of the platform": its other parties may
                    # follow ("Lavrov and Araghchi attended the meeting").
                    self.last_session = mechanism
                return None
        elif frame.type == EventType.CONSULT and (session := self._session_attended(frame)):
            # "The meeting was attended by the Minister of Foreign Affairs of Estonia, ...": at
            # the session of several countries just told, those who attended are parties too.
            known = {p.key for p in session.participants}
            participants = self._parties_of_the_last_meeting(trigger_evidence, session) + [
                p for p in participants if p.key not in known
            ]
            source, target = session.source, session.target
        elif frame.type == EventType.CONSULT and (
            attendance := self._names_more_of_the_last_meeting(frame, participants)
        ):
            # "The talks were attended, on the Saudi side, by ...": the meeting referred back
            # to, not another one between its delegates. The delegates stay out of its parties:
            # they would draw in their own later meetings with the same guest.
            participants = self._parties_of_the_last_meeting(trigger_evidence)
            assert self.last_consult is not None
            source, target = self.last_consult.source, self.last_consult.target
        if frame.type == EventType.SUPPORT and source and target:
            # "China appreciates Spain's positive role in promoting China-EU relations": the
            # supporter's own country, named in what is backed, is not backed.
            own = {a.country for a in source if a.country}
            backed = [a for a in target if a.country not in own]
            if backed and len(backed) < len(target):
                kept = {a.key for a in source} | {a.key for a in backed}
                dropped = {a.key for a in target} - kept
                target = backed
                participants = [p for p in participants if p.key not in dropped]
        if frame.type == EventType.SUPPORT and source and not target:
            # "Macron expressed his full support for the process of democratic renewal under
            # way in Guatemala": the country, not a town, what is backed is under way in.
            target = self._country_backed_there(frame, evidence, source)
            participants = [*participants, *target]
        if frame.type == EventType.SUPPORT and (
            not source or not target or _about_themselves(source, target)
        ):
            # "France supports any initiative that contributes to de-escalation": support of
            # nobody named is no event between two sides.
            return None
        if (
            frame.type == EventType.AGREE
            and not participants
            and (made_at := self._meeting_it_was_made_at(frame)) is not None
        ):
            # "... held a joint meeting in Chisinau, chaired by A and B, at which several
            # agreements were signed": the agreements of the meeting's parties.
            participants = self._parties_of_the_last_meeting(trigger_evidence, made_at)
        if frame.type == EventType.AGREE and not participants:
            return None
        if frame.type == EventType.AGREE:
            participants = self._negotiators_for(participants, trigger_evidence)
        status = frame.status
        date_value, date_evidence = self._date(frame, evidence, status, participants)
        if date_value is not None and status == Status.OCCURRED and self._counted_back_to(frame):
            # "met Morawiecki in Warsaw on Wednesday, a day after his surprise visit to Kyiv":
            # the day the parser hangs on the visit is the clause's, a day after it.
            counted, counted_evidence = self._before_the_stated_day(frame, evidence)
            if counted is not None:
                date_value, date_evidence = counted, counted_evidence
        if date_value is None and status == Status.OCCURRED and not frame.date_spans:
            date_value, date_evidence = self._day_of_the_arrival(frame)
        if date_value is None and status == Status.OCCURRED and not frame.date_spans:
            date_value, date_evidence = self._day_of_the_opening(frame, evidence)
        if date_value is None and status == Status.OCCURRED:
            date_value, date_evidence = self._later_than_the_last_meeting(frame, evidence)
        if date_value is None and status == Status.OCCURRED:
            date_value, date_evidence = self._before_the_stated_day(frame, evidence)
        if status == Status.OCCURRED and (date_value is None or _dated_by_the_count_it_came(frame)):
            # ("The visit comes a day after the President hosted Mitsotakis ..., on the Greek
            # premier's first trip since his re-election in June": the count, not the month
            # the parser hangs on the trip.)
            counted, counted_evidence = self._counted_from_the_one_told(frame, evidence)
            if counted is not None or date_value is None:
                date_value, date_evidence = counted, counted_evidence
        if date_value is None and status == Status.OCCURRED and not frame.date_spans:
            date_value, date_evidence = self._came_days_from_a_day(frame, evidence)
        if date_value is None and status == Status.OCCURRED and not frame.date_spans:
            date_value, date_evidence = self._after_a_dated_thing(frame, evidence)
        status = _status_from_date(status, date_value, self.published)
        if date_value is None and status == Status.OCCURRED and _dated_ahead(frame):
            # "Carney hosts the G7 summit next month" in a report with no date to count from.
            status = Status.PLANNED
        if date_value is None and self._refers_back(frame, status, participants):
            # "The talks covered ...": the meeting the article has just reported, on its day.
            date_value, date_evidence = self._earlier_meeting_date(meeting=self._referent(frame))
        same_occasion = (
            attendance
            or self._on_same_occasion(frame, status)
            # "... held their first joint meeting. The session was co-chaired by A and B": the
            # occasion just told, now with its chairs.
            or (status == Status.OCCURRED and _the_session_chaired(frame))
            # "The state visit closed with a luncheon hosted by Prabowo": a meal of the visit.
            or (status == Status.OCCURRED and _a_meal_hosted(frame))
        )
        occasion = (
            self._occasion_of(
                participants, counting_on=not _BEFORE_AN_OCCASION.match(frame.sentence.text)
            )
            if same_occasion
            else None
        )
        if same_occasion and date_value is not None and _WITHIN_THE_DAY.match(date_value.raw):
            # "Earlier in the day" is the day of the meeting just reported, which a report
            # written the next day does not share.
            earlier, earlier_evidence = self._earlier_meeting_date("the same occasion", occasion)
            continued = occasion or self.last_consult
            visit = continued is not None and continued.mode == "visit"
            if earlier is None or earlier.basis.startswith(REPORT_DATE_BASIS) or visit:
                # A meeting recalled without a day since, or one the report's date dates: the
                # day of the last one told with it. A visit's day is its first ("arrived on
                # the evening of March 13 to begin an official visit"), not the talks' day.
                earlier, earlier_evidence = self._earlier_meeting_date(
                    "the same occasion", self._last_dated_meeting()
                )
            if earlier is not None:
                date_value, date_evidence = earlier, earlier_evidence
            elif self.lead_day is not None:
                # "King Willem-Alexander praised the bond ... at a state banquet on Tuesday
                # evening. ... Earlier in the day the King was welcomed by King Philippe":
                # the day the lead reports, with no meeting told before.
                lead, date_evidence = self.lead_day
                date_value = lead.model_copy(
                    update={"basis": f"{lead.basis}; the day the lead reports"}
                )
        if date_value is None and occasion is not None and not _later_than_told(frame):
            # "On the occasion, Hang paid a courtesy call on ...": the day of that meeting.
            # (Not "sat down with Putin on May 9; days later he was in Beijing with Xi": a day
            # after it, by a count the text leaves open.)
            date_value, date_evidence = self._earlier_meeting_date("the same occasion", occasion)
            if (
                date_value is None
                and not frame.date_spans
                and _LATER_THAT_DAY.search(frame.sentence.text)
                and not _MONTH_IN_THE_SENTENCE.search(frame.sentence.text)
                and not self._in_passing(occasion)
            ):
                # "It was his first visit to Berlin in seven months. In the afternoon he was
                # received by ...": an occasion told with no day of its own is the day's, the
                # day of the last meeting told on one.
                date_value, date_evidence = self._earlier_meeting_date(
                    "the same occasion", self._last_dated_meeting()
                )
        if date_value is None and same_occasion and self.lead_day is not None:
            # "Kishida held talks with Pacific island leaders on Wednesday ... Earlier in the
            # day he held separate talks with ...": the day the lead gave those meetings.
            lead, date_evidence = self.lead_day
            date_value = lead.model_copy(
                update={"basis": f"{lead.basis}; the day of the meetings the lead reports"}
            )
        if date_value is None:
            # "On the sidelines of the summit, Tokayev met ...": during the summit reported.
            date_value, date_evidence = self._summit_date(frame, status)
        if (
            date_value is None
            and frame.type == EventType.CONSULT
            and status == Status.OCCURRED
            # A time the text gives and the resolver cannot read stays unknown.
            and not frame.date_spans
            # "Sunday's meeting was meant to flesh out the outcomes of Kishida's state visit to
            # Washington in April": a month the parser hangs elsewhere dates another occasion.
            and not _MONTH_IN_THE_SENTENCE.search(frame.sentence.text)
        ):
            # "Lee and Ishiba agreed Saturday to ... Lee held a small-group meeting with
            # Ishiba": the meeting at which the article has them reach it.
            date_value, date_evidence = self._date_of_their_agreement(participants)
        if date_value is None and frame.type == EventType.CONSULT and not frame.date_spans:
            # "He then held a meeting with Youssouf, and met separately with the head of the
            # Sudanese delegation": the occasion the sentence's meeting before it continued.
            date_value, date_evidence = self._occasion_a_meeting_before_it_continued(
                trigger_evidence, participants, status
            )
        if (
            date_value is None
            and frame.type == EventType.CONSULT
            and status == Status.OCCURRED
            and not frame.date_spans
        ):
            date_value, date_evidence = self._day_in_the_town_told(frame)
        if (
            date_value is None
            and frame.type == EventType.CONSULT
            and status == Status.OCCURRED
            and not frame.date_spans
            and _THE_SAME_TRIP.search(frame.sentence.text)
            and (trip := self._last_trip_of(participants)) is not None
        ):
            # "... since Mirziyoyev's official visit in mid-January, when Sheikh Mohammed bin
            # Zayed received him ... During the same trip he also met Sheikh Mohammed bin
            # Rashid": the day of the visit told, not of the call the lead reports.
            date_value, date_evidence = self._earlier_meeting_date("the trip told", trip)
        if date_value is None and self._is_lead_report(frame, status):
            told = self._last_dated_meeting(participants)
            if (
                told is not None
                and told.date is not None
                and not told.date.basis.startswith(REPORT_DATE_BASIS)
                and {p.key for p in participants} & {p.key for p in told.participants}
            ):
                # "... announced after talks with Ramaphosa on Tuesday. It was Ramaphosa's
                # first visit to Brazil in three years": the occasion the lead has dated.
                date_value, date_evidence = self._earlier_meeting_date("the occasion told", told)
            else:
                date_value, date_evidence = self._day_of_the_trip_told(frame, participants)
            if date_value is None:
                date_value, date_evidence = self._report_date(evidence)
        meeting = self._meeting_of(participants)
        if date_value is None and frame.type != EventType.CONSULT and meeting is not None:
            # Statements and agreements are made at the meeting the article reports.
            date_value = meeting.date
            if date_value is not None and date_value.year is None and date_value.month is None:
                # A weekday with nothing to count from dates nothing further.
                date_value = None
            if date_value is not None:
                date_value = date_value.model_copy(
                    update={"basis": date_value.basis + "; date of the meeting in this article"}
                )
                date_evidence = meeting.date_evidence
        if date_value is None and meeting is None and self._is_lead_agreement(frame, status):
            # "Tusk and Macron signed in Nancy the Treaty ...", the lead of a release dated
            # 09.05.2025 that reports no meeting: signed on the day of the report.
            date_value, date_evidence = self._report_date(evidence)
        return EventMention(
            id=mention_id,
            article=self.article.id,
            type=frame.type,
            cameo=frame.cameo,
            mode=_mode(frame, participants),
            status=status,
            trigger=frame.trigger,
            evidence=trigger_evidence,
            participants=_distinct(participants),
            source=_distinct(source),
            target=_distinct(target),
            date=date_value,
            date_evidence=date_evidence,
            location=self._capital_of_the_country(
                self._placed(frame, evidence, occasion, date_value, source, target), participants
            )
            if frame.type == EventType.CONSULT
            else None,
            mechanism=mechanism,
            topic=frame.topic,
        )

    def _actors(
        self, frame: Frame, evidence: Evidence, stated: DateValue | None = None
    ) -> tuple[list[ActorRef], list[ActorRef], list[ActorRef]]:
        source: list[ActorRef] = []
        target: list[ActorRef] = []
        # Names first, so "he" and "the two countries" can be told apart from the people the
        # sentence itself names; then pronouns, so "he met Dong Jun in what was the first
        # meeting between the two countries" has its two sides named before the group.
        ordered = sorted(frame.actors, key=lambda a: (a.kind == "group", a.kind == "pronoun"))
        meeting = frame.type == EventType.CONSULT
        by_pronoun = False
        for span in ordered:
            if self._is_dateline_word(span.text):
                continue
            span_evidence = evidence.model_copy(
                update={"span_start": span.start, "span_end": span.end}
            )
            if (
                span.kind == "office"
                and (
                    (frame.type == EventType.SUPPORT and _right_before_the_trigger(span, frame))
                    # "The Secretary and President Keller-Sutter agreed to remain in close
                    # contact": a side of the meeting among those who agreed.
                    or (frame.type == EventType.AGREE and span.role == "source")
                )
                and (party := self._office_at_the_meeting(span, span_evidence))
            ):
                # "Ruto held talks with Ramaphosa ... The Head of State also commended South
                # Africa": an office held by a side of the meeting just told, as the subject of
                # the praise (not "The President thanked India ... for its support").
                (source if span.role == "source" else target).extend(party)
                continue
            if span.kind in ("office", "surname") and frame.type != EventType.CONSULT:
                # "The President thanked India for its support": whose stance a statement
                # gives is left to names; a bare office, or a surname the model did not tag,
                # is resolved for meetings only.
                continue
            refs: list[ActorRef]
            if span.kind == "group" and (
                joined := self._named_before_the_colon(span, span_evidence)
            ):
                refs = joined
            elif (
                span.kind == "group"
                and span.text.lower() == "the two"
                and not meeting
                and not (frame.type == EventType.AGREE and _opens_the_sentence(span_evidence))
            ):
                # "..., and the two signed": the bare number is read only as who met, or who
                # agreed in a sentence it opens ("The two agreed that ...").
                refs = []
            elif span.kind == "group" and _two_sides_named(source + target):
                # "El-Sisi and Erdogan co-chaired the first meeting of the council between the
                # two countries": the sides the sentence has named already.
                refs = []
            elif span.kind == "group" and _of_a_named_body(span, frame):
                # "the meeting of the leaders of the Coalition of the Willing": the body's
                # members, not the people of the article's own meeting.
                refs = []
            elif span.kind == "group" and (counted := self._counted(span, frame, span_evidence)):
                refs = counted
            elif span.kind == "group":
                refs = self._group(span_evidence, stated)
                if not refs and frame.type == EventType.CONSULT:
                    refs = self._signatories(span, span_evidence, frame.sentence.index)
                before = frame.sentence.text[: span.start - frame.sentence.start]
                within = before
                if (
                    span.text.strip().lower() == "their"
                    and _OPENING_PHRASE.match(before)
                    and not self.actors.people_named_in(before)
                ):
                    # "At their meeting at Brdo at the end of March, Plenković had assured
                    # Golob ...": "their", in a phrase that opens the sentence before any name,
                    # is the two the sentence goes on to name (not "It was their third meeting:
                    # ... where they were joined by the presidents of Bolivia and Peru").
                    within = frame.sentence.text
                if frame.type == EventType.CONSULT and (
                    just_named := self._named_pair(span, span_evidence, within)
                ):
                    # "Starmer, who agreed with Modi ... when the two men met": the two the
                    # sentence itself has just named.
                    refs = just_named
                elif frame.type == EventType.CONSULT and sum(r.kind == "person" for r in refs) < 2:
                    # "the two leaders" of a meeting reported by its countries only (or by one
                    # person and the other's country): the two people named last, when they
                    # are of those countries. (As for bare offices and surnames, statements
                    # are left to names.)
                    # ("their" stands alone when the sentence names no group or country it
                    # could be: not "Russian and Ukrainian negotiators ... at their talks".)
                    alone = not refs and not any(
                        a.kind in ("group", "nominal", "country") and a.start != span.start
                        for a in frame.actors
                    )
                    pair = self._named_pair(span, span_evidence, alone=alone)
                    if pair and {r.country for r in refs} <= {r.country for r in pair}:
                        refs = pair
            elif span.kind == "pronoun" and _GUEST_OR_HOST.match(
                frame.sentence.text[span.end - frame.sentence.start :]
            ):
                # "Goita hailed the vision of his guest": who met the subject at the meeting
                # told.
                owners = [a for a in source if a.kind == "person"] or self.actors.resolve_pronoun(
                    span, span_evidence, exclude=set()
                )
                refs = self._met_by(owners, span_evidence)
            elif (
                span.kind == "pronoun"
                and span.text.lower() in ("his", "her")
                and (
                    by_pronoun
                    or (
                        meeting
                        and _set_off_as_whose_nth(span, frame)
                        # (Pronouns come last: the persons in `source` are named, not pronouns.)
                        and any(a.kind == "person" for a in source)
                    )
                )
            ):
                # "He met Modi ..., but chose Beijing for his first trip": the possessive is
                # the one "he" names, a party already, not the next person named before; so
                # is "The Vietnamese leader arrived for an official visit, his first to
                # Russia": the visitor the sentence has named.
                refs = []
            elif (
                span.kind == "pronoun"
                and meeting
                and _told_in_a_clause_about_it(span, frame)
                and (
                    (
                        any(a.kind == "person" for a in source)
                        and any(a.kind == "person" for a in target)
                    )
                    or len({a.country for a in source + target if a.kind == "person" and a.country})
                    >= 2
                )
            ):
                # "The President received Minister Pistorius in January, when he awarded him
                # the Grand Cross": "he" and "him" in the clause about the meeting are its two
                # sides, named already, not two more people. So is "he" in "the President was
                # received by President Higgins at the Áras, where he planted a tree", where
                # the parse puts both sides on one side.
                refs = []
            elif span.kind == "pronoun":
                named = {a.key for a in source + target}
                refs = self.actors.resolve_pronoun(span, span_evidence, exclude=named)
                if not refs and span.text.lower() in ("him", "her"):
                    # "to call on the President ..., meeting him in Colombo": whom the
                    # sentence named by office.
                    refs = [
                        r.model_copy(update={"basis": "coreference", "evidence": span_evidence})
                        for r in self.named_by_office[-1:]
                        if r.key not in named
                    ]
                by_pronoun = by_pronoun or bool(refs)
            elif span.kind == "speaker":
                named = {a.key for a in source + target}
                refs = self._speaker(span, span_evidence, named)
            else:
                refs = self.actors.resolve(span, span_evidence)
            (source if span.role == "source" else target).extend(refs)
            if span.kind == "office":
                self.named_by_office.extend(r for r in refs if r.kind == "person")
        if frame.traveller_unsaid and not source:
            source = self._traveller(frame, evidence, target)
        if (
            frame.type == EventType.CONSULT
            and source
            and not target
            and _a_meal_hosted(frame)
            # (Not "Kishida and Yoon exchanged greetings at the gala dinner hosted by King
            # Felipe VI": guests the sentence names; nor "the leaders gathered for a dinner
            # hosted by Milatović": a gathering's.)
            and len(frame.people) == 1
            and not _MANY_GUESTS.search(frame.sentence.text)
        ):
            # "The day ended with a dinner hosted by Foreign Minister Ayman Safadi": the guest
            # is the visitor the report follows, of another country than the host.
            hosts = {a.country for a in source}
            target = [g for g in self._traveller(frame, evidence, source) if g.country not in hosts]
        if frame.mode == "visit":
            target.extend(self._visited_country(frame, evidence, source + target))
        source = _inherit_countries(source)
        target = _inherit_countries(target)
        participants = _drop_covered_countries(source + target)
        return source, target, participants

    def _counted(self, span: ActorSpan, frame: Frame, evidence: Evidence) -> list[ActorRef]:
        """ "Macron, Merz, Starmer and Tusk stood together with Zelensky in Kyiv, where the
        five agreed": as many people as the words count, all named before them in the
        sentence. (Two or three are left to the meeting just told.)"""
        counted = _COUNTED_GROUP.match(span.text.strip())
        if counted is None:
            return []
        before = frame.sentence.text[: span.start - frame.sentence.start]
        named = self.actors.people_named_in(before)
        if len(named) != _COUNTS[counted.group(1).lower()]:
            return []
        return [self.actors.ref_to(p, span, evidence) for p in named]

    def _office_at_the_meeting(self, span: ActorSpan, evidence: Evidence) -> list[ActorRef]:
        """The person a bare office names, when they are a side of the meeting the article
        has just told; else nothing."""
        meeting = self.last_consult
        if meeting is None:
            return []
        sides = {p.key for p in meeting.participants if p.kind == "person"}
        refs = self.actors.resolve(span, evidence)
        return refs if refs and all(r.key in sides for r in refs) else []

    def _met_by(self, owners: list[ActorRef], evidence: Evidence) -> list[ActorRef]:
        """The other people at the meeting told before the sentence, when the one person in
        `owners` was at it."""
        last = self.last_consult
        if len(owners) != 1 or last is None:
            return []
        if last.evidence.sentence_index >= evidence.sentence_index:
            # "who had flown back from the summit, welcomed his guest": not that summit.
            return []
        key = owners[0].key
        if key not in {p.key for p in last.participants}:
            return []
        return [
            p.model_copy(update={"basis": "coreference", "evidence": evidence})
            for p in last.participants
            if p.key != key and p.kind == "person"
        ]

    def _traveller(self, frame: Frame, evidence: Evidence, met: list[ActorRef]) -> list[ActorRef]:
        """ "The tour began in Kampala ..., before a stop in Addis Ababa to meet Abiy": the
        traveller is the person the sentence names first, or else the one the report followed
        into it ("During the trip, talks with Modi ...")."""
        unmet = [
            p
            for p in (self.actors.focus, self.actors.focus_before)
            if p is not None and p.name not in {m.name for m in met}
        ]
        if not unmet:
            return []
        traveller = unmet[0]
        span = ActorSpan(
            text=traveller.name,
            start=frame.trigger_start,
            end=frame.trigger_end,
            kind="person",
            role="source",
        )
        return [self.actors.ref_to(traveller, span, evidence)]

    def _speaker(self, span: ActorSpan, evidence: Evidence, named: set[str]) -> list[ActorRef]:
        """ "I": who the quotation's attribution or a transcript's label says is speaking;
        in a quotation without one, the person the article is about; outside quotation
        marks, the author the byline names ("Prime Minister Anthony Albanese")."""
        before = evidence.sentence[: max(span.start - evidence.start, 0)]
        label = _SPEAKER_LABEL.match(evidence.sentence)
        speaker = span.title or (label.group("name") if label else None)
        if speaker:
            kind: ActorSpanKind = "office" if speaker.lower().startswith("the ") else "person"
            return self.actors.resolve(
                span.model_copy(update={"text": speaker, "kind": kind}), evidence
            )
        if len(_QUOTES.findall(before)) % 2 == 1:
            return self.actors.resolve_pronoun(span, evidence, exclude=named)
        author = self.actors.author
        if author is None and self._in_a_statement_running_on(span.start):
            # "made the following statements: 'I wanted to be here today ... [new paragraph]
            # This morning, I spoke by telephone with ...": a quotation running on over
            # paragraphs, which the article opened after a colon and has not closed.
            return self.actors.resolve_pronoun(span, evidence, exclude=named)
        return [self.actors.ref_to(author, span, evidence)] if author else []

    def _in_a_statement_running_on(self, at: int) -> bool:
        """Whether `at` is inside a quotation opened after a colon ("made the following
        statements:") in an earlier paragraph and not closed since."""
        text = self.article.text[:at]
        quotes = list(_QUOTES.finditer(text))
        if len(quotes) % 2 == 0:
            return False
        opened = quotes[-1].start()
        return text[:opened].rstrip().endswith(":") and "\n" in text[opened:]

    def _is_dateline_word(self, text: str) -> bool:
        lowered = text.lower()
        return lowered in {
            (self.article.dateline_place or "").lower(),
            (self.article.outlet or "").lower(),
        }

    def _visited_country(
        self, frame: Frame, evidence: Evidence, actors: list[ActorRef]
    ) -> list[ActorRef]:
        """ "will visit Ukraine", "a visit to Moscow": the host country takes part."""
        countries = {a.country for a in actors}
        for place in frame.places:
            if place.preposition not in ("to", "visit"):
                continue
            iso3 = self.kb.country_of_place(place.text)
            entry = self.kb.country_by_iso3(iso3) if iso3 else None
            if iso3 is not None and entry is not None and iso3 not in countries:
                return [self._country_named_at(place, iso3, "host of the visit", evidence)]
        return []

    def _country_named_at(
        self, place: PlaceSpan, iso3: str, basis: str, evidence: Evidence
    ) -> ActorRef:
        """A country as a party, found where the sentence names it as a place."""
        return country_actor(
            self.kb,
            iso3,
            surface=place.text,
            basis=basis,
            evidence=evidence.model_copy(update={"span_start": place.start, "span_end": place.end}),
        )

    def _named_before_the_colon(self, span: ActorSpan, evidence: Evidence) -> list[ActorRef]:
        """ "Keller-Sutter and Parmelin made the most of the occasion: they met Bessent on
        Friday": "they" opening a clause after a colon or semicolon is the people the clause
        before it named, when it named several."""
        if span.text.strip().lower() != "they":
            return []
        before = evidence.sentence[: span.start - evidence.start]
        if not _AFTER_A_COLON.search(before):
            return []
        people = self.actors.people_named_in(before)
        if len(people) < 2:
            return []
        return [self.actors.ref_to(p, span, evidence) for p in people]

    def _names_both_of(self, other: EventMention, meeting: EventMention) -> bool:
        """Whether `other` is a meeting of the same occasion naming two people, of the
        countries `meeting` names."""
        countries = {p.country for p in meeting.participants}
        return (
            other is not meeting
            and other.status == Status.OCCURRED
            and not self._in_passing(other)
            and len(_persons(other)) == 2
            and bool({p.key for p in meeting.participants} & {p.key for p in other.participants})
            and countries <= {p.country for p in other.participants}
        )

    def _group(self, evidence: Evidence, stated: DateValue | None = None) -> list[ActorRef]:
        """ "the two sides": the participants of the article's own meeting, or of the last one
        held on the day the sentence names ("On Thursday the two sides signed ..."), or the two
        sides the sentence itself has just named ("A and B signed ..., and the two governments
        signed ..."), or, for "They" opening a sentence, the two people who met in the
        sentence before; "the two presidents" only those of them who hold that office."""
        words = _span_text(evidence).lower()
        if re.search(r"\b(?:two|both)\b", words) and (
            pair := self._pair_of_the_named_body(evidence)
        ):
            # "At the eighth meeting of the China-Philippines Bilateral Consultation
            # Mechanism ..., the two sides agreed": the two countries the body is of.
            return pair
        # The article's own meeting, not one it mentions in passing after it.
        meeting = self.consults[0] if self.consults else None
        day = stated.as_date() if stated is not None else None
        if day is not None:
            meeting = next(
                (m for m in reversed(self.consults) if m.date and m.date.as_date() == day),
                meeting,
            )
        told = [
            m
            for m in self.consults + self.agreements
            if m.evidence.sentence_index == evidence.sentence_index
            and (m.evidence.span_start or 0) < (evidence.span_start or 0)
            and (
                (all(p.kind == "person" for p in m.participants) and _sides(m) == 2)
                # "Wang Wentao and Executive Vice-President of the European Commission Valdis
                # Dombrovskis held talks ..., and the two sides agreed": two people the record
                # knows no country of, with their bodies.
                or (len(_persons(m)) == 2 and _sides(m) == 0)
            )
        ]
        just_before = [
            m
            for m in self.consults
            if m.evidence.sentence_index == evidence.sentence_index - 1 and len(_persons(m)) == 2
        ]
        if told:
            # "Rama and Macron signed a roadmap ..., and the two governments signed agreements":
            # the two sides its own sentence has just named.
            meeting = max(told, key=lambda m: m.evidence.span_start or 0)
        elif just_before and (
            (_span_text(evidence).strip().lower() == "they" and _opens_the_sentence(evidence))
            or _span_text(evidence).strip().lower() in ("the two men", "the two women")
            # "... when Ishiba received Arévalo at the Kantei. After a meeting of some 45
            # minutes, the two leaders signed ...": after the meeting just told.
            or _AFTER_THE_MEETING.match(evidence.sentence) is not None
        ):
            # "The two had dinner at Rideau Cottage ... They last met in London in March": a
            # sentence opening with "they" (after a day or a place: "On Sunday morning they
            # held formal talks") means the two people who met in the sentence before; so do
            # "the two men" ("... a phone call with Trump on Friday. Only ten days ago, in The
            # Hague, the two men met").
            meeting = just_before[-1]
        if meeting is None:
            return []
        if (
            re.search(r"\b(?:two|both)\b", words)
            and _sides(meeting) != 2
            and not (told and len(_persons(meeting)) == 2)
        ):
            # "a series of calls with the leaders of the US, South Korea and Australia ...
            # Ishiba spoke with Biden ... the two leaders agreed": the last meeting of two.
            meeting = next((m for m in reversed(self.consults) if _sides(m) == 2), meeting)
        if re.search(r"\bthree\b", words) and max(_sides(meeting), len(_persons(meeting))) < 3:
            # "the three presidents agreed", after a call between two of them: the last
            # meeting of three, when the article has told one.
            meeting = next(
                (m for m in reversed(self.consults) if max(_sides(m), len(_persons(m))) >= 3),
                meeting,
            )
        if (
            re.search(r"\b(?:two|both)\s+[a-z]", words)
            and len(_persons(meeting)) < 2
            and not just_before
        ):
            # "Lavrov arrived in Dhaka on an official visit to Bangladesh ... The two Foreign
            # Ministers held a tete-a-tete ... The two Ministers agreed": the two people of
            # the occasion, where its first report names one side by its country.
            meeting = next((m for m in self.consults if self._names_both_of(m, meeting)), meeting)
        told_just_before = any(meeting is m for m in just_before)
        participants = _persons(meeting) if told_just_before else meeting.participants
        office = _OFFICE_OF_TWO.search(words)
        if office is not None:
            # "received President Biden and First Lady Jill Biden ... the two presidents held
            # a bilateral meeting": the two of those met who hold that office, at this
            # meeting or one the sentence before told.
            recent = [
                m for m in self.consults if m.evidence.sentence_index >= evidence.sentence_index - 1
            ]
            for held in (meeting, *reversed(recent)):
                holders = [p for p in held.participants if _holds_a_rank(p, _rank_named(office))]
                if len(holders) == 2:
                    participants = holders
                    break
            else:
                persons = [p for p in participants if p.kind == "person"]
                if (
                    persons
                    and all(p.office for p in persons)
                    and not any(_holds_a_rank(p, _rank_named(office)) for p in persons)
                ):
                    # "Erdoğan and Mitsotakis met in New York ... The two foreign ministers had
                    # also met in Brussels": not the leaders, whoever the ministers are.
                    return []
                holders = self._holders_for_the_two_countries(
                    participants, _rank_named(office), evidence
                ) or self._holder_beside_the_other_side(participants, _rank_named(office), evidence)
                if holders:
                    # "The Slovak and Ukrainian governments met ... When the two premiers spoke
                    # on 9 July": the two countries' holders of that office on the day.
                    participants = holders
        return [
            p.model_copy(update={"basis": "coreference", "evidence": evidence})
            for p in participants
        ]

    def _holder_beside_the_other_side(
        self, participants: list[ActorRef], office: str, evidence: Evidence
    ) -> list[ActorRef]:
        """ "Jaishankar called on Hasina ... The two prime ministers last held formal talks in
        September": the one of the meeting who holds the office, and the holder of it the
        knowledge base lists, on the day, for the other side's country."""
        holding = [p for p in participants if p.kind == "person" and _holds_a_rank(p, office)]
        others = {p.country for p in participants if p.country} - {p.country for p in holding}
        if len(holding) != 1 or len(others) != 1:
            return []
        if any(p.kind == "person" and p.country in others and not p.office for p in participants):
            # (Not when the other side's person holds no office the record knows on the day:
            # "Ramaphosa received Uhuru Kenyatta on 23 November 2021, where the two presidents
            # signed": he was president then.)
            return []
        other = self.actors.holder_on_the_day(others.pop(), office, _group_span(evidence), evidence)
        return [holding[0], other] if other is not None else []

    def _holders_for_the_two_countries(
        self, participants: list[ActorRef], office: str, evidence: Evidence
    ) -> list[ActorRef]:
        """The holders of `office` the knowledge base lists for each of two countries that
        are the meeting's only parties; none unless each has one."""
        if any(p.kind != "country" for p in participants):
            return []
        countries = list(dict.fromkeys(p.country for p in participants if p.country))
        if len(countries) != 2:
            return []
        span = _group_span(evidence)
        holders = [self.actors.holder_on_the_day(c, office, span, evidence) for c in countries]
        return [h for h in holders if h is not None] if all(holders) else []

    def _pair_of_the_named_body(self, evidence: Evidence) -> list[ActorRef]:
        """The two countries a mechanism or talks the sentence names by their pair are of
        ("the China-Philippines Bilateral Consultation Mechanism")."""
        found = _PAIR_NAMING_A_BODY.search(evidence.sentence)
        if found is None:
            return []
        words = found.group("rest").split()
        first = self.kb.country_by_name(found.group("first"))
        # ("Philippines Bilateral Consultation": the country is the first word or two.)
        second = self.kb.country_by_name(words[0]) or self.kb.country_by_name(" ".join(words[:2]))
        if first is None or second is None or first == second:
            return []
        return [
            country_actor(
                self.kb, c.iso3, surface=found.group(), basis="coreference", evidence=evidence
            )
            for c in (first, second)
        ]

    def _signatories(
        self, span: ActorSpan, evidence: Evidence, sentence_index: int
    ) -> list[ActorRef]:
        """ "A and B signed a declaration. The documents were signed after talks between the two
        delegations": before any meeting, the sides of talks are those of an agreement reached
        in the sentence before or this one, when it has as many people, or countries, as the
        words count ("the two delegations", "the three met")."""
        agreement = self.agreements[-1] if self.agreements else None
        if agreement is None or agreement.evidence.sentence_index < sentence_index - 1:
            return []
        count = 3 if "three" in span.text.lower() else 2
        people = {p.name for p in agreement.participants if p.kind == "person"}
        countries = {p.country for p in agreement.participants if p.country}
        if count not in (len(people), len(countries)):
            return []
        office = _OFFICE_OF_TWO.search(span.text.lower())
        if (
            office is not None
            and people
            and not any(_holds_a_rank(p, _rank_named(office)) for p in agreement.participants)
        ):
            # "The visit was agreed when Erdoğan and Mitsotakis met ... The two foreign
            # ministers had also met": not the leaders.
            return []
        return [
            p.model_copy(update={"basis": "coreference", "evidence": evidence})
            for p in agreement.participants
        ]

    def _named_pair(
        self,
        span: ActorSpan,
        evidence: Evidence,
        within: str | None = None,
        *,
        alone: bool = False,
    ) -> list[ActorRef]:
        """ "the two leaders" before the article has reported any meeting: the last two people
        it named, of two countries ("Anwar and Wong witnessed the signing ... The two leaders
        held a four-eyes meeting"); with `within`, only when that text names both."""
        # "Yoon and Kishida had instructed their diplomats ... when they met", "Al-Sudani
        # invited Guterres ... when the two met": "they" or "the two" only for two people its
        # own sentence has just named.
        they = within is not None and span.text.strip().lower() in ("they", "their", "the two")
        # "Lazaro faced Chen for the third time. The two first sat across each other ...": a
        # bare "the two" of a meeting told by its countries is two people of them, too.
        bare = within is None and span.text.strip().lower() == "the two"
        # "Modi and Wickremesinghe on Friday looked beyond the crisis. Speaking after their
        # talks, Modi said ...": whose talks they were, when nobody else can be (`alone`).
        bare = bare or (alone and within is None and span.text.strip().lower() == "their")
        if not _TWO_PEOPLE.search(span.text) and not they and not bare:
            return []
        after = evidence.sentence[(evidence.span_end or 0) - evidence.start :]
        office = _OFFICE_OF_TWO.search(span.text.lower())
        rank: Callable[[str], bool] | None = (
            None if office is None else partial(_holds_office_of_rank, office=_rank_named(office))
        )
        if rank is None and _TWO_LEADERS.search(span.text):
            # "She is to see Erhürman on December 5 and Christodoulides on December 6 ... The
            # two leaders met for the first time on November 20": not the envoy named between.
            rank = _leads_a_side
        pair = (
            self.actors.last_pair(after, rank)
            if within is None
            else self.actors.pair_named_in(within)
        )
        return [self.actors.ref_to(p, span, evidence) for p in pair]

    def _dates_in(self, text: str, tense: Tense) -> list[DateMatch]:
        """`find_dates` of one sentence at the article's anchor (not to be changed in place)."""
        key = (text, tense)
        found = self._date_matches.get(key)
        if found is None:
            found = self._date_matches[key] = find_dates(text, self.anchor, tense=tense)
        return found

    def _date(
        self,
        frame: Frame,
        evidence: Evidence,
        status: Status,
        participants: Sequence[ActorRef] = (),
    ) -> tuple[DateValue | None, Evidence | None]:
        tense: Tense = "future" if status in (Status.PLANNED, Status.HYPOTHETICAL) else "past"
        that_day = self._that_day(frame, evidence, tense, participants) or self._there_then(
            frame, tense
        )
        if that_day is not None:
            return that_day
        matches = self._dates_in(frame.sentence.text, tense)
        offset = frame.sentence.start
        # The sentence before is read only for "ten days later" and the like.
        before = (
            self._dates_in(self._sentence_before(offset), tense) if _counts_days_on(frame) else []
        )
        day_after = _day_after(frame, matches, before)
        if day_after is not None:
            value, span = day_after
            return value, evidence.model_copy(
                update={"span_start": offset + span[0], "span_end": offset + span[1]}
            )
        if not matches:
            return None, None
        counted = _days_from_a_happening(frame, matches)
        if counted is not None:
            value, span = counted
            return value, evidence.model_copy(
                update={"span_start": offset + span[0], "span_end": offset + span[1]}
            )
        last_span = max(frame.date_spans, default=None)
        if last_span is not None and _UNCOUNTED_LATER.fullmatch(
            frame.sentence.text[last_span[0] - offset : last_span[1] - offset].strip()
        ):
            # "On 14 March Albanese received Luxon, and weeks later he hosted Prabowo": some
            # time after the day told, not that day (but "Days later, on September 9, Meloni
            # met Li Qiang": the day told after it).
            return None, None
        if frame.date_spans:
            attached = [
                m
                for m in matches
                if any(s < offset + m.end and offset + m.start < e for s, e in frame.date_spans)
            ]
        elif frame.sentence_has_dates:
            # The parser saw dates here, but none attached to this trigger.
            attached = []
        else:
            attached = matches
        if not attached:
            same = self._same_period(frame, matches)
            if same is not None:
                value, (start, end) = same
                return value, evidence.model_copy(
                    update={"span_start": offset + start, "span_end": offset + end}
                )
            return None, None
        trigger_at = frame.trigger_start - offset
        best = min(attached, key=lambda m: abs(m.start - trigger_at))
        best = next((m for m in attached if _a_day_within(m.value, best.value)), best)
        if _WITHIN_THE_DAY.match(best.text.strip()):
            # "In a statement on Tuesday evening, the Presidency said Ramaphosa had spoken to
            # Kagame earlier in the day": the day the sentence is about, not the report's.
            days = [m for m in matches if m is not best and m.value.as_date() is not None]
            if days:
                day = days[-1].value
                basis = f"{day.basis}; {best.text.strip().lower()} of {day.raw}"
                return day.model_copy(update={"basis": basis, "raw": best.text}), (
                    evidence.model_copy(
                        update={"span_start": offset + best.start, "span_end": offset + best.end}
                    )
                )
        value = self._of_the_told_year(self._of_that_year(best, frame), best, frame)
        value = self._after_the_day_told(value, best, frame, tense)
        value = _in_the_year_the_sentence_opens_in(value, best, frame.sentence.text)
        return self._of_last_week(value, best, frame), (
            evidence.model_copy(
                update={"span_start": offset + best.start, "span_end": offset + best.end}
            )
        )

    def _of_last_week(self, value: DateValue, match: DateMatch, frame: Frame) -> DateValue:
        """ "Last week Wang came to Washington himself. He held talks with Blinken ... over
        Thursday and Friday": a bare weekday after the paragraph has said "last week" is a day
        of the week before the report's, not of its own."""
        reference = self.anchor.reference()
        day = value.as_date()
        if reference is None or day is None or not _BARE_WEEKDAY.fullmatch(match.text.strip()):
            return value
        paragraph = self.article.text.rfind("\n", 0, frame.sentence.start) + 1
        before = self.article.text[paragraph : frame.sentence.start + match.start]
        if not _LAST_WEEK.search(before):
            return value
        report_day = reference[0]
        if day < report_day - timedelta(days=report_day.weekday()):
            return value
        earlier = day - timedelta(days=7)
        return value.model_copy(
            update={
                "year": earlier.year,
                "month": earlier.month,
                "day": earlier.day,
                "basis": f"{value.basis}; in the week before, which the paragraph calls last week",
            }
        )

    def _of_the_told_year(self, value: DateValue, match: DateMatch, frame: Frame) -> DateValue:
        """ "On 22 July 2022, ... signed the initiative. Guterres and Erdogan then met Zelensky
        in Lviv on 18 August": a day without its year, in a paragraph telling the events of an
        earlier year, falls in that year when it follows the day told last."""
        if value.year is None or value.month is None or not value.basis.startswith(_YEAR_FROM):
            return value
        start = frame.sentence.start + match.start
        paragraph = self.article.text.rfind("\n", 0, frame.sentence.start) + 1
        told = list(_DAY_WITH_YEAR.finditer(self.article.text, paragraph, start))
        if not told:
            return value
        last = told[-1]
        year = int(last.group("year"))
        month = _MONTHS[last.group("month")[:3].lower()]
        if year >= value.year or (value.month, value.day or 1) < (
            month,
            int(last.group("day") or last.group("day2") or 1),
        ):
            return value
        since = [
            _MONTHS[m.group()[:3].lower()]
            for m in re.finditer(rf"\b(?:{_MONTH_NAMES})\b", self.article.text[last.end() : start])
        ]
        if any(later > value.month for later in since):
            # "soured in January 2024 ... healed in December, and ... visited on Jan. 11": a
            # month told since, later in the year, has carried the story into the next one.
            return value
        return value.model_copy(
            update={"year": year, "basis": f"explicit; year of the day told before ({year})"}
        )

    def _after_the_day_told(
        self, value: DateValue, match: DateMatch, frame: Frame, tense: Tense
    ) -> DateValue:
        """ "Two years ago today, ... announced the deal. Less than a month later, on 6 April,
        the foreign ministers met in Beijing"; "Faisal was in Tehran that June": a day without
        its year that the sentence says came later, or "that" month, falls in the year of the
        day the article told last (the first such day after it), not the year counted back
        from the report."""
        if value.year is None or value.month is None or not value.basis.startswith(_YEAR_FROM):
            return value
        # The words may head the sentence's first date rather than this one.
        marker = next(
            (
                found
                for m in self._dates_in(frame.sentence.text, tense)
                if m.start <= match.start
                and (found := _FOLLOWS_ON.search(frame.sentence.text[: m.start])) is not None
            ),
            None,
        )
        later = marker is not None and marker["later"] is not None
        # "was in Tehran that June, meeting ... on 17 June".
        if marker is None and not _THAT_MONTH.search(frame.sentence.text, 0, match.end):
            return value
        told = self._day_told_before(frame, match, tense)
        if told is None:
            return value
        year = told.year
        if later and (value.month, value.day or 1) < (told.month, told.day):
            year += 1
        if year == value.year:
            return value
        return value.model_copy(
            update={"year": year, "basis": f"explicit; year of the day told before ({year})"}
        )

    def _day_told_before(self, frame: Frame, match: DateMatch, tense: Tense) -> date | None:
        """The last date with a stated or counted year that the text gives before `match`, in
        its sentence or the few before it."""
        told = [m.value for m in self._dates_in(frame.sentence.text, tense) if m.end <= match.start]
        end = frame.sentence.start
        for _ in range(_SENTENCES_BACK):
            for value in reversed(told):
                if value.year is not None and not value.basis.startswith(_YEAR_FROM):
                    return date(value.year, value.month or 1, value.day or 1)
            before = self.article.text[:end].rstrip()
            if not before:
                return None
            end = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n")) + 1
            told = [m.value for m in self._dates_in(before[end:], tense)]
        return None

    def _of_that_year(self, match: DateMatch, frame: Frame) -> DateValue:
        """ "his state visit in January 2022 ... travelled to Algiers in November of that
        year": the month in the year the article stated last, not the one counted back from
        the report."""
        value = match.value
        after = frame.sentence.text[match.end :]
        if value.month is None or _OF_THAT_YEAR.match(after) is None:
            return value
        stated = list(
            _STATED_YEAR.finditer(self.article.text[: frame.sentence.start + match.start])
        )
        if not stated:
            return value
        year = int(stated[-1].group())
        return value.model_copy(
            update={"year": year, "basis": f"explicit; year stated before ({year}): of that year"}
        )

    def _that_day(
        self,
        frame: Frame,
        evidence: Evidence,
        tense: Tense,
        participants: Sequence[ActorRef] = (),
    ) -> tuple[DateValue, Evidence] | None:
        """ "Xi arrived in Astana on Monday. He held talks with Tokayev that day": the day the
        sentence named before the words, else the one the sentence before named last ("When
        Wang came to Brussels on 2 July ...; Wang was received by Costa the same day")."""
        offset = frame.sentence.start
        spans = list(frame.date_spans)
        opening = _OPENS_WITH_THAT_DAY.match(frame.sentence.text)
        if not spans and opening is not None:
            # "The same afternoon Mayorkas ... held his first bilateral meeting": words the
            # model tags as no date, opening the sentence.
            spans = [(offset + opening.start("words"), offset + opening.end("words"))]
        for start, end in spans:
            words = frame.sentence.text[start - offset : end - offset].strip()
            if _THAT_DAY.fullmatch(words) is None and not (
                # "Lavrov began the day at parliament, where he held talks with the Speaker":
                # the day the report has told.
                _DAY_BEGUN.search(frame.sentence.text) and _A_DAY_OF_SOMEONE.fullmatch(words)
            ):
                continue
            begun = _THAT_DAY.fullmatch(words) is None
            told = [
                m
                for m in self._dates_in(frame.sentence.text, tense)
                # ("Carney, who was sworn in on Friday, began the day in Paris": not the day of
                # what a clause tells of him.)
                if m.end <= start - offset and not begun
            ]
            earlier = [m.value for m in told]
            days = [value for value in earlier if value.as_date()]
            counted = _counted_on_since(frame.sentence.text, told, start - offset)
            if counted is not None:
                # "On 16 January he was in Budapest; eight days later he crossed into Ukraine
                # ..., and flew on the same day to Berlin": the day counted on since.
                days = [counted]
            if earlier and not days:
                # "Last month Tusk visited Paris and Berlin on the same day": one day of the
                # month the sentence names, not the day the sentence before named.
                return None
            if not days:
                previous = self._sentence_before(offset)
                days = [m.value for m in self._dates_in(previous, tense) if m.value.as_date()]
            keys = {p.key for p in participants}
            told_before = next(
                (
                    m
                    for m in reversed(self.consults)
                    if len(keys) >= 2
                    and keys <= {p.key for p in m.participants}
                    and m.date is not None
                    and m.date.as_date() is not None
                ),
                None,
            )
            if not days and told_before is not None and told_before.date:
                # "Rahman met Landau at the State Department on June 18 ... Rahman's meeting
                # with Landau took place on the same day that Trump hosted Munir": the day of
                # that meeting, told before, though in passing.
                days = [told_before.date]
            last = self._last_dated_meeting(participants, sharing=True)
            if not days and last is not None and last.date:
                # "The diplomatic choreography was doubled at the highest level. The same
                # morning, Macron welcomed Tusk": the day of the meeting told last ("In Baabda,
                # Christodoulides told Aoun ... The same day Aoun also received Tajani": the
                # last with one of them).
                days = [last.date]
            if not days:
                return None
            value = days[-1]
            basis = f"{value.basis}; {words.lower()}: {value.raw}"
            return value.model_copy(update={"basis": basis, "raw": words}), (
                evidence.model_copy(update={"span_start": start, "span_end": end})
            )
        return None

    def _there_then(self, frame: Frame, tense: Tense) -> tuple[DateValue, Evidence] | None:
        """ "Felipe VI held bilateral meetings on Sunday afternoon at the Real Alcázar. There,
        the monarch met ...": a sentence opening with "There," and naming no time is on the
        day the sentence before named last."""
        if frame.date_spans or not _THERE_OPENING.match(frame.sentence.text):
            return None
        previous = self._sentence_before(frame.sentence.start)
        days = [m for m in self._dates_in(previous, tense) if m.value.as_date()]
        if not days:
            return None
        day = days[-1]
        value = day.value
        basis = f"{value.basis}; there: the day the sentence before named last"
        start = self.article.text.rfind(previous, 0, frame.sentence.start)
        evidence = Evidence(
            article=self.article.id,
            sentence_index=frame.sentence.index - 1,
            sentence=previous,
            start=start,
            end=start + len(previous),
            span_start=start + day.start,
            span_end=start + day.end,
        )
        return value.model_copy(update={"basis": basis}), evidence

    def _day_of_the_arrival(self, frame: Frame) -> tuple[DateValue | None, Evidence | None]:
        """ "Erdogan arrived in Astana on Thursday afternoon ... Shortly after his arrival, he
        met Japarov at his hotel": the day of the arrival the sentence before told."""
        if not _AFTER_THE_ARRIVAL.search(frame.sentence.text):
            return None, None
        previous = self._previous_sentence(frame.sentence.start)
        if previous is None or not _ARRIVED.search(previous.text):
            return None, None
        days = [m for m in self._dates_in(previous.text, "past") if m.value.as_date() is not None]
        if not days:
            return None, None
        return self._day_told_in(previous, days[-1], "the day of the arrival told before")

    def _day_of_the_opening(
        self, frame: Frame, evidence: Evidence
    ) -> tuple[DateValue | None, Evidence | None]:
        """ "Before the opening of the summit on Saturday, Amherd held a bilateral meeting with
        Zelensky": a meeting before a gathering opened, on the day the opening is told, is on
        that day."""
        text = frame.sentence.text
        trigger_at = frame.trigger_start - frame.sentence.start
        found = _BEFORE_THE_OPENING.search(text, 0, trigger_at)
        if found is None:
            return self._day_of_the_opening_told(frame)
        days = [
            m
            for m in self._dates_in(text, "past")
            if found.start() <= m.start and m.end <= found.end() and m.value.as_date() is not None
        ]
        if len(days) != 1:
            return None, None
        [day] = days
        basis = f"{day.value.basis}; the day of the opening it came before"
        return day.value.model_copy(update={"basis": basis}), evidence.model_copy(
            update={
                "span_start": frame.sentence.start + day.start,
                "span_end": frame.sentence.start + day.end,
            }
        )

    def _day_of_the_opening_told(self, frame: Frame) -> tuple[DateValue | None, Evidence | None]:
        """ "Ishiba on Wednesday opened the ninth conference ... Before the opening, Ishiba
        held talks with Ruto", "After the opening session, Ishiba also met Guterres": on the
        day of the opening the article told last before them."""
        trigger_at = frame.trigger_start - frame.sentence.start
        if _AROUND_THE_OPENING.search(frame.sentence.text, 0, trigger_at) is None:
            return None, None
        for sentence in reversed(self.sentences):
            if sentence.index >= frame.sentence.index or not _OPENED.search(sentence.text):
                continue
            days = [m for m in self._dates_in(sentence.text, "past") if m.value.as_date()]
            if len(days) != 1:
                return None, None
            [day] = days
            return self._day_told_in(sentence, day, "the day of the opening told before")
        return None, None

    def _day_told_in(
        self, sentence: Sentence, day: DateMatch, relation: str
    ) -> tuple[DateValue, Evidence]:
        """A day another sentence told, taken for a meeting's, with how it was taken."""
        value = day.value.model_copy(update={"basis": f"{day.value.basis}; {relation}"})
        return value, self._evidence_of(sentence).model_copy(
            update={"span_start": sentence.start + day.start, "span_end": sentence.start + day.end}
        )

    def _previous_sentence(self, offset: int) -> Sentence | None:
        """The sentence before the one at `offset`, as the article was split."""
        return next((s for s in reversed(self.sentences) if s.end <= offset), None)

    def _sentence_before(self, offset: int) -> str:
        """The sentence before the one at `offset`, as the article was split (where "on Aug.
        5." ends it), else from the last sentence end or line break before it."""
        previous = self._previous_sentence(offset)
        if previous is not None:
            return previous.text
        before = self.article.text[:offset].rstrip()
        cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n"))
        return before[cut + 1 :]

    @staticmethod
    def _same_period(
        frame: Frame, matches: list[DateMatch]
    ) -> tuple[DateValue, tuple[int, int]] | None:
        """ "Ishiba, who took office in October, held talks with Anwar in Vientiane that
        month": the month (or year) the sentence named before the words."""
        offset = frame.sentence.start
        for start, end in frame.date_spans:
            words = frame.sentence.text[start - offset : end - offset].strip()
            found = _THAT_PERIOD.fullmatch(words)
            if found is None:
                continue
            before = [m.value for m in matches if m.end <= start - offset]
            unit = found["unit"].lower()
            for value in reversed(before):
                if value.year is None or (unit == "month" and value.month is None):
                    continue
                update: dict[str, object] = {
                    "basis": f"{value.basis}; {words.lower()}: {value.raw}",
                    "raw": words,
                }
                if unit == "year":
                    update.update(month=None, day=None, weekday=None, precision=Precision.YEAR)
                else:
                    update.update(day=None, weekday=None, precision=Precision.MONTH)
                return value.model_copy(update=update), (start - offset, end - offset)
        return None

    def _later_than_the_last_meeting(
        self, frame: Frame, evidence: Evidence
    ) -> tuple[DateValue | None, Evidence | None]:
        """ "A month later, Scholz hosted Tusk": counted from the meeting the article reported
        last, at the precision of the count."""
        last = self.last_consult
        found = _LATER.search(frame.sentence.text)
        if found is None:
            return None, None
        base = last.date if last is not None else None
        if found["count"] is not None:
            count, unit = _count_of(found["count"]), found["unit"].lower()
            relation = "than"
            counted_at = frame.sentence.start + found.start()
            if (
                last is None
                or last.evidence.sentence_index != frame.sentence.index
                or (last.evidence.span_start or 0) > counted_at
            ):
                # "The third round ... was held in New Delhi on July 22, 2022 ... Two months
                # later, Jaishankar called on Akufo-Addo": counted from the time the sentence
                # before tells, not from the report's own meeting (but "talks with Modi in
                # December 2024 and with Xi a month later" from the meeting just told).
                base = self._time_told_just_before(frame) or base
        else:
            # "... received him on December 27. He then flew to Addis Ababa for talks the
            # following day": after the meeting told just before, wherever it stands.
            at = frame.sentence.start + found.start()
            if not any(start <= at < end for start, end in frame.date_spans):
                return None, None  # another verb's next day ("and took him there the next day")
            count, unit = 1, (found["next"] or "day").lower()
            told = self.consults[-1] if self.consults else None
            base = told.date if told is not None else None
            relation = "after"
        if base is None:
            return None, None
        value = _count_from(base, count, unit)
        if value is None:
            return None, None
        value = value.model_copy(
            update={"basis": f"{base.basis}; {found.group().lower()} {relation} {base.raw}"}
        )
        return value, evidence.model_copy(
            update={
                "span_start": frame.sentence.start + found.start(),
                "span_end": frame.sentence.start + found.end(),
            }
        )

    def _time_told_just_before(self, frame: Frame) -> DateValue | None:
        """The day of the last meeting told in the sentence before, or, when it tells none,
        the last day or month with a year that sentence states."""
        previous = self._previous_sentence(frame.sentence.start)
        if previous is None:
            return None
        told = [m for m in self.consults if m.evidence.sentence_index == previous.index]
        if told:
            return told[-1].date
        stated = [
            m.value
            for m in self._dates_in(previous.text, "past")
            if m.value.year is not None
            and m.value.month is not None
            and m.value.basis.startswith("explicit")
        ]
        return stated[-1] if stated else None

    def _counted_from_the_one_told(
        self, frame: Frame, evidence: Evidence
    ) -> tuple[DateValue | None, Evidence | None]:
        """ "The call came a day after Frederiksen joined her counterparts in Helsinki for a
        summit": what follows was that long before (or after) the meeting the sentence opens
        with, the one just told."""
        found = _CAME_COUNTED.match(frame.sentence.text)
        last = self.last_consult
        if found is not None and found["noun"].lower() == "summit":
            last = self.last_summit if self.last_summit_current else None
        elif found is not None and found["noun"].lower() in ("call", "conversation"):
            last = next((m for m in reversed(self.consults) if m.mode == "phone"), None)
        if (
            found is None
            or last is None
            or last.date is None
            or frame.trigger_start - frame.sentence.start < found.end()
        ):
            return None, None
        count = _count_of(found["count"]) * (-1 if found["relation"].lower() == "after" else 1)
        value = _count_from(last.date, count, found["unit"].lower())
        if value is None:
            return None, None
        value = value.model_copy(
            update={"basis": f"{last.date.basis}; {found['measure'].lower()} {last.date.raw}"}
        )
        return value, evidence.model_copy(
            update={
                "span_start": frame.sentence.start + found.start("measure"),
                "span_end": frame.sentence.start + found.end("measure"),
            }
        )

    def _came_days_from_a_day(
        self, frame: Frame, evidence: Evidence
    ) -> tuple[DateValue | None, Evidence | None]:
        """ "The seventh consultative meeting ..., hosted by Mirziyoyev, came ten days after
        Mirziyoyev ... sat down with Donald Trump at the White House on November 6": the
        meeting the sentence opens with is that many days from the day the clause after
        the count gives."""
        text = frame.sentence.text
        trigger_end = frame.trigger_end - frame.sentence.start
        found = _CAME_DAYS.search(text, trigger_end)
        if (
            found is None
            or not _OPENS_WITH_THE_MEETING.match(text[: frame.trigger_start - frame.sentence.start])
            or _ANOTHER_VERB_BEFORE.search(text, trigger_end, found.start())
        ):
            return None, None
        days = [m for m in self._dates_in(text, "past") if m.start >= found.end()][:1]
        if (
            not days
            or days[0].value.as_date() is None
            # (A day the text states, not "The visit comes two days before Sunday's European
            # elections", a weekday told from the report's.)
            or not days[0].value.basis.startswith("explicit")
        ):
            return None, None
        base = days[0].value
        count = _count_of(found["count"]) * (1 if found["relation"].lower() == "after" else -1)
        value = _count_from(base, count, "day")
        if value is None:
            return None, None
        basis = f"{base.basis}; {found['measure'].lower()} {base.raw}"
        return value.model_copy(update={"basis": basis}), evidence.model_copy(
            update={
                "span_start": frame.sentence.start + found.start("measure"),
                "span_end": frame.sentence.start + found.end("measure"),
            }
        )

    def _before_the_stated_day(
        self, frame: Frame, evidence: Evidence
    ) -> tuple[DateValue | None, Evidence | None]:
        """ "called on Dahal on Friday, a day after co-chairing the Joint Commission": the
        trigger right after the phrase was that long before the day the sentence gave."""
        text = frame.sentence.text
        trigger_at = frame.trigger_start - frame.sentence.start
        found = next(
            (m for m in _BEFORE.finditer(text, 0, trigger_at) if trigger_at - m.end() <= 40),
            None,
        )
        if found is None:
            return None, None
        days = [m for m in self._dates_in(text, "past") if m.end <= found.start()]
        if not days and _phrase_opens_the_sentence(text, found.start()):
            # "A day after his first visit to Austria, Zelensky arrived at the summit on
            # Tuesday": the day the clause after the phrase gives. (Not "The call came two
            # days after the meeting with Trump in Palm Beach, Florida, on Monday": the day
            # is the meeting's own.)
            end = _end_of_the_phrase(text, trigger_at)
            days = [m for m in self._dates_in(text, "past") if m.start >= end][:1]
        if not days:
            return None, None
        base = days[-1].value
        count = -_COUNTS[found["count"].lower()]
        value = _count_from(base, count, found["unit"].lower())
        if value is None:
            return None, None
        basis = f"{base.basis}; {found.group().lower()} {base.raw}"
        return value.model_copy(update={"basis": basis}), evidence.model_copy(
            update={
                "span_start": frame.sentence.start + found.start(),
                "span_end": frame.sentence.start + found.end(),
            }
        )

    def _counted_back_to(self, frame: Frame) -> bool:
        """Whether the trigger is what a count before it measures back to ("a day after his
        surprise visit to Kyiv") with no day of its own inside the phrase."""
        text = frame.sentence.text
        trigger_at = frame.trigger_start - frame.sentence.start
        found = next(
            (m for m in _BEFORE.finditer(text, 0, trigger_at) if trigger_at - m.end() <= 40),
            None,
        )
        if found is None or not _OWN_OCCASION.match(text[found.end() : trigger_at]):
            # (Not "came three days after Tusk and Duda held talks ...": a clause of its own,
            # dated by its own words.)
            return False
        end = _end_of_the_phrase(text, trigger_at)
        offset = frame.sentence.start
        return not any(found.end() <= a - offset < end for a, _ in frame.date_spans)

    def _after_a_dated_thing(
        self, frame: Frame, evidence: Evidence
    ) -> tuple[DateValue | None, Evidence | None]:
        """ "The crown prince called Aoun two days after his January 9 election": that long
        after the day the phrase right after the trigger names."""
        text = frame.sentence.text
        trigger_at = frame.trigger_end - frame.sentence.start
        found = next(
            (m for m in _AFTER_A_DAY.finditer(text, trigger_at) if m.start() - trigger_at <= 40),
            None,
        )
        if found is None:
            return None, None
        day = next(
            (m for m in self._dates_in(text, "past") if found.end() <= m.start <= found.end() + 4),
            None,
        )
        if day is None or day.value.as_date() is None:
            return None, None
        value = _count_from(day.value, _count_of(found["count"]), found["unit"].lower())
        if value is None:
            return None, None
        basis = f"{day.value.basis}; {found.group().strip().lower()} {day.text}"
        return value.model_copy(update={"basis": basis}), evidence.model_copy(
            update={
                "span_start": frame.sentence.start + found.start(),
                "span_end": frame.sentence.start + day.end,
            }
        )

    def _refers_back(self, frame: Frame, status: Status, participants: list[ActorRef]) -> bool:
        last = self._referent(frame)
        if not frame.anaphoric or status != Status.OCCURRED or last is None:
            return False
        if frame.type != EventType.CONSULT or last.date is None:
            return False
        earlier = {p.key for p in last.participants}
        return {p.key for p in participants} <= earlier

    def _members_of(self, mechanism: MechanismRef, evidence: Evidence) -> list[ActorRef]:
        """The two countries of a bilateral mechanism, as parties."""
        codes = self.resolver.mechanisms.countries_of(mechanism)
        if len(codes) != 2:
            return []
        return [
            country_actor(
                self.kb,
                code,
                surface=mechanism.surface,
                basis="member of the mechanism",
                evidence=evidence,
            )
            for code in codes
        ]

    def _parties_of_the_last_meeting(
        self, evidence: Evidence, meeting: EventMention | None = None
    ) -> list[ActorRef]:
        last = meeting or self.last_consult
        assert last is not None
        return [
            p.model_copy(update={"basis": "coreference", "evidence": evidence})
            for p in last.participants
        ]

    def _meeting_it_was_made_at(self, frame: Frame) -> EventMention | None:
        """The occurred meeting of the same sentence an agreement with no sides of its own is
        told in a relative clause of ("a meeting ..., at which agreements were signed")."""
        # (The meeting may be one recalled in passing, which does not take "the talks".)
        last = self.consults[-1] if self.consults else None
        if (
            last is None
            or last.status != Status.OCCURRED
            or last.evidence.sentence_index != frame.sentence.index
            or len(_distinct(last.participants)) < 2
        ):
            return None
        before = frame.sentence.text[: frame.trigger_start - frame.sentence.start]
        return last if _AT_WHICH.search(before) else None

    def _signing_before_any_meeting(self, frame: Frame) -> EventMention | None:
        """The signing by two people of two countries an article opens with, which "the talks"
        refer back to when no meeting has been told before them."""
        if (
            not frame.anaphoric
            or frame.status != Status.OCCURRED
            or self.consults
            # (Not "the trip" or "the visit", which may be the signer's own.)
            or frame.trigger.lower() not in ("talks", "meeting", "negotiations", "discussions")
        ):
            return None
        signing = self.agreements[-1] if self.agreements else None
        if (
            signing is None
            or signing.status != Status.OCCURRED
            or signing.trigger.lower() not in ("signed", "sign", "signs")
        ):
            return None
        people = [p for p in _distinct(signing.participants) if p.kind == "person"]
        return signing if len({p.country for p in people if p.country}) >= 2 else None

    def _one_side_of_the_referent(self, frame: Frame, participants: list[ActorRef]) -> bool:
        """ "After the summit he gave a speech": one of the parties of the summit referred
        back to, not a gathering of his own."""
        referent = self._referent(frame) if frame.anaphoric else None
        if referent is None:
            return False
        return {p.key for p in participants} < {p.key for p in referent.participants}

    def _referent(self, frame: Frame, named: Sequence[ActorRef] = ()) -> EventMention | None:
        """The meeting a definite noun refers back to: the last one told, but for "the summit"
        the last one told as a summit ("Lee's first summit with Trump ... Cho, who had met
        Rubio on Thursday, ... 'The summit bought time'"), and for one that names a party
        ("was received by the Pope, then held talks with Meloni ... The meeting with the Pope")
        the last one told with that party."""
        if frame.anaphoric and frame.trigger.lower().startswith("summit"):
            for meeting in reversed(self.consults):
                if _told_as_a_summit(meeting) and meeting.status == frame.status:
                    return meeting
        keys = {p.key for p in named}
        last = self.last_consult
        if (
            last is not None
            and last.mode == "phone"
            and frame.anaphoric
            and frame.mode != "phone"
            and frame.trigger.lower() in _IN_PERSON_NOUNS
        ):
            # "The session started late because Schoof was on the phone with Tusk. Later the
            # meeting was widened ...": the meeting is the last one held in person.
            last = next(
                (
                    m
                    for m in reversed(self.consults)
                    if m.mode != "phone" and not self._in_passing(m)
                ),
                last,
            )
        if (
            frame.anaphoric
            and keys
            and last is not None
            and not keys <= {p.key for p in last.participants}
        ):
            for meeting in reversed(self.consults):
                if meeting.status == frame.status and keys <= {p.key for p in meeting.participants}:
                    return meeting
        if frame.anaphoric and not keys and last is not None:
            recalled = self._recalled_since_with_someone_named(frame, last)
            if recalled is not None:
                return recalled
        return last

    def _recalled_since_with_someone_named(
        self, frame: Frame, last: EventMention
    ) -> EventMention | None:
        """ "The conversation came two weeks after Rahman met Landau on June 18. In a post on X
        after the meeting, Landau wrote ...": a meeting recalled after the last one reported,
        whose own party the sentence names, is the one "the meeting" refers to."""
        own = {p.key for p in last.participants}
        text = frame.sentence.text
        for meeting in reversed(self.consults):
            if meeting is last:
                break
            if meeting.status != frame.status:
                continue
            others = [p for p in meeting.participants if p.kind == "person" and p.key not in own]
            if any(re.search(rf"\b{re.escape(p.name.split()[-1])}\b", text) for p in others):
                return meeting
        return None

    def _session_attended(self, frame: Frame) -> EventMention | None:
        """The gathering of several countries the article has just told, when the sentence
        says who attended it ("The meeting was attended by ...")."""
        if frame.status != Status.OCCURRED or not _ATTENDED_SESSION.match(frame.sentence.text):
            return None
        told = [
            m
            for m in (self.last_consult, self.last_summit if self.last_summit_current else None)
            if m is not None and m.mode == "multilateral"
        ]
        return max(told, key=lambda m: m.evidence.start, default=None)

    def _names_more_of_the_last_meeting(self, frame: Frame, participants: list[ActorRef]) -> bool:
        """A definite "the talks" that names people of its own without naming a counterpart
        ("were attended by X and Y"): more people at the meeting just reported."""
        last = self.last_consult
        if frame.status != Status.OCCURRED or last is None:
            return False
        earlier = {p.key for p in last.participants}
        if {p.key for p in participants} <= earlier:
            return False
        if frame.anaphoric:
            return True
        # "held a four-eyes meeting, followed by an expanded meeting attended by Foreign
        # Minister Sugiono and Defence Minister Sjafrie": one side's delegation at it.
        sides = {p.country for p in participants}
        return (
            _ATTENDED_BY.search(frame.sentence.text) is not None
            and len(sides) == 1
            and None not in sides
            and sides <= {p.country for p in last.participants}
        )

    def _occasion_of(
        self, parties: list[ActorRef], *, counting_on: bool = True
    ) -> EventMention | None:
        """The meeting a further part of an occasion continues: the article's latest one with
        all its parties ("the two leaders then held ..."), else the last one reported."""
        keys = {p.key for p in parties}
        if len(keys) >= 2:
            for meeting in reversed(self.consults):
                if meeting.mode == "phone" or self._in_passing(meeting):
                    # A call, or a meeting recalled in passing, is no occasion to continue.
                    continue
                if keys <= {p.key for p in meeting.participants}:
                    return meeting
        last = self.last_consult
        if last is not None and keys and not keys & {p.key for p in last.participants}:
            # "Putin said progress was made at their talks in Istanbul at the end of March ...
            # Earlier, Guterres held talks with Lavrov", "... last Thursday Marcos held talks
            # with Albanese. ... Dutton met the Vietnamese leader separately later in the
            # afternoon": a meeting with none of these parties is not the occasion continued;
            # the last one told (not in passing) of one of them is.
            for meeting in reversed(self.consults):
                if not self._in_passing(meeting) and keys & {p.key for p in meeting.participants}:
                    return meeting
            recalled = next(
                (m for m in reversed(self.consults) if keys & {p.key for p in m.participants}),
                None,
            )
            if recalled is not None:
                # "Then, on January 23, Prince Faisal met Aoun at Baabda Palace. During the
                # same visit, Prince Faisal also held talks with Salam": the occasion recalled
                # with one of them, not the one the report is about.
                return recalled
            if self._in_passing(last):
                return None
        if (
            counting_on
            and last is not None
            and last.date is None
            and keys & {p.key for p in last.participants}
        ):
            # "It was Zelensky's second trip to the Vatican ... Later in the afternoon, Zelensky
            # also met Vance": a meeting told without a day continues the last one of theirs
            # told with a day (not a call recalled). (`counting_on` is False for "Before the
            # summit, Carney hosted Starmer": an earlier occasion than the one told.)
            dated = self._dated_occasion_with(keys)
            if dated is not None:
                return dated
        if last is not None and last.mode == "phone":
            in_person = next(
                (
                    m
                    for m in reversed(self.consults)
                    if m.mode != "phone" and not self._in_passing(m)
                ),
                None,
            )
            if in_person is not None and _dated_before(last, in_person):
                # "Young spoke by telephone last Thursday with Mottley ... Rubio also met
                # Holness during the day": a call told after the occasion but held days before
                # it is no part of it; the last meeting in person is.
                return in_person
        return last

    def _dated_occasion_with(self, keys: set[str]) -> EventMention | None:
        """The latest meeting with one of these parties that has a day, not a call."""
        return next(
            (
                m
                for m in reversed(self.consults)
                if m.date is not None
                and m.mode != "phone"
                and not self._in_passing(m)
                and keys & {p.key for p in m.participants}
            ),
            None,
        )

    def _occasion_a_meeting_before_it_continued(
        self, evidence: Evidence, parties: list[ActorRef], status: Status
    ) -> tuple[DateValue | None, Evidence | None]:
        """The day of the latest meeting its sentence told before it with one of its parties,
        when that meeting took its day from the occasion it continued."""
        keys = {p.key for p in parties}
        for meeting in reversed(self.consults):
            if meeting.evidence.sentence_index != evidence.sentence_index:
                break
            if (
                meeting.date is not None
                and "the same occasion" in meeting.date.basis
                and meeting.status == status
                and keys & {p.key for p in meeting.participants}
                and not _set_in_sequence(meeting.evidence, evidence)
            ):
                return self._earlier_meeting_date("a meeting its sentence told before it", meeting)
        return None, None

    def _day_in_the_town_told(self, frame: Frame) -> tuple[DateValue | None, Evidence | None]:
        """ "In Montevideo, van Klaveren also accompanied Boric at his meeting with Peña", after
        the article has told a meeting in Montevideo on 1 March: the day of the meetings it
        told in that town, when they are all of one day."""
        opening = _IN_A_TOWN.match(frame.sentence.text)
        if opening is None:
            return None, None
        told = [
            m
            for m in self.consults
            if m.location is not None
            and m.location.name == opening.group("town")
            and m.date is not None
            and m.date.day is not None
            and not m.date.basis.startswith(REPORT_DATE_BASIS)
            and not self._in_passing(m)
        ]
        if len({m.date.as_date() for m in told if m.date is not None}) != 1:
            return None, None
        return self._earlier_meeting_date("the meetings told in that town", told[0])

    def _last_trip_of(self, participants: Sequence[ActorRef]) -> EventMention | None:
        """The last meeting held in person, on a day or in a month the article states, with
        a person of `participants`."""
        people = {p.key for p in participants if p.kind == "person"}
        for meeting in reversed(self.consults):
            if (
                meeting.mode != "phone"
                and meeting.date is not None
                and meeting.date.month is not None
                and not meeting.date.basis.startswith(REPORT_DATE_BASIS)
                and people & {p.key for p in meeting.participants}
            ):
                return meeting
        return None

    def _last_dated_meeting(
        self, of: Sequence[ActorRef] = (), *, sharing: bool = False
    ) -> EventMention | None:
        """The latest meeting the article has told on a day it states, not recalled in
        passing; else the latest on any day. Of those, one with all of `of` if there is one
        ("met Finland's president ... a day after a NATO summit. Biden and Niinisto held
        talks": the meeting with Niinisto, not the summit told after it); with `sharing`,
        else one with a person of `of`."""
        dated = [
            m
            for m in self.consults
            if m.date is not None and m.date.as_date() is not None and not self._in_passing(m)
        ]
        keys = {p.key for p in of}
        if len(keys) >= 2:
            with_all = [m for m in dated if keys <= {p.key for p in m.participants}]
            if not with_all and sharing:
                people = {p.key for p in of if p.kind == "person"}
                with_all = [m for m in dated if people & {p.key for p in m.participants}]
            dated = with_all or dated
        stated = [m for m in dated if m.date and not m.date.basis.startswith(REPORT_DATE_BASIS)]
        chosen = stated or dated
        # "arrived on the evening of April 8 to begin an official visit" after the lead's talks
        # of April 9: a visit's day is its first; the day's meetings are the talks.
        chosen = [m for m in chosen if m.mode != "visit"] or chosen
        return chosen[-1] if chosen else None

    def _earlier_meeting_date(
        self,
        relation: str = "the meeting this refers back to",
        meeting: EventMention | None = None,
    ) -> tuple[DateValue | None, Evidence | None]:
        last = meeting or self.last_consult
        if last is None or last.date is None:
            return None, None
        value = last.date.model_copy(update={"basis": f"{last.date.basis}; date of {relation}"})
        return value, last.date_evidence

    def _negotiators_for(self, parties: list[ActorRef], evidence: Evidence) -> list[ActorRef]:
        """ "Pakistan and Iran agreed ..." after the article reported talks between their
        ministers: the agreement is those ministers'. "Lee held talks with To Lam and agreed
        to ...": one person agreeing agrees with whom the article has them meet. Parties named
        otherwise stay."""
        persons = {p.key for p in parties if p.kind == "person"}
        if len(persons) == 1 and all(p.kind == "person" for p in parties):
            for meeting in reversed(self.consults):
                met = _persons(meeting)
                if len(met) == 2 and persons <= {p.key for p in met}:
                    return [
                        p.model_copy(update={"basis": "coreference", "evidence": evidence})
                        for p in met
                    ]
            return parties
        if len(parties) < 2 or any(p.kind != "country" for p in parties):
            return parties
        countries = {p.country for p in parties}
        for meeting in reversed(self.consults):
            people = _persons(meeting)
            if people and {p.country for p in people} == countries:
                return [
                    p.model_copy(update={"basis": "coreference", "evidence": evidence})
                    for p in people
                ]
        return parties

    def _date_of_their_agreement(
        self, parties: list[ActorRef]
    ) -> tuple[DateValue | None, Evidence | None]:
        """The day of the last agreement the article has these same parties reach."""
        keys = {p.key for p in parties}
        if len(keys) < 2:
            return None, None
        sides = {p.country for p in parties}
        for agreement in reversed(self.dated_agreements):
            agreed = agreement.participants
            same = {p.key for p in agreed} == keys or (
                # "India and Sri Lanka on Saturday signed ... after talks between Modi and
                # Dissanayake": the same sides, named by country.
                all(p.kind == "country" for p in agreed)
                and None not in sides
                and {p.country for p in agreed} == sides
            )
            if same and agreement.date is not None:
                basis = f"{agreement.date.basis}; date of the agreement they reached at it"
                return agreement.date.model_copy(update={"basis": basis}), agreement.date_evidence
        return None, None

    def _meeting_of(self, parties: list[ActorRef]) -> EventMention | None:
        """The article's meeting these parties held: the latest one with all of them (one
        reported before one recalled in passing), else the article's own (first) meeting."""
        keys = {p.key for p in parties}
        theirs = [m for m in self.consults if keys and keys <= {p.key for p in m.participants}]
        # "It was their first meeting since 18 March in Ohrid ... They agreed to start
        # negotiations": what they agree is agreed at the meeting reported, not one recalled.
        reported = [m for m in theirs if not self._in_passing(m)]
        if reported or theirs:
            return (reported or theirs)[-1]
        # (A commentary that recalls only past meetings reports none of its own.)
        own = [m for m in self.consults if not self._in_passing(m)]
        return own[0] if own else None

    def _gathering_named_by(
        self, frame: Frame, participants: list[ActorRef], evidence: Evidence
    ) -> MechanismRef | None:
        """The summit a sentence names without its full name: "Leaders of the SCO met ... for a
        summit" (the organisation's summit) or "hosted the gathering" (the summit the article
        has named already)."""
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", frame.sentence.text)}
        gathering = sorted(words & _GATHERING_TRIGGERS)
        # Only when the organisation itself is the party: "saw Putin on the eve of the SCO
        # summit" is a bilateral beside the summit.
        for actor in participants if _only_organisations(participants) else []:
            for word in gathering:
                entry = self.kb.mechanism_by_alias(f"{actor.name} {word}")
                if entry is not None:
                    return MechanismRef(
                        key=entry.key,
                        name=entry.name,
                        surface=f"{actor.surface or actor.name} ... {word}",
                        known=True,
                        evidence=evidence,
                    )
        if self.last_gathering is not None and _names_the_gathering(frame):
            earlier = self.last_gathering
            return earlier.model_copy(update={"evidence": evidence})
        if self.last_session is not None and (frame.anaphoric or _definite_trigger(frame)):
            # "Fidan hosted the third meeting of the platform. Lavrov and Araghchi attended
            # the meeting": its delegations.
            return self.last_session.model_copy(update={"evidence": evidence})
        return None

    def _on_same_occasion(self, frame: Frame, status: Status) -> bool:
        """ "On the occasion", "also", "later": a further meeting of the occasion the article
        has just reported, with its day and place unless the sentence gives its own."""
        if frame.type != EventType.CONSULT or status != Status.OCCURRED:
            return False
        if self.last_consult is None and self.lead_day is None:
            return False
        before_trigger = frame.sentence.text[: frame.trigger_start - frame.sentence.start]
        after_trigger = frame.sentence.text[frame.trigger_end - frame.sentence.start :]
        same = _SAME_OCCASION.search(frame.sentence.text)
        if (
            same is not None
            and _AROUND_AN_OCCASION.match(same.group())
            and self.lead_day is None
            and not self.last_consult_current
        ):
            # "For the chancellor, who made his first trips abroad on May 7, meeting Macron in
            # Paris ... Before the ceremony, Merz held talks with Nausėda": the ceremony is not
            # a meeting the article recalled in passing.
            same = None
        return bool(
            same
            or _ALSO_BEFORE.search(before_trigger)
            or _THEN_HELD.match(after_trigger)
            or _THEN_WENT.match(before_trigger)
            or _heads_delegations(frame)
            # "Lavrov arrived in Dhaka this evening on an official visit ... The two Foreign
            # Ministers held a tete-a-tete": the two the occasion brought together.
            # (Not after a call: "received a telephone call from Macron ... The two Presidents
            # held a long exchange" is the call.)
            or (
                _THE_TWO_OPEN.match(before_trigger) is not None
                and not _RECALLED_BEFORE.search(before_trigger)
                and not (self.last_consult is not None and self.last_consult.mode == "phone")
            )
        )

    def _summit_date(
        self, frame: Frame, status: Status
    ) -> tuple[DateValue | None, Evidence | None]:
        """The date of the summit the article reported, for a meeting on its sidelines."""
        summit = self.last_summit
        if (
            frame.type != EventType.CONSULT
            or status != Status.OCCURRED
            or summit is None
            or summit.date is None
        ):
            return None, None
        if _ON_THE_EVE.search(frame.sentence.text):
            # "held talks with Modi at his residence on the eve of the summit".
            day = summit.date.as_date()
            if day is None:
                return None, None
            eve = day - timedelta(days=1)
            value = summit.date.model_copy(
                update={
                    "year": eve.year,
                    "month": eve.month,
                    "day": eve.day,
                    "weekday": None,
                    "basis": f"{summit.date.basis}; the day before the summit",
                }
            )
            return value, summit.date_evidence
        if not self._during_the_summit(frame):
            return None, None
        basis = f"{summit.date.basis}; date of the summit on whose sidelines"
        return summit.date.model_copy(update={"basis": basis}), summit.date_evidence

    def _during_the_summit(self, frame: Frame) -> bool:
        """A meeting its sentence puts on the sidelines of the summit, or one the sentence
        before announced as such ("Saidov used the day for a series of bilateral meetings on
        the sidelines. He met Lavrov, Amir-Abdollahian and Khar separately")."""
        if _DURING_THE_SUMMIT.search(frame.sentence.text):
            return True
        if not _OPENS_WITH_PRONOUN.match(frame.sentence.text):
            return False
        before = [s for s in self.sentences if s.index == frame.sentence.index - 1]
        return bool(before) and _MEETINGS_ON_THE_SIDELINES.search(before[0].text) is not None

    def _is_lead_report(self, frame: Frame, status: Status) -> bool:
        """The report's own news: its lead, or a live blog entry's heading and first line."""
        return (
            frame.type == EventType.CONSULT
            and status == Status.OCCURRED
            and (frame.sentence.index < self.lead_end or frame.sentence.index in self.entry_leads)
            and (not frame.sentence_has_dates or frame.dates_only_in_asides)
        )

    def _day_of_the_trip_told(
        self, frame: Frame, participants: list[ActorRef]
    ) -> tuple[DateValue | None, Evidence | None]:
        """ "The mission of Prime Minister Meloni to Tripoli last Saturday leaves behind a gas
        deal ... the meeting between Meloni and Dbeibah was held at the Rixos hotel": the lead's
        meeting with no day of its own is on the day of the trip the lead dates."""
        names = {p.name.split()[-1].lower() for p in participants if p.kind == "person"}
        for sentence in self.sentences:
            if sentence.index >= frame.sentence.index:
                break
            if not _A_TRIP.search(sentence.text) or not any(
                re.search(rf"\b{re.escape(name)}\b", sentence.text.lower()) for name in names
            ):
                continue
            days = [
                (m, when)
                for m in self._dates_in(sentence.text, "past")
                if (when := m.value.as_date()) is not None
            ]
            if len(days) != 1:
                continue
            [(day, when)] = days
            if self.published is not None and when > self.published:
                continue
            return self._day_told_in(sentence, day, "the day of the trip the lead tells")
        return None, None

    def _is_lead_agreement(self, frame: Frame, status: Status) -> bool:
        """An agreement the lead reports as made, with no date of its own."""
        return (
            frame.type == EventType.AGREE
            and status == Status.OCCURRED
            and frame.sentence.index < self.lead_end
            and (not frame.sentence_has_dates or frame.dates_only_in_asides)
        )

    def _report_date(self, evidence: Evidence) -> tuple[DateValue | None, Evidence | None]:
        """A readout's lead event with no date of its own happened on the day of the report.

        Marked with REPORT_DATE_BASIS so reconciliation lets any stated date outrank it.
        """
        dateline = self.anchor.dateline
        if dateline is not None and dateline.as_date() is not None:
            day = dateline.as_date()
        else:
            day = self.published
        if day is None:
            if dateline is not None and dateline.month is not None and dateline.day is not None:
                # A wire dateline without a year still gives the day; another report may add
                # the year in reconciliation.
                partial = dateline.model_copy(update={"basis": REPORT_DATE_BASIS})
                return partial, evidence
            return None, None
        value = DateValue(
            year=day.year,
            month=day.month,
            day=day.day,
            precision=Precision.DAY,
            basis=REPORT_DATE_BASIS + inferred_year_note(dateline)
            if dateline
            else REPORT_DATE_BASIS,
            raw="",
        )
        return value, evidence

    def _location_of(self, place: PlaceSpan, evidence: Evidence) -> Location | None:
        """The place a sentence names, if the knowledge base knows it."""
        spot = evidence.model_copy(update={"span_start": place.start, "span_end": place.end})
        seat = self._venue_city(place.text, evidence)
        if seat is not None and self.kb.capital_named(place.text) is None:
            # "received by Saied at Carthage": a seat of power named like the town it stands
            # in is placed in the city records use for it.
            return Location(
                name=seat[0],
                country=seat[1],
                basis=f"venue: {place.text}",
                evidence=spot,
                venue=place.text,
            )
        capital = self.kb.capital_named(place.text)
        if capital is not None:
            return Location(name=capital[0], country=capital[1], basis="sentence", evidence=spot)
        iso3 = self.kb.country_of_place(place.text)
        if iso3 is None:
            named = self._venue_named_before(place, evidence)
            venue = (
                self._venue_city(place.text, evidence)
                or self._venue_by_its_city(place.text)
                or (named and (self._venue_city(named, evidence) or self._venue_by_its_city(named)))
                or None
            )
            if venue is None:
                return self._town_with_its_country(place, evidence, spot)
            # "at Rashtrapati Bhavan": the city the venue is in.
            return Location(
                name=venue[0],
                country=venue[1],
                basis=f"venue: {place.text}",
                evidence=spot,
                venue=place.text,
            )
        # "talks in Nigeria": the country only, less than a city another report may name.
        country_only = self.kb.country_by_name(place.text) is not None
        return Location(
            name=self.kb.place_spelling(_place_name(place.text)),
            country=iso3,
            basis="country" if country_only else "sentence",
            evidence=spot,
        )

    def _town_with_its_country(
        self, place: PlaceSpan, evidence: Evidence, spot: Evidence
    ) -> Location | None:
        """ "in Vestmannaeyjar, Iceland": a town too small for the gazetteer, placed by the
        country written after it."""
        rest = evidence.sentence[place.end - evidence.start :]
        after = _COUNTRY_AFTER_A_TOWN.match(rest) or _PART_OF_A_COUNTRY_AFTER_A_TOWN.match(rest)
        country = self.kb.country_by_name(after.group("country")) if after else None
        region = _REGION_AFTER_A_TOWN.match(rest)
        if country is None and region is not None:
            # "in the border town of La Tina, in the Piura region": by the region's country.
            iso3 = self.kb.country_of_place(region.group("region"))
            country = self.kb.country_by_iso3(iso3) if iso3 else None
        if country is None or not place.text[:1].isupper():
            return None
        return Location(
            name=_place_name(place.text),
            country=country.iso3,
            basis="sentence",
            evidence=spot,
        )

    def _placed(
        self,
        frame: Frame,
        evidence: Evidence,
        occasion: EventMention | None,
        when: DateValue | None,
        source: list[ActorRef],
        target: list[ActorRef],
    ) -> Location | None:
        """Where the meeting was: as `_location` finds it, or at the seat of government of
        whom a call was paid on, which outranks the dateline's seat ("Baloch called on Touhid
        Hossain at the foreign ministry" under a CAIRO dateline is in Dhaka)."""
        if self._counted_back_to(frame):
            # "met Morawiecki in Warsaw on Wednesday, a day after his visit to Kyiv": the
            # visit's place is the one its phrase names.
            text, offset = frame.sentence.text, frame.sentence.start
            end = offset + _end_of_the_phrase(text, frame.trigger_start - offset)
            own = [p for p in frame.places if frame.trigger_start <= p.start < end]
            if own:
                frame = frame.model_copy(update={"places": own})
        location = self._location(frame, evidence, occasion, when)
        if location is not None and location.basis != _DATELINE_SEAT:
            return location
        return (
            self._seat_of_the_called_on(frame, evidence, target)
            or location
            or self._capital_of_the_host(frame, evidence, source, target, when)
        )

    def _capital_of_the_host(
        self,
        frame: Frame,
        evidence: Evidence,
        source: list[ActorRef],
        target: list[ActorRef],
        when: DateValue | None,
    ) -> Location | None:
        """ "Tokayev received Prince Faisal", "Erdogan visited Scholz" with no place given: in
        the host's capital, said to be inferred (a city another report states outranks it). Not
        for a host who then holds an organisation's office ("Costa", President of the European
        Council)."""
        visited = frame.trigger.lower() in _VISITED
        if (not visited and frame.trigger.lower() not in _RECEIVING) or (
            frame.status != Status.OCCURRED
        ):
            return None
        hosts = {a.key: a for a in (target if visited else source) if a.kind == "person"}
        guests = [a for a in (source if visited else target) if a.kind == "person"]
        passive = _RECEIVED_BY.search(frame.sentence.text)
        if passive is not None and len(hosts) >= 2 and not guests:
            # "Kamel was received by President Isaias": the one named after "by" is the host.
            # (Whole words: "he" is in "the"; long titles may come before the name.)
            after = frame.sentence.text[passive.end() : passive.end() + 120]
            named = [
                a
                for a in hosts.values()
                if a.surface and re.search(rf"\b{re.escape(a.surface)}\b", after)
            ]
            if not named or len({a.country for a in named}) != 1:
                # (Several named after "by" may all be hosts of one country: "received by
                # General Tiani and then, separately, by the detained president Bazoum".)
                return None
            guests = [a for a in hosts.values() if a not in named]
            hosts = {named[0].key: named[0]}
        if len(hosts) != 1 or not guests:
            return None
        [host] = hosts.values()
        if host.country is None or any(g.country == host.country for g in guests):
            return None
        country = self.kb.country_by_iso3(host.country)
        if country is None or not country.capital:
            return None
        if self._serves_an_organisation(host, when):
            return None
        done = "was visited" if visited else "received the guest"
        basis = f"{CAPITAL_BASIS} ({country.name}), whose {host.name} {done}"
        return Location(name=country.capital, country=country.iso3, basis=basis, evidence=evidence)

    def _serves_an_organisation(self, host: ActorRef, when: DateValue | None) -> bool:
        """Whether the office the knowledge base has the host hold on the day (or, with no day,
        on the report's) is an organisation's ("President of the European Council")."""
        entry = self.kb.actor_by_id(host.kb_id) if host.kb_id else None
        day = (when.as_date() if when is not None else None) or self.published
        if entry is None or day is None:
            return False
        return any(
            office.held_on(day) and self._names_an_organisation(office.title)
            for office in entry.offices
        )

    def _names_an_organisation(self, title: str) -> bool:
        """ "President of the European Council", "EU Special Representative for the
        Belgrade-Pristina Dialogue", and the treaty's own name for the EU's foreign-policy chief,
        "High Representative of the Union for Foreign Affairs and Security Policy"."""
        bodies = [title.split(" ", 1)[0]]
        if " of " in title:
            body = title.split(" of ", 1)[1].removeprefix("the ")
            if body.startswith("Union "):
                return True
            bodies += [body, body.split(" for ", 1)[0]]
        for body in bodies:
            found = self.kb.actor_by_name(body)
            if found is not None and found.kind == "organization":
                return True
        return False

    def _seat_of_the_called_on(
        self, frame: Frame, evidence: Evidence, target: list[ActorRef]
    ) -> Location | None:
        """ "called on Governor-General Dadae at Government House": a courtesy call at the
        seat of government of whom it was paid on, which is in that country's capital."""
        if (
            frame.trigger.lower() not in _CALLS_ON
            or frame.mode == "phone"
            or frame.status != Status.OCCURRED
        ):
            return None
        if not _SEAT_OF_GOVERNMENT.search(frame.sentence.text):
            return None
        countries = {a.country for a in target if a.kind == "person" and a.country}
        if len(countries) != 1:
            return None
        country = self.kb.country_by_iso3(countries.pop())
        if country is None or not country.capital:
            return None
        basis = "capital of the country of whom the call was paid on, at its seat of government"
        return Location(name=country.capital, country=country.iso3, basis=basis, evidence=evidence)

    def _venue_city(self, name: str, evidence: Evidence) -> tuple[str, str] | None:
        """The city of a known venue; of one named alike in several countries ("the Federal
        Chancellery": Berlin, Vienna, Bern), the one in the country of the dateline city or of
        the people the sentence names."""
        if not self.kb.venue_is_shared(name):
            return self.kb.venue_city(name)
        found = set()
        dateline = self.article.dateline_place
        if dateline and (iso3 := self._country_of_the_dateline_city(dateline)):
            found.add(iso3)
        words = evidence.sentence.split()
        for start, length in itertools.product(range(len(words)), (4, 3, 2)):
            run = [w.strip(',.;:()"“”') for w in words[start : start + length]]
            if len(run) < length or not (run[0][:1].isupper() and run[-1][:1].isupper()):
                continue
            actor = self.kb.actor_by_name(" ".join(run))
            if actor is not None and actor.kind == "person" and actor.country:
                found.add(actor.country)
        return self.kb.venue_city(name, found)

    def _venue_by_its_city(self, name: str) -> tuple[str, str] | None:
        """ "Riga Castle", "the Belgrade Palace": a building named after the city it is in."""
        words = name.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) < 2 or words[-1].lower() not in _CITY_BUILDINGS:
            return None
        city = " ".join(words[:-1])
        # Only a city the knowledge base lists: "the Imperial Palace" is in no town "Imperial".
        iso3 = self.kb.country_of_place(city) if self.kb.is_listed_place(city) else None
        if iso3 is None or self.kb.country_by_name(city) is not None:
            return None
        return self.kb.place_spelling(city), iso3

    def _venue_named_before(self, place: PlaceSpan, evidence: Evidence) -> str | None:
        """ "welcomed at Riga Castle ... held a meeting with Siliņa at the castle": the
        building of that kind the article named last before the sentence."""
        found = _THE_BUILDING.fullmatch(place.text.strip())
        if found is None:
            return None
        kind = found["kind"].lower()
        start = evidence.start
        named = [
            m.group()
            for m in _NAMED_BUILDING.finditer(self.article.text, 0, start)
            if m["kind"].lower() == kind
        ]
        return named[-1] if named else None

    def _placed_elsewhere(self, frame: Frame, evidence: Evidence, last: EventMention) -> bool:
        """ "Zelensky, speaking in Tirana at the European Political Community summit" after
        talks in Istanbul: an occasion its sentence places in another city is not the meeting
        reported before it. (One it dates is another occasion of the same parties: "The first
        two-plus-two meeting was held in Tokyo in April 2022".)"""
        if last.location is None:
            return False
        places = [self._location_of(p, evidence) for p in frame.places]
        cities = [p for p in places if p is not None and p.basis != "country"]
        return bool(cities) and all(p.name.lower() != last.location.name.lower() for p in cities)

    def _place_there(self, frame: Frame, evidence: Evidence) -> Location | None:
        """ "It began in Prague, where Aliyev and Pashinian met Macron. The same day Erdogan had
        his first meeting with Pashinian there": the city the sentence before named last."""
        there = _THERE.search(frame.sentence.text)
        basis = "there: the city named before"
        if there is None:
            # "April brought Europe and Russia to Samarkand. On April 4 the city hosted the
            # first EU-Central Asia summit": the city the sentence before named.
            there = _THE_CITY.search(
                frame.sentence.text, 0, frame.trigger_start - frame.sentence.start
            )
            basis = "the city named before"
        if frame.status != Status.OCCURRED or there is None:
            return None
        offset = frame.sentence.start
        # "received Vucic in Berlin on May 4, hours after a separate meeting there with
        # Kurti": a city the sentence named before the word, else the sentence before.
        before = frame.sentence.text[: there.start()]
        start_of_before = offset
        cities = self._cities_in(before)
        for _ in range(2):
            if cities:
                break
            # ("... Samarkand. On April 4 the city hosted the summit ... On April 23,
            # Mirziyoyev received Lavrov there": past a sentence that names the city by
            # "the city" only.)
            before = self._sentence_before(start_of_before)
            start_of_before = len(self.article.text[:start_of_before].rstrip()) - len(before)
            cities = self._cities_in(before)
            if not _THE_CITY.search(before):
                break
        if not cities:
            return None
        found, city, iso3 = cities[-1]
        start = start_of_before + found.start()
        end = start + len(found.group())
        spot = evidence.model_copy(update={"span_start": start, "span_end": end})
        return Location(
            name=self.kb.place_spelling(city),
            country=iso3,
            basis=basis,
            evidence=spot,
        )

    def _country_backed_there(
        self, frame: Frame, evidence: Evidence, source: list[ActorRef]
    ) -> list[ActorRef]:
        """The one country, other than the supporter's, a statement of support names as a
        place."""
        own = {a.country for a in source if a.country}
        named = [
            (place, location.country)
            for place in frame.places
            if (location := self._location_of(place, evidence)) is not None
            and location.basis == "country"
            and location.country is not None
            and location.country not in own
        ]
        if len({iso3 for _, iso3 in named}) != 1:
            return []
        place, iso3 = named[0]
        return [
            self._country_named_at(place, iso3, "the country where what is backed is", evidence)
        ]

    def _city_of_its_mayor(self, frame: Frame, evidence: Evidence) -> Location | None:
        """ "After the lecture, he met Chen Jining, the mayor of Shanghai": a meeting with a
        city's mayor, told with no place, is in that city."""
        if frame.status != Status.OCCURRED:
            return None
        found = _MAYOR_OF.search(frame.sentence.text)
        if found is None:
            return None
        city = found.group("city")
        iso3 = self.kb.country_of_place(city)
        if iso3 is None or self.kb.country_by_name(city) is not None:
            return None
        start = frame.sentence.start + found.start("city")
        return Location(
            name=self.kb.place_spelling(city),
            country=iso3,
            basis="the city whose mayor took part",
            evidence=evidence.model_copy(
                update={"span_start": start, "span_end": start + len(city)}
            ),
        )

    def _at_the_same_venue(self, frame: Frame) -> Location | None:
        """ "When Blinken met Arévalo at the same palace on May 7 last year": where the last
        meeting placed at a venue was."""
        same = _SAME_VENUE.search(frame.sentence.text)
        if same is None:
            return None
        kind = re.compile(rf"\b{same.group(1)}\b", re.IGNORECASE)
        for meeting in reversed(self.consults):
            where = meeting.location
            if where is not None and (
                where.basis.startswith("venue: ") or kind.search(meeting.evidence.sentence)
            ):
                return where.model_copy(update={"basis": f"the same {same.group(1).lower()}"})
        return None

    def _city_the_scene_opened_in(self, frame: Frame, evidence: Evidence) -> Location | None:
        """ "In Port of Spain, the emotional register was different. On Friday Modi met
        Persad-Bissessar at the Red House": the city the sentence before, in the same paragraph
        and telling no meeting, opens with."""
        previous = self._previous_sentence(frame.sentence.start)
        if previous is None or "\n" in self.article.text[previous.end : frame.sentence.start]:
            return None
        if any(m.evidence.sentence_index == previous.index for m in self.consults):
            return None
        opening = _OPENS_IN_A_PLACE.match(previous.text)
        if opening is None:
            return None
        city = opening.group("place")
        iso3 = self.kb.country_of_place(city)
        if (
            iso3 is None
            or not self.kb.is_listed_place(city)
            or self.kb.country_by_name(city) is not None
        ):
            return None
        start = previous.start + opening.start("place")
        spot = evidence.model_copy(update={"span_start": start, "span_end": start + len(city)})
        return Location(
            name=self.kb.place_spelling(city),
            country=iso3,
            basis="the city the sentence before opens in",
            evidence=spot,
        )

    def _cities_in(self, text: str) -> list[tuple[re.Match[str], str, str]]:
        """The gazetteer's cities (not countries) named in `text`, in order, as (words, city,
        ISO3): "the Iranian capital" names Tehran."""
        named = [
            (found, found.group(), iso3)
            for found in _CAPITALISED.finditer(text)
            if self.kb.is_listed_place(found.group())
            and self.kb.country_by_name(found.group()) is None
            and (iso3 := self.kb.country_of_place(found.group())) is not None
        ]
        named += [
            (found, *capital)
            for found in _THE_CAPITAL.finditer(text)
            if (capital := self.kb.capital_named(found.group())) is not None
        ]
        return sorted(named, key=lambda entry: entry[0].start())

    def _city_in_gathering_name(self, frame: Frame, evidence: Evidence) -> Location | None:
        """ "met on the sidelines of the Antalya Diplomacy Forum": in the city the gathering
        is named after (a city the gazetteer lists, not a country: "the Africa Forum")."""
        found = _CITY_GATHERING.search(frame.sentence.text)
        if found is None:
            return None
        city = found.group("city")
        iso3 = self.kb.country_of_place(city)
        if iso3 is None or not self.kb.is_listed_place(city) or self.kb.country_by_name(city):
            return None
        start = frame.sentence.start + found.start("city")
        spot = evidence.model_copy(update={"span_start": start, "span_end": start + len(city)})
        return Location(
            name=self.kb.place_spelling(city),
            country=iso3,
            basis=f"named in the gathering's name ({found.group('name')})",
            evidence=spot,
        )

    def _seat_of_the_gathering(self, frame: Frame, evidence: Evidence) -> Location | None:
        """ "met Mitsotakis on the sidelines of the UN General Assembly", "During the General
        Assembly week he also met ...": in the town a gathering always meets in."""
        if frame.type != EventType.CONSULT:
            return None
        found = _SEATED_GATHERING.search(frame.sentence.text)
        if found is None:
            return None
        trigger_end = frame.trigger_end - frame.sentence.start
        if found.start() > trigger_end and _ANOTHER_CLAUSE.search(
            frame.sentence.text, trigger_end, found.start()
        ):
            # "the visit was decided when Erdoğan and Mitsotakis met on the sidelines of the
            # U.N. General Assembly": the gathering of another clause's meeting.
            return None
        city = next(town for key, town in _SEATS.items() if found.group(key) is not None)
        iso3 = self.kb.country_of_place(city)
        if iso3 is None:
            return None
        start = frame.sentence.start + found.start()
        return Location(
            name=self.kb.place_spelling(city),
            country=iso3,
            basis=f"where the gathering meets ({found.group().strip()})",
            evidence=evidence.model_copy(
                update={"span_start": start, "span_end": start + len(found.group())}
            ),
        )

    def _country_of_the_dateline_city(self, dateline: str) -> str | None:
        """ISO3 code of the country a dateline city is in; None for a country's name alone
        (a city-state's name is its city)."""
        country = self.kb.country_by_name(dateline)
        if country is not None and country.capital != dateline:
            return None
        return self.kb.country_of_place(dateline)

    def _of_the_report_s_days(self, when: DateValue | None) -> bool:
        """Whether a meeting is undated, or on the day the report counts from or the day
        before it (any day, when the report gives none to count from)."""
        if when is None:
            return True
        day = when.as_date()
        if day is None:
            return False
        reference = self.anchor.reference()
        return reference is None or 0 <= (reference[0] - day).days <= 1

    def _place_of_presence(self, evidence: Evidence) -> Location | None:
        """The city the report's first paragraph says its people are in ("... is in Brussels
        for the meetings of the defence ministers")."""
        first = self.article.text.split("\n\n", 1)[0]
        found = {
            m.group("place")
            for m in _IS_IN_A_PLACE.finditer(first)
            if self.kb.country_by_name(m.group("place")) is None
        }
        if len(found) != 1:
            return None
        return self._city_named(
            found.pop(), "first paragraph: where the report's people are", evidence
        )

    def _city_named(self, name: str, basis: str, evidence: Evidence) -> Location | None:
        """The place of that name as records spell it, in the country the gazetteer has it in;
        None for a place it does not know."""
        iso3 = self.kb.country_of_place(name)
        if iso3 is None:
            return None
        return Location(
            name=self.kb.place_spelling(name), country=iso3, basis=basis, evidence=evidence
        )

    def _headline_place(self, evidence: Evidence) -> Location | None:
        """The one city the headline puts its story in ("... at the ASEAN Summit in Jakarta";
        "Commonwealth leaders gather in Samoa": its capital)."""
        headline = self.article.title or ""
        found = [
            m.group("place")
            for m in _IN_A_PLACE.finditer(headline)
            if self.kb.is_listed_place(m.group("place"))
        ]
        if len(found) != 1:
            return None
        name = found[0]
        country = self.kb.country_by_name(name)
        if country is not None:
            if not country.capital:
                return None
            name = country.capital
        return self._city_named(name, "headline", evidence)

    def _section_place(self, at: int, evidence: Evidence) -> Location | None:
        """ "BALI. The G20 foreign ministers met on Friday ...": a digest's paragraph opening
        with a place in capitals tells where its meetings were."""
        text = self.article.text
        start = text.rfind("\n\n", 0, at)
        start = 0 if start < 0 else start + 2
        found = _SECTION_HEADING.match(text, start)
        if found is None or found.end() > at + 1:
            return None
        spot = evidence.model_copy(
            update={"span_start": found.start("place"), "span_end": found.end("place")}
        )
        return self._city_named(found.group("place").title(), "heading of the paragraph", spot)

    def _meetings_by_place(self, mention: EventMention, frame: Frame) -> list[EventMention]:
        """ "meeting French President Emmanuel Macron in Paris and British Prime Minister Keir
        Starmer in London": one meeting per counterpart, each where the sentence puts it; none
        when the sentence does not pair each counterpart with a place of its own."""
        people = _counterparts(mention)
        places = sorted((p for p in frame.places if p.preposition == "in"), key=lambda p: p.start)
        if not _each_after_its_counterpart(people, [p.start for p in places]):
            return []
        locations = [self._location_of(place, mention.evidence) for place in places]
        if any(location is None for location in locations):
            return []
        # "met Goita in Bamako on Saturday, Tchiani in Niamey on Sunday ...": each its day too.
        days = self._days_of_each(mention, frame, placed=True) or [
            (mention.date, mention.date_evidence)
        ] * len(people)
        return [
            _meeting_with(mention, person, k).model_copy(
                update={"location": location, "date": value, "date_evidence": spot}
            )
            for k, (person, location, (value, spot)) in enumerate(
                zip(people, locations, days, strict=True)
            )
        ]

    def _met_again(self, mention: EventMention, frame: Frame) -> list[EventMention]:
        """ "He met Yoon on the sidelines of the ASEAN gatherings in Vientiane in October 2024
        and again in Lima a month later": two meetings of the same people, each in its own
        place, the second on the day the words after "again" give."""
        if mention.type != EventType.CONSULT:
            return []
        offset = frame.sentence.start
        again = _AGAIN_IN.search(frame.sentence.text, frame.trigger_end - offset)
        if again is None:
            return []
        later = [p for p in frame.places if p.start - offset >= again.end() - 1]
        earlier = [p for p in frame.places if p.end - offset <= again.start()]
        second = self._location_of(later[0], mention.evidence) if later else None
        first = self._location_of(earlier[-1], mention.evidence) if earlier else None
        if first is None or second is None or second.name == first.name:
            return []
        when, spot = self._second_day(mention, frame, again.end())
        return [
            mention.model_copy(update={"id": f"{mention.id}.0", "location": first}),
            mention.model_copy(
                update={
                    "id": f"{mention.id}.1",
                    "location": second,
                    "date": when,
                    "date_evidence": spot,
                }
            ),
        ]

    def _second_day(
        self, mention: EventMention, frame: Frame, after: int
    ) -> tuple[DateValue | None, Evidence | None]:
        """The day of a meeting told after "again": a date with its year, or one counted from
        the first meeting's ("a month later")."""
        offset = frame.sentence.start
        for match in self._dates_in(frame.sentence.text, "past"):
            if match.start >= after and match.value.year is not None:
                if _LATER.fullmatch(match.text.strip()):
                    break  # counted below, from the first meeting rather than the report
                spot = mention.evidence.model_copy(
                    update={"span_start": offset + match.start, "span_end": offset + match.end}
                )
                return match.value, spot
        counted = _LATER.search(frame.sentence.text, after)
        if counted is None or not counted["count"] or mention.date is None:
            return None, None
        value = _count_from(mention.date, _count_of(counted["count"]), counted["unit"].lower())
        if value is None:
            return None, None
        value = value.model_copy(
            update={
                "basis": f"{mention.date.basis}; {counted.group().lower()} than {mention.date.raw}"
            }
        )
        spot = mention.evidence.model_copy(
            update={"span_start": offset + counted.start(), "span_end": offset + counted.end()}
        )
        return value, spot

    def _meetings_by_day(self, mention: EventMention, frame: Frame) -> list[EventMention]:
        """ "met Fiqi on Monday and Taye on Tuesday": one meeting per counterpart, each on the
        day the sentence gives it; none when the sentence does not pair each counterpart with
        a day of its own."""
        days = self._days_of_each(mention, frame)
        if not days:
            return []
        return [
            _meeting_with(mention, person, k).model_copy(
                update={"date": value, "date_evidence": spot}
            )
            for k, (person, (value, spot)) in enumerate(
                zip(_counterparts(mention), days, strict=True)
            )
        ]

    def _rounds_on_days(self, mention: EventMention, frame: Frame) -> list[EventMention]:
        """ "Medinsky and Umerov held three rounds of talks, on 16 May, 2 June and 23 July":
        as many meetings of the same sides as the sentence counts, one on each day it lists."""
        counted = _COUNTED_ROUNDS.search(frame.sentence.text)
        if mention.type != EventType.CONSULT or counted is None:
            return []
        tense: Tense = "past" if mention.status == Status.OCCURRED else "future"
        days = [
            m
            for m in self._dates_in(frame.sentence.text, tense)
            if m.start >= counted.end() and m.value.as_date() is not None
        ]
        if len(days) != _COUNTS[counted.group("count").lower()]:
            return []
        offset = frame.sentence.start
        return [
            mention.model_copy(
                update={
                    "id": f"{mention.id}.{k}",
                    "date": day.value,
                    "date_evidence": mention.evidence.model_copy(
                        update={"span_start": offset + day.start, "span_end": offset + day.end}
                    ),
                }
            )
            for k, day in enumerate(days)
        ]

    def _days_of_each(
        self, mention: EventMention, frame: Frame, *, placed: bool = False
    ) -> list[tuple[DateValue | None, Evidence | None]]:
        """The day the sentence gives each counterpart, in their order; none when it does not
        pair each with a day of its own. `placed`: each is paired with a place of their own
        already."""
        people = _counterparts(mention)
        tense: Tense = (
            "future" if mention.status in (Status.PLANNED, Status.HYPOTHETICAL) else "past"
        )
        offset = frame.sentence.start
        matches = self._dates_in(frame.sentence.text, tense)
        spans = sorted(frame.date_spans)
        # "met A on Monday and B on Tuesday"; "met A and B on Tuesday, and C on Monday".
        groups = (
            _day_after_each_group(people, [start for start, _ in spans]) if not placed else None
        )
        if groups is None and not _each_after_its_counterpart(
            people, [start for start, _ in spans]
        ):
            if not placed:
                return []
            # "met Goita in Bamako on Saturday, Tchiani in Niamey on Sunday and ...": the
            # parser may hang a day on the person; every day after the trigger, if each then
            # follows its own counterpart.
            after = frame.trigger_end - offset
            spans = [(offset + m.start, offset + m.end) for m in matches if m.start >= after]
            # "sat with Tokaev in Astana on 1 November and with Mirziyoev in Samarkand the next
            # day": a day counted on from the one before it.
            spans += [
                (offset + m.start(), offset + m.end())
                for m in _THE_NEXT_DAY.finditer(frame.sentence.text, after)
            ]
            spans.sort()
            if not _each_after_its_counterpart(people, [start for start, _ in spans]):
                return []
        if groups is None:
            groups = list(range(len(spans)))
        days: list[tuple[DateValue | None, Evidence | None]] = []
        for start, end in spans:
            match = next(
                (m for m in matches if offset + m.start < end and start < offset + m.end), None
            )
            spot = mention.evidence.model_copy(update={"span_start": start, "span_end": end})
            if match is None:
                before = days[-1][0] if days else None
                counted = _count_from(before, 1, "day") if before is not None else None
                if before is None or counted is None:
                    return []
                words = frame.sentence.text[start - offset : end - offset]
                basis = f"{before.basis}; {words.lower()} after {before.raw}"
                days.append((counted.model_copy(update={"basis": basis, "raw": words}), spot))
                continue
            days.append((match.value, spot))
        if len({value.iso() or value.raw for value, _ in days if value}) < len(days):
            return []
        return [days[k] for k in groups]

    def _city_of_the_dateline(self, location: Location, evidence: Evidence) -> Location:
        """ "the first visit by India's top diplomat to China" under a BEIJING dateline: in
        the dateline's city, which is in the country the sentence names."""
        dateline = self.article.dateline_place
        if location.basis != "country" or not dateline:
            return location
        if self.kb.country_by_name(dateline) is not None:
            return location
        if self.kb.country_of_place(dateline) != location.country:
            return location
        return Location(
            name=self.kb.place_spelling(dateline),
            country=location.country,
            basis=f"dateline, a city of the country the sentence names ({location.name})",
            evidence=evidence,
        )

    def _city_told_in_the_country(self, location: Location) -> Location:
        """ "Fico met Xi in Beijing on Thursday ... Fico arrived in China on Tuesday and held
        talks with Putin": talks of others in a country are in the one city of it the article
        has placed its meetings in, read from their sentences."""
        cities = {
            m.location.name: m.location
            for m in self.consults
            if m.location is not None
            and m.location.country == location.country
            and m.location.basis in ("sentence", "dateline")
        }
        if len(cities) != 1:
            return location
        [city] = cities.values()
        return city.model_copy(
            update={
                "basis": f"the city of that country the article's meetings are in ({location.name})"
            }
        )

    def _capital_of_the_country(
        self, location: Location | None, participants: list[ActorRef]
    ) -> Location | None:
        """ "a state visit to Portugal", "received at La Moneda" with only Chile named: a
        meeting with that country's own people is in its capital, said to be inferred (a city
        another report states outranks it). Talks of others "in Malta" stay in Malta."""
        if location is None or location.basis != "country" or location.country is None:
            return location
        if _in_a_part_of_the_country(location):
            # "held at Sde Boker in southern Israel": a region of it, not its capital.
            return location
        if not any(p.country == location.country for p in participants):
            return self._city_told_in_the_country(location)
        country = self.kb.country_by_iso3(location.country)
        if country is None or not country.capital:
            return location
        return location.model_copy(
            update={"name": country.capital, "basis": f"{CAPITAL_BASIS} ({location.name})"}
        )

    def _scene(self, when: DateValue | None, same_occasion: bool) -> EventMention | None:
        """The placed meeting of the article nearest in days to `when` (the latest of equals),
        within a summit's few days; for an undated further meeting of the occasion, the last."""
        if when is None:
            return self.scenes[-1] if same_occasion and self.scenes else None
        near = []
        for n, scene in enumerate(self.scenes):
            apart = _days_apart(when, scene.date)
            if apart is not None and apart <= _SCENE_DAYS:
                near.append((apart, -n, scene))
        return min(near, key=lambda item: item[:2])[2] if near else None

    def _location(
        self,
        frame: Frame,
        evidence: Evidence,
        occasion: EventMention | None,
        when: DateValue | None,
    ) -> Location | None:
        """Where the frame's meeting was; `occasion` is the meeting it is a further part of,
        if any."""
        same_occasion = occasion is not None
        if frame.mode == "phone":
            return None
        if frame.status == Status.OCCURRED and not any(
            self._location_of(place, evidence) for place in frame.places
        ):
            # (Nor "at the Red House", a venue the knowledge base does not place.)
            opened = self._city_the_scene_opened_in(frame, evidence)
            if opened is not None:
                return opened
        if same_occasion and not frame.places:
            last = occasion
            # "On Saturday he also met ..." after Friday's talks in Jeddah: another day's
            # meeting, perhaps elsewhere.
            if (
                last is not None
                and last.location is not None
                and not _other_day(when, last.date)
                and not _other_month(when, last.date)
            ):
                return last.location.model_copy(update={"basis": "the same occasion"})
        ordered = sorted(frame.places, key=lambda p: p.preposition not in ("in", "at"))
        pairs = [
            (place, location)
            for place in ordered
            if (location := self._location_of(place, evidence)) is not None
        ]
        located = [location for _, location in pairs]
        if located:
            # "was in Israel ... met Netanyahu in Jerusalem": the city over its country.
            best = located[0]
            if best.basis == "country":
                named = self._city_in_gathering_name(frame, evidence)
                best = next(
                    (
                        loc
                        for loc in [*located[1:], named]
                        if loc is not None
                        and loc.basis != "country"
                        and loc.country == best.country
                        and self.kb.is_listed_place(loc.name)
                    ),
                    best,
                )
            elif best.basis.startswith("venue: "):
                # "at the National Palace of Culture in Guatemala City": the city named with
                # the venue over a venue of that name the gazetteer has in another country.
                venue = pairs[0][0]
                gap = frame.sentence.text[venue.end - frame.sentence.start :]
                best = next(
                    (
                        loc
                        for place, loc in pairs[1:]
                        if loc.basis == "sentence"
                        # "at Diriyah Palace in Riyadh": the city the text puts a venue the
                        # knowledge base does not list in, at home as abroad.
                        and (
                            loc.country != best.country
                            or (
                                self.kb.venue_city(venue.text) is None
                                and re.fullmatch(r"\s+in\s+", gap[: place.start - venue.end])
                            )
                        )
                        # Not a town only the world gazetteer knows, abroad ("at Al-Ittihadiya
                        # Palace in Heliopolis" is in Cairo, not in Algeria's Héliopolis).
                        and self.kb.is_listed_place(loc.name)
                        and (
                            _VENUE_THEN_CITY.match(gap[: place.start - venue.end])
                            # "in Addis Ababa, where he met Abiy at the National Palace".
                            or (place.start < venue.start and place.preposition == "in")
                        )
                    ),
                    best,
                )
            return self._city_of_the_dateline(best, evidence)
        named = self._city_in_gathering_name(frame, evidence) or self._seat_of_the_gathering(
            frame, evidence
        )
        if named is not None:
            return named
        there = (
            self._place_there(frame, evidence)
            or self._at_the_same_venue(frame)
            or self._city_of_its_mayor(frame, evidence)
        )
        if there is not None:
            return there
        summit = self.last_summit
        if (
            summit is not None
            and summit.location is not None
            and frame.status == Status.OCCURRED
            and self._during_the_summit(frame)
        ):
            # "On the sidelines of the summit, Tokayev met ...": where the summit was held.
            return summit.location.model_copy(
                update={"basis": f"{summit.location.basis}; place of the summit on whose sidelines"}
            )
        gathering = self.gathering_place
        if (
            summit is None
            and gathering is not None
            and frame.status == Status.OCCURRED
            and self._during_the_summit(frame)
        ):
            # "Sanchez ... on his return from the summit in The Hague. On the sidelines of the
            # summit, Sanchez held a brief meeting with Montenegro".
            return gathering.model_copy(
                update={"basis": f"{gathering.basis}; place of the gathering on whose sidelines"}
            )
        scene = self._scene(when, same_occasion)
        if scene is not None and scene.location is not None and frame.status == Status.OCCURRED:
            # "Also on Friday, Xi met ..." in a report of the APEC summit in Lima: in Lima,
            # where the article has the leaders those days.
            return scene.location.model_copy(
                update={"basis": f"{scene.location.basis}; place of the meetings of those days"}
            )
        heading = self._section_place(frame.sentence.start, evidence)
        if heading is not None and frame.status == Status.OCCURRED:
            return heading
        if (
            self.entry_leads
            and frame.status == Status.OCCURRED
            and self._of_the_report_s_days(when)
        ):
            # "LIVE UPDATES: Marcos at the ASEAN Summit in Jakarta ... 6:40 PM - Marcos and
            # Lee met on the sidelines": a live blog's meetings of the day are where its
            # headline puts them.
            headline = self._headline_place(evidence)
            if headline is not None:
                return headline
        dateline = self.article.dateline_place
        if (
            not dateline
            and frame.sentence.index < self.lead_end
            and frame.status == Status.OCCURRED
            and self._of_the_report_s_days(when)
        ):
            # "The Minister of Defence is in Brussels for the meetings of ... On the margins of
            # the meetings, the Minister met today ...": a release with no dateline says in its
            # first sentence where its people are.
            present = self._place_of_presence(evidence)
            if present is not None:
                return present
        if dateline and frame.sentence.index < self.lead_end and frame.status == Status.OCCURRED:
            iso3 = self.kb.country_of_place(dateline)
            if iso3 is not None:
                return Location(
                    name=self.kb.place_spelling(dateline),
                    country=iso3,
                    basis="dateline",
                    evidence=evidence,
                )
        if (
            dateline
            and frame.status == Status.OCCURRED
            and _SEAT_OF_GOVERNMENT.search(frame.sentence.text)
        ):
            # "met US Ambassador Philip Goldberg at the foreign ministry" under a SEOUL
            # dateline: the government's seat is the capital the report is filed from.
            iso3 = self.kb.country_of_place(dateline)
            country = self.kb.country_by_iso3(iso3) if iso3 is not None else None
            if country is not None and country.capital == dateline:
                return Location(
                    name=dateline, country=iso3, basis=_DATELINE_SEAT, evidence=evidence
                )
        if (
            dateline
            and frame.status == Status.OCCURRED
            and when is not None
            and self._of_the_report_s_days(when)
            and (reason := _why_in_the_dateline_city(frame)) is not None
            and (iso3 := self._country_of_the_dateline_city(dateline)) is not None
        ):
            return Location(
                name=self.kb.place_spelling(dateline),
                country=iso3,
                basis=f"dateline; {reason}",
                evidence=evidence,
            )
        return None


def _why_in_the_dateline_city(frame: Frame) -> str | None:
    """Why a meeting of the report's days, with no place of its own, is in the city the report
    is filed from; None when nothing says so."""
    text = frame.sentence.text
    if frame.mode != "phone" and _SAME_OCCASION.search(text):
        # "Guterres met separately with Christodoulides and Tatar on Tuesday morning before the
        # plenary session" under a GENEVA dateline of Tuesday.
        return "a further part of the occasion of the report's days"
    if _AT_A_NAMED_VENUE.search(text):
        # "On Saturday, Lee, Hamada and Austin held a trilateral meeting at the Shangri-La
        # Hotel" under a SINGAPORE dateline of Sunday.
        return "the venue the sentence names is there"
    return None


_DATELINE_SEAT = "dateline; the seat of government the sentence names is there"
_RECEIVED_BY = re.compile(r"\b(?:received|hosted|welcomed)\s+by\b")
# "received", "hosted": the subject is the host.
_RECEIVING = frozenset({"received", "receives", "hosted", "hosts", "welcomed", "welcomes"})
# "When Erdogan visited Olaf Scholz in November 2023": the visited is the host.
_VISITED = frozenset({"visited", "visits"})
# "called on", "paid a courtesy call on": whom it is paid on is the host.
_CALLS_ON = frozenset({"call", "called", "calls", "calling"})
# "at the foreign ministry", "at the Presidential Office", "at State House", "at the San
# Carlos palace": a government's own building, or a palace the article does not place.
# "The two Foreign Ministers held ...", "Both leaders then ...": a sentence opened by the two.
_THE_TWO_OPEN = re.compile(r"^(?:The\s+two|Both)\s+(?:[A-Za-z-]+\s+){0,2}(?:then\s+)?$")
# "The two leaders last met ...", "had met": a meeting recalled, not one of the occasion.
_RECALLED_BEFORE = re.compile(
    r"\b(?:last|previously|first|had|once|earlier|already)\b", re.IGNORECASE
)
_SEAT_OF_GOVERNMENT = re.compile(
    r"(?i:\bat\s+the\s+(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|presidential\s+"
    r"(?:office|palace|residence)|prime\s+minister'?s\s+office|government\s+(?:building|house)"
    r"|chancellery)\b)"
    r"|\bat\s+(?i:the\s+)?(?:State|Government)\s+House\b"
    r"|\bat\s+the\s+(?:[A-Z][\w'’-]+\s+){1,3}(?i:palace)\b"
    # "called on Hasina at her official residence".
    r"|\b(?i:at\s+(?:his|her|their)\s+official\s+residence)\b",
)
# "in April", "since March": a month a sentence names for some occasion of its own.
_MONTH_IN_THE_SENTENCE = re.compile(
    r"\b(?:in|since|last|early|late|mid-?)\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)
# "at the Shangri-La Hotel", "at the Kigali Convention Centre": a named building the
# gazetteer cannot place.
_AT_A_NAMED_VENUE = re.compile(
    r"\bat\s+the\s+(?:[A-Z][\w'’-]+\s+){1,4}(?:Hotel|Centre|Center|Hall|Resort|Building)\b"
)
# "on the sidelines of the Antalya Diplomacy Forum": a gathering named after its city.
_CITY_GATHERING = re.compile(
    r"\b(?:(?:sidelines?|margins?|fringes?)\s+of|at)\s+the\s+(?P<name>(?P<city>[A-Z][\w'’-]+)"
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:Forum|Dialogue|Conference|Summit|Congress|Week))\b"
)


# Words opening a clause of its own inside a sentence.
_ANOTHER_CLAUSE = re.compile(r"\b(?:when|where|while|after|before|since|which|who)\b", re.I)
# Gatherings that always meet in one town, by the name of a group of the pattern below.
_SEATS = {"unga": "New York", "wef": "Davos", "shangrila": "Singapore"}
_SEATED_GATHERING = re.compile(
    r"\b(?i:(?:sidelines?|margins?|fringes?)\s+of|at|during)\s+the\s+(?:"
    r"(?P<unga>(?:(?:U\.?N\.?|United\s+Nations)\s+General\s+Assembly|UNGA|General\s+Assembly"
    r"\s+week))"
    r"|(?P<wef>World\s+Economic\s+Forum|Davos\s+forum)"
    r"|(?P<shangrila>(?:IISS\s+)?Shangri-La\s+Dialogue))\b"
)


# A paragraph opening with a place in capitals and a full stop ("BALI. The ministers met ...").
_SECTION_HEADING = re.compile(r"(?P<place>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})\.\s+(?=[A-Z])")

_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_COUNT_WORDS = "|".join(sorted(_COUNTS, key=len, reverse=True))


# "a day after his surprise visit": the count's own occasion, named by a noun right after it.
_OWN_OCCASION = re.compile(r"^\s+(?:his|her|their|its|the|an?)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


# "When irregular crossings rose in 2023, ...", "In 2023, ...": a year the sentence opens in.
# ("In 2024 she travelled to Ankara in April": without the comma, but not "In 2024 and 2025".)
_OPENING_YEAR = re.compile(
    r"^(?:(?:When|As|After)\b[^,;]*?\s)?[Ii]n\s+(?P<year>(?:19|20)\d\d)"
    r"(?:,\s|\s(?!and\b|or\b|to\b|through\b|-|–))"
)


def _in_the_year_the_sentence_opens_in(value: DateValue, match: DateMatch, text: str) -> DateValue:
    """ "When irregular crossings rose in 2023, Poklukar telephoned Božinović on 12 September":
    a day without its year, in a sentence that opens in a year, is of that year, not the one
    counted back from the report."""
    opening = _OPENING_YEAR.match(text)
    if (
        opening is None
        or value.year is None
        or value.month is None
        or not value.basis.startswith(_YEAR_FROM)
        or match.start < opening.end()
    ):
        return value
    year = int(opening["year"])
    if year == value.year:
        return value
    return value.model_copy(
        update={"year": year, "basis": f"explicit; year the sentence opens in ({year})"}
    )


def _phrase_opens_the_sentence(text: str, at: int) -> bool:
    """Whether only a word like "just" comes before offset `at` ("Just a day after ...")."""
    before = text[:at].strip().lower()
    return before in ("", "and", "but", "just", "only", "barely", "exactly", "some")


def _end_of_the_phrase(text: str, at: int) -> int:
    """Where the phrase holding offset `at` ends: its next comma, else the sentence's end."""
    comma = text.find(",", at)
    return comma if comma >= 0 else len(text)


def _count_of(said: str) -> int:
    """The number a count says ("a", "eighteen", "18")."""
    return int(said) if said.isdigit() else _COUNTS[said.lower()]


# "The call came a day after ...", "The talks took place two days before ...": counted from
# the meeting the sentence refers back to (weeks are too loose a count to date a day).
def _dated_by_the_count_it_came(frame: Frame) -> bool:
    """Whether the parser dates the frame by the count of days a sentence like "The visit came
    a day after ..." opens with."""
    found = _CAME_COUNTED.match(frame.sentence.text)
    if found is None:
        return False
    start = frame.sentence.start + found.start("measure")
    end = frame.sentence.start + found.end("measure")
    return any(s < end and start < e for s, e in frame.date_spans)


# "..., came ten days after ...": the verb and count after a long subject.
_CAME_DAYS = re.compile(
    r"\b(?:came|comes|took\s+place|was\s+held|opened)\s+"
    rf"(?P<measure>(?P<count>{_COUNT_WORDS}|\d{{1,2}})\s+days?\s+(?P<relation>after|before))\b",
    re.IGNORECASE,
)
# The sentence opens with the meeting: "The seventh consultative meeting".
_OPENS_WITH_THE_MEETING = re.compile(r"\s*(?:The|This|That)\s+(?:[\w'’-]+\s+){0,4}$")
# A finite verb between the meeting and the count is another clause's ("..., which Putin
# attended, ...", "..., and Lavrov said ...").
_ANOTHER_VERB_BEFORE = re.compile(r"\b(?:said|says|met|held|was|were|is|are|has|had|and)\b")
_CAME_COUNTED = re.compile(
    r"(?:The|This|That|It)\s+(?:[\w-]+\s+){0,2}?(?P<noun>call|conversation|meeting|talks"
    r"|visit|summit|session)\s+(?:came|comes|took\s+place|was\s+held|happened|followed)\s+"
    rf"(?P<measure>(?P<count>{_COUNT_WORDS}|\d{{1,2}})\s+(?P<unit>day)s?\s+"
    r"(?P<relation>after|before))\b",
    re.IGNORECASE,
)
# "on Friday, a day after co-chairing ...": what follows was that long before the day given.
_BEFORE = re.compile(
    r"\b(?P<count>an?|one|two|three|four|five|six)\s+(?P<unit>day|week|month|year)s?\s+after\b",
    re.IGNORECASE,
)
# Nouns for a meeting held in person, which never refer back to a call.
# A sentence opening "After a meeting of some 45 minutes," or "Following their talks,".
_AFTER_THE_MEETING = re.compile(
    r"(?:After|Following|At the end of)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:meeting|talks|conversation|discussions|session|audience)\b"
)
_IN_PERSON_NOUNS = frozenset(
    {"meeting", "session", "summit", "talks", "retreat", "dinner", "visit", "trip"}
)
# "two days after his January 9 election": a count of days after a day the phrase names.
_AFTER_A_DAY = re.compile(
    rf"\b(?P<count>{_COUNT_WORDS}|\d{{1,2}})\s+(?P<unit>day|week)s?\s+after\s+"
    r"(?:(?:his|her|their|its|the)\s+)?",
    re.IGNORECASE,
)
# "... in Vientiane in October and again in Lima a month later".
_AGAIN_IN = re.compile(r"\band\s+again\s+(?:in|at)\s+(?=[A-Z])")
_UNCOUNTED_LATER = re.compile(r"(?:some\s+|a\s+few\s+)?(?:days|weeks|months|years)\s+later", re.I)
_LATER = re.compile(
    rf"\b(?:(?P<count>{_COUNT_WORDS}|\d{{1,2}})"
    r"\s+(?P<unit>day|week|month|year)s?\s+later"
    r"|the\s+(?:following|next)\s+(?P<next>day|week|month)|the\s+day\s+after(?!\s+\w))\b",
    re.IGNORECASE,
)


def _count_from(base: DateValue, count: int, unit: str) -> DateValue | None:
    """`base` moved on by `count` units, no more precise than the base and the unit allow."""
    if base.year is None:
        return None
    if unit in ("day", "week"):
        day = base.as_date()
        if day is None:
            return None
        day += timedelta(days=count * (7 if unit == "week" else 1))
        return DateValue(
            year=day.year, month=day.month, day=day.day, precision=Precision.DAY, raw=base.raw
        )
    if unit == "month":
        if base.month is None:
            return None
        months = base.year * 12 + base.month - 1 + count
        return DateValue(
            year=months // 12, month=months % 12 + 1, precision=Precision.MONTH, raw=base.raw
        )
    return DateValue(year=base.year + count, precision=Precision.YEAR, raw=base.raw)


# The words a lead tells a trip by ("the mission of Meloni to Tripoli last Saturday").
_A_TRIP = re.compile(r"\b(?:visit|mission|trip|tour|journey)s?\b", re.IGNORECASE)
# "Shortly after his arrival, he met ...", "Upon arrival, she held talks with ...".
_AFTER_THE_ARRIVAL = re.compile(
    r"^(?:(?:shortly|soon|right|just|immediately)\s+)?(?:after|upon|on)\s+"
    r"(?:(?:his|her|their|the)\s+)?(?:arrival|landing)\b",
    re.IGNORECASE,
)
_ARRIVED = re.compile(r"\b(?:arrived|landed)\b", re.IGNORECASE)
# "... and with Mirziyoyev in Samarkand the next day": the words the model tags as no date.
_THE_NEXT_DAY = re.compile(r"\bthe\s+(?:following|next)\s+day\b", re.IGNORECASE)

# "the following day", "three days later": a day counted from the date the sentence gave
# before it.
_NEXT_DAY = re.compile(
    r"^(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)"
    rf"|(?P<count>{_COUNT_WORDS}|\d{{1,2}})\s+(?P<unit>day|week)s?"
    # "Five days earlier, Teodoro had been in Canberra": counted back.
    r"\s+(?:later|(?P<earlier>earlier|before))"
    r"|the\s+day\s+after"
    # "after talks in Podgorica with Ivanovic the previous day", "received by Duda the
    # previous evening": counted back.
    r"|(?P<back>the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+day\s+before))$",
    re.I,
)


# A phrase opening the sentence, up to the word at hand ("At ", "During the first of ").
_OPENING_PHRASE = re.compile(
    r"^(?:At|In|During|After|Before|Following|Since|On|Over|Ahead\s+of)\b[^,;:]*$"
)


def _later_than_told(frame: Frame) -> bool:
    """Whether a date span of the frame says only that it came later ("days later")."""
    offset = frame.sentence.start
    return any(
        re.search(r"\blater\b", frame.sentence.text[start - offset : end - offset], re.I)
        for start, end in frame.date_spans
    )


def _counts_days_on(frame: Frame) -> bool:
    """Whether a date span of the frame is "the following day", "ten days later" or alike."""
    offset = frame.sentence.start
    return any(
        _NEXT_DAY.match(frame.sentence.text[start - offset : end - offset].strip())
        for start, end in frame.date_spans
    )


def _day_after(
    frame: Frame, matches: list[DateMatch], before: list[DateMatch]
) -> tuple[DateValue, tuple[int, int]] | None:
    """ "travelled for the inauguration on March 1, and they met the following day": the day
    after the sentence's last full date before the phrase, when the phrase dates the trigger;
    with none, the last of the sentence before (`before`: "... in Vienna on July 1, 2022. Ten
    days later, Pashinyan and Erdogan held their first telephone conversation"). "The previous
    day", "five days earlier" count back."""
    offset = frame.sentence.start
    for start, end in frame.date_spans:
        words = frame.sentence.text[start - offset : end - offset].strip()
        found = _NEXT_DAY.match(words)
        if found is None:
            continue
        back = bool(found["back"] or found["earlier"])
        side = "before" if back else "after"
        count = _count_of(found["count"]) if found["count"] else 1
        unit = (found["unit"] or "day").lower()
        after = (
            f"the day {side}"
            if count == 1 and unit == "day"
            else f"{found['count'].lower()} {unit}{'s' if count > 1 else ''} {side}"
        )
        days = [(m.value, m.value.as_date()) for m in matches if m.end <= start - offset]
        if not days and found["earlier"]:
            # "In November, Marles hosted ... Five days earlier, Teodoro had been in Canberra":
            # counted back from the sentence before, however precisely it dates its day.
            days = [(m.value, m.value.as_date()) for m in before]
        dated = [(value, day) for value, day in days if day is not None]
        if days and not dated and days[-1][0].day is not None and days[-1][0].month is not None:
            # "saw Putin on 11 April and the next day sat with Araghchi", the year unknown yet:
            # the day and month counted on (in a year that is not a leap year, unless the day
            # told is 29 February).
            base = days[-1][0]
            assert base.month is not None and base.day is not None
            counted = date(
                2000 if (base.month, base.day) == (2, 29) else 2001, base.month, base.day
            )
            counted += timedelta(days=(-1 if back else 1) * count * (7 if unit == "week" else 1))
            value = _on_day(base, counted, basis=f"{base.basis}; {after} {base.raw}", raw=words)
            return value.model_copy(update={"year": None}), (start - offset, end - offset)
        if days and not dated:
            # "In August, A held talks with B and, the following day, was received by C": a day
            # after one the sentence gives only as a month is known no better than that month.
            base = days[-1][0]
            value = base.model_copy(
                update={"basis": f"{base.basis}; {after} a day in {base.raw}", "raw": words}
            )
            return value, (start - offset, end - offset)
        if not dated:
            dated = [(m.value, day) for m in before if (day := m.value.as_date()) is not None]
        if not dated:
            return None
        base, day = dated[-1]
        # "three days later Xi received Sánchez", "met Xi on March 28 and sat down with Modi a
        # week later": counted from the day told before it.
        day += timedelta(days=(-1 if back else 1) * count * (7 if unit == "week" else 1))
        value = _on_day(base, day, basis=f"{base.basis}; {after} {base.raw}", raw=words)
        return value, (start - offset, end - offset)
    return None


_DAYS_LATER = re.compile(
    rf"\b(?P<count>{_COUNT_WORDS}|\d{{1,2}})\s+(?P<unit>day|week)s?\s+later\b", re.IGNORECASE
)


def _counted_on_since(text: str, told: list[DateMatch], until: int) -> DateValue | None:
    """The day "eight days later" counts to from the last full date told before it, when the
    count stands between that date and `until`."""
    dated = [m for m in told if m.value.as_date() is not None]
    if not dated:
        return None
    last = dated[-1]
    counts = list(_DAYS_LATER.finditer(text, last.end, until))
    if not counts:
        return None
    found = counts[-1]
    day = last.value.as_date()
    assert day is not None
    weeks = found["unit"].lower() == "week"
    counted = day + timedelta(days=_count_of(found["count"]) * (7 if weeks else 1))
    words = found.group()
    return _on_day(last.value, counted, basis=f"{last.value.basis}; {words}", raw=words)


def _on_day(base: DateValue, day: date, *, basis: str, raw: str) -> DateValue:
    """`base` moved to `day`, a day counted from it."""
    return base.model_copy(
        update={
            "year": day.year,
            "month": day.month,
            "day": day.day,
            "weekday": None,
            "basis": basis,
            "raw": raw,
        }
    )


# "Less than a month later, on 6 April", "A month after that, on 11 November", "that June": a
# day the sentence says follows the one told before it.
_FOLLOWS_ON = re.compile(
    r"(?:(?P<later>\b(?:later|after\s+that|afterwards|thereafter))\s*,?\s*(?:on|in)?"
    r"|\bthat)\s*$",
    re.IGNORECASE,
)
# How many sentences back a day told before is looked for.
_SENTENCES_BACK = 12


def _days_from_a_happening(
    frame: Frame, matches: list[DateMatch]
) -> tuple[DateValue, tuple[int, int]] | None:
    """ "Four days after the Hamas attack of 7 October, the crown prince and Raisi spoke by
    phone": the day the opening phrase counts from its happening's date, when nothing dates
    the meeting itself."""
    text = frame.sentence.text
    found = _DAYS_FROM.match(text)
    if found is None:
        # "He spoke with Yoon by phone the day after he took office on Oct. 1", "held talks
        # with Putin at the Kremlin, a day after the two men dined on Monday": the phrase
        # after the meeting, when it is all that dates it.
        after = frame.trigger_end - frame.sentence.start
        found = _THE_DAY_FROM.search(text, after) or _DAYS_FROM_AFTER.search(text, after)
        start = frame.sentence.start + (found.start() if found else 0)
        if found is None or any(
            not (start <= s and e <= frame.sentence.start + found.end())
            for s, e in frame.date_spans
        ):
            return None
    elif frame.date_spans:
        return None
    # The first comma that ends the phrase, not one inside a date ("June 30, 2022").
    comma = next(
        (
            i
            for i in range(found.end(), len(text))
            if text[i] == "," and not any(m.start <= i < m.end for m in matches)
        ),
        -1,
    )
    days = [m for m in matches if found.end() <= m.start and (comma < 0 or m.end <= comma)]
    if not days or (day := days[-1].value.as_date()) is None:
        return None
    said = found["count"].lower()
    count = 1 if said == "the" else _COUNTS.get(said) or int(said)
    shifted = day + timedelta(days=count if found["way"].lower() == "after" else -count)
    base = days[-1].value
    value = _on_day(
        base,
        shifted,
        basis=f"{base.basis}; {found.group().strip().lower()} {days[-1].text}",
        raw=text[: days[-1].end],
    )
    return value, (0, days[-1].end)


# "Four days after", "a day before": how far the meeting is from the happening named next.
_DAYS_FROM = re.compile(
    r"(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+"
    r"(?P<way>after|before)\s+",
    re.IGNORECASE,
)

_DAYS_FROM_AFTER = re.compile(r"(?<=,\s)" + _DAYS_FROM.pattern, re.IGNORECASE)
_THE_DAY_FROM = re.compile(r"\b(?P<count>the)\s+day\s+(?P<way>after|before)\s+", re.IGNORECASE)

# "in November of that year": a month in the year the article stated before it.
_OF_THAT_YEAR = re.compile(r"^\s*,?\s*(?:of\s+)?that\s+year\b", re.IGNORECASE)
_STATED_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Bases of a day whose year the text does not give: counted from the report's own date.
_YEAR_FROM = ("explicit; year from publication date", "explicit; year from dateline")
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# "On 22 July 2022", "in June 2023", "March 3, 2024": a month the text gives with its year.
_DAY_WITH_YEAR = re.compile(
    rf"(?:\b(?P<day>\d{{1,2}})\s+)?\b(?P<month>{_MONTH_NAMES})\b"
    rf"(?:\s+(?P<day2>\d{{1,2}}),?)?\s+(?P<year>(?:19|20)\d{{2}})\b"
)
_MONTHS = {m[:3].lower(): i for i, m in enumerate(_MONTH_NAMES.split("|"), start=1)}
_THAT_MONTH = re.compile(rf"\bthat\s+(?:{_MONTH_NAMES})\b")
# "that month", "the same year": the period a date the sentence gave before falls in.
_THAT_PERIOD = re.compile(r"(?:that|the\s+same)\s+(?P<unit>month|year)", re.IGNORECASE)
_THAT_DAY = re.compile(
    r"(?:that|(?:the|that)\s+(?:very\s+)?same)\s+(?:day|morning|afternoon|evening|night)",
    re.IGNORECASE,
)
_DAY_BEGUN = re.compile(
    r"\b(?:began|begun|started|opened|ended|closed|spent)\s+(?:the|his|her|their)\s+day\b"
    # "The day ended with a dinner hosted by ...".
    r"|^(?:the|his|her|their)\s+day\s+(?:began|started|opened|ended|closed)\b",
    re.IGNORECASE,
)
_A_DAY_OF_SOMEONE = re.compile(r"(?:the|his|her|their)\s+day", re.IGNORECASE)
_OPENS_WITH_THAT_DAY = re.compile(
    r"(?:on\s+)?(?P<words>(?:that|(?:the|that)\s+(?:very\s+)?same)"
    r"\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:the|his|her|their)\s+day(?=\s+(?:began|started|opened|ended|closed)\b))\b",
    re.IGNORECASE,
)
_BARE_WEEKDAY = re.compile(
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.IGNORECASE
)
_THERE_OPENING = re.compile(r"There,\s")
# "held three rounds of talks, on 16 May, 2 June and 23 July".
_COUNTED_ROUNDS = re.compile(
    r"\b(?P<count>two|three|four|five)\s+(?:rounds|sessions)\b", re.IGNORECASE
)
_LAST_WEEK = re.compile(r"\blast week\b", re.IGNORECASE)
_WITHIN_THE_DAY = re.compile(r"^(?:earlier|later)\s+(?:in|during|that)\s+(?:the\s+)?day$", re.I)
# Buildings named after their city ("Riga Castle") and named again by their kind alone.
_CITY_BUILDINGS = frozenset({"castle", "palace", "hall"})
# What stands between a venue and the city it is in: "the National Palace of Culture in".
_VENUE_THEN_CITY = re.compile(r"(?:\s+of(?:\s+[A-Z][\w'’-]*)+)?(?:\s*,\s*|\s+in\s+)$")
_THE_BUILDING = re.compile(r"the\s+(?:same\s+)?(?P<kind>castle|palace)", re.IGNORECASE)
_NAMED_BUILDING = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?P<kind>Castle|Palace)\b")
# "In Port of Spain, the emotional register was different.": a sentence set in a place.
_OPENS_IN_A_PLACE = re.compile(
    r"\s*In\s+(?P<place>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}),\s"
)
# "the city hosted ...": the city just named.
_THE_CITY = re.compile(r"\b[Tt]he\s+(?:city|town)\b(?!\s+of\b)")
# "met him there", not "there is" or "there were talks".
_THERE = re.compile(
    r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|should|may|might|must"
    r"|seems?|appears?|remains?)\b)",
    re.IGNORECASE,
)
_MAYOR_OF = re.compile(r"\b[Mm]ayor of (?P<city>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
_SAME_VENUE = re.compile(
    r"\bat the same (palace|venue|residence|building|hotel|castle|mansion|villa|ministry)\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
_THE_CAPITAL = re.compile(r"\bthe\s+[A-Z][\w'’-]+\s+capital\b")
_THE_SAME_TRIP = re.compile(
    r"\b(?:during|on|in the course of) (?:the|that) same (?:trip|visit|tour|journey)\b",
    re.IGNORECASE,
)
_SAME_OCCASION = re.compile(
    # Not "on the occasion of the G7 Hiroshima Summit", which names another occasion.
    r"\b(?:on (?:the|that) occasion(?! of (?!(?:the|his|her|their) (?:visit|stay|trip)\b))|"
    r"on the same day|later(?: that day| in the day)?|"
    r"earlier (?:that|in the) (?:day|morning|afternoon|evening)|"
    # "In the afternoon, the Chancellor visited ...": a later part of the day just reported.
    r"^in the (?:(?:late|early) )?(?:morning|afternoon|evening)|^earlier(?=,)|"
    # "Hours earlier, Boluarte had met Prime Minister Ishiba": earlier on the day just told.
    r"\b(?:hours|minutes|moments) earlier\b|"
    # "In parallel, the Minister of Foreign Affairs held a separate meeting with ...".
    r"^in parallel(?=,)|"
    r"afterwards|during (?:the|his|her|their) (?:visit|stay|trip)|"
    # "On the sidelines of the visit, the foreign ministers held talks".
    r"(?:sidelines?|margins?|fringes?) of (?:the|his|her|their) (?:visit|stay|trip|talks)\b|"
    # "After the talks, Prabowo received ...", "Before the plenary, Jokowi received ...": the
    # occasion just reported, named by a definite noun.
    r"(?:before|after|following|prior to) (?:the (?:start|end|close|opening) of )?"
    r"(?:the|their|his|her) (?:[\w']+ )?"
    r"(?:talks|meeting|plenary|session|summit|dialogue|consultations|ceremony|signing|retreat|"
    # "After the press conference, the Secretary met ...".
    r"audience|conference|briefing|dinner|lunch|luncheon|banquet|breakfast|reception)|"
    # "After a meeting of some 45 minutes, the two leaders signed ...": the one just told.
    r"^(?:after|following) an? (?:[\w'-]+ ){0,2}(?:meeting|talks|conversation|session|audience)"
    r"\b|"
    # "Before meeting the president, Zelensky held talks with ...": one just reported.
    r"(?:before|after|prior to) (?:meeting|holding talks with)(?= )|"
    # "Shortly after landing, the Head of State held a one-on-one meeting with ...": the visit
    # just reported, on its arrival.
    r"(?:shortly |soon |right |immediately )?after (?:landing|arriving|(?:his|her) arrival)\b|"
    r"(?:on|upon) (?:his |her |their )?arrival\b)",
    re.IGNORECASE,
)
# Of the phrases above, those that place a meeting before or after another occasion.
_AROUND_AN_OCCASION = re.compile(r"(?:before|after|following|prior to)\b", re.IGNORECASE)
# "In the afternoon", "later in the afternoon", "the same evening": a part of a day told.
_LATER_THAT_DAY = re.compile(
    r"^in the (?:morning|afternoon|evening)\b|\b(?:later|earlier) (?:that|in the) "
    r"(?:day|morning|afternoon|evening)\b|\bthe same (?:day|morning|afternoon|evening)\b",
    re.IGNORECASE,
)
# "The agreement came during summit talks at ...", "The deal was reached at talks in ...": the
# meeting at which the agreement just told was made.
_CAME_DURING = re.compile(
    r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}(?:agreements?|deals?|accords?|pacts?)"
    r"(?:\s+|,\s+)(?:came|was\s+(?:reached|struck|signed|sealed)"
    r"|were\s+(?:reached|struck|signed)|(?:reached|struck|signed|sealed))\s+"
    r"(?:during|at|in|on\s+the\s+(?:sidelines|margins)\s+of"
    # "The agreement, signed after roughly two hours of bilateral talks".
    r"|after\s+(?:(?:some|roughly|about|nearly|more\s+than|almost)\s+)?\w+\s+hours?\s+of)\b",
    re.IGNORECASE,
)
# "Before the opening of the summit on Saturday, ...": a phrase that ends where the clause
# it opens begins.
_BEFORE_THE_OPENING = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to)\s+the\s+(?:official\s+|formal\s+)?(?:opening|start)"
    r"\s+of\b[^,;]*",
    re.IGNORECASE,
)
# "Before the opening,", "After the opening session,": of an opening told before.
_AROUND_THE_OPENING = re.compile(
    r"\b(?:before|after|ahead\s+of|following)\s+the\s+(?:official\s+|formal\s+)?opening"
    r"(?:\s+(?:session|ceremony|plenary))?\s*,",
    re.IGNORECASE,
)
_OPENED = re.compile(r"\bopen(?:ed|s)\b", re.IGNORECASE)
# "...: they met", "...; they met": a clause opening after a colon or semicolon.
_AFTER_A_COLON = re.compile(r"[:;]\s*$")
# ", at which several bilateral agreements were signed": a relative clause on the meeting.
_AT_WHICH = re.compile(
    r",\s+(?:at|during|in\s+the\s+course\s+of)\s+which\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE
)
# How long before the report's day a stated date makes a meeting one mentioned in passing.
_PASSING_DAYS = 7
# A summit's days: a meeting this close to the article's last placed one is held there too.
_SCENE_DAYS = 2


def _holds_a_rank(person: ActorRef, office: str) -> bool:
    """Whether the person holds the office "the two presidents" names; for "the two
    ministers", any office below a head of state or government, or none read ("his Mexican
    counterpart, Alicia Bárcena")."""
    return _holds_office_of_rank(person.office or "", office)


def _holds_office_of_rank(held: str, office: str) -> bool:
    held = held.lower()
    if office != "minister":
        if re.search(rf"\b(?:vice|deputy|aide|adviser|advisor|assistant|to the)\s+{office}", held):
            # "Aide to the President", "Vice President": serving the office, not holding it.
            return False
        # The knowledge base writes "Minister of Foreign Affairs", "Minister for Foreign
        # Affairs", "Minister of Defence".
        return office in held or _portfolio_written_out(office).search(held) is not None
    return not re.search(r"\b(?:president|prime|premier|chancellor|king|queen|emir)\b", held)


def _portfolio_written_out(office: str) -> re.Pattern[str]:
    """The office with its portfolio written out: "minister of (or for) foreign affairs" for
    "foreign minister", "minister of defence" for "defence minister"; else the office."""
    words = office.split()
    if len(words) == 2 and words[1] == "minister" and words[0] in _PORTFOLIOS:
        return re.compile(rf"\bminister (?:of|for) {_PORTFOLIOS[words[0]]}\b")
    return re.compile(re.escape(office))


_PORTFOLIOS = {"foreign": "foreign affairs", "defence": "defen[cs]e", "defense": "defen[cs]e"}


def _dated_before(first: EventMention, second: EventMention) -> bool:
    """Whether the first mention's day is before the second's (both days known)."""
    one = first.date.as_date() if first.date is not None else None
    two = second.date.as_date() if second.date is not None else None
    return one is not None and two is not None and one < two


def _sets_the_scene(mention: EventMention) -> bool:
    """A meeting held in person in a place, on a stated day."""
    return (
        mention.type == EventType.CONSULT
        and mention.status == Status.OCCURRED
        and mention.mode != "phone"
        and mention.location is not None
        and mention.date is not None
        and mention.date.as_date() is not None
    )


def _dates_disagree(first: DateValue | None, second: DateValue | None) -> bool:
    """ "The visit [on 26 May] took place seven months after his visit in October 2024,
    during which he held talks in Paris": what both dates state differs."""
    if first is None or second is None:
        return False
    return any(
        x is not None and y is not None and x != y
        for x, y in (
            (first.year, second.year),
            (first.month, second.month),
            (first.day, second.day),
        )
    )


def _other_day(first: DateValue | None, second: DateValue | None) -> bool:
    """Two day-precise dates that are not the same day."""
    apart = _days_apart(first, second)
    return apart is not None and apart > 0


def _other_month(first: DateValue | None, second: DateValue | None) -> bool:
    """Two dates, one of them known to the month only, in different months ("called on ...
    yesterday" after a meeting recalled from December)."""
    if first is None or second is None or None in (first.year, first.month):
        return False
    if None in (second.year, second.month):
        return False
    return (first.year, first.month) != (second.year, second.month)


def _days_apart(first: DateValue | None, second: DateValue | None) -> int | None:
    """Days between two day-precise dates; None when either is less precise."""
    one = first.as_date() if first is not None else None
    two = second.as_date() if second is not None else None
    if one is None or two is None:
        return None
    return abs((one - two).days)


# Bases of a date the sentence itself states, absolute or relative (not one taken over from
# another meeting or from the report's day).
_STATED_BASES = ("explicit", "relative to")
# "17.40 GMT - Albanese: I raised ...", "Foreign Secretary: There was a request ...": a
# transcript's or live blog's speaker label.
_SPEAKER_LABEL = re.compile(
    r"^(?:[\d.:]+\s*(?:GMT|BST|CET|ET|UTC)?\s*[-–]\s*)?"
    r"(?P<name>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}):\s"
)
_QUOTES = re.compile(r"[\"“”]")
# A list of those present at a gathering.
# "Taking part in the meeting were ...", "Attending the summit were ...".
_LISTS_THOSE_TAKING_PART = re.compile(
    r"(?:also\s+)?(?:taking part|participating|attending)(?:\s+in)?\s+(?:the|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|summit|talks|session|gathering|consultations?)\s+(?:were|was)\b",
    re.IGNORECASE,
)
_IT_WAS_ATTENDED = re.compile(r"\s*It\s+was\s+(?:also\s+)?attended\s+by\b")
_ATTENDANCE = re.compile(
    r"\b(?:around the table were|(?:leaders|those|heads of state)(?: and \w+)? attending|"
    r"attendees|in attendance|(?:also )?present were|among those (?:present|attending)"
    rf"|{_LISTS_THOSE_TAKING_PART.pattern})\b",
    re.IGNORECASE,
)
# "also met", "also held talks with", "also paid a courtesy call on": right before the trigger.
# "Xi also met ...", "the two leaders then held ...": right before the trigger ("then President
# Lee" is someone's former office, not a sequence).
_ALSO_BEFORE = re.compile(r"\balso\s+(?:\w+\s+){0,3}$|\bthen\s+$", re.IGNORECASE)
# "A meeting on the Eastern Mediterranean was then held at the Élysée": the next part of the
# occasion just told.
_THEN_HELD = re.compile(
    r"[^.;:]{0,80}?\b(?:was|were)\s+(?:then|later|also|subsequently)\s+(?:held|convened)\b",
    re.IGNORECASE,
)
# "President Macron then went to the Prime Minister's Office, where he was welcomed by Rama":
# the next stop of the visit just told.
_THEN_WENT = re.compile(
    r"(?:[\w.'’-]+\s+){1,4}then\s+(?:went|moved|headed|proceeded|travelled|traveled|drove|flew)"
    # "From the palace Carney went to Downing Street for talks with Starmer": from the place
    # just told, on.
    r"\b|^From\s+(?:the\s+[\w'’-]+|there)\s*,?\s+(?:[\w.'’-]+\s+){1,4}"
    r"(?:went|moved|headed|proceeded|travelled|traveled|drove|flew|walked)\b",
    re.IGNORECASE,
)
# "The summit", "the two-day summit", "the leaders' summit": a gathering already named.
_NAMED_AGAIN_BEFORE = re.compile(r"\b(?i:the|this)\s+(?:[\w'’-]+\s+){0,2}$")
# On the sidelines of a summit while it is held (not "on the eve of", "ahead of").
# "On the sidelines, Lula met ...": of the summit reported, named or not.
_ON_THE_EVE = re.compile(
    r"\bon\s+the\s+eve\s+of\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:summit|meeting|conference|forum|gathering)\b",
    re.IGNORECASE,
)
_DURING_THE_SUMMIT = re.compile(
    r"\b(?:sidelines?|margins?|fringes?)(?:\s+of\s+(?:the|this|that)\b|\s*,)"
    # "held a separate meeting during the summit".
    r"|\b(?:during|at)\s+the\s+summit\b(?!\s+(?:of|in|on)\b)",
    re.IGNORECASE,
)
# "Attending the talks from the Saudi side were ...", "A and B attended the talks on the
# South Korean side" as well.
# "The meeting was attended by ...": who was at the session the article has just told.
_ATTENDED_SESSION = re.compile(
    r"\s*The\s+(?:meeting|session|summit|conference|gathering)\s+(?:was|were)\s+(?:also\s+)?"
    r"attended\s+by\b"
)
_ATTENDED_BY = re.compile(
    r"\battended\s+by\b|^\s*(?:also\s+)?attending\b"
    r"|\battended\s+the\s+(?:talks|meetings?|discussions|summit|sessions?)\b",
    re.IGNORECASE,
)
# "with A, and with B", "with A and then with B" right after the trigger.
# (The trigger's own words may come first, "held fraternal working meetings with A; with B;
# and with C", and each counterpart may close with a semicolon.)
_WITH_AND_WITH = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+with\b"
    r"(?:[^.;]*?,?\s+and\s+(?:then\s+|later\s+|also\s+)?with\b|[^.;]*;\s+with\b)"
)
_SEPARATELY = re.compile(
    # (Not "sat with Araghchi in separate rooms": indirect talks, one meeting.)
    r"\b(?:separately|separate (?:bilateral )?(?:meetings|talks)|in separate(?!\s+rooms))\b",
    re.IGNORECASE,
)
# Around a summit rather than at it: "on the sidelines of", "on the eve of", "ahead of".
# "used the day for a series of bilateral meetings on the sidelines."
_MEETINGS_ON_THE_SIDELINES = re.compile(
    r"\b(?:meetings|talks)\s+(?:on|at)\s+the\s+(?:sidelines|margins|fringes)\s*[.,;]",
    re.IGNORECASE,
)
_OPENS_WITH_PRONOUN = re.compile(r"\s*(?:He|She)\s+(?:also\s+)?\w+")
_SIDELINES = re.compile(
    r"\b(?:sidelines?\s+of|margins?\s+of|fringes?\s+of|eve\s+of|ahead\s+of|run-up\s+to)\b",
    re.IGNORECASE,
)
# Nouns that name a gathering of many, not one meeting of two.
_NAMED_GATHERINGS = frozenset({"summit", "forum", "conference", "assembly"})
_GATHERING_TRIGGERS = frozenset({"summit", "meeting", "session", "forum", "conference", "assembly"})
_GATHERING_NOUNS = r"(?:gathering|summit|forum|conference|assembly)"
_DEFINITE_AFTER = re.compile(rf"^\s+(?:the|this|that)\s+{_GATHERING_NOUNS}\b", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)


def _names_the_gathering(frame: Frame) -> bool:
    """ "hosted the gathering", "the summit opened": the trigger is, or directly takes, a
    definite gathering noun (not "met ... on the sidelines of the summit")."""
    text = frame.sentence.text
    start = frame.trigger_start - frame.sentence.start
    end = frame.trigger_end - frame.sentence.start
    if _DEFINITE_AFTER.match(text[end:]):
        return True
    return bool(
        re.fullmatch(_GATHERING_NOUNS, frame.trigger.lower())
        and _DEFINITE_BEFORE.search(text[:start])
    )


# "The session was co-chaired by", "That ministerial session had been chaired by".
_THE_SESSION = re.compile(
    r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}(?:session|sitting|segment|plenary)\s+"
    r"(?:was|had\s+been)\s+(?:jointly\s+)?$",
    re.IGNORECASE,
)


def _the_session_chaired(frame: Frame) -> bool:
    """ "The session was co-chaired by A and B": the sitting the article has just told."""
    before = frame.sentence.text[: frame.trigger_start - frame.sentence.start]
    return bool(_THE_SESSION.search(before))


def _heads_delegations(frame: Frame) -> bool:
    """ "A and B led their delegations", "A led the X delegation, while ... was led by B"."""
    return frame.trigger.lower() in ("led", "headed", "lead", "head", "leads", "heads")


def _definite_trigger(frame: Frame) -> bool:
    """ "attended the meeting": the trigger is a definite noun."""
    before = frame.sentence.text[: frame.trigger_start - frame.sentence.start]
    return frame.trigger.lower() in _GATHERING_TRIGGERS and bool(_DEFINITE_BEFORE.search(before))


def _only_organisations(actors: list[ActorRef]) -> bool:
    return bool(actors) and all(a.kind == "organization" for a in actors)


def _mode(frame: Frame, participants: list[ActorRef]) -> str | None:
    """Three or more countries at one table make a multilateral meeting, however it is told
    ("hosted the gathering, attended by ..."); two on the sidelines of a summit do not."""
    sides = {a.country for a in participants if a.country}
    if frame.type == EventType.CONSULT and frame.mode != "phone" and len(sides) >= 3:
        return "multilateral"
    if frame.type == EventType.CONSULT and _only_organisations(participants):
        return "multilateral"
    if frame.mode == "multilateral" and _on_the_sidelines(frame):
        return None
    return frame.mode


def _on_the_sidelines(frame: Frame) -> bool:
    """ "met on the sidelines of the summit": a bilateral meeting, not a round of the summit."""
    return bool(
        _SIDELINES.search(frame.sentence.text) and frame.trigger.lower() not in _GATHERING_TRIGGERS
    )


def _sides(meeting: EventMention) -> int:
    """How many countries a meeting's parties are of."""
    return len({p.country for p in meeting.participants if p.country})


def _right_before_the_trigger(span: ActorSpan, frame: Frame) -> bool:
    """Whether at most two words ("also", "warmly") stand between the span and the trigger."""
    between = frame.sentence.text[
        span.end - frame.sentence.start : frame.trigger_start - frame.sentence.start
    ]
    return span.end <= frame.trigger_start and len(between.split()) <= 2


# What may stand before a subject that opens its sentence: "On Sunday morning", "In Ottawa,".
_OPENING_SETTING = re.compile(
    r"^(?:(?:On|In|At|Later|Earlier|That|The next|Then)\b[\w\s.'’-]{0,40}?,?\s*)?$"
)


def _opens_the_sentence(evidence: Evidence) -> bool:
    if evidence.span_start is None:
        return False
    before = evidence.sentence[: evidence.span_start - evidence.start]
    # ("Sources in the Presidency told the radio that the two agreed ...": the reported
    # clause opens with them.)
    return _OPENING_SETTING.match(before) is not None or _REPORTED_THAT.match(before) is not None


# "In Montevideo, ...", "While in Tokyo, ...": a sentence set in a town it opens with.
_IN_A_TOWN = re.compile(
    r"^(?:In|While in|Also in|During (?:his|her|their|the) stay in)\s+"
    r"(?P<town>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}),"
)

# Who said it, opening the sentence, before the words reported.
_REPORTED_THAT = re.compile(
    r"^[^,;:\"“”]{0,80}?\b(?:said|says|told\s[\w\s]{1,30}?|reported|added|confirmed|stated)"
    r"\s+that\s+$"
)


# "the China-Philippines Bilateral Consultation Mechanism", "the India-Bangladesh Joint
# Consultative Commission": a body named by the pair of countries it is of.
_PAIR_NAMING_A_BODY = re.compile(
    r"\b(?P<first>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[-–](?P<rest>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,4})"
    r"\s+(?:Mechanism|Commission|Committee|Council|Dialogue|Consultations?|Talks|Forum)\b"
)


def _span_text(evidence: Evidence) -> str:
    """The words of the span the evidence points at, or its whole sentence."""
    if evidence.span_start is None or evidence.span_end is None:
        return evidence.sentence
    return evidence.sentence[
        evidence.span_start - evidence.start : evidence.span_end - evidence.start
    ]


def _persons(mention: EventMention) -> list[ActorRef]:
    """The people among a mention's participants (not countries or bodies)."""
    return [p for p in mention.participants if p.kind == "person"]


def _of_a_named_body(span: ActorSpan, frame: Frame) -> bool:
    """ "the leaders of the Coalition of the Willing": a group of an organisation the
    sentence names right after it."""
    offset = frame.sentence.start
    after = frame.sentence.text[span.end - offset :]
    of = re.match(r"\s+of\s+", after)
    if of is None:
        return False
    start = span.end + of.end()
    return any(
        a.kind == "organization" and start <= a.start <= start + len("the ") for a in frame.actors
    )


def _two_sides_named(refs: list[ActorRef]) -> bool:
    """Whether people of two countries or more are among the refs."""
    return len({r.country for r in refs if r.kind == "person" and r.country}) >= 2


def _counterparts(mention: EventMention) -> list[ActorRef]:
    """The people a meeting's subject met, in the order the sentence names them (none for
    other events or without a subject)."""
    if mention.type != EventType.CONSULT or not mention.source:
        return []
    return sorted((a for a in mention.target if a.kind == "person"), key=_named_at)


def _each_after_its_counterpart(people: list[ActorRef], starts: list[int]) -> bool:
    """ "met A in Paris and B in London", "met A on Monday and B on Tuesday": one place or day
    after each of two or more counterparts, before the next one is named."""
    named = [_named_at(a) for a in people]
    if len(named) < 2 or len(starts) != len(named):
        return False
    return all(
        named[k] < start and (k + 1 == len(starts) or start < named[k + 1])
        for k, start in enumerate(starts)
    )


def _day_after_each_group(people: list[ActorRef], starts: list[int]) -> list[int] | None:
    """ "met A and B on Tuesday, and C on Monday": for each counterpart, in their order, the
    index of the first day told after their name, when two days or more each follow a group
    of them and nothing else is dated; else None."""
    named = [_named_at(a) for a in people]
    if len(named) < 2 or len(starts) < 2 or starts[0] < named[0]:
        return None
    groups = []
    for at in named:
        after = [k for k, start in enumerate(starts) if start > at]
        if not after:
            return None
        groups.append(after[0])
    # Every day closes a group of its own.
    return groups if set(groups) == set(range(len(starts))) else None


def _named_at(actor: ActorRef) -> int:
    """Where the sentence names the actor (0 when unknown)."""
    return (actor.evidence.span_start or 0) if actor.evidence is not None else 0


def _separate_meetings(mention: EventMention) -> list[EventMention]:
    """ "meetings with President Xi, Premier Li and Chairman Zhao": one meeting per counterpart."""
    received = _received_by_each(mention) or _listed_one_by_one(mention)
    if received:
        return received
    people = [a for a in mention.target if a.kind == "person"]
    separately = bool(_SEPARATELY.search(mention.evidence.sentence)) or _with_each_in_turn(
        mention, people
    )
    hosts = [a for a in mention.source if a.kind == "person"]
    if (
        len(people) == 1
        and len(hosts) >= 2
        and mention.type == EventType.CONSULT
        and _told_as_separate(mention)
    ):
        # "Chinh and Hue received President Marcos in separate meetings": each of those who
        # received him, one meeting each.
        return [_meeting_with(mention, host, k, hosting=True) for k, host in enumerate(hosts)]
    if separately and len(people) < 2:
        # "met separately with his Japanese and Chinese counterparts".
        people = [a for a in mention.target if a.kind in ("person", "country")]
    if (
        mention.type != EventType.CONSULT
        or (
            mention.trigger.lower() != "meetings"
            and not separately
            and not _counterparts_on_the_sidelines(mention, people)
            and not _counterparts_on_a_tour(mention, people)
            and not _visited_each(mention, people)
            and not _spoken_to_each(mention)
            and not _calls_with_each(mention)
        )
        or len(people) < 2
        or not mention.source
    ):
        return [mention]
    if _counterparts_on_a_tour(mention, people) or _visited_each(mention, people):
        # Each was met in a country of their own: no one place is the place of all of them.
        mention = mention.model_copy(update={"location": None})
    groups = _groups_met_separately(mention, people)
    if groups:
        return [_meeting_with_all(mention, group, k) for k, group in enumerate(groups)]
    return [_meeting_with(mention, person, k) for k, person in enumerate(people)]


def _groups_met_separately(mention: EventMention, people: list[ActorRef]) -> list[list[ActorRef]]:
    """ "held talks with Speaker Mike Johnson, and separately with Majority Leader Chuck
    Schumer and Minority Leader Mitch McConnell": those before "separately with" and those
    after it, a meeting each (none unless both are named and one names two)."""
    found = _AND_SEPARATELY_WITH.search(mention.evidence.sentence)
    if found is None:
        return []
    at = mention.evidence.start + found.start()
    before = [p for p in people if _named_at(p) < at]
    after = [p for p in people if _named_at(p) > at]
    if not before or not after or max(len(before), len(after)) < 2:
        return []
    return [before, after]


_A_MEAL_HOSTED = re.compile(
    r"\b(?:dinner|lunch|luncheon|banquet|breakfast|supper)\s+hosted$", re.IGNORECASE
)


def _a_meal_hosted(frame: Frame) -> bool:
    """ "a dinner hosted by ...": the trigger is the participle of a meal hosted."""
    return bool(
        _A_MEAL_HOSTED.search(frame.sentence.text[: frame.trigger_end - frame.sentence.start])
    )


_MANY_GUESTS = re.compile(
    r"\b(?:leaders|heads|ministers|delegations|delegates|guests|gathering|summit|forum)\b",
    re.IGNORECASE,
)
_AND_SEPARATELY_WITH = re.compile(r",?\s+and\s+separately\s+with\b", re.IGNORECASE)


def _meeting_with_all(mention: EventMention, people: list[ActorRef], k: int) -> EventMention:
    """The k-th of the separate meetings a mention tells: its source with a group of its
    counterparts."""
    participants = _drop_covered_countries([*mention.source, *people])
    return mention.model_copy(
        update={"id": f"{mention.id}.{k}", "target": people, "participants": participants}
    )


def _told_as_separate(mention: EventMention) -> bool:
    """ "received President Marcos in separate meetings": told of the meetings themselves (not
    "Separately, ..." opening the sentence, another piece of news)."""
    sentence = mention.evidence.sentence
    # ("Li Qiang and Zhao Leji met with Stubb respectively": each in a meeting of their own.)
    return any(m.start() > 0 for m in _SEPARATELY.finditer(sentence)) or bool(
        _RESPECTIVELY.search(sentence)
    )


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def _with_each_in_turn(mention: EventMention, people: list[ActorRef]) -> bool:
    """ "met with the Prime Minister of Iceland, Jakobsdóttir, and with the Prime Minister of
    Finland, Orpo": "with" said again for each, one meeting each, when they are of different
    countries."""
    end = mention.evidence.span_end
    if end is None or len(people) < 2:
        return False
    after = mention.evidence.sentence[end - mention.evidence.start :]
    return bool(_WITH_AND_WITH.match(after)) and _each_of_another_country(mention, people)


# "the Presidents of Senegal, ...; Liberia, ...": one office, held in each country listed.
_A_PLURAL_OFFICE_LISTED = re.compile(
    r"\s+the\s+(?:[A-Z]\w+\s+)?(?:Presidents|Prime\s+Ministers|Premiers|Heads\s+of\s+State"
    r"|(?:[A-Z]\w+\s+)?Ministers)\s+of\b"
)


def _listed_one_by_one(mention: EventMention) -> list[EventMention]:
    """ "Sánchez met the Prime Minister of Ukraine, Denys Shmyhal; the President of Panama, José
    Raúl Mulino; ... and a delegation from Serbia": counterparts listed one by one between
    semicolons, each of another country, after the one who met them; one meeting each."""
    start, end = mention.evidence.span_start, mention.evidence.span_end
    if mention.type != EventType.CONSULT or start is None or end is None:
        return []
    after = mention.evidence.sentence[end - mention.evidence.start :]
    if after.count(";") < 2 or _A_PLURAL_OFFICE_LISTED.match(after):
        # ("hosted the Presidents of Senegal, Bassirou Diomaye Faye; Liberia, Joseph Boakai;
        # ...": those of one office together, at one meeting.)
        return []
    hosts = [a for a in _persons(mention) if _named_at(a) < start]
    listed = [
        a for a in mention.participants if _named_at(a) > end and a.kind in ("person", "country")
    ]
    # A country is listed in its own right ("a delegation from Serbia"), not as a person's.
    of_people = {a.country for a in listed if a.kind == "person"}
    listed = [a for a in listed if a.kind == "person" or a.country not in of_people]
    countries = [a.country for a in listed if a.country is not None]
    own = {a.country for a in hosts}
    if (
        len(hosts) != 1
        or len(listed) < 3
        or len(set(countries)) != len(countries)
        or own & set(countries)
    ):
        return []
    return [
        _meeting_with(mention.model_copy(update={"source": hosts}), guest, k)
        for k, guest in enumerate(listed)
    ]


def _received_by_each(mention: EventMention) -> list[EventMention]:
    """ "he was received by Wang Yi, who runs the party's foreign affairs office, and then by
    Xi Jinping": a passive with its agents named in turn tells a meeting with each."""
    start, end = mention.evidence.span_start, mention.evidence.span_end
    if mention.type != EventType.CONSULT or start is None or end is None:
        return []
    after = mention.evidence.sentence[end - mention.evidence.start :]
    if not _BY_AND_THEN_BY.match(after):
        return []
    people = _persons(mention)
    guests = [a for a in people if _named_at(a) < start]
    # (Not "welcomed by Popsoi, and by the U.S. Ambassador, Kent Logsdon": the guest's own
    # envoy is at his side, not a host of another meeting.)
    agents = [
        a for a in people if _named_at(a) > end and a.country not in {g.country for g in guests}
    ]
    if len(agents) < 2 or not guests:
        return []
    if not _BY_AND_THEN_BY_SAID.match(after) and _PLACE_OR_TIME_OF_ITS_OWN.search(
        after[after.rfind(" by ") :]
    ):
        # "received by Zelensky in Kyiv on 6 October and by Putin in St Petersburg five days
        # later": the second meeting's place and day are its own, which one mention cannot
        # carry beside the first's.
        return []
    return [
        mention.model_copy(
            update={
                "id": f"{mention.id}.{k}",
                "source": [agent],
                "target": guests,
                "participants": [*guests, agent],
            }
        )
        for k, agent in enumerate(sorted(agents, key=_named_at))
    ]


_BY_AND_THEN_BY = re.compile(
    # (Or "received in Vienna by Van der Bellen and by Chancellor Stocker": "by" said again.)
    r"^(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    r"\s+by\s+[A-Z][^.;]*?\band\s+(?:(?:then|later|afterwards)\b[^.;]*?)?\bby\s+(?:[A-Z]|the\s)"
)
# The same with "then": the two meetings told apart in time.
_BY_AND_THEN_BY_SAID = re.compile(
    r"^\s+by\s+[A-Z][^.;]*?\band\s+(?:then|later|afterwards)\b[^.;]*?\bby\s+(?:[A-Z]|the\s)"
)
_PLACE_OR_TIME_OF_ITS_OWN = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?[A-Z]|\b(?:days?|weeks?|hours?)\s+later\b|\bon\s+(?:\d|[A-Z])"
)


def _spoken_to_each(mention: EventMention) -> bool:
    """ "had spoken to Kagame and to Tshisekedi": a conversation with each, the preposition
    said again for the second; so are "held back-to-back meetings with Zhaparov and with
    Rahmon"."""
    start = mention.evidence.span_start
    sentence = mention.evidence.sentence
    after = sentence[start - mention.evidence.start :] if start is not None else sentence
    found = _PREPOSITION_AGAIN.search(after)
    if found is None:
        return False
    return (
        mention.mode == "phone"
        or mention.trigger.lower() in _CONVERSATION_VERBS
        or found["p"] == "with"
    )


def _calls_with_each(mention: EventMention) -> bool:
    """ "held telephone conversations with Presidents Tshisekedi and Kagame": a call with each."""
    if mention.mode != "phone":
        return False
    if mention.trigger.lower() in ("calls", "conversations"):
        return True
    start = mention.evidence.span_start
    if start is None:
        return False
    return bool(_CALLS_WITH.match(mention.evidence.sentence[start - mention.evidence.start :]))


_CALLS_WITH = re.compile(r"^\S+\s+(?:[\w-]+\s+){0,2}(?:calls|conversations)\s+with\b", re.I)
_CONVERSATION_VERBS = frozenset({"spoke", "spoken", "speaks", "talked", "talks", "phoned"})
_PREPOSITION_AGAIN = re.compile(
    r"^\S+\s+(?:[\w-]+\s+){0,6}?(?P<p>to|with)\s+[^,;]*?\band\s+(?:then\s+|later\s+|also\s+)?"
    r"(?P=p)\s+(?=[A-Z]|the\s)"
)


def _counterparts_on_a_tour(mention: EventMention, people: list[ActorRef]) -> bool:
    """ "a Gulf tour that took him to Saudi Arabia, Qatar and the UAE, where he met Mohammed
    bin Salman, Sheikh Tamim and Mohamed bin Zayed": one meeting in each country."""
    sentence = mention.evidence.sentence
    if mention.mechanism is not None or not _TOUR.search(sentence) or _TOGETHER.search(sentence):
        return False
    if mention.trigger.lower() in _HOSTED:
        # "Frieden received Schoof and De Wever at Senningen Castle, De Wever's first trip
        # abroad": the guests came to one host in one place, the tour is theirs.
        return False
    trigger_at = mention.evidence.span_start
    if trigger_at is not None and any(_named_at(p) < trigger_at for p in people):
        # "when she and Macron met Xi": a counterpart beside the subject met with it.
        return False
    return _each_of_another_country(mention, people)


def _visited_each(mention: EventMention, people: list[ActorRef]) -> bool:
    """ "Faye visited Mali's Col. Assimi Goita and Burkina Faso's Capt. Ibrahim Traore in late
    May": leaders of two countries visited are two visits."""
    sentence = mention.evidence.sentence
    return (
        mention.trigger.lower() in ("visited", "visits")
        and mention.mechanism is None
        and not _TOGETHER.search(sentence)
        # "visited Argentina, where he met Fernandez ..., and Uruguay": the meetings are told
        # with their own places and days.
        and not _WHERE.search(sentence)
        and _each_of_another_country(mention, people)
    )


_WHERE = re.compile(r"\bwhere\b")
_HOSTED = frozenset({"received", "receives", "welcomed", "welcomes", "hosted", "hosts"})
_TOUR = re.compile(r"\b(?:tour|trip|swing)\b|\brespectively\b", re.IGNORECASE)
_TOGETHER = re.compile(r"\b(?:together|jointly|trilateral|joint)\b", re.IGNORECASE)


_AT_ONE_TABLE = frozenset({"sat", "sit", "sits", "sitting"})
_ONE_MEETING_OF_ALL = re.compile(
    r"\b(?:trilateral|three-way|(?:brought|brings|bringing|bring)\s+together)\b", re.IGNORECASE
)


def _counterparts_on_the_sidelines(mention: EventMention, people: list[ActorRef]) -> bool:
    """ "On the sidelines of the summit, Yunus also met Oli of Nepal and Min Aung Hlaing of
    Myanmar": bilaterals beside a gathering, one per counterpart's country."""
    sentence = mention.evidence.sentence
    if mention.mechanism is not None or mention.trigger.lower() in _AT_ONE_TABLE:
        # "Carney sat down with Frederiksen, Frostadóttir, Støre and Kristersson": one table.
        return False
    if _ONE_MEETING_OF_ALL.search(sentence):
        # "brought together Rubio and al-Shaibani for a trilateral meeting on the margins of
        # ...": one meeting of all of them. (Not "also met Mirzoyan on the sidelines and,
        # together with the other ministers, Erdogan": two.)
        return False
    if not _SIDELINES.search(sentence) and not _also_met(mention):
        return False
    return _each_of_another_country(mention, people)


def _also_met(mention: EventMention) -> bool:
    """ "He also met Bangladesh's interim leader Yunus and Nepal's Prime Minister Oli":
    meetings beside the one the article told before, one per person met."""
    start = mention.evidence.span_start
    if start is None or mention.trigger.lower() not in ("met", "meets"):
        return False
    sentence = mention.evidence.sentence
    before = sentence[: start - mention.evidence.start]
    return bool(_ALSO_BEFORE.search(before)) and not _TOGETHER.search(sentence)


def _each_of_another_country(mention: EventMention, people: list[ActorRef]) -> bool:
    """Each counterpart from a country of their own, none from the subject's."""
    own = {a.country for a in mention.source}
    countries = [p.country for p in people]
    return (
        None not in countries and len(set(countries)) == len(countries) and not own & set(countries)
    )


def _meeting_with(
    mention: EventMention, person: ActorRef, k: int, *, hosting: bool = False
) -> EventMention:
    """The k-th of the separate meetings a mention tells: its source with one counterpart (or,
    `hosting`, one of its sources with its counterpart)."""
    if hosting:
        mention = mention.model_copy(update={"source": [person]})
        person = mention.target[0]
    participants = _drop_covered_countries([*mention.source, person])
    sides = {a.country for a in participants if a.country}
    mode = mention.mode if mention.mode != "multilateral" or len(sides) >= 3 else None
    return mention.model_copy(
        update={
            "id": f"{mention.id}.{k}",
            "target": [person],
            "participants": participants,
            "mode": mode,
        }
    )


def _elsewhere(a: EventMention, b: EventMention) -> bool:
    """ "who had received Putin in Beijing in May, met him again in Astana": two places, two
    occasions."""
    return bool(
        a.location is not None
        and b.location is not None
        and a.location.name.lower() != b.location.name.lower()
    )


def _same_people(mention: EventMention, consults: list[EventMention]) -> list[EventMention]:
    """The sentence's other meetings of the same status between exactly the same people (not
    "Scholz held talks with Li, who visited Berlin on June 20 last year")."""
    keys = {a.key for a in mention.participants}
    return [
        p
        for p in consults
        if p.id != mention.id
        and p.status == mention.status
        and keys == {a.key for a in p.participants}
    ]


def _dated_by_the_report(date: DateValue) -> bool:
    """A day the sentence does not give: the report's, or that of the occasion the meeting
    is taken to be part of."""
    return date.basis.startswith(REPORT_DATE_BASIS) or "date of the same occasion" in date.basis


def _placed_by_the_report(location: Location | None) -> bool:
    """A place the sentence does not give: the dateline's, the article's, or that of the
    occasion the meeting is taken to be part of."""
    return location is not None and (
        location.basis in ("dateline", "article") or location.basis.startswith("the same occasion")
    )


# "his guest", "her Senegalese host", "his visitors": the other side of a meeting.
_GUEST_OR_HOST = re.compile(r"\s+(?:[A-Z][\w-]+\s+)?(?:guests?|hosts?|visitors?)\b")


# "met Lourenço on March 11, a meeting that followed his separate talks with Tshisekedi".
# "held formal talks with Putin at the Kremlin, a day after the two men spent hours in
# informal talks over dinner".
# "Before the summit, Carney hosted Starmer in Ottawa": what came before the occasion told.
_BEFORE_AN_OCCASION = re.compile(r"(?i:before|prior to|ahead of)\b")
_SEQUENCE = re.compile(
    # "The summit was the first ... since Biden met Putin in Geneva in June 2021".
    r"\b(?:follow(?:s|ed|ing)|precede[sd]|c(?:ame|omes)\s+after|c(?:ame|omes)\s+before|since|"
    # "the first personal encounter ..., after their telephone conversation of last Monday".
    r"(?:after|before)\s+(?:their|his|her)|"
    r"(?:a|the|one|two|three|\d+)\s+days?\s+(?:after|before)|"
    # "received Kishida on May 3, and weeks later he hosted Lavrov".
    r"(?:days|weeks|months|years)\s+later)\b",
    re.IGNORECASE,
)


def _told_in_sequence(a: EventMention, b: EventMention) -> bool:
    """Whether the words between the two triggers set one after the other: two occasions."""
    return _set_in_sequence(a.evidence, b.evidence)


def _set_in_sequence(a: Evidence, b: Evidence) -> bool:
    """Whether the words between two triggers of a sentence set one after the other."""
    first, second = sorted((a, b), key=lambda e: e.span_start or 0)
    if first.span_end is None or second.span_start is None:
        return False
    between = first.sentence[first.span_end - first.start : second.span_start - first.start]
    return bool(_SEQUENCE.search(between))


# "recalled the talks ...": a meeting told as one someone remembers.
_RECALLED = re.compile(r"\brecall(?:ed|s|ing)\b", re.IGNORECASE)
# ", his first to Russia": whose visit an apposition counts it as.
_WHOSE_NTH = re.compile(r"\s+(?:first|second|third|fourth|fifth|latest|last)\b", re.IGNORECASE)


def _set_off_as_whose_nth(span: ActorSpan, frame: Frame) -> bool:
    text = frame.sentence.text
    before = text[: span.start - frame.sentence.start].rstrip()
    return before.endswith(",") and bool(_WHOSE_NTH.match(text, span.end - frame.sentence.start))


def _share_within_sentence(mentions: list[EventMention]) -> list[EventMention]:
    """ "India and the US held the dialogue on Friday, with X hosting Y": two triggers, one
    meeting. Meetings of one sentence and status lend each other a missing date, place or
    mechanism."""
    mentions = [_host_named_beside(m, mentions) for m in mentions]
    mentions = [_dated_by_the_meeting_beside(m, mentions) for m in mentions]
    consults = [m for m in mentions if m.type == EventType.CONSULT]
    if len(consults) < 2:
        return mentions
    shared: list[EventMention] = []
    for mention in mentions:
        if mention.type == EventType.CONSULT:
            keys = {a.key for a in mention.participants}
            peers = [
                p
                for p in consults
                if p.id != mention.id
                and p.status == mention.status
                and keys & {a.key for a in p.participants}
                and not _elsewhere(p, mention)
                and not _dates_disagree(p.date, mention.date)
                and not _told_in_sequence(p, mention)
            ]
            update: dict[str, object] = {}
            for field in ("date", "location"):
                if getattr(mention, field) is None:
                    donor = next((p for p in peers if getattr(p, field) is not None), None)
                    if donor is not None:
                        update[field] = getattr(donor, field)
                        if field == "date":
                            update["date_evidence"] = donor.date_evidence
            if _placed_by_the_report(mention.location):
                # "Some 800 km away, Xi held formal talks with Putin at the Kremlin, a day
                # after the two men spent hours in informal talks over dinner": the place its
                # sentence gives the same people's other meeting, not the dateline's, even
                # when the two are told one after the other.
                donor = next(
                    (
                        p
                        for p in _same_people(mention, consults)
                        if p.location and not _placed_by_the_report(p.location)
                    ),
                    None,
                )
                if donor is not None:
                    update["location"] = donor.location
            if mention.date is not None and _dated_by_the_report(mention.date):
                # "last spoke on May 16 in Tirana, ..., where they had a brief conversation":
                # the day the sentence gives the same people's meeting, not the report's.
                donor = next(
                    (
                        p
                        for p in _same_people(mention, consults)
                        if not _elsewhere(p, mention.model_copy(update=update))
                        and not _told_in_sequence(p, mention)
                        and p.date is not None
                        and not _dated_by_the_report(p.date)
                    ),
                    None,
                )
                if donor is not None:
                    update["date"] = donor.date
                    update["date_evidence"] = donor.date_evidence
            mention = mention.model_copy(update=update) if update else mention
        shared.append(mention)
    return shared


def _dated_by_the_meeting_beside(
    mention: EventMention, mentions: list[EventMention]
) -> EventMention:
    """ "Top diplomats of Morocco, Burkina Faso, Chad, Mali and Niger agreed to boost
    cooperation at a ministerial coordination meeting held in Marrakech on Saturday": what was
    agreed or said at a meeting its own sentence dates is dated by it."""
    if mention.type == EventType.CONSULT or mention.date is not None:
        return mention
    keys = {p.key for p in mention.participants}
    donor = next(
        (
            m
            for m in mentions
            if m.type == EventType.CONSULT
            and m.status == Status.OCCURRED
            and mention.status == Status.OCCURRED
            and m.date is not None
            and keys
            and keys <= {p.key for p in m.participants}
            # (Not one recalled: "The two leaders, who last met in San Francisco in
            # November, agreed ...".)
            and not _recalled_in_its_clause(m)
        ),
        None,
    )
    if donor is None or donor.date is None:
        return mention
    date = donor.date.model_copy(
        update={"basis": donor.date.basis + "; date of the meeting in its sentence"}
    )
    return mention.model_copy(update={"date": date, "date_evidence": donor.date_evidence})


def _recalled_in_its_clause(meeting: EventMention) -> bool:
    """Whether the words of the meeting's clause before its trigger recall it ("who last
    met", "had met")."""
    evidence = meeting.evidence
    if evidence.span_start is None:
        return False
    before = evidence.sentence[: evidence.span_start - evidence.start]
    clause = before[before.rfind(",") + 1 :]
    return _RECALLED_BEFORE.search(clause) is not None


def _host_named_beside(visit: EventMention, mentions: list[EventMention]) -> EventMention:
    """ "Xi visited Dhaka in October 2016 ... and signed agreements worth billions of dollars
    with Hasina": the country visited is hosted by the person of it whom the visitor did
    something with in the same sentence."""
    if visit.type != EventType.CONSULT or visit.mode != "visit":
        return visit
    people = {p.key for p in visit.participants if p.kind == "person"}
    visited = [p for p in visit.participants if p.kind == "country"]
    if len(people) != 1 or len(visited) != 1:
        return visit
    hosts = {
        p.key: p
        for m in mentions
        if m.id != visit.id
        and m.status == visit.status
        and people <= {a.key for a in m.participants}
        for p in m.participants
        if p.kind == "person" and p.country == visited[0].country and p.key not in people
    }
    if len(hosts) != 1:
        return visit
    [host] = hosts.values()
    participants = [host if p is visited[0] else p for p in visit.participants]
    return visit.model_copy(update={"participants": participants})


def _is_gathering(frame: Frame, mechanism: MechanismRef | None) -> bool:
    """A summit or forum is an event even when the sentence names one member only."""
    return frame.mode == "multilateral" and (mechanism is not None or bool(frame.places))


def _inherit_countries(actors: list[ActorRef]) -> list[ActorRef]:
    """ "Japanese Foreign Minister X and Defense Minister Y": Y's country is X's."""
    result: list[ActorRef] = []
    previous: ActorRef | None = None
    for actor in actors:
        if (
            actor.kind == "person"
            and actor.country is None
            and actor.office
            and previous is not None
            and previous.kind == "person"
            and previous.country
        ):
            actor = actor.model_copy(
                update={
                    "country": previous.country,
                    "basis": actor.basis + "; country of the official named with them",
                }
            )
        result.append(actor)
        previous = actor
    return result


def _distinct(actors: list[ActorRef]) -> list[ActorRef]:
    seen: dict[str, ActorRef] = {}
    for actor in actors:
        if actor.key not in seen or (not seen[actor.key].office and actor.office):
            seen[actor.key] = actor
    return list(seen.values())


def _drop_covered_countries(actors: list[ActorRef]) -> list[ActorRef]:
    """A country is redundant beside a person of that country ("Wang Yi ... China")."""
    people_countries = {a.country for a in actors if a.kind == "person" and a.country}
    return [a for a in actors if not (a.kind == "country" and a.country in people_countries)]


def _distance(match: MechanismMatch, trigger_at: int) -> int:
    if match.start <= trigger_at < match.end:
        return 0
    return min(abs(match.start - trigger_at), abs(match.end - trigger_at))


def _rivals(frame: Frame, other: Frame) -> bool:
    """Two meetings of one sentence with different counterparts ("met Xi before holding the
    summit with Li"); triggers that share or nest their people tell of one meeting."""
    if other is frame or frame.type != EventType.CONSULT or other.type != EventType.CONSULT:
        return False
    mine = {a.text for a in frame.actors if a.kind == "person"}
    theirs = {a.text for a in other.actors if a.kind == "person"}
    return bool(mine and theirs) and not (mine <= theirs or theirs <= mine)


def _closest_to(
    mechanisms: list[MechanismMatch], trigger_at: int, rivals_at: list[int]
) -> list[MechanismMatch]:
    """The mechanisms no other meeting of the sentence is nearer to: in "met Xi before holding
    the 24th EU-China summit with Li", the summit is the holding, not the meeting with Xi."""
    return [
        m
        for m in mechanisms
        if all(_distance(m, trigger_at) <= _distance(m, other) for other in rivals_at)
    ]


def _nearest_mechanism(mechanisms: list[MechanismMatch], trigger_at: int) -> MechanismRef | None:
    """The mechanism named around the trigger ("the 18th round of X" holds "round"), else the
    one named closest to it."""
    if not mechanisms:
        return None

    def distance(match: MechanismMatch) -> int:
        if match.start <= trigger_at < match.end:
            return 0
        return min(abs(match.start - trigger_at), abs(match.end - trigger_at))

    return min(mechanisms, key=distance).ref


_AHEAD = re.compile(r"(?i:next|the\s+coming|coming|tomorrow|later\s+this\s+(?:week|month|year))\b")


def _dated_ahead(frame: Frame) -> bool:
    """A date phrase of the trigger counts forward ("next month", "tomorrow")."""
    offset = frame.sentence.start
    return any(
        _AHEAD.match(frame.sentence.text[start - offset : end - offset].strip())
        for start, end in frame.date_spans
    )


def _status_from_date(status: Status, value: DateValue | None, published: date | None) -> Status:
    """A meeting dated after the article was published has not happened yet."""
    if status != Status.OCCURRED or value is None:
        return status
    if _AHEAD.match(value.raw or ""):
        # "Next week: Rome hosts the conference" is dated by the words, not by a day.
        return Status.PLANNED
    if published is None:
        return status
    day = value.as_date()
    if day is not None and day > published:
        return Status.PLANNED
    if (
        value.day is None
        and value.year is not None
        and value.month is not None
        and (value.year, value.month) > (published.year, published.month)
    ):
        return Status.PLANNED
    return status


def _link_promise(mention: EventMention, siblings: list[EventMention]) -> EventMention:
    """An agreement to meet points at the planned meeting it announces in the same sentence."""
    if mention.type != EventType.AGREE or mention.cameo != "036":
        return mention
    for other in siblings:
        if other.type == EventType.CONSULT and other.status == Status.PLANNED:
            return mention.model_copy(update={"promises": other.id})
    return mention


def _place_name(text: str) -> str:
    return text.removeprefix("the ").strip()


def _about_themselves(source: list[ActorRef], target: list[ActorRef]) -> bool:
    """ "The leaders welcomed the progress made on the rail link": both sides of the meeting
    the article reports, praising their own work together, back no other party. (Leaders
    named in the sentence may back a people the sentence names no party for.)"""
    return (
        not target
        and all(a.basis == "coreference" for a in source)
        and len({a.country for a in source if a.country}) >= 2
    )


def _in_a_part_of_the_country(location: Location) -> bool:
    """ "in southern Israel": a compass word before the country's name."""
    evidence = location.evidence
    if evidence is None or evidence.span_start is None:
        return False
    return bool(_IN_A_PART_OF.search(evidence.sentence[: evidence.span_start - evidence.start]))


def _a_day_within(day: DateValue, period: DateValue) -> bool:
    """ "Last month Michal hosted the summit in Tallinn on December 16-17": a day the sentence
    also gives inside the month it names is the more precise telling of it. (Not a day of
    some other month of a year it names: "a state visit in March 2018 ... and a lunch meeting
    on September 10".)"""
    return (
        period.precision == Precision.MONTH
        and day.precision == Precision.DAY
        and period.year is not None
        and day.year == period.year
        and day.month == period.month
    )


def _group_span(evidence: Evidence) -> ActorSpan:
    """The words naming a group ("the two presidents") as the span of an actor."""
    return ActorSpan(
        text=_span_text(evidence),
        start=evidence.span_start or evidence.start,
        end=evidence.span_end or evidence.end,
        kind="group",
    )
