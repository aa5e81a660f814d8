"""Is this English? A function-word ratio, cheap and good enough to keep other languages out.

In English news prose roughly a third of the words are a handful of function words ("the",
"of", "and", "said" ...). Words also common in other Latin-script languages ("a", "in", "on",
"is", "was", "will") are left out of the list, so French or German text scores near zero.
Scripts other than Latin are caught by the share of Latin letters. Short texts carry too few
words to judge, so they are accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FUNCTION_WORDS_TEXT = (
    "the of and to that for with from by his her their they them this these those which "
    "who whom whose would could should have has had been were are it its be or but not "
    "said says after also than there when while about into over against between during "
    "what we our you he she him"
)
ENGLISH_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
MIN_WORDS_TO_JUDGE = 25
MIN_FUNCTION_WORD_RATIO = 0.12
MIN_LATIN_LETTER_SHARE = 0.6
MIN_LETTERS_TO_JUDGE_SCRIPT = 10
_SAMPLE_CHARS = 20_000
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class LanguageVerdict:
    """Whether the text reads as English, and the figures behind the verdict."""

    english: bool
    function_word_ratio: float
    latin_share: float
    words: int

    def reason(self) -> str:
        """A one-line reason for rejecting the text."""
        if self.latin_share < MIN_LATIN_LETTER_SHARE:
            return f"not English ({self.latin_share:.0%} of letters are Latin script)"
        return f"not English (function-word ratio {self.function_word_ratio:.2f})"


def judge_english(text: str) -> LanguageVerdict:
    """Judge the first 20,000 characters of `text`."""
    sample = text[:_SAMPLE_CHARS]
    # Counted in C (map, regex) rather than a Python loop over every character: this runs on
    # every input, in the process that feeds the workers.
    letters = sum(map(str.isalpha, sample))
    other_script = sum(map(str.isalpha, _BEYOND_LATIN.findall(sample)))
    latin_share = (letters - other_script) / letters if letters else 1.0
    words = _WORD_RE.findall(sample.lower().replace("’", "'"))
    hits = sum(map(ENGLISH_FUNCTION_WORDS.__contains__, words))
    ratio = hits / len(words) if words else 0.0
    if letters >= MIN_LETTERS_TO_JUDGE_SCRIPT and latin_share < MIN_LATIN_LETTER_SHARE:
        return LanguageVerdict(False, ratio, latin_share, len(words))
    english = len(words) < MIN_WORDS_TO_JUDGE or ratio >= MIN_FUNCTION_WORD_RATIO
    return LanguageVerdict(english, ratio, latin_share, len(words))


# Characters outside Basic Latin through Latin Extended-B and Latin Extended Additional
# (Vietnamese etc.).
_BEYOND_LATIN = re.compile("[^\u0000-\u024f\u1e00-\u1eff]")
