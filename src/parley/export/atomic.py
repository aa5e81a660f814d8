"""`export_events`: pick the writer for a format and write the file all-or-nothing."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal, TextIO

from parley.errors import UsageError
from parley.models import Event

from .csv_table import write_csv
from .jsonl import write_jsonl
from .parquet_table import write_parquet

ExportFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[ExportFormat, ...] = ("jsonl", "csv", "parquet")

_TEXT_WRITERS: dict[str, Callable[[Iterable[Event], TextIO], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
}


@contextmanager
def replaced_atomically(target: Path) -> Iterator[Path]:
    """Yield a temporary path next to `target`; on success it replaces `target`.

    On any error the temporary file is removed and `target` is left as it was, so readers
    never see a half-written export. The temporary name is hidden and unique per call.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.part")
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def export_events(
    events: Iterable[Event],
    fmt: ExportFormat,
    out: Path | None,
    stdout: TextIO,
) -> int:
    """Write `events` as `fmt` to the file `out`, or to `stdout` when `out` is None.

    Files are written to a temporary name and renamed into place. Parquet needs a file, so
    `out=None` with parquet (or an unknown format) raises `UsageError`. Returns how many
    events were written.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out is None:
            raise UsageError("parquet export needs an output file (--output PATH)")
        with replaced_atomically(out) as temporary:
            return write_parquet(events, temporary)
    write = _TEXT_WRITERS[fmt]
    if out is None:
        return write(events, stdout)
    # newline="" so the csv module's line endings are written unchanged.
    with (
        replaced_atomically(out) as temporary,
        temporary.open("x", encoding="utf-8", newline="") as handle,
    ):
        return write(events, handle)
