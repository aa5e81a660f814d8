"""Words and regex fragments for English date expressions.

Month and weekday names are matched case-sensitively (capitalised) so that the verbs "may" and
"march" and the adjective "august" never read as months; keywords such as "last" or "next" are
matched case-insensitively through scoped `(?i:...)` groups.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


def _names(words: dict[str, int]) -> str:
    # Longest first so that "September" wins over "Sep" and "Sept".
    forms = sorted(words, key=len, reverse=True)
    return "|".join(form.capitalize() for form in forms)


# Full names never take a period ("in September." ends a sentence); abbreviations may.
_FULL_MONTHS = {name: number for name, number in MONTHS.items() if number == 5 or len(name) > 4}
_FULL_MONTHS.update(june=6, july=7)
_SHORT_MONTHS = {name: number for name, number in MONTHS.items() if name not in _FULL_MONTHS}


def month(group: str = "month") -> str:
    """A capitalised month name, or an abbreviation with an optional period, as `group`."""
    full = rf"(?:{_names(_FULL_MONTHS)})(?![A-Za-z])"
    short = rf"(?:{_names(_SHORT_MONTHS)})(?![A-Za-z])\.?"
    return rf"\b(?P<{group}>{full}|{short})"


def weekday(group: str = "weekday") -> str:
    """A capitalised weekday name as `group`; plurals ("Mondays") are habits, not dates."""
    return rf"\b(?P<{group}>{_names(WEEKDAYS)})(?![A-Za-z])"


def day(group: str = "day") -> str:
    """A day of the month, 1-31, with an optional ordinal suffix."""
    return rf"(?<![\d.,/-])(?P<{group}>3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th)?(?![\w:])"


def year(group: str = "year", *, after_hyphen: bool = False) -> str:
    """A four-digit year 1800-2099 that is not part of a longer number, a decade or a range.

    after_hyphen: allow a hyphen right before it, as in "mid-2025".
    """
    before = r"(?<![\w$€£.,/])" if after_hyphen else r"(?<![\w$€£.,/-])"
    return rf"{before}(?P<{group}>18\d\d|19\d\d|20\d\d)(?!\d|s\b|-\d)"


# After a month named alone: no day or year follows ("Oct. 23" is a day, not a month), and it is
# not part of a longer name ("Mar-a-Lago") or a possessive ("May's cabinet").
MONTH_ALONE_END = r"(?!\.?\s*\d)(?![-'’\w])"

# Words before a date that only mark its role in the sentence.
PERIOD_EDGE = (
    r"(?P<edge>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
    r"|the\s+middle\s+of))"
)

NUMBER = rf"(?P<count>(?i:{'|'.join(NUMBER_WORDS)})|\d{{1,2}})"


def month_number(name: str) -> int:
    """Month number for a name or abbreviation as matched (any case, trailing period allowed)."""
    return MONTHS[name.rstrip(".").lower()]


def weekday_number(name: str) -> int:
    """Weekday number, Monday = 0."""
    return WEEKDAYS[name.lower()]


def count_number(word: str) -> int:
    """The number a count word ("two", "an", "12") stands for."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]
