"""Rules for words that point at the present, the past or the future without naming a date.

"now", "currently" -> PRESENT_REF; "recently", "in the past" -> PAST_REF; "soon", "the
future" -> FUTURE_REF. TimeML gives them these values whatever the anchor, so the anchor is
only carried into the basis.
"""

from __future__ import annotations

import re

from parley.models import DateValue

from .anchor import DateAnchor
from .calendar_math import Tense
from .rule import Rule, timex_value

BASIS_REFERENCE = "reference to the present, past or future"

# Only words that, in news text, nearly always point at a time: "previously", "soon", a
# bare "future" or "recent" are as often manner or degree words, and are left out.
_PRESENT = r"right\s+now|now|currently|at\s+present|nowadays|these\s+days"
_PAST = (
    r"recently|recent\s+years|lately|the\s+past(?!\s+(?:\w+\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?|quarters?|hours?)\b)"
)
_FUTURE = r"the\s+future|the\s+years\s+ahead"
# Words after "now" or "current" that make them something else ("now that ...", "current
# account", "current affairs").
_NOT_AFTER = r"(?!\s+(?:that|account|accounts|affairs|events|prices?|dollars?|law)\b)"


# A capitalised "Now" followed by a comma or "for" opens a sentence as a discourse marker
# ("Now, he says ...", "Now for the weather"), not as a time: TimeML leaves it untagged.
_DISCOURSE_NOW = re.compile(r"Now(?=\s*,|\s+for\b)")


def _reference(match: re.Match[str], anchor: DateAnchor, tense: Tense | None) -> DateValue | None:
    if _DISCOURSE_NOW.match(match.string, match.start()):
        return None
    kind = match.lastgroup or "present"
    return timex_value(f"{kind.upper()}_REF", BASIS_REFERENCE)


RULES: tuple[Rule, ...] = (
    Rule(
        "reference",
        re.compile(
            rf"\b(?i:(?P<present>{_PRESENT})|(?P<past>{_PAST})|(?P<future>{_FUTURE}))"
            rf"\b{_NOT_AFTER}"
        ),
        _reference,
    ),
)
