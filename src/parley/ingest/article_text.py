"""From raw article text to the cleaned body plus what the text itself says about the article.

The order matters: metadata lines and boilerplate are blanked out first (so they separate
paragraphs instead of gluing them), then the headline is recognised on the first remaining
line, then paragraphs are assembled and the dateline is read from the first of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from parley.ingest.cleaning import (
    assemble_paragraphs,
    is_label,
    join_entry_times,
    normalise_text,
    remove_boilerplate,
    strip_end_marker,
    trim_to_last_sentence,
)
from parley.ingest.dateline import Dateline, parse_dateline
from parley.ingest.metadata_lines import Stamp, classify_metadata_line
from parley.ingest.timestamps import (
    ENGLISH_MONTHS,
    MONTH_PATTERN,
    MONTHS,
    WEEKDAY_PATTERN,
    find_timestamp,
    title_case_months,
)

# Unlabelled stamps ("September 19, 2023" on its own line) count only this near the top.
HEADER_LINES = 10
MAX_HEADLINE_WORDS = 20
_PAST_ATTRIBUTION_RE = re.compile(r"\b(?:said|told|added|stated|noted|according to)\b")


@dataclass(frozen=True)
class ArticleText:
    """The cleaned body ("\\n\\n" between paragraphs) and the metadata read from the text."""

    text: str
    title: str | None
    published: datetime | None
    dateline: Dateline | None
    # "16 May, 15:48" at the top of a live page: the day without its year, as written.
    yearless_stamp: str | None = None


def read_article_text(
    raw: str, *, known_title: str | None = None, join_wrapped: bool = True, truncated: bool = False
) -> ArticleText:
    """Clean `raw` article text and read its headline, publication stamp and dateline.

    `known_title` (from JSON or HTML metadata) is dropped from the top of the body instead of
    guessing a headline. `join_wrapped` rejoins hard-wrapped lines (plain text); HTML
    extraction gives one paragraph per line. With `truncated`, the last paragraph is cut back to
    its last complete sentence, because the input stops mid-sentence.
    """
    lines = _dateline_apart_from_its_stamp(join_entry_times(normalise_text(raw).split("\n")))
    yearless, stamp_line = _yearless_stamp(lines)
    if stamp_line is not None and parse_dateline(lines[stamp_line]) is None:
        # Kept out of the body, whose first paragraph may be the dateline ("BRUSSELS - ...").
        lines = [*lines[:stamp_line], *lines[stamp_line + 1 :]]
    lines, stamps, released_at = _take_metadata_lines(lines)
    lines = _with_a_dated_headline(lines, remove_boilerplate(lines))
    lines, title = _take_headline(lines, known_title)
    paragraphs = [
        strip_end_marker(paragraph)
        for paragraph in assemble_paragraphs(lines, join_wrapped=join_wrapped)
        if not is_label(paragraph) or parse_dateline(paragraph)
    ]
    if truncated and paragraphs:
        last = trim_to_last_sentence(paragraphs[-1])
        paragraphs = [*paragraphs[:-1], last] if last else paragraphs[:-1]
    dateline = parse_dateline(paragraphs[0]) if paragraphs else None
    if dateline is None and released_at is not None:
        # "Flores, Petén, Guatemala, 15 August 2025" on a line of its own over the body: the
        # place the release was issued in, as a dateline would give it.
        dateline = Dateline(place=released_at, date_text=None, agency=None, end=0)
    chosen = choose_published(stamps)
    published = _in_the_datelines_order(chosen, dateline) if chosen else _date_ending(title)
    return ArticleText("\n\n".join(paragraphs), title, published, dateline, yearless)


def _dateline_apart_from_its_stamp(lines: list[str]) -> list[str]:
    """ "ANCHORAGE, Alaska (AP) — Updated 9:12 PM AKDT, August 15, 2025": a dateline run into
    the page's stamp, as a copy from the web page may join them, is the stamp on its line and
    the dateline before the body's first paragraph."""
    split: list[str] = []
    pending: str | None = None
    for number, line in enumerate(lines):
        if pending is not None and line.strip():
            split.append(f"{pending} {line.lstrip()}")
            pending = None
            continue
        dateline = parse_dateline(line) if number < HEADER_LINES else None
        rest = line[dateline.end :].strip() if dateline is not None else ""
        if (
            dateline is not None
            # An agency's dateline, not an outlet's name over its stamp ("KYODO NEWS - Jan 31,
            # 2023 - 20:18 | World").
            and dateline.agency is not None
            and rest
            and classify_metadata_line(rest) is not None
        ):
            split.append(rest)
            pending = line[: dateline.end].rstrip()
        else:
            split.append(line)
    if pending is not None:
        split.append(pending)
    return split


def _with_a_dated_headline(lines: list[str], cleaned: list[str]) -> list[str]:
    """The lines cleaned of boilerplate, with the first line back if it is a headline ending
    in its date ("Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, February
    8, 2023"), which passes for a dated photo caption."""
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None or not looks_like_headline(lines[first]) or not _date_ending(lines[first]):
        return cleaned
    return [*cleaned[:first], lines[first], *cleaned[first + 1 :]]


def _date_ending(title: str | None) -> datetime | None:
    """The date a headline ends with, as briefings and statements carry theirs ("Statement
    by the Spokesperson (20 November 2024)", "Regular Press Conference on July 11, 2025")."""
    if title is None:
        return None
    found = find_timestamp(title, day_first=True)
    if found is None or len(found.spans) != 1:
        return None
    start, end = found.spans[0]
    if not title[end:].strip(" )]") or _BRIEFING_OF.search(title[:start]):
        # Or the date of the briefing it names: "Midday briefing of 25 October 2023 - ...".
        return found.value
    return None


_BRIEFING_OF = re.compile(
    r"\b(?:briefing|press\s+conference|statement|remarks|readout|transcript)\s+(?:of|on|for)\s+$",
    re.IGNORECASE,
)


_YEARLESS_STAMP_RE = re.compile(
    # A newsletter or section may head it: "Switzerland Today | Monday 12 May, 17:30".
    r"^\s*(?:[A-Z][\w .'’&-]{0,40}?\s+[|·•]\s+)?"
    # The time may come first: "16:35, 06 March".
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[APap]\.?[Mm]\.?)?,?\s+)?"
    rf"(?P<day>(?:{WEEKDAY_PATTERN},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_PATTERN}"
    rf"|{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?))"
    # The time after a comma, or after a dot, bar or dash: "Fri, 18 Apr · 19:30", "Wednesday,
    # 21 June - 07:55".
    r"(?:(?:,?\s+|\s+[·|•\-–—]\s+)\d{1,2}[:.]\d{2}(?:\s*[APap]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\s*$",
    # TASS prints the month in capitals: "1 JUL, 21:03".
    re.IGNORECASE,
)


# "Sunday 30.3. | 10:05": a Nordic page's day and month in numbers, after the weekday that
# tells them from anything else.
_NUMBERED_YEARLESS_STAMP_RE = re.compile(
    rf"^\s*(?P<weekday>{WEEKDAY_PATTERN}),?\s+(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\."
    r"(?:\s+[·|•\-–—]\s+\d{1,2}[:.]\d{2})?\s*$",
    re.IGNORECASE,
)


def _yearless_stamp(lines: list[str]) -> tuple[str | None, int | None]:
    """A line near the top that is only a day and month, perhaps with a time ("16 May, 15:48"):
    live pages print the day so, and leave the year to the reader. The day, and the index of
    its line."""
    seen = 0
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        found = _YEARLESS_STAMP_RE.match(line)
        if found:
            return title_case_months(found.group("day")), number
        numbered = _NUMBERED_YEARLESS_STAMP_RE.match(line)
        if numbered and 1 <= int(numbered.group("month")) <= 12:
            month = ENGLISH_MONTHS[int(numbered.group("month")) - 1]
            day = f"{numbered.group('weekday')} {int(numbered.group('day'))} {month}"
            return day, number
        seen += 1
        if seen >= HEADER_LINES:
            break
    return None, None


def choose_published(stamps: list[tuple[int, Stamp]]) -> Stamp | None:
    """A "Published" stamp first, then an unlabelled one near the top, then an "Updated" one.

    `stamps` pairs each stamp with the index of its line among non-blank lines.
    """
    for wanted in ("published", "unlabelled", "updated"):
        for position, stamp in stamps:
            if stamp.kind == wanted and (wanted != "unlabelled" or position < HEADER_LINES):
                return stamp
    return None


def _in_the_datelines_order(stamp: Stamp, dateline: Dateline | None) -> datetime:
    """The stamp's day, read month first when only that order gives the dateline's day:
    "06/05/2025 01:48 PM" over "Taipei, June 5 (CNA)" is June 5, not 6 May."""
    if stamp.month_first is None or dateline is None or not dateline.date_text:
        return stamp.value
    named = _DATELINE_DAY_RE.search(dateline.date_text)
    if named is None:
        return stamp.value
    month = named.group("month") or named.group("month2")
    day = (MONTHS[month.lower()[:3]], int(named.group("day") or named.group("day2")))
    # The two readings differ, so only the month-first one can give the dateline's day here.
    if (stamp.month_first.month, stamp.month_first.day) == day:
        return stamp.month_first
    return stamp.value


_DATELINE_DAY_RE = re.compile(
    rf"\b(?P<month>{MONTH_PATTERN})\s+(?P<day>\d{{1,2}})\b"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_PATTERN})",
    re.IGNORECASE,
)


_HEADLINE_TAG_RE = re.compile(
    r"^\((?:LEAD|URGENT|\d+(?:st|nd|rd|th)\s+LD|[A-Z]+ LD)[^)]{0,20}\)\s+"
)


_ENDS_WITH_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}$")
_ENDS_WITH_A_SUFFIX = re.compile(r"\s[A-Z][\w-]+,?\s+(?:Jr|Sr)\.$")


def looks_like_headline(line: str, *, above_a_dateline: bool = False) -> bool:
    """Short, capitalised, and not ending like a sentence; conservative by design.

    `above_a_dateline`: the next paragraph opens with a dateline, which no sentence that lost
    its period is followed by, so a past tense may stand in it ("Vucic: Belgrade said yes").
    """
    # Agencies tag their headlines: "(LEAD) ...", "(2nd LD) ...", "(URGENT) ...".
    text = _HEADLINE_TAG_RE.sub("", line.strip())
    words = text.split()
    if not 2 <= len(words) <= MAX_HEADLINE_WORDS or len(text) > 200:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘"):
        return False
    # A final period, colon or comma, or a quotation closed after punctuation, is prose; not
    # the period of initials ("..., Zelenskyy says Russia humiliating U.N.").
    if (
        re.search(r"[.:;,]$|[.,!?][\"'”’]$", text)
        and not _ENDS_WITH_INITIALS.search(text)
        # "... holds talks with Philippine President Marcos Jr." over a dateline: a name's
        # suffix, which no sentence that lost its period is followed by a dateline after.
        and not (above_a_dateline and _ENDS_WITH_A_SUFFIX.search(text))
    ):
        return False
    # Headlines report in the present ("says"); past-tense attribution is a sentence that lost
    # its period. Two sentences in one line are not a headline either.
    if _PAST_ATTRIBUTION_RE.search(text) and not above_a_dateline:
        return False
    return re.search(r"[a-z]{2}[.!?]\s+[A-Z]", text) is None


def _take_metadata_lines(
    lines: list[str],
) -> tuple[list[str], list[tuple[int, Stamp]], str | None]:
    """The lines with the metadata lines blanked, the stamps they carry (by position among
    the lines with text) and the first place a release line names before its date."""
    kept: list[str] = []
    stamps: list[tuple[int, Stamp]] = []
    place: str | None = None
    position = 0
    for line in lines:
        found = classify_metadata_line(line) if line else None
        if found is not None:
            stamps.extend((position, stamp) for stamp in found.stamps)
            if found.stamps and place is None and position < HEADER_LINES:
                place = found.place
            kept.append("")
        else:
            kept.append(line)
        position += bool(line)
    return kept, stamps, place


def _take_headline(lines: list[str], known_title: str | None) -> tuple[list[str], str | None]:
    first = next((i for i, line in enumerate(lines) if line), None)
    # A one-word section label ("China", "World") may sit above the headline.
    while first is not None and len(lines[first].split()) == 1 and is_label(lines[first]):
        lines = _blank(lines, first)
        first = next((i for i, line in enumerate(lines) if line), None)
    if first is None:
        return lines, known_title
    line = lines[first]
    rest = [other for other in lines[first + 1 :] if other]
    if known_title is not None:
        if _same_text(line, known_title):
            return _blank(lines, first), known_title
        return lines, known_title
    if (
        not rest
        or not looks_like_headline(line, above_a_dateline=parse_dateline(rest[0]) is not None)
        or parse_dateline(line)
    ):
        return lines, None
    separated = first + 1 < len(lines) and not lines[first + 1]
    if separated or parse_dateline(rest[0]):
        return _blank(lines, first), line
    return lines, None


def _same_text(a: str, b: str) -> bool:
    def simplify(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return simplify(a) == simplify(b)


def _blank(lines: list[str], index: int) -> list[str]:
    return [*lines[:index], "", *lines[index + 1 :]]
