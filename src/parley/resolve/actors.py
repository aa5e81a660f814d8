"""Resolve actor spans to people, countries and organisations, across one article.

The article keeps a register of the people it has named, so a later "Wang", "he" or "the
Chinese diplomat" resolves to the "Wang Yi" introduced earlier. The knowledge base adds canonical
names, countries and offices for well-known actors; anyone else is still kept, with the country
read off their title ("Kenyan Deputy Foreign Minister ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from parley.models import ActorRef, ActorSpan, Evidence
from parley.resolve.knowledge import NAMED_OFFICES, NATIONAL_OFFICES, ActorEntry, KnowledgeBase

_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’.-]*")
# A word as the names of the knowledge base split into words (by spaces).
_NAME_START = re.compile(r"(?<!\w)\w\S*?(?=\s|$)")
_INITIAL = re.compile(r"^[A-Z]\.$")
# "Ferdinand Marcos Junior": the generational suffix as written; the KB spells it "Jr.".
_SUFFIXES = {"junior": "Jr.", "jr": "Jr.", "jr.": "Jr.", "jnr": "Jr.", "jnr.": "Jr."}
_GENERIC_TITLE_HEADS = frozenset({"side", "delegation", "government", "leadership", "authorities"})
_NOT_THE_STATE = frozenset(
    {"business", "businesses", "businessmen", "businesspeople", "executives", "ceos", "investors",
     "entrepreneurs", "industrialists", "companies", "firms", "students", "journalists",
     "diaspora", "community", "communities", "opposition"}
)  # fmt: skip

# "The President of the Republic": a head of state named by the state's own usage.
_OF_THE_REPUBLIC = re.compile(r"(?:the\s+)?president\s+of\s+the\s+republic", re.IGNORECASE)
# A run of capitalised words, which may name a venue ("Élysée Palace", "Casa Rosada").
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:of\s+)?[A-ZÀ-Ý][\w'’-]*){0,3}")
# A royal style before a given name ("Prince Faisal", "Princess Reema").
_ROYAL_STYLE = re.compile(r"(?:crown\s+)?prince(?:ss)?\s+")
_HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "h.e.", "datuk", "dato", "dato'",
     "seri", "sri", "tan", "tun", "haji", "hajjah", "hajah", "utama", "setia", "paduka",
     "pehin", "awang", "dayang", "sheikh", "shaikh", "his", "her", "excellency", "majesty",
     "highness", "hon", "hon.", "honourable", "honorable", "ayatollah", "seyyed", "seyed", "sayyid",
     "sayed", "hojatoleslam", "shri", "smt", "shrimati", "gen", "gen.", "lt", "lt.", "col",
     "col.", "maj", "maj.", "brig", "brig.", "adm", "adm.", "archbishop", "cardinal", "bishop",
     "monsignor", "msgr", "msgr.", "mgr", "eminence", "reverend", "rev", "rev."}
)  # fmt: skip
# Malay names carry the father's pilgrim title inside them ("Mohamad Haji Hasan"), which the
# short form others write ("Mohamad Hasan") leaves out.
_INNER_HONORIFICS = frozenset({"haji", "hajjah", "hajah"})
# "the IAEA chief", "the NATO Secretary General": who heads the organisation just named.
_HEAD_OF_IT = re.compile(
    # "The European Commission President met Maia Sandu": a president of a body, too.
    r"\s*(?:['’]s\s+)?(?:chief|head|boss|secretary[- ]general|director[- ]general|"
    r"chairperson|president)\b",
    re.IGNORECASE,
)
# Before each "bin"/"ibn" of an Arabic name: "Mohammed | bin Salman | bin Abdulaziz Al Saud".
# "Prime Minister of Australia", "President of the Republic of Korea": an office line alone.
_OFFICE_BYLINE = re.compile(
    r"(?:The\s+)?(?P<office>Prime Minister|President|Chancellor|Premier|Foreign Minister)"
    r"\s+of\s+(?P<country>(?:the\s+)?[A-Z][\w' -]+)"
)
_NAME_LINKS = frozenset({"bin", "ibn", "bint", "binti"})
# Words that open a family name ("Lula da Silva", "Al Nahyan"): no name ends with one.
_SURNAME_PARTICLES = _NAME_LINKS | frozenset(
    {"al", "el", "da", "de", "di", "do", "dos", "das", "del", "van", "von", "le", "la", "abu"}
)
_NAME_LINK_SPLIT = re.compile(r"\s+(?=(?:bin|ibn|bint|binti)\s)", re.IGNORECASE)
# "his German counterpart": the rest of the phrase a possessive pronoun opens.
_COUNTERPART_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+counterparts?\b", re.IGNORECASE)
# "President of the Republic of Korea": an office, then the country that completes it.
_OFFICE_OF = re.compile(r"^(?:[\w-]+\s+)*?([\w-]+)\s+of\b", re.IGNORECASE)
# "The UN chief ...", "The IAEA's director general ...": a sentence opening with who heads a
# body.
_HEAD_DESCRIBED = re.compile(
    r"[Tt]he\s+(?P<body>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?i:" + _HEAD_OF_IT.pattern + ")"
)
# "The French leader", "The Indian prime minister" opening a sentence.
_NATIONAL_DESCRIBED = re.compile(
    r"[Tt]he\s+(?P<nation>[A-Z][\w-]+)\s+(?P<office>(?i:leader|president|prime\s+minister|"
    r"premier|chancellor|foreign\s+minister|head\s+of\s+state|diplomat))\b"
)
_SHE = frozenset({"she", "her", "hers", "herself"})
_HE = frozenset({"he", "him", "his", "himself"})


def _may_be(pronoun: str, person: KnownPerson) -> bool:
    """Whether `pronoun` may stand for `person`: "she" not for a man the knowledge base
    lists, "he" not for a woman."""
    word = pronoun.strip().lower()
    if person.pronoun is None or word not in _SHE | _HE:
        return True
    return person.pronoun == ("she" if word in _SHE else "he")


# "him", and "her" as an object ("called her a champion", not "her visit").
_PRONOUN_AS_OBJECT = re.compile(
    r"\b(him|her)\b(?=\s+(?:a|an|the|to|in|at|on|as|for|with|into)\b|\s*[,.;])"
)


# A pronoun before any name in a sentence points back to an earlier sentence's person.
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)


# "the Secretary-General", "the UN Secretary-General", "the U.N. secretary-general".
_UN_CHIEF = re.compile(
    r"(?i:the\s+)?(?:(?:U\.?N\.?|United\s+Nations)\s+)?(?i:secretary[- ]general)"
)
_UN_CHIEF_TITLE = re.compile(
    r"(?i:Secretary-General of the United Nations"
    r"|(?:UN|U\.N\.|United Nations) Secretary[- ]General)"
)
# A sentence that names the body: "at United Nations Headquarters", "the UN", "U.N.".
_NAMES_THE_UN = re.compile(r"\b(?:United Nations|UN|U\.N\.)(?=\W)")


@dataclass
class KnownPerson:
    """A person the article has named, with every way it has referred to them."""

    name: str
    country: str | None
    office: str | None
    kb_id: str | None
    surnames: set[str] = field(default_factory=set)
    # Introduced as a past holder ("then Chinese Premier Li Keqiang"): a later bare surname
    # that another person named in the article shares is rather theirs.
    past: bool = False
    # "he" or "she" for a person the knowledge base lists; unknown for anyone else.
    pronoun: str | None = None


class KnownNameScanner:
    """Finds the knowledge base's full names in any sentence.

    One alternation of every name was tried at every position of every sentence, a good
    third of the ingest; now a word that starts some name is looked up first,
    and only the names starting with it are tried there (longest first, as before).

    A name's pattern is compiled the first time its first word is seen: compiling all of
    them took about a second of every process's start, and most first words never occur.
    """

    def __init__(self, kb: KnowledgeBase) -> None:
        names = sorted(
            {
                name
                for name, actor in kb.actor_name_terms()
                if actor.kind == "person" and " " in name
            },
            key=len,
            reverse=True,
        )
        # Between the words of a name, the father's pilgrim title a Malay name may carry.
        titles = "|".join(sorted(t.capitalize() for t in _INNER_HONORIFICS))
        self._inner = rf"(?:\s+(?:{titles}))?\s+"
        self._names_by_first: dict[str, list[list[str]]] = {}
        for name in names:
            words = name.split()
            self._names_by_first.setdefault(words[0], []).append(words)
        self._by_first: dict[str, list[re.Pattern[str]]] = {}

    def find(self, text: str) -> list[str]:
        return [match.group() for match in self.finditer(text)]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        end = 0
        for word in _NAME_START.finditer(text):
            if word.start() < end:
                continue
            for pattern in self._patterns(word.group()):
                match = pattern.match(text, word.start())
                if match is not None:
                    end = match.end()
                    yield match
                    break

    def _patterns(self, first: str) -> Sequence[re.Pattern[str]]:
        """The patterns of the names starting with `first`, longest name first."""
        patterns = self._by_first.get(first)
        if patterns is None:
            names = self._names_by_first.get(first)
            if names is None:
                return ()
            patterns = [re.compile(self._inner.join(map(re.escape, w)) + r"\b") for w in names]
            self._by_first[first] = patterns
        return patterns


_GLUED_INITIALS = re.compile(r"^(?:[A-Z]\.)+")
# Lower-case words a byline's title may hold ("Minister of Foreign Affairs and Trade").
_BYLINE_JOINERS = frozenset({"of", "the", "and", "for"})


# A sentence that only says who else was there.
_ONLY_PRESENT = re.compile(r"\b(?:were|was)\s+(?:also\s+)?(?:present|in attendance)\s*[.;]?$")
# "Upon his arrival in Muscat, Araghchi met ...": a possessive in an opening phrase that
# looks ahead to the subject named right after its comma.
_OPENING_POSSESSIVE = re.compile(
    r"^(?:(?:upon|on|after|before|during|following)\s+(?:his|her)\b[^,]*"
    # "His predecessor, Dorin Recean, also chose Bucharest": the person the opening phrase
    # stands in apposition to is the subject.
    r"|(?:his|her)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+),\s*(?:[\w.'’-]+\s+){0,4}$"
)
# "The invitation was handed to him by Blinken": the person in focus, told as an object.
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her)\b", re.IGNORECASE)
# "This was the first such meeting since Secretary Blinken met Lavrov in 2022": people named
# only in a clause that counts from an earlier time.
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w.'’-]+\s+){0,4}$")
# "The visit began in Baghdad at the invitation of Prime Minister Sudani, with whom Pezeshkian
# held talks": whoever invited is the host, not the one the report follows.
_INVITER = re.compile(r"\binvitation\s+(?:of|from)\s+(?:[\w.'’-]+\s+){0,5}$")
# "After seeing Xi on Tuesday, he met Georgieva": whom an opening participle names is the
# object of the subject's doing, and "he" is still the person of the sentences before.
_OPENING_PARTICIPLE = re.compile(
    r"^(?:after|before|since|while|upon|on|following|besides|having)\s+(?:also\s+)?\w+ing\b"
    r"[^,;]*,\s*(?:he|she)\b",
    re.IGNORECASE,
)


# "On April 26, during the funeral of Pope Francis, he held a conversation with Trump": whose
# funeral or inauguration the opening phrase names is not "he".
# "A week after hosting Li,", "Before meeting Xi on Tuesday,": a participle's clause opening
# the sentence, up to its comma.
_OPENING_PARTICIPLE_CLAUSE = re.compile(
    r"^(?:\w+\s+(?:days?|weeks?|months?)\s+)?"
    r"(?:after|before|while|upon|following|having)\s+(?:also\s+)?\w+ing\b[^,;]*,",
    re.IGNORECASE,
)
_OPENING_CEREMONY_OF = re.compile(
    r"^(?:[^,;]*,\s*)?(?:during|at|after|before|following|for)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:funeral|burial|memorial|inauguration|coronation|enthronement|installation|wedding|"
    r"death)\s+of\s+[^,;]*,\s*(?:he|she)\b",
    re.IGNORECASE,
)


class ArticleActors:
    """Per-article register of people, for surnames, pronouns and descriptions."""

    def __init__(self, kb: KnowledgeBase, when: date | None) -> None:
        self.kb = kb
        self.when = when
        # The country whose government issued the release, when an office line opens it: a
        # bare office with no one named in it is that country's.
        self.home: str | None = None
        # The countries the article names, in order (set by the resolver for each article).
        self.countries_in_article: Callable[[], Sequence[str]] = tuple
        self.people: list[KnownPerson] = []
        self.last_person: KnownPerson | None = None
        # The first person the current sentence names: the likeliest "he" in it.
        self.focus: KnownPerson | None = None
        # The focus as it stood before the sentence last noted: whom the report follows.
        self.focus_before: KnownPerson | None = None
        # People by recency of mention, most recent last.
        self.recent: list[KnownPerson] = []
        # Who a statement in the first person is by, from its byline.
        self.author: KnownPerson | None = None
        # The last person named after each form of address ("his highness" -> the foreign
        # minister a Saudi release introduced as "His Highness Prince Faisal bin Farhan").
        self.addressed: dict[str, KnownPerson] = {}
        # The people the sentence last noted names for the first time in the article.
        self.first_named: set[int] = set()
        # The full names the knowledge base knows anywhere in the article, read when first
        # needed: a headline may give only the family name of someone its body names in full.
        self.names_in_article: Callable[[], Sequence[str]] = tuple
        self._named_in_full: list[ActorEntry] | None = None
        # Whom each bare office ("the Secretary") was last taken to mean.
        self.bare_offices: dict[tuple[str, ...], KnownPerson] = {}
        # Whom each "him" or "her" was taken to mean, by where it stands in the article.
        self.object_pronouns: dict[int, tuple[str, KnownPerson]] = {}

    # ------------------------------------------------------------------ register

    def note_text(
        self,
        text: str,
        known_names: Sequence[str] = (),
        people: Sequence[ActorSpan] = (),
        aside: Sequence[ActorSpan] = (),
    ) -> None:
        """Register the people a sentence names (well-known names found in its text, and the
        person spans of its parse), and move the pronoun focus to the first person it names.
        People in `aside` are registered for what the article later calls them, and leave the
        focus where it was."""
        before = {id(p) for p in self.people}
        for name in map(_strip_honorific, known_names):
            if self._known(name) is None:
                self._register(name, None)
        quiet = {
            id(self._register(name, span.title))
            for span in aside
            if not _only_an_office(name := _strip_honorific(span.text))
            and not self._is_place_name(name)
            and self._known(name) is None
        }
        for span in people:
            name = _strip_honorific(span.text)
            if _only_honorifics(name) or _only_an_office(name) or self._is_place_name(name):
                continue
            known = self._known(name) or self._register(name, span.title)
            at = text.find(span.text)
            address = (
                _ADDRESS_BEFORE.search(text[: at + _name_offset(span.text)]) if at >= 0 else None
            )
            if address is not None:
                self.addressed[address.group("form").lower()] = known
        self.first_named = {id(p) for p in self.people} - before
        self._mark_past(text)
        self.focus_before = self.focus
        named: list[tuple[int, KnownPerson]] = []
        lowered = text.lower()
        described = self._head_described_first(text) or self._national_described_first(text)
        if described is not None:
            # "The UN chief arrived in Kyiv from Poland, where he had been received by Duda":
            # the subject, named by what they head, is who the sentence's pronouns are.
            self.focus = described
        for person in self.people:
            if id(person) in quiet:
                continue
            positions = [_find_word(lowered, f) for f in {person.name.lower(), *person.surnames}]
            found = [p for p in positions if p >= 0]
            if found:
                named.append((min(found), person))
        if not named:
            return
        named.sort(key=lambda pair: pair[0])
        # (Who is followed is read from those named as more than the inviter.)
        leading = [pair for pair in named if not _INVITER.search(lowered[: pair[0]])] or named
        clause = _OPENING_PARTICIPLE_CLAUSE.match(text)
        if clause is not None:
            # "A week after hosting Li, Luxon was in Tokyo": whom the opening participle names
            # is the object of the subject's doing; the subject after it is followed.
            leading = [pair for pair in leading if pair[0] >= clause.end()] or leading
        # The subject usually comes first: the earliest-named person takes the focus; everyone
        # named becomes recent in reading order, so a later "him" finds the last one named.
        # "He said ... his meeting with Sugiono": a pronoun ahead of every name is still the
        # person of the sentences before, so the focus stays.
        pronoun = _PERSONAL_PRONOUN.search(text)
        if pronoun is not None and _OPENING_POSSESSIVE.match(lowered[: named[0][0]]):
            pronoun = None
        set_aside = self.focus is not None and bool(
            _SINCE_CLAUSE.search(lowered[: named[0][0]])
            or _OPENING_PARTICIPLE.match(text)
            or _OPENING_CEREMONY_OF.match(text)
        )
        # "During the visit the Prime Minister was received by President Xi": the person in
        # focus, named by office ahead of every name, stays in focus.
        # ("A recap of the President's day: Marcos was received by Hegseth", after Trump was
        # in focus: the office's possessive is also that of the first person named, who is
        # followed.)
        ahead = lowered[: leading[0][0]]
        office = _bare_office_named(self.focus, ahead) if self.focus else None
        first = leading[0][1]
        by_office = office is not None and (
            first is self.focus
            or not _by_bare_office(first, office)
            # Only whose day or visit it is ("the President's day") is left to the first
            # person named ("The President arrived and was received by President Keita" is
            # still the one followed).
            or re.search(rf"\b{re.escape(office)}['’]s\b", ahead) is None
        )
        # "US Vice President Kamala Harris was received at State House and publicly called her a
        # champion": an object pronoun the sentence's only person cannot be stands for the one
        # followed before, who stays followed.
        object_pronoun = _PRONOUN_AS_OBJECT.search(lowered, leading[0][0])
        kept = (
            object_pronoun is not None
            and len(named) == 1
            and self.focus is not None
            and self.focus is not first
            and first.pronoun is not None
            and self.focus.pronoun == first.pronoun
            and _may_be(object_pronoun.group(1), first)
        )
        if (
            described is None
            and not by_office
            and not kept
            # "Jaishankar and Doval were present. He then received Musk": aides in attendance
            # leave the report on whom it follows.
            and not _ONLY_PRESENT.search(text)
            and not set_aside
            and (self.focus is None or pronoun is None or leading[0][0] < pronoun.start())
        ):
            self.focus = first
        for _, person in named:
            self._touch(person)

    def _mark_past(self, text: str) -> None:
        for person in self.people:
            for found in _words(text, person.name):
                if _PAST_TITLE.search(text[: found.start()]):
                    person.past = True

    def note_byline(self, text: str, known_names: Sequence[str]) -> None:
        """A line that is one known person's name and title, and nothing else, names the
        author of what follows ("Prime Minister Anthony Albanese")."""
        if self.author is not None or len(known_names) != 1:
            return
        rest = text.replace(known_names[0], " ")
        if not all(w[:1].isupper() or w in _BYLINE_JOINERS for w in _WORD.findall(rest)):
            return
        name = _strip_honorific(known_names[0])
        self.author = self._known(name) or self._register(name, None)

    def note_office_byline(self, text: str) -> None:
        """A line that is one country's office and nothing else ("Prime Minister of Australia"
        over a media release in the first person) names its holder on the article's day as the
        author."""
        if self.author is not None or self.when is None:
            return
        found = _OFFICE_BYLINE.fullmatch(text.strip())
        country = self.kb.country_by_name(found.group("country")) if found else None
        if found is None or country is None:
            return
        office = found.group("office").lower()
        holders = self.kb.holders_on(country.iso3, office, self.when)
        if len(holders) == 1:
            name = holders[0].name
            self.author = self._known(name) or self._register(name, None)

    def last_pair(
        self, named_later: str = "", rank: Callable[[str], bool] | None = None
    ) -> list[KnownPerson]:
        """The two people of known countries named last, when their countries differ; else
        none. (A place the model takes for a person has no country and is passed over.)
        People the sentence names for the first time in `named_later` (its rest) are not yet
        named ("the two leaders chaired a session attended by Foreign Ministers Baerbock and
        Séjourné"). With `rank`, not people whose office it refuses ("the two Prime
        Ministers")."""
        later = named_later.lower()
        named = [
            p
            for p in self.recent
            if p.country is not None
            and not (later and id(p) in self.first_named and _named_apart(p, later, self.recent))
        ]
        if rank is not None:
            # Two who are known to hold the office, before anyone whose office is not known
            # ("a meeting of the two presidents" after Putin, Trump and the aide Ushakov).
            holders = [p for p in named if p.office and rank(p.office)][-2:]
            if len(holders) == 2 and holders[0].country != holders[1].country:
                return holders
        # (Someone whose office is not known may hold it.)
        pair = [p for p in named if rank is None or not p.office or rank(p.office)][-2:]
        if len(pair) < 2 or pair[0].country == pair[1].country:
            return []
        return pair

    def pair_named_in(self, text: str) -> list[KnownPerson]:
        """The last pair (see `last_pair`) when `text` names both of them."""
        lowered = text.lower()
        pair = self.last_pair()
        named = [
            p
            for p in pair
            if _named_in(p, lowered) or self._by_given_name(p, lowered) or _by_office(p, lowered)
        ]
        if pair and len(named) == len(pair):
            return pair
        # "The invitation was handed to him by Blinken when the two met": the one the text
        # names and the person in focus it calls "him".
        present = [p for p in self.people if _named_in(p, lowered)]
        if (
            len(present) == 1
            and self.focus is not None
            and self.focus is not present[0]
            and _OBJECT_PRONOUN.search(text)
        ):
            return [self.focus, present[0]]
        return []

    def people_named_in(self, text: str) -> list[KnownPerson]:
        """Everyone `text` names, each once ("Macron, Merz, Starmer and Tusk stood together
        with Zelensky, where the five agreed": the five)."""
        lowered = text.lower()
        return [p for p in self.people if _named_apart(p, lowered, self.people)]

    def _by_given_name(self, person: KnownPerson, lowered: str) -> bool:
        """Whether `lowered` names the person by the given name alone ("Sir Keir")."""
        given = _given_name(person)
        return _find_word(lowered, given) >= 0 and self._known(given) is person

    def ref_to(self, person: KnownPerson, span: ActorSpan, evidence: Evidence) -> ActorRef:
        """A reference to `person` by a word that does not name them ("I")."""
        return self._ref(person, span, evidence, "coreference")

    def resolve(self, span: ActorSpan, evidence: Evidence) -> list[ActorRef]:
        """ActorRefs for one span: usually one, none when the span is not an actor."""
        if span.kind in ("person", "organization") and self.kb.names_a_mechanism(span.text):
            # "a meeting of the so-called Weimar Triangle", the format taken for a name: the
            # meeting's format, not a side.
            return []
        if span.kind == "person":
            person = self._person(span, evidence)
            return [person] if person else []
        if span.kind == "organization":
            return self._organization(span, evidence)
        if span.kind == "country":
            return self._country(span, evidence)
        if span.kind == "pronoun":
            return self._pronoun(span, evidence)
        if span.kind == "nominal":
            return self._nominal(span, evidence)
        if span.kind == "surname":
            # "B.Saidov": the initial glued to the surname.
            named = self._known(_GLUED_INITIALS.sub("", span.text))
            if named is None:
                # "His Highness then held talks": the one last named after that address.
                named = self.addressed.get(_address_at(evidence, span.end) or "")
            return [self._ref(named, span, evidence, "coreference")] if named else []
        if span.kind == "office" and span.title == "Pope":
            # "the Pontiff", "His Holiness", "the Holy Father" (the span finder's title).
            return self._pope(span, evidence)
        if span.kind == "office":
            office = _office_named(span.text) or ""
            if office in NATIONAL_OFFICES:
                # "External Affairs Minister also received ...": the one country's office on
                # the article's day, not a minister of another office the article named.
                listed = self._listed_holder(NATIONAL_OFFICES[office], office, span, evidence)
                if listed is not None:
                    return [listed]
            # "The President spoke in Juba after holding talks with President Salva Kiir": a
            # bare office is not whom the rest of its sentence goes on to name.
            after = evidence.sentence[max(0, span.end - evidence.start) :].lower()
            later = {
                p.name
                for p in self.recent
                if _named_apart(p, after, self.recent) and not _named_in(p, after[:4])
            }
            holder = (
                self._principal(span.text, later)
                if span.text[:1].isupper() and span.text.split()[0].lower() != "the"
                else None
            ) or self._office_holder(span.text, later)
            if (
                holder is None
                and _UN_CHIEF.fullmatch(span.text)
                and (
                    not span.text.lower().startswith("the secretary")
                    or _NAMES_THE_UN.search(evidence.sentence)
                )
            ):
                # "the Secretary-General hosted an informal dinner at United Nations
                # Headquarters", "the UN Secretary-General": the UN's, on the article's day.
                return self._un_chief(span, evidence)
            office_words = tuple(_office_words(span.text))
            if holder is not None and office_words:
                self.bare_offices[office_words] = holder
            if holder is None and self.home is not None:
                # "From: Prime Minister's Office, 10 Downing Street ... The Prime Minister met
                # President Trump at the White House today."
                return self._home_office(span, evidence)
            if holder is None and (sole := self._sole_holder(span, evidence)) is not None:
                # "The Chancellor has said ... when he met President Macron in Paris", in a
                # briefing that names Germany and Lithuania: of the countries the article
                # names, only one has a chancellor.
                return [sole]
            if holder is None and _OF_THE_REPUBLIC.fullmatch(span.text):
                # "The President of the Republic received Mr Joseph Aoun ... at the Élysée
                # Palace": the president of the country whose seat the sentence names.
                host = self._venue_country(evidence.sentence)
                found = (
                    self._holder(host, "president", span, evidence)
                    or self._listed_holder(host, "president", span, evidence)
                    if host is not None
                    else None
                )
                return [found] if found else []
            return [self._ref(holder, span, evidence, "coreference")] if holder else []
        return []

    def _sole_holder(self, span: ActorSpan, evidence: Evidence) -> ActorRef | None:
        """The holder of a bare office on the article's day, when only one of the countries
        the article names has that office at all."""
        office = _office_named(span.text)
        if office is None or self.when is None:
            return None
        if office in NATIONAL_OFFICES:
            return self._listed_holder(NATIONAL_OFFICES[office], office, span, evidence)
        countries = [
            iso3
            for iso3 in self.countries_in_article()
            if self.kb.holders_on(iso3, office, self.when)
        ]
        if len(countries) != 1:
            return None
        return self._listed_holder(countries[0], office, span, evidence)

    def _venue_country(self, sentence: str) -> str | None:
        """The country of the first known venue the sentence names ("the Élysée Palace")."""
        for phrase in _CAPITALISED_RUN.finditer(sentence):
            venue = self.kb.venue_city(phrase.group())
            if venue is not None:
                return venue[1]
        return None

    def _pope(self, span: ActorSpan, evidence: Evidence) -> list[ActorRef]:
        """ "the Pontiff", "His Holiness": the Pope the article has named, else the one the
        knowledge base lists on the article's day."""
        for person in reversed(self.recent):
            if person.name.startswith("Pope ") or "pope" in _office_words(person.office or ""):
                return [self._ref(person, span, evidence, "coreference")]
        holder = self._listed_holder("VAT", "pope", span, evidence)
        return [holder] if holder else []

    def _un_chief(self, span: ActorSpan, evidence: Evidence) -> list[ActorRef]:
        """The UN Secretary-General the article has named, else the one the knowledge base
        lists on the article's day."""
        for person in reversed(self.recent):
            if _UN_CHIEF_TITLE.fullmatch(person.office or ""):
                return [self._ref(person, span, evidence, "coreference")]
        if self.when is None:
            return []
        holders = self.kb.holders_of_title(_UN_CHIEF_TITLE, self.when)
        if len(holders) != 1:
            return []
        known = self._known(holders[0].name) or self._register(holders[0].name, None)
        return [self._ref(known, span, evidence, "office holder on the article's date")]

    def _home_office(self, span: ActorSpan, evidence: Evidence) -> list[ActorRef]:
        """The issuing country's holder of a bare office, as the article named or the
        knowledge base lists them on the article's day."""
        assert self.home is not None
        office = _office_named(span.text)
        if office is None:
            return []
        holder = self._holder(self.home, office, span, evidence) or self._listed_holder(
            self.home, office, span, evidence
        )
        return [holder] if holder else []

    def _person(self, span: ActorSpan, evidence: Evidence) -> ActorRef | None:
        text = _strip_honorific(span.text)
        if _only_honorifics(text) or _only_an_office(text):
            # "Datuk Seri" without the name that follows it is no one, nor is "Chairperson".
            return None
        # "His Highness Sheikh" is a form of address, not an office.
        title = span.title if span.title and not _only_honorifics(span.title) else None
        known = (self._surname_by_title(text, title) if title else None) or self._known(text)
        if known is None and self._is_place_name(text):
            return None
        if known is None:
            known = self._register(text, title)
        elif title and not known.office:
            known.office = _clean_title(title)
        self.last_person = known
        self._touch(known)
        office = _clean_title(title) if title else known.office
        return ActorRef(
            name=known.name,
            kind="person",
            country=known.country,
            office=office,
            kb_id=known.kb_id,
            surface=span.text,
            basis="knowledge-base" if known.kb_id else "name",
            evidence=evidence,
        )

    def _surname_by_title(self, text: str, title: str) -> KnownPerson | None:
        """ "received President Biden and First Lady Jill Biden": of two people sharing the
        surname, the one whose office the title names."""
        lowered = text.lower().strip()
        sharing = [p for p in reversed(self.people) if lowered in p.surnames]
        wanted = set(_own_words(_office_words(title))) - _HONORIFICS
        if len(sharing) < 2 or not wanted:
            return None
        fitting = [
            p
            for p in sharing
            if wanted <= set(_office_words(p.office or "")) | self._listed_office_words(p)
        ]
        return fitting[0] if len(fitting) == 1 else None

    def _organization(self, span: ActorSpan, evidence: Evidence) -> list[ActorRef]:
        # spaCy's small model often tags a bare surname as ORG: prefer a known person.
        known = self._known(span.text)
        if known is not None:
            self.last_person = known
            return [self._ref(known, span, evidence, "coreference")]
        entry = self.kb.actor_by_name(span.text)
        if entry is not None and entry.kind == "organization":
            after = evidence.sentence[max(0, span.end - evidence.start) :]
            if _HEAD_OF_IT.match(after):
                # "The IAEA chief held talks with Araghchi": the organisation's head the article
                # named, not the organisation.
                head = self._head_of(entry)
                if head is not None:
                    return [self._ref(head, span, evidence, "coreference")]
            return [
                ActorRef(
                    name=entry.name,
                    kind="organization",
                    kb_id=entry.id,
                    surface=span.text,
                    basis="knowledge-base",
                    evidence=evidence,
                )
            ]
        if entry is not None and entry.kind == "person":
            person = self._person(span.model_copy(update={"kind": "person"}), evidence)
            return [person] if person else []
        country = self.kb.country_by_name(span.text)
        if country is not None:
            return [self._country_ref(country.iso3, span, evidence)]
        return []

    def _country(self, span: ActorSpan, evidence: Evidence) -> list[ActorRef]:
        known = self._known(span.text)
        if known is not None:
            return [self._ref(known, span, evidence, "coreference")]
        country = self.kb.country_by_name(span.text)
        if country is not None:
            return [self._country_ref(country.iso3, span, evidence)]
        # A capital standing for its government ("Beijing supports ...", "Ankara's role");
        # capitals used as venues never reach here (extraction keeps them as places).
        iso3 = self.kb.country_of_place(span.text)
        if iso3 and self._is_capital(span.text, iso3):
            return [self._country_ref(iso3, span, evidence)]
        return []

    def _pronoun(self, span: ActorSpan, evidence: Evidence) -> list[ActorRef]:
        return self.resolve_pronoun(span, evidence, exclude=set())

    def resolve_pronoun(
        self, span: ActorSpan, evidence: Evidence, *, exclude: set[str]
    ) -> list[ActorRef]:
        """ "he" / "she": the person in focus, unless the sentence names that person itself
        ("he held talks with Putin" is not Putin meeting Putin)."""
        written = span.text.lower()
        if written not in ("him", "her"):
            return self._resolve_pronoun(span, evidence, exclude=exclude)
        earlier = [
            person
            for at, (pronoun, person) in sorted(self.object_pronouns.items())
            if evidence.start <= at < span.start and pronoun == written
        ]
        if earlier and _key(earlier[-1]) not in exclude:
            # "Čaputová received him in Bratislava, Duda hosted him in Warsaw days later, and
            # Steinmeier welcomed him in Berlin": "him" said again in the sentence is the same
            # person, not whoever the clause before named.
            return [self._ref(earlier[-1], span, evidence, "coreference")]
        found = self._resolve_pronoun(span, evidence, exclude=exclude)
        if len(found) == 1 and (person := self._person_of(found[0])) is not None:
            self.object_pronouns[span.start] = (written, person)
        return found

    def _person_of(self, ref: ActorRef) -> KnownPerson | None:
        return next((p for p in self.people if p.name == ref.name), None)

    def _resolve_pronoun(
        self, span: ActorSpan, evidence: Evidence, *, exclude: set[str]
    ) -> list[ActorRef]:
        if (
            self.focus is not None
            and _key(self.focus) in exclude
            and _COUNTERPART_AFTER.match(evidence.sentence[span.end - evidence.start :])
        ):
            # "Sikorski held talks with his German counterpart Baerbock": whose counterpart
            # is the focus itself, a party already, not whoever the article named before.
            return []
        told = evidence.sentence[: max(span.start - evidence.start, 0)]
        before = told.lower()
        if self.focus is not None and _key(self.focus) in exclude and _named_in(self.focus, before):
            # The sentence's first-named person is a party already: "him" is the latest person
            # named before it who is not ("Xi, who had received Putin in May, met him again"),
            # and nobody when all are ("Tusk's first trip, when Scholz received him").
            latest = self._last_named_outside(before, exclude, span.text)
            if latest is not None:
                return [self._ref(latest, span, evidence, "coreference")]
            if span.text.lower() not in ("him", "her") or any(
                p is not self.focus and _last_named_at(p, before) >= 0 for p in self.people
            ):
                return []
            # "Later, President Vo Van Thuong hosted him for a state lunch": the subject alone
            # is named before it, so "him" is who the sentences before were about.
            earlier = self.focus_before
            if earlier is not None and _key(earlier) not in exclude and _may_be(span.text, earlier):
                return [self._ref(earlier, span, evidence, "coreference")]
        if (
            span.text.lower() in ("him", "her")
            and self.focus is not None
            and _named_in(self.focus, before)
            and _in_a_clause_of_its_own(told)
            and (latest := self._last_named_outside(before, exclude, span.text)) is not None
        ):
            # "Premier Li held the meeting with Albanese, and Zhao Leji met with him
            # separately": an object pronoun in a clause with a subject of its own, joined to
            # one that named its subject, is the last person named before it who is not a
            # party of its own clause. (Not "..., where Scholz received him": the traveller.)
            return [self._ref(latest, span, evidence, "coreference")]
        candidates = [self.focus] if self.focus else []
        candidates += list(reversed(self.recent))
        for person in candidates:
            if person is None:
                continue
            if id(person) in self.first_named and not _named_in(person, before):
                # "She thanked Xiomara Castro ...": not someone the sentence first names after.
                continue
            if _key(person) not in exclude and _may_be(span.text, person):
                return [self._ref(person, span, evidence, "coreference")]
        return []

    def _last_named_outside(
        self, before: str, exclude: set[str], pronoun: str
    ) -> KnownPerson | None:
        """The person `before` (lower case) names last who is not one of `exclude` and whom
        `pronoun` may stand for."""
        named = [(p, _last_named_at(p, before)) for p in self.people]
        for person, _ in sorted(((p, at) for p, at in named if at >= 0), key=lambda pair: -pair[1]):
            if _key(person) not in exclude and _may_be(pronoun, person):
                return person
        return None

    def _nominal(self, span: ActorSpan, evidence: Evidence) -> list[ActorRef]:
        iso3 = self._country_in(span.text)
        words = {w.lower() for w in _WORD.findall(span.text)}
        if iso3 is None or words & _NOT_THE_STATE:
            # "met Turkish and German business representatives": people of a country who do
            # not speak for it.
            return []
        # ("The presidents of Argentina, Brazil and Paraguay": each country's, its office in
        # the title the span carries.)
        office = _OFFICE_OF.match(span.text)
        listed = _OFFICE_OF.match(span.title or "") if office is None else None
        if office is not None or listed is not None:
            # "the President of the Republic of Korea": that country's person the article has
            # named in that office, else the one who held it that day, else the country.
            title = (
                _named_office_before_of(span.text) or office.group(1).lower()
                if office is not None
                # The whole office: "foreign minister", not any minister.
                else (span.title or "").removesuffix(" of").lower()
            )
            holder = self._holder(iso3, title, span, evidence) or self._listed_holder(
                iso3, title, span, evidence
            )
            return [holder or self._country_ref(iso3, span, evidence)]
        plural = span.text.rstrip().endswith("s")
        named_office = _office_named(span.text)
        before = evidence.sentence[: max(0, span.start - evidence.start)]
        if named_office is not None and _INDEFINITE_BEFORE.search(before):
            # "the first meeting between a British prime minister and China's leader": any.
            return [self._country_ref(iso3, span, evidence)]
        if named_office is not None and not plural:
            # "the Spanish prime minister": the one the article named, else the one who held
            # the office on the article's day.
            holder = self._holder(iso3, named_office, span, evidence) or self._listed_holder(
                iso3, named_office, span, evidence
            )
            if holder is not None:
                return [holder]
        countries = self._countries_in(span.text)
        if any(w.startswith(("counterpart", "colleague")) for w in words):
            # "his Moroccan and Algerian counterparts": whoever held, in each of those
            # countries, the office the person in focus held.
            counterparts = self._counterparts(countries or [iso3], span, evidence)
            if counterparts:
                return counterparts
        after = evidence.sentence[max(0, span.end - evidence.start) :]
        if (
            plural
            and len(countries) > 1
            and span.text.lower().endswith("heads")
            and re.match(r"\s+of\s+(?:government|state)\b", after, re.IGNORECASE)
        ):
            # "the Swedish and Polish heads of government": of each country, the leader the
            # article has named.
            leaders = [
                next((p for p in reversed(self.people) if p.country == c and self._leader(p)), None)
                for c in countries
            ]
            # Else the one the knowledge base lists in the office on the article's day.
            listed_office = "prime minister" if "government" in after[:16].lower() else "president"
            return [
                self._ref(p, span, evidence, "coreference")
                if p is not None
                else self._listed_holder(c, listed_office, span, evidence)
                or self._country_ref(c, span, evidence)
                for p, c in zip(leaders, countries, strict=True)
            ]
        if plural and len(countries) > 1:
            # "Indian and American foreign ministers": both sides of the table; "the Iranian and
            # Turkish presidents": the presidents of each the article has named.
            head = re.sub(r"s$", "", span.text.split()[-1].lower())
            return [
                self._holder(c, head, span, evidence) or self._country_ref(c, span, evidence)
                for c in countries
            ]
        if not words & _GENERIC_TITLE_HEADS and "counterpart" not in words and not plural:
            # "the Chinese diplomat": the person of that country the article last named;
            # "the Iranian minister": the last one named in an office of that name, not the
            # President named since.
            own = [p for p in reversed(self.people) if p.country == iso3]
            head = _WORD.findall(span.text)[-1].lower()
            titled = [p for p in own if head in _office_words(p.office or "")]
            if head == "leader" and not titled:
                # "the Kenyan leader": of those named, who leads the country on the day, not
                # a predecessor named since; of two who lead ("the greetings of King Felipe
                # VI" in a report on Sánchez), the one the article named first, its subject.
                titled = [p for p in own if _leads(p.office or "")]
                titled.sort(key=self.people.index)
            if titled or own:
                return [self._ref((titled or own)[0], span, evidence, "coreference")]
        return [self._country_ref(iso3, span, evidence)]

    # ------------------------------------------------------------------ helpers

    def _office_holder(self, title: str, named_later: Collection[str] = ()) -> KnownPerson | None:
        """ "the Chief Adviser": the person last named with an office ending in that title's
        last word and sharing most of its words (not one of `named_later`)."""
        wanted = _office_words(title)
        if not wanted:
            return None
        if wanted[-1].endswith("-elect"):
            return self._elected(wanted[-1].removesuffix("-elect"), named_later)
        if wanted[-3:] == ["head", "of", "state"]:
            return self._head_of_state(title, named_later)
        if wanted == ["monarch"]:
            # "the monarch": the king, queen or emir named last; one the knowledge base lists
            # as reigning first ("King Felipe VI ... together with Queen Letizia ... the
            # monarch praised": not the consort).
            reigning = [
                p
                for p in reversed(self.recent)
                if p.name not in named_later
                and (
                    _reigns(p.office or "")
                    or _reigns(p.name.split()[0])
                    or bool(self._listed_office_words(p) & _MONARCHS)
                )
            ]
            listed = [p for p in reigning if self._listed_office_words(p) & _MONARCHS]
            return next(iter(listed or reigning), None)
        focus = self.focus
        if wanted == ["leader"]:
            # "the leader", "the libertarian leader": the person the report follows when they
            # lead a country, else the leader named last.
            leaders = [
                p
                for p in (focus, *reversed(self.recent))
                if p is not None and p.name not in named_later and self._leader(p)
            ]
            return leaders[0] if leaders else None
        if (
            focus is not None
            and focus.name not in named_later
            and _holds(focus.office or "", wanted)
        ):
            # "He thanked President Museveni and President Guelleh ... On the sidelines, the
            # President held talks with ...": the person the report follows, when the office
            # is theirs.
            return focus
        earlier = self.bare_offices.get(tuple(wanted))
        if earlier is not None and earlier.name not in named_later and earlier in self.recent:
            # "The Secretary thanked ... since Secretary Blinken met Lavrov in 2022. Earlier,
            # the Secretary met ...": a bare office the report keeps using is the same person,
            # unless the sentences since have followed another holder.
            return earlier
        # "The Prime Minister was also received by ... Zhao Leji": of holders alike, not one
        # of the country of whom the sentence goes on to name.
        later_countries = {p.country for p in self.recent if p.name in named_later and p.country}
        best: tuple[tuple[int, bool], KnownPerson] | None = None
        for person in reversed(self.recent):
            if person.name in named_later:
                continue
            office = set(_office_words(person.office or ""))
            if wanted[-1] not in office:
                continue
            shared = (len(office & set(wanted)), person.country not in later_countries)
            if best is None or shared > best[0]:
                best = (shared, person)
        if best is None:
            # "Premier Giorgia Meloni ... the premier met" in a report with no date, where no
            # office was read for her: the one person named whose listed offices include it.
            holders = [
                p
                for p in self.recent
                if set(wanted) <= self._listed_office_words(p) and p.name not in named_later
            ]
            return holders[0] if len(holders) == 1 else None
        return best[1]

    def _elected(self, office: str, named_later: Collection[str]) -> KnownPerson | None:
        """ "the president-elect", "the then president-elect": of the people named lately,
        the one whose term in that office, as the knowledge base lists it, began last (Milei
        over Zelensky, Trump over Trudeau); a president in office since long before is not
        the one just elected."""
        best: tuple[str, KnownPerson] | None = None
        for person in reversed(self.recent):
            entry = self.kb.actor_by_id(person.kb_id) if person.kb_id else None
            if entry is None or person.name in named_later:
                continue
            starts = [
                o.start for o in entry.offices if o.start and office in _office_words(o.title)
            ]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), person)
        return best[1] if best else None

    def _principal(self, title: str, named_later: Collection[str]) -> KnownPerson | None:
        """ "Prime Minister called on Kishida", an office with no article as a release writes
        its own principal, beside "Prime Minister Ishiba" for the host: the first person the
        article named in that office."""
        wanted = _office_words(title)
        return next(
            (
                p
                for p in self.people
                if p.name not in named_later and wanted and _holds(p.office or "", wanted)
            ),
            None,
        )

    def _head_of_state(self, title: str, named_later: Collection[str]) -> KnownPerson | None:
        """ "The Head of State held talks with ...": the president or monarch the report
        follows, else the one named last (of the country the title names, if it names one)."""
        country = self._country_in(title)
        followed = [p for p in (self.focus_before, self.focus) if p is not None]
        if country is None:
            # "On Saturday, the head of state held separate meetings with Rahmon", in a report
            # on a summit Mirziyoyev chaired: the head of state the report opened with, its
            # own, not a guest it quoted since.
            followed = [p for p in self.people if _heads_a_state(p.office or "")][:1] + followed
        candidates = [
            p
            for p in followed + list(reversed(self.recent))
            if p.name not in named_later
            and (country is None or p.country == country)
            and _heads_a_state(p.office or "")
        ]
        return candidates[0] if candidates else None

    def _head_described_first(self, text: str) -> KnownPerson | None:
        """The person a sentence opens with by the organisation they head ("The UN chief",
        "The IAEA's director general"), when the article has named them."""
        opening = _HEAD_DESCRIBED.match(text)
        if opening is None:
            return None
        entry = self.kb.actor_by_name(opening.group("body"))
        if entry is None or entry.kind != "organization":
            return None
        return self._head_of(entry)

    def _national_described_first(self, text: str) -> KnownPerson | None:
        """The person a sentence opens with by nationality and office ("The French leader had
        arrived in Jaipur, where he ..."), when the article has named one such."""
        opening = _NATIONAL_DESCRIBED.match(text)
        iso3 = self._country_in(opening.group("nation")) if opening else None
        if opening is None or iso3 is None:
            return None
        wanted = _office_words(opening.group("office"))
        for person in reversed(self.recent):
            if person.country != iso3:
                continue
            office = person.office or ""
            if (
                (wanted == ["leader"] and _leads(office))
                # "The Cuban diplomat": the country's foreign minister the article named.
                or (wanted == ["diplomat"] and _holds(office, ["foreign", "minister"]))
                or _holds(office, wanted)
            ):
                return person
        return None

    def _head_of(self, organization: ActorEntry) -> KnownPerson | None:
        """The person last named whose office, as written or as listed on the article's day,
        is in that organisation."""
        names = [n.casefold() for n in organization.all_names]
        for person in reversed(self.recent):
            entry = self.kb.actor_by_id(person.kb_id) if person.kb_id else None
            offices = [person.office or ""]
            if entry is not None:
                offices += self.kb.office_at(entry, self.when)
            if any(
                re.search(rf"\b{re.escape(name)}\b", office.casefold())
                for office in offices
                for name in names
            ):
                return person
        return None

    def _counterparts(
        self, countries: list[str], span: ActorSpan, evidence: Evidence
    ) -> list[ActorRef]:
        """The holders, in those countries, of the office the person in focus held on the
        article's day; none when that office or any holder is unknown."""
        focus = self.focus
        entry = self.kb.actor_by_id(focus.kb_id) if focus and focus.kb_id else None
        if focus is None or entry is None or self.when is None:
            return []
        offices = self.kb.named_offices_of(entry, self.when)
        if not offices or focus.country in countries:
            return []
        holders = [
            self._holder(c, offices[0], span, evidence)
            or self._listed_holder(c, offices[0], span, evidence)
            for c in countries
        ]
        return [h for h in holders if h is not None] if all(holders) else []

    def _leader(self, person: KnownPerson) -> bool:
        """Whether the person leads a country, by the office the article gave them or, with
        none, one the knowledge base lists."""
        if person.office:
            return _leads(person.office)
        entry = self.kb.actor_by_id(person.kb_id) if person.kb_id else None
        return entry is not None and any(_leads(o.title) for o in entry.offices)

    def _listed_office_words(self, person: KnownPerson) -> set[str]:
        entry = self.kb.actor_by_id(person.kb_id) if person.kb_id else None
        if entry is None:
            return set()
        return {word for office in entry.offices for word in _office_words(office.title)}

    def holder_on_the_day(
        self, iso3: str, office: str, span: ActorSpan, evidence: Evidence
    ) -> ActorRef | None:
        """The one person the knowledge base lists in that country's office on the article's
        day ("prime minister", "president", "foreign minister")."""
        return self._listed_holder(iso3, office, span, evidence)

    def _listed_holder(
        self, iso3: str, office: str, span: ActorSpan, evidence: Evidence
    ) -> ActorRef | None:
        """The one person the knowledge base lists in that country's office on the article's
        day; None with no day, or with none or several."""
        if self.when is None:
            return None
        holders = self.kb.holders_on(iso3, office, self.when)
        if len(holders) != 1:
            return None
        person = self._known(holders[0].name) or self._register(holders[0].name, None)
        return self._ref(person, span, evidence, "office holder on the article's date")

    def _holder(
        self, iso3: str, office: str, span: ActorSpan, evidence: Evidence
    ) -> ActorRef | None:
        """The person of that country the article last named in an office of that name."""
        for person in reversed(self.people):
            if person.country == iso3 and office in (person.office or "").lower():
                return self._ref(person, span, evidence, "coreference")
        return None

    def _is_place_name(self, text: str) -> bool:
        """A lone listed city or country, which the small model sometimes tags as a person
        ("a surprise trip to Kyiv"), a building named after one ("the Sultan Ahmed Mosque",
        "the Aliyev Centre"), or a parliament ("the Seimas")."""
        words = text.split()
        if len(words) > 1 and words[-1].lower() in _BUILDINGS:
            return True
        if text.strip().lower() in _OBSERVANCES:
            # "consular affairs and Hajj and Umrah": a pilgrimage, not a person.
            return True
        if self.kb.country_of_legislature(text) is not None:
            # "the Speaker of the Seimas": a parliament, not a person.
            return True
        return " " not in text.strip() and self.kb.is_listed_place(text)

    def _known(self, text: str) -> KnownPerson | None:
        lowered = text.lower().strip()
        squashed = _squash(lowered)
        for person in reversed(self.people):
            if lowered == person.name.lower():
                return person
        by_surname = [p for p in reversed(self.people) if lowered in p.surnames]
        if by_surname:
            current = [p for p in by_surname if not p.past] or by_surname
            # "Modi" after "fugitives such as Vijay Mallya and Nirav Modi": of two who share a
            # surname, the one holding an office, else the one named last. "Milei" after "the
            # Secretary General of the Presidency, Karina Milei": of two office holders, the
            # one the knowledge base lists, whom reports call by surname alone; a namesake
            # beside them keeps the given name.
            holders = [p for p in current if p.office]
            return next((p for p in holders if p.kb_id), holders[0] if holders else current[0])
        initialled = _INITIAL_AND_SURNAME.fullmatch(lowered)
        if initialled is not None:
            # "B. Saidov" after "Bakhtiyor Saidov": the initial of the name named before.
            first, surname = initialled.groups()
            for person in reversed(self.people):
                if surname in person.surnames and _squash(person.name.lower()).startswith(first):
                    return person
        for person in reversed(self.people):
            # "Mr El Sisi" for el-Sisi: the same surname with a space for its hyphen.
            if " " in lowered and squashed in {_squash(s) for s in person.surnames}:
                return person
        entry = self._kb_actor(text)
        if entry is not None and entry.kind == "person":
            for person in self.people:
                if person.kb_id == entry.id:
                    return person
        if entry is None and " " not in lowered:
            # "Sir Keir", "Dame Jacinda": a lone given name of exactly one person named before.
            given = [p for p in self.people if " " in p.name and _given_name(p) == lowered]
            if len(given) == 1:
                return given[0]
        royal = _ROYAL_STYLE.match(lowered)
        if entry is None and royal is not None and " " not in lowered[royal.end() :]:
            # "Prince Faisal" after "Foreign Minister Prince Faisal bin Farhan": a prince goes
            # by his given name, as a sheikh does.
            given = [p for p in self.people if lowered[royal.end() :] in p.surnames]
            if len(given) == 1:
                return given[0]
        return None

    def _kb_actor(self, text: str) -> ActorEntry | None:
        """The knowledge base's actor of this name; for a full Arabic name the KB lacks
        ("Mohammed bin Salman bin Abdulaziz Al Saud"), the shorter name it knows
        ("Mohammed bin Salman"), and for a name with a given name more, the one without it."""
        entry = self.kb.actor_by_name(text)
        words = text.split()
        if entry is None and len(words) > 1 and words[-1].lower() in _SUFFIXES:
            entry = self.kb.actor_by_name(" ".join([*words[:-1], _SUFFIXES[words[-1].lower()]]))
        if entry is None:
            entry = self._by_lineage(text)
        if entry is None and any(_INITIAL.match(w) for w in words[1:-1]):
            # "Ferdinand R. Marcos Jr.": a middle initial the KB leaves out.
            entry = self.kb.actor_by_name(" ".join(w for w in words if not _INITIAL.match(w)))
        if entry is None:
            # "Emmerson Dambudzo Mnangagwa": a middle name the KB leaves out.
            entry = self.kb.actor_without_middle_names(text)
        if entry is None and len(words) >= 3 and words[-2].lower() not in _SURNAME_PARTICLES:
            # "Felix Antoine Tshisekedi Tshilombo": a second family name the KB leaves out.
            # (As the KB writes the rest: "Hussain Mohamed Latheef" is not Hasan Mahmud, whose
            # name has the consonants of "Hussain Mohamed".)
            shorter = self.kb.actor_by_name(" ".join(words[:-1]), spelt_alike=False)
            entry = shorter if shorter is not None and shorter.kind == "person" else None
        for start in range(1, len(words) - 1):
            # "Muhammad Shehbaz Sharif": a given name before the name the KB knows; "Crown
            # Prince Mohammed bin Salman bin Abdulaziz Al Saud": a title the model read into
            # the name, before a full Arabic name. Never from a father's name on ("bin Salman
            # ..." is not King Salman).
            if entry is not None:
                break
            if words[start - 1].lower() in _NAME_LINKS:
                continue
            rest = " ".join(words[start:])
            entry = self.kb.actor_by_name(rest)
            if entry is None:
                entry = self._by_lineage(rest)
        initialled = _INITIAL_AND_SURNAME.fullmatch(text.strip().lower())
        if entry is None and initialled is not None:
            # "U. Khurelsukh": the one person the KB knows by that surname whose name starts
            # with the initial.
            first = initialled.group(1)
            known = [
                a
                for a in self.kb.actors_by_short(text.split()[-1])
                if a.kind == "person" and _squash(a.name.lower()).startswith(first)
            ]
            entry = known[0] if len(known) == 1 else None
        return entry

    def _by_lineage(self, text: str) -> ActorEntry | None:
        """ "Mohammed bin Salman bin Abdulaziz Al Saud" -> "Mohammed bin Salman": the longest
        start of a full Arabic name, cut before a "bin", that the knowledge base knows."""
        parts = _NAME_LINK_SPLIT.split(text.strip())
        for end in range(len(parts) - 1, 1, -1):
            entry = self.kb.actor_by_name(" ".join(parts[:end]))
            if entry is not None:
                return entry
        return None

    def _register(self, text: str, title: str | None) -> KnownPerson:
        entry = self._kb_actor(text)
        core = _without_suffix(text)
        if entry is None and " " not in core:
            shorts = [e for e in self.kb.actors_by_short(core) if e.kind == "person"]
            entry = shorts[0] if len(shorts) == 1 else None
        if entry is None and " " not in core:
            entry = self._named_in_full_later(core)
        if entry is None and " " in core:
            fuller = next((p for p in self.people if p.name.startswith(core + " ")), None)
            if fuller is not None:
                # "Secretary Juan Ramón de la Fuente" cut short by the model to "Juan Ramón":
                # the person named in full, not another.
                return fuller
        person = self._from_entry(entry, title, text) if entry else None
        if person is None:
            person = KnownPerson(
                name=text.strip(),
                country=self._country_in(title or ""),
                office=_clean_title(title) if title else None,
                kb_id=None,
                surnames=_surnames(text),
            )
        self.people.append(person)
        return person

    def _from_entry(self, entry: ActorEntry, title: str | None, written: str) -> KnownPerson:
        # With no date to place the article, any office the actor ever held would be a guess.
        offices = self.kb.office_at(entry, self.when) if self.when else []
        office = _clean_title(title) if title else (offices[0] if offices else None)
        # "Mohammed Al-Manfi ... Al-Manfi said": the second mention follows the article's
        # spelling, which may be none the knowledge base lists.
        return KnownPerson(
            name=entry.name,
            country=entry.country,
            office=office,
            kb_id=entry.id,
            surnames=_entry_surnames(entry) | _surnames(written),
            pronoun="she" if entry.she else "he",
        )

    def _named_in_full_later(self, word: str) -> ActorEntry | None:
        """ "Lee-Xi summit restores ties" over "President Lee Jae Myung and Chinese President
        Xi Jinping shook hands": a family name the knowledge base cannot place alone is the
        one person the article names in full with it, if there is just one."""
        if self._named_in_full is None:
            self._named_in_full = [
                entry
                for name in self.names_in_article()
                if (entry := self._kb_actor(name)) is not None and entry.kind == "person"
            ]
        lowered = word.lower()
        found = {e.id: e for e in self._named_in_full if lowered in _entry_surnames(e)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _touch(self, person: KnownPerson) -> None:
        if person in self.recent:
            self.recent.remove(person)
        self.recent.append(person)

    def _ref(
        self, person: KnownPerson, span: ActorSpan, evidence: Evidence, basis: str
    ) -> ActorRef:
        self._touch(person)
        return ActorRef(
            name=person.name,
            kind="person",
            country=person.country,
            office=person.office,
            kb_id=person.kb_id,
            surface=span.text,
            basis=basis,
            evidence=evidence,
        )

    def _country_ref(self, iso3: str, span: ActorSpan, evidence: Evidence) -> ActorRef:
        return country_actor(self.kb, iso3, surface=span.text, basis="name", evidence=evidence)

    def _country_in(self, text: str) -> str | None:
        """The country a title or description names ("Russian", "of the Russian Federation")."""
        words = _words_of(text)
        # Longest first: "of the Democratic Republic of the Congo" holds "Republic of the Congo".
        for size in (6, 5, 4, 3, 2, 1):
            for i in range(len(words) - size + 1):
                phrase = " ".join(words[i : i + size])
                country = self.kb.country_by_name(phrase)
                if country is not None:
                    return country.iso3
        # "the Speaker of the Seimas": the country whose parliament it names.
        for size in (5, 4, 3, 2, 1):
            for i in range(len(words) - size + 1):
                iso3 = self.kb.country_of_legislature(" ".join(words[i : i + size]))
                if iso3 is not None:
                    return iso3
        return None

    def countries_named(self, text: str) -> list[str]:
        """Every country `text` names, in order."""
        return self._countries_in(text)

    def _countries_in(self, text: str) -> list[str]:
        """Every country a description names, in order ("Indian and American ministers")."""
        words = _words_of(text)
        found: list[str] = []
        i = 0
        while i < len(words):
            for size in (6, 5, 4, 3, 2, 1):
                phrase = " ".join(words[i : i + size])
                country = self.kb.country_by_name(phrase)
                if country is None and phrase.endswith("."):
                    # "... on his first official visit to Spain.": the word ends a sentence.
                    country = self.kb.country_by_name(phrase[:-1])
                if country is not None:
                    if country.iso3 not in found:
                        found.append(country.iso3)
                    i += size
                    break
            else:
                i += 1
        return found

    def _is_capital(self, text: str, iso3: str) -> bool:
        entry = self.kb.country_by_iso3(iso3)
        return (
            entry is not None
            and entry.capital is not None
            and (entry.capital.lower() == text.lower())
        )


def _words_of(text: str) -> list[str]:
    """The words of a title, possessives cut ("Nepal's Prime Minister" -> Nepal, Prime, ...)."""
    return [_POSSESSIVE.sub("", w) for w in _WORD.findall(text)]


_POSSESSIVE = re.compile(r"['’]s$")


def country_actor(
    kb: KnowledgeBase, iso3: str, *, surface: str, basis: str, evidence: Evidence
) -> ActorRef:
    """A country as a party, under the knowledge base's name for it."""
    entry = kb.country_by_iso3(iso3)
    return ActorRef(
        name=entry.name if entry else iso3,
        kind="country",
        country=iso3,
        kb_id=f"country:{iso3}",
        surface=surface,
        basis=basis,
        evidence=evidence,
    )


# Offices whose holder is a head of state.
_HEADS_OF_STATE = frozenset({"president", "king", "queen", "emir", "amir", "sultan", "monarch"})


_MONARCHS = _HEADS_OF_STATE - {"president"}


def _reigns(office: str) -> bool:
    """ "King", "Emir of Qatar", "Sultan": a monarch's office."""
    own = _own_words(_office_words(office))
    return bool(own) and own[-1] in _MONARCHS


def _heads_a_state(office: str) -> bool:
    """ "President", "President of Ukraine", "King": not "Head of the Presidential Office" nor
    "Vice President"."""
    own = _own_words(_office_words(office))
    return bool(own) and own[-1] in _HEADS_OF_STATE and not {"vice", "deputy", "former"} & set(own)


def _holds(office: str, wanted: list[str]) -> bool:
    """Whether an office is the one a bare title names: "the President" for "President of
    Kenya", not for "Vice President"."""
    words = _office_words(office)
    own = _own_words(words)
    return (
        set(wanted) <= set(words)
        and bool(own)
        and own[-1] == wanted[-1]
        and not ({"vice", "deputy"} & set(own)) - set(wanted)
    )


def _own_words(words: list[str]) -> list[str]:
    """The words of an office before what it is of ("president" of "president of somalia")."""
    return words[: words.index("of")] if "of" in words else words


def _named_office_before_of(text: str) -> str | None:
    """ "the Prime Minister of Japan" -> "prime minister", "the Defence Minister of ..." ->
    "defence minister": the whole office, not its last word ("minister")."""
    before = re.sub(r"^the\s+", "", text.lower().split(" of ", 1)[0].strip())
    return next((o for o in NAMED_OFFICES if before.endswith(o)), before or None)


def _without_suffix(text: str) -> str:
    """ "Marcos Junior" -> "Marcos": the name without its generational suffix."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in _SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _given_name(person: KnownPerson) -> str:
    return person.name.split()[0].lower()


def _key(person: KnownPerson) -> str:
    """The person's `ActorRef.key`."""
    return person.kb_id or f"person:{person.name.lower()}"


def _by_office(person: KnownPerson, text: str) -> bool:
    """ "Raisi flew to Riyadh for the summit hosted by the crown prince": `text` (lower case)
    names the person by the office the article gave them."""
    office = (person.office or "").lower()
    return bool(office) and _find_word(text, f"the {office}") >= 0


def _by_bare_office(person: KnownPerson, text: str) -> bool:
    """`text` (lower case) names the person by their office alone, honorifics dropped ("the
    prime minister" for "PRIME Minister Hon. Manasseh Sogavare")."""
    return _bare_office_named(person, text) is not None


def _bare_office_named(person: KnownPerson, text: str) -> str | None:
    """The words ("the prime minister") by which `text` names the person by office alone."""
    words = [w for w in _office_words(person.office or "") if w not in _HONORIFICS]
    # "The President" for "The President of the Federal Republic of Somalia, H.E. ...".
    return next(
        (
            phrase
            for part in (words, _own_words(words))
            if part and _find_word(text, phrase := "the " + " ".join(part)) >= 0
        ),
        None,
    )


def _in_a_clause_of_its_own(before: str) -> bool:
    """Whether the words before a pronoun end in a main clause joined by "and" with a named
    subject of its own ("..., and Zhao Leji, chairman of ..., met with")."""
    openers = list(_CLAUSE_OPENER.finditer(before))
    return (
        bool(openers)
        and openers[-1].group(1) == "and"
        and bool(re.match(r",?\s*[A-Z]", before[openers[-1].end() :]))
    )


_CLAUSE_OPENER = re.compile(
    r"\b(and|where|when|who|whom|which|while|as|after|before|until|but)\b", re.IGNORECASE
)


def _named_in(person: KnownPerson, text: str) -> bool:
    return _last_named_at(person, text) >= 0


def _named_apart(person: KnownPerson, text: str, people: Sequence[KnownPerson]) -> bool:
    """Whether `text` (lower case) names the person other than by a surname inside someone
    else's full name ("The Prime Minister and Sophie Grégoire Trudeau" names no Trudeau but
    her)."""
    for other in people:
        if other is not person and person.name.lower() not in other.name.lower():
            text = text.replace(other.name.lower(), " ")
    return _named_in(person, text)


def _last_named_at(person: KnownPerson, text: str) -> int:
    """Where `text` (lower case) last names the person, in full or by surname; -1 if not."""
    return max(
        (m.start() for form in {person.name.lower(), *person.surnames} for m in _words(text, form)),
        default=-1,
    )


def _find_word(haystack: str, needle: str) -> int:
    return next((m.start() for m in _words(haystack, needle)), -1)


def _words(haystack: str, needle: str) -> Iterator[re.Match[str]]:
    """Where `needle` stands in `haystack` as a whole word (or words)."""
    if not needle:
        return iter(())
    return re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack)


def _squash(name: str) -> str:
    """A name's letters and digits only: "el sisi" and "el-sisi" alike."""
    return "".join(ch for ch in name if ch.isalnum())


def _entry_surnames(entry: ActorEntry) -> set[str]:
    """Second-mention forms of every name the knowledge base lists for a person; for Chinese
    and Korean names, the family name written first ("Cho" for Cho Hyun)."""
    surnames = {s.lower() for s in entry.short} | _surnames(entry.name)
    for variant in entry.variants:
        surnames |= _surnames(variant)
    if entry.country in _FAMILY_NAME_FIRST and " " in entry.name:
        surnames.add(entry.name.split()[0].lower())
    return surnames


# Countries whose people's names are written family name first in English reports.
_FAMILY_NAME_FIRST = frozenset({"CHN", "KOR", "PRK", "TWN", "HKG", "MAC"})


def _surnames(name: str) -> set[str]:
    """Second-mention forms of a name: the last word, and for Chinese-style names the first."""
    words = [w for w in name.split(",")[0].split() if w.lower() not in _HONORIFICS]
    if "of" in words[1:]:
        # "King Abdullah II of Jordan": the country he reigns over is no name of his.
        words = words[: words.index("of", 1)]
    if len(words) >= 2 and _REGNAL_NUMBER.match(words[-1]):
        # "Abdullah II", "King Charles III", "Pope Leo XIV": a monarch goes by the name
        # before the number.
        return {words[-2].lower()}
    if len(words) < 2:
        return {words[0].lower()} if words else set()
    forms = {words[-1].lower()}
    # "Wang Yi" is "Wang" on second mention, "Cho Tae-yul" is "Cho": family name first for
    # two-word names whose last part is short or hyphenated, as in Chinese and Korean names.
    if len(words) == 2 and (len(words[1]) <= 3 or "-" in words[1]):
        forms.add(words[0].lower())
    # "Sheikh Mohamed" for Mohamed bin Zayed Al Nahyan, "Sheikh Mishal" for Mishal Al-Ahmad
    # Al-Jaber Al-Sabah: Arabic and Malay names go by the given name.
    if any(_PATRONYMIC.match(w) for w in words[1:]):
        forms.add(words[0].lower())
    return forms


_REGNAL_NUMBER = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})$")
# Words that link an Arabic or Malay given name to the father's or family name.
_PATRONYMIC = re.compile(r"^(?:bin|binti|bint|ibn|al-.+|el-.+|al|el)$", re.IGNORECASE)


def _only_an_office(text: str) -> bool:
    """ "elected Chairperson of the SADC Organ": a title the model tags as a name."""
    return all(word.lower() in _OFFICE_WORDS | {"chairperson", "chair"} for word in text.split())


def _only_honorifics(text: str) -> bool:
    return all(word.lower() in _HONORIFICS for word in text.split())


def _strip_honorific(text: str) -> str:
    # "B.Saidov", "L.Oyun-Erdene": an initial written close to the name is a word of its own.
    words = _GLUED_INITIAL.sub(r"\1 ", text).split()
    while words and words[0].lower() in _HONORIFICS:
        words = words[1:]
    inner = [w for w in words if w.lower() not in _INNER_HONORIFICS]
    return " ".join(inner if len(inner) >= 2 else words) or text


_INITIAL_AND_SURNAME = re.compile(r"([a-z]{1,2})\.\s*(\S+)")
_GLUED_INITIAL = re.compile(r"\b([A-Z][a-z]?\.)(?=[A-Z][a-z]{2,})")
_OFFICE_WORDS = frozenset(
    {"minister", "secretary", "director", "president", "premier", "adviser", "advisor",
     "chancellor", "ambassador", "envoy", "chairman", "chairwoman", "commissioner", "king",
     "prince", "emir", "spokesperson", "spokesman", "spokeswoman", "governor", "counsellor",
     "councilor", "representative"}
)  # fmt: skip


def _clean_title(title: str) -> str:
    """The office in a title: "member of the Politburo and director of the Foreign Affairs
    Office" -> "director of the Foreign Affairs Office"; articles and dangling words trimmed."""
    parts = [p.strip() for p in re.split(r"\s+and\s+|,\s*", title) if p.strip()]
    offices = [p for p in parts if {w.lower() for w in p.split()} & _OFFICE_WORDS]
    if len(parts) > 1 and offices:
        title = offices[-1]
    cleaned = title.strip(" ,;:-").removeprefix("the ").removeprefix("The ")
    for prefix in ("also ", "Also "):
        cleaned = cleaned.removeprefix(prefix)
    cleaned = cleaned.removeprefix("a ").removeprefix("an ")
    return cleaned.strip()


def _leads(office: str) -> bool:
    """Whether the office is one whose holder "the Kenyan leader" may be: a president, prime
    minister, chancellor or monarch, not a deputy (nor a "Prime Cabinet Secretary")."""
    words = _office_words(office)
    if {"vice", "deputy", "former"} & set(words):
        return False
    return bool(
        {"president", "chancellor", "king", "queen", "emir"} & set(words)
        or words[:2] == ["prime", "minister"]
    )


def _office_words(title: str) -> list[str]:
    """The words of an office, "premier" as "prime minister" ("the premier" is the person
    named as "Prime Minister Giorgia Meloni")."""
    words: list[str] = []
    for word in _WORD.findall(title):
        lower = word.lower()
        if lower in ("the", "our"):
            # ("the head of our state", as a release names its own.)
            continue
        words.extend(("prime", "minister") if lower == "premier" else (lower,))
    return _spelt_out(words)


# "the UK PM", "the Indian FM": offices as headlines shorten them.
_SHORT_OFFICES = {"pm": ("prime", "minister"), "fm": ("foreign", "minister")}


def _spelt_out(words: list[str]) -> list[str]:
    """Lower-case words with the short forms of offices written out."""
    return [part for word in words for part in _SHORT_OFFICES.get(word, (word,))]


# "His Highness", "Her Royal Highness", "His Excellency", "His Majesty" ending where given,
# perhaps followed by a rank or title before the name ("His Highness Prince Faisal").
# The last word of a building's or site's name, which the small model may take for a person's.
_BUILDINGS = frozenset(
    {"mosque", "church", "cathedral", "basilica", "temple", "shrine", "synagogue", "museum",
     "mausoleum", "memorial", "monument", "palace", "centre", "center", "stadium", "airport",
     "square", "bridge", "tower", "library", "university", "hospital", "cemetery",
     "haus"}
)  # fmt: skip

# Pilgrimages and feasts the small model may take for people's names.
_OBSERVANCES = frozenset({"hajj", "umrah", "ramadan", "eid", "nowruz", "diwali", "hanukkah"})

# "then Chinese Premier", "former President", "the late": a title held in the past.
_PAST_TITLE = re.compile(
    r"\b(?:[Tt]hen|[Ff]ormer|[Ll]ate)[- ](?:(?:[A-Z][\w.'’-]*|of|the|and)\s+){0,6}$"
)

_ADDRESS_BEFORE = re.compile(
    r"\b(?:His|Her)\s+(?P<form>(?:Royal\s+)?(?:Highness|Excellency|Majesty))"
    r"(?:\s+(?:Prince|Princess|Sheikh|Sheikha|King|Queen|Emir|Sultan|Dr\.?|Mr\.?|Mrs\.?))*\s*$"
)


def _address_at(evidence: Evidence, at: int) -> str | None:
    """The form of address the sentence ends with right before offset `at`, lower-cased."""
    found = _ADDRESS_BEFORE.search(evidence.sentence[: max(0, at - evidence.start)])
    return found.group("form").lower() if found else None


def _name_offset(text: str) -> int:
    """Where the name proper starts in a span, which may carry its address ("His Highness
    Prince X")."""
    found = re.search(r"(?:Highness|Excellency|Majesty)\s+", text)
    return found.end() if found else 0


_INDEFINITE_BEFORE = re.compile(r"\b(?i:a|an|any|every|no)\s+$")


def _office_named(text: str) -> str | None:
    """The office a description ends with ("the Spanish prime minister" -> "prime minister"),
    not a deputy's ("the Chinese vice premier")."""
    words = _spelt_out([w.lower() for w in _WORD.findall(text)])
    for office in NAMED_OFFICES:
        size = len(office.split())
        if words[-size:] == office.split():
            before = words[-size - 1] if len(words) > size else ""
            return None if before in ("vice", "deputy") else office
    return None
