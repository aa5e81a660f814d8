"""The trigger lexicon: which words announce CONSULT, AGREE and SUPPORT events.

It lives in `parley/data/triggers.json` so analysts can extend it without touching code.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from parley.errors import DataFileError
from parley.models import EventType

# Last words of a portfolio that closes a title: "Minister of Foreign Affairs", "Minister of
# International Relations and Cooperation".
PORTFOLIO_ENDS = frozenset({"affairs", "relations", "cooperation", "defence", "defense"})


class TriggerEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lemma: str
    type: EventType
    cameo: str
    mode: str | None = None
    # The verb only triggers with one of these direct objects ("hold talks").
    objects: list[str] | None = None
    # The verb only triggers with a person as its object ("received the minister").
    person_object: bool = False
    # Needs a "with" phrase ("talked with", "discussed ... with").
    requires_with: bool = False
    # Needs one of these words in the sentence ("spoke by phone").
    requires_context: list[str] | None = None
    # Needs two people as its subject ("Trudeau and Trump spoke").
    requires_partners: bool = False
    # Needs some object at all ("backed the plan", not "came back").
    needs_object: bool = False
    # Only without an object or a passive: "conferred with Lavrov" is a meeting, "conferred
    # the GCON on Modi" and "was conferred with the award" give an honour.
    intransitive: bool = False
    # Noun only counts in the plural ("talks", not "talk").
    plural_only: bool = False
    # The verb only triggers with a person after this preposition ("called on the president",
    # a courtesy call, unlike "called on Russia to withdraw").
    person_after: str | None = None
    # The noun only counts with an ordinal: "the 30th Baltic Council", "the 14th Joint
    # Commission" are sessions; the council or commission itself is a body.
    numbered: bool = False
    # The verb only triggers as what a journey was made for: "flew on to Athens to brief
    # Mitsotakis", "came to Beirut to press Mikati" (not "pressed Mikati" in a statement).
    journey_purpose: bool = False


class LexiconFile(BaseModel):
    model_config = ConfigDict(extra="ignore")

    verbs: list[TriggerEntry]
    nouns: list[TriggerEntry]
    multilateral_words: list[str]
    candidate_stems: list[str]
    title_words: list[str]
    group_phrases: list[str]


class Lexicon:
    """Lookups over the trigger file, built once per pipeline."""

    def __init__(self, data: LexiconFile) -> None:
        # A lemma may have several senses ("welcomed the minister" is a visit, "welcomed the
        # plan" is support); entries are tried in file order.
        self.verbs: dict[str, list[TriggerEntry]] = {}
        for entry in data.verbs:
            self.verbs.setdefault(entry.lemma, []).append(entry)
        self.nouns: dict[str, list[TriggerEntry]] = {}
        for entry in data.nouns:
            self.nouns.setdefault(entry.lemma, []).append(entry)
        self.multilateral_words = frozenset(data.multilateral_words)
        self.title_words = frozenset(data.title_words)
        self.group_phrases = tuple(sorted(data.group_phrases, key=len, reverse=True))
        # A stem written with a space after it is a whole word ("met ", not "metro"), which may
        # be followed by punctuation as well ("the Secretary met, in separate sessions, ...").
        stems = "|".join(
            re.escape(stem.rstrip()) + r"\b" if stem.endswith(" ") else re.escape(stem)
            for stem in data.candidate_stems
        )
        # The whole word from the stem on, so words that merely share a stem can be told apart.
        self._candidate = re.compile(rf"\b(?:{stems})\w*", re.IGNORECASE)

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        """The bundled lexicon, or the file at `path`."""
        if path is None:
            text = resources.files("parley.data").joinpath("triggers.json").read_text("utf-8")
            name = "triggers.json"
        else:
            text = path.read_text("utf-8")
            name = str(path)
        try:
            return cls(LexiconFile.model_validate(json.loads(text)))
        except (ValidationError, json.JSONDecodeError) as err:
            first = str(err).splitlines()[0]
            raise DataFileError(f"{name}: invalid trigger lexicon: {first}") from err

    def may_hold_event(self, sentence: str) -> bool:
        """Cheap test run on every sentence: can it contain a trigger at all?

        Only sentences that pass are parsed. A word matching a candidate stem counts unless
        no trigger can come of it (`_NOT_TRIGGERS`) or its triggers need a word the sentence
        lacks (`_TRIGGERS_NEEDING`).
        """
        for match in self._candidate.finditer(sentence):
            word = match.group().lower()
            if word in _NOT_TRIGGERS:
                continue
            needed = _TRIGGERS_NEEDING.get(word)
            if needed is None or needed.search(sentence):
                return True
        return False


# Words the candidate stems match that are neither a trigger lemma in any inflection nor an
# object a light verb needs ("had discussions"), so they alone never make a sentence worth
# parsing. "agreement" only triggers beside "signed", "reached", "inked" or "concluded", and
# "consensus" only as the object of "reach": those words are candidates themselves.
_NOT_TRIGGERS = frozenset(
    {"spokesperson", "spokespersons", "spokespeople", "spokesman", "spokesmen", "spokeswoman",
     "spokeswomen", "speaker", "speakers", "chairman", "chairmen", "chairwoman", "chairwomen",
     "chairperson", "chairpersons", "chairmanship", "conference", "conferences", "significant",
     "significantly", "significance", "signal", "signals", "signalled", "signaled",
     "signalling", "signaling", "signature", "signatures", "backdrop", "background",
     "backgrounds", "hostage", "hostages", "hostile", "hostility", "hostilities", "agreement",
     "agreements", "consensus", "conclusion", "conclusions", "councillor", "councillors",
     "councilor", "councilors", "commissioner", "commissioners", "commissioned",
     "commissioning"}
)  # fmt: skip


def _any_word(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


_WITH = _any_word("with")
# "spoke by phone", "spoke with" (with "phone"), "Trudeau and Trump spoke" or "the two
# presidents spoke" (requires_partners), "had spoken to Kagame" or "spoke with President
# Biden" (a name or title after "to" or "with", not "spoke to reporters").
_SPEAKING_PARTNERS = re.compile(
    "(?i:"
    + _any_word("phone", "telephone", "video", "call", "and", "two", "both", "three").pattern
    + ")"
    # "spoke to his Moroccan counterpart Nasser Bourita", "spoke with her counterpart".
    + r"|\b(?i:spoke|spoken|speaks?|speaking)\s+(?:to|with)\s+(?:(?i:the|his|her|their)\s+)?"
    + r"(?:[A-Z]|(?i:counterparts?)\b)"
    # "spoke highly of the platform": praise.
    + r"|\b(?i:highly)\b",
)
# "dialogue" triggers beside these words, or as the object of "conduct" (no candidate stem),
# or with someone ("the strategic dialogue with Kaja Kallas").
_DIALOGUE_CONTEXT = _any_word(
    "round", "session", "held", "hold", "co-chaired", "chaired",
    "conduct", "conducts", "conducted", "conducting", "with",
)  # fmt: skip

_LEADING = _any_word("led", "headed", "lead", "leads", "heads", "leading", "heading")

# Words whose every trigger sense needs another word in the sentence: "discussed ... with",
# "talked with", "spoke by phone" (the lexicon's requires_with, requires_context and
# requires_partners).
# "the 30th Baltic Council", "the fifth Joint Commission": a body counts only with its count.
_ORDINAL = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|\w+teenth|\w+tieth|\w+-(?:first|second|third|\w+th))\b",
    re.IGNORECASE,
)
_TRIGGERS_NEEDING: dict[str, re.Pattern[str]] = {
    **dict.fromkeys(
        ("council", "councils", "commission", "commissions", "committee", "committees"), _ORDINAL
    ),
    **dict.fromkeys(("discuss", "discusses", "discussed", "discussing"), _WITH),
    # "he was in Beijing with Xi Jinping".
    **dict.fromkeys(("was in", "were in"), _WITH),
    # "talked with", or "Blinken and Qin talked" (requires_partners).
    **dict.fromkeys(("talked", "talking"), _any_word("with", "and", "two", "both", "three")),
    **dict.fromkeys(("speak", "speaks", "spoke", "spoken", "speaking"), _SPEAKING_PARTNERS),
    **dict.fromkeys(("dialogue", "dialogues"), _DIALOGUE_CONTEXT),
    # "A led the Bangladesh delegation, while the Pakistan side was headed by B".
    **dict.fromkeys(("delegation", "side", "sides"), _LEADING),
}
