"""Names the model parts at an apostrophe.

Arabic names are often transliterated with an apostrophe for the ayn or hamza ("Mohammad
Shia' al-Sudani"). The small model ends the person at the apostrophe and starts another one
after it ("Mohammad Shia'", "al-Sudani"): two people where the text names one. Two person
entities side by side, the first ending in an apostrophe, are one name.
"""

from __future__ import annotations

from typing import Any

_APOSTROPHES = ("'", "’")


def join_names_parted_at_an_apostrophe(doc: Any) -> None:
    """Join in `doc` each pair of adjacent PERSON entities the first of which ends in an
    apostrophe."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    joined: list[Any] = []
    changed = False
    for ent in ents:
        last = joined[-1] if joined else None
        if (
            last is not None
            and ent.label_ == "PERSON"
            and last.label_ == "PERSON"
            and last.end == ent.start
            and last.text.endswith(_APOSTROPHES)
        ):
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
            changed = True
            continue
        joined.append(ent)
    if changed:
        doc.set_ents(joined)
