"""Bytes to text: UTF-8 (with or without BOM) first, then the encodings English news really uses.

Order and why: UTF-8 decodes strictly or not at all, so it goes first. An encoding the document
declares (HTML `charset`) comes next. Then Windows-1252, the superset of Latin-1 that
Western newsrooms wrote for decades; statistical detectors tend to call short Western texts
cp1250 and turn "Genève" into "Genčve", so cp1252 is tried before the detector, and accepted
only when the result reads like mostly-ASCII Western text. `charset_normalizer` (installed with
requests and trafilatura) handles the rest, such as cp1251 or GB18030.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from parley.errors import InputError

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_DECLARED_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
# In English text written in cp1252, accented letters are a small minority of all letters.
_MAX_NON_ASCII_SHARE = 0.3


def decode_bytes(raw: bytes, *, declared: str | None = None) -> str:
    """Decode `raw` to text, or raise `InputError` when no encoding gives plausible text."""
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw, "utf-8-sig") or _fail()
    if raw.startswith(_UTF16_BOMS):
        return _strict(raw, "utf-16") or _fail()
    text = _strict(raw, "utf-8")
    if text is not None:
        return text
    if declared and _known_codec(declared):
        text = _strict(raw, declared)
        if text is not None:
            return text
    text = _strict(raw, "cp1252")
    if text is not None and _reads_as_western(text):
        return text
    best = charset_normalizer.from_bytes(raw).best()
    if best is not None:
        return str(best)
    return _fail()


def declared_html_charset(raw: bytes) -> str | None:
    """The charset an HTML document declares in its first few kilobytes, if any."""
    match = _DECLARED_CHARSET_RE.search(raw[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _reads_as_western(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    non_ascii = sum(1 for ch in letters if not ch.isascii())
    return non_ascii / len(letters) <= _MAX_NON_ASCII_SHARE


def _fail() -> str:
    raise InputError("cannot decode text: not UTF-8 and no plausible encoding found")
