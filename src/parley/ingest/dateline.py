"""Datelines at the start of a report: `MOSCOW, Sept 18 (Reuters) -` and its many cousins.

We read the place, the date as written and the agency, and leave the dateline in the text.
The date is deliberately not turned into a calendar date: "Sept 18" has no year, and the
resolve stage anchors it against the publication date.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from parley.ingest.timestamps import (
    ENGLISH_MONTHS,
    HIJRI_DATE_RE,
    MONTH_PATTERN,
    OTHER_LANGUAGE_MONTHS,
    WEEKDAY_PATTERN,
    other_language_to_english,
    title_case_months,
)

# Letters with their accents ("Bogotá", "Brasília", "Yaoundé").
_LETTERS = r"(?:[^\W\d_]|[.'’\-])*"
_ONE_PLACE = rf"[A-ZÀ-Ý]{_LETTERS}(?:\s+[^\W\d_]{_LETTERS}){{0,3}}?"
# A report filed from two places names both: "Prague/Kyiv, March 12 (TASR) -".
_PLACE = rf"(?P<place>{_ONE_PLACE}(?:\s?/\s?{_ONE_PLACE})?)"
_REGION = (
    r"(?:\s*\[(?P<bracket_region>[^\]\n]{2,40})\]"
    # EFE's "Faro (Portugal), Oct 23 (EFE).-": a region in brackets before the date, or
    # before the agency's ("Sochi (Russia) (AFP) -").
    # Andina's "Arequipa (Arequipa region), May 18.": the region may be named as one.
    r"|\s*\((?P<paren_region>[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|region|province|department))?)\)"
    r"(?=,|\s*\([A-Z])"
    # AP abbreviates a US state: "CAMP DAVID, Md. (AP) -", "NEW YORK, N.Y. (AP) -".
    r"|,\s*(?P<comma_region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2})"
    # "KAZAN, Russia (AP) -", "KAZAN, Russia, Oct 23 (AP) -" or "THE HAGUE, Netherlands —": a
    # region before the agency, the date or a dash, never a word of the first sentence.
    # ("SEOUL, South Korea: TANZANIA and ...", as the Daily News writes it, with a colon.)
    rf"(?=\s*\(|,\s*(?:\d{{1,2}}\s|{MONTH_PATTERN}\s+\d)|\s*(?:--|-|–|—)\s|:\s))?"
)
_ROMANCE_DATE = (
    r"\d{1,2}\s+(?:de\s+)?(?:"
    + "|".join(sorted(OTHER_LANGUAGE_MONTHS, key=len, reverse=True))
    + r")(?:\s+(?:de\s+)?\d{4})?"
)
# Government releases may write the date in figures: "Nouakchott, 18/04/2024 -".
_NUMERIC_DATE = r"\d{1,2}[./]\d{1,2}[./]\d{4}"
# A government release may name the weekday first: "Suva, Tuesday 10th September, 2024 -".
_DATE = (
    rf"(?:,\s*(?P<date>(?:{WEEKDAY_PATTERN},?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTH_PATTERN})|(?i:{MONTH_PATTERN})\s+\d{{1,2}})"
    rf"(?:,?\s+\d{{4}})?|(?i:{_ROMANCE_DATE})|{_NUMERIC_DATE}))?"
)
# An agency's name may carry accents ("Agência Brasil").
_AGENCY_NAME = r"[A-ZÀ-Ý](?:[^\W\d_]|[.&\- ]){1,30}"
_AGENCY = rf"(?:\s*\((?P<agency>{_AGENCY_NAME})\)|,\s*(?P<bare_agency>[A-Z]{{2,8}}))?"
# Kyodo writes its name after the date with no brackets: "TOKYO, March 27 Kyodo - ".
_WORD_AGENCY = r"\s+(?P<word_agency>[A-Z][a-z]+|[A-Z]{2,8})"
# Saudi and Gulf agencies put the Hijri date first: "Riyadh, Rabi al-Awwal 26, 1445, October
# 11, 2023, SPA --".
_HIJRI = rf"(?:,\s*{HIJRI_DATE_RE.pattern})?"
# EFE and other Spanish-language wires close with ".-": "Santiago de Chile, Apr 7 (EFE).-".
_SEPARATOR = r"\s*\.?(?:--|-|–|—|:)(?:\s+|$)"
_DATELINE_RE = re.compile(rf"^{_PLACE}{_REGION}{_HIJRI}{_DATE}{_AGENCY}{_SEPARATOR}", re.UNICODE)
# Indian wires often drop the dash: "NEW DELHI, Nov 10 (PTI) India and ..." — accepted only with
# both a date and an agency, so an ordinary sentence never matches. UzA closes with a full
# stop: "Samarkand, April 2 (UzA). This evening, ...", and Jiji with a dash and no space:
# "Beijing, Dec. 25 (Jiji Press)--Japanese Foreign Minister ...".
_UNSEPARATED_RE = re.compile(
    # Andina writes the month in lower case: "Lima, jul. 4 (ANDINA). The President ...".
    rf"^{_PLACE}{_REGION},\s*(?P<date>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTH_PATTERN})|(?i:{MONTH_PATTERN})\s+\d{{1,2}})"
    rf"(?:,?\s+\d{{4}})?)\s*\((?P<agency>{_AGENCY_NAME})\)(?:\.?\s+|\s*(?:--|–|—)\s*)(?=[A-Z\"“])"
)
# TASS writes "MOSCOW, September 19. /TASS/." before the first sentence.
_SLASHED_AGENCY_RE = re.compile(
    rf"^{_PLACE}{_DATE}\.?\s*/(?P<agency>[A-Z][A-Za-z\-]{{1,20}})/\.?(?:\s+|$)"
)
# Interfax and BelTA put a full stop after the place: "Moscow. Aug 21 (Interfax) - ".
_DOTTED_PLACE_RE = re.compile(
    rf"^{_PLACE}\.\s+(?P<date>(?:\d{{1,2}}\s+(?i:{MONTH_PATTERN})|(?i:{MONTH_PATTERN})\s+\d{{1,2}})"
    rf"(?:,?\s+\d{{4}})?)\s*\((?P<agency>{_AGENCY_NAME})\){_SEPARATOR}"
)
# Kazinform and others write "ASTANA. KAZINFORM – " before the first sentence.
_DOTTED_AGENCY_RE = re.compile(
    rf"^{_PLACE}{_DATE}\.\s+(?P<agency>[A-Z][A-Z\-]{{2,15}})\s*(?:--|-|–|—)\s+"
)
_DATED_WORD_AGENCY_RE = re.compile(
    rf"^{_PLACE}{_REGION},\s*(?P<date>(?:\d{{1,2}}\s+(?i:{MONTH_PATTERN})|(?i:{MONTH_PATTERN})\s+\d{{1,2}}))"
    # (alone on its line: "KYIV, April 28 Kyodo -" over the text).
    rf"{_WORD_AGENCY}\s*(?:--|-|–|—)(?:\s+|$)"
)
# ANSA puts its name first: "(ANSA) - ROME, JUN 30 - ", "(ANSA) - THE HAGUE - ".
_AGENCY_FIRST_RE = re.compile(
    rf"^\((?P<agency>{_AGENCY_NAME})\)\s*(?:--|-|–|—)\s*{_PLACE}{_DATE}{_SEPARATOR}"
)
# Some secretariats and offices open a release with their name and seat in brackets:
# "(CARICOM Secretariat, Turkeyen, Greater Georgetown, Guyana) The Heads of Government ...".
_ISSUER_FIRST_RE = re.compile(
    rf"^\((?P<agency>{_AGENCY_NAME}),\s*{_PLACE}(?:,\s*[^\W\d_][^(),\n]{{1,40}}){{0,3}}\)\s+"
    r"(?=[A-Z\"“])"
)
# Government releases may close a dated dateline with a full stop: "Vienna, 16 June 2025.
# Federal Chancellor ..." (only with the year, which no sentence's opening words carry so).
_FULL_STOP_RE = re.compile(
    rf"^{_PLACE},\s*(?P<date>(?:{WEEKDAY_PATTERN},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?i:{MONTH_PATTERN})|(?i:{MONTH_PATTERN})\s+\d{{1,2}}),?\s+\d{{4}})\.\s+(?=[A-Z\"“])"
)
# A place and a day alone on the line above the text: "Havana, April 6".
_ALONE_RE = re.compile(rf"^{_PLACE}{_REGION}{_DATE}\.?\s*$")
# Armenpress and others put the agency after the place: "YEREVAN, ARMENPRESS. The minister ...".
_AGENCY_AFTER_RE = re.compile(rf"^{_PLACE},\s*(?P<agency>[A-Z]{{3,15}})\.\s+(?=[A-Z\"“])")
# ... and after the date: "YEREVAN, JULY 1, ARMENPRESS. The fourth meeting ...", and "Baku,
# December 28, AZERTAC" alone on its line.
_DATED_AGENCY_AFTER_RE = re.compile(
    rf"^{_PLACE}{_DATE},\s*(?P<agency>[A-Z]{{3,15}})(?:\.\s+(?=[A-Z\"“])|\s*$|\s*(?:--|-|–|—)\s+)"
)
# Trend closes the date with a full stop and its name with a colon: "BAKU, Azerbaijan, May 11.
# Trend:", often alone on its line.
_COLON_AGENCY_RE = re.compile(
    rf"^{_PLACE}{_REGION}{_DATE}\.\s*(?P<agency>[A-Z][A-Za-z\-]{{1,20}}):(?:\s+|$)"
)
# A release's header line: "PRESS RELEASE | Kampala, Thursday 29th February", "Communiqué No.
# 187 | Mexico City, April 18".
_RELEASE_HEADER_RE = re.compile(
    r"^(?i:(?:press|media|news|joint)\s+)?(?i:release|statement|communiqu[eé]|readout)"
    rf"(?:\s+No\.?\s*[\w/.-]+)?\s*\|\s*{_PLACE}{_DATE}\s*$"
)
# Lower-case particles in place names ("Rio de Janeiro", "Dar es Salaam").
_PARTICLES = frozenset(
    {"de", "da", "do", "des", "del", "es", "la", "le", "of", "the", "am", "upon"}
)
# Words that start sentences and would otherwise pass for a place in "Meanwhile, ...", and the
# labels of a column or kind of piece ("OPINION: Every visitor ...").
_NOT_PLACES = frozenset(
    {"However", "Meanwhile", "Earlier", "Later", "Also", "But", "And", "The", "In", "On", "At",
     "Opinion", "Analysis", "Editorial", "Comment", "Commentary", "Column", "Exclusive",
     "Breaking", "Update", "Updated", "Explainer", "Factbox", "Interview", "Review", "Watch",
     "Live", "Perspective", "Letters", "Insight", "Feature", "Viewpoint", "This", "Today",
     "Latest", "Top", "Read", "Note", "Summary", "Background"}
)  # fmt: skip

# Andina's site puts the hour of filing before the dateline: "18:20 | Quito, Oct. 9.".
_CLOCK_FIRST_RE = re.compile(r"^\d{1,2}:\d{2}\s*\|\s*")

# Places whose name starts with a word that otherwise starts sentences.
_THE_PLACES = frozenset({"The Hague", "The Vatican", "The Gambia", "The Bahamas"})


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline: place (title-cased), date text as written, agency, and its length."""

    place: str
    date_text: str | None
    agency: str | None
    end: int


def parse_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening `paragraph`, or None when it does not start with one.

    A match needs a date or an agency, or a place in capitals ("NEW DELHI:"), so ordinary
    sentences such as "Lavrov: we will talk" are not mistaken for datelines.
    """
    clock = _CLOCK_FIRST_RE.match(paragraph)
    if clock is not None:
        after = parse_dateline(paragraph[clock.end() :])
        if after is None or after.date_text is None:
            return None
        return Dateline(after.place, after.date_text, after.agency, clock.end() + after.end)
    patterns = (
        _SLASHED_AGENCY_RE,
        _DOTTED_AGENCY_RE,
        _DOTTED_PLACE_RE,
        _DATELINE_RE,
        _AGENCY_FIRST_RE,
        _ISSUER_FIRST_RE,
        _DATED_WORD_AGENCY_RE,
        _UNSEPARATED_RE,
        _RELEASE_HEADER_RE,
        _FULL_STOP_RE,
        _ALONE_RE,
        _AGENCY_AFTER_RE,
        _DATED_AGENCY_AFTER_RE,
        _COLON_AGENCY_RE,
    )
    for pattern in patterns:
        match = pattern.match(paragraph)
        if match is None:
            continue
        place = match.group("place").strip()
        date_text = match.groupdict().get("date")
        groups = match.groupdict()
        agency = groups.get("agency") or groups.get("bare_agency") or groups.get("word_agency")
        if _title_case(place).split()[0] in _NOT_PLACES and _title_case(place) not in _THE_PLACES:
            return None
        if re.fullmatch(rf"(?i:{WEEKDAY_PATTERN})", place):
            # "Wednesday, 21 June - 07:55": a stamp with no year, not a place and its date.
            return None
        if pattern is _ALONE_RE and (
            (not date_text and not _is_capitals(place))
            or re.fullmatch(rf"(?i:{WEEKDAY_PATTERN}|{MONTH_PATTERN})", place)
            or (not date_text and _names_an_issuer(place))
        ):
            # A line with a place alone is a heading, unless in capitals as a dateline ("ROME"
            # above the text); "Friday, May 16" above a live blog is the day, with no place.
            continue
        if pattern is _ISSUER_FIRST_RE and not (agency and _names_an_issuer(agency)):
            # "(Lavrov, Moscow, Russia) ...": brackets that open with no issuer's name.
            continue
        if pattern is _DATED_AGENCY_AFTER_RE and not date_text:
            continue
        if pattern is _AGENCY_AFTER_RE and not _is_capitals(place):
            # "Russia, NATO. The talks ...": a list, not a place and its agency.
            continue
        if not (date_text or agency or _is_capitals(place) or _city_before_a_dash(match)):
            continue
        agency = agency.strip() if agency else None
        if date_text:
            date_text = _figures_in_words(
                other_language_to_english(title_case_months(_lower_case_month(date_text)))
            )
        # A report filed from two places ("HANOI/WASHINGTON") keeps both: neither alone is
        # where it was written.
        place = "/".join(_title_case(part.strip()) for part in place.split("/"))
        return Dateline(place, date_text, agency, match.end())
    return None


# The last word of an issuer's name in capitals over a release ("HOLY SEE PRESS OFFICE",
# "MINISTRY OF FOREIGN AFFAIRS"), never of a place.
_ISSUER_WORDS = frozenset(
    {"office", "ministry", "service", "bureau", "department", "agency", "secretariat", "press",
     "presidency", "affairs", "government", "embassy", "mission", "release", "statement",
     "communique", "readout", "spokesperson", "council", "commission", "house", "cabinet"}
)  # fmt: skip


def _names_an_issuer(place: str) -> bool:
    words = place.lower().split()
    return words[-1] in _ISSUER_WORDS or words[0] in ("ministry", "office", "embassy")


def _city_before_a_dash(match: re.Match[str]) -> bool:
    """ "Phnom Penh – Chinese President ...": a place in mixed case before a spaced dash is a
    dateline when it is a capital or city the bundled country list names, never a person
    ("Hun Manet – who ...")."""
    groups = match.groupdict()
    return bool(
        groups.get("date") is None
        and re.search(r"\s(?:--|-|–|—)\s+$", match.group())
        and match.group("place").strip().casefold() in _listed_cities()
    )


@cache
def _listed_cities() -> frozenset[str]:
    entries = json.loads(resources.files("parley.data").joinpath("countries.json").read_text())
    return frozenset(
        city.casefold()
        for entry in entries
        for city in [entry["capital"], *entry["cities"]]
        if city
    )


def _lower_case_month(date_text: str) -> str:
    """ "jul. 4" as "Jul. 4": a month Andina writes in lower case, which the date reader
    takes only capitalised."""
    return re.sub(
        r"\b[a-z]{3,9}\b",
        lambda m: (
            m.group().title() if re.fullmatch(MONTH_PATTERN, m.group().title()) else m.group()
        ),
        date_text,
    )


def _figures_in_words(text: str) -> str:
    """ "07/12/2023" as "7 December 2023": figures in a dateline are read day first, as the
    releases that print them do (unless the first number cannot be a month)."""
    if not re.fullmatch(_NUMERIC_DATE, text):
        return text
    first, second, year = (int(n) for n in re.split(r"[./]", text))
    day, month = (second, first) if second > 12 >= first else (first, second)
    if not 1 <= month <= 12:
        return text
    return f"{day} {ENGLISH_MONTHS[month - 1]} {year}"


def _is_capitals(place: str) -> bool:
    letters = [ch for ch in place if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _title_case(place: str) -> str:
    """'NEW DELHI' -> 'New Delhi', 'ST. PETERSBURG' -> 'St. Petersburg'; mixed case is kept."""
    if not _is_capitals(place):
        return place
    words = place.lower().split()
    return " ".join(
        word if i and word in _PARTICLES else _capitalise(word) for i, word in enumerate(words)
    )


def _capitalise(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
