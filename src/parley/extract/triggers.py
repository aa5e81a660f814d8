"""Find event triggers in a parsed sentence and decide their status (modality)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from parley.extract.lexicon import PORTFOLIO_ENDS, Lexicon, TriggerEntry
from parley.models import EventType, Status

Token = Any

_PLANNED_AUX = frozenset({"will", "shall", "'ll", "wo"})
_HYPOTHETICAL_AUX = frozenset({"would", "could", "may", "might", "can", "should", "must"})
_PLANNED_HEADS = frozenset(
    {
        "plan",
        "schedule",
        "expect",
        "set",
        "due",
        "agree",
        # "The three leaders concurred on holding the trilateral summit at least annually".
        "concur",
        "decide",
        "prepare",
        "arrange",
        "invite",
        # "accepted an invitation to address the G7 summit in Hiroshima in May".
        "invitation",
        "intend",
        "aim",
        "go",
        "announce",
        "confirm",
        "promise",
        "pledge",
        "commit",
    }
)
# Heads whose subject has done something (confirmed, decided, pledged), whatever it settled.
_ACTS_OF_ITS_SUBJECT = frozenset(
    {"confirm", "announce", "agree", "decide", "pledge", "promise", "commit", "concur"}
)
_HYPOTHETICAL_HEADS = frozenset(
    {
        "hope",
        "willing",
        "ready",
        "want",
        "wish",
        "seek",
        "propose",
        "offer",
        "consider",
        "suggest",
        "urge",
        "call",
        "like",
        "try",
        "possible",
        # "Modi is likely to travel to Oslo in mid-May to attend the summit".
        "likely",
        "unlikely",
        "eager",
        "keen",
    }
)
_PLANNED_MODIFIERS = frozenset(
    {"upcoming", "forthcoming", "next", "planned", "scheduled", "future", "proposed", "coming"}
)
# Verbs whose that-clause the speaker states as fact, whatever the mood of the telling.
_POINTING_OUT = frozenset(
    {"recall", "remember", "point", "note", "stress", "emphasise", "emphasize"}
)
_HYPOTHETICAL_MODIFIERS = frozenset({"possible", "potential", "likely", "prospective", "eventual"})
_NEGATING_HEADS = frozenset(
    {"cancel", "postpone", "scrap", "drop", "call", "shelve", "rule", "deny", "refuse", "reject",
     "decline", "oppose"}
)  # fmt: skip
_SUPPORT_NOUNS = frozenset({"support", "backing", "solidarity"})
_AHEAD_WORDS = frozenset({"ahead", "before", "prior"})


@dataclass
class TriggerHit:
    token: Token
    entry: TriggerEntry


# Words standing for the noun a relative clause is about.
_RELATIVE_PRONOUNS = frozenset({"which", "that"})


def find_triggers(doc: Any, lexicon: Lexicon, lowered: set[str] | None = None) -> list[TriggerHit]:
    """Tokens that announce an event, with their lexicon entries, in sentence order.

    `lowered`: the doc's words in lower case, when the caller has them already.
    """
    if lowered is None:
        lowered = {t.lower_ for t in doc}
    hits: list[TriggerHit] = []
    for token in doc:
        for entry in _entries_for(token, lexicon):
            if _conditions_hold(token, entry, lowered):
                at = token
                if not _person_after(token, entry.person_after or "with") and _on_the_phone_with(
                    token, entry.person_after or ""
                ):
                    # "spent 45 minutes on the phone with Trump": the verb has the parties.
                    at = token.head.head
                hits.append(TriggerHit(token=at, entry=entry))
                break
    return hits


# Verbs the small model lemmatises wrongly: "dined" and "dining" as "din".
_MISREAD_LEMMAS = {"din": "dine"}


def _entries_for(token: Token, lexicon: Lexicon) -> list[TriggerEntry]:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        lemma = _MISREAD_LEMMAS.get(lemma, lemma)
        return lexicon.verbs.get(lemma, [])
    if token.pos_ in ("NOUN", "PROPN"):
        plural = token.tag_ in ("NNS", "NNPS")
        entries = lexicon.nouns.get(lemma)
        if entries is None and token.pos_ == "PROPN":
            # Capitalised in a mechanism's name ("Foreign Office Consultations", "Strategic
            # Dialogue"), a noun is tagged as a name and keeps its plural as its lemma.
            entries = lexicon.nouns.get(_singular(lemma))
            plural = plural or _singular(lemma) != lemma
        return [e for e in entries or [] if plural or not e.plural_only]
    return []


def _received_by_a_person(token: Token) -> bool:
    """ "where he had been received by King Mswati III": the passive names the host."""
    return any(
        c.dep_ == "agent"
        and any(
            t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.dep_ == "pobj") for t in c.subtree
        )
        for c in token.children
    )


def _on_the_phone_with(token: Token, preposition: str) -> bool:
    """ "spent 45 minutes on the phone with Donald Trump": the parser hangs "with" on the
    verb, not on the phone."""
    return (
        token.lemma_ in ("phone", "telephone")
        and token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ == "on"
        and token.head.head.pos_ in ("VERB", "AUX")
        and (_person_after(token.head.head, preposition) or _person_after(token, preposition))
    )


def _person_after(token: Token, preposition: str) -> bool:
    if any(
        c.dep_ in ("xcomp", "ccomp")
        or (c.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
        for c in token.children
    ):
        return False  # "called on Moscow to withdraw", "a call to Putin to end the war": appeals
    if any(
        c.dep_ in ("prt", "prep")
        and c.lower_ == preposition
        and not any(o.dep_ == "pobj" for o in c.children)
        for c in token.children
    ) and any(
        c.dep_ == "dobj" and any(t.ent_type_ == "PERSON" for t in c.subtree) for c in token.children
    ):
        # "called on NSW Premier Chris Minns": the parser may leave "on" empty and make the
        # person the verb's object.
        return True
    return any(
        # ("calling on King Charles III": the parser may take "on" for a particle.)
        c.dep_ in ("prep", "prt")
        and c.lower_ == preposition
        and any(
            o.dep_ == "pobj"
            and (
                any(t.ent_type_ == "PERSON" for t in o.subtree)
                # "called on the President of India, Droupadi Murmu": a title stands first.
                or (o.pos_ == "PROPN" and not o.ent_type_)
                # "Jaishankar had called on him in Male in August".
                or o.lower_ in ("him", "her")
                # "called on the head of the Presidential Council, Mohamed al-Menfi": the
                # name set off after the title, which the parser may hang on the verb.
                or (
                    o.lemma_.lower() in _PEOPLE_NOUNS | _OFFICE_WORDS
                    and any(
                        n.dep_ in ("npadvmod", "appos") and n.ent_type_ == "PERSON" and n.i > o.i
                        for n in token.children
                    )
                )
                # "a call between the two leaders in early March".
                or (preposition == "between" and _counted_group(o))
                # "called on the visiting leader at her hotel": one person by their office.
                or (
                    preposition == "on"
                    and o.tag_ == "NN"
                    and o.lemma_.lower() in _PEOPLE_NOUNS | _OFFICE_WORDS
                    and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)
                    and not _infinitive_after(o)
                )
            )
            and not (preposition == "to" and _infinitive_after(o))
            for o in c.children
        )
        for c in token.children
    )


def _in_a_town_with_someone(verb: Token) -> bool:
    """ "he was in Beijing with Xi Jinping barely three months later": someone named, in a
    town named, was with them there (not "was in Paris with his wife", nor "was in Paris
    with a delegation"). The verb's own subject is who was there."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC") for o in c.children)
        for c in verb.children
    ) and any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(
            o.dep_ == "pobj"
            # (The model may leave a name it does not know untagged: "with Recep Tayyip
            # Erdoğan".)
            and (o.ent_type_ == "PERSON" or (o.pos_ == "PROPN" and not o.ent_type_))
            for o in c.children
        )
        for c in verb.children
    )


def _with_someone(token: Token) -> bool:
    """ "lunched with Wong", "talks with Wong"; or "had lunch with Wong", with the phrase hung
    on the verb that has the meal."""
    holders = [token]
    if token.dep_ == "dobj" and token.head.lemma_ in ("have", "hold", "host", "share"):
        holders.append(token.head)
    return (
        any(c.dep_ == "prep" and c.lower_ == "with" for h in holders for c in h.children)
        or any(with_someone_to_do(c) for c in token.children)
        or _with_someone_on_its_object(token)
    )


# Occasions had with someone: "the phone call with Putin" is the call's other side, not
# whom the verb before it was done with.
OCCASIONS_WITH_SOMEONE = frozenset(
    {"call", "meeting", "talk", "visit", "conversation", "summit", "encounter", "exchange"}
)


def _with_someone_on_its_object(verb: Token) -> bool:
    """ "discussed the transition with President Joe Biden": the parser hangs the phrase on
    what was discussed; only a person (or a counterpart) makes it someone talked with."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "discussed the idea of the debate with Guterres": or on the noun the object is of.
    objects += [
        o
        for c in objects
        for p in c.children
        if p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(
        # ("They discussed the phone call with Putin": the call was with him.)
        c.lemma_.lower() not in OCCASIONS_WITH_SOMEONE
        and any(
            p.dep_ == "prep"
            and p.lower_ == "with"
            and any(
                o.dep_ == "pobj" and (o.ent_type_ == "PERSON" or o.lemma_ == "counterpart")
                for o in p.children
            )
            for p in c.children
        )
        for c in objects
    )


def with_someone_to_do(clause: Token) -> bool:
    """ "sat down separately with Prime Minister Ariel Henry to press him": the parser reads
    "with" as opening a clause whose subject is the one sat with."""
    return bool(
        clause.dep_ == "advcl"
        and clause.tag_ == "VB"
        # ("with Prince Faisal seated at the head of the table" tells who else was there.)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and any(c.dep_ == "mark" and c.lower_ == "with" for c in clause.children)
        and any(
            c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and c.i < clause.i
            for c in clause.children
        )
    )


def _infinitive_after(phrase: Token) -> bool:
    """ "renewed his call to Putin to end the war": an appeal, whatever the parser hangs the
    infinitive on."""
    doc = phrase.doc
    end = phrase.right_edge.i
    return bool(end + 2 < len(doc) and doc[end + 1].lower_ == "to" and doc[end + 2].tag_ == "VB")


# "on the sidelines of", "on the margins of": the setting around a meeting.
SIDELINE_WORDS = frozenset({"sidelines", "sideline", "margins", "margin", "fringes"})


def _is_sidelines_context(token: Token) -> bool:
    """ "met ... on the sidelines of the SCO summit": the summit is the setting of the meeting
    the sentence reports, not a report of the summit."""
    preposition = token.head
    return bool(
        token.dep_ == "pobj"
        and preposition.lower_ == "of"
        and preposition.head.lower_ in SIDELINE_WORDS
    )


def _describes_a_visitor(token: Token) -> bool:
    """ "the visiting Indonesian President": who is visiting, said of a participant of another
    event; the visit itself is told elsewhere."""
    if token.lower_ != "visiting" or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    return following.ent_type_ in ("NORP", "PERSON") or following.text[:1].isupper()


def _accompanied(token: Token) -> bool:
    """ "The President was supported by the Minister of ...": accompanied by an aide."""
    if token.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    return any(
        s.ent_type_ == "PERSON" or (s.text[:1].isupper() and s.lower_ in _PERSON_TITLES)
        for s in subjects
    )


_PERSON_TITLES = frozenset(
    {"president", "minister", "chancellor", "king", "emir", "amir", "premier", "secretary"}
)


def _singular(word: str) -> str:
    if word.endswith(("sses", "shes", "ches")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# Sittings that no trigger noun names ("meeting" and "talks" are triggers of their own).
_SITTINGS = frozenset({"session", "sitting", "segment", "plenary"})


_PROCESSES = frozenset({"accession", "membership"})


# What is met when "meet" means fulfil.
_THINGS_MET = frozenset(
    {"expectation", "expectations", "need", "needs", "demand", "demands", "requirement",
     "requirements", "standard", "standards", "criterion", "criteria", "target", "targets",
     "goal", "goals", "deadline", "obligation", "obligations", "condition", "conditions",
     "interest", "interests", "challenge", "challenges"}
)  # fmt: skip


def _chaired_session(token: Token) -> bool:
    """ "The session was co-chaired by A and B": a sitting chaired, told in the passive."""
    return (
        token.lemma_ in ("chair", "co-chair", "cochair")
        and any(c.dep_ == "agent" for c in token.children)
        and any(c.dep_ == "nsubjpass" and c.lemma_ in _SITTINGS for c in token.children)
    )


def _a_portfolio(token: Token) -> bool:
    """ "Deputy Foreign Minister Papadopoulou, who is responsible for the political dialogue",
    "the envoy in charge of the talks": what someone's office covers, not a meeting."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj":
        return False
    preposition = token.head
    holder = preposition.head
    if preposition.lower_ == "for" and holder.lemma_ in ("responsible", "accountable"):
        return True
    return bool(
        preposition.lower_ == "of" and holder.lower_ == "charge" and holder.head.lower_ == "in"
    )


# Documents signed or agreed on.
DOCUMENTS = frozenset(
    {"agreement", "pact", "deal", "accord", "treaty", "memorandum", "declaration", "document",
     "documents", "agreements", "deals", "accords", "memoranda", "protocol", "charter"}
)  # fmt: skip


# Words of keeping to a principle, which back someone only when it is China's own.
_HOLDING_TO = frozenset({"adhere", "abide", "adherence", "commitment"})


def _stands_with_someone(verb: Token) -> bool:
    """ "Brazil stands with President Arce", "will stand by Morocco", "will stand with the
    people of South Sudan", "stands fully behind Denmark": backing a country or person; not
    standing somewhere with someone ("stood together with Zelensky in Kyiv", "stood with him at
    the podium")."""
    if verb.pos_ != "VERB":
        return False
    near = [
        *verb.children,
        *(t for c in verb.children if c.lower_ in ("with", "by") for t in c.subtree),
    ]
    if any(t.lower_ in ("together", "side", "next", "beside", "alongside") for t in near):
        return False
    if any(
        t.dep_ == "prep"
        and t.lower_ in ("in", "at", "on", "outside", "before")
        and any(o.ent_type_ in ("GPE", "FAC", "LOC") or o.lower_ == "podium" for o in t.children)
        for t in near
    ):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("with", "by", "behind")
        and any(
            o.dep_ == "pobj"
            and (
                o.ent_type_ in ("GPE", "PERSON", "NORP")
                or (o.lower_ == "people" and any(g.lower_ == "of" for g in o.children))
                # "stands behind Guyana's sovereignty and territorial integrity".
                or (
                    c.lower_ == "behind"
                    and any(
                        g.dep_ == "poss" and g.ent_type_ in ("GPE", "PERSON") for g in o.children
                    )
                )
            )
            for o in c.children
        )
        for c in verb.children
    )


def _holds_to_one_china(token: Token) -> bool:
    """ "adheres to the one-China policy", "abides by the one-China principle", "Brazil's
    adherence to the one-China policy": keeping to China's claim, a statement of support."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("to", "by")
        and any(in_one_china(t) for t in prep.subtree)
        for prep in token.children
    )


def in_one_china(token: Token) -> bool:
    """ "China" in "the one-China policy": whose claim the policy is."""
    doc = token.doc
    return bool(
        token.lower_ == "china"
        and token.i >= 2
        and doc[token.i - 2].lower_ == "one"
        and doc[token.i - 1].text in "-–"
    )


def _conditions_hold(token: Token, entry: TriggerEntry, lowered: set[str]) -> bool:
    # A noun that modifies another noun names no event: "the consultation mechanism",
    # "summit preparations".
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("compound", "nmod", "amod"):
        return False
    if _describes_a_visitor(token):
        return False
    if token.lemma_ == "stand" and not _stands_with_someone(token):
        return False
    if token.lemma_ in _HOLDING_TO and not _holds_to_one_china(token):
        # "Spain firmly adheres to the one-China policy" backs China; "abides by the
        # ceasefire" backs nobody.
        return False
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "appos"
        and token.head.pos_ == "PROPN"
        and token.head.dep_ == "pobj"
        and token.head.head.lower_ == "at"
    ):
        # "talks at Te Wharehuanui, a private retreat in the hills": what the venue is.
        return False
    if _greeted_on_arrival(token):
        return False
    if entry.type == EventType.SUPPORT and _accompanied(token):
        return False
    if _is_sidelines_context(token):
        return False
    if is_habitual(token):
        return False
    if _a_portfolio(token):
        return False
    if token.lemma_ == "call" and _names_what(token):
        return False
    if token.lemma_ == "commit" and (
        (token.tag_ == "VBN" and token.dep_ in ("acl", "relcl"))
        or any(c.dep_ == "agent" for c in token.children)
        or (
            any(c.dep_ == "auxpass" for c in token.children)
            and not any(c.lower_ == "to" or c.dep_ == "xcomp" for c in token.children)
        )
        # "The agreement commits the Netherlands to two billion euros": what an agreement
        # already told holds, not another one.
        or any(c.dep_ == "nsubj" and c.lemma_ in DOCUMENTS for c in token.children)
    ):
        # "the atrocities committed by Hamas", "crimes were committed in Bucha": done, not
        # promised.
        return False
    if (
        token.lemma_ == "dialogue"
        and entry.person_after == "with"
        and not any(c.dep_ == "amod" for c in token.children)
    ):
        # "came for the strategic dialogue with Kallas" is a meeting of a kind; "started the
        # dialogue with Putin" a process.
        return False
    if (
        token.lemma_ == "meet"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _THINGS_MET for c in token.children)
        # (Not "met with Biden ..., a day after Türkiye secured written commitments", which
        # the parser may make the object of "met".)
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    ):
        # "a sound relationship meets the expectations of both peoples", "meet the 5%
        # target": a thing fulfilled, nobody met.
        return False
    if token.lemma_ == "visit" and token.pos_ == "VERB" and _visited_by_unnamed_officials(token):
        # "Canadian officials have visited Mexico, Europe and Asia in recent months": trade
        # missions, no meeting of anyone named.
        return False
    if token.lemma_ == "call" and _called_back_somewhere(token):
        # "Trump was gone, called back to Washington by the war": summoned home, no call.
        return False
    if token.lemma_ == "mediate" and any(
        c.dep_ == "dobj" and c.lemma_.lower() not in _MEDIATED_MEETINGS for c in token.children
    ):
        # "has mediated prisoner exchanges between Moscow and Kyiv", "mediated an end to the
        # fighting": what the mediation brought about, not a meeting (unlike "mediated the
        # fourth round of talks", "mediated between Araghchi and Witkoff").
        return False
    if token.lemma_ in ("talk", "negotiation") and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _PROCESSES for c in token.children
    ):
        # "the opening of accession negotiations with Ukraine", "EU membership talks with
        # Skopje": a years-long process, not a meeting.
        return False
    if token.lemma_ == "discuss" and entry.mode == "phone" and not _by_phone(token):
        # "Putin and Trump discussed by telephone the results of the talks": a call; not "They
        # discussed the phone call".
        return False
    if (
        token.lemma_ in ("talk", "negotiation")
        and token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lemma_ in ("opening", "launch")
        and not any(t.ent_type_ == "PERSON" for t in token.subtree)
    ):
        # "defended the opening of negotiations between Mercosur and Vietnam": a trade
        # negotiation set going, not a meeting.
        return False
    if token.lemma_ == "consultation" and token.dep_ == "pobj" and token.head.lower_ == "in":
        # "to appoint facilitators in consultation with the African Union": how something is
        # to be done, not a meeting.
        return False
    if token.lemma_ == "round" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    ):
        # "the second round of the election between Ruto and Odinga" is no meeting; "a round
        # of talks" is one by its talks.
        return False
    if (
        entry.type == EventType.AGREE
        and token.tag_ in ("VBN", "VBD")
        and token.dep_ in ("acl", "oprd", "amod")
        and not any(c.dep_ == "agent" for c in token.children)
    ):
        # "calling the ceasefire agreed in Putrajaya a proud moment": a thing agreed by
        # parties the phrase does not name (unlike "a declaration signed by A and B").
        return False
    if entry.objects is not None:
        # "The Turkmen delegation was headed by ...": who leads a side names it as the subject
        # of a passive.
        deps = (
            ("dobj", "attr", "nsubjpass") if token.lemma_ in ("lead", "head") else ("dobj", "attr")
        )
        if _chaired_session(token):
            # "That ministerial session was co-chaired by A and B": no trigger of its own
            # names the session, so the chairing tells the meeting.
            deps = ("dobj", "attr", "nsubjpass")
        # "held a joint press conference": a briefing, not a meeting.
        held = [
            c
            for c in token.children
            if c.dep_ in deps
            and not any(g.dep_ == "compound" and g.lower_ in ("press", "news") for g in c.children)
        ]
        objects = {c.lemma_.lower() for c in held}
        objects |= {c.lower_ for c in held}
        if token.lemma_ == "conclude":
            # "have concluded negotiations on a new bilateral treaty": the treaty is settled.
            objects |= {
                g.lemma_.lower()
                for c in held
                if c.lemma_.lower() in ("negotiation", "negotiations")
                for p in c.children
                if p.dep_ == "prep" and p.lower_ in ("on", "for", "over")
                for g in p.children
                if g.dep_ == "pobj"
            }
        if token.lemma_ == "preside":
            # "he and Mohammed VI presided over the signing of a declaration".
            objects |= {
                g.lemma_.lower()
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "over"
                for g in c.children
                if g.dep_ == "pobj"
            }
        if token.dep_ == "relcl" and objects & _RELATIVE_PRONOUNS:
            # "the inaugural session of the Joint Commission for Cooperation, which Pandor
            # co-chaired with Omamo": the object is the noun the clause is about, which the
            # parser may hang it under ("Cooperation").
            node = token.head
            for _ in range(5):
                objects |= {node.lemma_.lower(), node.lower_}
                if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
                    break
                node = node.head
        if not held and token.lemma_ in ("chair", "co-chair", "cochair"):
            # "co-chaired, on Friday in Lisbon, the 14th Morocco-Portugal High-Level Meeting":
            # the object set after the day and place, which the parser hangs on the place.
            objects |= {
                a.lower_
                for c in token.children
                if c.dep_ == "prep"
                for place in c.children
                if place.dep_ == "pobj"
                for a in place.children
                if a.dep_ == "appos" and a.i > place.i
            }
        if token.lemma_ in ("chair", "co-chair", "cochair") and any(
            c.pos_ == "PROPN" and any(a.ent_type_ == "ORDINAL" for a in c.children) for c in held
        ):
            # "chaired the 30th Baltic Council in Vilnius": a body named with its count is one
            # of its sessions.
            objects.add("session")
        if token.dep_ == "relcl" and not held and token.head.pos_ == "NOUN":
            # "The meeting Xi held with Putin in Moscow": the clause's object is the noun it
            # is about.
            objects |= {token.head.lemma_.lower(), token.head.lower_}
        if (before := noun_before_a_contact_clause(token)) is not None and not held:
            # "recalled the talks the two leaders held in Hanoi", parsed as two objects.
            objects |= {before.lemma_.lower(), before.lower_}
        if token.dep_ == "relcl" and token.head.lower_ == "one" and not held:
            # "The meeting follows the one both Presidents held on 23 September in New York":
            # "one" stands for the meeting noun named before it.
            objects |= {t.lemma_.lower() for t in token.doc[: token.head.i]}
        if not objects & set(entry.objects):
            return False
        if token.lemma_ == "open" and (
            token.tag_ in ("VB", "VBG")
            # (A relative pronoun stands for the noun told before: "the inaugural Strategic
            # Dialogue, which O'Brien and Kombos opened in Nicosia".)
            or any(_indefinite(c) for c in held if c.lower_ not in _RELATIVE_PRONOUNS)
        ):
            # "opened the first dialogue ... with Fernandez": a session held; not "the need for
            # Juba to open a dialogue with the rebels", a process wished for or begun.
            return False
        if held and all(c.lower_ == "understandings" for c in held):
            # "met in Bangkok last November and reached important common understandings on
            # growing bilateral relations": a readout's formula, nothing agreed on anything
            # (not "reached a common understanding on an immediate ceasefire").
            return False
    if entry.person_object and not (
        any(_person_object(c) for c in token.children) or _received_by_a_person(token)
    ):
        return False
    if token.pos_ == "NOUN" and _a_process_begun_years_ago(token):
        return False
    if entry.person_object and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
        # "They were seen off at the airport by the Minister of Public Security": a farewell.
        return False
    if (
        entry.mode == "phone"
        and token.lemma_ == "call"
        and any(
            c.lower_ == "on"
            and (
                c.dep_ == "prt"
                or (
                    c.dep_ == "prep"
                    and any(o.dep_ == "pobj" and _is_someone(o) for o in c.children)
                )
                # ("called on NSW Premier Chris Minns": "on" left empty, the person its object.)
                or (c.dep_ == "prep" and not any(o.dep_ == "pobj" for o in c.children))
            )
            for c in token.children
        )
    ):
        # "called on Prime Minister Prayut Chan-o-cha at Government House": a visit, whatever
        # the parser makes of the name after it.
        return False
    if entry.person_after is not None and not (
        _person_after(token, entry.person_after) or _on_the_phone_with(token, entry.person_after)
    ):
        return False
    if (
        entry.person_after == "from"
        and token.pos_ == "NOUN"
        and not (token.dep_ == "dobj" and token.head.lemma_ in _TAKING_A_CALL)
    ):
        # "took a congratulatory call from Donald Trump"; not "a call from Zelensky for more
        # air defence", an appeal.
        return False
    if entry.journey_purpose and not _purpose_of_a_journey(token):
        return False
    if entry.requires_with and not _with_someone(token):
        return False
    if token.lemma_ == "be" and not _in_a_town_with_someone(token):
        return False
    if entry.numbered and not any(
        c.ent_type_ == "ORDINAL" and c.dep_ in ("amod", "nummod", "compound")
        for c in token.children
    ):
        return False
    if entry.requires_context and not lowered & set(entry.requires_context):
        return False
    if token.lemma_ == "contact" and (
        token.tag_ == "NNS" or (token.dep_ == "pobj" and token.head.lower_ in ("in", "into"))
    ):
        # "has been in regular telephone contact with his peers": a state, not a call; "his
        # contacts with Witkoff": many, told in passing.
        return False
    if entry.requires_partners and not _has_partners(token):
        return False
    if entry.needs_object and not any(c.dep_ in ("dobj", "pobj") for c in token.children):
        return False
    if entry.type == EventType.SUPPORT and _welcomes_guests(token):
        # "the Crown Prince welcomed the leaders to the Kingdom": a host greeting guests, not
        # a statement of support.
        return False
    if entry.intransitive and any(
        c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children
    ):
        return False
    # "pledged its support for", "committed their backing": a statement of support, which the
    # noun "support" already reports, not an agreement.
    return not (
        entry.type == EventType.AGREE
        and any(c.dep_ == "dobj" and c.lemma_ in _SUPPORT_NOUNS for c in token.children)
    )


# Who comes to be welcomed as a guest, named in the plural ("welcomed the delegations").
_GUEST_NOUNS = frozenset(
    {"leader", "delegation", "guest", "participant", "visitor", "minister", "president",
     "counterpart", "head", "dignitary", "delegate"}
)  # fmt: skip


def _welcomes_guests(token: Token) -> bool:
    """ "welcomed the leaders to the Kingdom", "welcomed the delegations": the welcome of
    people in the plural (not "welcomed the leaders' decision", whose object is the
    decision)."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return (
        token.lemma_ == "welcome"
        and bool(objects)
        and all(
            (o.tag_ in ("NNS", "NNPS") and o.lemma_.lower() in _GUEST_NOUNS)
            # "cordially welcomed the distinguished guest": one guest greeted.
            or o.lemma_.lower() in _GUESTS_AS_SUCH
            for o in objects
        )
    )


# Nouns that name someone only as a guest, one or many.
_GUESTS_AS_SUCH = frozenset({"guest", "visitor", "dignitary"})


# Verbs of answering a call someone else made.
_TAKING_A_CALL = frozenset({"take", "receive", "get", "answer", "accept", "return"})


def _by_phone(verb: Token) -> bool:
    """ "discussed by phone", "discussed trade over the phone" (the parser may hang the phrase
    on the object)."""
    words = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]
    return any(
        c.dep_ in ("prep", "agent")
        and c.lower_ in ("by", "over")
        and any(o.dep_ == "pobj" and o.lower_ in ("phone", "telephone") for o in c.children)
        for c in words
    )


# Officials nobody names, who travel on missions rather than to meetings.
_UNNAMED_OFFICIALS = frozenset(
    {"official", "diplomat", "lawmaker", "executive", "businessman", "businesspeople", "envoy"}
)


def _visited_by_unnamed_officials(visit: Token) -> bool:
    """ "Canadian officials have visited Mexico": a plural of officials with no name, article
    or owner as the visitors."""
    return any(
        c.dep_ == "nsubj"
        and c.tag_ == "NNS"
        and c.lemma_.lower() in _UNNAMED_OFFICIALS
        and not any(g.dep_ in ("det", "poss") or g.ent_type_ == "PERSON" for g in c.children)
        for c in visit.children
    )


def _called_back_somewhere(call: Token) -> bool:
    """ "called back to Washington": summoned to a place (not "called back to Macron")."""
    backs = [
        c for c in call.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "home")
    ]
    return bool(backs) and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for o in c.children)
        for word in [call, *backs]
        for c in word.children
    )


def _names_what(call: Token) -> bool:
    """ "called Museveni unreasonable", "has called his counterpart 'a corrupt communist'":
    naming someone, not phoning them (the parser may hang the quoted name on the person)."""
    if any(
        c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN", "ADJ")
        for c in call.children
    ):
        return True
    return any(
        a.dep_ == "appos" and a.i > 0 and a.doc[a.left_edge.i - 1].text in ('"', "“", "'", "‘")
        for c in call.children
        if c.dep_ == "dobj"
        for a in c.children
    )


def _has_partners(token: Token) -> bool:
    """ "Trudeau and Trump spoke": a conversation between two people, unlike "spoke at the
    rally". ("Spoke with" alone is too often "spoke with reporters", or a post about a call
    the report gives in its own words elsewhere.)"""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            names = sum(1 for t in child.subtree if t.ent_type_ == "PERSON" and t.ent_iob_ == "B")
            if any(c.dep_ == "conj" for c in child.children):
                # "he and President Prabowo witnessed the signing": a pronoun and a name.
                names += sum(1 for t in child.subtree if t.lower_ in ("he", "she"))
            if names >= 2 or _counted_group(child):
                return True
            if child.text == "I" and _with_a_person(token):
                # "This morning I spoke with President Donald Trump": a leader's own account.
                return True
            if (child.ent_type_ == "PERSON" or child.lower_ in ("he", "she")) and _with_a_person(
                token
            ):
                # "Ishiba spoke with US President Joe Biden": one named person to another;
                # "Minutes later she spoke with Biden": the person the report is about.
                return True
    if (
        token.dep_ == "conj"
        and token.head.lemma_ == "meet"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    ):
        # "they first met in Brussels and talked again at the G20 Summit": the same two, who
        # met.
        return True
    # "A led the Bangladesh delegation, while the Pakistan delegation was led by B": one head
    # per clause.
    return bool(other_heads(token))


def _greeted_on_arrival(token: Token) -> bool:
    """ "was received at the airport by the Head of Government", "was met at the airport by
    Prime Minister Smailov": a welcome on landing, not talks."""
    met = token.lemma_ == "meet" and any(c.dep_ == "auxpass" for c in token.children)
    if (
        token.lemma_ in ("welcome", "greet")
        and any(c.dep_ == "auxpass" for c in token.children)
        and any(c.lower_ == "where" for c in token.children)
        and any(a.lemma_ == "arrive" for a in token.ancestors)
    ):
        # "Herzog arrived in the San Damaso courtyard, where he was welcomed by the Regent of
        # the Papal Household": the welcome on arrival.
        return True
    return (token.lemma_ in ("receive", "welcome", "greet") or met) and any(
        t.lower_ in _LANDING_PLACES
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")
        for t in c.subtree
    )


_LANDING_PLACES = frozenset({"airport", "airfield", "airbase", "tarmac", "runway"})


def _counted_group(subject: Token) -> bool:
    """ "the two presidents spoke for two hours", "both leaders spoke": people counted as a
    pair or more."""
    return subject.tag_ == "NNS" and any(
        c.lower_ in ("two", "both", "three") and c.dep_ in ("nummod", "det", "predet")
        for c in subject.children
    )


def _with_a_person(token: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(t.ent_type_ == "PERSON" for t in c.subtree)
        for c in token.children
    )


def other_heads(token: Token) -> list[Token]:
    """ "A led the X delegation, while the Y delegation was led by B": the "by B" phrases of
    the sentence's other leading verbs."""
    if token.lemma_ not in ("lead", "head"):
        return []
    heads = [
        c
        for other in token.sent
        if other.i != token.i and other.lemma_ in ("lead", "head")
        for c in other.children
        if c.dep_ == "agent"
    ]
    # "A led the Philippine delegation, while B headed the Chinese side": the subject of
    # another side's leading verb.
    heads += [
        c
        for other in token.sent
        if other.i != token.i
        and other.lemma_ in ("lead", "head")
        and any(o.dep_ == "dobj" and o.lemma_ in _SIDES for o in other.children)
        and any(o.dep_ == "dobj" and o.lemma_ in _SIDES for o in token.children)
        for c in other.children
        if c.dep_ == "nsubj"
    ]
    # "The Turkmen delegation was headed by A, and the Azerbaijani delegation by B": the verb
    # left out of the second clause.
    heads += [
        c
        for clause in token.children
        if clause.dep_ == "conj" and clause.lemma_ in _SIDES
        for c in clause.children
        if c.dep_ == "prep" and c.lower_ == "by"
    ]
    return heads


_SIDES = frozenset({"delegation", "side"})


# What a mediator may be said to mediate that is itself a meeting.
_MEDIATED_MEETINGS = frozenset(
    {"talk", "talks", "round", "meeting", "negotiation", "negotiations", "dialogue", "session",
     "consultation", "consultations", "summit", "contact", "contacts"}
)  # fmt: skip


_TRIPS = frozenset({"visit", "trip", "tour"})


# Verbs whose that-clause in the bare verb form ("insisted that they meet") asks for it.
_DEMANDING = frozenset(
    {"insist", "demand", "propose", "suggest", "urge", "ask", "request", "recommend", "require"}
)


def _asked_for_in_the_subjunctive(token: Token) -> bool:
    """ "insisted that the Europeans meet him": a bare verb with its own subject and no
    auxiliary, in a that-clause of a verb of demanding (a present form after a past one is
    the same bare verb: reported speech would have "met")."""
    return bool(
        (token.tag_ == "VB" or (token.tag_ == "VBP" and token.head.tag_ == "VBD"))
        and token.dep_ == "ccomp"
        and token.head.lemma_ in _DEMANDING
        and any(c.dep_ == "nsubj" for c in token.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )


def _is_infinitive(token: Token) -> bool:
    """A verb in the infinitive with "to" ("to sign")."""
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _first_of_the_infinitives(token: Token) -> Token | None:
    """The infinitive an infinitive the parser makes a conjunct of a finite verb continues
    ("due to fly ..., and to sign"), if one stands between them."""
    head = token.head
    if token.dep_ != "conj" or not _is_infinitive(token) or head.tag_ == "VB":
        return None
    earlier = [t for t in head.subtree if head.i < t.i < token.i and _is_infinitive(t)]
    return earlier[0] if earlier else None


def _told_as_held(token: Token) -> bool:
    """A meeting noun with a past participle of holding on it, set in no time to come, in a
    sentence that tells of the past ("agreed ... at a meeting held in Marrakech on Saturday";
    not "a meeting to be held", nor "The summit, held under the motto ..., will focus on")."""
    root = token.sent.root
    if root.tag_ != "VBD":
        return False
    return token.pos_ == "NOUN" and any(
        c.dep_ == "acl"
        and c.tag_ == "VBN"
        and c.lemma_ in ("hold", "convene")
        and not any(g.dep_ in ("aux", "auxpass") for g in c.children)
        and not any(g.lower_ in _TIMES_TO_COME for g in c.subtree)
        for c in token.children
    )


_TIMES_TO_COME = frozenset({"next", "tomorrow", "upcoming", "coming"})


def trigger_status(token: Token) -> Status:
    """occurred / planned / hypothetical / negated, from the words around the trigger."""
    first = _first_of_the_infinitives(token.head if token.dep_ == "dobj" else token)
    if first is not None:
        # "had been due to fly to Beijing on Sunday ..., and to sign more than 20 agreements":
        # the parser joins the second infinitive to the main verb; it is as the first is.
        return trigger_status(first)
    teller = _told_in_it(token)
    if teller is not None:
        # "had confirmed to Putin that he would come to Moscow ... in their telephone
        # conversation on 7 March": the parser hangs the conversation on what was said; it is
        # where the saying was done.
        return trigger_status(teller)
    if _asked_for_in_the_subjunctive(token):
        # "Haftar's camp insisted that the Europeans meet him together with ...": demanded.
        return Status.HYPOTHETICAL
    if token.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "mark" and c.lower_ in ("before", "until") for c in token.children
    ):
        # "the visit comes months before Lima hosts APEC leaders in November": what is yet to
        # happen, told in the present after "before".
        return Status.PLANNED
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ == "for"
        and token.head.head.lemma_ in ("set", "fix")
        and any(
            c.dep_ in ("nsubjpass", "dobj") and c.lemma_ == "date" for c in token.head.head.children
        )
    ):
        # "no date had yet been set for Mr. Modi's return visit": a visit whose date is being
        # set is yet to come (not "too early to talk about a date for a meeting", a wish).
        return Status.PLANNED
    if _after_a_past_meeting(token):
        return Status.OCCURRED
    if _told_as_held(token):
        # "agreed to boost cooperation at a ministerial coordination meeting held in Marrakech
        # on Saturday": a meeting told as held was held, whatever was agreed at it.
        return Status.OCCURRED
    if token.tag_ == "VBD" and _by_the_time(token):
        # "By the time Keller-Sutter and Parmelin sat down with Rubio on Tuesday, the outcome
        # was already clear: the tariff would take effect": a past clause timing another is
        # told as done, whatever the clause it times says was to come.
        return Status.OCCURRED
    if _first_since_in_a_past_report(token):
        # "agreed on Tuesday to appoint new high commissioners ..., in their first meeting
        # since Carney took office": the setting of what was agreed, not something agreed to.
        return Status.OCCURRED
    if token.dep_ == "xcomp" and token.head.lemma_ in ("mean", "suppose"):
        # "The two leaders were meant to meet at the G7", "were supposed to meet": arranged,
        # whether or not it came about (not "The visit was meant to strengthen ties", nor a
        # visit inside what a meeting was meant to do).
        return Status.PLANNED
    if any(_looks_forward(above) for above in list(token.ancestors)[:4]):
        # "looked forward to meeting Modi", "looked forward to India hosting the summit".
        return Status.HYPOTHETICAL
    node = token
    via: Token | None = None
    setting = trip_setting = False
    for step in range(7):
        status = _local_status(node, is_trigger=step == 0, via=via)
        prefix = _split_prefix(node)
        if status is None and prefix is not None:
            status = _local_status(prefix, is_trigger=False, via=node)
        if status is None and via is not None and _is_wanted(via, node):
            status = Status.HYPOTHETICAL
        if status == Status.NEGATED and (
            _circumstance_of_a_denial(node, via) or _contrasted_clause(node, via)
        ):
            status = None
        # ("hoped to sign it during a visit to Jakarta in January": a visit is no setting of
        # the hoping, and may still be ahead.)
        circumstance = _circumstance_of_a_denial(node, via)
        setting = setting or (circumstance and token.lemma_.lower() not in _TRIPS)
        trip_setting = trip_setting or circumstance
        if (
            status == Status.HYPOTHETICAL
            and _told_as_done(node)
            and (
                setting
                or (
                    # "urged African leaders to back his plan during a visit to Addis Ababa": others
                    # are to do what was urged, so the visit is the urger's, where he urged it.
                    trip_setting
                    and via is not None
                    and via.dep_ == "xcomp"
                    and any(c.dep_ == "dobj" for c in node.children)
                )
            )
        ):
            # "urged Nordic leaders to support his plan, at the third such summit": what was
            # urged is wished for; the summit where he urged it was held.
            status = None
        if status is not None:
            return status
        via = node
        if node.dep_ in (
            "xcomp",
            "dobj",
            "pobj",
            "pcomp",
            "prep",
            "ccomp",
            "acomp",
            "attr",
            "conj",
            "nsubj",
            "nsubjpass",
            # "is scheduled to travel to Tianjin ..., his first visit to China in seven
            # years": the comment on the clause shares its status.
            "npadvmod",
            # "A meeting between Mitsotakis and Erdogan planned for Tuesday has been
            # postponed": the parser makes the participle the verb of a clause that is the
            # subject of the main verb, which says what became of it.
            "csubj",
            "csubjpass",
        ) or (
            # "Luxon travels next to the NATO summit": the parser hangs the going on "next".
            node.dep_ == "advmod" and node.lower_ in _ONWARD and node.head.pos_ == "VERB"
        ):
            node = node.head
            if via.dep_ in ("xcomp", "attr") and _aimed_at(node):
                # "Erdogan said his goal was to bring together Putin and Zelensky", "The aim
                # is a meeting of the two presidents": wished for, not held.
                return Status.HYPOTHETICAL
            if _hearsay_says(node):
                # "Reports say the two ministers met last week": unconfirmed.
                return Status.HYPOTHETICAL
            if node.dep_ == "ROOT" and node.lemma_ in ("say", "tell", "note", "add", "state"):
                break
            if via.dep_ == "ccomp" and node.lemma_ in _POINTING_OUT:
                # "It is to be recalled that ... were received by President Isaias last
                # month", "I would like to point out that last week Wang Yi met Amorim": what
                # is recalled or pointed out happened, however the telling is put.
                break
            continue
        if is_purpose(node) or _timed_by_its_clause(node):
            # "will travel to Jakarta to meet Prabowo": what a trip is for shares its status;
            # "was scheduled to return home Saturday after the summit wraps up": so does a
            # clause in the present that times it.
            node = node.head
            continue
        if node.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            # "accepted an invitation to address the G7 summit": the noun the infinitive
            # belongs to says whether it is to come.
            via, node = node, node.head
            continue
        clause = _clause_before_the_comma(node)
        if clause is not None:
            # "Erdogan is due in Baghdad next week, his first visit in more than a decade": the
            # parser hangs the comment on the comma; it shares the status of the clause before.
            if _due_there(clause):
                return Status.PLANNED
            via, node = node, clause
            continue
        break
    return Status.OCCURRED


def _clause_before_the_comma(comma: Token) -> Token | None:
    """The verb of the clause a noun phrase after a comma comments on, when the parser hangs the
    phrase on the comma itself."""
    if comma.lower_ != "," or comma.i == 0:
        return None
    if not any(c.pos_ == "NOUN" and c.i > comma.i for c in comma.children):
        return None
    word = comma.doc[comma.i - 1]
    for above in [word, *word.ancestors]:
        if above.i >= comma.i:
            return None
        if above.pos_ in ("VERB", "AUX"):
            return above
    return None


_SCHEDULING_VERBS = frozenset({"plan", "schedule", "slate", "pencil"})
_PUT_OFF = _SCHEDULING_VERBS | {"postpone", "delay", "defer", "reschedule"}
_ARRANGING_VERBS = frozenset({"arrange", "coordinate", "organise", "organize", "plan", "prepare"})
_PROGRAMMES = frozenset({"schedule", "programme", "program", "agenda", "itinerary"})


def _in_the_present(verb: Token) -> bool:
    """ "is coordinating", "are preparing": a progressive in the present tense."""
    return any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re", "am") for c in verb.children
    )


# Verbs whose denial at a meeting denies taking part in it ("did not take part in the talks").
_TAKING_PART = frozenset(
    {"take", "participate", "join", "attend", "engage", "be", "appear", "show", "involve"}
)


def _told_as_done(verb: Token) -> bool:
    """ "urged", "has urged": told in the past or the present perfect."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )


def _circumstance_of_a_denial(node: Token, via: Token | None) -> bool:
    """ "did not raise tariffs at the meeting", "would never become the 51st state, in a first
    meeting at the White House": what was denied happened at the meeting, which was held."""
    return bool(
        via is not None
        and via.dep_ == "prep"
        and via.lower_ in ("at", "during", "in")
        and node.pos_ in ("VERB", "AUX")
        and node.lemma_.lower() not in _TAKING_PART
    )


def _contrasted_clause(node: Token, via: Token | None) -> bool:
    """ "did not attend, but he had been received by Lula on May 16": a clause of its own,
    set against the denied one by "but", is not denied with it."""
    return bool(
        via is not None
        and via.dep_ == "conj"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in via.children)
        and any(
            c.dep_ == "cc" and c.lower_ in ("but", "yet") and node.i < c.i < via.i
            for c in node.children
        )
    )


_READYING = frozenset(
    {"preparation", "prepare", "invite", "invitation", "plan", "arrangement", "expect"}
)
_CALLED_OFF = frozenset({"cancel", "scrap", "abandon"})
_HOLDING = frozenset({"hold", "host", "convene", "organise", "organize", "stage", "chair"})


def _about_to(word: Token) -> bool:
    """ "were about to open": what is about to happen has not happened yet."""
    return (
        word.lower_ == "about"
        and word.dep_ == "acomp"
        and any(c.dep_ == "xcomp" for c in word.children)
    )


def _held_later(clause: Token) -> bool:
    """A relative clause holding the meeting in the future: "that Tokyo will host"."""
    return bool(
        clause.dep_ == "relcl"
        and clause.lemma_ in _HOLDING
        and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "'ll", "shall")
            for c in clause.children
        )
    )


_AIMS = frozenset(
    {"goal", "aim", "hope", "wish", "dream", "ambition", "objective", "intention", "idea"}
)


def _aimed_at(copula: Token) -> bool:
    """ "his goal was ...", "the idea is ...": a copula whose subject is what someone aims at."""
    return copula.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _AIMS for c in copula.children
    )


def _by_the_time(verb: Token) -> bool:
    """Whether the verb heads a "by the time" clause ("By the time they sat down, ...")."""
    return any(
        c.dep_ in ("prep", "mark")
        and c.lower_ == "by"
        and any(g.lower_ == "time" for g in c.children)
        for c in verb.children
    )


def _denied_by_no(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) and not any(
        # "No fewer than twelve agreements were signed": a count, which denies nothing.
        c.dep_ == "nummod"
        for c in noun.children
    )


def _subject_denied_by_no(verb: Token) -> bool:
    """Whether the verb's one subject is denied by "no" ("No EU leader has visited ..."), not
    a label set off before the sentence ("No deal with Trump: Ishiba and Trump met ...")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        len(subjects) == 1
        and _denied_by_no(subjects[0])
        and not any(t.text == ":" for t in verb.doc[subjects[0].i : verb.i])
    )


def _hearsay_says(node: Token) -> bool:
    return bool(
        node.lemma_ in ("say", "suggest", "claim", "allege")
        and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _HEARSAY_NOUNS and c.tag_ == "NNS"
            for c in node.children
        )
    )


def _timed_by_its_clause(node: Token) -> bool:
    """ "after the summit wraps up", "once the talks end", "when the forum meets in Gyeongju":
    a clause in the present tense that times the one it hangs on, whose tense it follows."""
    return bool(
        node.dep_ == "advcl"
        and (
            node.tag_ in ("VBZ", "VBP")
            # "when Trump and Putin talk directly", tagged as the bare form.
            or (node.tag_ == "VB" and not any(c.dep_ == "aux" for c in node.children))
            # "would be made public once both sides agreed": the future in the past, told
            # in the past tense (not "would be his first trip since ..., when he held a
            # summit", a time gone by).
            or (
                node.tag_ == "VBD"
                and any(c.dep_ == "aux" and c.lower_ == "would" for c in node.head.children)
                and any(c.dep_ == "mark" and c.lower_ in ("once", "until") for c in node.children)
            )
        )
        and any(
            (c.dep_ == "mark" and c.lower_ in ("after", "before", "until", "once", "when"))
            # The parser hangs "when" on the verb as an adverb.
            or (c.dep_ == "advmod" and c.lower_ == "when" and c.i < node.i)
            for c in node.children
        )
    )


# Verbs of a journey made for what its purpose clause says (not "go": "is going to meet").
_JOURNEYS = frozenset({"fly", "come", "travel", "head", "return", "rush", "hurry"})


def _purpose_of_a_journey(token: Token) -> bool:
    """ "(Christodoulides flew on to Athens) to brief Mitsotakis": the infinitive of purpose of
    a verb of going."""
    return is_purpose(token) and token.head.lemma_ in _JOURNEYS


def is_purpose(node: Token) -> bool:
    """An infinitive clause of purpose: "(flew to Hanoi) to meet To Lam", which the parser may
    make the complement of a verb of going ("flew to Athens two days later to brief ...")."""
    return bool(
        (node.dep_ == "advcl" or (node.dep_ == "xcomp" and node.head.lemma_ in _JOURNEYS))
        and node.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    )


def _split_prefix(token: Token) -> Token | None:
    """ "will co-chair": the tokenizer splits off "co", and the parser hangs the verb's
    auxiliaries on it; the status is read from there."""
    i = token.i
    if i < 2 or token.doc[i - 1].text != "-" or token.doc[i - 2].lower_ != "co":
        return None
    prefix = token.doc[i - 2]
    return prefix if token.head.i in (prefix.i, i - 1) or prefix.head.i == i else None


def _local_status(node: Token, *, is_trigger: bool, via: Token | None = None) -> Status | None:
    children = list(node.children)
    if via is not None and via.dep_ == "nsubjpass" and node.lemma_ in _SCHEDULING_VERBS:
        # "The Sydney summit had been planned for May 24": arranged, whatever became of it.
        return Status.PLANNED
    if (
        via is not None
        and via.dep_ == "dobj"
        and node.lemma_ in _ARRANGING_VERBS
        and (node.tag_ in ("VBZ", "VBP") or (node.tag_ == "VBG" and _in_the_present(node)))
    ):
        # "The Ministry is also coordinating a defense ministerial meeting with Kihara": being
        # arranged, not yet held.
        return Status.PLANNED
    if (
        via is not None
        and via.dep_ == "dobj"
        and node.lemma_ in _ARRANGING_VERBS
        and node.tag_ == "VBG"
        and node.dep_ == "xcomp"
        and node.head.lemma_ in ("begin", "start")
    ):
        # "said he had begun arranging a meeting between Putin and Zelensky": only begun.
        return Status.PLANNED
    if (
        via is not None
        and via.dep_ == "dobj"
        and node.lemma_ in ("include", "feature", "foresee")
        and node.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in _PROGRAMMES for c in children)
    ):
        # "Their schedule, as announced by the presidential office, includes talks with
        # President Maia Sandu": what a programme holds is still to come.
        return Status.PLANNED
    if any(c.dep_ == "neg" for c in children):
        return Status.NEGATED
    if via is not None and node.lower_ == "without" and via.dep_ in ("pcomp", "pobj"):
        # "returned to Buenos Aires last night without meeting Boric", "two years without a
        # meeting": none was held.
        return Status.NEGATED
    if done_instead(node):
        return Status.NEGATED
    if (
        via is not None
        and via.lower_ == "from"
        and (
            node.lemma_ in ("refrain", "abstain")
            or (
                node.lower_ in ("back", "away", "off")
                and node.dep_ in ("advmod", "prt")
                and node.head.lemma_ in ("hold", "keep", "stay")
            )
            or (
                node.lemma_ in ("hold", "keep", "stay")
                and any(c.lower_ in ("back", "away", "off") and c.dep_ == "prt" for c in children)
            )
        )
    ):
        # "have so far held back from his consultations", "kept away from the talks",
        # "refrained from the talks": not taken part in.
        return Status.NEGATED
    if (
        not is_trigger
        and node.pos_ == "ADJ"
        and (
            node.lemma_ == "premature"
            or (node.lemma_ in ("early", "soon") and any(c.lower_ == "too" for c in children))
        )
    ):
        # "it was too early to talk about a date for a meeting of the two presidents",
        # "premature to speak of a summit": not arranged, let alone held.
        return Status.HYPOTHETICAL
    if (
        node.dep_ == "acl"
        and node.head.lemma_ in _OFFERED
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    ):
        # "the Holy See's availability to host direct negotiations", "his readiness to meet
        # Putin": offered, not held.
        return Status.HYPOTHETICAL
    if (
        is_trigger
        and node.pos_ == "NOUN"
        and node.dep_ == "nsubj"
        and node.head.lemma_ == "be"
        and any(
            c.dep_ == "acomp" and c.lower_ in ("possible", "likely", "unlikely", "probable")
            for c in node.head.children
        )
    ):
        # "where a new meeting with Putin is possible": not settled.
        return Status.HYPOTHETICAL
    if (
        not is_trigger
        and node.lemma_ == "expect"
        and node.tag_ == "VBN"
        and any(
            c.dep_ == "auxpass"
            and (
                c.lower_ in ("is", "are", "'s", "'re")
                # "Meetings with the presidents of Ecuador and Chile were still expected later
                # in the day": still to come when the report was written; not "The summit was
                # expected to produce a declaration", which tells what was hoped of it.
                or (c.lower_ in ("was", "were") and not any(x.dep_ == "xcomp" for x in children))
            )
            for c in children
        )
    ):
        # "A Turkey-U.S.-Ukraine meeting is expected in Istanbul on Friday", "Erdogan is
        # expected at the SCO summit in Tianjin": still to come.
        return Status.PLANNED
    if (
        is_trigger
        and node.lemma_ == "welcome"
        and node.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in children)
        # A person welcomed (not "China welcomes the agreement", a statement of support).
        and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in children)
    ):
        # "China welcomes Modi to China for the SCO summit", in a spokesman's words: the
        # visit is still to come.
        return Status.PLANNED
    if (
        not is_trigger
        and node.lemma_ in _ARRIVING_VERBS
        and node.tag_ in ("VBZ", "VBP")
        and any(
            (c.dep_ in ("advmod", "prt") or c.tag_ == "RP") and c.lower_ in _ONWARD
            for c in children
        )
    ):
        # "From Berlin he flies on to Paris ... before holding talks with Macron", "He then
        # travels to Tokyo to meet Ishiba": an itinerary told in the present, still ahead.
        return Status.PLANNED
    if (
        is_trigger
        and node.pos_ == "NOUN"
        and any(c.dep_ == "acl" and c.lemma_ in _PUT_OFF for c in children)
    ):
        # "A state visit by Tebboune, initially planned for May 2023 and then pushed back":
        # arranged or put off, not held.
        return Status.PLANNED
    if is_trigger and node.pos_ == "NOUN":
        if node.dep_ not in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("acl", "amod") and c.lemma_ in _CALLED_OFF and c.tag_ == "VBN"
            for c in children
        ):
            # "Blinken's visit to Beijing, cancelled at the last minute": not held. (Not "The
            # visit, cancelled in February, was held in June", which says more.)
            return Status.NEGATED
        if any(c.dep_ in ("amod", "acl") and c.lower_ == "due" for c in children):
            # "Blinken's trip to Beijing, due in early February": still to come when told.
            return Status.PLANNED
    if (
        is_trigger
        and node.pos_ in ("NOUN", "PROPN")
        and any(
            _held_later(c) or (c.dep_ == "relcl" and any(_about_to(g) for g in c.children))
            for c in children
        )
    ):
        # "the special summit ... that Tokyo will host in December", "the talks that will be
        # held in Doha next week", "to attend the 17th BRICS Summit, which will be held on
        # Sunday", "the direct talks that were about to open in Istanbul": the clause that
        # holds the meeting says it is to come.
        return Status.PLANNED
    if _about_to(node) and via is not None and via.dep_ == "xcomp":
        # "the two were about to meet": not yet.
        return Status.PLANNED
    if node.pos_ == "NOUN" and _denied_by_no(node):
        # "No meeting was held".
        return Status.NEGATED
    if is_trigger and any(c.dep_ == "dobj" and _denied_by_no(c) for c in children):
        # "held no bilateral talks".
        return Status.NEGATED
    if is_trigger and node.pos_ == "VERB" and _subject_denied_by_no(node):
        # "No date or venue for a meeting has been agreed": nothing was. "No EU head of
        # government has visited Tbilisi since the election": nobody did.
        return Status.NEGATED
    if node.lemma_ in _NEGATING_HEADS and not is_trigger and _is_cancel(node):
        return Status.NEGATED
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children):
        return Status.HYPOTHETICAL
    if (
        node.tag_ == "VB"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    ):
        # "still aiming for Biden and Xi to meet on the sidelines of APEC": wished for.
        return Status.HYPOTHETICAL
    if any(
        c.dep_ == "advcl"
        and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
        # (Not "as if to remind everyone who had been there first": the manner of it.)
        and not any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children)
        for c in children
    ):
        # "open to meeting Zelensky if their schedules allowed": on a condition.
        return Status.HYPOTHETICAL
    if (
        node.tag_ == "VBN"
        and node.dep_ in ("relcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in children)
        # (Not "he became the first foreign leader to be received by Aoun": one who was.)
        and not _the_first_to_whom_it_was_done(node.head)
    ):
        # "the subjects to be discussed at meetings of the Council": still to come.
        return Status.PLANNED
    if (
        is_trigger
        and node.pos_ == "NOUN"
        and any(
            c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.lemma_ in ("expect", "anticipate")
            # (Not "The visit, expected by many to be a formality, went well".)
            and not any(g.dep_ in ("xcomp", "agent", "ccomp") for g in c.children)
            for c in children
        )
    ):
        # "with a visit to Austria expected in late May": still to come.
        return Status.PLANNED
    for child in children:
        if child.dep_ in ("aux", "auxpass"):
            if child.lower_ in _PLANNED_AUX:
                return Status.PLANNED
            if child.lower_ in _HYPOTHETICAL_AUX and not _blessing(child):
                return Status.HYPOTHETICAL
        if child.dep_ in ("amod", "compound", "poss", "nmod", "det"):
            # "the upcoming Quad foreign ministers' meeting": the modifier may sit deeper.
            words = {t.lower_ for t in child.subtree}
            if words & _PLANNED_MODIFIERS:
                return Status.PLANNED
            if words & _HYPOTHETICAL_MODIFIERS:
                return Status.HYPOTHETICAL
    if any(_at_a_time_to_be_set(c) for c in children):
        # "a visit to China by the secretary of state at a suitable time": not yet fixed.
        return Status.PLANNED
    if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in children) and any(
        c.dep_ == "xcomp" for c in children
    ):
        # "A meeting between them has yet to be scheduled."
        return Status.PLANNED
    if (
        node.dep_ == "acl"
        and node.head.pos_ == "NOUN"
        and node.head.lemma_.lower() in _HEARSAY_NOUNS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
    ):
        # "There are reports that the two advisers met": unconfirmed.
        return Status.HYPOTHETICAL
    if node.dep_ == "pobj" and node.head.lower_ == "for":
        grand = node.head.head
        if grand.lemma_ in _DEPARTING_VERBS and grand.tag_ in ("VBZ", "VBP"):
            # "leaves for Colombo later on Friday for a state visit": not yet begun.
            return Status.PLANNED
        if (
            grand.lemma_ == "welcome"
            and grand.tag_ in ("VBZ", "VBP")
            and node.lemma_.lower() in _GATHERINGS
        ):
            # "China welcomes Modi to China for the Tianjin summit", a spokesman's words
            # before it: still to come.
            return Status.PLANNED
        if (
            (
                grand.lemma_ in _ARRIVING_VERBS
                # "who are in China for the 25th China-EU leaders' meeting", "the ministers, who
                # were in Tokyo for the Quad meeting" (not "Grlić Radman was in Ljubljana for the
                # third meeting of the ministers": a stay the report tells as over).
                or (
                    grand.lemma_ == "be"
                    and (grand.tag_ != "VBD" or grand.dep_ == "relcl")
                    and any(c.lower_ == "in" for c in grand.children)
                )
            )
            and node.lemma_.lower() in _GATHERINGS
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in children)
        ):
            # "Xi arrived in Lima on Thursday for the APEC meeting": what he came for, not
            # yet held.
            return Status.PLANNED
    if node.dep_ == "pobj" and node.head.lower_ in ("for", "at") and _due_there(node.head.head):
        # "is due in Kyiv on Thursday for talks with Zelenskiy", "is due at the NATO summit in
        # Washington": expected, not yet held.
        return Status.PLANNED
    if node.dep_ == "pobj" and node.head.lower_ == "from" and node.head.head.lower_ == "away":
        # "just over a week away from the G20 Summit".
        return Status.PLANNED
    if node.dep_ == "pobj" and node.head.lower_ in ("of", "for", "to"):
        grand = node.head.head
        # "ahead of the summit", "preparations for the visit", "invited him to the summit".
        if grand.lower_ in _AHEAD_WORDS or grand.lemma_ in _READYING:
            # "... plans for a meeting between Lavrov and Rubio".
            return Status.PLANNED
        if node.head.lower_ == "for" and any(
            c.dep_ == "dobj" and c.lemma_ in _READYING for c in grand.children
        ):
            # "had started arrangements for a meeting between Putin and Zelenskiy": the parser
            # hangs "for" on the verb beside them.
            return Status.PLANNED
        if grand.lemma_ in ("request", "proposal", "offer", "bid", "appeal", "idea", "prospect"):
            # "turned down a U.S. request for a meeting between Austin and Li": asked for,
            # not held; "float the idea of a three-way meeting": thought of.
            return Status.HYPOTHETICAL
    if is_trigger:
        # "agreed to hold talks": the agreeing happened; only what it governs is planned.
        return None
    lemma = node.lemma_.lower()
    if lemma in ("open", "willing", "ready") and via is not None and via.lower_ == "to":
        # "he was open to meeting Zelensky".
        return Status.HYPOTHETICAL
    if lemma in ("support", "back") and via is not None and via.lower_ == "in":
        # "supports China in hosting the SCO summit": backing what is to come.
        return Status.HYPOTHETICAL
    if (
        lemma in _PLANNED_HEADS
        and (
            _has_infinitive(node)
            # "had been invited by Xi to attend the summit": the parser may take what he was
            # invited to do for a purpose of the inviting.
            or (lemma == "invite" and via is not None and is_purpose(via))
        )
        and not _past_report(via)
        and not _stance_reported(via)
        # "The ECOWAS summit of 22 June confirmed that the bloc would negotiate": the
        # gathering that confirmed or decided was held; only what it settled is to come.
        and not (via is not None and via.dep_ == "nsubj" and lemma in _ACTS_OF_ITS_SUBJECT)
        # "In their talks, ..., the leaders agreed to hold a dialogue": the setting of the
        # agreeing was held; only what was agreed is to come.
        and not (
            via is not None
            and via.dep_ == "prep"
            and via.lower_ in _SETTINGS
            and lemma in _SETTLING_HEADS
        )
    ):
        return Status.PLANNED
    if lemma in _PLANNED_HEADS and via is not None and via.dep_ == "prep" and via.lower_ == "on":
        # "agreed on holding a second round of talks soon": settled on, not yet held.
        return Status.PLANNED
    if (
        lemma == "be"
        # "NATO ambassadors were to meet in Brussels on Wednesday": arranged, told from then.
        and node.tag_ in ("VBZ", "VBP", "VBD")
        and via is not None
        and via.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in via.children)
        # "His first trip was to see Albanese": what the trip was for, not an arrangement.
        and not any(c.dep_ == "nsubj" and c.lemma_ in _PURPOSE_NOUNS for c in node.children)
    ):
        # "On Saturday, Wang is to co-chair the annual dialogue": arranged, not yet held.
        return Status.PLANNED
    if lemma in _HYPOTHETICAL_HEADS and _has_infinitive(node):
        return Status.HYPOTHETICAL
    return None


# "want a summit", "propose talks", "called for a meeting": asked for, not held.
_WANTING_VERBS = frozenset(
    {"want", "wish", "seek", "propose", "suggest", "urge", "demand", "request", "favour",
     "favor", "push", "press", "hope", "call", "rally", "canvass", "solicit", "garner"}
)  # fmt: skip


# What someone is said to be ready for, which may never happen.
_OFFERED = frozenset(
    {"availability", "readiness", "willingness", "offer", "proposal", "desire", "wish",
     "ability", "openness", "eagerness", "preparedness", "disposition"}
)  # fmt: skip


_SAYING_VERBS = frozenset(
    {"confirm", "say", "tell", "assure", "promise", "inform", "pledge", "explain", "stress"}
)


def _told_in_it(token: Token) -> Token | None:
    """The verb of saying whose that-clause the parser hangs a conversation on."""
    preposition = token.head
    said = preposition.head
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and preposition.lower_ in ("in", "during")
        and said.dep_ == "ccomp"
        and said.pos_ in ("VERB", "AUX")
        and said.head.lemma_ in _SAYING_VERBS
        and said.head.pos_ == "VERB"
        # Only "their conversation" with the one told: "said they would brief the coalition
        # in a video call on Tuesday" tells where the briefing will be.
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children)
        and any(c.dep_ in ("prep", "dative", "dobj") for c in said.head.children)
    ):
        return said.head
    return None


def done_instead(node: Token) -> bool:
    """ "rather than travelling to the BRICS summit", "instead of flying to Kazan": what was
    not done."""
    if node.dep_ != "pcomp":
        return False
    preposition = node.head
    before = node.doc[preposition.i - 1].lower_ if preposition.i > 0 else ""
    return (preposition.lower_, before) in (("than", "rather"), ("of", "instead"))


def _due_there(head: Token) -> bool:
    """ "is due in Kyiv", "are due there": the arrival is expected."""
    if head.lower_ == "due":
        return True
    return head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ == "due" for c in head.children
    )


def _at_a_time_to_be_set(preposition: Token) -> bool:
    """ "at a mutually convenient time", "at a suitable time", "at an early date"."""
    return (
        preposition.dep_ == "prep"
        and preposition.lower_ == "at"
        and any(
            c.dep_ == "pobj"
            and c.lemma_ in ("time", "date")
            and bool({t.lower_ for t in c.subtree} & _UNSET_TIMES)
            for c in preposition.children
        )
    )


_UNSET_TIMES = frozenset({"convenient", "suitable", "appropriate", "early", "later", "opportune"})


def _the_first_to_whom_it_was_done(noun: Token) -> bool:
    """ "became the first foreign leader (to be received)", "was the last guest": said in
    the past of the one it was done to."""
    return (
        noun.dep_ == "attr"
        and noun.head.lemma_ in ("be", "become")
        and noun.head.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "amod" and c.lower_ in ("first", "last", "only") for c in noun.children)
    )


def _first_since_in_a_past_report(token: Token) -> bool:
    """ "their first meeting since ..." in a sentence told in the past tense."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in ("in", "at"):
        return False
    if not any(c.dep_ == "amod" and c.lower_ == "first" for c in token.children):
        return False
    # ("since Carney took office": the parser may hang the clause on the verb instead.)
    since = any(
        (c.dep_ == "prep" and c.lower_ == "since")
        or any(g.dep_ == "mark" and g.lower_ == "since" for g in c.children)
        for c in [*token.children, *(c for c in token.head.head.children if c.i > token.i)]
    )
    root = token.sent.root
    return (
        since
        and root.tag_ == "VBD"
        # ("agreed to meet again in their first summit since 2015": the meeting agreed to.)
        and token.head.head.lemma_ not in ("meet", "hold", "talk", "visit", "convene", "gather")
        and not any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in root.children)
    )


def _after_a_past_meeting(token: Token) -> bool:
    """ "agreed on Saturday to expand cooperation after talks between ...": what followed the
    talks is told in the past tense, so the talks were held, whatever the clause around them
    plans."""
    preposition = token.head
    # "after talks with ...", "after speaking by phone with ...".
    if token.dep_ not in ("pobj", "pcomp"):
        return False
    root = token.sent.root
    if preposition.lower_ in ("after", "following"):
        pass
    elif preposition.lower_ in ("in", "during", "at") and preposition.head.i == root.i:
        # "In talks with Iwaya, Cho agreed to ...": the talks are when the agreeing happened.
        pass
    elif (
        preposition.lower_ == "during"
        and token.lemma_.lower() not in ("visit", "trip", "tour")
        and not {t.lower_ for t in token.subtree} & _PLANNED_MODIFIERS
    ):
        # "agreed to relaunch relations during a phone call on Monday": the parser hangs the
        # call on what was agreed, but it is when the agreeing happened. ("agreed to sign it
        # during a visit to Paris" may still be ahead.)
        pass
    else:
        return False
    # "have agreed to restart dialogues ..., after talks at the Great Hall": the present
    # perfect tells a done thing as well.
    perfect = root.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in root.children
    )
    return bool((root.tag_ == "VBD" or perfect) and not any(c.dep_ == "neg" for c in root.children))


# Nouns whose "was to ..." tells what they were for.
_PURPOSE_NOUNS = frozenset(
    {"trip", "visit", "tour", "aim", "purpose", "goal", "plan", "idea", "task", "mission",
     "intention", "objective", "priority", "job", "point"}
)  # fmt: skip
# Nouns for what is said to have happened without being confirmed.
_HEARSAY_NOUNS = frozenset({"report", "rumour", "rumor", "speculation", "claim", "allegation"})
_DEPARTING_VERBS = frozenset({"leave", "depart", "travel", "fly", "head"})
_ARRIVING_VERBS = frozenset({"arrive", "travel", "fly", "come", "land", "head", "leave"})
_ONWARD = frozenset({"on", "then", "next", "later"})
_SETTINGS = frozenset({"in", "at", "during", "after", "following"})
# Heads whose act is done where it is told (unlike "expected" or "planned" there).
# ("Brazil will expand exports, Lula announced after talks with Ramaphosa": the announcing.)
_SETTLING_HEADS = frozenset(
    {"agree", "concur", "decide", "pledge", "promise", "commit", "announce"}
)
_GATHERINGS = frozenset({"summit", "meeting", "conference", "forum", "assembly", "session"})


def _looks_forward(token: Token) -> bool:
    return token.lemma_ == "look" and any(
        c.dep_ == "advmod" and c.lower_ == "forward" for c in token.children
    )


def is_habitual(token: Token) -> bool:
    """ "speak regularly by phone", "have met many times", "has been mediating between them":
    a habit or an ongoing effort, not an occasion."""
    if token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in token.children):
        return True
    if token.dep_ == "dobj" and is_habitual_verb(token.head):
        # "Bhutan and China have been holding boundary talks since 1984".
        return True
    if _told_as_a_habit(token):
        return True
    if (
        token.pos_ == "NOUN"
        and token.dep_ in ("nsubjpass", "dobj")
        and token.head.lemma_ in ("hold", "have", "convene")
        and _told_as_a_habit(token.head)
    ):
        # "The summit has been held every three years since 1997".
        return True
    # "has held several calls with Trump", "numerous meetings": many occasions, none told.
    nouns = [token] + [c for c in token.children if c.dep_ == "dobj"]
    if any(c.lower_ in _MANY for noun in nouns for c in noun.children if c.dep_ == "amod"):
        return True
    # "as well as regular meetings of the foreign ministers": a series, none told; not "are
    # holding their annual talks in Queenstown", the one of the series being held.
    return any(
        noun.tag_ == "NNS"
        and c.dep_ == "amod"
        and c.lower_ in _RECURRING
        and not (
            noun.dep_ == "dobj"
            and noun.head.lemma_ in ("hold", "have", "open", "begin", "start", "conclude")
            and any(o.dep_ == "poss" for o in noun.children)
        )
        for noun in nouns
        for c in noun.children
    )


def _counted_times(token: Token) -> bool:
    """ "has spoken with Trump more than a dozen times", "have met three times since January",
    "more times than anyone can count": occasions, none of them told (the parser may hang
    the count on the verb or on the person met)."""
    for times in token.subtree:
        if times.lower_ != "times" or times.dep_ not in ("npadvmod", "advmod", "dobj", "appos"):
            continue
        if times.dep_ == "appos" and times.head.head.head.i != token.i:
            continue
        path = []
        node = times
        while node.i != token.i and node.head.i != node.i:
            path.append(node)
            node = node.head
        if any(n.dep_ in ("relcl", "advcl", "ccomp", "acl", "xcomp", "conj") for n in path):
            # "He met Xi, who has visited Russia five times": another clause's count.
            continue
        words = {t.lower_ for t in times.subtree}
        if words & {"dozen", "dozens", "more", "hundreds"} or any(
            t.like_num and t.lower_ not in ("one", "1") for t in times.subtree
        ):
            return True
    return False


def _told_as_a_habit(token: Token) -> bool:
    """ "regularly", "many times", "every month", "every three years" on the word."""
    if token.pos_ in ("VERB", "AUX") and _counted_times(token):
        return True
    for child in token.children:
        if child.lower_ in _HABITUAL_ADVERBS:
            return True
        words = {t.lower_ for t in child.subtree}
        if child.dep_ in ("npadvmod", "advmod") and "times" in words and words & _MANY:
            return True

        if child.dep_ in ("npadvmod", "advmod") and words & {"every", "each"} and words & _UNITS:
            # "now speak by phone almost every month".
            return True
    return False


def is_habitual_verb(verb: Token) -> bool:
    """ "have been holding": a verb of an ongoing effort."""
    return bool(
        verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children)
    )


_MANY = frozenset({"many", "several", "numerous", "countless", "multiple", "dozens"})
_RECURRING = frozenset({"regular", "periodic", "frequent", "annual", "routine"})
_UNITS = frozenset(
    {"day", "week", "month", "year", "morning", "evening", "weekend", "days", "weeks", "months",
     "years"}
)  # fmt: skip
_HABITUAL_ADVERBS = frozenset(
    {"regularly", "frequently", "often", "routinely", "repeatedly", "periodically", "usually",
     "sometimes", "occasionally", "weekly", "monthly", "daily", "annually", "yearly"}
)  # fmt: skip


def _is_wanted(child: Token, node: Token) -> bool:
    if node.lemma_ == "search" and child.dep_ == "prep" and child.lower_ == "of":
        # "a swing through South America in search of ... political support for the trade
        # agreement": sought, not given.
        return True
    if (
        node.lemma_ == "wait"
        and child.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    ):
        # "is waiting for creditors, including China, to agree on relief": awaited.
        return True
    if node.lemma_.lower() not in _WANTING_VERBS or node.pos_ != "VERB":
        return False
    if child.dep_ == "dobj":
        return bool(node.lemma_.lower() not in ("call", "press", "push", "hope"))
    return bool(child.dep_ == "prep" and child.lower_ == "for")


def _past_report(via: Token | None) -> bool:
    """ "Erdogan held a phone call with Pezeshkian, his office announced": what is announced or
    confirmed in the past tense has happened; only "announced a visit" or "announced it
    would hold" is a plan. So is the perfect or the passive in the past ("Haftar was received
    by Putin on Thursday, the Kremlin confirmed", "had met")."""
    if via is None or via.dep_ != "ccomp":
        return False
    return via.tag_ == "VBD" or (
        via.tag_ == "VBN"
        and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had", "has", "have")
            for c in via.children
        )
    )


def _stance_reported(via: Token | None) -> bool:
    """ "The Government of Spain warmly welcomes the decision of Portugal ..., announced
    today": a stance told in the present is held now, whoever announced it."""
    return bool(
        via is not None
        and via.dep_ == "ccomp"
        and via.tag_ in ("VBZ", "VBP")
        and via.lemma_ in _STANCE_VERBS
        and not any(c.dep_ == "aux" for c in via.children)
    )


_STANCE_VERBS = frozenset(
    {"welcome", "support", "back", "praise", "appreciate", "endorse", "commend", "hail", "laud",
     "applaud", "value"}
)  # fmt: skip


def _has_infinitive(node: Token) -> bool:
    return any(
        c.dep_ in ("xcomp", "ccomp")
        # "an invitation to address the summit": a noun's infinitive.
        or (c.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
        for c in node.children
    )


def _is_cancel(node: Token) -> bool:
    if node.lemma_ == "call":
        return any(c.lower_ == "off" for c in node.children)
    if node.lemma_ == "rule":
        return any(c.lower_ == "out" for c in node.children)
    if node.lemma_ == "drop":
        # "The talks foreseen with Starmer were dropped", "dropped the meeting": not "the
        # minister dropped by the talks" or "dropped in on them".
        return any(c.dep_ in ("auxpass", "nsubjpass", "dobj") for c in node.children)
    return True


def _blessing(aux: Token) -> bool:
    """ "His Majesty King Mohammed VI, may God assist Him, held talks": a wish, which the
    parser may make the sentence's main verb, not a possibility."""
    after = aux.doc[aux.i + 1] if aux.i + 1 < len(aux.doc) else None
    return aux.lower_ == "may" and after is not None and after.lower_ in ("god", "allah")


def _a_process_begun_years_ago(noun: Token) -> bool:
    """ "concluding negotiations that began in 2016": a process of many rounds, told by the
    year it began, not one meeting."""
    return noun.lemma_.lower() in ("negotiation", "negotiations") and any(
        clause.dep_ in ("relcl", "acl")
        and clause.lemma_ in ("begin", "start", "launch", "open")
        and any(
            t.text.isdigit()
            and len(t.text) == 4
            and t.text[:2] in ("19", "20")
            and t.head.lower_ in ("in", "since")
            for t in clause.subtree
        )
        for clause in noun.children
    )


def noun_before_a_contact_clause(verb: Token) -> Token | None:
    """ "recalled the talks the two leaders held in Hanoi": the parser may read a relative
    clause with no "that" as a second object ("the two leaders") the verb describes; the
    noun set just before that object is what the clause is about."""
    subject = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or subject.i > verb.i:
        return None
    start = subject.left_edge.i
    if start == 0 or any(c.dep_ == "prep" for c in subject.children if c.i < verb.i):
        return None
    before = verb.doc[start - 1]
    if before.pos_ != "NOUN":
        return None
    if subject.dep_ == "appos" and subject.head.i == before.i:
        # ("recalled his visit and the talks the two leaders held": or in apposition to it.)
        return before
    if before.right_edge.i != before.i:
        return None
    # (Or the last of two objects.)
    owner = before.head.head if before.dep_ == "conj" else before.head
    return before if owner.i == subject.head.i else None


def _is_someone(noun: Token) -> bool:
    """A person or an office ("Prime Minister Prayut", "the President"), not a day."""
    return noun.ent_type_ not in ("DATE", "TIME") and (
        noun.ent_type_ == "PERSON" or noun.lower_ in _OFFICE_WORDS or noun.pos_ == "PROPN"
    )


def _person_object(child: Token) -> bool:
    """ "received Erdogan"; "received in Riyadh today the Minister of Foreign Affairs of Iran,
    His Excellency Dr. Abbas Araghchi", whose office the parser, after a place and a day, may
    take for a time."""
    if (
        child.dep_ in ("npadvmod", "dep")
        and child.ent_type_ == "PERSON"
        and child.i > child.head.i
        # (Not "called on the head of the Council, Mohamed al-Menfi", a call on him.)
        and child.head.lemma_ in ("receive", "welcome", "host")
        # (Not "received on Monday evening a telephone call from ..., Mr. Emmanuel Macron",
        # nor "was received ... in the presence of the President of the Commission, Dr Omar
        # Touray": one received is no guest's host.)
        and not any(c.dep_ in ("dobj", "auxpass") for c in child.head.children)
    ):
        # "received this afternoon at the presidential headquarters in Ramallah the President
        # of Cyprus, Nikos Christodoulides", "received at his office, in separate meetings,
        # Foreign Minister Ayman Safadi": the guest, set after the day and the venue, whose
        # name alone the parser may hang on the verb.
        return True
    if child.dep_ in ("npadvmod", "appos"):
        # ("received at Al-Yamamah Palace in Riyadh yesterday the U.S. Secretary of State":
        # or for an apposition of the verb.)
        return child.lower_ in _OFFICE_WORDS and _names_a_person(child)
    if child.dep_ == "prep" and (
        any(c.ent_type_ == "DATE" for c in child.children)
        # "received on Sunday UN Secretary-General António Guterres", the day taken for a
        # word of the guest's title.
        or (child.i + 1 < len(child.doc) and child.doc[child.i + 1].ent_type_ == "DATE")
    ):
        # "received on Thursday Jordanian Prime Minister Bisher Al-Khasawneh": the guest the
        # parser hangs on the day.
        return any(t.ent_type_ == "PERSON" and t.dep_ in ("pobj", "appos") for t in child.subtree)
    if child.dep_ == "prep" and any(
        a.dep_ == "appos" and a.i > place.i and a.lower_ in _OFFICE_WORDS and _names_a_person(a)
        for place in child.children
        # (At a venue the parser knows no name for too: "at the government palace".)
        if place.dep_ == "pobj"
        and (place.ent_type_ in ("FAC", "GPE", "LOC", "ORG") or child.lower_ == "at")
        for a in place.children
    ):
        # "welcomed today, at the Victoria Palace, the Prime Minister of the Republic of
        # Bulgaria, Nikolai Denkov": the guest set after the place, which the parser hangs on
        # it.
        return True
    return child.dep_ == "dobj" and (_names_a_person(child) or _each_other(child))


def _indefinite(noun: Token) -> bool:
    """ "a dialogue", "talks" with no determiner: a kind of thing, not one held."""
    determiners = [c for c in noun.children if c.dep_ in ("det", "poss")]
    return not determiners or all(d.lower_ in ("a", "an") for d in determiners)


def _each_other(noun: Token) -> bool:
    """ "The two last saw each other in Davos", "saw one another": the subjects, together."""
    return (noun.lower_ == "other" and any(c.lower_ == "each" for c in noun.children)) or (
        noun.lower_ == "another" and any(c.lower_ == "one" for c in noun.children)
    )


def _names_a_person(noun: Token) -> bool:
    """ "welcomed Erdogan", "welcomed his counterpart", "welcomed the President of Türkiye,
    Recep Tayyip Erdoğan": the object is someone, not a decision."""
    if noun.ent_type_ in ("PERSON", "NORP") or noun.lower_ in (
        "counterpart",
        "counterparts",
        "him",
        "her",
    ):
        # "where President Museveni received him on December 27", "received his German and
        # Polish counterparts".
        return True
    if noun.lower_ == "whom" and noun.head.dep_ == "relcl":
        # "Rama, whom Scholz had received in Berlin in March": whom the clause is about.
        return _names_a_person(noun.head.head)
    # A title with the name set off after it ("brought together the leaders of the member
    # states: Xi Jinping (China), ..."); not "a phone call from ..., Raisi".
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children):
        return (
            noun.pos_ == "PROPN"
            or (noun.tag_ == "NNS" and noun.lemma_.lower() in _PEOPLE_NOUNS)
            # "welcomed the new Polish prime minister, Donald Tusk, to the Elysée".
            or noun.lower_ in _OFFICE_WORDS
            # "received the president-elect of Uruguay, Yamandú Orsi".
            or _elect_of_an_office(noun)
            # "received Carney's predecessor, Justin Trudeau, at Sandringham".
            or noun.lower_ in ("predecessor", "successor")
        )
    if (noun.lower_ in _OFFICE_WORDS or _elect_of_an_office(noun)) and _of_a_country(noun):
        # "received the Turkish President", "welcomed the Prime Minister of Malaysia".
        return True
    if (
        noun.lower_ in _OFFICE_WORDS | _MONARCHS
        and noun.dep_ == "dobj"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and not any(c.dep_ in ("amod", "poss") for c in noun.children)
    ):
        # "Emperor Naruhito received the President at the Imperial Palace", "Xi will welcome
        # the King and Queen": the one the report is about, by the office written with a
        # capital.
        return True
    if noun.lemma_.lower() == "leader" and _of_a_country(noun, adjective=False):
        # "welcomed the leaders of Japan and South Korea to Camp David"; not "welcoming the
        # Chinese leader", which greets whoever the sentence has already named.
        return True
    if noun.pos_ != "PROPN":
        return False
    # "received Deputy Minister of Foreign Affairs of Turkmenistan Vepa Hajiyev": a title
    # whose phrase ends in a name, which the model may not know for one.
    words = [t for t in noun.subtree if not t.is_punct]
    return noun.lower_ in _OFFICE_WORDS and len(words) > 2 and _ends_in_a_name(words)


def _elect_of_an_office(noun: Token) -> bool:
    """ "the president-elect", "the Uruguayan prime minister-elect": the tokenizer splits off
    "elect", which heads the office it follows."""
    return bool(
        noun.lower_ == "elect"
        and noun.i >= 2
        and noun.doc[noun.i - 1].text == "-"
        and noun.doc[noun.i - 2].lower_ in _OFFICE_WORDS
    )


def _of_a_country(office: Token, *, adjective: bool = True) -> bool:
    """An office said to be a country's: "the Turkish President", "the U.S. Secretary of
    State" (unless not `adjective`), "the President of Kenya"."""
    return any(
        (adjective and c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP")
        or (adjective and c.dep_ == "compound" and c.ent_type_ == "GPE")
        or (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in c.children)
        )
        for c in office.children
    )


def _ends_in_a_name(words: list[Token]) -> bool:
    last, before = words[-1], words[-2]
    if last.ent_type_ == "PERSON":
        return True
    return (
        all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_ for t in (before, last))
        and last.lower_ not in _PORTFOLIOS
    )


_OFFICE_WORDS = frozenset(
    {"minister", "president", "secretary", "ambassador", "envoy", "chancellor", "premier"}
)
_PEOPLE_NOUNS = frozenset({"leader", "head", "minister", "president", "counterpart"})
# Monarchs a report calls by their title alone ("Xi will welcome the King and Queen").
_MONARCHS = frozenset({"king", "queen", "emperor", "empress", "sultan", "emir", "pope"})
# "Minister of Foreign Affairs", "Minister of Trade": the end of a title, not a name.
_PORTFOLIOS = PORTFOLIO_ENDS | {"trade"}
