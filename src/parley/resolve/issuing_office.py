"""The country whose government issued a release, from the office line that opens it.

A readout from "Prime Minister's Office, 10 Downing Street" or a transcript from the "Federal
Press Office, Berlin" names its own head of government by office alone ("The Prime Minister
met President Trump at the White House today"). That office is the issuing country's.
"""

from __future__ import annotations

import re

from parley.resolve.knowledge import KnowledgeBase

# Words that make a short opening line the name of a government office, not a heading.
_OFFICE_LINE = re.compile(
    r"\b(?:Office|Ministry|Presidency|Chancellery|Cabinet|Press\s+Service|Government)\b"
)
# Longer than this, the opening paragraph is text, not an office line.
_MAX_LINE = 120
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def issuing_country(text: str, kb: KnowledgeBase) -> str | None:
    """The ISO3 of the country the opening office line names, by a venue of its government
    ("10 Downing Street"), a city ("Berlin") or the country itself ("Ministry of Foreign
    Affairs of Colombia"); None when the article opens with no such line."""
    first = text.split("\n\n", 1)[0].strip()
    first = re.sub(r"^From:\s*", "", first)
    if len(first) > _MAX_LINE or "\n" in first or not _OFFICE_LINE.search(first):
        return None
    for part in re.split(r"\s*[,–—|]\s*|\s+-\s+", first):
        venue = kb.venue_city(part)
        if venue is not None:
            return venue[1]
        place = kb.country_of_place(part)
        if place is not None:
            return place
    words = _WORD.findall(first)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            country = kb.country_by_name(" ".join(words[i : i + size]))
            if country is not None:
                return country.iso3
    return None
