"""Cheap checks that reject an input before any real work: size, binary content, emptiness.

Each raises `InputError` with a one-line reason; the readers turn that into an `IngestFailure`.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from parley.errors import InputError

# Share of control characters above which bytes are not text. Real text has almost none
# (tabs and line breaks are allowed), while compressed or executable data has about 11%.
MAX_CONTROL_SHARE = 0.05
_SAMPLE_BYTES = 64 * 1024
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def check_size(path: Path, max_bytes: int) -> int:
    """The file size from `stat`, without reading; raise when empty or above `max_bytes`."""
    try:
        size = path.stat().st_size
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror or err}") from err
    if size == 0:
        raise InputError("empty file")
    if size > max_bytes:
        raise InputError(f"file too large: {size:,} bytes (limit {max_bytes:,})")
    return size


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """Read at most `max_bytes` (the file may have grown since `stat`); raise if unreadable."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except PermissionError as err:
        raise InputError("cannot read file: permission denied") from err
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror or err}") from err
    if len(raw) > max_bytes:
        raise InputError(f"file too large: more than {max_bytes:,} bytes")
    return raw


def check_not_binary(raw: bytes) -> None:
    """Raise when `raw` holds NUL bytes or too many control characters to be text."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return  # UTF-16 text is full of NUL bytes; the decoder handles it.
    sample = raw[:_SAMPLE_BYTES]
    if b"\x00" in sample:
        raise InputError("binary file (contains NUL bytes)")
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    controls += sample.count(0x7F)
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise InputError("binary file (too many control characters)")


def check_not_blank(text: str, what: str = "input") -> None:
    """Raise when `text` is empty or only whitespace."""
    if not text.strip():
        raise InputError(f"empty {what} (whitespace only)" if text else f"empty {what}")
