"""Lines that carry only metadata: time stamps ("Published: ...") and bylines ("By Jane Doe").

Such lines are removed from the body (they are never event statements) and the stamps feed
`Article.published`. A line may hold several parts separated by `|` or `·`
("By Jane Doe | Updated: 2023-09-19 21:27"); it is a metadata line only when every part is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from parley.ingest.timestamps import (
    ENGLISH_MONTHS,
    HIJRI_DATE_RE,
    WEEKDAY_PATTERN,
    find_timestamp,
    fits_both_orders,
    hijri_spans,
    weekday_spans,
)

StampKind = Literal["published", "updated", "unlabelled"]

_PUBLISHED_LABEL = (
    r"(?:first\s+)?(?:published|posted|released|created|issued|publish(?:ed)?\s+date"
    r"|date(?:line)?|press\s+release"
    # "Written: 2025-09-18 10:02:11", "Input : 2025.09.18 10:02": Korean news sites' labels.
    r"|written|input"
    # The Nordic sites' own words: Norwegian, Swedish, Danish, Finnish.
    r"|publisert|publicerad|publiserad|publiceret|julkaistu"
    # Spanish, Portuguese, French, Italian and German sites in English keep theirs too.
    r"|publicad[oa](?:\s+(?:em|el))?|publi\u00e9(?:\s+le)?|pubblicato(?:\s+il)?"
    r"|ver\u00f6ffentlicht(?:\s+am)?"
    # Romanian, Dutch, Polish and Czech ("Data publicării: 12.06.2025 07:55").
    r"|data\s+public\u0103rii|publicat(?:\s+(?:la|pe))?|gepubliceerd(?:\s+op)?"
    r"|opublikowano|publikov\u00e1no)"
)
_UPDATED_LABEL = (
    r"(?:last\s+)?(?:updated?|modified|edited|oppdatert|uppdaterad|opdateret|p\u00e4ivitetty"
    r"|actualizad[oa](?:\s+el)?|atualizad[oa](?:\s+em)?|mis\s+\u00e0\s+jour(?:\s+le)?"
    r"|aggiornato(?:\s+il)?"
    r"|aktualisiert(?:\s+am)?"
    r"|data\s+actualiz\u0103rii|actualizat(?:\s+(?:la|pe))?|bijgewerkt(?:\s+op)?"
    r"|zaktualizowano|aktualizov\u00e1no)"
)
_LABEL_RE = re.compile(
    rf"^\s*(?:(?P<published>{_PUBLISHED_LABEL})|(?P<updated>{_UPDATED_LABEL}))"
    r"(?:\s+(?:on|at))?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
# The label of the topic or section a page is filed under ("Subject: Lebanon").
_FILED_UNDER = r"(?i:subjects?|topics?|sections?|categor(?:y|ies)|themes?|tags?)\s*:\s*"
# Also " - Update : ..." after a stamp ("07.12.2023 - Update : 07.12.2023"), a bullet without
# spaces ("14:05 •Updated 15:20"), and a second label right after a stamp ("Issued on:
# 03/07/2025 - 16:45 Modified: 03/07/2025 - 18:10").
_PART_SEPARATOR_RE = re.compile(
    # "Philippine Daily Inquirer / 05:10 AM April 30, 2025": a spaced slash as well.
    rf"\s+[|·•/]\s+|\s*[|•]\s*|\s+[-–—]\s+(?=(?i:{_UPDATED_LABEL})\b)"
    # ("Sat Sep 9, 2023 12:00 AM  Last update on: Sat Sep 9, 2023 01:37 AM".)
    rf"|\s+(?=(?i:{_UPDATED_LABEL})(?:\s+(?i:on|at))?\s*:)|\s+(?=(?i:{_UPDATED_LABEL})\s+\d{{1,2}}\s+\w+\s+ago$)"
    # "24 Oct 2024, 09:15 - By TPN/Lusa"; "July 1, 2025, at 8:45 pm, updated at 10:12 pm".
    # "Posted Tue 7 Nov 2023 at 9:14pm, updated Tue 7 Nov 2023 at 10:02pm".
    rf"|\s+[-–—]\s+(?=By\s)|,\s+(?=(?i:{_UPDATED_LABEL})\s+(?:at\s|[A-Z0-9]))"
    # "Posted March 17, 2025 7:42 pm. Last Updated March 17, 2025 9:05 pm.": a full stop.
    rf"|\.\s+(?=(?i:{_UPDATED_LABEL})\s+[A-Z0-9])"
    # "Jun 21, 2025 (Updated Jun 21, 2025)", "29 May 2023 10:46 AM [ Last Update: ... ]".
    rf"|\s+\((?=(?i:{_UPDATED_LABEL})\b[^()]*\)$)"
    rf"|\s+\[\s*(?=(?i:{_UPDATED_LABEL})\b[^\[\]]*\]$)"
    # "28 March 2025 - Subject: Lebanon": the topic a release is filed under.
    rf"|\s+[-–—]\s+(?={_FILED_UNDER})"
)
_MONTH_NAME = "(?:" + "|".join(m[:3] + f"(?:{m[3:]})?" for m in ENGLISH_MONTHS) + ")"
# Parts that carry nothing to keep beside a stamp: a time alone ("03.07.2025 | 14:05"), an
# update time without its day ("Updated 15:20"), a reading time ("2 min read").
_NOTHING_TO_KEEP_RE = re.compile(
    rf"^(?:(?i:{_UPDATED_LABEL})(?:\s+at)?\s*:?\s*)?\d{{1,2}}[:.]\d{{2}}"
    # "Last updated 5:12 p.m. EDT", "11:52 PM GMT+1": the clock's half of the day, its zone
    # (with its offset), or both.
    r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?$"
    r"|^\d{1,3}\s*min(?:ute)?s?\s+read$|^(?i:reading time)\s*:?\s*\d{1,3}\s*min(?:ute)?s?$"
    # "Updated 2 hours ago": how old the page was when it was saved.
    rf"|^(?:(?i:{_UPDATED_LABEL})\s*:?\s*)?\d{{1,2}}\s+(?:minute|hour|day)s?\s+ago$"
    # "Last Updated: May 6": the day of an update, its year left to the stamp beside it.
    rf"|^(?i:{_UPDATED_LABEL})\s*:?\s*(?:{_MONTH_NAME}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAME}\.?)$"
    rf"|^{_FILED_UNDER}[^:]{{1,60}}$"
)
_DOTTED_CLOCK_RE = re.compile(
    r"\b(\d{1,2})\.(\d{2})(?=\s*(?:[A-Z]{2,4}\b|[AaPp]\.?[Mm]\b))"
    # "8 november 2022 kl 19.02": after the Nordic "at", a full stop is a clock's.
    r"|(?<=\bkl )(\d{1,2})\.(\d{2})\b|(?<=\bkl\. )(\d{1,2})\.(\d{2})\b"
    r"|(?<=\bklo )(\d{1,2})\.(\d{2})\b"
    # "Published on 26/10/2025 09h12": the Romance and Portuguese way of writing a clock.
    r"|\b([01]?\d|2[0-3])h([0-5]\d)\b"
)
# "July 3, 2025 4:05 PM 2 min read": a reading time after the stamp.
_READING_TIME_RE = re.compile(r"(?:\s+[·•|])?\s+\d{1,3}\s*min(?:ute)?s?\s+read$", re.IGNORECASE)
# What may remain of a stamp once its date, time and weekday are taken out.
# "(Paris)" after the time names the clock it was read on.
_STAMP_LEFTOVER_RE = re.compile(
    r"^[\s,:;|/()\[\]\-–—.]*"
    # "kl." and "klo" are the Nordic "at" before a clock ("28.10.2024 kl. 20:31").
    # "à", "às", "alle" and "a las" are the Romance ones ("Publié le 14.02.2025 à 09:12").
    # "Monday 18 November 2024 23:40, UK": the country whose clock it is.
    # "April 11, 2025 4:52 PM GMT+8 Updated": the word a news page prints after its stamp.
    r"(?:(?:(?i:at|on|hrs|local time|kl|klo|\u00e0|\u00e0s|alle|a las|updated)|UK"
    r"|\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\))[\s,:;.]*)*$"
)

_WEEKDAY_PART_RE = re.compile(
    rf"^(?P<head>(?:(?i:{_PUBLISHED_LABEL}|{_UPDATED_LABEL})\s*:?\s*)?{WEEKDAY_PATTERN})\s*[|·•]\s*"
)
# An agency's name in brackets, then the time it issued the dispatch.
_AGENCY_SIGN_OFF_RE = re.compile(r"^\((?P<agency>[A-Z]{2,10})\)\s+(?P<stamp>\d.{5,40})$")

# "By staff reporters in Astana", "By our correspondent": a byline naming no one.
_BYLINE_START_RE = re.compile(
    r"^(?:By|BY|Written by|Reported by|Story by|Text by|Words by)\s+(?=[A-Z]|(?:staff|our|a|the)\s)"
)
# Lower-case words a byline may contain besides names ("By Jane Doe, staff correspondent").
_BYLINE_WORDS_TEXT = (
    "and in of the for at with from staff correspondent correspondents reporter reporters "
    "writer writers editor editors bureau chief senior special our news agency a"
)
_BYLINE_WORDS = frozenset(_BYLINE_WORDS_TEXT.split())
_LABELLED_AUTHOR_RE = re.compile(r"^(?:Author|Authors|Editor|Reporter|Writer)\s*:\s*\S", re.I)


@dataclass(frozen=True)
class Stamp:
    """A time stamp line: what it is labelled as, and the moment it names."""

    kind: StampKind
    value: datetime
    # "06/05/2025" fits both orders and is read day first; the month-first reading is kept for
    # a dateline that names the day ("Taipei, June 5 (CNA)") to decide between them.
    month_first: datetime | None = None


@dataclass(frozen=True)
class MetadataLine:
    """A metadata-only line; `stamps` holds the time stamps it carries (possibly none), and
    `place` the place a release line names before its date ("Flores, Petén, Guatemala, 15
    August 2025"), if any."""

    stamps: tuple[Stamp, ...]
    place: str | None = None


def classify_metadata_line(line: str) -> MetadataLine | None:
    """A `MetadataLine` when every part of `line` is a stamp or a byline, else None."""
    text = line.strip()
    if not text or len(text) > 200:
        return None
    placed = _place_and_date(text)
    if placed is not None:
        return placed
    signed = _AGENCY_SIGN_OFF_RE.match(text)
    if signed is not None and (stamp := parse_stamp(signed.group("stamp"))) is not None:
        # "(ANGOP) 25/01/2023 19:10" closing a dispatch: when the agency issued it.
        return MetadataLine((Stamp("published", stamp.value),))
    stamps: list[Stamp] = []
    names = 0
    loose = 0
    kinds = 0
    # "Published: Tuesday | March 12, 2024 | 12:09 AM": the weekday belongs with the date.
    text = _WEEKDAY_PART_RE.sub(r"\g<head>, ", text)
    for part in _PART_SEPARATOR_RE.split(_READING_TIME_RE.sub("", text)):
        if not part.strip():
            continue
        stamp = parse_stamp(part) or _byline_stamp(part)
        if stamp is None and (placed := _place_and_date(part.strip())) is not None:
            # "Ministry | Press Release No. 012 | Mexico City, January 10, 2023".
            stamp = placed.stamps[0]
        if stamp is not None:
            stamps.append(stamp)
        elif _NOTHING_TO_KEEP_RE.match(part.strip()) or _venue_and_clock(part.strip()):
            loose += 1
        elif HIJRI_DATE_RE.fullmatch(part.strip()):
            continue  # the Hijri date beside the Gregorian one
        elif _DOCUMENT_KIND_RE.match(part.strip()):
            kinds += 1
        elif _is_source_name(part):
            names += 1
        elif not is_byline(part):
            return None
    if not stamps and (loose or (names and not kinds)):
        # A bare name is only metadata beside a stamp ("Xinhua | Updated: 2023-04-15 07:12")
        # or the kind of document ("Press release | EEAS Press Team").
        return None
    return MetadataLine(tuple(stamps))


# Lower-case words inside names of places and issuers ("Dar es Salaam", "Rio de Janeiro").
_PLACE_PARTICLES = "de|del|la|las|los|do|da|dos|das|es|el|al|du|des|di|le|les|of|the|and|y|e"
# "Planalto Palace, Brasília, 2 March 2023", "Comunicado de la Presidencia de México, 3 de
# febrero de 2025": names of a place or an issuer, then the date of the release.
_NAME_PART_RE = re.compile(
    rf"^(?:[A-ZÀ-Ý][\w.'’-]*|{_PLACE_PARTICLES})"
    rf"(?:\s+(?:[A-ZÀ-Ý][\w.'’-]*|{_PLACE_PARTICLES})){{0,7}}$"
)


def _venue_and_clock(part: str) -> bool:
    """ "Malacañang Press Briefing Room, 11:30 AM": where and at what time a briefing began,
    beside its date."""
    found = re.match(r"^(?P<venue>[^,]+),\s*(?P<clock>\d{1,2}[:.]\d{2}.*)$", part)
    return bool(
        found
        and _NAME_PART_RE.match(found.group("venue"))
        and _NOTHING_TO_KEEP_RE.match(found.group("clock"))
    )


_BRACKETED_COUNTRY_RE = re.compile(r"\s*\(([^()]+)\)\s*$")


def _place_and_date(text: str) -> MetadataLine | None:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2 or len(text) > 100:
        return None
    for split in range(len(parts) - 1, 0, -1):
        stamp = parse_stamp(", ".join(parts[split:]))
        if stamp is None:
            continue
        # "Vadodara (India), Monday 28 October 2024": the country in brackets after the city.
        names = [n for part in parts[:split] for n in _BRACKETED_COUNTRY_RE.split(part) if n]
        if all(_NAME_PART_RE.match(n) for n in names):
            # A city with its region or country ("Flores, Petén, Guatemala") is where the
            # release was issued; one name alone may be the outlet's home ("London, ...").
            return MetadataLine((stamp,), place=names[0] if len(names) > 1 else None)
        # "Brasília, quarta-feira, 5 de março de 2025": the weekday belongs to the stamp.
    return None


# "Xinhua", "Source: Global Times", "Ciudad de México".
_SOURCE_NAME_RE = re.compile(
    r"^(?:(?:Source|Editor|Agency|Via)\s*:\s*)?[A-Z][\w.&'’-]*"
    # ("Presidency of the Republic": two particles in a row.)
    rf"(?:(?:\s+(?:{_PLACE_PARTICLES})){{0,2}}\s+[A-Z][\w.&'’-]*){{0,3}}"
    # "The Majlis Notebook (commentary)": with the kind of page it runs.
    r"(?:\s+\((?:commentary|opinion|analysis|blog|column|editorial|newsletter)\))?"
    # "Government Info – live", "Ukraine war live": a page of running coverage.
    r"(?:\s+(?:[-–—]\s+)?live(?:\s+(?:blog|updates|coverage))?)?$"
)


def _byline_stamp(part: str) -> Stamp | None:
    """ "By Jane Doe in Diplomacy on 24 May 2024", "By JT - Mar 11,2023": a byline ending in the
    publication date; or a stamp naming its issuer after it ("Posted On: 14 JUL 2022 7:02PM by
    PIB Delhi"); or one naming its outlet before it ("KYODO NEWS - Jan 31, 2023 - 20:18")."""
    found = re.match(r"(?P<byline>.+?)\s+(?:on|,)\s+(?P<stamp>[^,]+)$", part.strip())
    if found is not None and is_byline(found.group("byline")):
        return parse_stamp(found.group("stamp"))
    # "by Naharnet Newsdesk 04 March 2025, 11:06": the date straight after the name.
    bare = re.match(r"(?P<byline>[Bb]y\s.+?)\s+(?P<stamp>\d.+)$", part.strip())
    if bare is not None and is_byline("By" + bare.group("byline")[2:]):
        stamp = parse_stamp(bare.group("stamp"))
        if stamp is not None:
            return stamp
    # "By JT - Mar 11,2023".
    dashed = re.match(r"(?P<byline>By\s.+?)\s+[-–—]\s+(?P<stamp>.+)$", part.strip())
    if dashed is not None and is_byline(dashed.group("byline")):
        return parse_stamp(dashed.group("stamp"))
    # "Posted on Friday, 15 August 2025 by the Berlin Brief", "... by the editors of Rome
    # Reports (blog)": a blog names itself after it.
    issued = re.match(
        r"(?P<stamp>.+?)\s+by\s+(?P<issuer>(?:the\s+)?(?:[A-Z]|(?:editors|staff|team)\b).*)$",
        part.strip(),
    )
    issuer = re.sub(r"\s*\([^()]*\)$", "", issued.group("issuer")) if issued else ""
    if issued is not None and is_byline(f"By {issuer}"):
        return parse_stamp(issued.group("stamp"))
    # "KYODO NEWS - Jan 31, 2023 - 20:18": the outlet's name, then when it published.
    named = re.match(r"(?P<issuer>[^-–—]+?)\s+[-–—]\s+(?P<stamp>\S.+)$", part.strip())
    if named is not None and _is_source_name(named.group("issuer")):
        return parse_stamp(named.group("stamp"))
    return None


def _is_source_name(part: str) -> bool:
    """ "Xinhua", "Source: Global Times", "Editor: Liu": an outlet or desk name, not prose; the
    kind of document ("Media statement", "Press release"); or a newsletter's issue ("No. 27")."""
    text = part.strip()
    return any(
        pattern.match(text) is not None
        for pattern in (_SOURCE_NAME_RE, _DOCUMENT_KIND_RE, _ISSUE_NUMBER_RE, _SECTIONS_RE)
    ) or _is_place_with_its_country(text)


def _is_place_with_its_country(text: str) -> bool:
    """ "Gyeongju, Republic of Korea": where a release was issued, with its region or country
    (whose names may hold lower-case particles)."""
    names = [n.strip() for n in text.split(",")]
    return 2 <= len(names) <= 3 and all(_NAME_PART_RE.match(n) for n in names)


# "KYODO NEWS - Jul 17, 2024 - 21:37 | Politics, All": the sections the page is filed under.
_SECTIONS_RE = re.compile(r"^[A-Z][\w&'’-]*(?:,\s*[A-Z][\w&'’-]*){1,4}$")


_ISSUE_NUMBER_RE = re.compile(r"^(?:No\.?|Issue|Vol\.?|Volume|Edition|#)\s*\d+$", re.I)


_DOCUMENT_KIND_RE = re.compile(
    # ("Press Release No. 012", "Press release 412": with the issuer's running number.)
    r"^(?:(?:(?:media|press|news|joint)\s+)?(?:statement|release|readout|communiqu[eé])"
    r"(?:\s+(?:No\.?\s*|#\s*)?\d+)?"
    # A government site's kind of page: "News item | 10-09-2025 | 22:10".
    r"|news(?:\s+(?:item|article|story))?)$",
    re.I,
)


def parse_stamp(text: str) -> Stamp | None:
    """A stamp when `text` is only an (optionally labelled) date with optional time."""
    kind: StampKind = "unlabelled"
    rest = text.strip()
    label = _LABEL_RE.match(rest)
    if label:
        kind = "published" if label.group("published") else "updated"
        rest = rest[label.end() :]
    # "17.01.24 | 05:30" as well as "Published: 07.15.22, 00:48".
    rest = _full_year(rest)
    # "Thu 3 Jul 2025 14.05 BST": a clock written with a full stop, before its zone.
    rest = _DOTTED_CLOCK_RE.sub(_as_colon_clock, rest)
    # Header stamps with the year last in slashes come from sites that write the day first;
    # US sites print the month's name.
    found = find_timestamp(rest, day_first=True)
    if found is None:
        return None
    spans = [*found.spans, *weekday_spans(rest), *hijri_spans(rest)]
    leftover = _remove_spans(rest, spans)
    if not _STAMP_LEFTOVER_RE.match(leftover):
        return None
    value = found.value
    swapped = value.replace(month=value.day, day=value.month) if fits_both_orders(rest) else None
    return Stamp(kind, value, swapped)


def _as_colon_clock(match: re.Match[str]) -> str:
    hour, minute = [g for g in match.groups() if g is not None]
    return f"{hour}:{minute}"


_SHORT_YEAR_RE = re.compile(r"^(\d{1,2})([./])(\d{1,2})\2(\d{2})(?!\d)")


def _full_year(text: str) -> str:
    """ "07.15.22, 00:48" as "15 July 2022, 00:48": a stamp with a two-digit year, read only
    when a number above 12 tells the day from the month."""
    found = _SHORT_YEAR_RE.match(text)
    if found is None:
        return text
    first, second, year = int(found.group(1)), int(found.group(3)), 2000 + int(found.group(4))
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return text
    return f"{day} {ENGLISH_MONTHS[month - 1]} {year}{text[found.end() :]}"


def is_byline(text: str) -> bool:
    """True for "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Author: Jane Doe"."""
    line = text.strip()
    if _LABELLED_AUTHOR_RE.match(line):
        return len(line.split()) <= 12
    start = _BYLINE_START_RE.match(line)
    if not start or (line.endswith((".", "?", "!", ":")) and not _ends_with_initial(line)):
        return False
    words = re.findall(r"[^\s,&;]+", line[start.end() :])
    if not words or len(words) > 10:
        return False
    return all(w[0].isupper() or w in _BYLINE_WORDS for w in words)


def _ends_with_initial(line: str) -> bool:
    return re.search(r"\b[A-Z]\.$|\b(?:Jr|Sr)\.$", line) is not None


def _remove_spans(text: str, spans: list[tuple[int, int]]) -> str:
    keep = [True] * len(text)
    for start, end in spans:
        for i in range(start, end):
            keep[i] = False
    return "".join(ch for ch, kept in zip(text, keep, strict=True) if kept)
