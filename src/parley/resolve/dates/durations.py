"""Rules for lengths of time and for repetitions ("three years" P3Y, "daily" P1D).

A duration's TimeML value needs no anchor: "the past two months" is P2M whenever it is read.
An unstated count ("several years", "weeks") keeps an X in place of the number.
"""

from __future__ import annotations

import re

from parley.models import DateValue

from .anchor import DateAnchor
from .calendar_math import Tense
from .lexicon import NUMBER_WORDS
from .rule import Rule, timex_value

BASIS_DURATION = "length of time"
BASIS_SET = "repeated time"

_UNITS: dict[str, tuple[str, int]] = {
    # unit word -> (TimeML letter, multiplier); hours and smaller take a "T".
    "second": ("S", 1),
    "minute": ("M", 1),
    "hour": ("H", 1),
    "day": ("D", 1),
    "week": ("W", 1),
    "fortnight": ("W", 2),
    "month": ("M", 1),
    "quarter": ("M", 3),
    "year": ("Y", 1),
    "decade": ("Y", 10),
    "century": ("Y", 100),
}
_CLOCK_UNITS = frozenset(["second", "minute", "hour"])

# Counts up to twelve are the ones dates use too; durations count further.
_ONES = {
    **NUMBER_WORDS,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
# Counts the text does not state.
_VAGUE = r"several|a\s+few|few|many|some|a\s+number\s+of|numerous|recent|the\s+coming|coming"

# "a" and "an" count only after words that introduce a length ("for a year", "within a week"):
# elsewhere they make a rate ("$2 a year", "24 hours a day").
_ONE_WORD = "|".join(sorted(set(_ONES) - {"a", "an"} | set(_TENS), key=len, reverse=True))
_A = (
    r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bwithin\s)|(?<=\bthan\s)|(?<=\bafter\s)|(?<=\bof\s)"
    r"|(?<=\babout\s)|(?<=\bnearly\s)|(?<=\balmost\s)|(?<=\bover\s)|(?<=\bonly\s)"
    r"|(?<=\bjust\s)|(?<=\bleast\s)|(?<=\bduring\s)|(?<=\bthe\s)|^)an?(?=\s)"
)
_COUNT = (
    rf"(?P<count>{_A}|a\s+couple\s+of|\d+(?:\.\d+)?(?:\s+1/2)?"
    rf"|(?:{'|'.join(_TENS)})[\s-]+(?:{_ONE_WORD})|{_ONE_WORD})"
)
_UNIT = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?"
    r"|decades?|centur(?:y|ies))"
)
# After these a counted unit is a point in time or an age, not a length ("a year earlier",
# "a week or so ago", "five years old", "a second time").
_NOT_A_LENGTH = (
    r"(?!-old|\s+(?:or\s+so\s+)?(?:ago|earlier|later|before|after|old|time|round|term)\b"
    r"|\s+of\s+(?:a|an|the|its|their)\b)"
)
_LEAD = (
    r"(?:(?:the\s+)?(?:past|last|next|first|coming|previous|following|remaining|final)\s+|"
    # "the" before a hyphenated adjective belongs to the noun after it ("the 14-day wait").
    r"the\s+(?![\w.]+-)|(?:more\s+than|less\s+than|at\s+least|about|nearly|almost|over|some|only|"
    r"another|up\s+to)\s+)?"
)


def count_value(word: str) -> float:
    """The number a count ("three", "twenty four", "5 1/2", "12") stands for."""
    text = " ".join(word.lower().replace("-", " ").split())
    if text == "a couple of":
        return 2.0
    if text.endswith(" 1/2"):
        return count_value(text[:-4]) + 0.5
    if text[:1].isdigit():
        return float(text)
    total = 0
    for part in text.split():
        total += _ONES.get(part, 0) + _TENS.get(part, 0)
    return float(total)


def duration_value(count: float | None, unit: str) -> str:
    """TimeML duration for `count` units: "P3Y", "PT5H", "PT5H30M", "PXD" when count is None."""
    unit = unit.lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    letter, multiplier = _UNITS[unit]
    prefix = "PT" if unit in _CLOCK_UNITS else "P"
    if count is None:
        return f"{prefix}X{letter}"
    amount = count * multiplier
    if amount == int(amount):
        return f"{prefix}{int(amount)}{letter}"
    if unit == "hour":
        return f"PT{int(amount)}H{round((amount % 1) * 60)}M"
    if letter == "Y":
        return f"P{int(amount)}Y{round((amount % 1) * 12)}M"
    return f"{prefix}{amount:g}{letter}"


def _counted(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue:
    return timex_value(
        duration_value(count_value(match.group("count")), match.group("unit")), BASIS_DURATION
    )


def _vague(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue:
    unit = match.group("unit") or match.group("plural")
    return timex_value(duration_value(None, unit), BASIS_DURATION)


_SET_WORDS = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "yearly": "P1Y",
}
_WEEKDAY_NUMBERS = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}


def _set_word(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue:
    return timex_value(_SET_WORDS[match.group("word").lower()], BASIS_SET)


def _every(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue:
    unit = match.group("unit").lower()
    if unit in _WEEKDAY_NUMBERS:
        return timex_value(f"XXXX-WXX-{_WEEKDAY_NUMBERS[unit]}", BASIS_SET)
    return timex_value(duration_value(1, unit), BASIS_SET)


RULES: tuple[Rule, ...] = (
    Rule(
        "counted-duration",
        re.compile(rf"(?i:\b{_LEAD}{_COUNT}[\s-]+{_UNIT}\b{_NOT_A_LENGTH})"),
        _counted,
        "DURATION",
    ),
    Rule(
        "vague-duration",
        re.compile(
            rf"(?i:\b(?:the\s+(?:past|last|next|coming)\s+)?(?:{_VAGUE})\s+{_UNIT}\b)"
            # A bare plural is a length only after a preposition ("for years").
            r"|\b(?i:for|in|over)\s+(?P<expr>(?P<plural>(?i:years|months|weeks|decades)))\b"
        ),
        _vague,
        "DURATION",
    ),
    Rule(
        "set-word",
        re.compile(r"\b(?P<word>(?i:hourly|daily|nightly|weekly|monthly|yearly))\b"),
        _set_word,
        "SET",
    ),
    Rule(
        "every",
        re.compile(
            r"\b(?i:every|each|per)\s+(?P<unit>(?i:second|minute|hour|day|week|month|quarter|year)"
            r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
        _every,
        "SET",
    ),
)
