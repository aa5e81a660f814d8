"""Actor and place spans in one parsed sentence.

spaCy's small model often labels a bare surname ("Wang") as ORG or misses a title, so spans are
collected generously here and classified against the article and the knowledge base later, in
`parley.resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from parley.extract.lexicon import PORTFOLIO_ENDS, Lexicon
from parley.extract.triggers import in_one_china
from parley.models import ActorSpan, ActorSpanKind, PlaceSpan

Token = Any
Doc = Any

_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
# Nouns for people a later "their" may mean instead, when plural (the model keeps a capitalised
# plural, "Prime Ministers", as its own lemma).
_PEOPLE_NOUNS = frozenset(
    {"minister", "leader", "counterpart", "president", "premier", "head", "official",
     "delegation", "diplomat", "chancellor", "ministers", "leaders", "counterparts",
     "presidents", "heads", "officials", "delegations", "diplomats"}
)  # fmt: skip
# Meetings whose owners, as "their", are the people who met ("their last meeting").
_MET_TOGETHER = frozenset({"meeting", "talk", "talks", "call", "conversation", "encounter"})
_FIRST_PERSON = frozenset({"I", "me", "my", "My"})
_SPEECH_VERBS = frozenset(
    {"say", "tell", "write", "post", "add", "tweet", "note", "state", "declare", "announce"}
)
_PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "near", "inside"})
_ORG_HEADS = frozenset(
    {
        "council",
        "ministry",
        "office",
        "commission",
        "committee",
        "federation",
        "department",
        "state",
        "affairs",
        "bureau",
        "government",
        "cabinet",
        "assembly",
        "parliament",
        "union",
        "organization",
        "organisation",
        "nations",
        "party",
        "republic",
        "kingdom",
        "service",
        "agency",
        "staff",
        "forces",
    }
)
_SIDE_WORDS = frozenset({"side", "delegation", "government", "leadership", "authorities"})
# Words that make a nationality adjective a continent's ("South American", "Latin American").
_REGION_WORDS = frozenset({"South", "North", "Latin", "Central"})
# What, joined by a hyphen, makes one ("Ibero-American", "Pan-African", "Afro-Asian").
_REGION_PREFIXES = frozenset({"Ibero", "Inter", "Pan", "Afro", "Trans", "Latin"})


@dataclass
class ActorToken:
    """An actor span with the token that stands for it in the parse."""

    span: ActorSpan
    root: Token
    tokens: range


def find_actor_tokens(doc: Doc, offset: int, lexicon: Lexicon) -> list[ActorToken]:
    """Every span in `doc` that may name an actor; offsets shifted by `offset`."""
    found: list[ActorToken] = []
    taken: set[int] = set()
    for phrase_start, phrase_end in _group_phrases(doc, lexicon):
        span = doc[phrase_start:phrase_end]
        found.append(_actor(span, offset, "group"))
        taken.update(range(phrase_start, phrase_end))
    for start, end in _papal_titles(doc):
        # "the Pontiff", "His Holiness": the Pope, whom the model may tag as a body. The title
        # is the office they stand for.
        found.append(_actor(doc[start:end], offset, "office", title=_PAPAL_OFFICE))
        taken.update(range(start, end))
    # People first: the organisations and adjectives inside their titles are not actors.
    ents = sorted(_joined_names(doc, lexicon), key=lambda e: e.label_ != "PERSON")
    for ent in ents:
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        kind = _entity_kind(ent)
        if kind is None and ent.label_ in _OTHER_NAMES and _titled_organisation(ent, lexicon):
            # "his Croatian counterpart Davor Božinović", the name tagged as a work of art.
            kind = "person"
        if kind is None:
            continue
        if ent.start == 0 and ent.end < len(doc) and doc[ent.end].text == ":":
            # "Mao Ning: At the meeting in Suva ...": who speaks in a transcript, no party.
            taken.update(range(ent.start, ent.end + 1))
            continue
        if kind == "organization" and _titled_organisation(ent, lexicon):
            kind = "person"
        if kind == "organization" and (name := _name_after_portfolio(ent)) is not None:
            # "Secretary of National Defense Gilberto C. Teodoro": the portfolio and its
            # holder's name tagged as one body.
            found.append(_actor(name, offset, "person"))
            taken.update(range(ent.start, ent.end))
            continue
        if all(token.lower_ in _FORMS_OF_ADDRESS for token in ent):
            # "held a summit meeting with H.E. Ms. Dina Ercilia Boluarte Zegarra": the forms
            # of address before a name, which the model may tag as a body, are no party.
            taken.update(range(ent.start, ent.end))
            continue
        if kind == "person" and ent[-1].pos_ == "ADP":
            # "received the King of Spain, Felipe VI": a title cut off before its country,
            # whose holder is named beside it.
            continue
        if kind == "country" and ent.text.rstrip(".").lower() in _NAME_SUFFIXES:
            # "Gilberto C. Teodoro, Jr.": the end of a name, no country.
            continue
        if kind == "organization" and _adjective_before_office(ent):
            # "The Kazakh President", the adjective tagged as an organisation.
            kind = "nominal"
        if kind == "country" and _country_before_a_definite_office(ent, lexicon):
            # "received the U.S. Secretary of State": the office's holder, named elsewhere.
            kind = "nominal"
        if kind == "country" and (
            _is_place_use(ent.root)
            or _names_a_kind(ent)
            or _names_where_it_was(ent)
            or _names_a_topic(ent)
            or _names_whose_people(ent)
        ):
            continue
        if kind == "organization" and _names_a_membership(ent):
            # "a visit to an ICC member state": what the state belongs to, no party.
            continue
        if kind == "country" and (possessed := _office_the_country_has(ent, doc)) is not None:
            # "met Finland's president": the holder, whom the knowledge base or the article
            # names.
            found.append(_actor(possessed, offset, "nominal", title=possessed.text))
            taken.update(range(possessed.start, possessed.end))
            continue
        if kind == "country" and (holders := _office_of_a_list(ent)) is not None:
            # "The presidents of Argentina, Brazil and Paraguay signed": each one's holder.
            found.append(_actor(ent, offset, "nominal", title=holders))
            continue
        if kind == "country" and (office := _office_of_country(ent, doc, taken)) is not None:
            taken.update(range(office.start, office.end))
            if office.start > 0 and doc[office.start - 1].lower_ in _INDEFINITE:
                # "the first visit by a Prime Minister of India since 2007": anyone who held
                # the office, no party.
                continue
            # "in honour of the President of the Republic of Korea": the office holder.
            found.append(_actor(office, offset, "nominal", title=office.text))
            continue
        if kind in ("organization", "country") and _modifies_anyone(ent):
            # "the first time an EU country has agreed": any member, no party.
            continue
        if kind == "organization" and _in_a_persons_title(ent):
            # "UN secretary-general's personal envoy Maria Angela Holguin": the body her title
            # names, not a side of its own.
            continue
        if kind == "organization" and (_is_venue(ent.root) or _names_a_building(ent)):
            # "at Rashtrapati Bhavan", "at the Kremlin": where they met, not who met.
            continue
        if kind == "nominal" and _paired_nationality(ent):
            # "the 17th Polish-German intergovernmental consultations": the two countries.
            found.append(_actor(ent, offset, "country"))
            continue
        if kind == "nominal":
            nominal = _nominal_phrase(ent, lexicon)
            if nominal is None:
                continue
            found.append(_actor(nominal, offset, "nominal", title=nominal.text))
            taken.update(range(nominal.start, nominal.end))
            continue
        if kind == "person" and _visited_town(ent):
            continue
        if kind == "person" and len(ent) > 1 and ent[0].text in _PLACE_FIRST_WORDS:
            # "visited Camp Lemonnier", "Fort Bragg": a base or a landmark, not a person.
            continue
        if kind in ("organization", "country") and (
            ent.text.lower().startswith("non-")
            or (ent.start >= 2 and doc[ent.start - 2 : ent.start].text.lower() == "non-")
        ):
            # "a major non-NATO ally": outside the body, which is no party.
            continue
        if kind == "person" and _names_an_age(ent):
            continue
        if kind == "person" and _continues_a_name(ent):
            # "Faisal bin Farhan" + "bin Abdullah": the rest of one Arabic name, not a second
            # person.
            taken.update(range(ent.start, ent.end))
            continue
        if kind == "person" and _names_a_building(ent):
            # "Sushma Swaraj Bhawan", "Hyderabad House": a venue named after someone.
            continue
        if kind == "person" and _saints_town(ent):
            continue
        if (
            kind == "person"
            and len(ent) == 1
            and ent.root.dep_ in ("amod", "compound")
            and ent.root.head.tag_ == "NNS"
            and ent.root.head.lemma_.lower() not in lexicon.nouns
        ):
            # "with Covid restrictions still in place": a word the model took for a name,
            # describing a thing (not "the Xi-Biden talks", whose names are its sides).
            continue
        if (
            kind == "person"
            and len(ent) == 1
            and ent.start > 0
            and doc[ent.start - 1].lower_ == "the"
            and doc[ent.start - 1].head.i == ent.root.i
        ):
            # "After the Serail, she drove to Ain el-Tineh": a name with "the" before it
            # alone is a place's or a thing's, not a person's.
            continue
        if kind == "person" and _names_a_document(ent):
            # "signed the Treaty of Nancy": the town the treaty is named after.
            continue
        if kind == "person" and not any(t.text[:1].isupper() for t in ent):
            # "Conseil national pour la sauvegarde de la patrie": words of a name in another
            # language the model took for a person's; a name has a capital.
            continue
        if kind in ("person", "organization") and all(t.lower_ in lexicon.title_words for t in ent):
            # "State Councilor" tagged as a name, "the Taoiseach" as a body, is a title
            # without its person.
            continue
        if kind == "person" and any(_names_an_event(t, lexicon) for t in ent):
            # "the ASEAN Summits and Related Summits": a gathering tagged as a name.
            continue
        if kind == "person" and _runs_across_a_dash(ent):
            # "Dakar - The Head of State": a place and a title the model ran into one name.
            continue
        if kind == "person" and ent[-1].lower_ in PORTFOLIO_ENDS:
            # "Cabinet Secretary for Foreign and Diaspora Affairs": the end of a portfolio.
            continue
        title, title_tokens = _title_of(ent, doc, lexicon) if kind == "person" else (None, set())
        actor = _actor(ent, offset, kind, title=title)
        if kind == "person" and (tail := _name_tail(ent)) is not None:
            # "President Umaru Musa Yar'Adua": the model stops before a surname written with
            # an apostrophe; the person keeps the word the parse hangs the name on.
            actor = _actor(doc[ent.start : tail + 1], offset, kind, title=title)
            actor.root = ent.root
            taken.add(tail)
        counterpart = _counterpart_before(ent, doc) if kind == "person" else None
        if counterpart is not None:
            # "with his Turkish counterpart Recep Tayyip Erdogan", the name parsed as an
            # apposition of someone else: the person stands where "counterpart" stands.
            actor.root = counterpart
            actor.tokens = range(counterpart.i, ent.end)
            title_tokens |= set(range(counterpart.i, ent.start))
        found.append(actor)
        taken.update(range(ent.start, ent.end))
        taken.update(title_tokens)
    for start, end in _names_after_an_entry_time(doc, taken):
        # "3:15 PM - PBBM sat across from ...": the model reads the name into the time.
        found.append(_actor(doc[start:end], offset, "person"))
        taken.update(range(start, end))
    for start, end in _titled_names(doc, taken, lexicon):
        # A name the model missed, right after a title ("Foreign Minister Ignazio Cassis").
        span = doc[start:end]
        title, title_tokens = _title_of(span, doc, lexicon)
        found.append(_actor(span, offset, "person", title=title))
        taken.update(range(start, end))
        taken.update(title_tokens)
    for start, end in _definite_titles(doc, taken, lexicon):
        # "the Chief Adviser also met ...": the holder the article has named before.
        span = doc[start:end]
        found.append(_actor(span, offset, "office", title=span.text))
        taken.update(range(start, end))
    for token in doc:
        if token.i in taken:
            continue
        if token.lower_ in _PRONOUNS and token.pos_ == "PRON" and not _styles(token):
            found.append(_actor(doc[token.i : token.i + 1], offset, "pronoun"))
        elif (
            token.lower_ == "their"
            and token.dep_ == "poss"
            and token.head.lemma_.lower() in _MET_TOGETHER
            # "joined the Nordic Prime Ministers for their annual meeting": theirs.
            and not any(
                t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in _PEOPLE_NOUNS
                for t in doc[: token.i]
            )
        ):
            # "Building on their bilateral meeting in Mexico City in January": the people the
            # report is about, as "they" would be.
            found.append(_actor(doc[token.i : token.i + 1], offset, "group"))
        elif token.text in _FIRST_PERSON and token.pos_ == "PRON" and not _regnal_one(token):
            # "I met with Modi", "'I just spoke with ...,' Trump told reporters": whoever
            # speaks, which resolution finds from the quote's attribution or the byline.
            speaker = _quoted_speaker(token)
            found.append(_actor(doc[token.i : token.i + 1], offset, "speaker", title=speaker))
        elif _bare_surname(token, lexicon):
            # "Baloch also called on ...": a name the model did not tag, standing alone as
            # the subject; a person only if the article has named someone so.
            found.append(_actor(doc[token.i : token.i + 1], offset, "surname"))
        elif token.lower_ == "counterpart" or token.lower_ == "counterparts":
            phrase = _left_modifiers(doc, token.i)
            found.append(_actor(phrase, offset, "nominal", title=phrase.text))
        elif token.lower_ in ("colleague", "colleagues") and _of_a_nation(
            phrase := _left_modifiers(doc, token.i)
        ):
            # "Tsahkna and his Latvian and Lithuanian colleagues": counterparts of those
            # countries (not "his colleagues" in the government).
            found.append(_actor(phrase, offset, "nominal", title=phrase.text))
    return found


def _of_a_nation(phrase: Any) -> bool:
    return any(t.ent_type_ == "NORP" for t in phrase)


def _bare_surname(token: Token, lexicon: Lexicon) -> bool:
    return bool(
        # ("Ortagus then went to ...": the tagger may take a name it does not know for a
        # common noun; only a name the article has given someone counts.)
        (token.pos_ == "PROPN" or token.tag_ == "NN")
        and token.dep_ in ("nsubj", "nsubjpass")
        and not token.ent_type_
        and token.text[:1].isupper()
        and not token.text.isupper()
        and token.lower_ not in lexicon.title_words
        and not any(c.dep_ in ("compound", "flat", "det", "amod") for c in token.children)
    )


def _quoted_speaker(token: Token) -> str | None:
    """Who says the words "I" is in: the subject of the verb of saying the quotation hangs on
    ("'I spoke with ...,' Trump told reporters"), or None."""
    for above in token.ancestors:
        if above.lemma_ in _SPEECH_VERBS and above.pos_ == "VERB":
            subjects = [c for c in above.children if c.dep_ == "nsubj"]
            if (
                subjects
                and subjects[0].i != token.i
                and subjects[0].lower_ not in ("i", "he", "she")
            ):
                subject = subjects[0]
                name = next(
                    (e for e in subject.doc.ents if e.label_ == "PERSON" and subject in e), None
                )
                if name is not None:
                    # "Minister Tîlvăr stated": the name, not the title before it.
                    return str(name.text)
                return str(subject.doc[subject.left_edge.i : subject.right_edge.i + 1].text)
            return None
    return None


# Land named by a place's name ("the Brda hills"), which is no town.
_LANDFORMS = frozenset(
    {"hill", "hills", "mountain", "mountains", "valley", "highland", "highlands", "foothill",
     "foothills", "plain", "plains", "peninsula", "lowland", "lowlands"}
)  # fmt: skip


# Buildings a meeting is held at ("at the presidential complex in Ankara"); not a news
# conference or a table, which is no building.
_BUILDINGS = frozenset(
    {"complex", "palace", "residence", "headquarters", "house", "hotel", "building", "office",
     "ministry", "castle", "villa", "hall", "centre", "center", "base", "airport", "embassy",
     "manor", "estate", "chancellery", "compound", "resort", "lodge", "mansion", "monastery"}
)  # fmt: skip


def find_place_spans(doc: Doc, offset: int) -> list[tuple[PlaceSpan, Token]]:
    """Places introduced by a preposition ("in Moscow") or visited ("visited Beijing")."""
    places: list[tuple[PlaceSpan, Token]] = []
    for ent in doc.ents:
        if _visited_town(ent):
            head = ent.root.head
            if ent.root.dep_ == "pobj":
                places.append((_place(ent, offset, "in"), head.head))
            else:
                places.append((_place(ent, offset, "visit"), head))
            continue
        root = ent.root
        if (
            ent.label_ == "NORP"
            and root.dep_ in ("amod", "compound")
            and root.head.lower_ == "capital"
        ):
            # "a visit to the Iranian capital": the country's capital.
            capital = root.head
            prep = _governing_preposition(capital)
            if prep is not None:
                span = ent.doc[min(t.i for t in capital.subtree) : capital.i + 1]
                places.append((_place(span, offset, prep.lower_), prep.head))
            continue
        if (_names_a_gathering(root) or _paired_in_a_name(ent)) and _governing_preposition(
            root
        ) is not None:
            continue
        if ent.label_ in ("ORG", "GPE") and root.dep_ == "nsubj" and root.head.lemma_ == "host":
            # "Almaty hosted negotiations between ...": the host city is where they were held.
            places.append((_place(ent, offset, "in"), root.head))
            continue
        if ent.label_ == "ORG":
            if _ACRONYM.fullmatch(ent.text):
                # "at the UN headquarters": a body's initials, never a town's name.
                continue
            # "met in the Kremlin": a venue the model took for a body (resolution keeps it
            # only if it knows the place).
            prep = _governing_preposition(root)
            if prep is not None and prep.lower_ in ("in", "at"):
                places.append((_place(ent, offset, prep.lower_), prep.head))
            elif prep is not None and prep.lower_ == "to" and prep.head.lemma_ in _GOING_TO:
                # "made a State visit to Santiago", the town taken for a body.
                places.append((_place(ent, offset, "to"), prep.head))
            places.extend((_place(ent, offset, "in"), clause) for clause in _where_clauses(root))
            continue
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        if root.dep_ == "compound" and root.head.lemma_ in _LANDFORMS:
            # "at Villa Vipolže, in the Brda hills": the hills, not a town of that name.
            continue
        if _names_where_it_was(ent):
            # "on the margins of the Kingston talks": the town names where they were held.
            places.append((_place(ent, offset, "in"), root.head))
            continue
        prep = _governing_preposition(root)
        if prep is not None and any(c.dep_ == "neg" for c in prep.children):
            # "were held not in Riyadh but in Istanbul".
            continue
        if prep is not None and prep.head.lemma_ in _SITUATION_NOUNS:
            # "the situation in Libya", "the war in Gaza": what was discussed, wherever the
            # parser hangs it.
            continue
        if prep is not None and _time_told_in_another_zone(prep):
            # "on Monday (Tuesday in Manila)": where the day is told, not where anything was.
            continue
        if prep is not None:
            anchor = _clause_of_the_phrase(prep)
            outer = _governing_preposition(anchor.head) if anchor.dep_ == "appos" else None
            if (
                outer is not None
                and anchor.pos_ == "NOUN"
                and anchor.head.pos_ == "PROPN"
                # (A venue, not a town: "to Kananaskis, the resort in Alberta" is placed by
                # the town.)
                and anchor.head.ent_type_ not in ("GPE", "LOC")
            ):
                # "drove to Camp Aguinaldo, the military headquarters in suburban Quezon
                # City": the town of the venue the phrase describes, where the venue is.
                anchor = _clause_of_the_phrase(outer)
            if (
                anchor.pos_ == "NOUN"
                and anchor.dep_ == "pobj"
                and anchor.head.lower_ == "at"
                and anchor.head.head.pos_ in ("VERB", "AUX")
                and anchor.lemma_ in _BUILDINGS
            ):
                # "took place today at the presidential complex in Ankara": the town of the
                # venue is where the verb happened.
                anchor = anchor.head.head
            places.append((_place(ent, offset, prep.lower_), anchor))
        elif root.dep_ == "dobj" and root.head.lemma_ in ("visit", "tour"):
            # "visited Beijing", "toured Zagreb and Ljubljana".
            places.append((_place(ent, offset, "visit"), root.head))
        elif (
            root.dep_ == "dobj"
            and root.head.lemma_ == "leave"
            and root.head.dep_ == "pcomp"
            and root.head.head.lower_ == "before"
        ):
            # "Before leaving Jakarta, Lavrov also met Jaishankar": still in the town he left.
            places.append((_place(ent, offset, "in"), root.head.head.head))
        # "arrived from Istanbul, where he had met Erdogan": the meeting was in Istanbul.
        places.extend(
            (_place(_town_before_country(ent), offset, "in"), clause)
            for clause in _where_clauses(root)
        )
    # "met Mahama in Accra", "visited Accra": a one-word town the model tags as nothing
    # (resolution keeps it only if it knows the place).
    for t in doc:
        if (
            t.ent_type_
            or t.pos_ != "PROPN"
            or not t.is_title
            or any(c.dep_ in ("compound", "poss", "case") for c in t.children)
        ):
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "at"):
            places.append((_place(doc[t.i : t.i + 1], offset, t.head.lower_), t.head.head))
        elif t.dep_ == "dobj" and t.head.lemma_ == "visit":
            places.append((_place(doc[t.i : t.i + 1], offset, "visit"), t.head))
    places.extend(_places_told_there(doc, offset, places))
    # "Mbabane, Eswatini, where ...": the town and its country's apposition find one clause.
    unique = {(p.start, p.end, p.preposition, anchor.i): (p, anchor) for p, anchor in places}
    return list(unique.values())


def _places_told_there(
    doc: Doc, offset: int, places: list[tuple[PlaceSpan, Token]]
) -> list[tuple[PlaceSpan, Token]]:
    """ "made Baku his first destination abroad; on 16 April Aliyev received him there": a verb
    done "there", with no place of its own, is done in the town named last before it."""
    found: list[tuple[PlaceSpan, Token]] = []
    for there in doc:
        verb = there.head
        if (
            there.lower_ != "there"
            or there.dep_ != "advmod"
            or verb.pos_ != "VERB"
            or any(anchor.i == verb.i for _, anchor in places)
        ):
            continue
        before = [e for e in doc.ents if e.label_ == "GPE" and e.end <= there.i]
        if before:
            # (Hung on "there", so that only the verb it belongs to is placed by it.)
            found.append((_place(before[-1], offset, "in"), there))
    return found


_DAY_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
     "afternoon", "evening", "night", "time"}
)  # fmt: skip


def _time_told_in_another_zone(preposition: Token) -> bool:
    """ "(Tuesday in Manila)", "(evening in Tokyo)": a day or time in brackets with the town
    whose clock it is."""
    day = preposition.head
    if preposition.lower_ != "in" or day.lower_ not in _DAY_NAMES:
        return False
    for left in reversed(day.doc[day.sent.start : day.i]):
        if left.text in (")", "]") or left.i < day.i - 3:
            return False
        if left.text in ("(", "["):
            return True
    return False


def _runs_across_a_dash(ent: Any) -> bool:
    """A dash with a space on each side inside the span ("Jean-Yves" has none)."""
    doc = ent.doc
    return any(
        t.text in ("-", "–", "—") and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_
        for t in ent[1:-1]
    )


def _names_where_it_was(ent: Any) -> bool:
    """ "the Kingston talks", "the Brasília meeting": a town before a gathering names its place
    (a pair, "the Russia-Ukraine talks", names its parties)."""
    return _before_a_gathering(ent) and not _names_a_topic(ent)


def _before_a_gathering(ent: Any) -> bool:
    root = ent.root
    return bool(
        ent.label_ in ("GPE", "LOC")
        and root.dep_ in ("compound", "nmod")
        and root.head.lower_ in _GATHERING_NOUNS
        and not _names_a_gathering(root)
        and not (ent.start > 0 and ent.doc[ent.start - 1].text in ("-", "–", "/"))
        # ("the fifth UK-Morocco Strategic Dialogue in Rabat": the first of the pair too.)
        and not (ent.end < len(ent.doc) and ent.doc[ent.end].text in ("-", "–", "/"))
    )


def _names_a_topic(ent: Any) -> bool:
    """ "the Gaza peace summit in Sharm el-Sheikh": a noun between the town and the gathering
    makes the town its topic, neither its place nor a party."""
    return _before_a_gathering(ent) and any(
        t.pos_ == "NOUN" for t in ent.doc[ent.end : ent.root.head.i]
    )


_GATHERING_NOUNS = frozenset(
    {"talks", "meeting", "summit", "conference", "negotiations", "consultations", "dialogue"}
)

_SITUATION_NOUNS = frozenset(
    {"situation", "development", "crisis", "conflict", "war", "fighting", "violence",
     "escalation", "tension", "tensions", "ceasefire", "hostility", "hostilities"}
)  # fmt: skip


def _where_clauses(root: Token) -> list[Token]:
    """ "Istanbul, where he had met Erdogan", "Erbil, capital of the region, where he met":
    where-clauses on the place or on an apposition to it."""
    heads = [root, *(t for c in root.children if c.dep_ == "appos" for t in c.subtree)]
    return [
        clause
        for head in heads
        for clause in head.children
        if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children)
    ]


def _town_before_country(ent: Any) -> Any:
    """ "from Mbabane, Eswatini, where he had been received": the town, which the country
    only locates, was where."""
    root = ent.root
    head = root.head
    if root.dep_ == "appos" and head.pos_ == "PROPN" and head.i < root.i:
        return head.doc[head.left_edge.i : head.i + 1]
    return ent


# Words between a building's name and what it is: "presidential palace", "royal residence".
_KINDS_OF_BUILDING = frozenset({"presidential", "royal", "imperial", "official", "state", "guest"})
_BUILDING_WORDS = frozenset(
    {"bhawan", "bhavan", "palace", "house", "hall", "centre", "center", "building", "airport",
     "hotel", "stadium", "square", "street", "avenue", "road", "residence", "villa", "park",
     "institute", "university", "library", "museum", "mansion", "castle", "lodge", "haus"}
)  # fmt: skip


# First words of a place's name that no person's begins with.
_PLACE_FIRST_WORDS = frozenset({"Camp", "Fort", "Mount", "Lake", "Cape", "Port"})


def _visited_town(ent: Any) -> bool:
    """ "when Trump visited Ahmedabad": a one-word "name" visited is a town the model took
    for a person (people are visited with a title or a full name). So is one a meeting was
    held in: "In Windhoek on Monday, Wang met ..." (people are met with, not in), and one
    travelled to ("a trip to Kyiv")."""
    root = ent.root
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.dep_ == "prep":
        return True
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "at"
        and root.head.dep_ == "prep"
        and root.head.head.pos_ == "VERB"
    ):
        # "the King received Trudeau at Sandringham": nobody is received at a person.
        return True
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if (
        first.dep_ == "pobj"
        and first.head.lower_ == "of"
        and first.head.head.lemma_ in ("town", "city", "village", "port")
    ):
        # "visited the towns of Bucha, Borodyanka and Irpin".
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_ in _JOURNEYS:
        # "a surprise trip to Kyiv": people are met, not travelled to.
        return True
    return bool(root.dep_ == "dobj" and root.head.lemma_ == "visit")


# "a visit to Kyiv" too: a person is paid a visit, or visited, rather than visited to.
_JOURNEYS = frozenset(
    {"trip", "journey", "fly", "travel", "tour", "voyage", "head", "return", "visit"}
)


# Particles inside Arabic and Maghrebi names ("Mohammed bin | Salman", "Abdul Fattah Al | Sisi").
_NAME_LINKS = frozenset({"bin", "bint", "ibn", "binti", "al", "el", "abu", "ould"})
# "António Luís Santos da" + "Costa": a particle ending one part of a name the ruler cut
# before a surname it knows.
_SURNAME_PARTICLES = frozenset(
    {"da", "de", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "du"}
)
_STYLES = frozenset({"highness", "majesty", "excellency", "holiness"})
_FORMS_OF_ADDRESS = frozenset({"h.e.", "h.h.", "mr.", "ms.", "mrs.", "mr", "ms", "mrs", "dr."})
_STAND_INS = _STYLES | {"counterpart"}


def _joined_names(doc: Doc, lexicon: Lexicon) -> list[Any]:
    """The entities, with a name the model cut at "bin" joined again: "Mohammed bin" +
    "Salman bin Abdulaziz Al Saud" is one person; and a known short name grown to the full
    name around it ("Jalil Abbas Jilani" is not Abbas)."""
    # A live blog's "09:30 -" before an entry is sometimes tagged a person: no name lacks
    # letters.
    ents = [
        ent
        for ent in doc.ents
        if any(ch.isalpha() for ch in ent.text) and not all(t.lower_ in _HONOURS for t in ent)
    ]
    joined: list[Any] = []
    for ent in ents:
        if ent.label_ == "PERSON":
            ent = _grown_name(ent, lexicon)
        previous = joined[-1] if joined else None
        if previous is not None and ent.start < previous.end:
            if ent.end > previous.end:
                # Two parts of one name, each grown into the other.
                start = min(previous.start_char, ent.start_char)
                joined[-1] = doc.char_span(start, ent.end_char, label="PERSON")
            continue  # else part of the name grown before it
        if (
            previous is not None
            and previous.label_ == ent.label_ == "PERSON"
            and previous.end == ent.start
            and (
                previous[-1].lower_ in _NAME_LINKS
                or previous[-1].text in _SURNAME_PARTICLES
                # "Ali Mahamane" + "Lamine Zeine": the parser makes the first part
                # compounds of the second's last word, one name.
                or (
                    previous.root.dep_ == "compound" and ent.start <= previous.root.head.i < ent.end
                )
            )
        ):
            joined[-1] = doc.char_span(previous.start_char, ent.end_char, label="PERSON")
        else:
            joined.append(ent)
    return joined


# "the Honorable Antony Blinken": a style the model may tag as an organisation of its own.
_HONOURS = frozenset({"the", "honorable", "honourable", "hon", "hon.", "rt", "rt.", "right"})


def _grown_name(ent: Any, lexicon: Lexicon) -> Any:
    """The person entity grown over the parts of the name the ruler or the model left out:
    words glued to it by hyphens ("Anwar" in "Anwar-ul-Haq Kakar", "El-" before "Sisi"),
    particles ("bin"), and proper nouns the parser joins to it ("Jalil" and "Jilani" around
    "Abbas")."""
    doc = ent.doc
    start, end = ent.start, ent.end
    joined_after = end < len(doc) and (
        _glued(doc[end - 1], doc[end]) or doc[end].lower_ in _NAME_LINKS
    )
    if len(ent) > 1 and not joined_after and ent[-1].text != "-":
        # A name of several words is whole as found; a lone one may be a known short name
        # inside a longer one.
        return ent
    while end < len(doc) and _continues_name(doc, start, end, lexicon):
        end += 1
    while start > 0 and _opens_name(doc, start, end, lexicon):
        start -= 1
    while end > start + 1 and doc[end - 1].text == "-":
        end -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), label="PERSON")


def _continues_name(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    token, before = doc[end], doc[end - 1]
    if _glued(before, token):
        return True
    if token.lower_ in _NAME_LINKS and end + 1 < len(doc) and doc[end + 1].is_title:
        return True
    if before.text == "-" and token.ent_iob_ == "B":
        # "the Starmer-Xi meeting": two people; but "Deputy Defence Minister Yunus-Bek
        # Yevkurov", after a title and with a name of several words after the hyphen, is one.
        return (
            _after_a_title(doc, start, lexicon)
            and token.ent_iob_ == "B"
            and (end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I")
        )
    # "Anwar-ul-Haq Kakar": the family name after a hyphenated given name.
    after_glued = end - start >= 3 and doc[end - 2].text == "-"
    return _name_word(token, lexicon) and (
        after_glued
        or any(doc[i].dep_ == "compound" and doc[i].head.i == token.i for i in range(start, end))
    )


def _after_a_title(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Whether a capitalised title word stands right before the name ("Minister Yunus")."""
    return start > 0 and doc[start - 1].lower_ in lexicon.title_words and doc[start - 1].is_title


def _opens_name(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    token = doc[start - 1]
    if _glued(token, doc[start]):
        return True
    if doc[start].text == "-" and not token.whitespace_ and token.is_title and token.is_alpha:
        # "Qasym-Zhomart Toqaev": the model may take the given name's first half for a place,
        # but a name the hyphen joins is whole only with it.
        return True
    return _name_word(token, lexicon) and token.dep_ == "compound" and start <= token.head.i < end


def _glued(left: Token, right: Token) -> bool:
    """ "Anwar-ul-Haq", "El-Sisi": parts of one word joined by a hyphen."""
    if left.whitespace_ or left.ent_type_ not in ("", "PERSON"):
        return False
    if right.ent_type_ not in ("", "PERSON"):
        return False
    if right.text == "-":
        return bool(left.is_alpha)
    if left.text != "-" or not right.is_alpha:
        return False
    # "Starmer-Xi": two names, each its own; "El-Sisi": a particle and the name.
    particle = left.i > 0 and left.doc[left.i - 1].lower_ in _NAME_LINKS | {"ul", "ud", "ur"}
    return right.ent_iob_ != "B" or particle


def _name_word(token: Token, lexicon: Lexicon) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.ent_type_ in ("", "PERSON")
        and token.lower_ not in lexicon.title_words
        and token.lower_.rstrip(".") not in _NOT_NAME_WORDS
        and not _month_after_its_day(token)
    )


def _month_after_its_day(token: Token) -> bool:
    """ "on 5 September Fico sat down with ...": a month after its day is no given name."""
    return token.lower_ in _CALENDAR_WORDS and token.i > 0 and token.doc[token.i - 1].like_num


# Capitalised words the parser may join to a name that are not part of it: forms of address,
# and the words of an office ("Minister for Foreign Affairs Sugiono").
_NOT_NAME_WORDS = frozenset(
    {"mr", "mrs", "ms", "dr", "amb", "h.e", "rt", "prof", "professor", "sir", "dame", "lord",
     "lady", "his", "her", "excellency", "highness", "majesty", "the", "shri", "smt", "shrimati",
     "sri", "datuk", "dato", "tun", "tan", "haji", "hajjah", "seri", "utama", "setia", "paduka",
     "pehin", "awang", "dayang", "hon", "ayatollah", "seyyed", "sayyid", "gen", "lt", "col",
     "capt", "maj", "affairs", "external", "home", "interior", "trade", "finance", "security",
     "justice", "economy", "commerce", "industry", "education", "health", "energy", "agriculture",
     "development", "cooperation", "relations", "office", "ministry", "council", "cabinet",
     "republic", "kingdom", "union", "federation", "government", "national", "federal"}
)  # fmt: skip


def _name_tail(ent: Any) -> int | None:
    """The index of a surname with an apostrophe right after a name ("Yar'Adua", "O'Neill")
    that no entity holds."""
    doc = ent.doc
    if ent.end >= len(doc):
        return None
    word = doc[ent.end]
    if word.ent_type_ or not _APOSTROPHE_SURNAME.fullmatch(word.text):
        return None
    return int(word.i)


_APOSTROPHE_SURNAME = re.compile(r"[A-Z][a-z]*['’][A-Z][a-z]+")


def _continues_a_name(ent: Any) -> bool:
    doc = ent.doc
    return bool(
        ent[0].lower_ in _NAME_LINKS and ent.start > 0 and doc[ent.start - 1].ent_type_ == "PERSON"
    )


def _styles(token: Token) -> bool:
    """ "His Highness", "His Royal Highness", "Her Excellency": a style of address, not a
    pronoun."""
    doc = token.doc
    following = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
    return (following[:1] == ["royal"] and following[1:] == ["highness"]) or (
        bool(following) and following[0] in _STYLES
    )


def _names_an_event(token: Token, lexicon: Lexicon) -> bool:
    word = token.lower_
    return word in lexicon.nouns or (word.endswith("s") and word[:-1] in lexicon.nouns)


def _in_a_persons_title(ent: Any) -> bool:
    """Whether the span is a word of the title before a person's name, by way of a
    possessive ("UN secretary-general's personal envoy Maria Angela Holguin")."""
    node = ent.root
    through_possessive = False
    for _ in range(5):
        if node.dep_ not in ("compound", "poss", "amod", "nmod") or node.head.i == node.i:
            return False
        through_possessive = through_possessive or node.dep_ == "poss"
        node = node.head
        if node.ent_type_ == "PERSON" and node.i >= ent.end:
            return through_possessive
        if through_possessive and any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i == node.right_edge.i
            for c in node.children
        ):
            # "The UN Secretary-General's personal envoy Ana Lopes": the parser makes the
            # name an apposition to the title's noun.
            return True
    return False


def _saints_town(ent: Any) -> bool:
    """ "at the Diplomatic Centre, St Ann's", "St. George's": a saint's name in the
    possessive is a town or a parish, no person."""
    return (
        len(ent) >= 3
        and ent[0].text in ("St", "St.", "Saint", "Ste", "Ste.")
        and ent[-1].text in ("'s", "’s")
    )


def _names_a_building(ent: Any) -> bool:
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in _BUILDING_WORDS:
        return True
    if (
        ent.end + 1 < len(doc)
        and doc[ent.end].lower_ in _KINDS_OF_BUILDING
        and doc[ent.end + 1].lower_ in _BUILDING_WORDS
    ):
        # "at the Cankaya presidential palace", "the Akasaka state guest house".
        return True
    if ent[-1].lower_ in _VENUE_ENDINGS:
        # "Melanesian Haus", or "Haus" alone after "APEC" tagged apart.
        return True
    # "at 7, Lok Kalyan Marg": an address the model reads as a name. Only words no surname
    # shares ("Park" is one) count here.
    return len(ent) > 1 and ent[-1].lower_ in _STREET_WORDS


# Words that end a building's name and no person's ("Hall", "House", "Park" end surnames too).
_VENUE_ENDINGS = frozenset(
    {"bhawan", "bhavan", "airport", "hotel", "stadium", "avenue", "museum", "mansion", "haus"}
)  # fmt: skip

_STREET_WORDS = frozenset(
    {"marg", "street", "avenue", "road", "boulevard", "prospekt", "embankment", "bhawan",
     "bhavan", "palace", "mansion"}
)  # fmt: skip


def _titled_names(doc: Doc, taken: set[int], lexicon: Lexicon) -> list[tuple[int, int]]:
    """Runs of two or three capitalised proper nouns (one after an abbreviated title) that
    follow a capitalised title word and belong to no entity: unknown officials whose names the
    model did not recognise."""
    runs: list[tuple[int, int]] = []
    i = 1
    while i < len(doc):
        previous = doc[i - 1]
        if i not in taken and (
            (previous.lower_ in lexicon.title_words and previous.text[:1].isupper())
            or _ends_title_of_country(doc, i, lexicon)
        ):
            if doc[i].text == "," and i + 2 < len(doc):
                # "Tonga's Prime Minister, Hon Hu'akavameiliku Siaosi Sovaleni", "the DRC's
                # Minister of Foreign Affairs, Thérèse Kayikwamba Wagner": the name set off by
                # a comma, after any form of address.
                skip = 2 if doc[i + 1].lower_.rstrip(".") in _ADDRESS_FORMS else 1
                if i + skip not in taken:
                    i += skip
            end = i
            while (
                end < len(doc)
                and end - i < 3
                and end not in taken
                and doc[end].pos_ == "PROPN"
                and doc[end].text[:1].isupper()
                and doc[end].lower_ not in lexicon.title_words
                and doc[end].lemma_.lower() not in lexicon.nouns
                and doc[end].lower_ not in _ORG_HEADS
                and not doc[end].ent_type_
            ):
                end += 1
            # One word is a name only after an abbreviated title ("Deputy FM Vu", "PM Modi"):
            # after a spelt-out one it is as likely a body ("Minister Cooperation"). Words
            # that run into a body's head are its name ("Commander of the Libyan Arab Armed
            # Forces").
            ends_a_body = end < len(doc) and doc[end].lower_ in _ORG_HEADS
            if not ends_a_body and (
                end - i >= 2 or (end - i == 1 and previous.text.isupper() and len(previous) > 1)
            ):
                runs.append((i, end))
                i = end
                continue
        i += 1
    return runs


# The office "the Pontiff" and "His Holiness" stand for, as the span's title.
_PAPAL_OFFICE = "Pope"
# How reports name the Pope without his name.
_PAPAL_TITLES = (
    ("the", "pope"),
    ("the", "pontiff"),
    ("the", "supreme", "pontiff"),
    ("the", "holy", "father"),
    ("his", "holiness"),
)


def _papal_titles(doc: Doc) -> list[tuple[int, int]]:
    """ "the Pope", "the pontiff", "the Holy Father", "His Holiness" with no name after them
    (not "Pope Leo XIV", nor "His Holiness Pope Leo XIV", which name him)."""
    runs: list[tuple[int, int]] = []
    for i in range(len(doc)):
        for title in _PAPAL_TITLES:
            end = i + len(title)
            if end > len(doc) or tuple(t.lower_ for t in doc[i:end]) != title:
                continue
            after = doc[end] if end < len(doc) else None
            if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
                continue
            runs.append((i, end))
    return runs


def _definite_titles(doc: Doc, taken: set[int], lexicon: Lexicon) -> list[tuple[int, int]]:
    """ "the Chief Adviser", "The Federal President": a capitalised office after "the" with no
    name and no country after it, standing for the person who holds it."""
    runs: list[tuple[int, int]] = []
    for i, token in enumerate(doc):
        bare = _bare_title_subject(doc, i, taken, lexicon)
        if bare is not None:
            runs.append(bare)
            continue
        if token.lower_ != "the" or i + 1 >= len(doc) or i + 1 in taken:
            continue
        if _in_office_title(doc, i + 1):
            # "the Chairperson-in-Office": the OSCE chair's title, tokenised in five.
            runs.append((i, i + 6))
            continue
        epithet = _epithet_before_office(doc, i + 1, taken)
        if epithet is not None:
            # "the libertarian leader", "the veteran president": the holder, described.
            runs.append(epithet)
            continue
        end = i + 1
        while (
            end < len(doc)
            and end - i <= 3
            and end not in taken
            and (doc[end].lower_ in lexicon.title_words or doc[end].lower_ in _TITLE_MODIFIERS)
        ):
            end += 1
        head = doc[end - 1]
        if end + 1 < len(doc) and _hyphen_joins_title(doc, end, lexicon):
            # "the Secretary-General", tokenised "Secretary", "-", "General".
            end += 2
        if end == i + 1 or (
            head.lower_ not in _OFFICE_HEADS | _MORE_OFFICE_HEADS
            # "the Secretary General", "the Director General": not "the General" alone.
            and not (head.lower_ == "general" and end - i >= 3)
        ):
            continue
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "elect":
            # "telephoned the president-elect": the one elected, not the president in office.
            runs.append((i, end + 2))
            continue
        after = doc[end] if end < len(doc) else None
        if (
            end + 2 < len(doc)
            and [t.lower_ for t in doc[end : end + 3]] == ["of", "the", "republic"]
            and (end + 3 == len(doc) or doc[end + 3].lower_ not in ("of", "'s", "’s"))
        ):
            # "The President of the Republic received ...": a release's own head of state.
            runs.append((i, end + 3))
            continue
        if length := _head_of_state_or_government(doc, end):
            # "the Head of State held talks with ...": no country after it.
            runs.append((i, end + length))
            continue
        if (
            after is not None
            and after.lower_ in ("'s", "’s")
            and head.dep_ == "poss"
            and head.head.lemma_.lower() in _OCCASIONS_HELD
        ):
            # "after the President's bilateral talks with Thuong": whose the talks were.
            runs.append((i, end))
            continue
        if after is not None and (
            after.lower_ in ("of", "'s", "’s", "for") or after.text[:1].isupper()
        ):
            # "the President of Kenya", "the Prime Minister's office", "the Prime Minister
            # Narendra Modi": a country or a name completes it elsewhere.
            continue
        runs.append((i, end))
    return runs


# What an office holder's possessive may own as one who held it ("the President's talks").
_OCCASIONS_HELD = frozenset(
    {"talk", "talks", "meeting", "visit", "call", "trip", "conversation", "consultation",
     "consultations", "summit", "tour"}
)  # fmt: skip
# Offices a describing word may stand before ("the libertarian leader") for their holder.
_DESCRIBED_HEADS = frozenset({"leader", "president", "premier", "chancellor"})
# Words before an office that say whose term it is, not what the holder is like: "the former
# president", "the new leader" may be someone else than the one in the news.
_NOT_EPITHETS = frozenset(
    {"former", "late", "previous", "past", "then", "next", "future", "incoming", "outgoing",
     "new", "first", "last", "other", "ousted", "deposed", "exiled", "elected", "supreme",
     "opposition", "military", "religious", "spiritual", "rebel", "separatist", "party",
     "regional", "local", "provincial", "world", "foreign", "interim", "acting", "only"}
)  # fmt: skip


def _epithet_before_office(doc: Doc, start: int, taken: set[int]) -> tuple[int, int] | None:
    """ "the libertarian leader", "the 62-year-old president": one or two lower-case words
    describing the holder before a bare office in the singular, with no name, country or "of"
    after it. The run is the office word alone, which the holder is found by."""
    end = start
    while end < len(doc) and end - start < 2 and end not in taken:
        word = doc[end]
        if (
            word.tag_ not in ("JJ", "VBG")
            or word.dep_ != "amod"
            or not word.text[:1].islower()
            or word.lower_ in _NOT_EPITHETS
        ):
            break
        end += 1
    if end == start or end >= len(doc) or end in taken:
        return None
    office = doc[end]
    if office.lower_ not in _DESCRIBED_HEADS or office.tag_ != "NN":
        return None
    if any(doc[k].head.i != office.i for k in range(start, end)):
        return None
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and (
        after.lower_ in ("of", "'s", "’s", "for") or after.text[:1].isupper()
    ):
        return None
    return (end, end + 1)


def _bare_title_subject(
    doc: Doc, i: int, taken: set[int], lexicon: Lexicon
) -> tuple[int, int] | None:
    """ "Earlier in the day, Prime Minister called on ...": an Indian release's office written
    with capitals and no article, as the subject of its clause, for the person who holds it."""
    token = doc[i]
    if i in taken or not token.text[:1].isupper() or token.lower_ not in lexicon.title_words:
        return None
    if i > 0 and not (doc[i - 1].is_punct or doc[i - 1].lower_ in ("and", "then", "also")):
        return None
    end = i
    while end < len(doc) and end - i < 3 and end not in taken and doc[end].text[:1].isupper():
        if doc[end].lower_ not in lexicon.title_words:
            return None
        end += 1
    head = doc[end - 1]
    if head.lower_ not in _OFFICE_HEADS or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    # "Prime Minister called on", "Prime Minister was accorded": the verb follows at once (not
    # "Deputy Prime Minister – Minister of Foreign Affairs Murat Nurtleu received ...").
    after = doc[end] if end < len(doc) else None
    if after is None or after.pos_ not in ("VERB", "AUX", "ADV"):
        return None
    return i, end


def _in_office_title(doc: Doc, start: int) -> bool:
    """ "Chairperson-in-Office", "Chairman-in-Office" written with hyphens from `start`."""
    words = [t.lower_ for t in doc[start : start + 5]]
    return (
        len(words) == 5
        and words[0] in ("chairperson", "chairman", "chairwoman", "chair")
        and words[1:] == ["-", "in", "-", "office"]
        and not any(t.whitespace_ for t in doc[start : start + 4])
    )


def _hyphen_joins_title(doc: Doc, index: int, lexicon: Lexicon) -> bool:
    """Whether a hyphen at `index`, written without spaces, joins a title word to the one
    before it."""
    return (
        doc[index].text in ("-", "–")
        and not doc[index - 1].whitespace_
        and not doc[index].whitespace_
        and doc[index + 1].lower_ in lexicon.title_words
    )


def _head_of_state_or_government(doc: Doc, end: int) -> int:
    """How many words after "Head" before `end` say "of State" or "of Government" and no more
    ("of our state", as a release says its own), else 0."""
    if end + 1 >= len(doc) or doc[end - 1].lower_ != "head" or doc[end].lower_ != "of":
        return 0
    length = 3 if doc[end + 1].lower_ == "our" else 2
    if end + length - 1 >= len(doc) or doc[end + length - 1].lower_ not in ("state", "government"):
        return 0
    if end + length < len(doc) and doc[end + length].lower_ in ("of", "and", "'s", "’s"):
        return 0
    return length


# Words that qualify an office without being one: "the Federal President".
_TITLE_MODIFIERS = frozenset({"federal", "vice", "senior"})
_MORE_OFFICE_HEADS = frozenset(
    {"adviser", "advisor", "speaker", "chairman", "chairperson", "monarch"}
)


# Forms of address that open a name: "Hon Sitiveni Rabuka", "Dr. Jane Doe".
_ADDRESS_FORMS = frozenset({"hon", "honourable", "honorable", "dr", "prof", "professor"})

# Offices a country's name can complete ("the Emir of Qatar"); "the State of Qatar" and "the
# Foreign Ministry of ..." name the country or a body instead.
_OFFICE_HEADS = frozenset(
    {"president", "premier", "minister", "chancellor", "king", "queen", "emir", "amir",
     "sultan", "prince", "leader", "head", "secretary", "vice-president", "emperor", "empress",
     # Ireland's prime minister and deputy prime minister, by their Irish titles.
     "taoiseach", "tánaiste", "tanaiste"}
)  # fmt: skip


# Offices a country's possessive may name alone ("Finland's president", "India's prime
# minister", "Japan's foreign minister").
_POSSESSED_OFFICES = (("president",), ("prime", "minister"), ("premier",), ("chancellor",),
                      ("foreign", "minister"), ("king",), ("leader",))  # fmt: skip


def _office_the_country_has(ent: Any, doc: Doc) -> Any | None:
    """ "Finland's president" with no name after it: the span from the country to the office."""
    end = ent.end
    if end >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
        return None
    words = [t.lower_ for t in doc[end + 1 : end + 3]]
    for office in _POSSESSED_OFFICES:
        if tuple(words[: len(office)]) != office:
            continue
        stop = end + 1 + len(office)
        after = doc[stop] if stop < len(doc) else None
        named_after = (
            after is not None
            and after.text == ","
            and stop + 1 < len(doc)
            and doc[stop + 1].pos_ == "PROPN"
        )
        if after is not None and (
            after.pos_ == "PROPN" or after.lower_ in ("of", "-") or named_after
        ):
            # "India's prime minister Narendra Modi", "Finland's president, Sauli Niinistö":
            # the name is the actor ("Uruguay's president-elect" is not the president).
            return None
        if doc[stop - 1].tag_ not in ("NN", "NNP"):
            return None
        return doc[ent.start : stop]
    return None


def _office_of_a_list(ent: Any) -> str | None:
    """ "The presidents of Argentina, Brazil and Paraguay", "the foreign ministers of India and
    Japan": the office of each country listed after a plural office, as "President of"."""
    first = ent.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ != "of":
        return None
    office = first.head.head
    if office.tag_ != "NNS" or office.lemma_.lower() not in _OFFICE_HEADS - {"leader", "head"}:
        # ("the leaders of Greenland and the Faroe Islands": not one office.)
        return None
    if first is ent.root and not any(c.dep_ == "conj" for c in first.children):
        # One country: "the presidents of Brazil" are not one person.
        return None
    words = [c.text for c in office.children if c.dep_ in ("compound", "amod") and c.i < office.i]
    if any(w.lower() in ("former", "previous", "past") for w in words):
        return None
    return " ".join([*(w.title() for w in words), office.lemma_.title(), "of"])


def _office_of_country(ent: Any, doc: Doc, taken: set[int]) -> Any | None:
    """ "the President of the Republic of Korea", "the Emir of Qatar" with no name after it:
    the phrase from the office to the country."""
    after = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "," else ent.end
    following = doc[after] if after < len(doc) else None
    if following is not None and following.pos_ == "PROPN" and following.text[:1].isupper():
        # "President of Mongolia Ukhnaagiin Khurelsukh", "the Prime Minister of India,
        # Narendra Modi": the name that follows is the actor.
        return None
    before = ent.start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    if before < 1 or doc[before].lower_ != "of" or doc[before - 1].lower_ not in _OFFICE_HEADS:
        return None
    start = before - 1
    while (
        start > 0
        and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN")
        and doc[start - 1].text[:1].isupper()
    ):
        start -= 1
    if any(i in taken for i in range(start, ent.end)):
        return None
    return doc[start : ent.end]


_INDEFINITE = frozenset({"a", "an", "any", "no"})


def _names_after_an_entry_time(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Capitalised words after the dash of a live blog's entry time tagged as one TIME or DATE
    entity ("3:15 PM - PBBM")."""
    runs = []
    for ent in doc.ents:
        if ent.label_ not in ("TIME", "DATE"):
            continue
        dashes = [t.i for t in ent if t.text in ("-", "–", "—")]
        if not dashes or not any(ch.isdigit() for ch in doc[ent.start : dashes[0]].text):
            continue
        start = dashes[0] + 1
        tail = doc[start : ent.end]
        if (
            len(tail)
            and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in tail)
            and not any(t.lower_ in _CALENDAR_WORDS for t in tail)
            and not any(i in taken for i in range(start, ent.end))
        ):
            runs.append((start, ent.end))
    return runs


_CALENDAR_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "am", "pm", "gmt", "utc", "et", "est", "cet"}
)  # fmt: skip


def _ends_title_of_country(doc: Doc, index: int, lexicon: Lexicon) -> bool:
    """ "President of Mongolia | Ukhnaagiin Khurelsukh": state media put the country or body
    between the title and the name, so the name follows a place, not a title word."""
    last = index - 1
    if last > 0 and doc[last].text == ",":
        # "the President of Fiji, Ratu Wiliame Katonivere": the name set off by a comma.
        last -= 1
    previous = doc[last]
    if previous.ent_type_ not in ("GPE", "ORG", "NORP") or previous.ent_iob_ == "":
        return False
    start = last
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    before = start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    if before < 1 or doc[before].lower_ != "of":
        return False
    # The title may run on: "Minister of Foreign Affairs | of Kazakhstan | Murat Nurtleu".
    for j in range(before - 1, max(before - 6, -1), -1):
        word = doc[j]
        if word.lower_ in lexicon.title_words and word.text[:1].isupper():
            return True
        if not (word.text[:1].isupper() or word.lower_ in ("of", "for", "and")):
            return False
    return False


_NAME_SUFFIXES = frozenset({"jr", "sr"})


def _name_after_portfolio(ent: Any) -> Any | None:
    """The name ending an organisation entity that opens with a portfolio after "of"
    ("[Secretary of] National Defense Gilberto C. Teodoro"), or None."""
    if ent.start < 1 or ent.doc[ent.start - 1].lower_ != "of":
        return None
    words = list(ent)
    ends = [i for i, w in enumerate(words) if w.lower_ in PORTFOLIO_ENDS]
    if not ends or not 2 <= len(words) - ends[0] - 1 <= 4:
        return None
    name = words[ends[0] + 1 :]
    if not all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in name):
        return None
    return ent.doc[name[0].i : name[-1].i + 1]


# Labels the model gives names of people it does not know, besides a body's.
_OTHER_NAMES = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _titled_organisation(ent: Any, lexicon: Lexicon) -> bool:
    """ "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu" with the name tagged as an
    organisation: proper nouns right after a title are a person."""
    words = list(ent)
    if not 2 <= len(words) <= 3 or ent.start < 1:
        return False
    if any(
        w.pos_ != "PROPN"
        or w.lower_ in _ORG_HEADS
        or w.lower_ in lexicon.title_words
        or w.lemma_.lower() in lexicon.nouns
        for w in words
    ):
        return False
    start = ent.start
    if ent.doc[start - 1].text == "," and start >= 2:
        # "the DRC's Minister of Foreign Affairs, Thérèse Kayikwamba Wagner".
        start -= 1
    previous = ent.doc[start - 1]
    return (
        (
            (previous.lower_ in lexicon.title_words or previous.lower_ in PORTFOLIO_ENDS)
            and previous.text[:1].isupper()
        )
        or previous.lower_ == "counterpart"
        or _ends_title_of_country(ent.doc, start, lexicon)
        # "The deputy U.S. special envoy for the Middle East, Morgan Ortagus, met ...": the
        # name set beside a title told in full.
        or (ent.root.dep_ == "appos" and ent.root.head.lower_ in lexicon.title_words)
    )


def _actor(span: Any, offset: int, kind: ActorSpanKind, title: str | None = None) -> ActorToken:
    actor = ActorSpan(
        text=span.text,
        start=offset + span.start_char,
        end=offset + span.end_char,
        kind=kind,
        title=title,
    )
    return ActorToken(span=actor, root=span.root, tokens=range(span.start, span.end))


def _place(span: Any, offset: int, preposition: str) -> PlaceSpan:
    return PlaceSpan(
        text=span.text,
        start=offset + span.start_char,
        end=offset + span.end_char,
        preposition=preposition,
    )


# What two nationalities joined by a hyphen may modify to name the two sides.
_PAIRED_MEETINGS = frozenset(
    {"consultation", "consultations", "summit", "meeting", "dialogue", "commission", "council"}
)


def _paired_nationality(ent: Any) -> bool:
    """One of two nationality adjectives joined by a hyphen before a noun ("Polish-German
    consultations")."""
    doc = ent.doc
    if len(ent) != 1:
        return False
    after = doc[ent.end : ent.end + 2]
    before = doc[max(0, ent.start - 2) : ent.start]
    to_next = len(after) == 2 and after[0].text in "-–" and after[1].ent_type_ == "NORP"
    to_last = len(before) == 2 and before[1].text in "-–" and before[0].ent_type_ == "NORP"
    if to_next == to_last:
        # Neither, or the middle one of three ("the Turkmen-Azerbaijani-Turkish summit").
        return False
    first, last = (ent[0], after[1]) if to_next else (before[0], ent[0])
    if first.text in _REGION_PREFIXES:
        # "the Ibero-American summit", "the Inter-American Dialogue": a region's gathering.
        return False
    if (first.i >= 1 and doc[first.i - 1].text in "-–") or (
        last.i + 1 < len(doc) and doc[last.i + 1].text in "-–"
    ):
        return False
    return last.head.lemma_.lower() in _PAIRED_MEETINGS


# What one makes or does "to" a town.
_GOING_TO = frozenset({"visit", "trip", "journey", "travel", "fly", "go", "come", "return"})


def _entity_kind(ent: Any) -> ActorSpanKind | None:
    if ent.label_ == "PERSON":
        return "person"
    if ent.label_ == "GPE":
        return "country"
    if ent.label_ == "ORG":
        return "person" if _monarch(ent) else "organization"
    if ent.label_ == "NORP":
        return "nominal"
    return None


_MONARCH_TITLES = frozenset({"King", "Queen", "Sultan", "Emir", "Amir", "Sheikh", "Prince"})


_REGNAL_TITLES = _MONARCH_TITLES | {"Emperor", "Empress", "Tsar", "Pope"}


def _regnal_one(token: Token) -> bool:
    """ "King Juan Carlos I was received by Hu Jintao": the numeral of a monarch's name, which
    the model may take for the pronoun."""
    if token.text != "I" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.ent_type_ != "PERSON" or not before.text[:1].isupper():
        return False
    start = token.i - 1
    while start > 0 and token.doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    first = token.doc[start].text
    return first in _REGNAL_TITLES or (start > 0 and token.doc[start - 1].text in _REGNAL_TITLES)


_REGNAL = re.compile(r"^[IVX]+$")


def _monarch(ent: Any) -> bool:
    """ "King Mswati III" tagged as an organisation: a monarch's title, then a name."""
    words = list(ent)
    return bool(
        len(words) >= 2
        and words[0].text in _MONARCH_TITLES
        and all(w.pos_ == "PROPN" or _REGNAL.match(w.text) for w in words[1:])
    )


def _is_venue(token: Token) -> bool:
    preposition = _governing_preposition(token)
    return preposition is not None and preposition.lower_ == "at"


def _is_place_use(token: Token) -> bool:
    """True when a GPE is where something happens rather than who acts ("in Moscow")."""
    if in_one_china(token):
        # "adheres to the one-China policy": whose claim it is, never a place.
        return False
    if _governing_preposition(token) is not None:
        return True
    return bool(token.dep_ == "dobj" and token.head.lemma_ == "visit")


def _adjective_before_office(ent: Any) -> bool:
    doc = ent.doc
    return bool(
        len(ent) == 1
        and ent.end < len(doc)
        and doc[ent.end].lower_ in _OFFICE_HEADS
        and re.search(r"(?:an|ian|ese|ish|i|kh|ek|ic)$", ent.text)
    )


def _country_before_a_definite_office(ent: Any, lexicon: Lexicon) -> bool:
    """ "the U.S. Secretary of State", "the Russian Federation's" is not: a country's name
    used as the modifier of an office after "the", with no name after the office."""
    root = ent.root
    office = root.head
    return bool(
        root.dep_ == "compound"
        and office.i > root.i
        and office.lemma_.lower() in lexicon.title_words
        and office.ent_type_ != "PERSON"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in office.children)
        and not any(c.ent_type_ == "PERSON" for c in office.subtree)
    )


def _names_a_kind(ent: Any) -> bool:
    """ "an Astana-format summit", "a Doha-based mediator": the place names a kind of thing,
    not a party to it."""
    doc = ent.doc
    if (
        ent.start >= 2
        and doc[ent.start - 1].text == "-"
        and not doc[ent.start - 2].whitespace_
        and doc[ent.start - 2].lower_ in _COMPASS_WORDS
    ):
        # "the North-Western Sahara Aquifer System": the end of a longer name.
        return True
    if ent.end < len(doc) and doc[ent.end].lemma_.lower() in _CURRENCIES:
        # "about 4.2 billion U.S. dollars": the country's money, not the country.
        return True
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].text in ("-", "–")
        and doc[ent.end + 1].lower_ in ("format", "based", "style", "type")
    )


# Money named by its country ("U.S. dollars", "Chinese yuan", "Indian rupees").
_CURRENCIES = frozenset(
    {"dollar", "euro", "yuan", "renminbi", "rupee", "yen", "pound", "ruble", "rouble", "franc",
     "won", "peso", "real", "lira", "dinar", "dirham", "riyal", "rand", "shekel", "krone",
     "krona", "zloty", "forint", "taka", "naira", "shilling"}
)  # fmt: skip


# People of a country who do not speak for it ("representatives of U.S. technology and
# financial companies", "Japanese business leaders").
_COLLECTIVES_NOT_THE_STATE = frozenset(
    {"business", "businesses", "businessmen", "businesspeople", "company", "companies", "firm",
     "firms", "corporations", "enterprises", "executives", "investors", "entrepreneurs",
     "industrialists", "students", "journalists", "media", "diaspora", "community"}
)  # fmt: skip


def _names_whose_people(ent: Any) -> bool:
    """ "met representatives of U.S. technology and financial companies": the country names
    whose companies they are, no party."""
    token = ent.root
    for _ in range(3):
        if token.dep_ not in ("compound", "amod", "nmod") or token.head is token:
            return False
        token = token.head
        if token.lower_ in _COLLECTIVES_NOT_THE_STATE:
            return True
    return False


def _names_a_membership(ent: Any) -> bool:
    """ "an ICC member state", "EU member countries": the body modifies "member"."""
    root = ent.root
    return bool(root.dep_ == "compound" and root.head.lower_ in ("member", "members"))


def _names_an_age(ent: Any) -> bool:
    """ "the ministry's Stalin-era skyscraper": a name turned into a time, no party."""
    words = [t.lower_ for t in ent]
    doc = ent.doc
    after = [t.lower_ for t in doc[ent.end : ent.end + 2]]
    return words[-2:] in (["-", "era"], ["-", "style"]) or after in (["-", "era"], ["-", "style"])


_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "greater", "trans"})


def _names_a_gathering(token: Token) -> bool:
    """ "at the ASEAN-China Summit": one of a pair that names a gathering, neither its venue nor
    a party to what happens there."""
    doc = token.doc
    return token.dep_ == "compound" and any(
        0 <= j < len(doc) and doc[j].text in ("-", "–", "/") for j in (token.i - 1, token.i + 1)
    )


def _paired_in_a_name(ent: Any) -> bool:
    """ "the Central Asia - United States summit": a name of several words, one of a pair that
    names a gathering."""
    doc = ent.doc
    return (
        ent.root.dep_ == "compound"
        and ent.root.head.lower_ in _GATHERING_NOUNS
        and any(
            0 <= j < len(doc) and doc[j].text in ("-", "–", "/") for j in (ent.start - 1, ent.end)
        )
    )


_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,5}")


def _clause_of_the_phrase(preposition: Token) -> Token:
    """The verb a place phrase belongs to. "travelled to Kyiv to see Zelenskyy, and in New York
    on 24 April he handed Lavrov a letter": the parser joins the fronted phrase to the verb
    before the "and"; it opens the clause whose subject follows it."""
    if preposition.dep_ != "conj" or preposition.pos_ != "ADP":
        return preposition.head
    for token in preposition.doc[preposition.i + 1 : preposition.sent.end]:
        if token.dep_ == "cc" or token.lower_ in ("where", "when", "which", "who"):
            # "saw Putin in Moscow on 13 March and in St Petersburg on 11 April, and the next
            # day sat with Araghchi", "not in Riyadh but in Istanbul, where Fidan opened
            # ...": a clause after another "and", or a relative one, is not the phrase's.
            break
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.i > token.i:
            if token.head.i > preposition.i and token.head.i != preposition.head.i:
                return token.head
            break
    first = preposition.head
    # "in Moscow on 13 March and in St Petersburg": the verb the first phrase is on.
    return first.head if first.pos_ == "ADP" and first.dep_ == "prep" else first


def _governing_preposition(token: Token) -> Token | None:
    node = token
    # Climb through compounds and appositions ("in St. Petersburg, Russia"), and a name the
    # parser hangs on its venue ("at the Mar-a-Lago club").
    while (
        node.dep_ in ("compound", "appos", "conj")
        or (node.dep_ == "nmod" and node.head.lemma_ in _NAMED_VENUES)
    ) and node.head.i != node.i:
        node = node.head
        if node.ent_type_ == "PERSON":
            # "spoke to DRC President Felix Tshisekedi": the country of a title, no place.
            return None
    if node.dep_ == "pobj" and node.head.lower_ in _PLACE_PREPOSITIONS:
        return node.head
    # "held in the city of Jeddah", "in the Kazakh capital of Astana".
    if (
        node.dep_ == "pobj"
        and node.head.lower_ == "of"
        and node.head.head.lemma_ in _TOWN_WORDS
        and node.head.head.dep_ == "pobj"
        and node.head.head.head.lower_ in _PLACE_PREPOSITIONS
    ):
        return node.head.head.head
    return None


# Venues a place name is put before ("the Mar-a-Lago club"), which the parser hangs it on.
_NAMED_VENUES = frozenset({"club", "estate", "resort", "ranch", "villa", "residence", "hotel"})

# ("at the château of La Celle-Saint-Cloud": a seat named by its town.)
_TOWN_WORDS = frozenset(
    {"city", "capital", "town", "port", "village", "resort", "château", "chateau", "castle",
     "island"}
)  # fmt: skip


def _modifies_anyone(ent: Any) -> bool:
    """A body or country naming the kind of an indefinite member noun ("an EU country", "a
    NATO member")."""
    root = ent.root
    return bool(
        root.dep_ == "compound"
        and root.head.i > root.i
        and root.head.lemma_.lower() in _MEMBER_NOUNS
        and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in root.head.children)
    )


# Who belongs to a body or country ("an EU country", "a NATO ally"), unlike what it puts
# forward ("an EU proposal", which may be what is backed).
_MEMBER_NOUNS = frozenset({"country", "member", "state", "nation", "ally"})


def _nominal_phrase(ent: Any, lexicon: Lexicon) -> Any | None:
    """ "the Russian side", "the Chinese diplomat": a nationality adjective plus a head noun."""
    root = ent.root
    if root.dep_ not in ("amod", "compound", "nmod"):
        return None
    if ent.start > 0 and ent.doc[ent.start - 1].text in _REGION_WORDS:
        # "South American leaders", "Latin American presidents": a continent's people, not
        # the country the last word alone would name.
        return None
    head = root.head
    if head.i <= root.i:
        return None
    if not (head.lower_ in _SIDE_WORDS or head.lemma_.lower() in lexicon.title_words):
        return None
    # A nationality adjective in a named person's title is not an actor of its own.
    if head.dep_ == "compound" and head.head.ent_type_ == "PERSON":
        return None
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
        return None
    if head.ent_type_ == "PERSON":
        return None
    if head.lemma_.lower() in lexicon.title_words and any(
        c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children
    ):
        # "the first state visit by a French president since 2013": anyone in the office.
        return None
    return ent.doc[ent.start : head.i + 1]


def _left_modifiers(doc: Doc, index: int) -> Any:
    """The words before a noun that modify it, coordinated ones included ("his Japanese and
    Chinese counterparts")."""
    start = index
    while start > 0 and _modifies(doc[start - 1], index, start):
        start -= 1
    return doc[start : index + 1]


def _modifies(word: Token, index: int, start: int) -> bool:
    if word.dep_ in ("amod", "compound", "nmod"):
        return bool(word.head.i == index or word.head.i > start - 1)
    return word.dep_ in ("cc", "conj") and any(a.i == index for a in word.ancestors)


def _counterpart_before(ent: Any, doc: Doc) -> Token | None:
    """ "his Turkish counterpart Recep Tayyip Erdogan", "His Majesty King Abdullah II": the
    word right before a name that stands for it in the sentence, when the parser hung the
    name elsewhere rather than on it (else the name itself is the head of the phrase, as in
    "Foreign Minister Sugiono")."""
    if ent.start == 0 or doc[ent.start - 1].lower_ not in _STAND_INS:
        return None
    counterpart = doc[ent.start - 1]
    if counterpart.head.i in range(ent.start, ent.end):
        return None
    return counterpart


def _title_of(ent: Any, doc: Doc, lexicon: Lexicon) -> tuple[str | None, set[int]]:
    """Title words before the name ("Russian Foreign Minister") and after it in an apposition or
    an "of" phrase ("Secretary of the Russian Security Council"), with their token indices."""
    parts: list[str] = []
    tokens: set[int] = set()
    left = _left_title(ent, doc, lexicon) or _title_it_stands_beside(ent, lexicon)
    for words in (left, _right_title(ent, lexicon)):
        if words:
            parts.append(_span_text(words))
            tokens.update(t.i for t in words)
    title = " ".join(parts).strip(" ,")
    return (title or None), tokens


def _left_title(ent: Any, doc: Doc, lexicon: Lexicon) -> list[Token]:
    start = ent.start
    while start > 0:
        token = doc[start - 1]
        if token.ent_type_ == "PERSON" or (token.is_punct and token.text not in ("-", ".")):
            break
        if token.pos_ in ("PROPN", "NOUN", "ADJ") or token.lower_ in ("of", "the", "for", "'s"):
            start -= 1
            continue
        break
    while (
        start < ent.start
        and (
            doc[start].lower_ in ("the", "of", "for", "'s", "-")
            # "under the co-chairmanship of Deputy Foreign Minister X": the title starts at a
            # capital or a title word, not at the phrase that leads up to it.
            or (
                doc[start].pos_ == "NOUN"
                and doc[start].lower_ not in lexicon.title_words
                and doc[start].text[:1].islower()
            )
        )
    ):
        start += 1
    words = list(doc[start : ent.start])
    if not any(t.lower_ in lexicon.title_words for t in words):
        return []
    return words


def _title_it_stands_beside(ent: Any, lexicon: Lexicon) -> list[Token]:
    """ "met the President of the Riigikogu, Lauri Hussar": the title the name is in
    apposition to, before it."""
    root = ent.root
    if root.dep_ != "appos":
        return []
    head = root.head
    # The parser may hang the name on the last noun of the title ("of the Riigikogu").
    for _ in range(3):
        if head.lower_ in lexicon.title_words or head.dep_ not in ("pobj", "prep"):
            break
        head = head.head
    if head.i >= ent.start or head.lower_ not in lexicon.title_words:
        return []
    words = [t for t in head.subtree if t.i < ent.start and not t.is_punct]
    while words and words[0].lower_ in ("the", "a", "an", "his", "her", "its", "their"):
        words = words[1:]
    return words


def _right_title(ent: Any, lexicon: Lexicon) -> list[Token]:
    root = ent.root
    for child in root.children:
        if child.i < ent.end:
            continue
        if child.dep_ == "appos":
            phrase = _clip_at_clause(child)
            if any(t.dep_ == "cc" for t in root.doc[ent.end : phrase[0].i]):
                # "Wang Wentao and Executive Vice-President of the European Commission Valdis
                # Dombrovskis": the title of the next one listed, whose name the model missed.
                continue
            if any(t.ent_type_ == "PERSON" for t in phrase):
                # "Menfi, House of Representatives Speaker Aghila Saleh and ... Takala": a
                # list of people, not one person's title.
                continue
            if any(t.lower_ in lexicon.title_words for t in phrase):
                return phrase
        if child.dep_ == "prep" and child.lower_ == "of":
            phrase = list(child.subtree)
            if any(t.lower_ in _ORG_HEADS for t in phrase):
                return phrase
    return []


def _clip_at_clause(token: Token) -> list[Token]:
    """The apposition's words, without relative clauses or verbs hanging off it."""
    words = [
        t
        for t in token.subtree
        if not any(a.dep_ in ("relcl", "acl", "advcl") for a in _ancestors_until(t, token))
    ]
    return words


def _ancestors_until(token: Token, stop: Token) -> list[Token]:
    chain = []
    node = token
    while node.i != stop.i and node.head.i != node.i:
        chain.append(node)
        node = node.head
    return chain


def _span_text(tokens: list[Token]) -> str:
    tokens = sorted(tokens, key=lambda t: t.i)
    doc = tokens[0].doc
    return str(doc[tokens[0].i : tokens[-1].i + 1].text).strip(" ,")


_DOCUMENTS = frozenset(
    {"treaty", "declaration", "accord", "accords", "protocol", "convention", "charter", "pact"}
)


def _names_a_document(ent: Any) -> bool:
    """ "the Treaty of Nancy", "the Declaration of Calakmul": a name after "of" on a document
    written with a capital."""
    root = ent.root
    document = root.head.head
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and document.lower_ in _DOCUMENTS
        and document.text[:1].isupper()
    )


def _stands_alone(doc: Doc, after: int) -> bool:
    """Whether a phrase ending before `after` is a noun phrase of its own: a verb or a
    punctuation mark follows it, or nothing."""
    if (
        after + 1 < len(doc)
        and doc[after].lower_ in _ADVERBS_BEFORE_A_VERB
        and doc[after + 1].pos_ in ("VERB", "AUX")
    ):
        # "The two last saw each other in Davos", "the two also met".
        return True
    return after >= len(doc) or (
        doc[after].pos_ in ("VERB", "AUX", "PUNCT") and doc[after].text != "-"
    )


_ADVERBS_BEFORE_A_VERB = frozenset(
    {"last", "also", "then", "first", "later", "previously", "again", "briefly", "subsequently"}
)


_BARE_COUNTS = frozenset({"the two", "the three", "the four", "the five"})


def _group_phrases(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int]]:
    lowered = [t.lower_ for t in doc]
    # Each phrase is tried only where its first word stands, in order (every phrase at
    # every position was a tenth of frame extraction).
    starts: dict[str, list[int]] = {}
    for i, word in enumerate(lowered):
        starts.setdefault(word, []).append(i)
    hits: list[tuple[int, int]] = []
    used: set[int] = set()
    for phrase in lexicon.group_phrases:
        words = phrase.split()
        n = len(words)
        for i in starts.get(words[0], ()):
            if lowered[i : i + n] == words and not used.intersection(range(i, i + n)):
                # "they" only counts as a subject: elsewhere it is too vague.
                if phrase == "they" and doc[i].dep_ not in ("nsubj", "nsubjpass"):
                    continue
                if phrase in _BARE_COUNTS and not _stands_alone(doc, i + n):
                    # "the two met", not "the two-day visit" or "the two countries".
                    continue
                if (
                    phrase == "the two"
                    and doc[i + 1].dep_ not in ("nsubj", "nsubjpass")
                    and not _count_before_a_verb_read_as_adjective(doc, i + 1)
                ):
                    # "Relations between the two": the bare number is read only as a subject.
                    continue
                if _of_those_attending(doc[i + n - 1]):
                    continue
                hits.append((i, i + n))
                used.update(range(i, i + n))
    return hits


def _count_before_a_verb_read_as_adjective(doc: Doc, count: int) -> bool:
    """ "and last month the two held talks in New York": the parser may read "the two held
    talks" as one noun phrase, the verb as an adjective; the count is still its subject."""
    verb = doc[count + 1] if count + 1 < len(doc) else None
    return bool(
        verb is not None
        and doc[count].dep_ == "nummod"
        and verb.dep_ == "amod"
        and verb.tag_ in ("VBD", "VBN")
        and verb.head.i == doc[count].head.i
    )


def _of_those_attending(word: Token) -> bool:
    """ "a meeting also attended by the economy ministers of both countries": the countries
    of whoever else sat in, not parties of their own."""
    if word.dep_ != "pobj" or word.head.lower_ != "of":
        return False
    noun = word.head.head
    return bool(
        noun.dep_ == "pobj"
        and noun.head.lower_ == "by"
        and noun.head.head.lemma_ in ("attend", "join", "accompany")
    )
