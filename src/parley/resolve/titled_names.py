"""People named after their office in sentences the parser never reads.

Only sentences that may hold an event go through spaCy; the others are scanned for a title
followed by a name ("Pakistan's Foreign Secretary Amna Baloch, who arrived on Wednesday, did
not speak") or a name with its title set off after it ("Fuad Hussein, Deputy Prime Minister,
greeted him"), so that the surname alone later in the article ("Baloch also called on ...")
still finds the person and the country the title gives.
"""

from __future__ import annotations

import re

from parley.models import ActorSpan, Sentence

_OFFICE = (
    r"(?:Minister|Secretary|President|Adviser|Advisor|Premier|Chancellor|Ambassador|Envoy|"
    r"Spokesperson|Spokesman|Spokeswoman|Chairman|Chairwoman|Governor|Speaker)"
)
# Offices as wires write them in lower case before a name ("US envoy Morgan Ortagus", "the
# foreign minister Sergei Lavrov").
_LOWER_OFFICE = r"(?:minister|secretary|envoy|ambassador|adviser|advisor|spokesperson)"
_NAME_WORD = r"[A-Z][a-zà-öø-ÿ'’-]+"
_TITLED_NAME = re.compile(
    # "Pakistan's Foreign Secretary", "Ugandan Prime Minister", "Deputy Foreign Minister".
    rf"(?P<title>(?:[A-Z][\w.-]+(?:'s|’s)?\s+)?(?:[A-Z][a-z]+\s+){{0,3}}{_OFFICE}"
    rf"|(?<![\w-])(?:[A-Z][\w.-]+\s+)?(?:[a-z]+\s+)?{_LOWER_OFFICE})"
    # "President Dr Mokgweetsi Eric Keabetswe Masisi": a form of address before the name.
    r"(?:\s+(?:Dr|Prof|Hon|Mr|Mrs|Ms|Eng)\.?)?"
    rf"\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\b"
)

# "Fuad Mohammad Hussein, Deputy Prime Minister and Minister for Foreign Affairs of Iraq,
# greeted him": the office set off after the name.
_NAME_THEN_TITLE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),\s+(?:the\s+)?"
    rf"(?P<title>(?:[A-Z][a-z]+\s+){{0,3}}{_OFFICE})\b"
)
_NOT_A_NAME_WORD = re.compile(
    rf"{_OFFICE}|Office|Ministry|Department|Foreign|Affairs|Government|House|Palace|Embassy|"
    r"Council|Commission|Agency|Republic|Kingdom|State|States"
)
# Capitalised words that open a sentence or name a day, never a person's name.
_NOT_NAMES = frozenset(
    {"On", "In", "At", "After", "Before", "During", "The", "Later", "Earlier", "Meanwhile",
     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
     "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December", "Last", "Next", "This", "That", "Also", "But", "And", "When"}
)  # fmt: skip


def titled_people(sentence: Sentence) -> list[ActorSpan]:
    """Person spans for the names that follow an office in the sentence; none in a headline
    written in title case, where every word looks like a name."""
    if _a_headline(sentence):
        return []
    return [
        ActorSpan(
            # "Prime Minister Benjamin Netanyahu's office": the name without its possessive.
            text=(name := _POSSESSIVE.sub("", found["name"])),
            start=sentence.start + found.start("name"),
            end=sentence.start + found.start("name") + len(name),
            kind="person",
            title=found["title"],
        )
        for found in _TITLED_NAME.finditer(sentence.text)
        if not any(word in _NOT_NAMES for word in found["name"].split())
    ]


_POSSESSIVE = re.compile(r"['’]s$")


def _a_headline(sentence: Sentence) -> bool:
    """A line in title case, where every word looks like a name; not a short sentence that
    ends as sentences do ("U.S. Special Envoy Morgan Ortagus also attended.")."""
    words = sentence.text.split()
    return sum(w[:1].isupper() for w in words) > 0.6 * len(words) and not sentence.text.rstrip(
        "\"”’' "
    ).endswith((".", "?", "!"))


def people_titled_after(sentence: Sentence) -> list[ActorSpan]:
    """Person spans for the names whose office is set off after them ("Fuad Hussein, Deputy
    Prime Minister, greeted him"); none in a title-case headline."""
    if _a_headline(sentence):
        return []
    before = [(span.start, span.end) for span in titled_people(sentence)]
    spans: list[ActorSpan] = []
    for found in _NAME_THEN_TITLE.finditer(sentence.text):
        start, end = sentence.start + found.start("name"), sentence.start + found.end("name")
        if any(s < end and start < e for s, e in before):
            continue
        if any(
            word in _NOT_NAMES or _NOT_A_NAME_WORD.fullmatch(word) for word in found["name"].split()
        ):
            # "According to the Foreign Office Spokesperson, the Deputy Prime Minister ...".
            continue
        spans.append(
            ActorSpan(text=found["name"], start=start, end=end, kind="person", title=found["title"])
        )
    return spans
