"""Split article text into sentences with character offsets, cheaply.

Paragraphs (lines) are split first so headlines and list items never run into the next
sentence; each paragraph is then split by a rule-based sentencizer. Only sentences that can hold
an event are later given to the full statistical pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from parley.models import Sentence

_LINE = re.compile(r"[^\n]+")


def make_splitter() -> Any:
    """A blank English pipeline with spaCy's rule-based sentencizer (tokenizer exceptions keep
    "St." or "U.S." from ending a sentence)."""
    import spacy

    nlp = spacy.blank("en")
    tokenizer: Any = nlp.tokenizer
    for abbreviation in KEPT_WHOLE:
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    for written, tokens in SPLIT_APART.items():
        tokenizer.add_special_case(written, tokens)
    nlp.add_pipe("sentencizer")
    return nlp


# spaCy's English exceptions keep the emoticon "8)" whole, so "spoke by phone yesterday (8)
# with Rubio", the day of the month in brackets as Brazilian outlets write it, lost its closing
# bracket and the parser hung the rest of the sentence on the "8)".
SPLIT_APART = {"8)": [{"ORTH": "8"}, {"ORTH": ")"}]}

# Forms of address in protocol readouts ("the President of the United States, H.E. Mr.
# Donald J. Trump") that spaCy's English exceptions do not know.
HONORIFICS = (
    "H.E.", "H.H.", "H.M.", "H.R.H.", "Smt.", "Amb.", "Gen.", "Lt.", "Col.", "Adm.", "Sen.",
    "Rep.", "Gov.", "Pres.", "Prof.", "Sec.", "Rt.", "Hon.",
    # Military ranks, alone or joined ("Maj.-Gen. Abdoulaye Maiga").
    "Maj.", "Brig.", "Capt.", "Cmdr.", "Maj.-Gen.", "Lt.-Gen.", "Lt.-Col.", "Brig.-Gen.",
    # Titles before a name in South Asian, Maldivian and Indonesian outlets ("Vice President
    # Uz. Hussain Mohamed Latheef", "Sh. Rajnath Singh", "Ir. Joko Widodo").
    "Uz.", "Sh.", "Ir.", "Drs.", "Eng.",
)  # fmt: skip
# Provinces and states as North American outlets abbreviate them ("Kananaskis, Alta., for the
# G7 summit") that spaCy's exceptions do not know (it knows "Calif.", "B.C." and most others).
PLACE_ABBREVIATIONS = ("Alta.", "Ont.", "Que.", "Sask.", "Man.", "Nfld.", "Wyo.", "Vt.", "W.Va.")
# Given names written short inside a full name ("Guðni Th. Jóhannesson", "Mohd. Hasan",
# "Wm. Burns").
NAME_ABBREVIATIONS = ("Th.", "Mohd.", "Muhd.", "Moh.", "Wm.", "Chas.", "Jas.", "Geo.", "Thos.")
# Words whose full stop ends no sentence.
KEPT_WHOLE = HONORIFICS + PLACE_ABBREVIATIONS + NAME_ABBREVIATIONS


def split_sentences(text: str, splitter: Any, *, breaks: Sequence[int] = ()) -> list[Sentence]:
    """Sentences of `text` in order, offsets into `text`, blank stretches dropped.

    `breaks` are offsets where a sentence must end whatever the punctuation says: the end of
    a dateline, so "MOSCOW, Sept 18 (Reuters) -" is not parsed with the lead sentence.
    """
    sentences: list[Sentence] = []
    for line_start, line in _pieces(text, breaks):
        doc = splitter(line)
        for sent in doc.sents:
            for at, raw in _after_a_names_suffix(sent.start_char, sent.text):
                stripped = raw.strip()
                if not stripped:
                    continue
                start = line_start + at + (len(raw) - len(raw.lstrip()))
                sentences.append(
                    Sentence(
                        index=len(sentences), text=stripped, start=start, end=start + len(stripped)
                    )
                )
    return sentences


# "... for talks with Gilberto Teodoro Jr. Afterward the two announced ...": the tokenizer
# keeps "Jr." whole, so its full stop never ends a sentence; a capital after it starts one.
_SUFFIX_THEN_CAPITAL = re.compile(r"\b(?:Jr|Sr)\.\s+(?=[A-Z\"“])")


def _after_a_names_suffix(start: int, text: str) -> Iterator[tuple[int, str]]:
    """`text` (at `start`) cut after each name's suffix that ends a sentence."""
    cuts = [m.end() for m in _SUFFIX_THEN_CAPITAL.finditer(text)]
    for piece_start, piece_end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        yield start + piece_start, text[piece_start:piece_end]


def _pieces(text: str, breaks: Sequence[int]) -> Iterator[tuple[int, str]]:
    """Lines of `text`, each cut again at the given offsets."""
    for match in _LINE.finditer(text):
        start, line = match.start(), match.group()
        cuts = [b - start for b in sorted(breaks) if start < b < match.end()]
        for piece_start, piece_end in zip([0, *cuts], [*cuts, len(line)], strict=True):
            piece = line[piece_start:piece_end]
            if piece.strip():
                yield start + piece_start, piece
