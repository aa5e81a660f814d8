"""Turn parsed sentences into event frames: trigger, status, connected actors and places."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

from parley.extract.lexicon import Lexicon
from parley.extract.spans import ActorToken, find_actor_tokens, find_place_spans
from parley.extract.triggers import (
    DOCUMENTS,
    OCCASIONS_WITH_SOMEONE,
    SIDELINE_WORDS,
    TriggerHit,
    done_instead,
    find_triggers,
    is_purpose,
    noun_before_a_contact_clause,
    other_heads,
    trigger_status,
    with_someone_to_do,
)
from parley.models import ActorSpan, EventType, Frame, PlaceSpan, Sentence, Status
from parley.nlp.apostrophe_names import join_names_parted_at_an_apostrophe
from parley.nlp.date_entities import part_spans_of_time
from parley.nlp.names_in_article import SurnamesOfArticle

Token = Any

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
# Actor spans a possessive pronoun after them may stand for (a pronoun binds to nothing new).
_BINDING_KINDS = frozenset({"person", "office", "surname", "nominal"})
_CLAUSE_STOP = frozenset(
    {"say", "tell", "note", "add", "state", "stress", "emphasize", "report", "announce",
     "confirm", "reveal", "disclose", "claim", "insist", "warn", "explain", "write", "learn"}
)  # fmt: skip
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_HOMEWARD_VERBS = frozenset({"return", "leave", "depart", "fly"})
_MOTION_VERBS = frozenset(
    {"travel", "go", "come", "arrive", "leave", "head", "fly", "be", "set", "land", "return"}
)
# What a guest is received or invited for ("received Biden for a bilateral meeting").
_SITTINGS = frozenset(
    {"meeting", "talk", "talks", "consultation", "consultations", "dinner", "lunch", "breakfast",
     "session", "summit", "audience"}
)  # fmt: skip
# "the fifth round of talks", "the first session of the dialogue": the occasion and the
# meeting are one, so they share its date.
# "a round of talks", "three hours of talks": the meeting's day is the one its measure is held on.
_OCCASION_NOUNS = frozenset(
    {"round", "edition", "session", "sitting", "leg", "day", "meeting", "hour", "minute"}
)
# A guest's "who paid a visit", "who called on him": the occasion of the meeting itself.
_VISIT_VERBS = frozenset({"pay", "call", "visit", "arrive", "come"})
_SAME_TIME_PREPOSITIONS = frozenset({"in", "during", "at", "while", "amid", "throughout"})
_RECALLING_VERBS = frozenset({"recall", "remember", "recount"})
_CHAIRING_VERBS = frozenset({"chair", "co-chair", "cochair", "host", "co-host", "cohost"})
_LIGHT_VERBS = frozenset(
    {"hold", "have", "conduct", "attend", "host", "co-host", "cohost", "chair", "co-chair",
     "cochair", "be", "open", "begin", "start", "conclude", "end", "wrap", "wind", "take",
     "convene", "join", "pay", "make", "use", "seize", "receive", "get", "place", "accept",
     "undertake", "carry", "return", "close", "inaugurate", "share"}
)  # fmt: skip


def frames_for_sentence(
    doc: Any, sentence: Sentence, article_id: str, lexicon: Lexicon
) -> list[Frame]:
    """Every event frame in one parsed sentence (`doc` holds just that sentence)."""
    # The sentence's words, read once for the trigger conditions and every frame's mode.
    lowered = {t.lower_ for t in doc}
    hits = find_triggers(doc, lexicon, lowered)
    if not hits:
        return []
    actors = find_actor_tokens(doc, sentence.start, lexicon)
    places = find_place_spans(doc, sentence.start)
    frames = [
        _frame(hit, actors, places, doc, sentence, article_id, lexicon, lowered) for hit in hits
    ]
    kept_hits = [
        (hit, frame)
        for hit, frame in zip(hits, frames, strict=True)
        if not _co_hosts_alone(hit, frame)
    ]
    hits, frames = [h for h, _ in kept_hits], [f for _, f in kept_hits]
    hits, frames = _hosts_of_the_gathering(hits, frames)
    frames = _purposes_share_the_trip(hits, frames)
    frames += _signed_together(hits, frames)
    kept = _drop_contained(frames, _met_again(hits))
    return [
        part
        for frame in kept
        for own in _each_partner_on_their_own(frame, doc)
        for turn in _each_in_turn(own)
        for placed in _each_place_on_its_day(turn)
        for part in _each_host_in_their_place(placed)
    ]


def _hosts_of_the_gathering(
    hits: list[TriggerHit], frames: list[Frame]
) -> tuple[list[TriggerHit], list[Frame]]:
    """ "travelled to Washington to attend the first leaders' summit of the partnership, which
    Biden hosted at the White House on Friday": the host of the gathering is at it, and the
    clause on the gathering tells its day and place; one frame, not a summit and a hosting."""
    at = {hit.token.i: n for n, hit in enumerate(hits)}
    folded: dict[int, int] = {}
    for n, hit in enumerate(hits):
        token = hit.token
        if (
            token.dep_ == "relcl"
            and token.lemma_ in _CHAIRING_VERBS
            and (head := _gathering_the_clause_is_on(token)) is not None
            and (gathering := at.get(head.i)) is not None
            and frames[gathering].type == frames[n].type == EventType.CONSULT
            and frames[gathering].status == frames[n].status
        ):
            folded[n] = gathering
    if not folded:
        return hits, frames
    merged = list(frames)
    for n, gathering in folded.items():
        whole, clause = merged[gathering], frames[n]
        spans = {(a.start, a.end) for a in whole.actors}
        merged[gathering] = whole.model_copy(
            update={
                "actors": [
                    *whole.actors,
                    *(a for a in clause.actors if (a.start, a.end) not in spans),
                ],
                "date_spans": clause.date_spans or whole.date_spans,
                "places": clause.places or whole.places,
            }
        )
    kept = [n for n in range(len(frames)) if n not in folded]
    return [hits[n] for n in kept], [merged[n] for n in kept]


def _between_whom_it_was_convened(trigger: Token) -> set[int]:
    """ "the meeting convened in Doha on 18 March by the Amir, between Tshisekedi and Kagame":
    the parser may make the meeting the subject of the participle and hang "between" on it;
    those between whom it was are its sides."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verb = trigger.head
    if verb.pos_ != "VERB" or verb.lemma_ not in _HOLDING_VERBS:
        return set()
    return {
        t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "between" for t in c.subtree
    }


def _gathering_the_clause_is_on(clause: Token) -> Token | None:
    """The gathering a relative clause tells of, past the description set beside it ("the
    summit of the partnership, a U.S.-led initiative on trade, which Biden hosted")."""
    node = clause.head
    for _ in range(7):
        if node.lemma_ in _GATHERING_NOUNS:
            return node
        if node.dep_ not in ("pobj", "prep", "appos", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _co_hosts_alone(hit: TriggerHit, frame: Frame) -> bool:
    """ "a welcoming ceremony jointly hosted by Sulyok and Orban": the hosts of something, told
    together, with no guest named, held no meeting with each other."""
    token = hit.token
    return (
        frame.type == EventType.CONSULT
        and token.lemma_ in ("host", "co-host", "cohost")
        and any(c.dep_ == "advmod" and c.lower_ in ("jointly", "together") for c in token.children)
        and not any(a.role == "target" for a in frame.actors)
    )


# "... at Baabda on Monday morning and then Parliament Speaker Nabih Berri at Ain el-Tineh":
# what lies between the first place and the next one met.
_AND_THEN = re.compile(r"\band\s+(?:then|later|afterwards|subsequently)\b")


def _each_host_in_their_place(frame: Frame) -> list[Frame]:
    """ "Barrack met President Aoun at Baabda on Monday morning and then Speaker Berri at Ain
    el-Tineh": one meeting verb told of two meetings in turn, each host in their own place; one
    frame for each (the second on the first one's day unless it has its own)."""
    if frame.type != EventType.CONSULT or len(frame.places) != 2:
        return [frame]
    first, second = sorted(frame.places, key=lambda p: p.start)
    hosts = [a for a in frame.actors if a.role == "target" and a.kind == "person"]
    before = [a for a in hosts if a.end <= first.start]
    after = [a for a in hosts if first.end <= a.start and a.end <= second.start]
    if len(before) != 1 or len(after) != 1 or len(hosts) != 2:
        return [frame]
    text, offset = frame.sentence.text, frame.sentence.start
    if not _AND_THEN.search(text[first.end - offset : after[0].start - offset]):
        return [frame]
    guests = [a for a in frame.actors if a.role != "target"]
    own_days = [d for d in frame.date_spans if d[0] >= after[0].start]
    return [
        frame.model_copy(
            update={
                "actors": [*guests, before[0]],
                "places": [first],
                "date_spans": [d for d in frame.date_spans if d[1] <= after[0].start],
            }
        ),
        frame.model_copy(
            update={
                "actors": [*guests, after[0]],
                "places": [second],
                "date_spans": own_days or frame.date_spans,
            }
        ),
    ]


def _people_met(frame: Frame) -> list[ActorSpan]:
    """The people the frame's subject met, in the order the sentence names them."""
    return sorted(
        (a for a in frame.actors if a.role == "target" and a.kind == "person"),
        key=lambda a: a.start,
    )


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# "11 and 12 November": two days of one month; the second from its number on.
_TWO_DAYS = re.compile(r"^\d{1,2}\s+and\s+(?P<second>\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)$")


def _each_in_turn(frame: Frame) -> list[Frame]:
    """ "travelled on 11 and 12 November to Kigali and Kinshasa, respectively, where he held
    talks with Presidents Paul Kagame and Félix Tshisekedi": two places told "respectively",
    each with the partner told in the same turn (and the day, when two are told)."""
    if (
        frame.type != EventType.CONSULT
        or len({p.text for p in frame.places}) != 2
        or len(frame.places) != 2
        or not _RESPECTIVELY.search(frame.sentence.text)
    ):
        return [frame]
    partners = _people_met(frame)
    if len(partners) != 2:
        return [frame]
    first_place, second_place = sorted(frame.places, key=lambda p: p.start)
    others = [a for a in frame.actors if a.start not in (partners[0].start, partners[1].start)]
    second_days = frame.date_spans
    if len(frame.date_spans) == 1:
        start, end = frame.date_spans[0]
        offset = frame.sentence.start
        two = _TWO_DAYS.match(frame.sentence.text[start - offset : end - offset])
        if two is not None:
            second_days = [(start + two.start("second"), end)]
    return [
        frame.model_copy(update={"actors": [*others, partners[0]], "places": [first_place]}),
        frame.model_copy(
            update={
                "actors": [*others, partners[1].model_copy()],
                "places": [second_place],
                "date_spans": second_days,
            }
        ),
    ]


# A day counted from another ("a month later", "the following day").
_COUNTED = re.compile(r"\b(?:later|after|before|earlier|following|next|previous)\b", re.I)
# "... and with Prime Minister Gunawardena": a second partner told with a "with" of their own.
_AND_WITH = re.compile(r"\band\s+(?:then\s+|later\s+|again\s+|also\s+)?with\s")


def _each_partner_on_their_own(frame: Frame, doc: Any) -> list[Frame]:
    """ "Xi met with Wickremesinghe in Beijing last October and with Prime Minister Gunawardena
    in March", "held talks with Modi in New Delhi in December and with Xi in Beijing a month
    later": one meeting verb told of two meetings, each partner with a "with", a day or a
    place of their own; one frame for each. (Not "met with Modi and with Xi on Monday", which
    gives the second partner nothing of their own.)"""
    if frame.type != EventType.CONSULT:
        return [frame]
    partners = _people_met(frame)
    if len(partners) != 2 or not any(a.role == "source" for a in frame.actors):
        return [frame]
    first, second = partners
    text, offset = frame.sentence.text, frame.sentence.start
    if not _AND_WITH.search(text[first.end - offset : second.start - offset]):
        return [frame]
    # The second partner's phrase runs to the end of its clause.
    stop = next(
        (offset + k for k in range(second.end - offset, len(text)) if text[k] in ",;"),
        offset + len(text),
    )
    days = [
        (offset + e.start_char, offset + e.end_char)
        for e in doc.ents
        if _names_a_date(e) and first.end <= offset + e.start_char < stop
    ]
    shared_days = [d for d in frame.date_spans if d[1] <= first.start]
    first_days = [d for d in days if d[1] <= second.start]
    second_days = [d for d in days if d[0] >= second.end]
    shared_places = [p for p in frame.places if p.end <= first.start]
    first_places = [p for p in frame.places if first.end <= p.start and p.end <= second.start]
    second_places = [p for p in frame.places if second.end <= p.start < stop]
    if not ((first_days and second_days) or (first_places and second_places)):
        return [frame]
    if not first_days and not shared_days:
        # "with Li in Beijing and with Wang in Shanghai on Monday": the day told last is both
        # meetings' (not one counted from the first: "... a month later").
        first_days = [
            d for d in second_days if not _COUNTED.search(text[d[0] - offset : d[1] - offset])
        ]
    others = [a for a in frame.actors if a.start not in (first.start, second.start)]
    return [
        frame.model_copy(
            update={
                "actors": [*others, first],
                "places": shared_places + first_places,
                "date_spans": shared_days + first_days,
            }
        ),
        frame.model_copy(
            update={
                "actors": [*others, second.model_copy()],
                "places": second_places or shared_places,
                "date_spans": second_days or shared_days,
            }
        ),
    ]


# "in Moscow on 13 March and in St Petersburg on 11 April": a place, its day, "and", the next.
_PLACE_DAY_AND = re.compile(
    r"^\s*(?:,\s*)?and\s+(?:then\s+|again\s+|later\s+)?"
    # ("and again, with full honours, in Beijing in June 2024": with an aside.)
    r"(?:(?:again|then|later)?,\s*[^,]{1,40},\s*)?(?:in|at)\s+(?:the\s+)?$"
)
# A month named by its name: a day of its own, not one counted from another.
_MONTH_NAME = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)


def _each_place_on_its_day(frame: Frame) -> list[Frame]:
    """ "Witkoff saw Putin in Moscow on 13 March and in St Petersburg on 11 April": one meeting
    verb told of two occasions, each place with its own day; one frame for each."""
    if frame.type != EventType.CONSULT or len(frame.places) != 2 or len(frame.date_spans) != 2:
        return [frame]
    (first, second), (day1, day2) = (
        sorted(frame.places, key=lambda p: p.start),
        sorted(frame.date_spans),
    )
    if not (first.end <= day1[0] and day1[1] <= second.start and second.end <= day2[0]):
        return [frame]
    text, offset = frame.sentence.text, frame.sentence.start
    between = text[day1[1] - offset : second.start - offset]
    if not _PLACE_DAY_AND.match(between):
        return [frame]
    if not all(
        any(c.isdigit() for c in text[s - offset : e - offset])
        or _MONTH_NAME.search(text[s - offset : e - offset])
        for s, e in (day1, day2)
    ):
        # "in Vientiane in October 2024 and again in Lima a month later": the second day
        # counts from the first, which only the whole sentence tells.
        return [frame]
    return [
        frame.model_copy(update={"places": [first], "date_spans": [day1]}),
        frame.model_copy(update={"places": [second], "date_spans": [day2]}),
    ]


def _signed_together(hits: list[TriggerHit], frames: list[Frame]) -> list[Frame]:
    """ "Albanese and Marape signed the Pukpuk Treaty in Canberra today": two people who sign
    a text together in a place the sentence names met to do it, unless the sentence tells of a
    meeting of theirs. (A text can be signed apart, each in their own capital.)"""
    meetings = [f for f in frames if f.type == EventType.CONSULT]
    return [
        frame.model_copy(update={"type": EventType.CONSULT, "cameo": "040", "topic": None})
        for hit, frame in zip(hits, frames, strict=True)
        if frame.type == EventType.AGREE
        and not any(_covers(meeting, frame) for meeting in meetings)
        and hit.token.lemma_ in _SIGNING_TOGETHER
        and hit.token.pos_ == "VERB"
        and _signers(hit.token) == 2
        and frame.places
    ]


def _covers(meeting: Frame, signing: Frame) -> bool:
    """Whether a meeting the sentence tells has all the people the signing has."""
    mine = {(a.start, a.end) for a in meeting.actors}
    return {(a.start, a.end) for a in signing.actors if a.kind == "person"} <= mine


# Putting a text into force side by side ("Meloni and Li Qiang adopted a three-year action
# plan and signed six memoranda").
_SIGNING_TOGETHER = frozenset(
    {"sign", "ink", "co-sign", "countersign", "conclude", "adopt", "initial"}
)


def _signers(verb: Token) -> int:
    """How many people the verb's subject joins ("he and Mr Albanese signed"), with whom it
    signed ("arrived in Baghdad ..., signing a raft of agreements with Prime Minister Sudani");
    none when the subject is not a person ("the foreign ministers of the three countries ...
    signed")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # The participle's subject is the clause's it hangs on.
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects or not _is_a_person(subjects[0]):
        return 0
    joined = [subjects[0], *(t for t in subjects[0].subtree if t.dep_ == "conj")]
    # "with" on the verb or on what was signed ("a raft of agreements with ...").
    objects = {verb.i} | {
        t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.pos_ == "NOUN"
    }
    partners = [
        t
        for preposition in verb.subtree
        if preposition.dep_ == "prep"
        and preposition.lower_ == "with"
        and preposition.head.i in objects
        for t in preposition.children
        if t.dep_ == "pobj"
    ]
    return sum(1 for t in [*joined, *partners] if _is_a_person(t))


def _is_a_person(token: Token) -> bool:
    return bool(token.ent_type_ == "PERSON" or token.tag_ == "PRP")


def _purposes_share_the_trip(hits: list[TriggerHit], frames: list[Frame]) -> list[Frame]:
    """ "will make a visit to Seoul from Sunday for talks with Yoon": the talks are what the
    trip is for, so they share its status (the parser may hang "talks" on a later verb)."""
    result = list(frames)
    for n, (hit, frame) in enumerate(zip(hits, frames, strict=True)):
        if not _after_for(hit.token):
            continue
        trips = [
            f
            for f in frames[:n]
            if f.type == EventType.CONSULT and f.mode == "visit" and f.status != frame.status
        ]
        if trips:
            result[n] = frame.model_copy(update={"status": trips[-1].status})
    return result


def _gapped_going(node: Token) -> bool:
    """ "went to Beijing, where he held talks on 16 May, and then to Minsk last week for talks
    with Lukashenko": a second going with its verb left out, in a place and time of its own."""
    return node.dep_ == "conj" and node.pos_ == "ADP" and node.head.lemma_ in _MOTION_VERBS


def _second_going_after(trigger: Token) -> int | None:
    """ "went to Baku to see Aliyev and, on 25 March, to Yerevan": where the "and" stands after
    which a second going, its verb left out, has a day and a place of its own. The parser hangs
    them on the going (or the place on the day), never on the first errand."""
    going = trigger.head
    if (
        trigger.dep_ not in ("advcl", "xcomp")
        or going.lemma_ not in _MOTION_VERBS
        or going.i > trigger.i
    ):
        return None
    onward = [
        t
        for t in going.subtree
        if t.lower_ == "to"
        and t.pos_ == "ADP"
        and t.i > trigger.right_edge.i
        and (t.head.i == going.i or (t.dep_ == "conj" and t.head.head.i == going.i))
        and any(c.dep_ == "pobj" for c in t.children)
    ]
    if not onward:
        return None
    joint = next(
        (t for t in trigger.doc[trigger.i : onward[0].i] if t.dep_ == "cc" and t.lower_ == "and"),
        None,
    )
    return joint.i if joint is not None else None


_TWO_OR_BOTH = re.compile(r"\b(?:two|both)\b", re.IGNORECASE)


def _accompanying(actors: list[ActorToken]) -> set[int]:
    """Where the people named after "accompanied by" start."""
    return {
        a.span.start
        for a in actors
        if any(
            node.dep_ == "agent" and node.head.lemma_ == "accompany" for node in a.root.ancestors
        )
    }


def _with_the_visitor_there(trigger: Token) -> set[int]:
    """The people a where-clause on a visit joins to the visitor as its subject ("where he and
    Ahmed al-Sharaa agreed ...")."""
    if trigger.lemma_ not in _TRIP_NOUNS:
        return set()
    found: set[int] = set()
    for clause in trigger.subtree:
        if clause.dep_ != "relcl" or not any(
            t.dep_ == "advmod" and t.lower_ == "where" for t in clause.subtree
        ):
            continue
        for subject in clause.children:
            if subject.dep_ != "nsubj" or subject.lower_ not in ("he", "she"):
                continue
            for other in subject.children:
                if other.dep_ == "conj" and other.pos_ == "PROPN":
                    found |= _phrase_without_clauses(other)
    return found


def _who_came_along(trigger: Token) -> set[int]:
    """ "made an official visit to Tripoli, accompanied by the Foreign Minister, Antonio
    Tajani": those who come with the visitor are on the visitor's side, not whom the visit is
    to. (The parser may hang the last companion's name on the visit itself.)"""
    verb = trigger.head.head
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("at", "in", "to", "for")
        and verb.lemma_ == "accompany"
        and any(c.dep_ == "auxpass" for c in verb.children)
    ):
        # "He was accompanied at both meetings by Foreign Minister Ertuğruloğlu": who came
        # with him, however the parser hangs the "by".
        return {
            t.i
            for phrase in (*trigger.children, *verb.children)
            if phrase.dep_ in ("prep", "agent") and phrase.lower_ == "by"
            for t in phrase.subtree
        }
    along = [
        c
        for c in trigger.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ == "accompany"
    ]
    if not along:
        return set()
    return {
        t.i
        for c in trigger.children
        if c in along or (c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > along[0].i)
        for t in c.subtree
    }


def _counted_since_someone(actor: Token, trigger: Token) -> bool:
    """ "the first trip to Mexico by a U.S. secretary of state since Antony Blinken met ...":
    whom the count runs from is not on the trip."""
    node = actor
    while node.i != trigger.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ == "since" and node.head.head.i == trigger.i:
            return True
        node = node.head
    return False


def _subject_taken_for_since(trigger: Token, actors: list[ActorToken]) -> list[Any]:
    """ "... since Antony Blinken, accompanied by Mayorkas, met then-President López Obrador":
    the parser takes "since" for a preposition with the subject as its object, and joins the
    verb to the main clause with no subject of its own."""
    if (
        trigger.pos_ != "VERB"
        or trigger.dep_ != "conj"
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    ):
        return []
    doc = trigger.doc
    for actor in actors:
        root = actor.root
        if not (
            root.dep_ == "pobj"
            and root.head.lower_ == "since"
            and root.ent_type_ == "PERSON"
            and root.i < trigger.i
        ):
            continue
        between = doc[root.right_edge.i + 1 : trigger.i]
        if all(t.is_punct for t in between):
            return [actor.span.model_copy(update={"role": "source"})]
    return []


def _after_for(token: Token) -> bool:
    """ "for talks", "for a meeting", "for official talks"."""
    i = token.i - 1
    while i >= 0 and token.doc[i].pos_ in ("DET", "ADJ") and token.i - i <= 2:
        i -= 1
    return i >= 0 and bool(token.doc[i].lower_ == "for")


def _frame(
    hit: TriggerHit,
    actors: list[ActorToken],
    places: list[tuple[PlaceSpan, Token]],
    doc: Any,
    sentence: Sentence,
    article_id: str,
    lexicon: Lexicon,
    lowered: set[str],
) -> Frame:
    token = hit.token
    entry = hit.entry
    # Whoever discusses or welcomes a meeting or an agreement is not its party; whoever
    # "expressed support" is the supporter.
    chosen = _connected_actors(
        token,
        actors,
        meeting=entry.type != EventType.SUPPORT,
        consult=entry.type == EventType.CONSULT,
    )
    if entry.type == EventType.CONSULT:
        chosen.extend(
            a.span.model_copy(update={"role": "target"})
            for a in _listed_on(chosen, actors, lexicon.title_words)
        )
    if not chosen and entry.type == EventType.CONSULT:
        chosen = _partners_of_the_clause(token, actors)
    if entry.type == EventType.CONSULT and not any(a.role == "source" for a in chosen):
        chosen.extend(_subject_taken_for_since(token, actors))
    if entry.type == EventType.CONSULT and not any(a.role == "target" for a in chosen):
        chosen.extend(_partners_during_their_meeting(token, actors))
    if entry.type == EventType.CONSULT:
        chosen.extend(_one_of_those_it_was_done_to(token, actors))
    if entry.type == EventType.CONSULT and any(
        a.kind == "group" and _TWO_OR_BOTH.search(a.text) for a in chosen
    ):
        # "with the two leaders first meeting in a small format, accompanied by Foreign
        # Ministers Gerapetritis and Fidan": the two who met, not those who came with them.
        companions = _accompanying(actors)
        chosen = [a for a in chosen if a.start not in companions]
    if entry.type == EventType.AGREE and any(
        a.role == "source" and a.kind == "group" for a in chosen
    ):
        # "The ministers agreed to admit Greece as an observer": what the sides of the meeting
        # agreed to do names its topic, not who agreed. (One party agreeing alone keeps whom it
        # concerns: "Ethiopia has agreed to re-open its borders to UN peacekeepers".)
        agreed_to = _what_was_agreed_to(token, sentence.start)
        chosen = [a for a in chosen if a.role == "source" or a.start not in agreed_to]
    if entry.type == EventType.SUPPORT and not any(a.role == "target" for a in chosen):
        chosen.extend(_nationality_of_what_is_backed(token, sentence.start))
    mode = entry.mode
    if entry.type == EventType.CONSULT and mode is None and _by_phone(token):
        # "held a phone conversation", "had talks by video link".
        mode = "phone"
    if (
        entry.type == EventType.CONSULT
        and mode is None
        and (
            lowered & lexicon.multilateral_words
            # (Of people named: not "the meeting of the foreign ministers of the Gulf
            # Cooperation Council in Riyadh", a session no one named is said to be at.)
            or (_meeting_of_many(token) and any(a.kind == "person" for a in chosen))
        )
    ):
        mode = "multilateral"
    topic = _topic(token) if entry.type != EventType.CONSULT else None
    where = [
        place
        for place in _connected_places(token, places, sentence.start)
        if not _quoted_apart(doc, token, place.start - sentence.start)
    ]
    when = _connected_dates(token, doc, sentence.start)
    return Frame(
        article=article_id,
        sentence=sentence,
        type=entry.type,
        cameo=_cameo(entry.cameo, entry.type, token),
        mode=mode,
        status=_pledge_made(_in_context(trigger_status(token), token, sentence), token, entry.type),
        trigger=token.text,
        trigger_start=sentence.start + token.idx,
        trigger_end=sentence.start + token.idx + len(token.text),
        actors=chosen,
        places=where,
        topic=topic,
        date_spans=when,
        # How long something lasted ("a five-day visit") is not a date, but it tells that the
        # sentence times its events itself.
        sentence_has_dates=any(
            _names_a_date(e) or _LENGTH_OF_TIME.fullmatch(e.text) for e in doc.ents
        ),
        dates_only_in_asides=_dates_only_in_asides(token, doc),
        anaphoric=(_is_anaphoric(token, chosen) and _own_parties(token, actors) < 2)
        or _that_meeting_brought_together(token)
        or (
            entry.type == EventType.CONSULT
            and not where
            and not when
            and _also_talked(token, chosen)
        ),
        people=[a.span for a in actors if a.span.kind == "person"],
        traveller_unsaid=entry.type == EventType.CONSULT
        and not any(a.role == "source" for a in chosen)
        and any(a.kind == "person" for a in chosen)
        and _a_stop_on_a_journey(token),
    )


# "Question: Are there any plans ...?", "Did Putin meet Xi?": a yes-no question asserts
# nothing ("When did they last meet?" takes the meeting as given).
_QUESTION = re.compile(
    r"^(?:(?:question|q)\s*[:.\-–]\s*)?(?:are|is|was|were|do|does|did|will|would|can|could|"
    r"has|have|had|should)\b[^?]*\?[\s\"'”’)]*$",
    re.IGNORECASE,
)


_REPORTING_VERBS = frozenset(
    {"say", "tell", "stress", "assure", "affirm", "reaffirm", "pledge", "promise", "add", "state"}
)


def _pledge_made(status: Status, token: Token, event_type: EventType) -> Status:
    """ "China will firmly support Kazakhstan", "we will continue to back Ukraine": a pledge
    of support is support stated now, not support to come."""
    if (
        event_type == EventType.SUPPORT
        and status == Status.HYPOTHETICAL
        and token.head.lower_ == "likely"
        and token.dep_ == "xcomp"
    ):
        # "He said he was likely to back Britain's agreement": support stated, if guarded.
        return Status.OCCURRED
    if event_type != EventType.SUPPORT or status not in (Status.PLANNED, Status.HYPOTHETICAL):
        return status
    # (A pledge not to is negated already, never planned.)
    # ("will continue to support", "will keep supporting".)
    verb = (
        token.head if token.dep_ == "xcomp" and token.head.lemma_ in ("continue", "keep") else token
    )
    if token.pos_ != "VERB":
        return status
    if status == Status.PLANNED:
        pledged = any(
            c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children
        )
    else:
        # "Amherd said Switzerland would continue to support Ukraine": the same pledge, told
        # in reported speech.
        pledged = (
            any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
            and verb.dep_ == "ccomp"
            and verb.head.lemma_ in _REPORTING_VERBS
            and verb.head.tag_ == "VBD"
            # ("would support Moldova if it asked": on a condition.)
            and not any(t.lower_ in ("if", "unless") for t in verb.subtree)
        )
    # Who pledges and whom: "which will support cooperation" is a plan's purpose, and "will
    # back it" or "will support its success" leaves unsaid what is backed.
    by_someone = any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)
    named = [
        c
        for c in token.children
        if c.dep_ == "dobj"
        and c.pos_ in ("PROPN", "NOUN")
        and not any(p.dep_ == "poss" and p.tag_ == "PRP$" for p in c.children)
    ]
    if token.lemma_ == "stand":
        # "Turkey would continue to stand by Azerbaijan", "will stand with Sri Lanka".
        named += [
            o
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in ("with", "by", "behind")
            for o in c.children
            if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")
        ]
    return Status.OCCURRED if pledged and by_someone and named else status


def _in_context(status: Status, token: Token, sentence: Sentence) -> Status:
    """The trigger's status, corrected by what the sentence around it says."""
    status = _unless_asked(status, sentence.text)
    if status != Status.OCCURRED:
        return status
    if _DENIED.search(sentence.text):
        # "a report that the diplomats had met in Kampala ... 'No such meeting took place'".
        return Status.NEGATED
    if _under_discussion(token) or _offered_to_host(token):
        return Status.PLANNED
    if sentence.index > 0 and _scheduled_in_the_present(token):
        return Status.PLANNED
    return status


_DENIED = re.compile(
    r"\bno such (?:meeting|talks|contact|visit|encounter|conversation|call)\b", re.IGNORECASE
)
_DISCUSSING_VERBS = frozenset(
    {"discuss", "consider", "plan", "prepare", "negotiate", "explore", "mull", "study",
     "arrange", "work"}
)  # fmt: skip


def _under_discussion(token: Token) -> bool:
    """ "A visit by Raisi to Pakistan is now being discussed": arranged, not made."""
    verb = token.head
    return bool(
        token.dep_ == "nsubjpass"
        and verb.lemma_ in _DISCUSSING_VERBS
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)
    )


_OFFERING_VERBS = frozenset({"propose", "offer", "plan", "hope", "want", "seek", "intend"})
_HOSTING_VERBS = frozenset({"host", "hold", "organize", "organise", "convene"})


def _offered_to_host(token: Token) -> bool:
    """ "the second Gulf Cooperation Council-Central Asia summit, which Uzbekistan has proposed
    to host in Samarkand": a meeting someone offers to hold is not yet held."""
    return any(
        clause.dep_ == "relcl"
        and clause.lemma_ in _OFFERING_VERBS
        and any(c.dep_ == "xcomp" and c.lemma_ in _HOSTING_VERBS for c in clause.children)
        for clause in token.children
    )


_SCHEDULE_DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow"}
)


def _scheduled_in_the_present(token: Token) -> bool:
    """ "Biden travels on Friday to Bethlehem to meet Abbas", "on Thursday holds talks with
    Lapid": the simple present (or the progressive) with a weekday is a schedule in the body
    of a report (its headline uses the present for what has happened)."""
    verb = token
    if verb.dep_ == "dobj" or is_purpose(verb):
        verb = verb.head
    elif verb.dep_ == "nsubj" and verb.head.lemma_ in _BOUNDING_VERBS:
        # "The visit closes Friday evening with a gala dinner".
        verb = verb.head
    # "Turkish and Iraqi ministers are meeting in Ankara on Thursday": so is the progressive.
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re", "am") for c in verb.children
    )
    if (verb.tag_ not in ("VBZ", "VBP") and not progressive) or verb.lemma_ in (
        "say",
        "be",
        "have",
    ):
        return False
    days = [
        t
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod")
        for t in ([c] if c.dep_ == "npadvmod" else [g for g in c.children if g.dep_ == "pobj"])
    ]
    # ("Friday evening": the day may be the part of the day's modifier.)
    return any(
        w.lower_ in _SCHEDULE_DAYS
        for t in days
        for w in (t, *(g for g in t.children if g.dep_ == "compound"))
    )


def _unless_asked(status: Status, sentence: str) -> Status:
    if status == Status.OCCURRED and _QUESTION.match(sentence):
        return Status.HYPOTHETICAL
    return status


_PHONE_WORDS = frozenset({"phone", "telephone", "telephonic", "video", "videoconference"})


def _by_phone(trigger: Token) -> bool:
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "prep", "npadvmod")]
    # (Not "met in Quezon City, their first meeting since their phone call": the occasion
    # counted from.)
    since = {t.i for c in objects for s in c.subtree if s.lower_ == "since" for t in s.subtree}
    words = {t.lower_ for c in objects for t in c.subtree if t.i not in since} | {trigger.lower_}
    words |= {c.lower_ for c in trigger.children if c.dep_ in ("compound", "amod")}
    return bool(words & _PHONE_WORDS)


_GATHERED_OFFICES = frozenset(
    {"heads", "leaders", "ministers", "presidents", "premiers", "chiefs", "representatives"}
)


_GATHERED_STATES = frozenset({"countries", "states", "nations", "neighbours", "neighbors"})


def _meeting_of_many(trigger: Token) -> bool:
    """ "The Seventh Consultative Meeting of the Heads of State of Central Asia", "a meeting of
    the foreign ministers of Pakistan, China, Iran and Russia", "the Foreign Ministers' Meeting
    among the Neighboring Countries of Afghanistan": a meeting of the holders of an office in
    many countries, or of many countries, is a gathering (not "a meeting of the two foreign
    ministers", nor of those of two countries)."""
    if trigger.lemma_.lower() not in ("meeting", "session", "gathering"):
        return False
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "among"):
            continue
        for office in prep.children:
            if office.dep_ == "pobj" and office.lower_ in _GATHERED_OFFICES | _GATHERED_STATES:
                words = list(office.subtree)
                countries = [
                    t for t in words if t.ent_iob_ == "B" and t.ent_type_ in ("GPE", "NORP")
                ]
                return len(countries) != 2 and not any(t.lower_ in ("two", "both") for t in words)
    return False


def _when_something_else_happened(trigger: Token) -> set[int]:
    """ "received by Güler, a scene unthinkable when Turkish drones were pushing Haftar's
    forces back from Tripoli": a when-clause whose subject is no one who could have met
    (not "last met when Trump visited Ahmedabad")."""
    return {
        t.i
        for c in trigger.children
        if c.dep_ == "advcl"
        and any(g.lower_ == "when" for g in c.children)
        and any(
            s.dep_ in ("nsubj", "nsubjpass")
            and s.pos_ == "NOUN"
            and s.ent_type_ not in ("PERSON", "NORP", "GPE", "ORG")
            and s.lemma_ not in _PEOPLE_WORDS
            for s in c.children
        )
        for t in c.subtree
    }


def _leading_when_clause(trigger: Token) -> set[int]:
    """ "When Wickremesinghe went to New Delhi and signed a vision with Modi, he met Xi in
    Beijing three months later": a when-clause told before the meeting, with a verb and a
    subject of its own, tells another occasion when the meeting has a time of its own; its
    people are not the meeting's (its subject may be whom "he" names, which the pronoun
    tells). Without one it tells the meeting's occasion ("when President Faye visited Accra
    in May, the two leaders had spoken at length")."""
    found: set[int] = set()
    for clause in trigger.children:
        if not (
            clause.dep_ == "advcl"
            and clause.i < trigger.i
            and any(g.lower_ == "when" and g.i < clause.i for g in clause.children)
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in clause.children)
            and any(g.dep_ == "nsubj" for g in trigger.children)
        ):
            continue
        inside = {t.i for t in clause.subtree}
        phrase = {t.i for t in trigger.subtree}
        if any(
            _names_a_date(ent) and ent.root.i not in inside and ent.root.i in phrase
            for ent in trigger.doc.ents
        ):
            found |= inside
    return found


# Common nouns for people who may meet ("the two leaders", "ministers").
_PEOPLE_WORDS = frozenset(
    {"leader", "minister", "president", "official", "delegation", "diplomat", "envoy", "side",
     "head", "chief", "king", "premier", "chancellor", "counterpart", "secretary", "pair"}
)  # fmt: skip


def _nationality_of_what_is_backed(trigger: Token, offset: int) -> list[ActorSpan]:
    """ "expressed Chile's support for the Brazilian presidency of COP30", "praised the
    Chilean initiative": the country whose bid, role or plan is backed, named by its
    nationality."""
    backed = [c for c in trigger.children if c.dep_ == "dobj" and trigger.pos_ == "VERB"] + [
        o
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == "for" and trigger.pos_ == "NOUN"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return [
        ActorSpan(
            text=n.text,
            start=offset + n.idx,
            end=offset + n.idx + len(n.text),
            # The country itself, not someone of it the article names.
            kind="country",
            role="target",
        )
        for thing in backed
        if thing.lemma_.lower() in _STANCES_BACKED
        for n in thing.children
        if n.dep_ == "amod" and n.ent_type_ == "NORP"
    ]


# What of a country's one backs: "the Brazilian presidency", "the Chilean initiative".
_STANCES_BACKED = frozenset(
    {"presidency", "bid", "candidacy", "candidature", "initiative", "proposal", "plan",
     "effort", "leadership", "chairmanship", "application", "membership", "position",
     "stance", "sovereignty", "mediation"}
)  # fmt: skip


def _cameo(code: str, event_type: EventType, token: Token) -> str:
    # Agreeing to meet has its own CAMEO code (036).
    if event_type == EventType.AGREE and any(
        d.lemma_ in ("meet", "hold", "visit", "consultation", "talk", "summit", "meeting")
        for d in token.subtree
        if d.i != token.i
    ):
        return "036"
    return code


def _connected_actors(
    trigger: Token, actors: list[ActorToken], *, meeting: bool, consult: bool = True
) -> list[Any]:
    """Actors on the subject side (source) or inside the trigger's phrase (target)."""
    chosen = []
    told_during = _clauses_told_during(trigger)
    separate_visitors = _visitors_each_on_a_visit(trigger)
    subject_side = _subject_tokens(trigger, meeting=meeting)
    if meeting and (attender := _who_attended_it(trigger)) is not None:
        subject_side |= _phrase_without_clauses(attender)
    inside = {t.i for t in trigger.subtree}
    if meeting:
        inside -= _later_clauses(trigger) | _meeting_told_where(trigger)
        inside -= _said_where(trigger) | _when_something_else_happened(trigger)
        inside -= _leading_when_clause(trigger)
        inside -= _who_came_along(trigger)
        addressed = _addressees(trigger)
        inside |= addressed | _callers(trigger) | _chairs(trigger)
        inside |= _parties_of_the_round(trigger)
        inside |= _met_with_whom(trigger)
        inside |= _between_whom_it_was_convened(trigger)
        # ("on Saturday, when he became the first foreign leader to be received by Aoun": the
        # one said to be first is a side, in whatever clause the saying is.)
        first = _first_to_do_it(trigger)
        addressed |= first
        included = _included_in_it(trigger)
        inside |= included
        addressed |= included
        inside |= _received_subject(trigger) | first | _joined_for(trigger)
        inside |= _alongside(trigger) | _first_of_the_owning_pair(trigger)
        inside |= _held_with(trigger) | _with_on_the_holding(trigger)
        inside |= _with_after_an_aside(trigger)
        set_off = _name_set_off_after_the_partner(trigger)
        inside |= set_off
        addressed |= set_off
        inside |= _chaired_and_attended_by(trigger)
        # "sat down separately with Prime Minister Ariel Henry to press him": the one sat with,
        # whom the parser makes the subject of the purpose (so no topic of it).
        sat_with = {
            t.i
            for c in trigger.children
            if with_someone_to_do(c)
            for s in c.children
            if s.dep_ == "nsubj"
            for t in s.subtree
        }
        inside |= sat_with
        addressed |= sat_with
        # "Salam's visit to Damascus on 14 April, where he and al-Sharaa agreed to set up a
        # committee": whom the visitor did something with there was the host.
        there_with = _with_the_visitor_there(trigger)
        inside |= there_with
        addressed |= there_with
    else:
        addressed = set()
        inside |= _stance_phrase_on_its_verb(trigger)
    # "A led the X delegation, while the Y delegation was led by B": B heads the other side.
    heads = {t.i for c in other_heads(trigger) for t in c.subtree} if meeting else set()
    if meeting:
        heads |= _second_party_between(trigger) | _who_were_there_then(trigger) | _whom(trigger)
    done_there = (
        {a.root.i for a in actors if _told_what_was_done_there(a.root, trigger)}
        if meeting
        else set()
    )
    sides_named = {
        a.root.i
        for a in actors
        if a.root.i not in done_there
        and a.span.kind in ("person", "office")
        and (a.root.i in inside or a.root.i in subject_side)
    }
    for actor in actors:
        if trigger.i in actor.tokens:
            # "The Foreign Office Consultations were held": the event's own name, no party.
            continue
        if actor.root.i in heads:
            chosen.append(actor.span.model_copy(update={"role": "target"}))
            continue
        if _is_attribution(actor.root):
            # "According to Medinsky, the parties agreed": the source of a report, not a party.
            continue
        if _attended_something_else(actor.root, trigger):
            # "The protocol was signed after a meeting of the two leaders, attended by
            # Interior Minister Piantedosi": he sat in on the meeting; he signed nothing.
            continue
        if meeting and _in_the_presence(actor.root, trigger):
            # "received Khasawneh ... in the presence of Prime Minister Madbouly": there, but
            # not a side of the meeting.
            continue
        if meeting and _mandated_by(actor.root):
            # "The Angolan mediator, appointed by the African Union, received ...": who gave
            # the mandate is not at the meeting.
            continue
        if meeting and _stood_in_for(actor.root):
            # "Biruta represented President Paul Kagame at the mini-summit": not there.
            continue
        if meeting and (
            _stayed_away(actor.root, trigger) or _of_another_happening(actor.root, trigger)
        ):
            continue
        if meeting and actor.root.i in separate_visitors:
            continue
        if not consult and _where_the_people_it_is_for_are(actor.root, trigger):
            # "pledged assistance for Guatemalans deported from the United States": where the
            # people it is for came from is no party to the pledge.
            continue
        if any(
            c.dep_ in ("relcl", "acl") and _name_closing_the_clause(c) is not None
            for c in actor.root.children
        ):
            # "The last Greek foreign minister to visit Libya, Nikos Dendias": the name, told
            # after its description, is the one who met.
            continue
        if meeting and _counted_since_someone(actor.root, trigger):
            continue
        if meeting and _the_companions_owner(actor):
            # "received the U.S. Secretary of State and his accompanying delegation": "his" is
            # the guest's, named just before.
            continue
        if meeting and _whose_directive(actor.root, trigger):
            # "In implementation of the directives of King Salman ..., the Kingdom hosted a
            # meeting between ...": who ordered it is not at it.
            continue
        if meeting and _owner_in_a_description(actor.root, trigger):
            # "met Elon Musk, the billionaire leading Trump's cost-cutting department", "met
            # Wang Yi, Xi's top diplomat": whose department or diplomat he is, not a side.
            continue
        if meeting and _in_the_venue_s_name_or_description(actor.root, trigger):
            # "talks at Te Wharehuanui, a private retreat ... built by Xero founder Rod
            # Drury": the place, and who built it, are not sides.
            continue
        if meeting and _named_as_a_spouse(actor.root):
            # "a state dinner for the visiting prime minister and his wife, Yuko": the spouse
            # comes along; the sides are the leaders.
            continue
        if (
            meeting
            and actor.root.dep_ == "poss"
            and actor.root.head.pos_ == "NOUN"
            and actor.root.head.lemma_ in _AIDES
            # "Yoon and Ishiba's predecessor": the parser hangs the pair on the first name.
            and not any(c.dep_ == "conj" for c in actor.root.children)
        ):
            # "Lapid's diplomatic adviser attended the talks", "Pezeshkian's predecessor, the
            # late Ebrahim Raisi, visited Ankara": the aide or the predecessor, not Lapid.
            continue
        if meeting and (
            _owns_the_venue(actor.root)
            or _of_the_venue(actor.root, trigger)
            or (actor.root.i in done_there and len(sides_named) >= 2)
        ):
            # "Pezeshkian visited Masoud Barzani at his headquarters, where he extended an
            # invitation": whose the venue is, and who did what there, are sides named already
            # (not "the summit at the Palace, where the chancellor and the presidents of ...
            # adopted a statement", which names the summit's sides there).
            continue
        if (
            meeting
            and actor.span.kind == "group"
            and _TWO_OR_BOTH.search(actor.span.text)
            and (
                _subject_of_a_when_clause(actor.root, trigger)
                or _subject_of_a_with_clause(actor.root, trigger)
            )
            and any(a.root.i != actor.root.i and a.root.i in subject_side for a in actors)
            and any(
                a.span.kind in ("person", "pronoun")
                and a.root.i in inside
                and a.root.i not in subject_side
                for a in actors
            )
        ):
            # "since he had hosted Golob's predecessor, Janez Janša, in Zagreb, when the two
            # also discussed energy", "Aliyev hosted him at his residence, with the two leaders
            # making statements": the two who met there, both named already (not "Mohamud
            # visited Addis Ababa on Jan. 11, when the two agreed ...", which names one).
            continue
        if meeting and actor.root.i in told_during:
            # "a meeting with the Crown Prince, during which they discussed the GCC": "they"
            # are the meeting's parties, named already, and the rest is its topic.
            continue
        if actor.root.i in subject_side:
            bound = _bound_by_the_main_clause(actor, actors, consult=consult) if meeting else None
            chosen.append((bound or actor).span.model_copy(update={"role": "source"}))
        elif actor.root.i not in inside and _names_the_title_before(actor, inside):
            chosen.append(actor.span.model_copy(update={"role": "target"}))
        elif (
            actor.root.i in inside
            # What is supported may be a clause ("welcomed the news that A and B agreed"):
            # its actors are the target; for meetings and agreements they are only the topic.
            # (Whom the verb around the meeting addresses is no topic: "had confirmed to her in
            # a phone call".)
            and (
                not meeting
                or actor.root.i in addressed
                or not _in_topic_clause(actor.root, trigger)
            )
            and not _under_topic(actor.root, trigger)
            and not _in_setting(actor.root, trigger)
        ):
            role = "source" if _is_possessor(actor.root, trigger) else "target"
            if (
                meeting
                and (_on_their_own_trip(actor.root) or _whose_counterpart(actor.root))
                and _binder(actor, actors) is not None
            ):
                # "During his stay, the Spanish leader was received by To Lam", "The Cuban
                # diplomat held talks with his Mexican counterpart": "his" is the subject's,
                # already a side.
                continue
            if (
                meeting
                and _whose_counterpart(actor.root)
                and _counterpart_of_the_one_before(actor.root, actors)
            ):
                # "the meeting between Juraj Blanar and his Russian counterpart Sergei Lavrov":
                # "his" is the one named before the counterpart, already a side.
                continue
            # Only for meetings and agreements: in a statement "his support" is the speaker's,
            # whom the pronoun already finds, while a bare office as its subject ("The
            # President also reiterated his support") may be either side's.
            bound = (
                _binder(actor, actors)
                if meeting and (role == "source" or _owns_the_meeting(actor.root, trigger))
                else None
            )
            chosen.append((bound or actor).span.model_copy(update={"role": role}))
    return chosen


# Participles that tell who gave someone their role.
_MANDATING_VERBS = frozenset(
    {"appoint", "nominate", "designate", "mandate", "name", "elect", "task", "commission"}
)


def _mandated_by(token: Token) -> bool:
    """ "appointed by the African Union": the agent of a participle that tells who gave the
    person their role."""
    agent = token.head
    return (
        token.dep_ == "pobj"
        and agent.dep_ == "agent"
        and agent.head.tag_ == "VBN"
        and agent.head.dep_ in ("acl", "appos", "advcl")
        and agent.head.lemma_ in _MANDATING_VERBS
    )


# Who may stand in for someone named as theirs ("Lapid's adviser", "Xi's special envoy").
_AIDES = frozenset(
    {"adviser", "advisor", "aide", "envoy", "spokesman", "spokeswoman", "spokesperson",
     "emissary", "deputy", "representative", "secretary", "wife", "husband", "son", "daughter",
     "predecessor", "successor"}
)  # fmt: skip


_COMPANIONS = frozenset(
    {"delegation", "entourage", "team", "party", "staff", "aide", "wife", "husband", "spouse",
     "cabinet", "government", "ministers"}
)  # fmt: skip


def _the_companions_owner(actor: ActorToken) -> bool:
    """ "X and his delegation": the possessive of a companion conjoined with X, who is X."""
    root = actor.root
    return bool(
        actor.span.kind == "pronoun"
        and root.dep_ == "poss"
        and root.head.dep_ == "conj"
        and root.head.lemma_.lower() in _COMPANIONS
        and root.head.head.i < root.i
    )


_DIRECTIVES = frozenset({"directive", "instruction", "direction", "order", "guidance"})


def _whose_directive(token: Token, trigger: Token) -> bool:
    """ "the directives of the Custodian of the Two Holy Mosques": the one who gave them."""
    for above in token.ancestors:
        if above.i == trigger.i:
            return False
        if above.lemma_ in _DIRECTIVES and above.tag_ == "NNS":
            return True
    return False


_SPOUSES = frozenset({"wife", "husband", "spouse", "fiancée", "fiancee", "fiancé", "fiance"})


def _owner_in_a_description(token: Token, trigger: Token) -> bool:
    """A name inside the phrase set beside a person's name to say who they are: a possessive
    anywhere in it, anything in an apposition or a participle."""
    if token.ent_type_ == "PERSON" and token.dep_ != "poss":
        # ("Biruta, his Congolese counterpart Christophe Lutundula and Angola's Téte António":
        # the parser's apposition may be a list of people.)
        return False
    clauses = ("appos", "acl", "relcl") if token.dep_ == "poss" else ("appos", "acl")
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        if (
            node.dep_ in clauses
            and node.head.ent_type_ == "PERSON"
            # A description ("the billionaire leading ..."), not a name the parser set beside
            # another in a list ("met Erdogan, Lula, Ramaphosa").
            and not node.ent_type_
            and node.pos_ in ("NOUN", "VERB")
            and node.lemma_ != "counterpart"
        ):
            return True
        node = node.head
    return False


def _in_the_venue_s_name_or_description(token: Token, trigger: Token) -> bool:
    """ "talks at Te Wharehuanui, a private retreat in the hills above the town built by Rod
    Drury": a name the model takes for a person's where the meeting was, said by the kind of
    place set beside it to be a venue, and any name in that description."""
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        if (
            node.dep_ == "pobj"
            and node.head.lower_ == "at"
            and any(c.dep_ == "appos" and c.lemma_.lower() in _VENUE_NOUNS for c in node.children)
        ):
            return True
        node = node.head
    return False


def _named_as_a_spouse(token: Token) -> bool:
    """ "his wife, Yuko", "his wife Yuko": the name of someone's spouse."""
    spouse = token.head
    if token.dep_ in ("appos", "compound") and spouse.lemma_ in _SPOUSES:
        return any(c.dep_ == "poss" for c in spouse.children)
    if token.dep_ == "appos" and spouse.lemma_ == "partner":
        # "Albanese and his partner Jodie Haydon"; not "his Russian partner, Lavrov", a
        # counterpart.
        return any(c.dep_ == "poss" for c in spouse.children) and not any(
            c.dep_ == "amod" for c in spouse.children
        )
    # "his wife Yuko": the parser may make the name the head.
    return any(c.dep_ == "compound" and c.lemma_ in _SPOUSES for c in token.children) and any(
        c.dep_ == "poss" for c in token.children
    )


def _visitors_each_on_a_visit(trigger: Token) -> set[int]:
    """ "coincided with visits by both Modi and Biden": two visitors on visits of their own,
    not meeting each other."""
    if trigger.lower_ not in ("visits", "trips"):
        return set()
    return {
        t.i
        for preposition in trigger.children
        if preposition.dep_ == "prep" and preposition.lower_ == "by"
        for visitor in preposition.children
        if visitor.dep_ == "pobj" and any(c.dep_ == "conj" for c in visitor.children)
        for t in visitor.subtree
    }


def _chaired_and_attended_by(trigger: Token) -> set[int]:
    """ "met in Doha for the 49th session of the council, chaired by A and attended by B and
    C": who chaired and attended the meeting, told by participles on it (or on the session
    it was for, or on the verb it was held by)."""
    clauses = _chairing_clauses(trigger)
    found = {
        i
        for clause in clauses
        for agent in clause.children
        if agent.dep_ == "agent"
        for person in agent.children
        if person.dep_ == "pobj"
        for i in _phrase_without_clauses(person)
    }
    # "co-chaired by Wang and then Japanese Foreign Minister Motegi": the parser may hang the
    # last name on the verb the participle hangs on.
    found |= {
        i
        for clause in clauses
        for c in clause.head.children
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > clause.i
        for i in _phrase_without_clauses(c)
    }
    # "co-chaired by Jaishankar and then foreign minister Pradeep Kumar Gyawali": or on the
    # participle itself, after its agent.
    found |= {
        i
        for clause in clauses
        for agent in clause.children
        if agent.dep_ == "agent"
        for c in clause.children
        if c.dep_ in ("npadvmod", "dobj") and c.pos_ == "PROPN" and c.i > agent.i
        for i in _phrase_without_clauses(c)
    }
    holding = _verb_of_subject(trigger)
    if holding is not None and (
        # ("was held", not a reduced clause "the summit held the same day in Luanda with his
        # counterparts", which the parser may give the summit as its subject.)
        (holding.lemma_ in _HOLDING_VERBS and any(c.dep_ == "auxpass" for c in holding.children))
        or (holding.lemma_ == "take" and any(c.lower_ == "place" for c in holding.children))
    ):
        # "The previous, 34th summit took place in Lanzarote in March 2023, with Sanchez and
        # the then Portuguese Prime Minister Antonio Costa": who it was held with.
        found |= {
            i
            for preposition in holding.children
            if preposition.dep_ == "prep" and preposition.lower_ == "with"
            for person in preposition.children
            if person.dep_ == "pobj" and person.pos_ == "PROPN"
            for i in _phrase_without_clauses(person)
        }
        # "took place in Tbilisi in December 2019 with the participation of then-foreign
        # ministers Cavusoglu, Mammadyarov and Zalkaliani".
        found |= _with_their_participation(holding)
    return found


def _chairing_clauses(trigger: Token) -> list[Token]:
    """The "chaired by ..." and "attended by ..." participles on the meeting."""
    heads = [trigger] + [
        c
        for preposition in trigger.children
        if preposition.dep_ == "prep" and preposition.lower_ in ("for", "at")
        for c in preposition.children
        if c.dep_ == "pobj"
    ]
    holding = _verb_of_subject(trigger)
    if holding is not None and holding.lemma_ in _HOLDING_VERBS:
        # "The eighth leaders' meeting was held in Chengdu in December 2019, attended by ...".
        heads.append(holding)
    if trigger.dep_ == "pobj" and trigger.head.head.lemma_ in _TAKING_PART:
        # "had taken part in the joint summit in Dar es Salaam, co-chaired by A and B".
        heads.append(trigger.head.head)
    part = trigger.head.head if trigger.dep_ == "pobj" else trigger
    if part.i != trigger.i and _part_of_it(part, trigger.head):
        # "made the offer at the opening of the ministerial meeting in Beijing, attended by A
        # and B": the parser hangs the participle on the verb the opening belongs to.
        verb = part.head.head if part.dep_ == "pobj" else part.head
        if verb.pos_ == "VERB":
            heads.append(verb)
    return _and_attended(
        [
            c
            for head in heads
            for c in head.children
            if c.dep_ in ("advcl", "acl") and _chaired_or_attended(c)
        ]
    )


# Verbs of taking part in a gathering named in their phrase ("took part in the summit").
_TAKING_PART = frozenset({"take", "participate"})


def _chaired_or_attended(clause: Token) -> bool:
    return clause.tag_ == "VBN" and (clause.lemma_ in _CHAIRING_VERBS or clause.lemma_ == "attend")


def _stayed_away(token: Token, trigger: Token) -> bool:
    """ "a Mercosur summit shunned by Milei": who stayed away from it was not there; "his
    first trip outside the Nordic region and Brussels": nor where he has not gone."""
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        if node.dep_ in ("acl", "relcl") and node.lemma_ in _STAYING_AWAY:
            return True
        if node.dep_ == "prep" and node.lower_ in ("outside", "beyond", "without"):
            return True
        if (
            node.dep_ == "prep"
            and node.lower_ == "with"
            and node.head.i != trigger.i
            and any(c.dep_ == "det" and c.lower_ == "no" for c in node.head.children)
        ):
            # "Dar meets Lavrov, Araghchi in Tianjin; no contact with Jaishankar".
            return True
        node = node.head
    return False


_STAYING_AWAY = frozenset({"shun", "boycott", "snub", "skip", "miss", "avoid"})


def _stood_in_for(token: Token) -> bool:
    """The one someone else represented or stood in for."""
    node = token
    while node.dep_ in ("compound", "appos", "conj") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "dobj" and node.head.lemma_ == "represent":
        return True
    # "stood in for Kagame", "on behalf of Kagame".
    return bool(
        node.dep_ == "pobj"
        and (
            (node.head.lower_ == "for" and node.head.head.lower_ == "in")
            or (node.head.lower_ == "of" and node.head.head.lower_ == "behalf")
        )
    )


def _listed_on(
    chosen: list[Any], actors: list[ActorToken], titles: frozenset[str]
) -> list[ActorToken]:
    """ "meetings with President Xi Jinping, Premier Li Qiang and the chairman of the National
    People's Congress, Zhao Leji": the people the list goes on to name after a counterpart met
    "with", which the parser may hang elsewhere. The list runs on through commas, "and", names
    and titles; any other word ends it ("talks with Nurtleu, a visa waiver and a call on ...")."""
    people = sorted((a for a in actors if a.span.kind == "person"), key=lambda a: a.span.start)
    withs = [
        a
        for a in people
        if any(c.start == a.span.start for c in chosen if c.role == "target")
        and a.root.dep_ == "pobj"
        and a.root.head.lower_ == "with"
    ]
    counterparts = [
        a
        for a in actors
        if a.span.kind in ("group", "nominal")
        and any(c.start == a.span.start for c in chosen if c.role == "target")
        and a.root.lower_ == "counterparts"
        and a.root.dep_ == "pobj"
        and a.root.head.lower_ == "with"
    ]
    if counterparts and (not withs or counterparts[0].span.start < withs[0].span.start):
        # "a meeting with his Hungarian, Austrian and Bulgarian counterparts, Sándor Pintér,
        # Gerhard Karner and Atanas Ilkov": the names the counterparts are, which the model may
        # tag as bodies.
        withs = counterparts[:1]
        people = sorted(
            (a for a in actors if a.span.kind in ("person", "organization")),
            key=lambda a: a.span.start,
        )
    if not withs:
        return []
    taken = {c.start for c in chosen}
    doc = withs[0].root.doc
    listed: list[ActorToken] = []
    last = withs[0]
    for actor in people:
        if actor.span.start <= last.span.start:
            continue
        gap = doc[last.tokens.stop : actor.tokens.start]
        if (
            not gap
            or gap[0].text not in (",", "and")
            or not all(_in_a_list_of_names(t, titles) for t in gap)
        ):
            break
        if actor.root.dep_ in ("nsubj", "nsubjpass"):
            break
        if actor.span.start not in taken:
            listed.append(actor)
        last = actor
    return listed


def _in_a_list_of_names(token: Token, titles: frozenset[str]) -> bool:
    """A word that may stand between two names of a list: a comma, "and", "the", "of", a name,
    a title ("Premier", "the chairman of the National People's Congress")."""
    if token.text in (",", "'s", "’s") or token.lower_ in ("and", "the", "of", "his", "her"):
        return True
    return token.pos_ == "PROPN" or token.lower_ in titles


def _in_the_presence(token: Token, trigger: Token) -> bool:
    """Whether the token is inside "in the presence of ..." on the way up to the trigger."""
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        if node.lemma_ == "presence" and node.head.lower_ == "in":
            return True
        node = node.head
    return False


def _on_their_own_trip(token: Token) -> bool:
    """ "During his stay", "on her visit", "upon his arrival": a possessive of a trip, or of
    its coming and going, that the sentence's clause is told during or around."""
    trip = token.head
    if token.dep_ != "poss" or trip.dep_ != "pobj":
        return False
    if trip.lemma_ in _COMINGS_AND_GOINGS:
        return trip.head.lower_ in _DURING_WHICH | _AROUND
    return trip.lemma_ in _TRIP_NOUNS and trip.head.lower_ in _DURING_WHICH


_COMINGS_AND_GOINGS = frozenset({"arrival", "departure", "return"})
_AROUND = frozenset({"upon", "after", "before", "following"})


def _whose_counterpart(token: Token) -> bool:
    """ "his Mexican counterpart": the possessive of a counterpart."""
    return bool(token.dep_ == "poss" and token.head.lemma_.lower() == "counterpart")


def _counterpart_of_the_one_before(token: Token, actors: list[ActorToken]) -> bool:
    """ "Blanar and his Russian counterpart Lavrov": a counterpart joined to an actor named
    before it, whom the possessive stands for."""
    counterpart = token.head
    return counterpart.dep_ == "conj" and any(
        a.root.i == counterpart.head.i and a.span.kind != "pronoun" for a in actors
    )


def _owns_the_meeting(word: Token, trigger: Token) -> bool:
    """ "held his first meeting with Lee", "his talks with Cavusoglu": a possessive on the
    meeting (or on the meeting the verb holds) with someone."""
    owned = word.head
    return bool(
        word.dep_ == "poss"
        and (
            owned.i == trigger.i
            or (owned.dep_ == "dobj" and owned.head.i == trigger.i)
            # ("..., with whom he discussed shipbuilding": the meeting the clause describes.)
            or (trigger.dep_ == "relcl" and owned.dep_ == "dobj")
        )
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in owned.children)
    )


def _binder(pronoun: ActorToken, actors: list[ActorToken]) -> ActorToken | None:
    """ "The Chief Adviser ... recalled his meeting with Sharif": a possessive in the clause's
    object is its subject, whoever the sentences before were about. A subject that cannot be
    "his" ("said Bangladesh wanted ... and recalled his meeting") passes it to the clause above.
    """
    if pronoun.span.kind != "pronoun" or pronoun.root.dep_ != "poss":
        return None
    verb = pronoun.root.head
    # "Earlier in his visit, ... the Secretary met": up through the adverb the phrase is on;
    # "met Erdogan ..., a day after his talks with Cavusoglu": through the measure of time.
    while (
        verb.dep_ in ("dobj", "pobj", "prep", "advmod")
        or (verb.dep_ == "npadvmod" and verb.lemma_ in _TIME_UNITS)
    ) and verb.head.i != verb.i:
        verb = verb.head
    for _ in range(4):
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            if subjects[0].pos_ == "PRON":
                # "where he met Xi during his first visit to China": "his" is "he".
                same = _OWN_PRONOUN.get(pronoun.root.lower_) == subjects[0].lower_
                return (
                    next((a for a in actors if a.root.i == subjects[0].i), None) if same else None
                )
            bound = next(
                (a for a in actors if a.root.i == subjects[0].i and a.span.kind in _BINDING_KINDS),
                None,
            )
            if bound is not None or subjects[0].ent_type_ not in ("GPE", "NORP", "ORG"):
                return bound
        if (
            not subjects
            and verb.tag_ == "VBG"
            and verb.dep_ == "pcomp"
            and verb.head.dep_ == "prep"
        ):
            # "Ciolacu said on Friday after receiving his Bulgarian counterpart": the subject
            # of the verb the gerund's phrase hangs on.
            verb = verb.head.head
            continue
        if verb.dep_ not in ("conj", "ccomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


_OWN_PRONOUN = {"his": "he", "her": "she"}
_TIMING_MARKS = frozenset({"when", "as", "after", "before", "while", "once"})
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _bound_by_the_main_clause(
    pronoun: ActorToken, actors: list[ActorToken], *, consult: bool = True
) -> ActorToken | None:
    """ "Foreign Minister Cho Hyun laid the groundwork when he met Wang Yi in Beijing": "he",
    the subject of a clause that times the main one, is the main clause's subject."""
    root = pronoun.root
    if pronoun.span.kind != "pronoun" or root.dep_ != "nsubj" or root.lower_ not in ("he", "she"):
        return None
    named = _named_after_in_the_main_clause(root)
    if named is not None:
        # "Arriving from Riyadh, where earlier he met al-Sharaa, Trump was greeted ...": "he"
        # is Trump, named after it as the subject the opening clause leads to.
        return next((a for a in actors if a.root.i == named.i and a.span.kind == "person"), None)
    clause = root.head
    # A bare office is resolved for meetings only; in an agreement "he" keeps the person the
    # article follows.
    kinds = _BINDING_KINDS if consult else {"person", "surname"}
    whom = _whom_the_clause_is_with(clause)
    if whom is not None:
        # "held his first meeting with Lee, with whom he discussed shipbuilding": "he" is who
        # held the meeting with the person the clause describes.
        return next((a for a in actors if a.root.i == whom.i and a.span.kind == "person"), None)
    if clause.dep_ == "ccomp" and clause.head.lemma_ in _CLAUSE_STOP:
        # "Speaking in a Rabbitohs cap, the prime minister said he had spent eight hours in
        # meetings": "he" is who said so.
        speakers = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if speakers:
            return next(
                (a for a in actors if a.root.i == speakers[0].i and a.span.kind in kinds), None
            )
    traveller = _who_went_where_the_clause_is(clause, root)
    if traveller is not None:
        # "the Federal Chancellor visited Jordan yesterday, where he met King Abdullah II":
        # "he" is who went to the place the clause is in.
        return next((a for a in actors if a.root.i == traveller.i and a.span.kind in kinds), None)
    timed = any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _TIMING_MARKS and c.i < root.i
        for c in clause.children
    )
    if timed and clause.dep_ == "pcomp" and clause.head.lower_ == "including":
        # "The Chancellor has said several times, including when he met President Macron":
        # "he" is who said it.
        verb = next((a for a in clause.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        said = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
        return next(
            (a for a in actors if said and a.root.i == said[0].i and a.span.kind in kinds), None
        )
    if clause.dep_ != "advcl" or not timed:
        return None
    head = clause.head
    if any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children):
        # "Trump said on Thursday he believed Putin wanted peace, ..., as he hosted Store":
        # the parser hangs the clause on what was said; it times the saying.
        saying = head
        while saying.dep_ == "ccomp" and saying.head.i != saying.i:
            saying = saying.head
        if saying.i != head.i and saying.lemma_ in _CLAUSE_STOP:
            head = saying
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    return next((a for a in actors if a.root.i == subjects[0].i and a.span.kind == "person"), None)


def _who_went_where_the_clause_is(clause: Token, pronoun: Token) -> Token | None:
    """The subject of the verb a where-clause hangs on ("visited Jordan yesterday, where he
    met ...", with the clause hung on the place or the day), when the verb names a trip."""
    if clause.dep_ not in ("relcl", "advcl") or not any(
        c.dep_ == "advmod" and c.lower_ == "where" and c.i < pronoun.i for c in clause.children
    ):
        return None
    verb = clause.head
    while verb.dep_ in ("pobj", "prep", "dobj", "npadvmod") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in _MOTION_VERBS | {"visit", "stop"}:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects and subjects[0].pos_ != "PRON" else None


def _whom_the_clause_is_with(clause: Token) -> Token | None:
    """The subject of the verb whose "with X" phrase a "with whom" clause describes."""
    if clause.dep_ != "relcl" or not any(
        c.dep_ == "prep" and c.lower_ == "with" and any(w.lower_ == "whom" for w in c.children)
        for c in clause.children
    ):
        return None
    verb = clause.head
    while verb.dep_ in ("pobj", "prep", "dobj", "appos") and verb.head.i != verb.i:
        verb = verb.head
    while verb.pos_ == "VERB":
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0] if subjects[0].pos_ == "PROPN" else None
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _met_with_whom(trigger: Token) -> set[int]:
    """ "more time for Xi Jinping, with whom he held a cordial meeting": the person the clause
    describes is the other party."""
    clause = trigger
    for _ in range(3):
        if clause.dep_ == "relcl":
            break
        if clause.head.i == clause.i:
            return set()
        clause = clause.head
    else:
        return set()
    if clause.dep_ != "relcl":
        return set()
    with_whom = any(
        c.dep_ == "prep" and c.lower_ == "with" and any(w.lower_ == "whom" for w in c.children)
        for c in clause.children
    )
    return _phrase_without_clauses(clause.head) if with_whom else set()


def _whom(trigger: Token) -> set[int]:
    """ "Japan's Prime Minister Shigeru Ishiba, whom he hosted at the White House": the person
    the relative clause's "whom" stands for is whom the verb names."""
    if trigger.dep_ != "relcl" or not any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "whom" for c in trigger.children
    ):
        return set()
    return _phrase_without_clauses(trigger.head)


# Verbs that hold a meeting "with" someone: "facilitated a High-level Meeting ... with the
# President of Serbia".
_HOLDING_WITH = frozenset(
    {"hold", "have", "host", "co-host", "facilitate", "convene", "chair", "co-chair"}
)
# Verbs that judge a meeting named with whom it was: "described as historic his first meeting
# this Friday with his Mexican counterpart".
_JUDGING = frozenset({"describe", "hail", "term", "call"})


def _with_on_the_holding(trigger: Token) -> set[int]:
    """ "held a working lunch with the Honorable Antony Blinken", "recalled his talks in
    Sarajevo on 5 March with Baerbock": the parser may hang the "with" phrase on the verb
    holding (or recalling, or judging) the meal or meeting rather than on the noun."""
    verb = trigger.head
    if trigger.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_ in _JUDGING:
        # "described as historic his first meeting this Friday with ...".
        verb = verb.head
    elif trigger.dep_ != "dobj" or verb.lemma_ not in _HOLDING_WITH | _RECALLING_VERBS | _JUDGING:
        return set()
    return {
        t.i
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with" and p.i > trigger.i
        for t in p.subtree
    }


# Asides between "with" and whom it names: "held talks with, among others, Erdogan".
_ASIDES = frozenset({"among", "amongst", "others", "in", "particular", "notably", "above", "all"})


def _with_after_an_aside(trigger: Token) -> set[int]:
    """ "held talks with, among others, Turkish President Recep Tayyip Erdogan": a "with" the
    parser leaves without its object, whose person comes after a set-off aside."""
    found: set[int] = set()
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    for head in heads:
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ != "with" or any(c.dep_ == "pobj" for c in p.children):
                continue
            doc = p.doc
            i = p.i + 1
            if i >= len(doc) or doc[i].text != ",":
                continue
            i += 1
            while i < len(doc) and (doc[i].lower_ in _ASIDES or doc[i].is_punct):
                i += 1
            if i == p.i + 2 or i >= len(doc):
                continue
            person = next(
                (t for t in doc[i : i + 6] if t.ent_type_ == "PERSON" and t.dep_ != "compound"),
                None,
            )
            if person is not None and doc[i - 1].text == ",":
                found |= {t.i for t in person.subtree}
    return found


def _name_set_off_after_the_partner(trigger: Token) -> set[int]:
    """ "after his meeting with the President of the Lebanese Republic, General Joseph Aoun, at
    the Palace": the name set off after the title of whom the meeting was with, which the
    parser hangs on a verb above."""
    found: set[int] = set()
    doc = trigger.doc
    for p in trigger.children:
        if p.dep_ != "prep" or p.lower_ != "with":
            continue
        end = p.right_edge.i
        if end + 2 >= len(doc) or doc[end + 1].text != ",":
            continue
        name = doc[end + 2]
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        inside = {t.i for t in p.subtree}
        if (
            name.ent_type_ == "PERSON"
            and name.dep_ in ("npadvmod", "appos", "dep")
            and name.head.i not in inside
            and name.head.i in {a.i for a in trigger.ancestors}
            and all(t.ent_type_ == "PERSON" or t.dep_ == "compound" for t in doc[end + 2 : name.i])
        ):
            found |= {t.i for t in doc[name.left_edge.i : name.i + 1]}
    return found


def _held_with(trigger: Token) -> set[int]:
    """ "The previous summit was held in Brussels on 13 July 2023 with Kishida, Michel and von
    der Leyen": whom the gathering was held with took part in it."""
    verb = trigger.head
    if trigger.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in _HOLDING_VERBS:
        return set()
    # The parser may hang the phrase on the day or the place of the holding.
    heads = [verb, *(c for p in verb.children if p.dep_ == "prep" for c in p.children)]
    found = {
        t.i
        for head in heads
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for person in p.children
        if person.dep_ == "pobj" and person.ent_type_ == "PERSON"
        for t in p.subtree
    }
    # "was held in Istanbul ... with the participation of Lavrov, Araghchi and Mirzoyan".
    found |= _with_their_participation(verb)
    return found


def _with_their_participation(verb: Token) -> set[int]:
    """The words after "with the participation (or attendance) of" on the verb."""
    return {
        t.i
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for taking_part in p.children
        if taking_part.dep_ == "pobj" and taking_part.lemma_ in ("participation", "attendance")
        for of in taking_part.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for t in of.subtree
    }


def _joined_for(trigger: Token) -> set[int]:
    """ "Blinken joined Kamikawa, Jaishankar and Wong for a meeting of Quad foreign ministers":
    whom the subject joined for the meeting took part in it."""
    preposition = trigger.head
    if trigger.dep_ != "pobj" or preposition.lower_ != "for" or preposition.head.lemma_ != "join":
        return set()
    return {
        t.i
        for c in preposition.head.children
        if c.dep_ == "dobj"
        for t in c.subtree
        if t.i < preposition.i
    }


def _alongside(trigger: Token) -> set[int]:
    """ "took part on Saturday in the first summit ..., alongside his counterparts, General
    Tiani and Colonel Goita": those beside the subject at the meeting. The parser may hang the
    names on the verb and the preposition on the first name."""
    governing = {trigger.i} | {a.i for a in list(trigger.ancestors)[:3]}
    found: set[int] = set()
    for word in trigger.doc:
        gathered_around = word.lower_ == "around" and word.head.lemma_ in ("gather", "rally")
        # "Gulf Arab leaders gathered around Donald Trump ... for the fifth summit": him too.
        together_with = (
            word.lower_ == "with"
            and any(c.lower_ == "together" for c in word.children)
            # "opened the summit on Tuesday together with Presidents Samia and Museveni": on
            # the verb whose object the gathering is (not "met Xi together with Lavrov", who
            # came along).
            and trigger.pos_ == "NOUN"
            and trigger.dep_ == "dobj"
            and word.head.i == trigger.head.i
        )
        if (
            word.lower_ != "alongside" and not gathered_around and not together_with
        ) or word.dep_ != "prep":
            continue
        if word.head.i in governing:
            found |= {t.i for t in word.subtree}
            # "alongside his counterparts, General Tiani and ...": the names set off after it.
            found |= {
                t.i
                for named in word.head.children
                if named.dep_ in ("dep", "appos", "npadvmod")
                and named.ent_type_ == "PERSON"
                and all(
                    g.is_punct
                    for g in word.doc[word.right_edge.i + 1 : named.left_edge.i]
                    if g.ent_type_ != "PERSON" and g.dep_ != "compound"
                )
                for t in named.subtree
            }
        elif word.head.ent_type_ == "PERSON" and word.head.head.i in governing:
            found |= {t.i for t in word.head.subtree}
    return found


def _first_of_the_owning_pair(trigger: Token) -> set[int]:
    """ "kept Scott Morrison and Jacinda Ardern's talks short": the parser may join the talks
    to the first name, owned by the second; both own them."""
    first = trigger.head
    if not (
        trigger.dep_ == "conj"
        and first.ent_type_ == "PERSON"
        and any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in trigger.children)
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children)
    ):
        return set()
    owned = {t.i for t in trigger.subtree}
    return {t.i for t in first.subtree if t.i not in owned and t.dep_ != "cc"}


def _who_were_there_then(trigger: Token) -> set[int]:
    """ "His last trip to Morocco dates back to November 2018, when he and the king
    inaugurated ...": who the when-clause says did something then took part."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or verb.lemma_ not in ("be", "date"):
        return set()
    own = {t.i for t in trigger.subtree}
    return {
        i
        for clause in verb.subtree
        # The parser hangs the clause on the verb or on the date ("back to November 2018").
        if clause.dep_ in ("advcl", "relcl")
        and clause.i not in own
        and any(c.lower_ == "when" for c in clause.children)
        for subject in clause.children
        if subject.dep_ in ("nsubj", "nsubjpass")
        for i in _phrase_without_clauses(subject)
        # ("he" there is whose trip it was, found already.)
        if trigger.doc[i].pos_ != "PRON"
    }


def _received_subject(trigger: Token) -> set[int]:
    """ "Lula arrived in Bogotá ... and was received by President Gustavo Petro": a passive
    verb joined to another shares its subject, who is the one received."""
    if trigger.dep_ != "conj" or trigger.pos_ != "VERB":
        return set()
    if not any(c.dep_ == "auxpass" for c in trigger.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children
    ):
        return set()
    return {
        i
        for c in trigger.head.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for i in _phrase_without_clauses(c)
    }


def _first_to_do_it(trigger: Token) -> set[int]:
    """ "Deby was the first foreign leader to meet Tiani": the subject said to be the one who
    did it met."""
    noun = trigger.head
    if trigger.dep_ not in ("relcl", "acl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
    ):
        return set()
    # ("Nehammer became the first Western leader to meet Putin" too.)
    if noun.dep_ != "attr" or noun.head.lemma_ not in ("be", "become"):
        return set()
    if not any(c.lower_ in ("first", "last", "only") for c in noun.children if c.dep_ == "amod"):
        return set()
    if any(c.lower_ == "since" for c in trigger.subtree):
        # "the first German Chancellor to visit Kenya since 2011": a record, not the visit.
        return set()
    return {i for c in noun.head.children if c.dep_ == "nsubj" for i in _phrase_without_clauses(c)}


def _subject_of_a_when_clause(token: Token, trigger: Token) -> bool:
    """Whether `token` is the subject of a when-clause inside the trigger's phrase."""
    clause = token.head
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and clause.dep_ in ("relcl", "advcl")
        and any(c.lower_ == "when" for c in clause.children if c.i < token.i)
        and clause.i in {t.i for t in trigger.subtree}
    )


def _subject_of_a_with_clause(token: Token, trigger: Token) -> bool:
    """Whether `token` is the subject of a "with X doing ..." clause on the trigger."""
    clause = token.head
    return bool(
        token.dep_ == "nsubj"
        and clause.dep_ == "pcomp"
        and clause.tag_ == "VBG"
        and clause.head.lower_ == "with"
        and clause.head.head.i == trigger.i
    )


def _clauses_told_during(trigger: Token) -> set[int]:
    """Tokens of "during which ...", "in which ..." clauses inside the trigger's phrase: what
    happened at the meeting (the parser may hang them on the last name rather than on it)."""
    inside: set[int] = set()
    for token in trigger.subtree:
        if token.dep_ != "relcl" or token.i == trigger.i or _taken_part_in_which(token):
            # ("..., in which Erdogan took part": who was at it, not what happened at it.)
            continue
        if any(
            c.dep_ == "prep" and any(w.lower_ == "which" for w in c.children)
            for c in token.children
        ):
            inside |= {t.i for t in token.subtree}
    return inside


def _partners_of_the_clause(trigger: Token, actors: list[ActorToken]) -> list[Any]:
    """ "Ramaphosa discussed Trump's threat to cut aid with Lula in a phone call": when the
    parser hangs "in a phone call" and "with Lula" deep inside the topic, the call found no
    party; it is then the call of the sentence's subject with whoever it did this with."""
    found = _clause_with_partners(trigger)
    if found is None:
        return []
    root, partners = found
    subjects = {i for c in root.children if c.dep_ == "nsubj" for i in _phrase_without_clauses(c)}
    source = [a for a in actors if a.root.i in subjects and a.span.kind == "person"]
    target = [a for a in actors if a.root.i in partners and a.span.kind == "person"]
    if not source or not target:
        return []
    return [a.span.model_copy(update={"role": "source"}) for a in source] + [
        a.span.model_copy(update={"role": "target"}) for a in target
    ]


def _one_of_those_it_was_done_to(trigger: Token, actors: list[ActorToken]) -> list[Any]:
    """ "the Uzbek president was among the five Central Asian leaders received by Donald
    Trump": the subject said to be one of those received was received."""
    group = trigger.head
    if trigger.dep_ != "acl" or group.dep_ != "pobj" or group.head.lower_ != "among":
        return []
    verb = group.head.head
    subjects = {i for c in verb.children if c.dep_ == "nsubj" for i in _phrase_without_clauses(c)}
    return [a.span.model_copy(update={"role": "target"}) for a in actors if a.root.i in subjects]


def _partners_during_their_meeting(trigger: Token, actors: list[ActorToken]) -> list[Any]:
    """ "he raised the conduct of Chinese aircraft directly with Li Qiang during their annual
    leaders' meeting": whom the clause around "their" meeting was with is its other side."""
    if not any(
        t.dep_ == "poss" and t.lower_ == "their" for t in trigger.subtree if t.i < trigger.i
    ):
        # ("their annual leaders' meeting": on the meeting or on the words before it.)
        return []
    found = _clause_with_partners(trigger)
    if found is None:
        return []
    _, partners = found
    return [
        a.span.model_copy(update={"role": "target"})
        for a in actors
        if a.root.i in partners and a.span.kind in ("person", "surname")
    ]


def _clause_with_partners(trigger: Token) -> tuple[Token, set[int]] | None:
    """The nearest verb above a meeting told "in", "during" or "by" something, with a subject
    of its own, and the words of the "with" phrases it has before the meeting."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("in", "during", "by"):
        return None
    # The nearest verb above with a subject of its own ("retake" in "a plan to retake" has none).
    root = next(
        (
            a
            for a in trigger.ancestors
            if a.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in a.children)
        ),
        None,
    )
    if root is None:
        return None
    own = {t.i for t in root.subtree} - {
        t.i for c in root.children if c.dep_ in ("ccomp", "parataxis", "advcl") for t in c.subtree
    }
    partners = {
        t.i
        for w in root.subtree
        if w.lower_ == "with" and w.dep_ == "prep" and w.i in own and w.i < trigger.i
        for c in w.children
        if c.dep_ == "pobj"
        for t in c.subtree
    }
    return root, partners


# Verbs of saying something to someone ("confirmed to her", "explained to Biden").
_TELLING_VERBS = frozenset(
    {"confirm", "say", "explain", "stress", "express", "convey", "reiterate", "repeat",
     "describe", "affirm", "reaffirm", "underline", "emphasise", "emphasize", "propose",
     "suggest", "promise", "pledge", "complain", "voice", "outline", "present", "mention"}
)  # fmt: skip


def _addressees(trigger: Token) -> set[int]:
    """ "Xi told Biden in a phone call", "assured Putin during the talks": whoever the verb
    around the meeting addresses took part in it."""
    preposition = trigger.head
    if trigger.dep_ != "pobj" or preposition.lower_ not in _SAME_TIME_PREPOSITIONS:
        return set()
    verb = preposition.head
    if verb.pos_ != "VERB":
        return set()
    # Only people are addressed: "shared his views during the talks" addresses nobody, nor
    # does "angered Hezbollah during her first visit" (a body, not someone spoken to).
    found = {
        t.i
        for c in verb.children
        if c.dep_ in ("dobj", "dative")
        and (c.pos_ == "PROPN" or c.lower_ in ("him", "her") or _a_named_counterpart(c))
        and c.ent_type_ not in ("ORG", "GPE", "NORP", "LOC", "FAC")
        for t in c.subtree
    }
    if verb.lemma_ in _TELLING_VERBS:
        # "Pope Leo XIV had confirmed to her in a phone call the Holy See's availability":
        # whom it was said to.
        found |= {
            i
            for c in verb.children
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for person in c.children
            if person.dep_ == "pobj"
            and (
                person.ent_type_ == "PERSON"
                or person.lower_ in ("him", "her")
                or _a_named_counterpart(person)
            )
            for i in _phrase_without_clauses(person)
        }
    if verb.lemma_ in _HANDING_VERBS:
        # "delivered a written message from the King to Khamenei during a meeting in Tehran":
        # whom it was handed to, hung on the verb or on what was handed.
        found |= {
            i
            for holder in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            for c in holder.children
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for person in c.children
            if person.dep_ == "pobj" and person.pos_ == "PROPN"
            for i in _phrase_without_clauses(person)
        }
    return found


_HANDING_VERBS = frozenset({"deliver", "hand", "convey", "pass", "present", "give"})


def _a_named_counterpart(noun: Token) -> bool:
    """ "her Bulgarian counterpart, Georg Georgiev": a counterpart with the name set after it."""
    return noun.lemma_.lower() == "counterpart" and any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children
    )


_CHAIR_NOUNS = frozenset({"chairmanship", "co-chairmanship", "chairpersonship", "chairing"})


def _chairs(trigger: Token) -> set[int]:
    """ "The session was held in Astana under the co-chairmanship of A and B": the chairs are
    its parties, though the parser hangs the phrase on "held", not on the session. So is who
    chaired a gathering, told in a clause on it ("the APEC leaders' meeting, which Lee
    chaired")."""
    found = {
        i
        for clause in trigger.children
        if trigger.pos_ in ("NOUN", "PROPN") and clause.dep_ == "relcl" and _chaired_it(clause)
        for subject in clause.children
        if subject.dep_ == "nsubj" and subject.ent_type_ == "PERSON"
        for i in _phrase_without_clauses(subject)
    }
    return found | _chairs_of_the_verb(trigger)


def _chaired_it(clause: Token) -> bool:
    """ "..., which Lee chaired": a relative clause whose object is the gathering it is on."""
    return clause.lemma_ in ("chair", "co-chair", "cochair") and any(
        c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in clause.children
    )


def _chairs_of_the_verb(trigger: Token) -> set[int]:
    verb = _verb_of_subject(trigger)
    if verb is None:
        return set()
    while verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
        # "The summit was chaired by": the parser may make the subject the auxiliary's.
        verb = verb.head
    if verb.lemma_ in _CHAIRING_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        # "The joint summit ... was co-chaired by A, the EAC Chairperson, and B": the
        # parser may hang B on the verb beside "by A".
        return {
            i
            for c in verb.children
            if c.dep_ == "agent"
            or (c.dep_ == "conj" and any(t.ent_type_ == "PERSON" for t in c.subtree))
            for i in _phrase_without_clauses(c)
        }
    return {
        t.i
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "under"
        # "under Chancellor Angela Merkel and Prime Minister Mateusz Morawiecki" names the
        # chairs too; "under the auspices of the UN" does not.
        if any(w.lower_ in _CHAIR_NOUNS or w.ent_type_ == "PERSON" for w in c.subtree)
        and not any(w.lower_ in ("auspices", "aegis", "framework") for w in c.subtree)
        for t in c.subtree
    }


def _parties_of_the_round(trigger: Token) -> set[int]:
    """ "The sixth round of Foreign Office Consultations (FOC) between Bangladesh and Pakistan":
    the parser hangs "between" on the round, not on the consultations."""
    preposition = trigger.head
    if trigger.dep_ != "pobj" or preposition.lower_ != "of":
        return set()
    round_noun = preposition.head
    if round_noun.lower_ not in ("round", "session", "meeting", "edition"):
        return set()
    return {
        t.i
        for c in round_noun.children
        if c.dep_ == "prep" and c.lower_ == "between"
        for t in c.subtree
    }


def _second_party_between(trigger: Token) -> set[int]:
    """ "talks between Prime Minister Modi and visiting Indonesian President Prabowo": the
    parser may hang the second party on a verb of its own ("visiting"); the name right after
    "and" is still the other side."""
    between = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "between"]
    if len(between) != 1:
        return set()
    objects = [c for c in between[0].children if c.dep_ == "pobj"]
    if len(objects) != 1 or any(t.dep_ == "conj" for t in objects[0].subtree):
        return set()
    after = objects[0].right_edge.i + 1
    doc = trigger.doc
    if after >= len(doc) or doc[after].lower_ != "and":
        return set()
    for ent in doc.ents:
        if after < ent.start <= after + _BETWEEN_REACH and ent.label_ in ("PERSON", "GPE"):
            return set(range(ent.start, ent.end))
        if ent.start > after + _BETWEEN_REACH:
            break
    return set()


# Words between "and" and the second party's name ("visiting Indonesian President").
_BETWEEN_REACH = 6


def _verb_a_where_clause_cut_off(conjunct: Token, clause: Token) -> Token | None:
    """The verb whose place `clause` is a where-clause on, when `conjunct` is a verb the parser
    hung on the clause though the clause's own subject is a thing ("where the main topic was
    peace, and then held talks with Meloni")."""
    if not (
        conjunct.dep_ == "conj"
        and conjunct.pos_ == "VERB"
        and clause.dep_ == "relcl"
        and any(c.lower_ == "where" for c in clause.children)
    ):
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(
        s.pos_ != "NOUN" or s.ent_type_ or s.lemma_ in _PEOPLE_WORDS for s in subjects
    ):
        return None
    verb = clause.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _verb_of_subject(trigger: Token) -> Token | None:
    """The verb whose subject holds the trigger ("The sixth session of X | was held")."""
    for node in [trigger, *trigger.ancestors]:
        if node.dep_ in ("nsubj", "nsubjpass"):
            return node.head
        if node.pos_ in ("VERB", "AUX"):
            return None
    return None


def _callers(trigger: Token) -> set[int]:
    """ "received a phone call from X", "made a call to X": the verb's "from" or "to" phrase
    names the other party, though the parser hangs it on the verb, not on the call."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_ not in ("receive", "get", "make", "place"):
        return set()
    return {
        t.i
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("from", "to")
        for t in c.subtree
    }


# "met Xi in the morning before holding the summit with Li": what comes before or after the
# meeting is another occasion, with its own counterparts.
_SEQUENCE_PREPOSITIONS = frozenset({"before", "after", "following", "ahead", "prior"})


# Verbs of a meeting of its own, told in a where-clause on a place of another.
_MEETING_VERBS = frozenset({"meet", "hold", "confer"})
# Triggers whose where-clause tells what the trip was for: "flew to Paris, where he met Macron".
_GOING = frozenset({"visit", "travel", "arrive", "fly", "go", "come", "trip", "tour", "stop"})


def _meeting_told_where(trigger: Token) -> set[int]:
    """ "spoke to Trump from Helsinki, where he had held talks with Stubb earlier in the day":
    a meeting of its own, in a where-clause on the place of a call or meeting."""
    if trigger.pos_ != "VERB" or trigger.lemma_ in _GOING:
        # ("the IX Summit of CELAC, where she held a bilateral meeting with Lula": he was at
        # the summit too.)
        return set()
    told = {t.i for clause in _where_clauses(trigger, _MEETING_VERBS) for t in clause.subtree}
    for clause in _where_clauses(trigger, frozenset({"be"})):
        # "received by the Pope in the Vatican, where the main topic was peace, and then held
        # talks with Meloni in Rome": the parser hangs the next meeting on the where-clause.
        told |= {
            t.i
            for c in clause.children
            if c.dep_ == "conj" and c.lemma_ in _MEETING_VERBS
            for t in c.subtree
        }
    return told


def _where_clauses(trigger: Token, verbs: frozenset[str]) -> list[Token]:
    """The where-clauses in the trigger's phrase, hung on a place of it, whose verb is one of
    `verbs` ("..., where he had held talks with Stubb")."""
    return [
        clause
        for clause in trigger.subtree
        if clause.dep_ == "relcl"
        and clause.lemma_ in verbs
        and any(c.lower_ == "where" for c in clause.children)
        and trigger.i not in {t.i for t in clause.subtree}
    ]


# What someone says to or passes on from others where they met ("where he cautioned Hezbollah
# against ...", "where he conveyed the greetings of the King").
_WARNING_VERBS = _CLAUSE_STOP | {
    "caution", "urge", "press", "call", "reiterate", "tell", "convey", "deliver", "pass",
    "extend", "express",
}  # fmt: skip


def _said_where(trigger: Token) -> set[int]:
    """ "met Berri in Ain el-Tineh, where he cautioned Hezbollah against dragging Lebanon into
    the war between Israel and Iran": whom a where-clause on the meeting's place has him warn
    or address was not at the meeting."""
    return {
        t.i
        for clause in _where_clauses(trigger, _WARNING_VERBS)
        for t in clause.subtree
        # (The one who speaks there is at the meeting: "where he conveyed the greetings of".)
        if not (t.dep_ == "nsubj" and t.head.i == clause.i)
    }


def _later_clauses(trigger: Token) -> set[int]:
    """Tokens of clauses hanging off a meeting verb that tell of another occasion."""
    if trigger.pos_ != "VERB":
        return set()
    found: set[int] = set()
    for child in trigger.children:
        if _is_sequenced_clause(child) or _before_another_occasion(child):
            found |= {t.i for t in child.subtree}
        if child.dep_ == "prep" and any(done_instead(g) for g in child.children):
            # "met Ruto instead of travelling to the summit with Putin": not done, nor with him.
            found |= {t.i for t in child.subtree}
    for node in trigger.subtree:
        if node.i != trigger.i and node.dep_ == "conj" and _another_that_clause(node):
            # "recalled that he had last met Xi in Beijing, when ..., and that Xi's first visit
            # in 2016 had brought talks with Nikolić": the parser may hang the second thing
            # recalled under the first; it tells another occasion.
            found |= {t.i for t in node.subtree}
    return found


def _another_that_clause(verb: Token) -> bool:
    return (
        verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


_OCCASION_WORDS = frozenset(
    {"session", "summit", "meeting", "talks", "visit", "conference", "dinner", "lunch"}
)


def _before_another_occasion(child: Token) -> bool:
    """ "Before the leaders' session, the ministers co-chaired ...": another occasion."""
    if child.dep_ != "prep" or child.lower_ not in _SEQUENCE_PREPOSITIONS:
        return False
    return any(
        c.dep_ == "pobj"
        and (
            c.lemma_.lower() in _OCCASION_WORDS
            # "After the talks with Dbeibah, Meloni met Menfi": the talks (whose lemma is
            # "talk") with someone else. ("After their talks, the ministers signed" is the
            # signing of their occasion.)
            or (
                c.lower_ in _OCCASION_WORDS
                and any(g.dep_ == "prep" and g.lower_ == "with" for g in c.children)
            )
        )
        for c in child.children
    )


def _opens_a_sequence(node: Token) -> bool:
    """ "after hosting ...", "before he flew to ...": the word heads a clause of another
    occasion than the verb above it."""
    if node.dep_ == "pcomp":
        return node.head.lower_ in _SEQUENCE_PREPOSITIONS
    if node.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in node.head.children
    ):
        # "met Modi in New York ..., but chose Beijing for his first trip, meeting Xi": what
        # "but" sets against the verb before is another occasion.
        return True
    return _is_sequenced_clause(node)


def _is_sequenced_clause(child: Token) -> bool:
    """ "before holding ...", "after he travelled to ...": a clause of another occasion."""
    if child.dep_ == "prep" and child.lower_ in _SEQUENCE_PREPOSITIONS:
        return any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in child.children)
    if child.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_PREPOSITIONS for c in child.children)
    return False


_FORMS_OF_ADDRESS = frozenset(
    {"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "h.e.", "h.e", "hon.", "hon",
     # The Persian and Arabic honorific before a name: "Seyed Abbas Araghchi".
     "seyed", "sayyid", "sayed", "syed"}
)  # fmt: skip


def _names_the_title_before(actor: ActorToken, inside: set[int]) -> bool:
    """ "a call from the President of the French Republic, Mr. Emmanuel Macron": a name set off
    by a comma right after a title inside the trigger's phrase is that title's holder, wherever
    the parser hung it. So is a name right after "<title> of <country>" ("with President of
    the Islamic Republic of Iran Masoud Pezeshkian")."""
    if actor.span.kind != "person":
        return False
    doc = actor.root.doc
    speaking = actor.root.head
    i = actor.tokens.start - 1
    while i >= 0 and doc[i].lower_ in _FORMS_OF_ADDRESS:
        i -= 1
    if (
        speaking.lemma_ in _CLAUSE_STOP
        and speaking.i == actor.tokens.stop
        and i >= 0
        and doc[i].text == ","
    ):
        # "... to visit Türkiye, Fahmy added", "..., Mr Onanuga said": whoever says so at the
        # end, not a title's holder.
        return False
    if (
        inside
        and actor.root.dep_ in ("nsubj", "nsubjpass")
        and any(
            c.dep_ == "advcl"
            and c.i < actor.root.i
            and min(inside) in {t.i for t in c.subtree}
            # (Not "When Scholz hosted the summit in Berlin, Vučević signed ...": a clause whose
            # verb is the meeting may tell the occasion the subject was at.)
            and c.i not in inside
            for c in speaking.children
        )
    ):
        # "Asked about the Prime Minister's trip to Italy, Gulyás recalled ...": the subject of
        # the clause the phrase hangs in.
        return False
    if i >= 1 and doc[i].text == "," and (i - 1) in inside:
        return True
    return i >= 2 and i in inside and doc[i].ent_type_ in ("GPE", "ORG") and _of_country(doc, i)


def _of_country(doc: Any, end: int) -> bool:
    """Whether the entity ending at `end` follows "of" ("President of the Islamic Republic of
    Iran")."""
    start = end
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    before = start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    return before >= 1 and doc[before].lower_ == "of"


def _is_attribution(token: Token) -> bool:
    node = token
    while node.dep_ in ("compound", "appos", "conj", "flat") and node.head.i != node.i:
        node = node.head
    if (
        node.dep_ == "nsubj"
        and node.head.dep_ == "parataxis"
        and node.head.lemma_ in _REPORTING_VERBS
    ):
        # "Lam met Premier Li Qiang, Chinese state broadcaster CCTV said": who reports it.
        return True
    if node.dep_ != "pobj":
        return False
    preposition = node.head
    return bool(preposition.lower_ == "to" and preposition.head.lower_ in ("according", "accord"))


_REPORTING_VERBS = frozenset({"say", "report", "tell", "add", "announce", "confirm", "write"})


# Verbs that set one occasion after another ("the talks were followed by a dinner").
_SEQUENCE_VERBS = frozenset({"follow", "precede", "succeed"})


def _phrase_without_clauses(head: Token) -> set[int]:
    """A noun phrase without its relative or adverbial clauses: in "Xi, who had received Putin
    in May, met him", Putin is not part of the subject."""
    found = {head.i}
    for child in head.children:
        if child.dep_ not in ("relcl", "acl", "advcl", "ccomp"):
            found |= _phrase_without_clauses(child)
        elif (name := _name_closing_the_clause(child)) is not None:
            # The description names no one else: the person is the name.
            return _phrase_without_clauses(name)
    return found


def _name_closing_the_clause(clause: Token) -> Token | None:
    """ "The last Greek foreign minister to visit Libya, Nikos Dendias, met Haftar": the
    parser sets the name beside the clause's last word, a place; it is the described one's."""
    if clause.dep_ not in ("relcl", "acl"):
        return None
    last = clause.right_edge
    while last.is_punct and last.i > clause.i:
        last = last.nbor(-1)
    name = last if last.dep_ == "appos" else last.head if last.dep_ == "compound" else None
    if (
        name is None
        or name.dep_ != "appos"
        or name.ent_type_ != "PERSON"
        or name.head.ent_type_ not in ("GPE", "LOC", "FAC", "ORG")
        # (Told before the main verb, as a subject is: "... who is visiting Japan to attend the
        # event at Expo 2025 Osaka, Kansai." ends on a place the model took for a name.)
        or name.i > name.sent.root.i
    ):
        return None
    return name


def _subject_under_mark(verb: Token) -> list[Token]:
    """ "... since Theresa May visited Beijing in 2018": the parser may hang the clause's
    subject on its "since" as an object; it is still the clause's own subject."""
    return [
        g
        for c in verb.children
        if c.dep_ == "mark" and c.lower_ in ("since", "before", "after", "until", "when")
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ in ("PERSON", "GPE")
    ]


def _name_taken_into_the_day(verb: Token) -> list[Token]:
    """ "that on Monday Orbán met Meloni": the parser takes the name for part of the day
    before the verb; it is the verb's subject."""
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "on" and c.i < verb.i
        for g in c.children
        if g.dep_ == "pobj"
        and g.pos_ == "PROPN"
        and any(d.dep_ == "compound" and d.ent_type_ == "DATE" for d in g.children)
    ]


def _name_cut_off_before(verb: Token) -> list[Token]:
    """ "Today in Ljubljana, Deputy Prime Minister and Minister of Foreign and European Affairs
    Tanja Fajon hosted ...": a name right before a finite verb with no subject, which the
    parser hung inside the opening words, is the verb's subject."""
    if verb.i == 0 or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    if any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in verb.children):
        return []
    before = verb.doc[verb.i - 1]
    if before.ent_type_ not in ("PERSON", "NORP", "ORG") or before.pos_ != "PROPN":
        return []
    # "where on 6 October 2022 Aliyev and Pashinian met ...": the pair, from its first name.
    while before.dep_ == "conj" and before.head.ent_type_ in ("PERSON", "NORP", "ORG"):
        before = before.head
    return [before]


def _someone_elses_occasion_to_measure_from(trigger: Token) -> bool:
    """ "Wadephul arrived in Beijing days after French President Emmanuel Macron's state
    visit": an occasion owned by someone named, told to time another, is not the subject's."""
    if not (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("after", "before", "since", "following")
    ):
        return False
    # "they spoke by phone last week, after the meeting in Riyadh on 18 February between
    # Secretary Rubio and Foreign Minister Lavrov": an occasion of two others, named.
    between = any(
        t.lower_ == "between"
        and sum(1 for p in t.subtree if p.ent_type_ == "PERSON" and p.ent_iob_ == "B") >= 2
        for t in trigger.subtree
    )
    owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in trigger.children)
    return (
        between
        or (
            owned
            and (
                # ("days after", "a week before": a measure of the time between the two.)
                any(c.dep_ == "npadvmod" for c in trigger.head.children)
                # "her first visit since US Vice President JD Vance's trip to the island": what
                # a first is counted from; "made a statement following Vance's visit". (Not
                # "their first meeting since Lavrov's trip to China": the last time they met.)
                or (
                    trigger.head.lower_ in ("since", "following")
                    and not any(
                        t.lower_ == "their" and t.dep_ == "poss"
                        for t in trigger.doc[trigger.sent.start : trigger.head.i]
                    )
                )
            )
        )
    )


_MODALS = frozenset({"could", "would", "can", "should", "might", "may", "will"})
# Verbs of a third party's reaction to a meeting, or its citing of one.
_REACTING_VERBS = frozenset(
    {"welcome", "hail", "applaud", "praise", "commend", "condemn", "criticise", "criticize",
     "denounce", "note", "salute", "cite", "mention", "recall", "describe", "question",
     "dismiss", "defend"}
)  # fmt: skip


def _sides_named_between(trigger: Token) -> bool:
    """Whether the meeting noun names two sides after "between" ("the Summit between the
    European Union and the Republic of Moldova")."""
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "prep"
        and c.lower_ == "between"
        and any(o.dep_ == "pobj" and any(g.dep_ == "conj" for g in o.children) for o in c.children)
        for c in trigger.children
    )


def _subject_after_a_semicolon(verb: Token) -> set[int]:
    """ "González-Olaechea made Venezuela his crusade; Schialer, who replaced him in September,
    preferred discretion and met Wang Yi": the parser may join a verb after a semicolon to the
    clause before it; its subject is the person the new clause opens with."""
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.i > verb.i:
        return set()
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return set()
    doc = verb.doc
    stops = [t.i for t in doc[verb.head.i : verb.i] if t.text == ";"]
    if not stops:
        return set()
    start = next(
        (t.i for t in doc[stops[-1] + 1 : verb.i] if t.ent_type_ == "PERSON" and not t.is_punct),
        None,
    )
    if start is None:
        return set()
    end = start
    while end + 1 < verb.i and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
        end += 1
    return set(range(start, end + 1))


def _subject_tokens(trigger: Token, *, meeting: bool) -> set[int]:
    """Token indices of the nearest subject governing the trigger, climbing through clauses."""
    if _someone_elses_occasion_to_measure_from(trigger):
        return set()
    if noun_before_a_contact_clause(trigger) is not None:
        # "the talks the two leaders held": who the parser makes the clause's object.
        return {t.i for t in trigger.head.subtree if t.i < trigger.i}
    after_a_semicolon = _subject_after_a_semicolon(trigger)
    if after_a_semicolon:
        return after_a_semicolon
    node = trigger
    came_from: Token | None = None
    for _ in range(6):
        saying = _saying_set_off_after(came_from) if came_from is not None else None
        if saying is not None:
            # Who said it after the talks held them, not the subject of what was said.
            came_from, node = node, saying
        if (
            came_from is not None
            and came_from.dep_ in ("nsubj", "nsubjpass", "agent", "dobj")
            and node.lemma_ in _SEQUENCE_VERBS
        ):
            # "Starmer's talks with Xi in Rio were followed by Reeves's trip to Beijing": the
            # occasion before or after the meeting is another one, not who held it.
            return set()
        if node.i != trigger.i and node.lemma_ in _REACTING_VERBS and _sides_named_between(trigger):
            # "The Ministry of Foreign Affairs of Romania welcomes the holding of the first
            # Summit between the European Union and the Republic of Moldova": a meeting that
            # names its sides is not the welcomer's.
            return set()
        subjects = (
            [
                c
                for c in node.children
                if c.dep_ in _SUBJECTS
                # "and the next day sat with Araghchi": a day the parser takes for the subject.
                and not (
                    c.ent_type_ == "DATE" and c.pos_ == "NOUN" and _owner_of_the_occasion(c) is None
                )
            ]
            or _subject_under_mark(node)
            or _name_taken_into_the_day(node)
            or _name_cut_off_before(node)
        )
        if came_from is not None and (
            came_from.dep_ in ("conj", "advcl")
            # "was received by Macron at the Elysee, days after attending the EU-CELAC summit":
            # who did what a gerund after "after" or "before" tells is the subject too.
            or (
                came_from.dep_ == "prep"
                and came_from.lower_ in ("after", "before")
                and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in came_from.children)
            )
        ):
            # "was received by the King and then held talks with Sánchez": the second verb
            # shares the first's subject, not the one who received him; so does a clause
            # hung on it ("was received by the Pope, then called on Mattarella").
            subjects = [c for c in subjects if c.dep_ != "agent"]
        # ("Kirchner and Bachelet, who were received together by Benedict XVI": the one who
        # received them is no subject of the clause.)
        relative = [s for s in subjects if s.dep_ != "agent"]
        if (
            relative
            and node.dep_ == "relcl"
            and all(s.lower_ in ("who", "that", "which") for s in relative)
        ):
            if node.head.lemma_ in _TRIP_NOUNS and node.head.lemma_ != "summit":
                # "after a state visit to China that included meetings with Xi": whoever
                # made the visit, named further up.
                came_from, node = node, node.head
                continue
            # "Barrot, who earlier held talks with Attaf": the subject is the word the
            # clause describes.
            return _phrase_without_clauses(node.head)
        if (
            subjects
            and came_from is not None
            and came_from.dep_ == "prep"
            and came_from.lower_ in ("after", "before", "while")
            and node.dep_ == "ccomp"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
            and (
                all(s.pos_ == "NOUN" and not s.ent_type_ for s in subjects)
                or (
                    any(c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children)
                    and all(s.ent_type_ == "GPE" for s in subjects)
                )
            )
        ):
            # "promised Kosovo that the first money could arrive by the end of the year, after
            # meeting Osmani and Kurti", "said on Monday that Türkiye and Greece could turn the
            # Aegean into a sea of peace after talks with Mitsotakis": the parser hangs the
            # meeting on what was said could be; the one who met them is the one who said it.
            came_from, node = node, node.head
            continue
        if (
            subjects
            and came_from is not None
            and (verb := _verb_a_where_clause_cut_off(came_from, node)) is not None
        ):
            # "was received by the Pope in the Vatican, where the main topic was peace, and
            # then held talks with Meloni in Rome": the parser hangs the next verb on the
            # where-clause; it shares the subject of the verb whose place the clause is on.
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            return {i for s in subjects for i in _phrase_without_clauses(s)}
        if subjects and node.dep_ == "conj" and all(s.dep_ == "agent" for s in subjects):
            # "where he held talks with Choe on Friday and was received by Kim on Saturday":
            # the passive shares the first verb's subject, whom the agent received.
            subjects += [c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "Mr Macron's day began with talks at the airport with Mikati": whose day or visit
        # it was is who held them.
        subjects = [_owner_of_the_occasion(s) or s for s in subjects]
        if (
            subjects
            and came_from is not None
            and came_from.dep_ == "prep"
            and came_from.lower_ in ("after", "before", "following")
            and all(s.lemma_.lower() in _SITTINGS | _TRIP_NOUNS for s in subjects)
        ):
            # "The meeting with Chinh came after the President's talks with Thuong": the
            # occasion told before or after is another one, and whom it was with held no part
            # in this one.
            return set()
        if subjects:
            # "His Majesty King Abdullah II, President Sisi and President Abbas affirmed": the
            # parser may leave the first of a list of subjects unattached ("dep").
            subjects += [
                c
                for c in node.children
                if c.dep_ == "dep" and c.i < subjects[0].i and c.ent_type_ == "PERSON"
            ]
            return {i for s in subjects for i in _phrase_without_clauses(s)}
        if node.dep_ == "ROOT" or node.head.i == node.i:
            break
        # "the agreement reached in Istanbul between X and Y": a participle's subject is the
        # noun it modifies, not whoever welcomed that noun.
        if (
            node.dep_ == "acl"
            and node.tag_ == "VBG"
            and node.head.pos_ in ("PROPN", "NOUN")
            and came_from is not None
            and _said_after_it(came_from, node)
        ):
            # "Zelensky, speaking in Ankara after talks with Erdogan, said ...": who does what
            # the present participle says is the one it describes.
            return _phrase_without_clauses(node.head)
        if (
            node.dep_ == "acl"
            and node.tag_ in ("VBD", "VBN")
            # (What was said follows: no participle on a noun says "that ...".)
            and any(c.dep_ == "ccomp" for c in node.children)
            and node.head.dep_ == "ROOT"
            and node.head.pos_ in ("PROPN", "NOUN")
            and came_from is not None
            and _said_after_it(came_from, node)
        ):
            # "The Prime Minister of Norway, Jonas Gahr Store, announced after talks with ...":
            # a sentence whose verb the parser takes for a clause on its subject (so the
            # subject is the root); whoever said it after the talks held them.
            return _phrase_without_clauses(node.head)
        if node.dep_ in ("acl", "relcl"):
            decider = _whose_decision(node, came_from)
            return set() if decider is None else _phrase_without_clauses(decider)
        # "They discussed the upcoming meeting": whoever discusses a meeting is not its party
        # (but whoever "expressed support" is the supporter).
        if meeting and _is_discussed(node) and not _team_led_in_it(node):
            break
        if (
            node.lemma_ in _CLAUSE_STOP
            and node.i != trigger.i
            # "... and, after talks with Amir-Abdollahian, announced that ...": who speaks
            # after the talks held them.
            and not (came_from is not None and _said_after_it(came_from, node))
        ):
            break
        came_from, node = node, node.head
        if came_from.dep_ == "appos" and _team_led_in_it(came_from):
            return _phrase_without_clauses(node)
        decider = _whose_decision(node, came_from)
        if decider is not None:
            return _phrase_without_clauses(decider)
        if _purpose_hung_on_a_place(came_from, node) or _during_hung_on_a_noun(came_from, node):
            # "slipped into a Rome hotel through a side door for a meeting with Macron": the
            # parser hangs the purpose on the nearest noun; it is the going's.
            came_from, node = node.head, node.head.head
            continue
        # "On the heels of X's meeting, ...": a noun on the way up closes the trigger's phrase;
        # one used as an adverb does not ("called on Museveni, a day after holding talks").
        if (
            node.pos_ in ("NOUN", "PROPN")
            and node.i != trigger.i
            and node.dep_ != "npadvmod"
            and not _measures_it(node, came_from)
            and not _part_of_it(node, came_from)
            and not _a_round_of_it(node, came_from)
            and not _team_led_in_it(node)
        ):
            held = _holding_verb_put_far_before(trigger)
            if held is not None:
                return _who_held(held)
            break
    return set()


def _holding_verb_put_far_before(trigger: Token) -> Token | None:
    """ "King Mohammed VI held on Monday at the Qasr Al Watan palace in Abu Dhabi face-to-face
    talks with Sheikh Mohamed": the talks held come after the day and the place, and the parser
    hangs them on the place; they are the object of the "held" that has none."""
    if trigger.lemma_.lower() not in _SITTINGS or trigger.dep_ != "pobj":
        return None
    node = trigger
    for _ in range(8):
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    if node.lemma_ != "hold" or any(c.dep_ in ("dobj", "nsubjpass") for c in node.children):
        return None
    return node


def _who_held(held: Token) -> set[int]:
    """The subject of a "held" whose object the parser lost, or the name it hangs the verb on
    ("King Mohammed VI held on Monday ...", with "held" a clause on the name)."""
    subjects = [c for c in held.children if c.dep_ == "nsubj"]
    if subjects:
        return {i for s in subjects for i in _phrase_without_clauses(s)}
    if held.dep_ == "acl" and held.head.ent_type_ == "PERSON" and held.head.dep_ == "ROOT":
        return _phrase_without_clauses(held.head)
    return set()


# What a person's day is told by when it "began with talks" or "continued with a lunch".
_DAYS_OF_SOMEONE = frozenset({"day", "visit", "trip", "tour", "stay", "programme", "program"})


def _owner_of_the_occasion(subject: Token) -> Token | None:
    """The person whose day, visit or trip the subject is ("Mr Macron's day"), if the verb
    tells how it went on ("began", "continued", "ended")."""
    if subject.lemma_ not in _DAYS_OF_SOMEONE or subject.head.lemma_ not in _GOING_ON_VERBS:
        return None
    return next((c for c in subject.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"), None)


def _included_in_it(trigger: Token) -> set[int]:
    """ "The meeting, hosted by Holness, included Guyana's President Irfaan Ali, who chairs the
    Caribbean Community, and Barbados Prime Minister Mia Mottley": whom the meeting included
    was at it (not what their clauses name)."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or verb.lemma_ not in ("include", "involve"):
        return set()
    return {
        i
        for c in verb.children
        if c.dep_ == "dobj"
        for o in (c, *c.conjuncts)
        # (Not "The talks included a discussion of the sanctions on Russia": a topic.)
        if o.ent_type_ == "PERSON"
        for i in _phrase_without_clauses(o)
    }


def _who_attended_it(hosting: Token) -> Token | None:
    """ "Abela attended the Trans-Mediterranean Migration Forum hosted by Dbeibah in Tripoli":
    who attended a gathering someone hosted was that host's guest."""
    gathering = hosting.head
    if not (
        hosting.dep_ == "acl"
        and hosting.tag_ == "VBN"
        and hosting.lemma_ in _CHAIRING_VERBS
        and gathering.dep_ == "dobj"
        and gathering.head.lemma_ in ("attend", "join")
    ):
        return None
    return next((c for c in gathering.head.children if c.dep_ == "nsubj"), None)


def _named_after_in_the_main_clause(pronoun: Token) -> Token | None:
    """The main clause's subject, a name told after it, that a pronoun inside a clause opening
    the sentence stands for."""
    if pronoun.lower_ not in ("he", "she"):
        return None
    root = pronoun.sent.root
    opening = next((a for a in pronoun.ancestors if a.head.i == root.i and a.i != root.i), None)
    if opening is None or opening.dep_ != "advcl" or opening.left_edge.i != pronoun.sent.start:
        return None
    return next(
        (
            c
            for c in root.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.i > pronoun.i and c.pos_ == "PROPN"
        ),
        None,
    )


def _team_led_in_it(noun: Token) -> bool:
    """ "leading Ukraine's team in technical talks with American negotiators": the team's
    leader is the one in the talks."""
    if noun.lemma_ not in ("team", "delegation"):
        return False
    if noun.dep_ == "dobj":
        return noun.head.lemma_ in ("lead", "head")
    # ("Yermak ..., leading Ukraine's team in talks": the parser may make the team an
    # apposition of the leader, and "leading" its adjective.)
    return noun.dep_ == "appos" and any(
        c.dep_ == "amod" and c.lemma_ in ("lead", "head") for c in noun.children
    )


# Nouns whose owner does what their infinitive says: "Lee's decision to stop in Tokyo".
# (Not "Xi's invitation to visit Beijing", where the owner asks someone else.)
_OWN_DECISIONS = frozenset(
    {"decision", "choice", "plan", "move", "bid", "attempt", "effort", "intention"}
)


def _whose_decision(node: Token, came_from: Token | None) -> Token | None:
    """ "Lee's decision to travel to Tokyo for talks with Ishiba", and "Lee's decision to stop
    in Tokyo first, for talks with Ishiba" with the purpose hung on the noun: who travels, and
    so who talks, is the one whose decision it was."""
    noun = node.head if node.dep_ == "acl" and node.tag_ == "VB" else node
    if noun.pos_ != "NOUN" or noun.lemma_ not in _OWN_DECISIONS:
        return None
    if noun.i == node.i and not (
        came_from is not None
        and came_from.dep_ == "prep"
        and came_from.lower_ == "for"
        and any(c.dep_ == "acl" and c.lemma_ in _STOPPING for c in noun.children)
    ):
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _took_people_to_a_town(verb: Token) -> bool:
    """ "took one of the largest delegations in memory to New Delhi", "led a business
    delegation to Hanoi": a going, told by whom the traveller brought along."""
    return verb.lemma_ in ("take", "lead", "bring") and any(
        to.lower_ == "to"
        and to.dep_ == "prep"
        and any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in to.children)
        for to in verb.subtree
    )


def _purpose_hung_on_a_place(preposition: Token, noun: Token) -> bool:
    """ "through a side door for a meeting", "at the airport for talks", "with a dozen
    ministers for talks": a "for" phrase of purpose the parser hangs on the noun of a phrase
    of place, way or company."""
    return bool(
        preposition.dep_ == "prep"
        and preposition.lower_ == "for"
        and noun.pos_ == "NOUN"
        and noun.lemma_ not in _TRIP_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("into", "through", "at", "to", "in", "with")
        and noun.head.head.pos_ == "VERB"
        and noun.head.head.lemma_ in _GOING_VERBS
    )


def _during_hung_on_a_noun(preposition: Token, noun: Token) -> bool:
    """ "sealed a deal on the long-running dispute during talks at State House": a "during"
    phrase, which times what a verb tells, that the parser hangs on the noun of the verb's
    own phrase."""
    return bool(
        preposition.dep_ == "prep"
        and preposition.lower_ == "during"
        and noun.pos_ == "NOUN"
        and noun.lemma_ not in _TRIP_NOUNS | _SITTINGS
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ == "VERB"
    )


_GOING_VERBS = _MOTION_VERBS | {"slip", "walk", "drive", "sneak"}
_STOPPING = _GOING_VERBS | {"stop"}


def _measures_it(noun: Token, came_from: Token) -> bool:
    """ "held about three hours of talks": the noun only measures how long the talks took; their
    subject is the verb's."""
    return (
        came_from.dep_ == "prep"
        and came_from.lower_ == "of"
        and noun.ent_type_ == "TIME"
        and noun.lemma_ in ("hour", "minute")
    )


# Parts of a gathering: who attends or speaks at its opening is at the gathering.
_PARTS_OF_A_GATHERING = frozenset({"opening", "closing", "ceremony", "session", "plenary"})


def _a_round_of_it(noun: Token, came_from: Token) -> bool:
    """ "sat there for the latest round of their peace talks": the round is the talks.
    ("hosted five rounds of security talks", "several rounds of talks": many occasions.)"""
    counted = noun.tag_ == "NNS" and any(
        c.dep_ in ("nummod", "amod") and (c.like_num or c.lower_ in _SEVERAL) for c in noun.children
    )
    return bool(
        noun.lemma_ == "round"
        and came_from.dep_ == "prep"
        and came_from.lower_ == "of"
        and not counted
    )


_SEVERAL = frozenset({"several", "many", "numerous", "multiple", "countless", "few"})


def _part_of_it(noun: Token, came_from: Token) -> bool:
    """ "attended the opening ceremony of the fourth ministerial meeting", "made the offer at
    the opening of the forum": who is at the opening is at the meeting."""
    return (
        came_from.dep_ == "prep"
        and came_from.lower_ == "of"
        and noun.lemma_ in _PARTS_OF_A_GATHERING
        and (
            (noun.dep_ == "dobj" and noun.head.lemma_ in ("attend", "join", "address"))
            or (noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during"))
        )
    )


def _saying_set_off_after(preposition: Token) -> Token | None:
    """ "Scholz said on Saturday that a solution was within reach, after talks with Petkov":
    the saying an "after" phrase set off at the end of what was said belongs to, though the
    parser hangs it on the clause said."""
    clause = preposition.head
    if (
        preposition.dep_ != "prep"
        or preposition.lower_ not in ("after", "following")
        or clause.dep_ != "ccomp"
        or clause.head.lemma_ not in _CLAUSE_STOP
        or preposition.i == 0
        or preposition.doc[preposition.i - 1].text != ","
    ):
        return None
    # Nothing of the clause said comes after the phrase.
    phrase = {t.i for t in preposition.subtree}
    if any(t.i > preposition.i and t.i not in phrase and not t.is_punct for t in clause.subtree):
        return None
    return clause.head


def _said_after_it(came_from: Token, verb: Token) -> bool:
    """ "said after consultations with ...": the word is an "after" phrase on the verb."""
    return (
        came_from.dep_ == "prep"
        and came_from.lower_ in ("after", "following")
        and came_from.head.i == verb.i
    )


def _in_topic_clause(token: Token, trigger: Token) -> bool:
    """True for actors inside a clause the trigger merely introduces ("agreed that China ..."),
    a coordinated clause ("met ... and agreed to a China-brokered deal") or a modifier
    ("China-brokered")."""
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.head.i == trigger.i:
            return True
        if (
            node.dep_ == "npadvmod"
            and node.head.pos_ in ("ADJ", "VERB")
            # "called on the President, Droupadi Murmu": a name the parser hung on the trigger
            # (the model may not know it: "the President of Fiji, Ratu Wiliame Katonivere").
            and not (
                node.head.i == trigger.i and (node.ent_type_ == "PERSON" or node.pos_ == "PROPN")
            )
            # "co-chaired by Jaishankar and then foreign minister Gyawali": a chair the parser
            # hung on the participle.
            and not (node.pos_ == "PROPN" and _chaired_or_attended(node.head))
            # "a meeting that brought together A and B", with B hung on the verb.
            and not (node.pos_ == "PROPN" and _brings_together(node.head))
        ):
            return True
        if node.dep_ in ("ccomp", "relcl", "advcl") and not _describes_the_event(node, trigger):
            return True
        if (
            node.dep_ == "acl"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            and any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in node.children)
        ):
            # "..., the first of many signals that Argentina intended to pick a side": what a
            # noun says, a clause of its own, names no party.
            return True
        if (
            node.dep_ == "acl"
            and node.lemma_ not in _MEETING_PURPOSES
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        ):
            # "a consultative meeting in Riyadh to coordinate a response to Trump's proposal":
            # what the meeting was for names its topic, not its parties.
            return True
        node = node.head
    return False


_AGREEING_TO = frozenset({"agree", "decide", "resolve", "commit", "undertake", "consent"})


def _what_was_agreed_to(trigger: Token, offset: int) -> set[int]:
    """Where the words of "agreed to VERB ..." start (a meeting agreed to is not among them:
    "agreed to meet Putin")."""
    if trigger.lemma_ not in _AGREEING_TO:
        return set()
    return {
        offset + t.idx
        for c in trigger.children
        if c.dep_ == "xcomp" and c.lemma_ not in _MEETING_PURPOSES
        for t in c.subtree
    }


# A purpose that is itself a meeting with whom it names ("a trip to meet Putin").
_MEETING_PURPOSES = frozenset({"meet", "see", "visit", "hold", "receive", "join", "host"})


def _describes_the_event(clause: Token, trigger: Token) -> bool:
    """ "Modi's visit in June, when he and Biden signed off on the deal": a when- or
    where-clause on the trigger tells who was there; other clauses only carry a topic."""
    if clause.dep_ == "ccomp":
        return False
    holding = _verb_of_subject(trigger)
    if trigger.dep_ == "pobj" and trigger.head.head.lemma_ in _TAKING_PART:
        # "had taken part in the joint summit in Dar es Salaam, co-chaired by A and B".
        holding = trigger.head.head
    if (
        clause.dep_ == "advcl"
        and _chaired_or_attended(clause)
        and (
            clause.head.i == trigger.i
            or (holding is not None and clause.head.i == holding.i)
            or any(c.i == clause.i for c in _chairing_clauses(trigger))
        )
    ):
        # "met in Doha ..., chaired by A and attended by B", "The meeting was held in Tokyo,
        # co-chaired by A and B": who was there.
        return True
    if clause.dep_ == "relcl" and clause.head.i == trigger.i and _chaired_it(clause):
        # "the APEC leaders' meeting, which Lee chaired": its chair.
        return True
    if (
        clause.dep_ == "relcl"
        and _brings_together(clause)
        and trigger.i in (clause.head.i, clause.head.head.i)
    ):
        # "hosted a trilateral meeting that brought together A and B": who was there.
        return True
    if (
        trigger.pos_ == "VERB"
        and clause.lemma_ in ("sign", "ink")
        and any(c.lower_ == "where" for c in clause.children)
        and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in trigger.children)
    ):
        # "met Macron and Starmer on the sidelines of the summit, where he signed the document
        # with Trump and Sisi": a verb that names whom it met; the signing is another event.
        return False
    # "visit ... in June, when ...": the clause may hang on the trigger's date or place.
    node, anchored = clause.head, False
    for _ in range(3):
        if node.i == trigger.i:
            anchored = True
            break
        node = node.head
    return anchored and (
        any(c.lower_ in ("when", "where", "during") for c in clause.children if c.i < clause.i)
        or _taken_part_in_which(clause)
    )


def _taken_part_in_which(clause: Token) -> bool:
    """ "the Riyadh summit between Trump and al-Sharaa, in which Erdogan took part remotely":
    who took part in it."""
    return clause.lemma_ in _TAKING_PART | {"join"} and any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "at")
        and any(o.lower_ == "which" for o in c.children)
        for c in clause.children
    )


def _brings_together(clause: Token) -> bool:
    """ "that brought together A and B", "which gathered the leaders of ...": a clause that
    says whom a meeting brought together."""
    if clause.lemma_ == "bring":
        return any(c.lower_ == "together" for c in clause.children)
    return clause.lemma_ in ("gather", "assemble")


def _is_possessor(token: Token, trigger: Token) -> bool:
    node = token
    while node.dep_ in ("compound", "conj", "appos") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "poss" and node.head.dep_ == "appos" and node.head.head.i == trigger.i:
        # "an official visit, his first to Russia": whose visit the apposition says it is.
        return True
    return bool(node.dep_ == "poss" and node.head.i == trigger.i)


# How a meeting is received by others; their place is where it was followed from.
_RECEIVING_VERBS = frozenset(
    {"watch", "follow", "view", "see", "welcome", "greet", "hail", "praise", "criticise",
     "criticize", "condemn", "applaud", "celebrate", "cover", "mock", "debate", "scrutinise",
     "scrutinize", "notice", "note", "interpret", "read"}
)  # fmt: skip


_QUOTE_MARKS = frozenset({'"', "“", "”"})


def _quoted_apart(doc: Any, trigger: Token, char: int) -> bool:
    """ "'Our security is decided together, in Warsaw and in Vilnius,' Nauseda told reporters
    after the meeting": a place inside a quotation the trigger is outside of is what the
    speaker said, not where the meeting was."""
    marks = [t.idx for t in doc if t.text in _QUOTE_MARKS]
    # (A mark left over at the end opens the next quotation, cut off by the sentence.)
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        if opening < char < closing:
            return not opening < trigger.idx < closing
    return False


def _setting_of_its_taking_place(trigger: Token) -> Token | None:
    """The margins a meeting that "took place" or "was held" on them were ("took place on the
    fringes of the British-Irish Council"), with what they are the margins of."""
    verb = trigger.head
    if trigger.dep_ not in ("nsubj", "nsubjpass") or not (
        (verb.lemma_ == "take" and any(c.lower_ == "place" for c in verb.children))
        or (verb.lemma_ == "hold" and trigger.dep_ == "nsubjpass")
    ):
        return None
    return next(
        (
            margins
            for preposition in verb.children
            if preposition.dep_ == "prep" and preposition.lower_ in ("on", "at")
            for margins in preposition.children
            if margins.dep_ == "pobj" and margins.lower_ in SIDELINE_WORDS
        ),
        None,
    )


def _connected_places(
    trigger: Token, places: list[tuple[PlaceSpan, Token]], offset: int
) -> list[PlaceSpan]:
    """Places whose preposition hangs on the trigger, a verb governing it, or its object."""
    trip = _trip_the_clause_follows(trigger)
    if trip is not None:
        # "invited them to Warsaw during his visit to Kyiv on January 22, when he held talks
        # with Zelensky": the when-clause tells of the visit, whatever the parser hangs it on.
        on_the_trip = {t.i for t in trip.subtree}
        placed = [place for place, head in places if head.i in on_the_trip]
        if placed:
            return placed
    carried = _where_clause_carried_on(trigger)
    if carried is not None:
        there = [place for place, head in places if head.i == carried.i]
        if there:
            return there
    placed = _places_of_the_occasion_followed(trigger, places, offset)
    if placed:
        # "since the 10th round in Busan on Nov. 26, 2023, when Park hosted Kamikawa and Wang":
        # the when-clause tells of that round, wherever the parser hangs it.
        return placed
    governors = {trigger.i}
    node = trigger
    hung_on: Token | None = None
    for _ in range(4):
        if node.head.i == node.i or _gapped_going(node):
            break
        if _opens_a_sequence(node):
            # "arrived in Samarkand, a day after hosting Xi in Nur-Sultan": the verb the clause
            # hangs on is another occasion, in its own place.
            break
        # "arrived in Hanoi from Pyongyang, where he held talks": the clause is placed by the
        # word it hangs on, not by the verb further up.
        stop = node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children)
        if node.dep_ == "ccomp" and node.head.lemma_ in _CLAUSE_STOP:
            # "told reporters in Colombo that the talks with Xi had produced ...": where it was
            # said, not where the talks were.
            break
        if node.dep_ in ("nsubj", "nsubjpass") and node.head.lemma_ in _RECEIVING_VERBS:
            # "The meeting with the Pope was watched closely in Argentina": where it was
            # followed, not where it was.
            break
        if (
            node.dep_ == "conj"
            # ("..., and this month he was in New Delhi for talks with Modi".)
            and node.pos_ in ("VERB", "AUX")
            and any(anchor in node.subtree for _, anchor in places)
            and (_dated_itself(node, node.doc) or _in_a_town_of_its_own(node, places, offset))
        ):
            # "saw Putin in Moscow, and the next day sat with Araghchi at the residence in
            # Muscat", "held talks in Jeddah ..., and in the evening he met ... in Doha": a
            # second verb with a day or a town of its own is another occasion. ("arrived in
            # Port Moresby on Thursday and paid a courtesy call at Government House": one
            # with neither is still in Port Moresby.)
            break
        if _a_clause_of_another_subject(node, node.doc) and any(
            anchor in node.subtree for _, anchor in places
        ):
            # "Peters met Jaishankar in Vientiane, and Murmu made a State visit to New
            # Zealand": someone else's clause, placed by its own words.
            break
        node = node.head
        governors.add(node.i)
        if node.pos_ == "NOUN" and node.lemma_ in _OWN_DECISIONS:
            # "Lee's decision to stop in Tokyo first, for talks with Ishiba": where the
            # decision took him.
            governors.update(
                c.i for c in node.children if c.dep_ == "acl" and c.lemma_ in _STOPPING
            )
        if (
            node.pos_ == "NOUN"
            and node.lemma_ in _JOURNEY_NOUNS
            and any(head.i == node.i for _, head in places)
        ):
            # "The tour began in Uganda ..., before a stop in Addis Ababa to meet Abiy": the
            # stop's own place, not where the journey began.
            break
        if stop and node.ent_type_ == "DATE" and node.dep_ in ("pobj", "npadvmod"):
            # "began his tour in Honiara on Thursday, where he met Sogavare", "was in Moscow
            # earlier this month, where he held talks with Putin": the parser may hang the
            # clause on the day; the place is the one the day's verb (or its object) names.
            verb = node.head.head if node.dep_ == "pobj" else node.head
            governors.add(verb.i)
            governors.update(c.i for c in verb.children if c.dep_ == "dobj")
        if stop:
            hung_on = node
            if (trip := _journey_to_the_gathering(node)) is not None:
                # "was back in Beijing in June for the meeting of ..., where he held talks":
                # the gathering is where the trip for it went.
                governors.add(trip.i)
                governors.update(c.i for c in trip.children if c.dep_ == "advmod")
            break
    governors.update(c.i for c in trigger.children if c.dep_ in ("dobj", "pobj", "attr"))
    # "Xi was back in Hanoi on 14 April for talks with Lam": where he was back.
    governors.update(
        c.i
        for g in list(governors)
        if trigger.doc[g].lemma_ == "be"
        for c in trigger.doc[g].children
        if c.dep_ == "advmod" and c.lower_ == "back"
    )
    # "The talks had opened on Monday night with a dinner at a Geneva hotel": where the meal
    # they opened with was held.
    governors |= {i for g in list(governors) for i in _objects_of(trigger.doc[g], "with", _MEALS)}
    # "met again over a working lunch in New York": where the meal was.
    governors |= _objects_of(trigger, "over", _MEALS)
    # "led the College of Commissioners on a visit to New Delhi and held talks with Modi":
    # where the journey the subject was on went.
    governors |= {i for g in list(governors) for i in _on_a_journey(trigger.doc[g])}
    if is_purpose(trigger) or (trigger.dep_ == "advcl" and trigger.tag_ == "VBG"):
        # "made a surprise trip to Kyiv to meet Zelensky", "made a visit to Tehran, meeting
        # Raisi": where the trip went.
        governors.update(
            c.i for c in trigger.head.children if c.dep_ == "dobj" and c.lemma_ in _TRIP_NOUNS
        )
    # "the summit, held in the city of Jeddah": where the gathering itself was held; "hosted by
    # Trump in Washington", with the place hung on the host.
    holdings = _and_attended(
        [
            c
            for head in _with_its_members(trigger)
            for c in head.children
            if c.dep_ == "acl" and c.lemma_ in _HOLDING_VERBS
        ]
    )
    governors.update(c.i for c in holdings)
    # "during the visit that the President of the Government made to Bogotá in August": where
    # the visit made went.
    governors.update(
        c.i
        for c in trigger.children
        if c.dep_ in ("relcl", "acl")
        and c.lemma_ in ("make", "pay")
        and trigger.lemma_ in _TRIP_NOUNS
    )
    # "convened by Harris and Bahamas Prime Minister Davis in Nassau": the place may hang on
    # the last of the hosts.
    governors.update(
        t.i
        for c in holdings
        for agent in c.children
        if agent.dep_ == "agent"
        for host in agent.children
        if host.dep_ == "pobj"
        for t in (host, *host.conjuncts)
    )
    for child in list(trigger.children):
        if child.dep_ == "dobj":
            # Not the nouns of a clause telling what the counterpart did ("met Kim, who
            # pledged to increase aid to Vietnam").
            governors.update(
                t.i
                for t in child.subtree
                if t.pos_ in ("NOUN", "PROPN") and not _told_of_the_object(t, child)
            )
            # "met the committee, led by Lomuro, at State House": the parser hangs the place
            # on the participle that describes who came.
            governors.update(
                t.i
                for t in child.children
                if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_ in _DELEGATION_PARTICIPLES
            )
            # "chaired the Summit of Sudan's Neighbouring Countries, which Egypt hosted in
            # Cairo": where the gathering chaired was held.
            governors.update(
                t.i
                for t in child.subtree
                if t.dep_ in ("relcl", "acl") and t.lemma_ in _HOLDING_VERBS
            )
        if child.dep_ in ("nsubj", "nsubjpass"):
            # "Zelenskyy, who arrived in Hiroshima for the summit, met Modi": where the
            # subject is, by the clause describing it.
            governors.update(
                t.i for t in child.subtree if t.dep_ == "relcl" and t.lemma_ in _PRESENCE_VERBS
            )
    # "held talks with Xi Jinping, who arrived in Samarkand on a state visit": where the
    # guest had come to.
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    for preposition in (c for h in holders for c in h.children):
        if preposition.dep_ == "prep" and preposition.lower_ == "with":
            governors.update(
                t.i
                for partner in preposition.children
                for t in partner.children
                if t.dep_ == "relcl" and t.lemma_ in _PRESENCE_VERBS
            )
    # "met Arce at the summit, which Lula hosted in Brasilia": where the gathering was held.
    governors |= _holding_of_the_gathering(trigger)
    # "followed a meeting between Akufo-Addo and Blinken on Dec. 14 on the sidelines of the
    # U.S.-Africa Leaders Summit in Washington": where the gathering on whose sidelines was.
    governors |= {
        gathering.i
        for g in (list(governors) if trigger.pos_ == "NOUN" else [])
        for setting in trigger.doc[g].children
        if setting.dep_ == "prep" and setting.lower_ in ("on", "at")
        for sidelines in setting.children
        if sidelines.dep_ == "pobj" and sidelines.lower_ in SIDELINE_WORDS
        for of in sidelines.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for gathering in of.children
        if gathering.dep_ == "pobj"
    }
    governors |= _last_time_predicate(trigger)
    governors |= _participle_set_off_after(trigger)
    occasion = _said_to_be(trigger)
    # "returned to Brasilia after a visit to China": going home is not where it happened;
    # "flew to Addis Ababa for talks": where the flight went for them is.
    purpose = _journey_for(trigger)
    governors -= {i for i in governors if trigger.doc[i].lemma_ in _HOMEWARD_VERBS and i != purpose}
    # "In her meeting with Xi, the president invited the Chinese leader to Lima": where the
    # guest is asked to come, not where they met.
    # (Not "invited him to Lima for the summit": the summit invited to is there.)
    governors -= {
        i
        for i in governors
        if trigger.doc[i].lemma_ == "invite"
        and i != trigger.i
        and not any(
            c.dep_ == "prep" and c.lower_ in ("for", "to") and trigger in c.subtree
            for c in trigger.doc[i].children
        )
    }
    inside = {t.i for t in trigger.subtree}
    if occasion is not None:
        # "... was a 25-minute meeting on the sidelines of the G20 summit in Bali".
        inside |= {t.i for t in occasion.subtree}
    if (setting := _setting_of_its_taking_place(trigger)) is not None:
        # "Sunak's first meeting with Martin took place on the fringes of the British-Irish
        # Council in Blackpool": the gathering whose margins it was on is in that town.
        inside |= {t.i for t in setting.subtree}
    own = [
        place
        for place, head in places
        if head.i in inside
        and not _under_topic(head, trigger)
        and not _crosses_verb(head, trigger)
        and not _since_another_occasion(head, trigger)
    ]
    if _is_where_clause(trigger):
        # "from Vietnam, where he met To Lam in Hanoi": the clause's own place, when it names
        # one after "where", over the place the clause hangs on.
        after = [p for p in own if p.start >= offset + trigger.idx]
        if after:
            # (The town the clause hangs on stays behind them: "in Addis Ababa, where he met
            # Abiy at the National Palace" names a venue another country has as well.)
            return after + [p for p in own if p.start < offset + trigger.idx]
    second_going = _second_going_after(trigger)
    found = [
        (place, head)
        for place, head in places
        if (head.i in governors or place in own)
        and (second_going is None or _tokens_of(place, trigger.doc, offset)[0].i < second_going)
    ]
    if hung_on is not None:
        # "had gone to the Palace of the Parliament, where he met ...": the parser hangs the
        # clause on a word inside the place's name.
        found.extend(
            (place, head)
            for place, head in places
            if (place, head) not in found
            and any(t.i == hung_on.i for t in _tokens_of(place, trigger.doc, offset))
        )
    if _gapped_going(node):
        # "... and then to Minsk last week for talks": the going's own place, whose phrase the
        # parser hangs on the verb left out.
        gone_to = [
            (place, head)
            for place, head in places
            if any(t.head.i == node.i for t in _tokens_of(place, trigger.doc, offset)[:1])
        ]
        found = gone_to + [(p, h) for p, h in found if h.i != node.head.i and (p, h) not in gone_to]
    found.extend(
        (place, head)
        for place, head in _town_set_off_after(trigger, places, offset)
        if (place, head) not in found
    )
    # "hosted a meeting at Diriyah Palace in Riyadh": the town the venue is said to be in.
    venues = {t.i for place, head in found for t in _tokens_of(place, trigger.doc, offset)}
    found.extend(
        (place, head)
        for place, head in places
        if head.i in venues and place.preposition == "in" and (place, head) not in found
    )
    # "last held talks with him in November, when he met Yoon on the sidelines of the APEC
    # summit in Lima": the when-clause tells where the meeting was.
    clauses = [
        t
        for t in trigger.subtree
        if t.dep_ in ("advcl", "relcl")
        and t.i != trigger.i
        and any(c.lower_ == "when" for c in t.children if c.i < t.i)
        and _describes_the_event(t, trigger)
    ]
    found.extend(
        (place, head)
        for place, head in places
        for clause in clauses
        if head.i in {t.i for t in clause.subtree}
        and (place, head) not in found
        and not _under_topic(head, clause)
        and not _since_another_occasion(head, clause)
        # (Not "when he praised the corridor that has carried aid to Gaza": where what the
        # clause names went.)
        and not _crosses_verb(head, clause)
    )
    if not found:
        # "After arriving in Shanghai on Saturday, the Prime Minister held talks with Chen",
        # "Within hours of landing in Shanghai, he sat down with ...": where the meeting's
        # holder had just arrived, when the sentence places the meeting nowhere else.
        arrivals = _arrival_before(trigger)
        found = [
            (place, head)
            for place, head in places
            if head.i in arrivals and place.preposition in ("in", "at", "to")
        ]
    if not found:
        # "On 9 February, before the ceremony in Vilnius, von der Leyen met Nauseda": where
        # the occasion it was held before or during was, when nothing else places it.
        occasions = {
            o.i
            for prep in trigger.children
            if prep.dep_ == "prep" and prep.lower_ in ("before", "during")
            for o in prep.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN"
        }
        found = [
            (place, head)
            for place, head in places
            if head.i in occasions and place.preposition in ("in", "at")
        ]
    # "The prime minister, who arrived in Riyadh on Friday, had met Raisi in Tashkent": the
    # place said of the meeting itself first.
    found.sort(key=lambda pair: pair[1].i != trigger.i)
    if trigger.dep_ == "conj" and trigger.pos_ == "VERB":
        # "... in Brussels on Wednesday, met Wadephul in Berlin": the second verb's own place.
        # An own place the gazetteer may not know ("at Government House") goes first, not
        # alone.
        inside = {t.i for t in trigger.subtree}
        found.sort(key=lambda pair: pair[1].i not in inside)
    return [place for place, _ in found]


def _town_set_off_after(
    trigger: Token, places: list[tuple[PlaceSpan, Token]], offset: int
) -> list[tuple[PlaceSpan, Token]]:
    """ "returned to Mexico after a day at the G20 Leaders' Summit, in Rio de Janeiro": a town
    set off by a comma right after a gathering named by a noun is where the gathering was,
    whatever the parser hangs it on (here the going home, which places nothing)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    end = trigger.right_edge.i
    doc = trigger.doc
    if end + 3 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].lower_ != "in":
        return []
    return [
        (place, head)
        for place, head in places
        if place.preposition == "in" and place.start - offset == doc[end + 3].idx
    ]


def _tokens_of(place: PlaceSpan, doc: Any, offset: int) -> list[Token]:
    """The words of a place span in the sentence's doc."""
    span = doc.char_span(place.start - offset, place.end - offset, alignment_mode="expand")
    return list(span) if span is not None else []


_ARRIVALS = frozenset({"arrive", "land"})


def _arrival_before(trigger: Token) -> set[int]:
    """The tokens of an arrival told before the meeting's verb ("After arriving in Shanghai",
    "Within hours of landing in Shanghai", "Upon arrival in Lima")."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    found: set[int] = set()
    for c in verb.children:
        if c.dep_ != "prep" or c.i > verb.i or c.lower_ not in ("after", "upon", "on", "within"):
            continue
        for t in c.subtree:
            if t.lemma_ in _ARRIVALS or t.lower_ == "arrival":
                found |= {g.i for g in t.subtree}
    return found


def _told_of_the_object(token: Token, obj: Token) -> bool:
    """Whether `token` stands in a relative clause on the object whose verb is not one of
    presence ("Kim, who pledged to increase aid to Vietnam"; not "Xi, who was on a visit to
    Astana")."""
    node = token
    while node.i != obj.i and node.head.i != node.i:
        if node.dep_ == "relcl" and node.lemma_ not in _PRESENCE_VERBS:
            return True
        node = node.head
    return False


def _journey_to_the_gathering(noun: Token) -> Token | None:
    """The verb of "was in Beijing for the meeting of the SCO secretaries" from any noun of the
    phrase after "for"."""
    node = noun
    for _ in range(8):
        verb = node.head.head
        if node.dep_ == "pobj" and node.head.lower_ == "for" and verb.pos_ in ("VERB", "AUX"):
            return verb
        if node.dep_ not in ("pobj", "prep", "compound", "appos"):
            return None
        node = node.head
    return None


def _said_meanwhile(clause: Token) -> bool:
    """ "as he hosted the leaders", "while meeting Lula": a clause of the same time."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children
    )


# What a meeting may be said to have been ("their last encounter was a brief exchange").
_EXCHANGES = frozenset({"exchange", "encounter", "conversation", "chat", "handshake"})


def _said_to_be(trigger: Token) -> Token | None:
    """ "Their only summit was a brief meeting on the sidelines of ...": the occasion a meeting
    is said to be, whose phrase places and dates it."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "attr" and c.lemma_ in _OCCASION_NOUNS | _OCCASION_WORDS | _EXCHANGES
        ),
        None,
    )


def _trip_the_clause_follows(trigger: Token) -> Token | None:
    """ "during his visit to Kyiv on January 22, when he held talks": the trip a when-clause
    follows, hung on the same verb as the clause."""
    if trigger.dep_ != "advcl" or not any(
        c.lower_ == "when" for c in trigger.children if c.i < trigger.i
    ):
        return None
    return next(
        (
            trip
            for prep in trigger.head.children
            if prep.dep_ == "prep" and prep.lower_ in ("during", "on") and prep.i < trigger.i
            for trip in prep.children
            if trip.dep_ == "pobj" and trip.lemma_ in _TRIP_NOUNS
        ),
        None,
    )


def _places_of_the_occasion_followed(
    trigger: Token, places: list[tuple[PlaceSpan, Token]], offset: int
) -> list[PlaceSpan]:
    """ "the 19th summit in St. John's, N.L., in November 2023, when Trudeau hosted Michel":
    the place named right before the date a when-clause follows, or hung on the same word
    as that date."""
    at = _time_the_clause_is_of(trigger)
    doc = trigger.doc
    if at is None or doc[at].ent_type_ != "DATE":
        return []
    day = doc[at]
    while day.head.i != day.i and day.head.ent_type_ == "DATE" and day.dep_ != "pobj":
        day = day.head
    if day.dep_ == "pobj" and day.head.dep_ == "prep" and day.head.head.pos_ in ("NOUN", "PROPN"):
        hung = [place for place, head in places if head.i == day.head.head.i]
        if hung:
            return hung
    held = day.head.head
    if (
        day.dep_ == "pobj"
        and held.lemma_ in _HOLDING_VERBS
        and (held.dep_ == "acl" or (held.dep_ == "advcl" and held.tag_ == "VBN"))
    ):
        # "the first Negev summit, held at Sde Boker in southern Israel in March 2022, when
        # Lapid hosted Blinken": where the gathering the date is of was held.
        hung = [place for place, head in places if head.i == held.i]
        if hung:
            return hung
    start = doc[at].idx
    while start > 0 and doc[at].ent_iob_ == "I" and at > 0:
        at -= 1
        start = doc[at].idx
    text = doc.text
    before = [
        place
        for place, _ in places
        if place.end - offset <= start
        and _JUST_BEFORE_THE_DATE.fullmatch(text[place.end - offset : start])
    ]
    return before


# Between a place and the date after it: "St. John's, N.L., in November 2023".
_JUST_BEFORE_THE_DATE = re.compile(r"[\s,]*(?:[A-Z][\w.'’]*[\s,]*){0,2}(?:in|on)?\s*")


def _opens_like_when(word: Token) -> bool:
    """ "when", or "during which" ("a working visit to Abidjan on 7 May, during which he held
    talks")."""
    return word.lower_ == "when" or (
        word.dep_ == "prep"
        and word.lower_ in _DURING_WHICH
        and any(c.lower_ == "which" for c in word.children)
    )


def _the_same_day_as(trigger: Token) -> int | None:
    """ "announced the date on March 11, the same day that Fiala received Clinton": the day
    the phrase stands in apposition to."""
    day = trigger.head
    if (
        trigger.dep_ != "relcl"
        or day.lemma_ != "day"
        or day.dep_ != "appos"
        or not any(c.dep_ == "amod" and c.lower_ == "same" for c in day.children)
        or day.head.ent_type_ != "DATE"
    ):
        return None
    return int(day.head.i)


def _time_the_clause_is_of(trigger: Token) -> int | None:
    """ "in January 2021, when Gyawali held talks with Jaishankar": the time a when-clause is
    of, whether the trigger is the clause's verb or what that verb is for ("began in March
    2023, when Yoon flew to Tokyo for talks"); a date standing right before the clause is
    that time, whatever the parser hangs the clause on ("since the 10th round on Nov. 26,
    2023, when Park hosted ...")."""
    # ("on Saturday, when he became the first foreign leader to be received by Aoun": the
    # clause of the becoming.)
    clause = trigger.head.head if _first_to_do_it(trigger) else trigger
    for _ in range(3):
        if any(_opens_like_when(c) for c in clause.children if c.i < clause.i):
            break
        # ("in November, when the minister travelled to Quito and met his counterpart": the
        # second verb of the clause too.)
        if (
            clause.dep_ not in ("pobj", "prep", "dobj", "xcomp", "conj")
            or clause.head.i == clause.i
        ):
            return None
        clause = clause.head
    else:
        return None
    if clause.pos_ not in ("VERB", "AUX") and clause.i != trigger.i:
        return None
    when = next(c for c in clause.children if _opens_like_when(c) and c.i < clause.i)
    before: int = when.i - 1
    while before >= 0 and clause.doc[before].is_punct:
        before -= 1
    if before >= 0 and clause.doc[before].ent_type_ == "DATE" and before < when.i - 1:
        return before
    head: Token = clause.head
    return head.i if clause.dep_ == "relcl" else None


def _is_where_clause(trigger: Token) -> bool:
    return bool(trigger.dep_ == "relcl" and any(c.lower_ == "where" for c in trigger.children))


def _where_clause_carried_on(trigger: Token) -> Token | None:
    """ "arrived in Ottawa from New York, where on Tuesday he delivered a statement and, on the
    same day, joined a meeting on Gaza": the parser joins the second verb to the main one, but
    the "and" before it is the where-clause's, so it was done where the clause was."""
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    if verb.dep_ != "conj" or verb.pos_ != "VERB":
        return None
    joint = next(
        (t for t in reversed(trigger.doc[verb.head.i + 1 : verb.i]) if t.dep_ == "cc"), None
    )
    if joint is None or joint.lower_ != "and" or joint.head.i == verb.head.i:
        return None
    return joint.head if _is_where_clause(joint.head) else None


def _where_clause_of(trigger: Token) -> Token | None:
    """The where-clause the trigger is, or whose verb it is the setting of ("said in Tirana,
    where she represented Serbia at the tenth summit")."""
    if _is_where_clause(trigger):
        return trigger
    verb = trigger.head.head
    # ("on Wednesday, where he joined el-Sisi and Mitsotakis for the tenth summit".)
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("at", "in", "for")
        and _is_where_clause(verb)
    ):
        return verb
    return None


_WELCOMING_CEREMONIES = frozenset({"ceremony", "honour", "honours", "honor", "honors"})


def _and_attended(clauses: list[Token]) -> list[Token]:
    """The clauses, and the participle joined to one of them ("the first such meeting, hosted
    by Niinistö and attended by Zelensky in Helsinki on 3 May 2023", "the summit chaired by
    Michel and hosted by Rama on 6 December")."""
    return clauses + [
        c
        for clause in clauses
        for c in clause.children
        if c.dep_ == "conj"
        and c.lemma_ in _CHAIRING_VERBS | {"attend", "join"}
        and c.tag_ in ("VBN", "VBD")
    ]


def _with_its_members(trigger: Token) -> list[Token]:
    """The trigger and who its "of" or "between" phrase says met ("a meeting of foreign
    ministers held in Luanda", "the meeting between Aliyev and Pashinyan hosted by Trump":
    the parser hangs the participle on the ministers, or on the last of the pair)."""
    members = [
        c
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for c in prep.children
        # ("the first meeting of the Security Implementation Group, held on September 26":
        # a body's members; "the eighth meeting of the China-Philippines Bilateral
        # Consultation Mechanism ... held in Shanghai", with the countries tagged apart.)
        if c.dep_ == "pobj"
        and (c.tag_ == "NNS" or c.ent_type_ == "ORG" or c.lower_ in _NAMED_BODIES)
    ]
    pair = [
        c
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ == "between"
        for c in prep.children
        if c.dep_ == "pobj"
    ]
    pair += [c for partner in pair for c in partner.children if c.dep_ == "conj"]
    # "The previous summit, held in Ashgabat in June 2022, brought together ...": the
    # gathering that brought them together.
    gathering = [
        c
        for c in trigger.children
        if trigger.lemma_ in _GATHERING_VERBS
        and c.dep_ == "nsubj"
        and c.lemma_ in _SITTINGS | _TRIP_NOUNS
    ]
    # "summit with U.S. President Donald Trump, held at the White House on Monday": the
    # parser hangs the participle on the partner, who is not what was held.
    partners = [
        c
        for prep in trigger.children
        if trigger.pos_ == "NOUN" and prep.dep_ == "prep" and prep.lower_ == "with"
        for c in prep.children
        if c.dep_ == "pobj"
        and any(
            a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_ in _HOLDING_VERBS for a in c.children
        )
    ]
    # "during the 25th Round of Boundary Talks held in Beijing on October 23": the round the
    # talks are told as, which the parser hangs the participle on.
    told_as = trigger.head.head
    rounds = (
        [told_as]
        if trigger.dep_ == "pobj"
        and trigger.head.lower_ == "of"
        and told_as.lemma_.lower() in ("round", "session", "edition", "sitting")
        else []
    )
    return [trigger, *members, *pair, *gathering, *partners, *rounds]


# The last word of a named body whose meeting a participle may hang on.
_NAMED_BODIES = frozenset(
    {"mechanism", "commission", "committee", "council", "dialogue", "forum", "group"}
)
# Verbs whose subject is a gathering and whose objects are those it brought together.
_GATHERING_VERBS = frozenset({"bring", "gather", "assemble", "unite"})


def _is_when_clause_on_a_place(trigger: Token) -> bool:
    """ "in Algiers, when the three leaders met": a when-clause hung on a place's name, or on
    a companion's ("travelled to Kyiv on 8 April with Borrell, when the two visited Bucha and
    met Zelensky"), the trigger its verb or a verb joined to it."""
    clause = trigger
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        clause = trigger.head
    elif trigger.dep_ == "dobj" and trigger.head.lemma_ in _LIGHT_VERBS:
        # "on the margins of the UN General Assembly, when Lula and Sánchez convened a
        # high-level meeting": the verb the meeting is the object of.
        clause = trigger.head
    return bool(
        clause.dep_ == "relcl"
        and (
            # (or on a gathering: "on the margins of the UN General Assembly, when ...").
            clause.head.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "ORG", "EVENT")
            or clause.head.lower_ in SIDELINE_WORDS
        )
        and any(c.lower_ == "when" for c in clause.children if c.i < clause.i)
    )


def _last_time_predicate(trigger: Token) -> set[int]:
    """ "The last time Modi and Xi held talks was at their summit in Mamallapuram in October
    2019": the words saying when and where it was are the predicate of "the last time"."""
    time = trigger.head
    if trigger.dep_ != "relcl" or time.lemma_ != "time" or time.dep_ != "nsubj":
        return set()
    verb = time.head
    if verb.lemma_ != "be":
        return set()
    predicate = {verb.i}
    for child in verb.children:
        if child.dep_ in ("prep", "attr", "npadvmod"):
            predicate |= {t.i for t in child.subtree if t.pos_ in ("NOUN", "PROPN", "ADP")}
    return predicate


_DEPARTING_JOURNEYS = frozenset({"fly", "travel", "drive", "head", "go"})
_PRESENCE_VERBS = frozenset({"arrive", "visit", "be", "stay"})
_DELEGATION_PARTICIPLES = frozenset({"lead", "head", "accompany", "comprise"})
_HOLDING_VERBS = frozenset(
    {"hold", "convene", "host", "co-host", "cohost", "organise", "organize", "stage"}
)


def _crosses_verb(token: Token, trigger: Token) -> bool:
    """True when another verb stands between a word and the trigger ("before visiting Russia")."""
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and not _describes_a_guest(node):
            return True
        node = node.head
    return False


def _describes_a_guest(verb: Token) -> bool:
    """ "met with visiting Chinese Foreign Minister Wang Yi in New Delhi": the participle
    before a name says who came, no other occasion; the parser may make it the name's verb."""
    if verb.lower_ != "visiting" or verb.dep_ not in ("pcomp", "amod", "acl"):
        return False
    # The guest is a person ("visiting ... Wang Yi"), not a place ("prior to visiting Russia").
    guests = [verb.head] if verb.dep_ == "amod" else [c for c in verb.children if c.dep_ == "dobj"]
    return any(g.ent_type_ == "PERSON" for g in guests)


def _journey_for(trigger: Token) -> int | None:
    """The verb of travel a meeting is the purpose of ("flew to X for talks", "flew to X to
    meet Y"), even a return made for it; not one of going home after it."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for":
        # "returned to Hanoi for talks with Lam": where the return went, for them.
        return int(trigger.head.head.i)
    if is_purpose(trigger):
        return int(trigger.head.i)
    if trigger.dep_ == "conj" and trigger.head.lemma_ == "fly":
        # "flew to Suva on Thursday and met Bainimarama": where the flight went.
        verb = trigger.head
    elif trigger.dep_ in ("relcl", "advcl") and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in trigger.children
    ):
        # "flew to Paris on Monday, where he met Macron", with the clause hung on the day.
        verb = trigger.head
        while verb.dep_ in ("pobj", "prep", "npadvmod") and verb.head.i != verb.i:
            verb = verb.head
        if verb.lemma_ != "fly":
            return None
    else:
        return None
    if verb.lemma_ == "return" or any(c.lower_ in ("back", "home") for c in verb.children):
        return None
    return int(verb.i)


def _since_another_occasion(token: Token, trigger: Token) -> bool:
    """Inside "their first meeting since Lavrov's trip to China": the place of an earlier (or
    later) occasion the phrase measures from, not of this one."""
    return _phrase_of_another_occasion(token, trigger) is not None


def _phrase_of_another_occasion(token: Token, trigger: Token) -> Token | None:
    """The preposition of the phrase `token` is in that names an occasion the trigger is
    measured from ("since", "before", "ahead of"), if any."""
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        if _on_the_margins(node):
            # "held their first meeting after the British election on July 10 on the
            # sidelines of the NATO summit in Washington": an election has no sidelines; the
            # parser hung the meeting's setting on the wrong noun.
            return None
        if (
            node.dep_ == "prep"
            and (
                node.lower_ in ("since", "before", "after", "until")
                # "met Rutte ahead of next week's alliance summit in The Hague".
                or (node.lower_ == "of" and node.head.lower_ in ("ahead", "prior"))
            )
            and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in node.children)
        ):
            return node
        node = node.head
    return None


# Nouns that head a topic listed after "including".
_TOPIC_HEADS = frozenset(
    {"relation", "relations", "question", "issue", "situation", "cooperation", "tie", "ties",
     "matter", "development", "file", "dossier", "topic", "subject", "prospect"}
)  # fmt: skip


def _under_topic(token: Token, trigger: Token) -> bool:
    """True inside "talks on the crisis in Gaza": a place in the topic is not the venue."""
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        if _calls_on(node, trigger) or _on_the_margins(node) or _on_a_day(node):
            # "called on the president": the person called upon, not a topic; "on the
            # margins of the summit in New Delhi": the setting, not a topic; "On Tuesday in
            # Mbabane, he met ...": the day and place of the meeting.
            return False
        if (
            node.dep_ == "prep"
            # "talked about the session ... and about his plans for a visit to Ukraine": the
            # second "about" the parser joins to the phrase before.
            or (node.dep_ == "conj" and node.pos_ == "ADP")
        ) and node.lower_ in (
            "on",
            "about",
            "over",
            "regarding",
            "concerning",
        ):
            return True
        if (
            node.dep_ == "prep"
            and node.lower_ == "including"
            and any(c.dep_ == "pobj" and c.lemma_.lower() in _TOPIC_HEADS for c in node.children)
        ):
            # "an exchange on questions of common interest, including the relations of the
            # Kingdom with the BRICS grouping": a topic (not "leaders, including Macron").
            return True
        if (
            node.dep_ == "dobj"
            and node.head.i == trigger.i
            and trigger.lemma_ == "discuss"
            # "discussed the transition with President Biden", "discussed the idea of the debate
            # with Guterres": whom it was discussed with.
            and not (
                token.dep_ == "pobj"
                and token.head.lower_ == "with"
                and (
                    token.head.head.i == node.i
                    or (
                        token.head.head.dep_ == "pobj"
                        and token.head.head.head.lower_ == "of"
                        and token.head.head.head.head.i == node.i
                        and token.head.head.lemma_ not in OCCASIONS_WITH_SOMEONE
                    )
                )
            )
        ):
            # "discussed by telephone the results of the talks Trump held with Zelensky".
            return True
        if (
            node.dep_ == "dobj"
            and node.head.i == trigger.i
            and trigger.lemma_ in ("visit", "tour")
            and (
                (node.lemma_ in _SITES and node.i != token.i)
                # "visited La Chascona, the Santiago house of poet Pablo Neruda", "visited the
                # navy's new icebreaker Almirante Viel": a name said to be a place or a ship
                # is toured, and so is whoever it is said to be of.
                or _named_as_a_site(node)
            )
        ):
            # "visited relic sites linked to President Ho Chi Minh's revolutionary
            # activities": whom the site recalls is not visited.
            return True
        if node.head.i == trigger.i and (
            (node.dep_ in ("relcl", "acl") and node.lemma_ in _COVERING)
            # (The parser may hang the rest of what they covered on the talks.)
            or (
                node.dep_ in ("appos", "conj")
                and any(
                    c.dep_ in ("relcl", "acl") and c.lemma_ in _COVERING and c.i < node.i
                    for c in trigger.children
                )
            )
        ):
            # "after talks that covered counter-terrorism, maritime security and the fight
            # against Al-Shabaab in Somalia": what the talks covered.
            return True
        node = node.head
    return False


# Verbs of a clause on a meeting that tell what it was about.
_COVERING = frozenset({"cover", "address", "focus", "touch", "centre", "center", "range", "span"})


def _named_as_a_site(name: Token) -> bool:
    """A name set beside the kind of place or vessel it is: "La Chascona, the house of ...",
    "the icebreaker Almirante Viel"."""
    return name.pos_ == "PROPN" and any(
        (c.dep_ == "appos" and c.lemma_.lower() in _SITES | _VENUE_NOUNS)
        or (c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in _SITES | _VESSELS)
        for c in name.children
    )


_VESSELS = frozenset(
    {"ship", "icebreaker", "frigate", "destroyer", "carrier", "submarine", "vessel", "warship",
     "corvette", "cruiser", "yacht"}
)  # fmt: skip

# Things a visitor tours, not people ("visited a memorial to ...").
_SITES = frozenset(
    {"site", "museum", "memorial", "mausoleum", "monument", "exhibition", "relic", "tomb",
     "grave", "cemetery", "factory", "plant", "temple", "pagoda", "shrine", "church",
     "mosque", "cathedral", "house", "birthplace", "statue", "school", "university",
     "hospital", "farm", "village", "base", "park"}
)  # fmt: skip


def _stance_phrase_on_its_verb(trigger: Token) -> set[int]:
    """ "expressed solidarity with Somalia": the parser may hang the phrase naming whom a
    stance is toward on the verb that expresses it."""
    toward = _TOWARD.get(trigger.lemma_.lower())
    if trigger.dep_ != "dobj" or trigger.pos_ != "NOUN" or toward is None:
        return set()
    return {
        t.i
        for c in trigger.head.children
        if c.dep_ == "prep" and c.lower_ == toward and c.i > trigger.i
        for t in c.subtree
    }


# The preposition naming whom a stance noun is toward.
_TOWARD = {"solidarity": "with", "appreciation": "for", "support": "for", "backing": "for"}


def _attended_something_else(token: Token, trigger: Token) -> bool:
    """Whether `token` is who attended an occasion other than the trigger ("after a meeting
    ..., attended by X")."""
    by = token.head
    if token.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
        return False
    verb = by.head
    if verb.lemma_ != "attend" or verb.i == trigger.i:
        return False
    if verb.dep_ == "advcl" and verb.head.i == trigger.i:
        # ("..., attended by X" hung on the signing: X looked on as the others signed.)
        return trigger.pos_ == "VERB" and trigger.lemma_ in _SIGNING_VERBS
    occasion = verb.head
    if occasion.head.i == trigger.i and occasion.dep_ in ("dobj", "nsubjpass", "attr"):
        # "Tokayev hosted the gathering, attended by Putin, Xi and Sharif": the occasion the
        # trigger is of.
        return False
    return bool(
        verb.dep_ == "acl"
        and occasion.pos_ == "NOUN"
        and trigger.i not in {t.i for t in occasion.subtree}
    )


_SIGNING_VERBS = frozenset({"sign", "ink", "conclude", "adopt", "initial"})


def _holding_of_the_gathering(trigger: Token) -> set[int]:
    """The verb of a clause that tells who held the gathering the meeting was at or during
    ("at the summit, which Lula hosted in Brasilia on 30 May")."""
    return {
        t.i
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ in ("at", "during")
        for gathering in prep.children
        if gathering.dep_ == "pobj"
        for t in gathering.children
        if t.dep_ in ("relcl", "acl") and t.lemma_ in _HOLDING_VERBS
    }


# Where someone lives or an envoy works, as a meeting's venue: "at the residence of the Swiss
# ambassador".
_RESIDENCES = frozenset({"residence", "home", "villa", "estate", "ranch", "house", "embassy"})
# Venues someone may own ("at his headquarters", "at her home").
_OWNED_VENUES = frozenset({"home", "estate", "villa", "ranch"})


def _owns_the_venue(token: Token) -> bool:
    """ "at his headquarters", "in their residence": the possessive pronoun of a venue (not
    "in their talks", "at his summit"), or of a time ("on his first day of travel")."""
    if token.dep_ != "poss" or token.pos_ != "PRON" or token.head.dep_ != "pobj":
        return False
    if token.head.lemma_.lower() in _TIME_UNITS | _PARTS_OF_DAY:
        # "on his first day of travel": whose day it was, a side named already.
        return True
    return bool(
        token.head.head.lower_ in ("at", "in")
        and token.head.lemma_.lower() in _VENUE_NOUNS | _OWNED_VENUES
    )


def _of_the_venue(token: Token, trigger: Token) -> bool:
    """ "met at the Villa Saladin, the residence of Switzerland's ambassador to the United
    Nations": whose venue the meeting was held at, named after "of", is no side of it."""
    for above in token.ancestors:
        if above.i == trigger.i:
            return False
        # (Not "at the headquarters of the Arab League", a body that may host its own
        # meeting.)
        if above.lemma_.lower() not in _RESIDENCES or not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in above.children
        ):
            continue
        place = above.head if above.dep_ == "appos" else above
        return place.dep_ == "pobj" and place.head.lower_ in ("at", "in")
    return False


def _told_what_was_done_there(token: Token, trigger: Token) -> bool:
    """Someone in a where-clause after the meeting's venue ("at his headquarters, where he
    extended an invitation"; "at the palace, where the conversation was about The Hague, the
    NATO summit next month"), the trigger not in it. (Not after a place visited: "visited
    Argentina, where he met Fernandez" tells the visit's meeting.)"""
    for above in token.ancestors:
        if above.i == trigger.i:
            return False
        if above.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in above.children
        ):
            venue = above.head
            return (
                trigger not in above.subtree
                and venue.dep_ == "pobj"
                and venue.head.lower_ in ("at", "in")
                and venue.lemma_.lower() in _VENUE_NOUNS | _OWNED_VENUES
            )
    return False


# Participles that tell where people are or came from ("deported from", "living in").
_WHERE_PEOPLE_ARE = frozenset(
    {"deport", "displace", "expel", "return", "repatriate", "strand", "detain", "live",
     "reside", "settle", "flee", "bear", "base", "trap", "hold", "shelter", "host"}
)  # fmt: skip


def _where_the_people_it_is_for_are(token: Token, trigger: Token) -> bool:
    """ "assistance for Guatemalans deported from the United States", "aid to refugees living
    in Jordan": a place in a participle describing people in the pledge's phrase."""
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        head = node.head
        if (
            node.dep_ == "prep"
            and node.lower_ in ("from", "in", "inside", "within", "to")
            and head.dep_ == "acl"
            and head.tag_ in ("VBN", "VBG")
            and head.lemma_.lower() in _WHERE_PEOPLE_ARE
            and head.head.pos_ in ("NOUN", "PROPN")
        ):
            return True
        node = head
    return False


def _in_setting(token: Token, trigger: Token) -> bool:
    """Inside "on the margins of the AU summit": the gathering around the meeting, whose
    organisation is no party to it."""
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        if _on_the_margins(node) or _ahead_of_a_gathering(node) or _in_a_break_of(node):
            return True
        node = node.head
    return False


_BREAKS = frozenset({"recess", "break", "pause", "interval", "adjournment"})


def _in_a_break_of(preposition: Token) -> bool:
    """ "during a recess of the meeting of South American presidents convened by Lula": the
    gathering broken off, whose host is no party to what was held in the break."""
    return bool(
        preposition.dep_ == "prep"
        and preposition.lower_ in ("during", "in", "at")
        and any(c.dep_ == "pobj" and c.lower_ in _BREAKS for c in preposition.children)
    )


def _of_another_happening(token: Token, trigger: Token) -> bool:
    """ "Four days after the Hamas attack of 7 October, the crown prince and Raisi spoke by
    phone": who carried out another happening is no party to the meeting."""
    node = token.head
    while node.i != trigger.i:
        if node.pos_ == "NOUN" and node.lower_ in _HAPPENINGS and _times_the_clause(node):
            return True
        if node.lemma_ in _DAYS_OF_ANOTHER_HAPPENING | _RITES_OF_THE_DEAD and node.dep_ in (
            "pobj",
            "dobj",
        ):
            # "visited on the 25th anniversary of NATO's bombing of the embassy", "marking the
            # anniversary of ...": whose deed the day recalls is no party; "during the funeral
            # of Pope Francis": nor is the dead.
            return True
        if node.dep_ == "agent" and node.head.lemma_ in _DOMINATING:
            # "a conversation dominated by the war between Israel and Iran", "talks
            # overshadowed by Beijing's export curbs": what the talks were about.
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _times_the_clause(noun: Token) -> bool:
    """ "after the attack", and "after the attack of 7 October, they spoke" as the parser may
    read it, with "after" a marker beside the noun."""
    if noun.dep_ == "pobj":
        return noun.head.lower_ in _TIMING_WORDS
    return any(c.dep_ == "mark" and c.lower_ in _TIMING_WORDS for c in noun.head.children)


_TIMING_WORDS = frozenset({"after", "before", "following", "since", "amid"})
_DAYS_OF_ANOTHER_HAPPENING = frozenset({"anniversary", "eve", "centenary", "centennial"})
_RITES_OF_THE_DEAD = frozenset({"funeral", "burial", "memorial", "death", "wake"})
_DOMINATING = frozenset({"dominate", "overshadow", "mar", "cloud"})


# Happenings a meeting may be timed by or talk about, whose actors are no party to it.
_HAPPENINGS = frozenset(
    {"attack", "attacks", "election", "elections", "invasion", "war", "crash", "strike",
     "strikes", "coup", "earthquake", "assassination", "killing", "death", "bombing",
     "offensive", "incursion", "vote", "referendum", "protest", "protests",
     # "called on Murmu before a State banquet in his honour": whom the meal honours.
     "banquet", "dinner", "luncheon", "reception", "ceremony"}
)  # fmt: skip


def _ahead_of_a_gathering(preposition: Token) -> bool:
    """ "ahead of the upcoming SCO Summit in Tianjin": a gathering the meeting is timed by,
    whose organisation is no party to it."""
    if preposition.dep_ != "prep":
        return False
    word = preposition.lower_
    if not (word in ("before", "ahead") or (word == "of" and preposition.head.lower_ == "ahead")):
        return False
    return any(
        c.dep_ == "pobj" and c.lemma_.lower() in _OCCASION_WORDS for c in preposition.children
    )


def _on_the_margins(preposition: Token) -> bool:
    return bool(
        preposition.dep_ == "prep"
        and preposition.lower_ == "on"
        and any(c.dep_ == "pobj" and c.lower_ in SIDELINE_WORDS for c in preposition.children)
    )


def _on_a_day(preposition: Token) -> bool:
    """ "on Tuesday", "on 24 January": a time, not a topic; also "received on Sunday UN
    Secretary-General António Guterres", the day taken for a word of the guest's title."""
    return bool(
        preposition.dep_ == "prep"
        and preposition.lower_ == "on"
        and (
            any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in preposition.children)
            or (
                preposition.i + 1 < len(preposition.doc)
                and preposition.doc[preposition.i + 1].ent_type_ == "DATE"
                and any(c.dep_ == "pobj" and c.ent_type_ == "PERSON" for c in preposition.children)
            )
        )
    )


def _calls_on(preposition: Token, trigger: Token) -> bool:
    return bool(
        preposition.dep_ == "prep"
        and preposition.lower_ == "on"
        and preposition.head.i == trigger.i
        and trigger.lemma_ == "call"
    )


# Times the model tags that name a day of their own.
_NAMES_A_DAY = re.compile(
    # "Sunday night", "Friday evening": a weekday's part names that day.
    r"\b(?:last\s+night|yesterday|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    # "received by Duda the previous evening": a part of a day counted from another.
    r"|the\s+(?:previous|preceding|following|next)\s+(?:morning|afternoon|evening|night))\b",
    re.IGNORECASE,
)
# A part of the anchor's day: "met Hipkins at Parliament this morning" dates the meeting it
# hangs on, but alone in a sentence it does not stop a live-blog entry from taking its
# entry's day.
_PART_OF_DAY = re.compile(r"\bthis\s+(?:morning|afternoon|evening)\b", re.IGNORECASE)


def _names_a_date(ent: Any, *, parts_of_day: bool = False) -> bool:
    """A DATE entity, or a TIME one that names a day ("last night"); not how long something
    lasted ("the two-day summit")."""
    if _LENGTH_OF_TIME.fullmatch(ent.text) or _the_first_in_so_long(ent):
        return False
    if ent.label_ == "DATE":
        return (
            not _is_an_age(ent)
            and not _names_a_room(ent)
            and not _a_season_s_house(ent)
            and not _years_of_a_programme(ent)
            # "Mr Macron's day began with talks": whose day, not which.
            and not (len(ent) == 1 and _owner_of_the_occasion(ent.root) is not None)
            and not _the_day_told_as_now(ent)
            and not _years_of_something(ent)
        )
    return bool(
        ent.label_ == "TIME"
        and (_NAMES_A_DAY.search(ent.text) or (parts_of_day and _PART_OF_DAY.search(ent.text)))
    )


def _years_of_something(ent: Any) -> bool:
    """ "marks 34 years of independence", "75 years of diplomatic relations": how long
    something has lasted, not when anything happened."""
    root = ent.root
    return (
        root.lower_ in ("years", "decades")
        and any(c.dep_ in ("nummod", "amod") for c in root.children)
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
    )


def _the_day_told_as_now(ent: Any) -> bool:
    """ "On the day the Republic of Moldova marks 34 years of independence": a day told by what
    happens on it, in the present, is the day of the report, not one the sentence dates."""
    return ent.text.lower() == "the day" and any(
        c.dep_ == "relcl" and c.tag_ in ("VBZ", "VBP") for c in ent.root.children
    )


def _told_right_after_the_phrase(ent: Any, trigger: Token) -> bool:
    """ "The trip followed up on a meeting between Ishiba and Xi in Lima in November": a day
    told right after a meeting's phrase, which the parser hangs on the verb the phrase is
    in."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "conj"):
        # "highlighted the talks between Trong and Xi in Hanoi in December 2023, ...".
        preposition = ent.doc[ent.start - 1]
        return bool(
            preposition.dep_ == "prep"
            and preposition.lower_ in ("in", "on")
            and preposition.i == trigger.right_edge.i + 1
            and preposition.head.i == trigger.head.i
            # "The visit follows the meeting between Lula and Tinubu in New Delhi in
            # September", "We welcome the meeting ... hosted at the White House on Friday":
            # a verb in the present tells of the meeting on that day; not "discussed the
            # summit in Cairo on Tuesday", the day of the discussing.
            and (
                trigger.head.tag_ in ("VBZ", "VBP")
                or trigger.head.lemma_ in _SEQUENCE_VERBS
                or len({t.i for t in _listed_occasions(trigger.head)}) >= 2
            )
        )
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    if ent.root.dep_ == "npadvmod":
        # "followed up on Xi's state visit to Hanoi last December".
        return bool(
            ent.start == trigger.right_edge.i + 1 and ent.root.head.i == trigger.head.head.i
        )
    preposition = ent.root.head
    return bool(
        ent.root.dep_ == "pobj"
        and preposition.lower_ in ("in", "on")
        and preposition.i == trigger.right_edge.i + 1
        and preposition.head.i == trigger.head.head.i
    )


def _the_first_in_so_long(ent: Any) -> bool:
    """ "his first visit to Australia in seven years": how long since the last one, not when."""
    doc = ent.doc
    return bool(
        _COUNT_OF_UNITS.fullmatch(ent.text)
        and ent.start > 0
        and doc[ent.start - 1].lower_ in ("in", "for")
        and any(t.lower_ == "first" for t in doc[: ent.start - 1])
    )


_COUNT_OF_UNITS = re.compile(
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"many|a few|a couple of|nearly \w+|almost \w+|more than \w+|over \w+)\s+"
    r"(?:years?|months?|weeks?|decades?)",
    re.IGNORECASE,
)


def _is_an_age(ent: Any) -> bool:
    """ "Faye, 44, who was sworn in ...": a number set off after a name is an age, which the
    model may tag as a date."""
    doc = ent.doc
    return (
        ent.text.isdigit()
        and len(ent.text) <= 3
        and ent.start >= 2
        and ent.end < len(doc)
        and doc[ent.start - 1].text == ","
        and doc[ent.end].text == ","
        and doc[ent.start - 2].pos_ == "PROPN"
    )


# Rooms named after a year ("the 1844 Room" at Buckingham Palace).
_ROOMS_NAMED_BY_YEAR = frozenset({"Room", "Hall", "Salon", "Suite", "Chamber", "Gallery"})


_SEASONS = frozenset({"summer", "winter", "spring", "autumn"})


def _a_season_s_house(ent: Any) -> bool:
    """ "at the Swedish prime minister's summer residence", "the Summer Palace": a season
    naming what a building is for, not when."""
    return bool(
        len(ent) == 1
        and ent.root.lower_ in _SEASONS
        and ent.root.dep_ in ("compound", "amod", "nmod")
        and ent.root.head.lemma_.lower() in _SEASONAL_HOUSES
        and ent.root.head.i == ent.root.i + 1
    )


_SEASONAL_HOUSES = frozenset(
    {"residence", "palace", "house", "home", "retreat", "villa", "camp", "capital", "estate"}
)


def _years_of_a_programme(ent: Any) -> bool:
    """ "the Action Plan for the Common Regional Market 2025-2028": the years a programme
    runs, part of its name, not when anything happened."""
    doc = ent.doc
    return bool(
        _YEAR_RANGE.fullmatch(ent.text)
        and ent.start >= 1
        and doc[ent.start - 1].text[:1].isupper()
        and doc[ent.start - 1].pos_ in ("PROPN", "NOUN")
    )


_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d")


def _names_a_room(ent: Any) -> bool:
    """ "received Carney in the 1844 Room": a year in a room's name."""
    doc = ent.doc
    return (
        ent.text.isdigit()
        and ent.start >= 1
        and ent.end < len(doc)
        and doc[ent.start - 1].lower_ == "the"
        and doc[ent.end].text in _ROOMS_NAMED_BY_YEAR
    )


_LENGTH_OF_TIME = re.compile(r"(?:\w+-)+(?:hour|day|week|month|year)(?:-long)?", re.IGNORECASE)


def _is_deadline(ent: Any) -> bool:
    """ "a rail link by 2034", "until the end of the year": a date set for what was agreed,
    not the day of the meeting."""
    root = ent.root
    return bool(root.dep_ == "pobj" and root.head.lower_ in ("by", "until", "till"))


def _ends_a_stay_of_days(trigger: Token) -> bool:
    """ "left Tokyo on Sunday, wrapping up a two-day visit": the day a stay of several days
    ended, not the day of its talks."""
    if trigger.lemma_ not in _TRIP_NOUNS or trigger.dep_ != "dobj":
        return False
    if trigger.head.lemma_ not in _ENDING_VERBS:
        return False
    return any(
        c.lower_ in ("day", "days")
        and any(n.lower_ not in ("one", "1") for n in c.children if n.dep_ == "nummod")
        for c in trigger.children
        if c.dep_ in ("compound", "amod", "nmod")
    ) or any(_SEVERAL_DAYS.fullmatch(c.lower_) for c in trigger.children if c.dep_ == "amod")


def _dates_only_in_asides(trigger: Token, doc: Any) -> bool:
    """Whether the sentence's dates are all in who-clauses the trigger is not in, date an
    occasion the trigger is measured from ("meets Rutte ahead of next week's summit"), or date
    the saying the trigger is told in ("Vucic said on Tuesday night that the draft presented at
    his meeting with Kurti ...")."""
    dates = [e for e in doc.ents if _names_a_date(e)]
    return bool(dates) and all(
        _in_a_who_clause(e.root, trigger)
        or _measured_from(e.root, trigger)
        or _dates_the_saying(e.root, trigger)
        for e in dates
    )


def _counted_from_the_verb_above(node: Token) -> bool:
    """ "met Museveni on Thursday, two days after hosting Kagame": the hosting was two days
    before Thursday, not on it (resolution counts back from the day); "invited him during a
    call in early December, weeks before the two met": the meeting was weeks after it."""
    if (
        node.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("before", "after") for c in node.children)
        and any(
            c.dep_ == "npadvmod" and c.lemma_ in ("day", "week", "month", "year")
            for c in node.children
        )
    ):
        return True
    return (
        node.dep_ == "pcomp"
        and node.head.lower_ == "after"
        and any(
            c.dep_ == "npadvmod"
            and c.lemma_ in ("day", "week", "month", "year")
            and any(g.dep_ in ("nummod", "det") and g.lower_ in _COUNTS for g in c.children)
            for c in node.head.children
        )
    )


_COUNTS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six"})


def _dates_the_saying(token: Token, trigger: Token) -> bool:
    """Only when the speaker tells of their own meeting ("his meeting with Kurti"), which they
    speak of as soon as it ends; a ministry that "said on Monday" what was agreed during a
    visit may speak days later."""
    saying = _date_attachment(token)
    return (
        saying.lemma_ in _CLAUSE_STOP
        and saying.i != trigger.i
        and any(c.dep_ == "ccomp" and trigger in c.subtree for c in saying.children)
        and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in saying.children)
        and any(c.dep_ in ("poss", "nsubj") and c.lower_ in _OWN_PRONOUNS for c in trigger.children)
    )


_OWN_PRONOUNS = frozenset({"his", "her", "he", "she", "i", "my"})


def _measured_from(token: Token, trigger: Token) -> bool:
    """Whether `token` dates a later occasion the trigger comes before ("ahead of next
    week's summit"), the trigger not being part of that occasion's phrase."""
    phrase = _phrase_of_another_occasion(token, trigger)
    # Only an occasion still to come: "the first visit since Singh's in October 2007" may
    # take its people from the phrase.
    return (
        phrase is not None and phrase.lower_ in ("before", "of") and trigger not in phrase.subtree
    )


def _in_a_who_clause(token: Token, trigger: Token) -> bool:
    """ "X, who had been on a state visit since August 7": said of a person, not of the
    trigger ("the tensions that have built up in recent months" may be what it is about)."""
    return any(
        a.dep_ == "relcl"
        and trigger not in a.subtree
        and any(c.lower_ in ("who", "whom", "whose") for c in a.subtree)
        for a in [token, *token.ancestors]
    )


_TOWNS = frozenset({"city", "town", "village", "capital", "port", "resort"})
# "soon after", "shortly after", "just as": what happened at about the same time.
_JUST_BEFORE = frozenset({"soon", "shortly", "just", "right", "immediately"})


_STARTING_VERBS = frozenset({"commence", "start", "begin"})


def _connected_dates(trigger: Token, doc: Any, offset: int) -> list[tuple[int, int]]:
    """DATE entities that modify the trigger or a verb governing it, not some other noun
    ("a report on Tuesday commented on their meeting" dates the report, not the meeting)."""
    if _ends_a_stay_of_days(trigger):
        return []
    governors = {trigger.i}
    node = trigger
    meanwhile = False
    for _ in range(4):
        if (
            node.head.i == node.i
            or (node.lemma_ in _CLAUSE_STOP and node.i != trigger.i)
            or _gapped_going(node)
            or _counted_from_the_verb_above(node)
        ):
            break
        if (
            node.dep_ == "conj"
            and node.pos_ in ("VERB", "AUX")
            and _dated_itself(node, doc, counted=False)
        ):
            # "saw Putin in Moscow on 13 March, and on 12 April sat with Araghchi": the second
            # verb has a day of its own. ("..., and the next day sat with Araghchi" counts
            # from the first verb's.)
            break
        if _clause_before_a_semicolon(node):
            # "In May Meloni came to Samarkand for talks with Mirziyoyev; in July Mirziyoyev
            # went to Baku": the parser hangs the first clause on the second; its day is not
            # the first's.
            break
        if _a_clause_of_another_subject(node, doc):
            # "Peters met Jaishankar in Vientiane last July, and Murmu made a State visit to
            # New Zealand": the day of the first clause is not the second's.
            break
        if (
            node.pos_ in ("NOUN", "PROPN")
            and not _shares_time_with_head(node)
            and not (node.i != trigger.i and _team_led_in_it(node))
        ):
            break
        meanwhile = meanwhile or _said_meanwhile(node)
        if node.dep_ == "conj" and node.head.lemma_ in _LIGHT_VERBS:
            # "held talks with Biden on Sunday and then joined a three-way meeting": the day
            # the parser hangs on the first verb's object is the day of both.
            governors.update(c.i for c in node.head.children if c.dep_ == "dobj")
        came_from, node = node, node.head
        if _days_apart(came_from):
            # "was received by Macron on July 21, days after attending the EU-CELAC summit":
            # the day of the receiving is not the summit's, nor is the gap a day.
            governors.discard(came_from.i)
            break
        if came_from.i == trigger.i and _first_to_do_it(trigger):
            # "In April 2022, Nehammer became the first Western leader to meet Putin": the
            # time of the becoming is the meeting's.
            node = node.head
        if _purpose_hung_on_a_place(came_from, node) or _during_hung_on_a_noun(came_from, node):
            # "came to Warsaw last July with a dozen ministers for talks": the going's time.
            node = node.head.head
        if (
            node.pos_ in ("NOUN", "PROPN")
            and node.i != trigger.i
            and node.lemma_ not in _OCCASION_NOUNS
            and not _part_of_it(node, came_from)
            and not _a_round_of_it(node, came_from)
            and not _team_led_in_it(node)
            and not (came_from.dep_ == "appos" and _team_led_in_it(came_from))
        ):
            break
        if node.lemma_ in _CLAUSE_STOP and not _done_to_a_thing(node):
            # "..., the Elysee said on Sunday": the day of saying, not of the event; but
            # "Holness yesterday said ... as he hosted the leaders", "had said in Brussels on
            # February 27, at the previous meeting": the day of both.
            if meanwhile or _said_at_it(trigger, node):
                governors.add(node.i)
            break
        governors.add(node.i)
    # "led the College of Commissioners on a visit to New Delhi in February and held talks
    # with Modi": the day of the journey the verb's subject was on.
    governors |= {i for g in list(governors) for i in _on_a_journey(doc[g])}
    # "signed a trade agreement and a defence pact on Wednesday during a working visit": the
    # parser hangs the day on the document signed; it is the day of the signing.
    governors |= {
        o.i
        for g in list(governors)
        if doc[g].pos_ == "VERB"
        for c in doc[g].children
        if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENTS
        for o in (c, *c.conjuncts)
    }
    # "was received by the Pope on Monday, where the main topic was peace, and then held talks
    # with Meloni": the day of the verb the parser cut the next one off from.
    governors |= {
        verb.i
        for g in list(governors)
        if (verb := _verb_a_where_clause_cut_off(doc[g], doc[g].head)) is not None
    }
    if (occasion := _said_to_be(trigger)) is not None:
        # "Yoon's only summit with Xi was a 25-minute meeting ... in November 2022": what the
        # meeting is said to be is dated for it.
        governors |= {occasion.i, occasion.head.i}
    held = _held_right_after(trigger) or _holding_verb_put_far_before(trigger)
    if held is not None:
        governors.add(held.i)
    if (
        trigger.dep_ == "acl"
        and trigger.lemma_ in _CHAIRING_VERBS
        and trigger.head.lemma_ in _GATHERING_NOUNS | _SITTINGS
        and trigger.head.dep_ in ("nsubj", "nsubjpass")
    ):
        # "In August 2016, the sixth conference, hosted by Kenyatta with Abe, became the first
        # held in Africa": the time of what is said of the gathering hosted.
        governors.add(trigger.head.head.i)
    # "Back in Nicosia on Thursday, he received Herzog": the day of being back is the day of
    # what was done there.
    governors |= {
        c.i
        for g in list(governors)
        if doc[g].pos_ == "VERB"
        for c in doc[g].children
        if c.dep_ == "advmod" and c.lower_ == "back" and c.i < doc[g].i
    }
    # "Jaishankar had on Tuesday spoken to Guterres": the parser hangs the day on "had".
    governors |= {c.i for c in trigger.children if c.dep_ == "aux" and trigger.pos_ == "VERB"}
    # "met Sheinbaum for the first time on Monday": the parser hangs the day on "time".
    governors |= {
        t.i
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for t in c.children
        if t.dep_ == "pobj"
        and t.lower_ == "time"
        and any(g.dep_ == "amod" and g.ent_type_ == "ORDINAL" for g in t.children)
        # (Not "for the first time since 2019", how long since the last.)
        and not any(g.lower_ == "since" for g in t.children)
    }
    if trigger.dep_ == "nsubj" and trigger.head.lemma_ == "date":
        # "His last trip to Morocco dates back to November 2018".
        verb = trigger.head
        governors |= {verb.i} | {c.i for c in verb.children if c.lower_ == "back"}
    back = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "to" else None
    if back is not None and back.lower_ == "back" and back.head.lemma_ in ("go", "date"):
        # "Their rapport goes back to the summit in Tirana in December 2022": the time the
        # going back is to.
        governors |= {back.i, back.head.i}
    # "The summit, held on Tuesday in Jeddah, ...", "the talks, which opened on Monday": the
    # clause on the meeting says when it happened.
    governors |= {
        c.i
        for c in _and_attended(
            [
                c
                for head in _with_its_members(trigger)
                for c in head.children
                if c.dep_ in ("acl", "relcl")
                and c.lemma_ in _LIGHT_VERBS
                and c.lemma_ != "be"
                # In the past: "the summit, which opens on Wednesday" is not yet held.
                and c.tag_ in ("VBN", "VBD")
            ]
        )
    }
    # "Modi's visit to Moscow in July, where he held talks with Putin": the place the
    # where-clause hangs on is dated by its own phrase, unless the clause has a date of its
    # own ("flew in on Tuesday from Vietnam, where he met To Lam on Monday").
    # "was launched on 2 March in Algiers, when the three leaders met": a when-clause the
    # parser hangs on the place is dated by the verb the place belongs to.
    when_on_a_place = _is_when_clause_on_a_place(trigger)
    clause = _where_clause_of(trigger)
    if (clause is not None or when_on_a_place) and not any(
        _names_a_date(ent) and _date_attachment(ent.root).i in (trigger.i, (clause or trigger).i)
        for ent in doc.ents
    ):
        node = (clause or trigger).head
        if when_on_a_place and trigger.dep_ in ("conj", "dobj"):
            # "... when the two visited Bucha and met Zelensky", "... when Lula and Sánchez
            # convened a meeting": from the clause's head.
            node = node.head
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_ in _TOWNS:
            # "attended a conference in the Brazilian city of Balneario Camboriu, where he met
            # Bolsonaro": the town word, not its name, is what the sentence places.
            node = node.head.head
        # ("stood together with Zelensky in Kyiv, where the five agreed": up to the verb,
        # past the person the parser hangs the place on.)
        for _ in range(5):
            governors.add(node.i)
            if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
                break
            node = node.head
        if (
            clause is not None
            and node.i not in governors
            and node.pos_ == "VERB"
            and any(doc[i].dep_ == "dobj" and doc[i].head.i == node.i for i in governors)
        ):
            # "... attended a conference in the city of X, where he met Y": the time of
            # attending what the place is of.
            governors.add(node.i)
        # "the visit on Saturday of the EU envoy, ..., to Pristina, where they met Kurti": the
        # trip the place is a stop of, however far up the parser hangs it.
        if clause is not None:
            trip = next((a for a in trigger.ancestors if a.lemma_ in _TRIP_NOUNS), None)
            governors |= {trip.i} if trip is not None else set()
    if (
        trigger.lemma_ == "visit"
        and trigger.pos_ == "VERB"
        and not any(
            _names_a_date(ent) and _date_attachment(ent.root).i == trigger.i for ent in doc.ents
        )
    ):
        # "has visited Argentina, where he met President Fernandez on Jan. 23": the visit is
        # dated by the meeting at the place visited.
        governors |= {
            c.i
            for place in trigger.children
            if place.dep_ == "dobj"
            for c in place.children
            if _is_where_clause(c)
        }
    # "his meeting with Sugiono, who paid a working visit to Putrajaya today": the guest's
    # visit is the occasion of the meeting, so its day is the meeting's.
    for preposition in trigger.children:
        if preposition.dep_ != "prep" or preposition.lower_ != "with":
            continue
        for partner in preposition.children:
            governors |= {
                c.i for c in partner.children if c.dep_ == "relcl" and c.lemma_ in _VISIT_VERBS
            }
    # "was held in Chengdu, ..., in December 2019, attended by ...": the parser may hang the
    # date on the participle.
    governors |= {c.i for c in _chairing_clauses(trigger)}
    # "was welcomed at Riga Castle by Rinkēvičs with an official ceremony on Thursday
    # afternoon": the ceremony of the welcome is dated for it.
    governors |= {
        c.i
        for preposition in trigger.children
        if preposition.dep_ == "prep" and preposition.lower_ == "with"
        for c in preposition.children
        if c.dep_ == "pobj" and c.lemma_.lower() in _WELCOMING_CEREMONIES
    }
    # "last met when Trump visited Ahmedabad in February 2020", "Tusk's first trip to Berlin,
    # when Scholz received him in February": the when-clause dates it.
    # (Only when nothing else dates it: "In April, his son was ... received by Güler, a scene
    # unthinkable when Turkish drones were pushing Haftar's forces back in 2020".)
    when_clauses = {
        c.i
        for c in trigger.children
        if c.dep_ in ("advcl", "relcl") and any(g.lower_ == "when" for g in c.children)
    }
    governors |= _last_time_predicate(trigger)
    governors |= _participle_set_off_after(trigger)
    governors |= _occasion_of_which(trigger)
    # "On Sunday evening, soon after Air Force One landed in Calgary, he sat down with Trump":
    # the parser hangs the day on the clause that happened just before the meeting.
    governors |= {
        c.i
        for c in trigger.children
        if c.dep_ in ("advcl", "ccomp")
        and c.i < trigger.i
        and any(g.dep_ == "mark" and g.lower_ in ("after", "when", "as") for g in c.children)
        and any(g.dep_ == "advmod" and g.lower_ in _JUST_BEFORE for g in c.children)
    }
    # "Before setting off on Saturday, he spoke by phone with Abbas", "After arriving on
    # Sunday, she met Lee": the going told first is on the meeting's day, when the meeting
    # has none of its own.
    if not any(
        _names_a_date(ent) and _date_attachment(ent.root).i == trigger.i for ent in doc.ents
    ):
        governors |= {
            g.i
            for c in trigger.children
            if c.dep_ == "prep" and c.lower_ in ("before", "after") and c.i < trigger.i
            for g in c.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_ in _GOING_VERBS | {"set"}
        }
    if (
        trigger.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in trigger.children)
        and not any(
            _names_a_date(e) and trigger.left_edge.i <= e.root.i <= trigger.right_edge.i
            for e in doc.ents
        )
    ):
        # "Sweden and Poland put their relationship on a new footing on Thursday as
        # Kristersson and Tusk signed a strategic partnership": what happened as something
        # else did is on its day (which the parser may hang on that verb's object).
        head = trigger.head
        if head.dep_ == "relcl":
            # "promised on Wednesday to speed up work on a railway that would link them, as
            # Xi hosted Mirziyoyev": the parser hangs the as-clause on the relative clause;
            # it is as the main verb happened.
            head = next(
                (
                    a
                    for a in head.ancestors
                    if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("xcomp", "relcl")
                ),
                head,
            )
        governors.add(head.i)
        governors |= {
            g.i
            for c in head.children
            if c.dep_ == "prep"
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "NOUN"
        }
    # "On August 8, commencing at 11:45 a.m. for approximately 40 minutes, Mr. ISHIBA held a
    # summit meeting": the start the readout gives is the meeting's, and so its day.
    governors |= {
        c.i
        for c in trigger.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in _STARTING_VERBS and c.i < trigger.i
    }
    # "discussed it with Lourenço during a working visit to Luanda on Thursday": the visit the
    # talks were held during is on their day.
    governors |= _objects_of(trigger, "during", _TRIP_NOUNS)
    # "talked again at the G20 Summit in Rio de Janeiro last November": the gathering's time.
    governors |= _objects_of(trigger, "at", _GATHERING_NOUNS)
    # "hosted Tusk and Mitsotakis at a dinner on Wednesday evening", "met over a working lunch
    # last September": the meal's time.
    governors |= _objects_of(trigger, "at", _MEALS) | _objects_of(trigger, "over", _MEALS)
    # "met Trump once during the transition, flying to Mar-a-Lago on Nov. 29 for a dinner":
    # the journey made for the meeting is on its day.
    governors |= {
        c.i
        for c in trigger.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in _DEPARTING_JOURNEYS
    }
    # "held talks on Wednesday with ...": the parser may date the talks rather than the
    # holding.
    if trigger.lemma_ in _LIGHT_VERBS:
        governors |= {c.i for c in trigger.children if c.dep_ == "dobj"}
    # "received the King of Morocco, ..., and the President of Togo, ..., in Accra today": the
    # parser may hang "today" on the last guest received.
    # (The parser may join the last guest to the verb.)
    guests = [
        guest
        for c in trigger.children
        if trigger.pos_ == "VERB"
        and (c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")))
        for guest in (c, *c.conjuncts)
    ]
    governors |= {
        guest.i
        for guest in guests
        if any(d.dep_ == "npadvmod" and d.lower_ in _DEICTIC_DAYS for d in guest.children)
    }
    # "received Biden for a bilateral meeting at the hotel on Monday afternoon": the day of the
    # meeting the verb is for.
    governors |= _objects_of(trigger, "for", _SITTINGS)
    # "met again at the second Baghdad Conference, which King Abdullah hosted on December 20":
    # the day the gathering met at was held.
    governors |= _holding_of_the_gathering(trigger)
    # "held talks with Anwar on the fringes of the summits in Vientiane that month": the
    # setting's time is the meeting's, and so is that of the gathering it is the sidelines
    # of ("on the sidelines of Tuesday's summit").
    settings = [
        setting
        for i in list(governors)
        for prep in doc[i].children
        if prep.dep_ == "prep" and prep.lower_ in ("on", "at")
        for setting in prep.children
        if setting.dep_ == "pobj" and setting.lower_ in SIDELINE_WORDS
    ]
    governors |= {s.i for s in settings}
    governors |= {g for s in settings for g in _objects_of(s, "of", _TRIP_NOUNS | _SITTINGS)}
    # "Tusk said on Tuesday after consultations with Scholz": a statement made after talks
    # that the phrase does not date itself is made on their day.
    phrase, preposition = trigger, trigger.head
    if (
        trigger.dep_ == "pobj"
        and preposition.lower_ == "of"
        and preposition.head.lemma_ in ("hour", "minute", "day", "round")
        and preposition.head.dep_ == "pobj"
    ):
        # "said late last night, after almost twelve hours of talks with Kurti".
        phrase, preposition = preposition.head, preposition.head.head
    saying = _saying_set_off_after(preposition) if phrase.dep_ == "pobj" else None
    if saying is None and phrase.dep_ == "pobj" and _said_after_it(preposition, preposition.head):
        saying = preposition.head
    if (
        saying is not None
        # "Zelensky, speaking in Ankara on Tuesday after talks with Erdogan".
        and (saying.lemma_ in _CLAUSE_STOP or saying.lemma_ == "speak")
        and not any(t.ent_type_ == "DATE" for t in phrase.subtree)
    ):
        governors.add(saying.i)
    # "in January 2021, when Gyawali held talks with Jaishankar": the time the clause is of.
    when_of = _time_the_clause_is_of(trigger)
    if when_of is None:
        when_of = _the_same_day_as(trigger)
    spans: list[tuple[int, int]] = []
    when_spans: list[tuple[int, int]] = []
    second_going = _second_going_after(trigger)
    for ent in doc.ents:
        if not _names_a_date(ent, parts_of_day=True) or _is_deadline(ent):
            continue
        if (
            _dates_another_occasion(ent)
            or _counted_since(ent, trigger)
            or _nth_since(ent, trigger)
            or _after_another_listed_occasion(ent, trigger)
            or (second_going is not None and ent.start > second_going)
        ):
            continue
        if when_of is not None and ent.start <= when_of < ent.end:
            spans.append((offset + ent.start_char, offset + ent.end_char))
            continue
        if (
            _date_attachment(ent.root).i in governors
            or _split_date_attaches(ent, governors)
            or (not spans and _told_right_after_the_phrase(ent, trigger))
        ):
            spans.append((offset + ent.start_char, offset + ent.end_char))
        elif _date_attachment(ent.root).i in when_clauses:
            when_spans.append((offset + ent.start_char, offset + ent.end_char))
    spans = spans or when_spans
    bounds = [
        span
        for span, ent in zip(spans, _ents_at(doc, spans, offset), strict=True)
        if _bounds_it(ent)
    ]
    if bounds and len(bounds) < len(spans):
        # "The last meeting between the top diplomats before Tuesday took place in Geneva on
        # January 21, 2022": the day it is said to come before bounds it; the other dates it.
        spans = [span for span in spans if span not in bounds]
    if trigger.dep_ in ("conj", "relcl") and trigger.pos_ == "VERB":
        # "held the dialogue in Brussels on Wednesday, met Wadephul in Berlin on Thursday":
        # the second verb's own day, when it has one, not the first's; "today concluded a
        # working visit ..., during which he met Trump at the White House yesterday": the
        # clause's own day, not the visit's.
        inside = {t.i for t in trigger.subtree}
        own = [
            (span, ent)
            for span, ent in zip(spans, _ents_at(doc, spans, offset), strict=True)
            if ent.root.i in inside
            # ("..., when Lasso and Castillo signed a declaration after two years without a
            # meeting": a length of time is no day of the clause's own.)
            and (trigger.dep_ == "conj" or _NAMES_A_DAY_OF_ITS_OWN.search(ent.text))
        ]
        if own and not any(_COUNTS_FROM_ANOTHER_DAY.search(ent.text) for _, ent in own):
            # ("... on March 1, and held talks the following day" counts from the first.)
            return [span for span, _ in own]
    return _day_after_the_clause(trigger, doc, offset) or spans


_A_DAY = re.compile(r"\d|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# A day a clause may have of its own: a date, a weekday, or a day told from the report's.
_NAMES_A_DAY_OF_ITS_OWN = re.compile(rf"{_A_DAY.pattern}|\b(?:yesterday|today|tonight)\b", re.I)


def _in_a_town_of_its_own(verb: Token, places: list[tuple[PlaceSpan, Token]], offset: int) -> bool:
    """Whether a town (not a venue) is named in a place phrase on this verb itself."""
    return any(
        anchor.i == verb.i
        and any(t.ent_type_ == "GPE" for t in _tokens_of(place, verb.doc, offset))
        for place, anchor in places
    )


def _clause_before_a_semicolon(verb: Token) -> bool:
    """A clause of someone's doing the parser hangs on a verb told after a semicolon that
    follows it."""
    head = verb.head
    return (
        verb.dep_ in ("ccomp", "advcl", "parataxis")
        and verb.i < head.i
        and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in verb.children)
        and any(
            c.dep_ == "punct" and c.lower_ == ";" and verb.i < c.i < head.i for c in head.children
        )
    )


def _a_clause_of_another_subject(verb: Token, doc: Any) -> bool:
    """A verb joined by "and" to one before it, each with a subject of its own, unlike each
    other, with nothing dating both set before the first subject ("On Monday, Xi met Putin
    and Lula met Modi") and no day of its own the parser hung on the first verb."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    first = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    before = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or before is None or subject.pos_ == "PRON":
        return False
    if subject.pos_ == "NOUN" and any(
        c.lower_ in ("two", "three", "both") for c in subject.children
    ):
        # "...; the two delegations agreed to swap prisoners": those of the first clause.
        return False
    if subject.lower_ == before.lower_:
        return False
    if any(c.lower_ in ("there", "then") for c in verb.children) or (
        _dated_itself(verb, doc) and not _dated_itself(verb, doc, counted=False)
    ):
        # "..., and the two presidents held a bilateral meeting there the following day":
        # told from the first clause's place and day.
        return False
    # ("and on 18 March, while Tahnoon was dining with Trump, Tamim was sitting ...": a day
    # after the "and", which the parser may hang on the first verb, is the second clause's.)
    joint = max((c.i for c in first.children if c.dep_ == "cc" and c.i < verb.i), default=verb.i)
    return not any(
        _names_a_date(ent)
        and (ent.root.i < before.i or joint < ent.root.i < verb.i)
        and _date_attachment(ent.root).i == first.i
        for ent in doc.ents
    )


def _dated_itself(verb: Token, doc: Any, *, counted: bool = True) -> bool:
    """Whether a date phrase hangs on this verb itself (with `counted` False, not one counted
    in days from a day before it: "the following day" needs that day beside it)."""
    return any(
        _names_a_date(ent)
        and _date_attachment(ent.root).i == verb.i
        and (counted or not _DAYS_AFTER.match(ent.text))
        for ent in doc.ents
        if ent.root.i != verb.i
    )


# "the next day", "two days later": a day counted from the one told before it.
_DAYS_AFTER = re.compile(
    r"^(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)"
    r"|\w+\s+(?:day|week)s?\s+later)$",
    re.IGNORECASE,
)


def _held_right_after(trigger: Token) -> Token | None:
    """ "welcomed the statement issued after the meeting between A and B held yesterday in
    Jeddah": the parser makes "held" a clause of its own whose subject holds the meeting; the
    participle right after the meeting's phrase is still the meeting's."""
    if trigger.pos_ != "NOUN":
        return None
    doc = trigger.doc
    after = max(t.i for t in trigger.subtree) + 1
    if after >= len(doc):
        return None
    held = doc[after]
    if held.lemma_ != "hold" or held.tag_ not in ("VBD", "VBN") or held.i == trigger.head.i:
        return None
    subjects = [c for c in held.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(trigger in s.subtree for s in subjects):
        return None
    return held


def _day_after_the_clause(trigger: Token, doc: Any, offset: int) -> list[tuple[int, int]]:
    """ "Xi arrived in Kuala Lumpur on Tuesday after a state visit to Vietnam, during which he
    held talks with To Lam in Hanoi on Monday", "today concluded a working visit ..., during
    which he met Trump at the White House yesterday": the parser hangs the clause's own day on
    the main verb, which has a day of its own before the clause; the later day is the
    clause's."""
    if trigger.dep_ != "relcl":
        return []
    first = min(t.i for t in trigger.subtree)
    last = max(t.i for t in trigger.subtree)
    if any(t.ent_type_ == "DATE" for t in doc[first : last + 1]):
        return []
    dated = [ent for ent in doc.ents if _names_a_date(ent)]
    for verb in (a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")):
        attached = [ent for ent in dated if _date_attachment(ent.root).i == verb.i]
        if not attached:
            continue
        before = [ent for ent in attached if ent.end <= first]
        # A day ("on Monday", "on 14 August", "yesterday"), not "her summer holiday".
        after = [
            ent for ent in attached if ent.start > last and _NAMES_A_DAY_OF_ITS_OWN.search(ent.text)
        ]
        if not before or len(after) != 1:
            return []
        return [(offset + after[0].start_char, offset + after[0].end_char)]
    return []


def _participle_set_off_after(trigger: Token) -> set[int]:
    """ "At the eighth meeting of the border commissions, held on the border on 19 April, A and
    B agreed ...": the participle set off right after the meeting's phrase holds it, though
    the parser hangs it on the main verb."""
    # "took part in the Central Asia - United States summit in the C5+1 format, held at the
    # White House": the parser hangs the participle on the last noun of the meeting's phrase.
    inside = {
        t.i
        for t in trigger.subtree
        if t.dep_ == "acl"
        and t.tag_ == "VBN"
        and t.lemma_ in ("hold", "convene")
        and t.head.i != trigger.i
        and t.i >= 1
        and trigger.doc[t.i - 1].text == ","
    }
    if trigger.dep_ != "pobj" or trigger.head.dep_ != "prep":
        return inside
    verb = trigger.head.head
    end = max(t.i for t in trigger.subtree)
    return inside | {
        c.i
        for c in verb.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBN"
        and c.lemma_ in ("hold", "convene")
        and end < c.i <= end + 2
        and all(t.is_punct for t in trigger.doc[end + 1 : c.i])
    }


def _bounds_it(ent: Any) -> bool:
    """ "before Tuesday", "until March": a date the meeting is told to come before."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in ("before", "until", "till")


_COUNTS_FROM_ANOTHER_DAY = re.compile(
    r"\b(?:following|next|previous|preceding|same|later|earlier|before|after)\b", re.I
)


def _counted_since(ent: Any, trigger: Token) -> bool:
    """ "the first visit by a Brazilian head of state to the country since 2009": the year the
    count of anyone's visits starts from, not the visit's. (With a clause telling what happened
    then, "since April 26, 2022, when Guterres flew to Moscow", the date names that earlier
    meeting.)"""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "since":
        return False
    said = _said_to_be(trigger)
    if said is not None and root.head.head.i == said.i:
        # "The visit is the first state visit by an African leader to Washington since 2008":
        # the count is of what the meeting is said to be.
        trigger = said
    if not any(c.dep_ == "amod" and c.lower_ == "first" for c in trigger.children):
        return False
    start = trigger.left_edge.i
    if (
        start >= 2
        and trigger.doc[start - 1].text == ","
        and trigger.doc[start - 2].lemma_ in _TRIP_NOUNS
    ):
        # "arrived on a state visit, the first visit by the Russian leader to Kazakhstan since
        # 2015": the visit told, said again with how long it has been.
        return True
    if not any(
        t.dep_ == "det" and t.lower_ in ("a", "an") and t.head.i != trigger.i
        for t in trigger.subtree
        if t.i < ent.start
    ):
        # "the first conversation between the two leaders since December 2022": the same two
        # spoke then, an earlier call the report names in passing.
        return False
    rest = ent.doc[ent.end : ent.end + 2]
    return not (len(rest) == 2 and rest[0].text == "," and rest[1].lower_ == "when")


def _nth_since(ent: Any, trigger: Token) -> bool:
    """ "the fourth round of Saudi-Iranian dialogue hosted by Baghdad since April of last year":
    when the count of rounds starts, not when this one was held."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "since":
        return False
    # (The participle "hosted" is dated for the dialogue it is of.)
    occasion = trigger.head if trigger.dep_ == "acl" else trigger
    counted = (
        occasion.head.head if occasion.dep_ == "pobj" and occasion.head.lower_ == "of" else occasion
    )
    return any(
        c.ent_type_ == "ORDINAL" and c.dep_ == "amod" and c.lower_ != "first"
        for c in counted.children
    )


def _split_date_attaches(ent: Any, governors: set[int]) -> bool:
    """ "Meloni's visit to India in March last year infused ...": the parser hangs the month
    on the visit and "last year" on the verb; the preposition opening the date tells."""
    first = ent[0]
    return bool(
        first.i != ent.root.i
        and first.dep_ == "pobj"
        and first.head.i == ent.start - 1
        and _date_attachment(first).i in governors
    )


def _dates_another_occasion(ent: Any) -> bool:
    """ "was the first to meet Tiani after the July 26 putsch": the day names the occasion the
    phrase measures from, not the meeting."""
    root = ent.root
    noun = root.head
    return bool(
        root.dep_ in ("compound", "nmod", "amod")
        and noun.pos_ == "NOUN"
        and noun.i > root.i
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("after", "since", "before", "until")
    )


# What is signed, on the day of the signing.
# Occasions a sentence may list one after another, each with its own day.
_LISTED_OCCASIONS = frozenset(
    {"talk", "talks", "meeting", "visit", "call", "summit", "trip", "consultation"}
)


def _listed_occasions(verb: Token) -> list[Token]:
    """The occasions a verb takes as its objects, one after another."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [
        t
        for c in verb.children
        if c.dep_ in ("dobj", "conj") and c.lemma_.lower() in _LISTED_OCCASIONS
        for t in (c, *c.conjuncts)
        if t.lemma_.lower() in _LISTED_OCCASIONS and t.head.i in (verb.i, c.i)
    ]


def _after_another_listed_occasion(ent: Any, trigger: Token) -> bool:
    """ "highlighted the talks between Trong and Xi in Hanoi in December 2023, To Lam's talks
    with Xi in Beijing in August this year, and ...": the parser hangs each day on the verb;
    each dates the occasion listed last before it."""
    listed = _listed_occasions(_date_attachment(ent.root))
    if len({t.i for t in listed}) < 2 or trigger.i not in {t.i for t in listed}:
        return False
    before = [t.i for t in listed if t.i < ent.start]
    # (A day told before them all is the day of them all.)
    return bool(before) and max(before) != trigger.i


def _ents_at(doc: Any, spans: list[tuple[int, int]], offset: int) -> list[Any]:
    by_start = {offset + ent.start_char: ent for ent in doc.ents}
    return [by_start[start] for start, _ in spans]


def _objects_of(trigger: Token, preposition: str, lemmas: frozenset[str]) -> set[int]:
    """The nouns of those lemmas the trigger takes after that preposition ("during a working
    visit", "for a bilateral meeting")."""
    return {
        c.i
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ == preposition
        for c in p.children
        if c.dep_ == "pobj" and c.lemma_.lower() in lemmas
    }


_DURING_WHICH = frozenset({"during", "at", "in", "on"})
_TRIP_NOUNS = frozenset({"visit", "trip", "tour", "stay", "summit", "conference", "forum"})
_GATHERING_NOUNS = frozenset({"summit", "conference", "forum"})
_MEALS = frozenset({"dinner", "lunch", "luncheon", "breakfast", "banquet", "supper"})
# The legs of a journey, whose traveller meets people along the way.
_JOURNEY_NOUNS = frozenset({"tour", "trip", "stop", "stopover", "leg", "journey"})


def _a_stop_on_a_journey(trigger: Token) -> bool:
    """ "before a stop in Addis Ababa to meet Abiy and talks in Djibouti with Guelleh": the
    meeting is what a leg of a journey holds, told without its traveller."""
    node = trigger
    for _ in range(3):
        if node.dep_ not in ("acl", "conj", "pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_ in _JOURNEY_NOUNS:
            return not any(c.dep_ == "poss" for c in node.children)
    return False


_ENDING_VERBS = frozenset({"wrap", "conclude", "end", "finish", "complete"})
# "two-day" as one word, where the tokenizer keeps it whole.
_SEVERAL_DAYS = re.compile(r"(?:two|three|four|five|six|seven|[2-9])-days?")


def _occasion_of_which(trigger: Token) -> set[int]:
    """ "To Lam's official visit to France in October 2024, during which he held talks with
    Macron": the talks are dated by the visit's own phrase. The parser often hangs the
    clause on the main verb, so the visit is found as the word the clause follows."""
    for preposition in trigger.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in _DURING_WHICH:
            continue
        if not any(c.lower_ == "which" for c in preposition.children):
            continue
        if trigger.dep_ == "relcl":
            node = trigger.head
        else:
            before = preposition.i - 1
            if before >= 0 and preposition.doc[before].is_punct:
                before -= 1
            if before < 0:
                return set()
            node = preposition.doc[before]
        for _ in range(4):
            if node.lemma_.lower() in _TRIP_NOUNS:
                # "paid a state visit to Paris in July 2023": the phrase may date the paying.
                paying = node.dep_ == "dobj" and node.head.lemma_ in _LIGHT_VERBS
                return {node.i, node.head.i} if paying else {node.i}
            if node.head.i == node.i:
                break
            node = node.head
    return set()


# A speaker at a summit is one of its leaders; one who addresses a conference, a session or
# someone else's cabinet meeting is a guest speaker.
_ADDRESSED_GATHERINGS = frozenset({"summit"})


def _is_discussed(noun: Token) -> bool:
    """ "discussed the upcoming meeting", "commented on the talks": the meeting is a topic."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "dobj":
        if noun.head.lemma_ == "address" and noun.lemma_ in _ADDRESSED_GATHERINGS:
            # "Trump addressed the U.S.-GCC summit": he spoke at it, so he was there.
            return False
        # "a visit that included meetings with Xi": the meetings were part of it.
        return bool(noun.head.lemma_ not in _LIGHT_VERBS | _MOTION_VERBS | {"include"})
    if noun.dep_ == "pobj":
        if noun.lemma_ in ("phone", "telephone") and noun.head.lower_ == "on":
            # "spent an hour on the phone with Trump": the call itself.
            return False
        if (
            noun.head.lower_ == "on"
            and noun.lemma_ in _JOURNEY_NOUNS | {"visit"}
            and noun.head.head.lemma_ in _MOTION_VERBS - {"be"}
        ):
            # "travelled to Kyiv on his first visit to Ukraine": the journey one went on.
            # (Not "is on a state visit from May 7 to 10", a stay whose meetings are the
            # occasions.)
            return False
        if noun.head.lower_ == "to" and noun.head.head.lemma_ in ("refer", "allude"):
            # "Alam referred to the sixth round of the consultations": a mention of them.
            return True
        return bool(noun.head.lower_ in ("on", "about", "over", "regarding", "concerning"))
    return False


def _done_to_a_thing(verb: Token) -> bool:
    """ "the agreements confirmed by Putin and Orban at their meeting": a participle on a noun
    tells what was done to it there, not a report of it."""
    return bool(verb.dep_ == "acl" and verb.tag_ == "VBN")


def _said_at_it(trigger: Token, verb: Token) -> bool:
    """ "had said in Brussels on February 27, at the previous meeting with Kurti": what is said
    at a meeting, or right after it, is said on its day."""
    if trigger.dep_ == "pcomp" and trigger.tag_ == "VBG" and trigger.head.lower_ == "after":
        # "Ciolacu said on Friday after receiving his Bulgarian counterpart": said on coming
        # out of the meeting, the same day.
        return bool(trigger.head.head.i == verb.i)
    return (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("at", "during")
        and trigger.head.head.i == verb.i
    )


def _lasts_one_day(trip: Token) -> bool:
    """ "a one-day visit", "a day-long trip"."""
    return any(
        (c.lower_ == "day" and any(n.lower_ in ("one", "1") for n in c.children))
        or c.lower_ in ("one-day", "day-long", "daylong")
        for c in trip.children
        if c.dep_ in ("compound", "amod", "nmod")
    )


def _shares_time_with_head(noun: Token) -> bool:
    """ "held talks", "said in a meeting": the governing verb happens at the meeting's time;
    "discussed the meeting", "commented on the meeting" happen later."""
    if noun.dep_ == "pobj":
        preposition = noun.head
        if preposition.lower_ in _SAME_TIME_PREPOSITIONS:
            return True
        if preposition.lower_ == "of" and preposition.head.lemma_ in _OCCASION_NOUNS:
            return True
        if preposition.lower_ == "of" and _a_round_of_it(preposition.head, preposition):
            # "sat there for the latest round of their peace talks": when the round was.
            return True
        if preposition.lower_ == "of" and preposition.head.lemma_ in _PARTS_OF_A_GATHERING:
            # "attended the opening ceremony of the ministerial meeting on Tuesday".
            return True
        if (
            preposition.lower_ in ("following", "after")
            and preposition.head.lemma_ in _SIGNING_VERBS
            and any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in noun.children)
        ):
            # "whose memorandum was signed in Belgrade in July, following the talks between
            # Vučić and Scholz": signed as they ended.
            return True
        if preposition.dep_ == "agent" and preposition.head.lemma_ in ("precede", "follow"):
            # "The Session was preceded on Monday by a ministerial meeting".
            return True
        if (
            preposition.lower_ == "after"
            and preposition.head.lemma_ in _HOMEWARD_VERBS
            and noun.lemma_ in _TRIP_NOUNS
            and _lasts_one_day(noun)
        ):
            # "left Beirut on Friday evening after a one-day visit": it was that day.
            return True
        if preposition.lower_ == "with" and preposition.head.lemma_ in _BOUNDING_VERBS:
            # "wrapped up his trip on Tuesday with a summit", "opened the visit with talks".
            return True
        if _purpose_hung_on_a_place(preposition, preposition.head):
            # "came to Warsaw last July with a dozen ministers for talks".
            return True
        if preposition.lower_ == "for" and _gapped_going(preposition.head):
            # "... and then to Minsk last week for talks with Lukashenko".
            return True
        # "travelled to Paris for talks", "arrived on a state visit"; "had been in Canberra for
        # the inaugural ministers' meeting": there for it; "joined the Nordic prime ministers
        # for their meeting": with them at it.
        return bool(
            preposition.lower_ in ("for", "on")
            and (
                preposition.head.lemma_ in _MOTION_VERBS
                # "Gulf leaders gathered in Riyadh on Wednesday for the fifth summit".
                or (preposition.lower_ == "for" and preposition.head.lemma_ in _CONVENING)
                or (preposition.lower_ == "for" and preposition.head.lemma_ in ("join", "sit"))
                # "toured Zagreb and Ljubljana on March 17 for talks with the prime ministers".
                or (preposition.lower_ == "for" and preposition.head.lemma_ in ("tour", "visit"))
                # "In March he took a large delegation to New Delhi for talks with Modi".
                or (preposition.lower_ == "for" and _took_people_to_a_town(preposition.head))
                or (
                    preposition.head.lemma_ == "be"
                    and any(
                        c.dep_ == "prep" and c.lower_ == "in" for c in preposition.head.children
                    )
                )
            )
        )
    if (
        noun.dep_ == "oprd"
        and noun.head.lemma_ in ("call", "describe", "term", "dub")
        and any(c.dep_ == "dobj" and c.lower_ == "what" for c in noun.head.children)
    ):
        # "On Thursday evening Vučić had what he called a brotherly meeting with Fico": the
        # meeting had then.
        return True
    if noun.dep_ in ("dobj", "npadvmod") and noun.head.lemma_ in _HOLDING_WITH:
        # "today facilitated a High-level Meeting": held when the verb is. ("co-chaired, in
        # Beijing, the 7th meeting": the parser may take an object set off by commas for an
        # adverb.)
        return True
    if (
        noun.dep_ == "dobj"
        and noun.head.lemma_ == "address"
        and noun.lemma_ in _ADDRESSED_GATHERINGS
    ):
        # "Later on Wednesday, Trump addressed the U.S.-GCC summit": he spoke at it.
        return True
    if (
        noun.dep_ == "dobj"
        and noun.head.lemma_ in _MOTION_VERBS
        and noun.lemma_ in _TRIP_NOUNS
        and any(c.dep_ == "poss" for c in noun.children)
    ):
        # "He travelled to Kyiv in July 2022, his first trip there as Taoiseach": the trip is
        # the travelling, set after it.
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_ in _RECALLING_VERBS:
        # "recalled his meeting with Sharif in Cairo in December": the phrases say where and
        # when the meeting was, not the remembering.
        return True
    if noun.dep_ == "nsubj" and noun.head.lemma_ in _DONE_AT_THE_MEETING:
        # "On Thursday the leaders' meeting, co-chaired by ..., adopted a declaration".
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_ == "leave" and noun.lemma_ in _GATHERING_NOUNS:
        # "Kristersson left the US-Nordic summit in Helsinki on Thursday": it was on then.
        return True
    if (
        noun.dep_ in ("dobj", "nsubjpass")
        and noun.head.lemma_ in _SIGNING_VERBS
        and noun.lemma_.lower() in DOCUMENTS
    ):
        # "The agreement on this project was signed in Bucharest in December 2022": the
        # document is of the day it was signed.
        return True
    if noun.dep_ in ("dobj", "nsubjpass", "nsubj", "attr"):
        return bool(noun.head.lemma_ in _LIGHT_VERBS)
    if noun.dep_ == "npadvmod" and noun.head.lemma_ in _HOLDING_VERBS:
        # "hosted today at Diriyah Palace a meeting between ...": the object set after the
        # day and the place, which the parser takes for an adverb.
        return True
    return noun.dep_ in ("prep", "conj", "appos")


# Verbs of coming together for a meeting ("gathered in Riyadh for the summit").
_CONVENING = frozenset({"gather", "convene", "assemble"})


# What begins or ends with a meeting ("wrapped up his tour with a summit") is timed by it.
_BOUNDING_VERBS = frozenset(
    {"wrap", "end", "conclude", "open", "begin", "start", "close", "cap", "finish", "kick", "round"}
)
# ... and how a day or visit went on ("Mr Macron's day continued with talks").
_GOING_ON_VERBS = _BOUNDING_VERBS | {"continue"}


# What a meeting does while it sits: its day is the meeting's.
_DONE_AT_THE_MEETING = frozenset(
    {"adopt", "approve", "endorse", "issue", "elect", "decide", "discuss", "review", "reaffirm"}
)


def _on_a_journey(verb: Token) -> set[int]:
    """The journey a verb's subject did it on: "led the delegation on a visit to New Delhi"."""
    return _objects_of(verb, "on", _JOURNEYS_ONE_IS_ON) if verb.pos_ == "VERB" else set()


_JOURNEYS_ONE_IS_ON = frozenset({"visit", "trip", "tour", "journey"})


_DAYS_APART = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})


def _days_apart(node: Token) -> bool:
    """ "days after attending", "a week before flying": an after- or before-phrase on a verb
    that sets a gap of days or more between what it tells and the verb (not "hours after
    landing", "shortly after arriving", the same day)."""
    return bool(
        node.dep_ == "prep"
        and node.lower_ in ("after", "before")
        and node.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in node.children)
        and any(c.dep_ == "npadvmod" and c.lower_ in _DAYS_APART for c in node.children)
    )


def _date_attachment(token: Token) -> Token:
    """The word a date phrase modifies: "met on Monday" -> met; "Monday's talks" -> talks."""
    node = _attachment_of_a_phrase(token)
    while node.ent_type_ == "PERSON" and node.pos_ == "VERB" and node.head.i != node.i:
        # "spoken with his counterpart Andrii Sybiha on Sunday": a name the tagger took for a
        # verb, with the day hung on it; the day is the verb's it is part of.
        node = node.head
    if _set_before_the_mark(token, node):
        # "On July 18, the morning after a shell struck the parish, Netanyahu telephoned the
        # pope": the parser hangs the day on the after-clause; it dates the main verb.
        node = node.head
    for _ in range(3):
        # "For approximately two hours from 11:30 a.m. on August 18 local time, ... held": a
        # day hung on a clock time, or a time on a duration, is the day of what they modify.
        time = node if node.ent_type_ == "TIME" else _time_of_a_phrase(node)
        if time is None or time.head.i == time.i or _in_brackets(time):
            # "(2:00 a.m. on February 8, JST)": the same time told in another time zone.
            break
        higher = _attachment_of_a_phrase(time)
        if higher.i == node.i:
            break
        node = higher
    return node


def _set_before_the_mark(token: Token, verb: Token) -> bool:
    """Whether a date the parser hangs on an after- or before-clause is told ahead of the
    clause's mark, and the clause has no date of its own."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in ("ccomp", "advcl")
        and verb.head.pos_ == "VERB"
        and bool(marks)
        and token.i < marks[0].i
        and token.sent.start <= token.i < verb.head.i
        and not any(t.ent_type_ == "DATE" for t in token.doc[marks[0].i : verb.i])
    )


def _in_brackets(token: Token) -> bool:
    for left in reversed(token.doc[token.sent.start : token.i]):
        if left.text in (")", "]"):
            return False
        if left.text in ("(", "["):
            return True
    return False


def _time_of_a_phrase(node: Token) -> Token | None:
    if node.dep_ != "prep":
        return None
    return next((c for c in node.children if c.dep_ == "pobj" and c.ent_type_ == "TIME"), None)


def _attachment_of_a_phrase(token: Token) -> Token:
    node = token
    # ("this" in "this Tuesday afternoon", "early" in "early this Tuesday morning": the date
    # the model tags ends before the noun.)
    while (
        node.dep_ in ("compound", "amod", "nummod", "nmod", "case", "conj", "det")
        or (node.dep_ == "advmod" and node.head.ent_type_ in ("DATE", "TIME"))
    ) and node.head.i != node.i:
        node = node.head
    if (
        token.dep_ in ("compound", "nmod", "nummod")
        and node.dep_ in ("nsubj", "nsubjpass")
        and token.i < node.i
        # (Not "The January visit produced an upgrade": the day inside the subject's own
        # phrase, after its article, is the subject's.)
        and not any(c.dep_ == "det" and c.i < token.i for c in node.children)
    ):
        # "Earlier Tuesday Biden was received ...", "On April 8 Defense Secretary Pete Hegseth
        # met ...", "On 19 July 2024 Olaf Scholz flew in": the parser joins the day to the name.
        return node.head
    if node.dep_ == "nsubj" and node.ent_type_ == "DATE" and node.lemma_ in _PARTS_OF_DAY | {"day"}:
        # "and the next day sat with Araghchi": the parser makes the day the verb's subject.
        return node.head
    if node.dep_ == "pobj" and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("poss", "prep", "npadvmod", "tmod", "advmod", "nmod", "appos", "dobj"):
        phrase, node = node, node.head
        if phrase.lower_ == "of" and node.lemma_ in _PARTS_OF_DAY:
            # "met Castro on the evening of 26 January 2022": where the evening attaches.
            return _attachment_of_a_phrase(node)
        if _sets_off_the_saying(phrase, node):
            # "held talks with Trump in Palm Beach on Friday, the alliance said on Saturday":
            # the day before the source's name ends the report, not the saying.
            return node.head
        # "met ... here on Monday": the parser hangs the date on the adverb of place; "had
        # spoken to Kagame earlier in the day" on the adverb of time.
        if (
            node.pos_ in ("ADV", "SCONJ")
            and node.dep_ == "advmod"
            and node.lower_ in _ADVERBS_DATES_HANG_ON
        ):
            return node.head
        # "called on him at his hotel on Thursday": on the place where the verb happened.
        if (
            node.dep_ == "pobj"
            and node.head.lower_ in ("at", "in")
            and node.head.head.pos_ in ("VERB", "AUX")
            and (node.ent_type_ in ("GPE", "LOC", "FAC") or node.lemma_ in _VENUE_NOUNS)
        ):
            return node.head.head
        # "received her Ecuadorian counterpart, Daniel Noboa, this Thursday": or on the guest
        # named after the office.
        if (
            phrase.dep_ in ("prep", "npadvmod")
            and node.dep_ == "appos"
            and node.ent_type_ == "PERSON"
            and node.head.dep_ == "dobj"
            and node.head.head.pos_ == "VERB"
        ):
            return node.head.head
        # "welcomed German Chancellor Friedrich Merz on Thursday evening": or on the guest;
        # "Foreign Minister Jeppe Kofod (S) on Tuesday signed": or on the subject before its
        # verb.
        if (
            phrase.dep_ == "prep"
            and node.head.pos_ == "VERB"
            and (
                (node.dep_ == "dobj" and node.ent_type_ == "PERSON")
                or (
                    node.dep_ in ("nsubj", "nsubjpass")
                    and node.pos_ == "PROPN"
                    and phrase.i < node.head.i
                )
            )
        ):
            return node.head
        # "Marcos and Xi Jinping on Friday sat down for a meeting": or on the last of the
        # subjects named before their verb.
        # ("Modi and visiting Mongolian President Khurelsukh on Tuesday held talks": the parser
        # makes "visiting" a verb of its own, with the day on it.)
        subject = node
        while subject.dep_ in ("conj", "dobj") and subject.head.i != subject.i:
            subject = subject.head
        if (
            phrase.dep_ == "prep"
            and subject.i != node.i
            and (node.pos_ == "PROPN" or node.lower_ == "visiting")
            and subject.dep_ in ("nsubj", "nsubjpass")
            and subject.pos_ == "PROPN"
            and subject.head.pos_ == "VERB"
            and phrase.i < subject.head.i
        ):
            return subject.head
        # "..., in Cholpon-Ata on 21 July 2022, they signed": or on the place's preposition;
        # "held talks with ..., Wang Yi, on Wednesday on the sidelines of ...": or on the
        # setting's.
        if (
            node.dep_ == "prep"
            and (
                node.lower_ in ("at", "in")
                or any(c.dep_ == "pobj" and c.lower_ in SIDELINE_WORDS for c in node.children)
            )
            and phrase.dep_ == "prep"
            and node.head.pos_ in ("VERB", "AUX")
        ):
            return node.head
    return node


def _sets_off_the_saying(phrase: Token, verb: Token) -> bool:
    """A date phrase the parser hung on a saying set off after the report ("..., on Friday,
    the alliance said"): it stands before the sayer, so it ends the clause reported."""
    if verb.lemma_ not in _CLAUSE_STOP or verb.dep_ not in ("advcl", "parataxis", "ccomp"):
        return False
    sayers = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        verb.head.i < phrase.i
        and bool(sayers)
        and phrase.i < sayers[0].i < verb.i
        and verb.head.pos_ in ("VERB", "AUX", "NOUN")
    )


_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
_DEICTIC_DAYS = frozenset({"today", "yesterday", "tonight"})

_VENUE_NOUNS = frozenset(
    {"hotel", "palace", "residence", "office", "house", "ministry", "headquarters", "building",
     "airport", "venue", "centre", "center", "guesthouse", "embassy", "chancellery", "capital",
     "retreat", "villa", "lodge", "estate", "resort", "castle", "mansion", "manor", "ranch"}
)  # fmt: skip


# Adverbs of place and time the parser hangs a date on instead of the verb.
# ("where on 6 October 2022 Aliyev and Pashinian met ...": on the relative adverb.)
_ADVERBS_DATES_HANG_ON = frozenset(
    {"here", "there", "earlier", "later", "where", "when", "late", "early"}
)


def _topic(trigger: Token) -> str | None:
    """What was agreed or supported: the object phrase or clause, as written."""
    for child in trigger.children:
        if child.dep_ in ("dobj", "xcomp", "ccomp", "attr"):
            return _phrase(child)
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "for", "to"):
            return _phrase(child)
    return None


def _phrase(token: Token) -> str:
    words = sorted(token.subtree, key=lambda t: t.i)
    doc = token.doc
    return str(doc[words[0].i : words[-1].i + 1].text)


def _is_anaphoric(trigger: Token, chosen: list[Any]) -> bool:
    """ "During the meeting": a definite noun trigger that names no counterpart of its own."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    determiners = {c.lower_ for c in trigger.children if c.dep_ in ("det", "poss")}
    if any(c.lower_ in _OTHER_OCCASION for c in trigger.children if c.dep_ == "amod"):
        # "The last intergovernmental consultations, the 15th, took place in 2018": an
        # earlier occasion of the kind, not the meeting just reported.
        return False
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("since", "before", "after")
        and any(c.ent_type_ == "ORDINAL" for c in trigger.children if c.dep_ in ("amod", "nummod"))
    ):
        # "The summit was the first since the 19th summit in St. John's": a numbered occasion
        # the report measures from, not the one it reports.
        return False
    if any(
        (c.ent_type_ == "ORDINAL" and c.dep_ == "amod")
        # "approved at the XVI Meeting of the Commission": a round in Roman figures.
        or (c.dep_ in ("compound", "amod", "nummod") and _ROMAN_FIGURE.fullmatch(c.text))
        for c in trigger.children
    ) and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.pos_ == "PROPN" for o in p.children)
        for p in trigger.children
    ):
        # "At the eighth meeting of the China-Philippines Bilateral Consultation Mechanism":
        # the round of a named mechanism, told for itself.
        return False
    if (
        trigger.pos_ == "PROPN"
        and trigger.lemma_.lower() in _NAMED_BODIES
        and any(c.ent_type_ == "ORDINAL" for c in trigger.children)
    ):
        # "The 31st Baltic Council convened in Vilnius": a numbered session of a body.
        return False
    # "The meeting, held at the invitation of China": a host or sponsor is no counterpart.
    counterparts = [a for a in chosen if a.role == "target" and a.kind in ("person", "pronoun")]
    return bool(determiners & _DEFINITE) and not counterparts and _refers_back(trigger)


_OTHER_OCCASION = frozenset({"last", "previous", "preceding", "prior", "earlier", "next"})
_ROMAN_FIGURE = re.compile(r"(?=[IVXL]{2,7}$)L?X{0,3}(?:IX|IV|V?I{0,3})")


def _that_meeting_brought_together(trigger: Token) -> bool:
    """ "... at a multilateral meeting on Gaza convened by Trump. That meeting brought together
    A, B and C": more of those at the meeting just told."""
    return (
        trigger.pos_ == "VERB"
        and _brings_together(trigger)
        and any(
            c.dep_ == "nsubj"
            and c.pos_ == "NOUN"
            and any(d.dep_ == "det" and d.lower_ in ("that", "this") for d in c.children)
            for c in trigger.children
        )
    )


def _also_talked(trigger: Token, chosen: list[Any]) -> bool:
    """ "The two leaders also talked about the need for dialogue": a verb that goes on about
    the meeting just told, its parties named only as a group, and neither a day nor a place
    of its own (which the caller checks)."""
    return (
        trigger.pos_ == "VERB"
        and bool(chosen)
        and all(a.kind == "group" for a in chosen)
        and any(c.dep_ == "advmod" and c.lower_ == "also" for c in trigger.children)
    )


def _own_parties(trigger: Token, actors: list[ActorToken]) -> int:
    """Parties named inside the trigger's own phrase ("the consultations between India and
    Bangladesh"): such a phrase introduces a meeting rather than referring back to one."""
    inside = {t.i for t in trigger.subtree} - {trigger.i}
    return sum(
        1
        for a in actors
        if a.root.i in inside and a.span.kind in ("person", "country") and trigger.i not in a.tokens
    )


def _refers_back(trigger: Token, *, part: bool = False) -> bool:
    """ "During the meeting", "The talks covered ...": the article's meeting itself; "the role
    of the BRICS Meeting of ..." names an institution instead."""
    if trigger.dep_ in ("nsubj", "nsubjpass"):
        return True
    if not part and trigger.dep_ == "pobj" and _part_of_it(trigger.head.head, trigger.head):
        # "Prince Faisal and Dr. Al-Aiban attended the opening of the meeting": the meeting
        # told, as at its opening (not "the opening ceremony of the fourth ministerial meeting
        # of the China-CELAC Forum", which names a gathering of its own).
        bare = not any(c.dep_ in ("amod", "prep", "compound", "nummod") for c in trigger.children)
        return bare and _refers_back(trigger.head.head, part=True)
    if (
        trigger.dep_ == "dobj"
        and trigger.head.lemma_ in ("attend", "join")
        and trigger.head.dep_ == "ROOT"
        and (part or trigger.lemma_ in ("meeting", "talk", "session"))
        and any(
            c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or (part and c.pos_ == "PROPN"))
            for c in trigger.head.children
        )
    ):
        # "Cai Qi and Wang Yi attended the meeting": aides named who sat in on the one
        # reported. (Not "The prime ministers of Denmark and Norway attended the meeting",
        # which may be the wider gathering.)
        return True
    return bool(
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("during", "at", "in", "after", "before", "on", "ahead", "since")
    )


def _met_again(hits: list[TriggerHit]) -> set[int]:
    """The triggers of a second clause on the same people ("they first met in Brussels ... and
    talked again at the G20 Summit"): verbs joined to a meeting verb."""
    return {
        hit.token.idx
        for hit in hits
        if hit.token.dep_ == "conj"
        and hit.token.pos_ == "VERB"
        # "They spoke by phone on August 8 ... and held talks in Tianjin on September 1".
        and hit.token.head.lemma_ in ("meet", "speak")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in hit.token.children)
    }


def _drop_contained(frames: list[Frame], met_again: Collection[int] = ()) -> list[Frame]:
    """One event per trigger phrase: "held talks" yields one frame, not one per word. A meeting
    folded into another lends it the day and place it names when the other names none.
    `met_again`: where (in the sentence) the verbs start that tell a further meeting of the
    same people; each stays its own when it has a time of its own."""
    kept: list[Frame] = []
    for frame in sorted(frames, key=lambda f: -len(f.actors)):
        keys = {(a.start, a.end) for a in frame.actors}
        container = next(
            (
                k
                for k, other in enumerate(kept)
                if other.type == frame.type
                and other.status == frame.status
                and keys <= {(a.start, a.end) for a in other.actors}
                and (keys or _nested(frame, other))
                and not (
                    frame.trigger_start - frame.sentence.start in met_again
                    and _told_on_another_day(frame, other)
                )
                and not _counted_from(frame, other)
                and not _told_one_after_the_other(frame, other)
            ),
            None,
        )
        if container is None:
            kept.append(frame)
        elif frame.type == EventType.CONSULT and (
            keys
            or abs(frame.trigger_start - kept[container].trigger_start) < _PART_REACH
            # "briefed Wang Yi on the situation in a telephone call on Sunday": the call is
            # how the briefing was held, however far off the parser puts it.
            or _the_medium(frame)
        ):
            # "met and held talks in Beijing on Thursday": the day and place the part names
            # are those of the whole it is folded into, when the whole names none. (Not a
            # trigger further off with nobody of its own: "the consultation is of great
            # importance as the visit paves the way for a possible meeting in October".)
            whole = kept[container]
            update: dict[str, Any] = {}
            if _on_a_leg_told_after(whole, frame):
                # "held talks with Liu before flying to Guangzhou to visit German companies":
                # the part is a later leg of the trip, in a place and time of its own.
                continue
            if frame.date_spans and not whole.date_spans and not whole.dates_only_in_asides:
                # (Not a day told in an aside: "hosted Samia, who had arrived on Wednesday
                # for a three-day state visit".)
                update["date_spans"] = frame.date_spans
            if frame.places and not whole.places:
                update["places"] = frame.places
            if _the_medium(frame) and whole.mode is None:
                update["mode"] = "phone"
            kept[container] = whole.model_copy(update=update)
    return _parties_of_what_they_are_counted_from(sorted(kept, key=lambda f: f.trigger_start))


def _parties_of_what_they_are_counted_from(frames: list[Frame]) -> list[Frame]:
    """ "sat down with Xi for the first time since their meeting in Kazan": "their" is the two
    who sat down, so the earlier meeting has the later one's parties, and the later one does
    not take the "their" of the earlier one as a party of its own."""
    out = list(frames)
    for k, part in enumerate(frames):
        at = next(
            (
                j
                for j, w in enumerate(frames)
                if j != k
                and w.type == part.type == EventType.CONSULT
                and w.sentence.start == part.sentence.start
                and _counted_from(part, w)
            ),
            None,
        )
        if at is None or not part.actors:
            continue
        whole = out[at]
        if any(a.text.lower() != "their" for a in part.actors):
            continue
        found = _SINCE_THE.search(part.sentence.text[: part.trigger_start - part.sentence.start])
        if found is None:
            continue
        own = [a for a in whole.actors if a.start < part.sentence.start + found.start()]
        if len(own) < 2:
            continue
        out[at] = whole.model_copy(update={"actors": own})
        out[k] = part.model_copy(update={"actors": [a.model_copy() for a in own]})
    return out


def _on_a_leg_told_after(whole: Frame, part: Frame) -> bool:
    """Whether a journey told "before" or "after" the whole's trigger ("before flying to
    Guangzhou") stands between the whole and the part folded into it."""
    start = whole.trigger_end - whole.sentence.start
    end = part.trigger_start - part.sentence.start
    return bool(start < end and _LATER_LEG.search(whole.sentence.text, start, end))


_LATER_LEG = re.compile(r"\b(?:before|after)\s+\w+ing\b", re.IGNORECASE)


# "in a telephone call", "during a video conversation": the way a meeting was held.
_BY_WAY_OF = re.compile(
    r"\b(?:in|during|via|over|through)\s+(?:a|an|the|their|his|her)?\s*(?:[\w-]+\s+){0,2}$"
)


# "their first meeting since their introductory phone call": the occasion a first is
# counted from.
_SINCE_THE = re.compile(r"\bsince\s+(?:the|their|his|her|a|an)?\s*(?:[\w-]+\s+){0,3}$")


def _counted_from(part: Frame, whole: Frame) -> bool:
    """Whether the part is the earlier occasion the whole is counted from ("met in Quezon City,
    their first face-to-face meeting since their phone call on Feb. 6"): another occasion,
    with a day of its own."""
    before = part.sentence.text[: part.trigger_start - part.sentence.start]
    return part.trigger_start > whole.trigger_start and _SINCE_THE.search(before) is not None


# "The visit to Niamey follows the President's working visit to Bamako": two occasions, one
# told after the other.
_ONE_AFTER_THE_OTHER = re.compile(
    r"\b(?:follow(?:s|ed)?|precede[sd]?|came after|comes after|came before|comes before)\b"
)


def _told_one_after_the_other(part: Frame, whole: Frame) -> bool:
    """Whether a verb of sequence stands between the two triggers."""
    first, second = sorted((part, whole), key=lambda f: f.trigger_start)
    between = first.sentence.text[
        first.trigger_end - first.sentence.start : second.trigger_start - second.sentence.start
    ]
    return _ONE_AFTER_THE_OTHER.search(between) is not None


def _the_medium(frame: Frame) -> bool:
    """A call with nobody of its own, told as the way the sentence's meeting was held."""
    before = frame.sentence.text[: frame.trigger_start - frame.sentence.start]
    return frame.mode == "phone" and not frame.actors and _BY_WAY_OF.search(before) is not None


# How far (in characters) a part with no actors of its own may stand from the trigger whose
# day and place it gives ("held talks", "met and held talks").
_PART_REACH = 25


def _told_on_another_day(frame: Frame, other: Frame) -> bool:
    """ "they first met in Brussels in December 2022 and talked again at the G20 Summit last
    November": two meetings of the same people, each with its own time, are two occasions."""
    return (
        frame.type == EventType.CONSULT
        and bool(frame.date_spans and other.date_spans)
        and not set(frame.date_spans) & set(other.date_spans)
        and abs(frame.trigger_start - other.trigger_start) >= _PART_REACH
        and not (frame.dates_only_in_asides or other.dates_only_in_asides)
    )


def _nested(frame: Frame, other: Frame) -> bool:
    return abs(frame.trigger_start - other.trigger_start) < 80


# "His Majesty King Mohammed VI, may God assist Him, held talks": a wish the parser makes the
# sentence's main verb, with "God" its subject.
_BLESSING = re.compile(
    r",\s+may\s+(?:God|Allah)\s+(?:[\w-]+\s+){1,3}?(?:him|her|them|Him|Her|Them)\s*,"
)


def _without_blessings(text: str) -> str:
    """The text with blessings blanked out, keeping every offset."""
    return _BLESSING.sub(lambda found: " " * len(found.group()), text)


class FrameExtractor:
    """Runs the statistical pipeline on candidate sentences only, in batches."""

    def __init__(self, nlp: Any, lexicon: Lexicon, batch_size: int = 256) -> None:
        self.nlp = nlp
        self.lexicon = lexicon
        self.batch_size = batch_size

    def frames_for_articles(
        self, items: Iterable[tuple[str, Sequence[Sentence]]]
    ) -> Iterator[tuple[str, list[Frame]]]:
        """For each (article id, sentences), the article's frames, in input order.

        Candidate sentences of many articles go through `nlp.pipe` together, so spaCy sees full
        batches even when articles are short.
        """
        items = list(items)
        jobs = [
            (article_id, sentence)
            for article_id, sentences in items
            for sentence in sentences
            if self.lexicon.may_hold_event(sentence.text)
        ]
        texts = (_without_blessings(sentence.text) for _, sentence in jobs)
        by_article: dict[str, list[Frame]] = {article_id: [] for article_id, _ in items}
        names = {article_id: SurnamesOfArticle() for article_id, _ in items}
        docs = self.nlp.pipe(texts, batch_size=self.batch_size)
        for (article_id, sentence), doc in zip(jobs, docs, strict=True):
            names[article_id].apply(doc)
            part_spans_of_time(doc)
            join_names_parted_at_an_apostrophe(doc)
            by_article[article_id].extend(
                frames_for_sentence(doc, sentence, article_id, self.lexicon)
            )
        for article_id, _ in items:
            yield article_id, by_article[article_id]
