"""Named recurring dialogues and their round numbers ("the 18th round of the China-Russia
strategic security consultation", "the ninth Sino-Russian strategic security consultations").

Known mechanisms come from the knowledge base; any other "<countries> <words> dialogue /
consultation / talks / summit ..." phrase is still recognised, with a key built from its
countries and head words, so two outlets' wordings of one mechanism meet under one key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.models import Evidence, MechanismRef
from parley.resolve.knowledge import KnowledgeBase, MechanismEntry, fold

_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "thirtieth": 30,
}  # fmt: skip
# "the XV Binational Cabinet", "the previous edition, the XIV": Spanish and Portuguese
# releases number sessions in capital Roman numerals (two letters or more, never the pronoun).
_ROMAN = r"\b(?-i:(?=[IVXL]{2,7}\b)(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\b"
_ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + "|"
    + _ROMAN
    + ")"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_HEADS = (
    r"(?:strategic\s+)?(?:consultations?|dialogues?|talks|negotiations|summit|meeting|forum|"
    r"commission|"
    r"committee|conference|mechanism|ministerial|consultative\s+committee|group|council|"
    r"format|assembly|process|platform|retreat|(?<=binational\s)cabinet)"
    r"(?:\s+(?:dialogue|consultations?|meeting|summit|talks|session))?"
)
# Capitalised words, whatever flags the pattern it is part of has: not "Vieira co-chaired".
_PAIR = r"(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:-|–|/)[A-Z][\w.]*(?:(?:-|–)[A-Z][\w.]*)?)"
# A word of a mechanism's name before its head: not a word that measures from another occasion
# ("the first since the 19th summit") nor that occasion's own number.
_NAME_WORD = rf"(?:(?!(?:since|after|before|until|following|{_ORDINAL})\b)[\w+’'.“”\"-]+\s+)"
# "<ordinal> round/session of (the) <name>" or "<ordinal> <name>" or "round <n> of <name>".
# "the first ministerial meeting of ...", "the second plenary session of ...".
_KIND_OF_SITTING = (
    r"(?:(?:ministerial|plenary|annual|regular|senior\s+officials['’]?|leaders['’]?)\s+)?"
)
_NAMED = re.compile(
    rf"(?:the\s+)?(?P<ord>{_ORDINAL})\s+{_KIND_OF_SITTING}"
    rf"(?:round|session|meeting|edition|iteration)\s+of\s+(?:the\s+)?"
    rf"(?P<name>(?:[\w+’'.“”\"-]+\s+){{0,8}}?{_HEADS})"
    # ("The previous, eighth, trilateral meeting": the number set off by commas.)
    rf"|(?:the\s+)?(?P<ord2>{_ORDINAL}),?\s+(?P<name2>(?:{_PAIR}\s+)?{_NAME_WORD}{{1,6}}?{_HEADS})"
    rf"|(?P<name3>{_PAIR}\s+(?:[\w+’'.“”\"-]+\s+){{0,6}}?{_HEADS})",
    re.IGNORECASE,
)
_LEADING_WORDS = re.compile(
    r"^(?:(?:the|their|its|his|her|our|this|that|a|an|annual|regular|latest|new|next)\s+)+",
    re.IGNORECASE,
)
# "the 23rd annual summit": the ordinal right before it (not "first held an annual summit").
_ANNUAL_SUMMIT = re.compile(r"^(?:the\s+)?\S+\s+annual\s+summit$", re.IGNORECASE)
_TRAILING_WORDS = re.compile(r"\s+(?:mechanism|mechanisms)$", re.IGNORECASE)


# "... of Central Asian heads of state", "... of Nordic prime ministers": who a format brings
# together, which names it.
_OF_MEMBERS = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:heads\s+of\s+(?:state|government)"
    r"(?:\s+and\s+government)?|leaders|presidents|prime\s+ministers|(?:[a-z]+\s+)?ministers)\b"
)
# Key prefix of a mechanism named without its countries, until a meeting's parties supply them.
UNNAMED = "~"
# Heads that make a lowercase numbered phrase a mechanism: "the 11th strategic partnership
# dialogue", "the fifth joint commission", unlike "the first face-to-face meeting".
_UNNAMED_HEADS = frozenset(
    {"dialogue", "consultation", "commission", "committee", "council", "mechanism"}
)


@dataclass(frozen=True)
class MechanismMatch:
    ref: MechanismRef
    start: int
    end: int


class MechanismFinder:
    """Finds mechanisms in sentences using the knowledge base and a general phrase pattern."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def find(self, sentence: str, evidence: Evidence) -> list[MechanismMatch]:
        """Mechanisms named in `sentence`, each with its round when stated."""
        matches: list[MechanismMatch] = []
        for match in _NAMED.finditer(sentence):
            ordinal = match.group("ord") or match.group("ord2")
            if ordinal and _IN_A_WHILE.match(sentence, match.end()):
                # "the first ROK-Japan defense ministerial talks in three years": the first for
                # a while, no round.
                ordinal = None
            name = match.group("name") or match.group("name2") or match.group("name3")
            if not name:
                continue
            members = _OF_MEMBERS.match(sentence, match.end())
            if not match.group("name") and not _is_named(name) and members and ordinal:
                # "the fourth consultative meeting of Central Asian heads of state": a format
                # named by who it brings together.
                phrase = (name + members.group()).strip()
                ref = self._ref(phrase, _round_number(ordinal), evidence, match)
                if ref is not None:
                    matches.append(MechanismMatch(ref=ref, start=match.start(), end=members.end()))
                continue
            if not match.group("name") and not _is_named(name):
                # "the first face-to-face meeting" counts meetings; it names no mechanism. "Their
                # 11th strategic partnership dialogue" does, without its countries: the
                # meeting's parties supply them (see `with_parties`).
                unnamed = self._unnamed(name.strip(), _round_number(ordinal), evidence, match)
                if unnamed is not None:
                    matches.append(unnamed)
                continue
            ref = self._ref(name.strip(), _round_number(ordinal), evidence, match)
            longer = self._longer_known_name(sentence, match, "name" if match.group("name") else "")
            if longer is not None:
                ref = MechanismRef(
                    key=longer.key,
                    name=longer.name,
                    round=_round_number(ordinal),
                    surface=match.group(0),
                    known=True,
                    evidence=evidence,
                )
            if ref is not None:
                matches.append(MechanismMatch(ref=ref, start=match.start(), end=match.end()))
        if not matches:
            known = self.kb.mechanism_by_alias(sentence)
            if known is not None:
                ref = MechanismRef(
                    key=known.key,
                    name=known.name,
                    surface=known.name,
                    known=True,
                    evidence=evidence,
                )
                matches.append(MechanismMatch(ref=ref, start=0, end=0))
        return matches

    def _longer_known_name(
        self, sentence: str, match: re.Match[str], group: str
    ) -> MechanismEntry | None:
        """ "the 22nd meeting of the Council of Heads of State of the Shanghai Cooperation
        Organisation": the pattern stops at the first head word ("Council"); a known name
        that goes on past it is the mechanism."""
        if not group or not sentence[match.end(group) :].lstrip().lower().startswith("of "):
            return None
        return self.kb.mechanism_starting(sentence[match.start(group) :])

    def _unnamed(
        self, phrase: str, round_number: int | None, evidence: Evidence, match: re.Match[str]
    ) -> MechanismMatch | None:
        core = _singular(fold(_LEADING_WORDS.sub("", phrase)))
        if core == "summit" and _ANNUAL_SUMMIT.match(match.group(0).strip()):
            # "the 23rd annual summit": two countries' yearly summit, numbered.
            core = "annual summit"
        words = core.split()
        if round_number is None or len(words) < 2:
            return None
        # "the 14th trilateral defence ministers' meeting": a meeting named by who it brings
        # together is a format too.
        of_members = words[-1] == "meeting" and words[-2].rstrip("'’") in ("ministers", "leaders")
        # "the ninth trilateral summit", "the 9th trilateral meeting of the three countries'
        # foreign ministers": three countries' summit or meeting, numbered.
        numbered_summit = (words[-1] == "summit" and core == "annual summit") or (
            words[-1] in ("summit", "meeting") and "trilateral" in words
        )
        if words[-1] not in _UNNAMED_HEADS and not of_members and not numbered_summit:
            return None
        ref = MechanismRef(
            key=UNNAMED + core.replace(" ", "-"),
            name=core,
            round=round_number,
            surface=match.group(0),
            evidence=evidence,
        )
        return MechanismMatch(ref=ref, start=match.start(), end=match.end())

    def with_parties(self, ref: MechanismRef, countries: set[str]) -> MechanismRef | None:
        """An unnamed mechanism keyed by the two countries (three, for a trilateral one) of the
        meeting that held it."""
        if not ref.key.startswith(UNNAMED):
            return ref
        if len(countries) != (3 if "trilateral" in ref.name.split() else 2):
            return None
        key, name = self._key_and_name(sorted(countries), ref.name)
        return ref.model_copy(update={"key": key, "name": name})

    def countries_of(self, ref: MechanismRef) -> list[str]:
        """A mechanism's countries: the knowledge base's, else the codes its key starts with."""
        entry = self.kb.mechanism_by_key(ref.key)
        if entry is not None:
            return list(entry.countries)
        codes = []
        for part in ref.key.split("-"):
            if len(part) != 3 or self.kb.country_by_iso3(part.upper()) is None:
                break
            codes.append(part.upper())
        return codes

    def _ref(
        self, phrase: str, round_number: int | None, evidence: Evidence, match: re.Match[str]
    ) -> MechanismRef | None:
        phrase = _LEADING_WORDS.sub("", _TRAILING_WORDS.sub("", phrase))
        countries, core = self._split_countries(phrase)
        known = self.kb.mechanism_by_alias(phrase)
        if known is not None and (not countries or set(countries) == set(known.countries)):
            return MechanismRef(
                key=known.key,
                name=known.name,
                round=round_number,
                surface=match.group(0),
                known=True,
                evidence=evidence,
            )
        if not countries and round_number is None:
            # A bare "the strategic dialogue" is too vague to name a mechanism.
            return None
        key, name = self._key_and_name(countries, _singular(fold(core)))
        return MechanismRef(
            key=key, name=name, round=round_number, surface=match.group(0), evidence=evidence
        )

    def _key_and_name(self, countries: list[str], core: str) -> tuple[str, str]:
        """A mechanism's key (its countries sorted, then its head words) and its name."""
        key = "-".join([*sorted(countries), core.replace(" ", "-")]).lower()
        names = [self._country_name(c) for c in countries]
        return key, ("–".join(names) + " " + core).strip() if names else core

    def _split_countries(self, phrase: str) -> tuple[list[str], str]:
        words = phrase.split()
        if not words:
            return [], phrase
        first = words[0]
        parts = re.split(r"-|–|/", first)
        codes = []
        for part in parts:
            country = self.kb.country_by_name(part)
            if country is None:
                return [], phrase
            codes.append(country.iso3)
        if len(codes) < 2:
            return [], phrase
        rest = words[1:]
        # "India-Saudi Arabia ...": the last country may run on into the next word.
        if rest:
            longer = self.kb.country_by_name(f"{parts[-1]} {rest[0]}")
            if longer is not None:
                codes[-1] = longer.iso3
                rest = rest[1:]
        return codes, " ".join(rest)

    def _country_name(self, iso3: str) -> str:
        entry = self.kb.country_by_iso3(iso3)
        return entry.name if entry else iso3


# "The tenth dialogue was held in Hanoi", "the previous, fifth session of the dialogue", "the
# first meeting of the platform": a numbered session of a mechanism the article has named,
# called by a common noun only.
_SESSION_NOUNS = (
    r"(?:dialogue|session|meeting|round|summit|consultations?|edition|council|commission|"
    r"forum|conference|retreat)"
)
_NUMBERED_SESSION = re.compile(
    rf"\bthe\s+(?:(?:previous|last|preceding|latest)\s*,?\s+)?(?P<ord>{_ORDINAL})\s+"
    # ("the tenth such summit": of the kind the article names.)
    rf"(?:(?:such|two-plus-two|2\+2|ministerial|annual|joint|strategic|high-level|"
    rf"intergovernmental|plenary)\s+)?{_SESSION_NOUNS}\b"
    # "the first meeting between the two leaders" counts the meetings of people.
    rf"(?!\s+(?:between|with|of\s+the\s+two|of\s+(?:their|his|her)\b))"
    rf"|\bthe\s+(?:previous|last|preceding)\s+(?:[a-z-]+\s+){{0,2}}?{_SESSION_NOUNS}\b"
    rf"[^,.;]{{0,60}},\s+the\s+"
    rf"(?P<ord2>{_ORDINAL})\b",
    re.IGNORECASE,
)


def numbered_session(sentence: str) -> tuple[int, int, int] | None:
    """The round of a session the sentence numbers without naming its mechanism, with the
    span of the phrase that says so."""
    match = _NUMBERED_SESSION.search(sentence)
    if match is None:
        return None
    number = _round_number(match.group("ord") or match.group("ord2"))
    return (number, match.start(), match.end()) if number is not None else None


def _is_named(phrase: str) -> bool:
    words = phrase.split()
    # Capitalised, numbered ("2+2") or quoted ("two-plus-two") words name a mechanism.
    return any(w[:1].isupper() or w[:1].isdigit() or w[:1] in "\"“'" for w in words)


# What follows "the first ... talks" when it counts from a gap, not from the start.
_IN_A_WHILE = re.compile(
    r"\s+(?:in\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?(?:\w+|\d+)\s+"
    r"(?:(?:and\s+(?:a\s+half|\w+\s+months?)\s+)?)?(?:years?|months?|decades?)|since\b)",
    re.IGNORECASE,
)


def _round_number(ordinal: str | None) -> int | None:
    if not ordinal:
        return None
    lowered = ordinal.lower()
    if lowered in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[lowered]
    digits = re.match(r"\d+", lowered)
    if digits:
        return int(digits.group())
    if re.fullmatch(_ROMAN, ordinal):
        return _roman_value(ordinal)
    return None


def _roman_value(numeral: str) -> int:
    """ "XIV" -> 14: a letter before a larger one is taken away."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _singular(text: str) -> str:
    words = text.split()
    if words and words[-1] in ("consultations", "dialogues", "meetings", "summits"):
        words[-1] = words[-1][:-1]
    return " ".join(words)
