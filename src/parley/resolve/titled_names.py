"""People named after their office in sentences the parser never reads.

Only sentences that may hold an event go through spaCy; the others are scanned for a title
followed by a name ("Pakistan's Foreign Secretary Amna Baloch, who arrived on Wednesday, did
not speak"), so that the surname alone later in the article ("Baloch also called on ...")
still finds the person and the country the title gives.
"""

from __future__ import annotations

import re

from parley.models import ActorSpan, Sentence

_OFFICE = (
    r"(?:Minister|Secretary|President|Adviser|Advisor|Premier|Chancellor|Ambassador|Envoy|"
    r"Spokesperson|Spokesman|Spokeswoman|Chairman|Chairwoman|Governor|Speaker)"
)
_NAME_WORD = r"[A-Z][a-zà-öø-ÿ'’-]+"
_TITLED_NAME = re.compile(
    # "Pakistan's Foreign Secretary", "Ugandan Prime Minister", "Deputy Foreign Minister".
    rf"(?P<title>(?:[A-Z][\w-]+(?:'s|’s)?\s+)?(?:[A-Z][a-z]+\s+){{0,3}}{_OFFICE})"
    # "President Dr Mokgweetsi Eric Keabetswe Masisi": a form of address before the name.
    r"(?:\s+(?:Dr|Prof|Hon|Mr|Mrs|Ms|Eng)\.?)?"
    rf"\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\b"
)


def titled_people(sentence: Sentence) -> list[ActorSpan]:
    """Person spans for the names that follow an office in the sentence; none in a headline
    written in title case, where every word looks like a name."""
    words = sentence.text.split()
    if sum(w[:1].isupper() for w in words) > 0.6 * len(words):
        return []
    return [
        ActorSpan(
            text=found["name"],
            start=sentence.start + found.start("name"),
            end=sentence.start + found.end("name"),
            kind="person",
            title=found["title"],
        )
        for found in _TITLED_NAME.finditer(sentence.text)
    ]
