"""Boilerplate removal and paragraph assembly for article bodies.

Later stages split sentences per paragraph and turn sentences into events, so anything that is
not reporting must go: photo credits and captions, related-story lists, source and copyright
lines, share prompts, the `(End)` marker. Rules work line by line and are anchored on the
whole line, so a sentence that merely mentions a photo is kept.
"""

from __future__ import annotations

import re
import unicodedata

from parley.ingest.dateline import parse_dateline
from parley.ingest.timestamps import MONTH_PATTERN

# Zero-width characters and the byte order mark that editors leave inside text.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

_PHOTO_RE = re.compile(
    r"^(?:\(?(?:file\s+)?(?:photo|picture|image|video)s?(?:\s+credit)?\s*(?::|/|\bby\b|\)|$)"
    r"|file\s+photo\b|caption\s*:|credit\s*:)",
    re.IGNORECASE,
)
_INLINE_PHOTO_RE = re.compile(
    r"\((?:photos?|images?|pictures?)\s*(?:by|:|courtesy)[^)]*\)|\|\s*photo\s+credit", re.I
)
# Tags or a caption followed by the credit on the same short line ("China Russia Photo: VCG").
_ENDING_PHOTO_CREDIT_RE = re.compile(r"\b(?:photos?|images?)\s*:\s*[^:.]{1,40}$", re.IGNORECASE)
# Agency captions end with the place and full date after a comma, where prose would say "on":
# "... meets X in St. Petersburg, Russia, September 10, 2024."
_FULL_DATE_AT_END = (
    rf"\s*(?:{MONTH_PATTERN}\s+\d{{1,2}},?|\d{{1,2}}\s+{MONTH_PATTERN})\s+\d{{4}}\.?$"
)
_DATED_CAPTION_RE = re.compile(rf",{_FULL_DATE_AT_END}")
# "... on the sidelines of the Dialogue in Seoul, on Tuesday, 09 September 2025.": a weekday
# before the date is prose telling when, not a caption's dateline.
_WEEKDAY_BEFORE_DATE_RE = re.compile(
    rf"\b(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),{_FULL_DATE_AT_END}"
)
# "... in Beijing, Sept. 19, 2023. (Xinhua/Li Wei)" and "... talks on Tuesday. /AFP".
_TRAILING_CREDIT_RE = re.compile(
    r"(?:\(\s*[A-Z][\w.&\- ]{1,30}\s*/\s*[A-Z][^()]{1,60}\)|(?:^|[\s.])/\s?[A-Z][\w.&\-]+"
    r"(?:\s[A-Z][\w.&\-]+){0,2}|\bGetty Images|\bAFP via Getty)\s*$"
)
_RELATED_RE = re.compile(
    r"^(?:also\s+read|read\s+(?:more|also)|related(?:\s+(?:stories|articles|news|coverage|"
    r"content|links|topics))?|more\s+(?:on\s+this|from|stories|news)|you\s+may\s+also\s+like|"
    r"recommended(?:\s+stories)?|see\s+also|further\s+reading|trending(?:\s+now)?|"
    r"most\s+read|top\s+stories|latest\s+news)\b\s*(?P<rest>[:|\-–—>»]?.*)$",
    re.IGNORECASE,
)
_SOURCE_RE = re.compile(r"^source(?:s|\(s\))?\s*:", re.IGNORECASE)
_COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|^(?:our standards:|this story has not"
    r" been edited)",
    re.IGNORECASE,
)
_SOCIAL_RE = re.compile(
    r"^(?:share(?:\s+(?:this|on|via|article|story|the\s+story))?|follow\s+(?:us|\S+\s+on)|"
    r"subscribe|sign\s+up|click\s+here|download\s+(?:the|our)\s+app|listen\s+to\s+(?:this|the)"
    r"\s+(?:article|story)|print|email|comments?|advertisement|tags?)\b",
    re.IGNORECASE,
)
_CREDITS_TRAILER_RE = re.compile(
    r"^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|edited|"
    r"written)\s+by\b",
    re.IGNORECASE,
)
_END_MARKER_RE = re.compile(
    r"^[\s\-–—*]*\(?\s*(?:end|ends|enditem)\s*\)?[\s\-–—*.]*$", re.IGNORECASE
)
# The same marker glued to the last sentence: "... the BRICS mechanism. (End)".
_TRAILING_END_MARKER_RE = re.compile(r"(?<=[.!?\"”’])\s*(?:\((?:end|ends)\)|enditem)$", re.I)
_BULLET_RE = re.compile(r"^\s*(?:[-•*·▪►»]|\d{1,2}[.)])\s+")
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]*$")
_SHORT_LINE_WORDS = 12
# Paragraphs this short without sentence punctuation are labels, never statements.
_LABEL_WORDS = 3
# Separators between a "Read more" label and the headline it links to.
_MARKS = ":|-–—>»"


# A live blog's entry time alone on its line, above the entry's heading: "9:52 PM", "21:48".
_ENTRY_TIME_LINE_RE = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:GMT|BST|CET|CEST|ET|EST|EDT|UTC)?$"
)


def join_entry_times(lines: list[str]) -> list[str]:
    """In a live blog, put each entry's time on its heading's line: "9:52 PM - <heading>".

    Alone on its line the time reads as a publication stamp and is taken away, and the
    heading below it as a label; joined they head the entry as "21.30 GMT - Starmer meets
    Modi" does. One time alone on a line is a stamp, not a live blog, and stays as it is.
    """
    times = [i for i, line in enumerate(lines) if _ENTRY_TIME_LINE_RE.match(line.strip())]
    if len(times) < 2:
        return lines
    joined = list(lines)
    for i in times:
        heading = i + 1
        if heading < len(joined) and joined[heading].strip():
            joined[i] = f"{joined[i].strip()} - {joined[heading].strip()}"
            joined[heading] = ""
    return joined


def normalise_text(text: str) -> str:
    """Unify line breaks and spaces, drop invisible characters, compose accents (NFC)."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    return "\n".join(_SPACES_RE.sub(" ", line).strip() for line in text.split("\n"))


def is_boilerplate_line(line: str) -> bool:
    """True for a whole line of boilerplate (credit, caption, share prompt, copyright ...)."""
    text = line.strip()
    if not text:
        return False
    words = len(text.split())
    if _END_MARKER_RE.match(text) or (_COPYRIGHT_RE.search(text) and words <= 30):
        return True
    if _PHOTO_RE.match(text) or _INLINE_PHOTO_RE.search(text) or _TRAILING_CREDIT_RE.search(text):
        return True
    if (_DATED_CAPTION_RE.search(text) and not _WEEKDAY_BEFORE_DATE_RE.search(text)) or (
        words <= _SHORT_LINE_WORDS and _ENDING_PHOTO_CREDIT_RE.search(text)
    ):
        return True
    if _SOURCE_RE.match(text) or _CREDITS_TRAILER_RE.match(text):
        return True
    if is_related_line(text):
        return True
    short = words <= _SHORT_LINE_WORDS and not _SENTENCE_END_RE.search(text)
    return bool(short and _SOCIAL_RE.match(text))


def remove_boilerplate(lines: list[str]) -> list[str]:
    """Blank out boilerplate lines, and the list of headlines after a bare "Related:" line.

    Removed lines become blank lines, so the text on either side stays in separate paragraphs.
    """
    kept: list[str] = []
    in_related_list = False
    for line in lines:
        if not line.strip():
            kept.append("")
            continue
        if in_related_list and looks_like_list_item(line):
            kept.append("")
            continue
        in_related_list = False
        if is_related_line(line):
            # "Related:" alone announces a list; "Read more: <headline>" is itself the item.
            related = _RELATED_RE.match(line.strip())
            in_related_list = related is not None and not related.group("rest").strip(_MARKS)
            kept.append("")
        else:
            kept.append("" if is_boilerplate_line(line) else line)
    return kept


def is_related_line(line: str) -> bool:
    """True for `Also Read: <headline>`, `RELATED STORIES`, `Read more »`.

    Not for prose that starts alike ("Related talks were held in Geneva.").
    """
    text = line.strip()
    related = _RELATED_RE.match(text)
    if related is None or len(text.split()) > 30:
        return False
    rest = related.group("rest").strip()
    if not rest.strip(_MARKS) or rest[0] in _MARKS:
        return True
    return len(text.split()) <= _SHORT_LINE_WORDS and not _SENTENCE_END_RE.search(text)


def looks_like_list_item(line: str) -> bool:
    """A bullet, or a headline-like line: short and without a sentence-final period."""
    text = line.strip()
    if _BULLET_RE.match(text):
        return True
    return len(text.split()) <= 20 and not text.endswith(".")


def assemble_paragraphs(lines: list[str], *, join_wrapped: bool) -> list[str]:
    """Group lines into paragraphs: blank lines separate paragraphs.

    With `join_wrapped`, a line that looks hard-wrapped (long, no sentence-final punctuation)
    continues into the next line; otherwise every line is a paragraph of its own, which is how
    HTML extraction delivers text.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        text = line.strip()
        if not text:
            _flush(current, paragraphs)
            continue
        current.append(text)
        if not (join_wrapped and _continues(text)):
            _flush(current, paragraphs)
    _flush(current, paragraphs)
    return paragraphs


def trim_to_last_sentence(paragraph: str) -> str:
    """Cut a paragraph back to its last sentence-final punctuation ('' when there is none)."""
    ends = list(re.finditer(r"[.!?][\"'”’)\]]*(?=\s|$)", paragraph))
    return paragraph[: ends[-1].end()] if ends else ""


def strip_end_marker(paragraph: str) -> str:
    """Remove an "(End)" or "Enditem" marker that follows the last sentence of a paragraph."""
    return _TRAILING_END_MARKER_RE.sub("", paragraph)


def is_label(paragraph: str) -> bool:
    """A section label, tag or sign-off ("China", "Global Times"): a few words, no sentence."""
    return len(paragraph.split()) <= _LABEL_WORDS and not _SENTENCE_END_RE.search(paragraph)


def _continues(line: str) -> bool:
    # A wrapped line of prose is long and stops mid-sentence; a short unpunctuated line is a
    # heading or a list item and stands alone. A dateline alone on its line opens the next one.
    dateline = parse_dateline(line)
    if dateline is not None and dateline.end >= len(line.rstrip()):
        return True
    return len(line) >= 40 and not _SENTENCE_END_RE.search(line) and not line.endswith(":")


def _flush(current: list[str], paragraphs: list[str]) -> None:
    if current:
        paragraphs.append(" ".join(current))
        current.clear()
