"""One name, one kind of thing, within an article.

The small model tags a surname by itself sentence by sentence: "Prabowo Subianto" is a person
in the lead, "Subianto" a place two paragraphs on ("Carney welcomed Subianto in the West
Block"). Once an article has named someone in full, the surname alone is that person, whatever
the model makes of it in a later sentence.
"""

from __future__ import annotations

from typing import Any

# Labels the model puts on a surname it does not take for a person.
_MISTAKEN_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC", ""})


class SurnamesOfArticle:
    """The surnames of the people one article has named in full, read in sentence order."""

    def __init__(self) -> None:
        self.surnames: set[str] = set()

    def apply(self, doc: Any) -> None:
        """Tag in `doc` each surname the article gave before as a person, then note the full
        names `doc` itself gives."""
        self._retag(doc)
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) >= 2:
                last = ent[-1].text
                if len(last) > 2 and last[:1].isupper() and last.isalpha():
                    self.surnames.add(last)

    def _retag(self, doc: Any) -> None:
        if not self.surnames:
            return
        from spacy.tokens import Span

        ents = list(doc.ents)
        changed = False
        for token in doc:
            if token.text not in self.surnames or token.pos_ != "PROPN":
                continue
            if token.ent_type_ == "PERSON" or token.ent_type_ not in _MISTAKEN_LABELS:
                continue
            # Only a surname standing alone: not "Subianto" inside "Prabowo Subianto Street".
            covering = [e for e in ents if e.start <= token.i < e.end]
            if covering and len(covering[0]) != 1:
                continue
            if _inside_a_name(token):
                continue
            ents = [e for e in ents if e not in covering]
            ents.append(Span(doc, token.i, token.i + 1, label="PERSON"))
            changed = True
        if changed:
            doc.set_ents(sorted(ents, key=lambda e: e.start))


def _inside_a_name(token: Any) -> bool:
    """A name word right after it, or one before it that is no title ("President"), makes it
    part of a longer name."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
        return True
    return bool(
        before is not None
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and before.lower_.rstrip(".") not in _TITLES
        # ("Later on Monday Lam met Premier Li Qiang": a day is no part of a name.)
        and before.ent_type_ != "DATE"
    )


_TITLES = frozenset(
    {"president", "minister", "premier", "chancellor", "secretary", "envoy", "king", "prince",
     "mr", "mrs", "ms", "dr", "general", "speaker", "ambassador", "leader", "sheikh", "emir"}
)  # fmt: skip
