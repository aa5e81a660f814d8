"""Publication time stamps as news sites print them, parsed without guessing.

`parse_timestamp` understands the forms that appear in article headers and metadata:
ISO 8601 (`2023-09-19T21:27:00+03:00`), dotted or slashed numeric dates with a year first
(`2024.09.11 11:30 GMT+8`), and dates with month names (`Sep 19, 2023 09:27 PM`,
`Tuesday, 19 September 2023`). A year is required: a stamp without one is not a stamp.
We parse these by hand rather than with `dateutil` because dateutil reads `GMT+8` with the
POSIX sign convention (eight hours *behind* GMT) and its fuzzy mode invents dates from prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

# Keyed by the first three letters, which tell every month apart.
MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# Full names and the abbreviations agencies use ("Sept.", "Sep").
MONTH_PATTERN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY_PATTERN = (
    r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?)\.?"
)

# Abbreviations that name one offset unambiguously enough for news sites.
ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "IST": 5.5,
    "PKT": 5,
    "BJT": 8,
    "CST": 8,  # China Standard Time on the Asian sites that print it; US Central is rare in stamps
    "HKT": 8,
    "SGT": 8,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "WIB": 7,
    "WITA": 8,
    "WIT": 9,
    "ICT": 7,
    "PHT": 8,
    "MYT": 8,
    "GST": 4,
    "EAT": 3,
    "CAT": 2,
    "WAT": 1,
    "SAST": 2,
    "TRT": 3,
    "IRST": 3.5,
    "EST": -5,
    "EDT": -4,
    "ET": -5,
    "PST": -8,
    "PDT": -7,
}

_ISO_RE = re.compile(
    # ("2025-07-22 at 18:30": the clock may follow "at".)
    r"\b(\d{4})-(\d{2})-(\d{2})(?:(?:[T ]|\s+at\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
    # "Published: 2024-05-03 14:10 GMT": a zone's name after the clock, as well as its offset.
    r"\s?(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?|[A-Z]{3,4}\b)?(?![\d-])"
)
_NUMERIC_RE = re.compile(r"\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b")
# Day first with dots is the European order.
# "28.11.2024", and "28. 11. 2024" as Slovenian, Croatian and Czech outlets space it.
_DOTTED_DAY_FIRST_RE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
# Slashed dates with the year last are day-first in most of the world and month-first in the
# US; only a number above 12 tells which, so "05/04/2023" is not read at all, unless the
# caller knows the text is a header stamp (`day_first`).
# Dashes as well: "11-03-2024 | 16:40".
_SLASHED_YEAR_LAST_RE = re.compile(r"\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b")
_MONTH_FIRST_RE = re.compile(
    # "June 23, 2025", "June, 23, 2025" as some agencies print it, and "Mar 11,2023".
    rf"\b(?P<month>{MONTH_PATTERN}),?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)"
    rf"(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
# "11 January 2025", "11th Jan, 2025", "30. Jun 2025" as German sites write it, and the
# hyphenated "11-Jan-2025" of some news sites.
_DAY_FIRST_RE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:(?:st|nd|rd|th|\.)?\s+(?P<month>{MONTH_PATTERN}),?\s+"
    rf"|-(?P<hmonth>{MONTH_PATTERN})-)(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
# Day-first dates in other languages, as government releases and national outlets print them in
# their header lines ("3 de febrero de 2025", "2 de março de 2023", "14 février 2025").
OTHER_LANGUAGE_MONTHS: dict[str, int] = {
    **dict.fromkeys(("enero",), 1),
    **dict.fromkeys(("febrero", "fevereiro", "février", "fevrier"), 2),
    **dict.fromkeys(("marzo", "março", "marco", "mars"), 3),
    **dict.fromkeys(("abril", "avril"), 4),
    **dict.fromkeys(("mayo", "maio", "mai"), 5),
    **dict.fromkeys(("junio", "junho", "juin"), 6),
    **dict.fromkeys(("julio", "julho", "juillet"), 7),
    **dict.fromkeys(("agosto", "août", "aout"), 8),
    **dict.fromkeys(("septiembre", "setiembre", "setembro", "septembre"), 9),
    **dict.fromkeys(("octubre", "outubro", "octobre"), 10),
    **dict.fromkeys(("noviembre", "novembro", "novembre"), 11),
    **dict.fromkeys(("diciembre", "dezembro", "décembre", "decembre"), 12),
    "janeiro": 1,
    "janvier": 1,
    # Nordic sites in English keep their own months in the header ("29. október 2024 kl. 13:05",
    # "11. januar 2024"): Danish, Norwegian, Swedish, Icelandic, and Finnish in the genitive.
    **dict.fromkeys(("januar", "januari", "janúar", "tammikuuta"), 1),
    **dict.fromkeys(("februar", "februari", "febrúar", "helmikuuta"), 2),
    **dict.fromkeys(("maaliskuuta",), 3),
    **dict.fromkeys(("apríl", "huhtikuuta"), 4),
    **dict.fromkeys(("maj", "maí", "toukokuuta"), 5),
    **dict.fromkeys(("juni", "júní", "kesäkuuta"), 6),
    **dict.fromkeys(("juli", "júlí", "heinäkuuta"), 7),
    **dict.fromkeys(("augusti", "ágúst", "elokuuta"), 8),
    **dict.fromkeys(("syyskuuta",), 9),
    **dict.fromkeys(("oktober", "október", "lokakuuta"), 10),
    **dict.fromkeys(("nóvember", "marraskuuta"), 11),
    **dict.fromkeys(("desember", "joulukuuta"), 12),
    # South Slavic sites in English do the same ("19. mart 2023. 08:41"): Serbian, Bosnian and
    # Montenegrin, Croatian (in the genitive), Slovene and Macedonian, in the Latin script.
    **dict.fromkeys(("siječnja",), 1),
    **dict.fromkeys(("veljače", "fevruari"), 2),
    **dict.fromkeys(("mart", "ožujka", "marec"), 3),
    **dict.fromkeys(("travnja",), 4),
    **dict.fromkeys(("svibnja",), 5),
    **dict.fromkeys(("jun", "lipnja", "junij"), 6),
    **dict.fromkeys(("jul", "srpnja", "julij"), 7),
    **dict.fromkeys(("avgust", "kolovoza"), 8),
    **dict.fromkeys(("septembar", "rujna", "septemvri"), 9),
    **dict.fromkeys(("oktobar", "listopada", "oktomvri"), 10),
    **dict.fromkeys(("novembar", "studenoga", "studenog", "noemvri"), 11),
    **dict.fromkeys(("decembar", "prosinca", "dekemvri"), 12),
    # Czech, Slovak and Polish sites too ("12. marca 2023 19:52", "5. března 2025"), in the
    # genitive, and German, Dutch and Italian ones ("12. März 2024", "3 giugno 2025") where
    # they are written otherwise than above. Polish "listopada" (November) is left out: in
    # Croatian it is October.
    **dict.fromkeys(("ledna", "januára", "stycznia"), 1),
    **dict.fromkeys(("února", "februára", "lutego"), 2),
    **dict.fromkeys(("března", "marca", "märz", "maart"), 3),
    **dict.fromkeys(("dubna", "apríla", "kwietnia", "aprile"), 4),
    **dict.fromkeys(("května", "mája", "maja", "mei", "maggio"), 5),
    **dict.fromkeys(("června", "júna", "czerwca", "giugno"), 6),
    **dict.fromkeys(("července", "júla", "lipca", "luglio"), 7),
    **dict.fromkeys(("srpna", "augusta", "sierpnia", "augustus"), 8),
    **dict.fromkeys(("září", "septembra", "września", "settembre"), 9),
    **dict.fromkeys(("října", "októbra", "października", "ottobre"), 10),
    **dict.fromkeys(("listopadu", "novembra"), 11),
    **dict.fromkeys(("prosince", "decembra", "grudnia", "dezember", "dicembre"), 12),
    **dict.fromkeys(("gennaio",), 1),
    **dict.fromkeys(("febbraio",), 2),
}
_OTHER_LANGUAGE_RE = re.compile(
    r"\b(?P<day>\d{1,2})(?:º|°|er|\.)?\s+(?:de\s+)?(?P<month>"
    + "|".join(sorted(OTHER_LANGUAGE_MONTHS, key=len, reverse=True))
    + r")\s+(?:de\s+)?(?P<year>\d{4})\b",
    re.IGNORECASE,
)
# Hijri dates printed beside the Gregorian one in Gulf and Saudi releases ("15 Shawwal 1445
# AH", "Rabi al-Awwal 26, 1445"), and Iranian (solar Hijri) ones ("13 Esfand 1403"); they are
# skipped, the Gregorian date is read.
_HIJRI_MONTH = (
    r"(?:Muharram|Safar|Rabi[`'’]?\s*(?:al|ul|Al)?[- ]?(?:Awwal|Akhir|Thani|Than)|"
    r"Jumad[ae]\s*(?:al|ul|Al)?[- ]?(?:Awwal|Ula|Akhirah|Akhir|Thani|Than)|Rajab|Sha[`'’]?ban|"
    r"Ramadan|Shawwal|Dhu\s*al[- ]?Qa[`'’]?dah|Dhul?[- ]?Qa[`'’]?dah|Dhu\s*al[- ]?Hijjah|"
    r"Dhul?[- ]?Hijjah|Farvardin|Ordibehesht|Khordad|Tir|A?Mordad|Shahrivar|Mehr|Aban|Azar|Dey|"
    r"Bahman|Esfand)"
)
HIJRI_DATE_RE = re.compile(
    rf"(?:\b\d{{1,2}}\s+{_HIJRI_MONTH}|{_HIJRI_MONTH}\s+\d{{1,2}}),?\s+\d{{4}}(?:\s*(?:AH|A\.H\.|H))?\b",
    re.IGNORECASE,
)


def hijri_spans(text: str) -> list[tuple[int, int]]:
    """Spans of Hijri dates, which stamps may carry beside the Gregorian date."""
    return [m.span() for m in HIJRI_DATE_RE.finditer(text)]


ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")  # fmt: skip


_CAPITALS_WORD_RE = re.compile(r"\b[A-Z]{3,9}\b")


def title_case_months(text: str) -> str:
    """ "JUN 30" as "Jun 30": agencies print months and weekdays in capitals, which the date
    reader, reading prose, takes only in title case."""
    return _CAPITALS_WORD_RE.sub(
        lambda m: (
            m.group().title()
            if re.fullmatch(f"{MONTH_PATTERN}|{WEEKDAY_PATTERN}", m.group().title())
            else m.group()
        ),
        text,
    )


def other_language_to_english(text: str) -> str:
    """ "5 de mayo de 2025" as "5 May 2025", so the English date reader takes it; other text
    is returned as it is."""
    match = re.fullmatch(
        r"(?P<day>\d{1,2})\s+(?:de\s+)?(?P<month>[^\W\d_]+)(?:\s+(?:de\s+)?(?P<year>\d{4}))?",
        text.strip(),
    )
    if match is None or match.group("month").lower() not in OTHER_LANGUAGE_MONTHS:
        return text
    month = ENGLISH_MONTHS[OTHER_LANGUAGE_MONTHS[match.group("month").lower()] - 1]
    year = f" {match.group('year')}" if match.group("year") else ""
    return f"{match.group('day')} {month}{year}"


_TIME_RE = re.compile(
    r"\b(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)(?![A-Za-z]))?"
    # ("GMT+700", as Antara prints Jakarta's clock: seven hours and no minutes.)
    r"(?:\s*\(?(?P<zone>(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?(?!\d)|[A-Z]{1,4}\b)\)?)?"
)
# Spanish, Portuguese and French weekdays, which releases print before a Romance date.
_ROMANCE_WEEKDAYS = (
    r"lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
    r"|(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_WEEKDAY_RE = re.compile(rf"\b(?:{WEEKDAY_PATTERN}|(?:{_ROMANCE_WEEKDAYS})\b)", re.IGNORECASE)


@dataclass(frozen=True)
class TimestampMatch:
    """A parsed time stamp and the character spans of the text it was read from."""

    value: datetime
    spans: tuple[tuple[int, int], ...]


def parse_timestamp(text: str) -> datetime | None:
    """The first date (with time and zone when given) in `text`, or None when none has a year."""
    found = find_timestamp(text)
    return found.value if found else None


def find_timestamp(text: str, *, day_first: bool = False) -> TimestampMatch | None:
    """Like `parse_timestamp`, but also report which spans of `text` the stamp used.

    `day_first` reads a slashed date that fits both orders ("01/11/2023") day first.
    """
    iso = _ISO_RE.search(text)
    if iso:
        return _from_iso(iso)
    found = _find_date(text, day_first=day_first)
    if found is None:
        return None
    (year, month, day), date_span = found
    spans = [date_span]
    hour = minute = second = 0
    zone: timezone | None = None
    time_match = _TIME_RE.search(text)
    if time_match:
        clock = _clock(time_match)
        if clock is not None:
            hour, minute, second = clock
            zone = _zone(time_match.group("zone"))
            end = time_match.end() if zone or time_match.group("ampm") else time_match.end("minute")
            if time_match.group("second"):
                end = max(end, time_match.end("second"))
            spans.append((time_match.start(), end))
    try:
        value = datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None
    return TimestampMatch(value, tuple(spans))


def fits_both_orders(text: str) -> bool:
    """Whether `text` holds a slashed date that reads as a day either way ("06/05/2025"), when
    no earlier form of date comes first."""
    if _ISO_RE.search(text) or _NUMERIC_RE.search(text) or _DOTTED_DAY_FIRST_RE.search(text):
        return False
    slashed = _SLASHED_YEAR_LAST_RE.search(text)
    if slashed is None:
        return False
    first, second = int(slashed.group(1)), int(slashed.group(3))
    return first != second and first <= 12 and second <= 12


def weekday_spans(text: str) -> list[tuple[int, int]]:
    """Spans of weekday names, which stamps often carry ("Tuesday, 19 September 2023")."""
    return [m.span() for m in _WEEKDAY_RE.finditer(text)]


def _from_iso(match: re.Match[str]) -> TimestampMatch | None:
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        value = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=_zone(zone) if zone else None,
        )
    except ValueError:
        return None
    if zone and zone != "Z" and _zone(zone) is None:
        # An unknown word after the stamp is not part of it.
        last = next(g for g in (6, 5, 3) if match.group(g) is not None)
        return TimestampMatch(value, ((match.start(), match.end(last)),))
    return TimestampMatch(value, (match.span(),))


def _find_date(
    text: str, *, day_first: bool
) -> tuple[tuple[int, int, int], tuple[int, int]] | None:
    numeric = _NUMERIC_RE.search(text)
    if numeric:
        year, month, day = (int(g) for g in numeric.groups())
        return (year, month, day), numeric.span()
    dotted = _DOTTED_DAY_FIRST_RE.search(text)
    if dotted:
        day, month, year = (int(g) for g in dotted.groups())
        return (year, month, day), dotted.span()
    slashed = _SLASHED_YEAR_LAST_RE.search(text)
    if slashed:
        first, second, year = (int(slashed.group(n)) for n in (1, 3, 4))
        if first > 12 >= second or (day_first and first <= 12 and second <= 12):
            return (year, second, first), slashed.span()
        if second > 12 >= first:
            return (year, first, second), slashed.span()
    foreign = _OTHER_LANGUAGE_RE.search(text)
    if foreign:
        month = OTHER_LANGUAGE_MONTHS[foreign.group("month").lower()]
        day, year = int(foreign.group("day")), int(foreign.group("year"))
        return (year, month, day), foreign.span()
    for pattern in (_MONTH_FIRST_RE, _DAY_FIRST_RE):
        named = pattern.search(text)
        if named:
            month_name = named.group("month") or named.group("hmonth")
            month = MONTHS[month_name.lower()[:3]]
            return (int(named.group("year")), month, int(named.group("day"))), named.span()
    return None


def _clock(match: re.Match[str]) -> tuple[int, int, int] | None:
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    second = int(match.group("second") or 0)
    ampm = (match.group("ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _zone(text: str | None) -> timezone | None:
    """`GMT+8`, `UTC+05:30`, `+0300`, `Z` or a known abbreviation as a fixed offset."""
    if not text:
        return None
    compact = text.replace(" ", "").upper()
    named = re.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?", compact)
    if named:
        sign = 1 if named.group(1) == "+" else -1
        delta = timedelta(hours=int(named.group(2)), minutes=int(named.group(3) or 0))
        return timezone(sign * delta) if delta <= timedelta(hours=14) else None
    if compact in ZONE_OFFSETS:
        return timezone(timedelta(hours=ZONE_OFFSETS[compact]))
    return None
